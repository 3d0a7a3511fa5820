"""Clinic locations from pages laid out as real clinic sites print them, and from a site's pages together.

The layout cases are in tests/contact_layouts.py; the tests below combine pages, structured data and maps.
"""

import json

import pytest

from spiders.extract.addresses import Address
from spiders.extract.locations import location_key
from spiders.extract.page import read_page
from spiders.extract.site import clinics_from_site
from tests.contact_layouts import LAYOUTS

ROOT = "https://clinic.example/"


def page(body: str, path: str = "", title: str = "Salem Mind Clinic", head: str = ""):
    html = f"<html><head><title>{title}</title>{head}</head><body>{body}</body></html>"
    return read_page(html, ROOT + path)


def clinics(*pages):
    return clinics_from_site(ROOT, list(pages), "clinic_sites", "2026-11-01T00:00:00+00:00")


def placed(items):
    """(street, city, state, ZIP, phone) of each clinic that has an address."""
    return tuple((i.street, i.city, i.state, i.postal_code, i.phone) for i in items if i.street or i.city)


def test_there_are_layout_cases_of_every_kind():
    kinds = {}
    for case in LAYOUTS:
        kinds[case.kind] = kinds.get(case.kind, 0) + 1
    assert len(LAYOUTS) >= 60 and len({case.id for case in LAYOUTS}) == len(LAYOUTS)
    assert set(kinds) == {"footer", "block", "prose", "phone", "multi", "po_box", "map", "none"}
    assert min(kinds.values()) >= 4


@pytest.mark.parametrize("case", [pytest.param(case, id=f"{case.kind}: {case.id}") for case in LAYOUTS])
def test_layout(case):
    assert_reads(case)


def assert_reads(case):
    """The page snippet of a layout case gives the case's locations, and its map point when it has one."""
    items = clinics(page(case.html))
    assert placed(items) == case.expected
    points = {(item.latitude, item.longitude) for item in items if item.latitude is not None}
    assert points == ({case.point} if case.point else set())
    assert {item.coordinates_source for item in items} == ({"map_embed"} if case.point else {""})


def assert_precise(case):
    """A layout left unread gives no wrong address nor phone: each location read is one of the case's, with its
    phone or none."""
    expected = {location_key(Address(*e[:4])): e for e in case.expected}
    for got in placed(clinics(page(case.html))):
        right = expected.get(location_key(Address(*got[:4])))
        assert right is not None and got[1:4] == right[1:4] and got[4] in ("", right[4])


# ------------------------------------------------------------------------------------------------ the whole site

def jsonld(node: dict) -> str:
    return f"<script type='application/ld+json'>{json.dumps({'@context': 'https://schema.org', **node})}</script>"


ELM_TEXT = "<footer><p>Salem Mind Clinic | 210 Elm St, Suite 4 | Salem, OR 97301 | Call 503-555-0110</p></footer>"


def test_an_address_only_on_the_contact_page_is_the_sites():
    home = page("<h1>Salem Mind Clinic</h1><p>Calm rooms, caring nurses.</p>")
    contact = page("<h1>Contact</h1><div>210 Elm St</div><div>Salem, OR 97301</div><p>Phone: 503-555-0110</p>",
                   "contact")
    [item] = clinics(home, contact)
    assert (item.street, item.postal_code, item.phone, item.source_url) == (
        "210 Elm St", "97301", "+15035550110", ROOT + "contact")


def test_complete_structured_data_wins_and_takes_the_printed_phone():
    node = {"@type": "MedicalClinic", "name": "Salem Mind Clinic", "address": {
        "@type": "PostalAddress", "streetAddress": "210 Elm Street, Suite 4", "addressLocality": "Salem",
        "addressRegion": "Oregon", "postalCode": "97301"}}
    [item] = clinics(page(ELM_TEXT, head=jsonld(node)))
    assert (item.street, item.state, item.phone) == ("210 Elm Street, Suite 4", "OR", "+15035550110")


def test_incomplete_structured_data_is_completed_from_the_page_text():
    node = {"@type": "MedicalClinic", "name": "Salem Mind Clinic", "telephone": "(503) 555-0177",
            "address": {"@type": "PostalAddress", "streetAddress": "210 Elm St"}}
    [item] = clinics(page(ELM_TEXT, head=jsonld(node)))
    assert (item.street, item.city, item.postal_code, item.phone) == (
        "210 Elm St, Suite 4", "Salem", "97301", "+15035550177")


def test_structured_data_with_no_address_leaves_the_text_address():
    node = {"@type": "MedicalClinic", "name": "Salem Mind Clinic", "telephone": "(503) 555-0110"}
    [item] = clinics(page(ELM_TEXT, head=jsonld(node)))
    assert (item.name, item.street, item.postal_code) == ("Salem Mind Clinic", "210 Elm St, Suite 4", "97301")


def test_a_structured_po_box_is_not_a_location():
    node = {"@type": "MedicalClinic", "name": "Salem Mind Clinic", "address": {
        "@type": "PostalAddress", "streetAddress": "PO Box 1450", "addressLocality": "Salem", "addressRegion": "OR",
        "postalCode": "97308"}}
    [item] = clinics(page(ELM_TEXT, head=jsonld(node)))
    assert (item.street, item.postal_code) == ("210 Elm St, Suite 4", "97301")


def test_a_site_that_prints_only_a_po_box_is_not_placed():
    [item] = clinics(page("<footer>Salem Mind Clinic · PO Box 1450 · Salem, OR 97308 · 503-555-0110</footer>"))
    assert (item.name, item.street, item.city, item.postal_code, item.phone) == (
        "Salem Mind Clinic", "", "", "", "+15035550110")


