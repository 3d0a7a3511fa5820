"""Map links and embedded maps: the address or the point each kind of URL shows."""

import pytest

from spiders.extract.addresses import Address
from spiders.extract.maplinks import map_place

ELM = Address("210 Elm St", "Salem", "OR", "97301")


@pytest.mark.parametrize("url, address, point", [
    ("https://maps.google.com/maps?q=210%20Elm%20St%2C%20Salem%2C%20OR%2097301&t=&z=15&ie=UTF8&iwloc=&output=embed",
     ELM, None),
    ("https://maps.google.com/maps?q=210+Elm+St+Salem+OR+97301", ELM, None),
    ("https://maps.google.com/maps/search/?api=1&query=210+Elm+St%2C+Salem%2C+OR+97301", ELM, None),
    ("https://maps.google.com/maps/dir/?api=1&destination=210+Elm+St+Salem+OR+97301", ELM, None),
    ("https://maps.google.com/maps?daddr=210+Elm+St,+Salem,+OR+97301", ELM, None),
    ("https://maps.google.com/maps/dir//210+Elm+St,+Salem,+OR+97301/@44.94,-123.03,15z", ELM, (44.94, -123.03)),
    ("https://maps.google.com/maps/place/210+Elm+St,+Salem,+OR+97301/@44.9401,-123.0351,17z/data=!3m1!4b1",
     ELM, (44.9401, -123.0351)),
    ("https://maps.google.com/maps/place/Salem+Mind+Clinic/@44.95,-123.05,15z/data=!4m6!3m5!1s0x0:0x1!8m2"
     "!3d44.9401!4d-123.0351!16s", None, (44.9401, -123.0351)),     # the place's own pair, not the view's centre
    ("https://maps.google.com/maps/embed?pb=!1m18!1m12!1m3!1d2825.1!2d-123.0355!3d44.9405!2m3!1f0!2f0!3f0!3m2!1i1024"
     "!2i768!4f13.1!3m3!1m2!1s0x0%3A0x1!2sSalem%20Mind%20Clinic!5e0!3m2!1sen!2sus!4v1", None, (44.9405, -123.0355)),
    ("https://maps.google.com/maps/embed?pb=!1m14!1m8!1m3!1d1000!2d-123.04!3d44.95!3m2!1i1024!2i768!4f13.1!3m3!1m2"
     "!1s0x0%3A0x1!8m2!3d44.9401!4d-123.0351!5e0", None, (44.9401, -123.0351)),
    ("https://maps.google.com/?q=44.9401,-123.0351", None, (44.9401, -123.0351)),
    ("https://maps.google.com/?ll=44.9401,-123.0351&z=16", None, (44.9401, -123.0351)),
    ("https://openstreetmap.org/?mlat=44.9401&mlon=-123.0351#map=18/44.9401/-123.0351", None,
     (44.9401, -123.0351)),
    ("https://openstreetmap.org/export/embed.html?bbox=-123.04%2C44.93%2C-123.03%2C44.95&layer=mapnik&"
     "marker=44.9401%2C-123.0351", None, (44.9401, -123.0351)),
    ("https://maps.apple.com/?address=210%20Elm%20St,%20Salem,%20OR%2097301&ll=44.9401,-123.0351", ELM,
     (44.9401, -123.0351)),
    ("https://maps.apple.com/?q=Salem+Mind+Clinic&sll=44.9401,-123.0351", None, (44.9401, -123.0351)),
    ("https://bing.com/maps?where1=210%20Elm%20St%2C%20Salem%2C%20OR%2097301", ELM, None),
])
def test_map_urls(url, address, point):
    place = map_place(url)
    assert place is not None
    assert place.address == address
    assert ((place.latitude, place.longitude) if place.has_point else None) == point


@pytest.mark.parametrize("url", [
    "https://maps.google.com/maps",                                   # a map of nowhere in particular
    "https://maps.google.com/maps/place/Salem+Mind+Clinic",           # a name, no address, no point
    "https://maps.google.com/maps?q=ketamine+clinic+near+me",
    "https://maps.google.com/?q=0,0",                                # the null island of broken embeds
    "https://maps.google.com/?q=95.2,-123.03",                       # not a latitude
    "https://google.com/search?q=210+Elm+St+Salem+OR+97301",      # a search, not a map
    "https://clinic.example/maps/210-elm-st-salem-or-97301",         # the clinic's own page
    "https://maps.google.com/maps?q=PO+Box+1450,+Salem,+OR+97308",   # a PO box is no place to map
    "https://goo.gl/maps/AbCdEf123",                                 # short links are not followed
    "http://[::1/maps",                                              # not a URL at all
    "/contact#map",
    "https://maps.google.com/maps?q=210+Elm+St,+Salem,+OR+97301&x=" + "a" * 3000,     # longer than any real link
    "",
])
def test_urls_that_show_no_place(url):
    assert map_place(url) is None