def test_the_same_place_written_two_ways_on_two_pages_is_one_location():
    footer = "<footer>Summit Ketamine | 1420 Larimer St Ste 300 | Denver, CO 80202</footer>"
    home = page(footer, title="Summit Ketamine")
    contact = page("<p>1420 Larimer Street, Suite 300<br>Denver, CO 80202</p><p>Phone (303) 555-0142</p>"
                   + footer, "contact", title="Summit Ketamine")
    [item] = clinics(home, contact)
    assert (item.street, item.phone) == ("1420 Larimer Street, Suite 300", "+13035550142")


def test_chain_locations_are_named_by_their_headings():
    body = ("<h2>Dallas</h2><p>2001 Bryan St<br>Dallas, TX 75201<br>Call (214) 555-0186</p>"
            "<h2>Larkspur Ketamine Plano</h2><p>5800 Granite Pkwy<br>Plano, TX 75024<br>Call (469) 555-0187</p>"
            "<p>500 W 7th St<br>Fort Worth, TX 76102<br>Call (817) 555-0188</p>")
    items = clinics(page(body, "locations", title="Larkspur Ketamine"))
    assert [(i.name, i.city, i.phone) for i in items] == [
        ("Larkspur Ketamine Dallas", "Dallas", "+12145550186"),
        ("Larkspur Ketamine Plano", "Plano", "+14695550187"),
        ("Larkspur Ketamine", "Fort Worth", "+18175550188"),
    ]


def test_a_map_point_goes_only_to_the_location_it_shows():
    body = ("<p>2001 Bryan St, Dallas, TX 75201 · (214) 555-0186</p><p>5800 Granite Pkwy, Plano, TX 75024 · "
            "(469) 555-0187</p><a href='https://maps.google.com/maps/place/5800+Granite+Pkwy,+Plano,+TX+75024/"
            "@33.08,-96.82,17z'>Plano map</a><a href='https://openstreetmap.org/?mlat=32.79&amp;mlon=-96.80'>Map"
            "</a>")
    items = clinics(page(body, title="Larkspur Ketamine"))
    assert [(i.city, i.latitude, i.longitude, i.coordinates_source) for i in items] == [
        ("Dallas", None, None, ""), ("Plano", 33.08, -96.82, "map_embed")]


def test_published_coordinates_are_kept_over_a_map_link():
    node = {"@type": "MedicalClinic", "name": "Salem Mind Clinic", "geo": {"latitude": 44.94, "longitude": -123.03},
            "address": {"@type": "PostalAddress", "streetAddress": "210 Elm St", "addressLocality": "Salem",
                        "addressRegion": "OR", "postalCode": "97301"}}
    link = "<a href='https://openstreetmap.org/?mlat=44.9&amp;mlon=-123.1'>Map</a>"
    [item] = clinics(page(ELM_TEXT + link, head=jsonld(node)))
    assert (item.latitude, item.longitude, item.coordinates_source) == (44.94, -123.03, "")


def test_a_map_address_counts_only_when_no_page_prints_one():
    link = ("<iframe src='https://maps.google.com/maps?q=99+Court+St+NE,+Salem,+OR+97301&amp;output=embed'>"
            "</iframe>")
    [item] = clinics(page(ELM_TEXT + link))
    assert item.street == "210 Elm St, Suite 4"
    [item] = clinics(page("<p>Call 503-555-0110</p>" + link))
    assert (item.street, item.postal_code, item.phone) == ("99 Court St NE", "97301", "+15035550110")


def test_a_crisis_line_tel_link_is_not_the_clinics_phone():
    body = ("<p>210 Elm St, Salem, OR 97301</p><p>In crisis? Call the lifeline: "
            "<a href='tel:18005550199'>1-800-555-0199</a> or <a href='tel:988'>988</a></p>"
            "<p><a href='tel:5035550110'>Book a visit</a></p>")
    [item] = clinics(page(body))
    assert item.phone == "+15035550110"


def test_an_address_named_once_in_a_blog_post_is_not_the_clinics():
    post = ("<article><p>Our friends at Harbor Wellness, 99 Court St NE, Salem, OR 97301, host a support group "
            "every Tuesday.</p></article>")
    [item] = clinics(page(ELM_TEXT), page(post + ELM_TEXT, "blog/support-groups"))
    assert item.street == "210 Elm St, Suite 4"
    # The only address the site prints is still the friends' place, not the clinic's: none is better than theirs.
    [item] = clinics(page("<p>Salem Mind Clinic</p>"), page(post, "blog/support-groups"))
    assert (item.street, item.postal_code) == ("", "")


def test_a_structured_map_link_gives_the_point():
    node = {"@type": "MedicalClinic", "name": "Salem Mind Clinic", "hasMap": "https://maps.google.com/maps/place/"
            "Salem+Mind+Clinic/@44.95,-123.05,15z/data=!3d44.9401!4d-123.0351", "address": {
                "@type": "PostalAddress", "streetAddress": "210 Elm St", "addressLocality": "Salem",
                "addressRegion": "OR", "postalCode": "97301"}}
    [item] = clinics(page("<p>Welcome</p>", head=jsonld(node)))
    assert (item.latitude, item.longitude, item.coordinates_source) == (44.9401, -123.0351, "map_embed")


def test_a_structured_street_alone_is_kept_when_nothing_better_is_printed():
    node = {"@type": "MedicalClinic", "name": "Salem Mind Clinic", "telephone": "(503) 555-0110",
            "address": {"@type": "PostalAddress", "streetAddress": "Behind the old mill"}}
    [item] = clinics(page("<p>Welcome</p>", head=jsonld(node)))
    assert (item.street, item.postal_code, item.phone) == ("Behind the old mill", "", "+15035550110")
