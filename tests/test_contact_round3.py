"""Round-three contact layouts read through the public page and site readers, and the rules they brought up.

The cases are in tests/contact_round3.py and tests/contact_round3_more.py; the rules: counts in taglines and mile
roads are no house numbers, Waze links give their point, locations nested as Places or bare addresses are read.
"""

import pytest

from spiders.extract.addresses import find_addresses
from spiders.extract.maplinks import map_place
from tests.contact_round3 import ROUND3, _ld, _postal
from tests.contact_round3_more import ROUND3_MORE
from tests.test_contact_layouts import assert_reads, clinics, page, placed


CASES = ROUND3 + ROUND3_MORE


def test_the_round_covers_every_kind_of_layout():
    kinds = {case.kind for case in CASES}
    assert len(CASES) >= 50 and len({case.id for case in CASES}) == len(CASES)
    assert kinds == {"footer", "block", "prose", "multi", "po_box", "map", "structured", "none"}


@pytest.mark.parametrize("case", [pytest.param(case, id=f"{case.kind}: {case.id}") for case in CASES])
def test_round_three_layout(case):
    assert_reads(case)


@pytest.mark.parametrize("text, street", [
    ("Open 7 Days | Boulder, CO 80304", None),
    ("24 Hours, Denver, CO 80202", None),
    ("Serving 300 Families Across Boulder, CO 80304", None),
    ("100 Day St, San Francisco, CA 94131", "100 Day St"),              # a street named like a count word's singular
    ("3000 Veterans Blvd, Kenner, LA 70062", "3000 Veterans Blvd"),
    ("4000 14 Mile Rd, Warren, MI 48092", "4000 14 Mile Rd"),
])
def test_a_number_before_a_count_word_or_a_roads_name_is_no_house_number(text, street):
    found = find_addresses(text)
    assert [place.address.street for place in found] == ([street] if street else [])


@pytest.mark.parametrize("url, expected", [
    ("https://waze.com/ul?ll=40.0210,-105.2720&navigate=yes", (None, 40.021, -105.272)),
    ("https://www.waze.com/ul?q=2450%20Broadway%2C%20Boulder%2C%20CO%2080304", ("2450 Broadway", None, None)),
    ("https://www.waze.com/company/careers?ll=40.0,-105.0", None),     # Waze's own pages are not links to a place
])
def test_waze_links(url, expected):
    place = map_place(url)
    got = place and (place.address.street if place.address else None, place.latitude, place.longitude)
    assert got == expected


def test_a_location_given_as_a_bare_postal_address_is_the_clinics():
    node = {"@type": "MedicalOrganization", "name": "Front Range Calm", "telephone": "303-555-0187",
            "location": _postal("2450 Broadway", "Boulder", "CO", "80304")}
    assert placed(clinics(page(_ld(node)))) == (("2450 Broadway", "Boulder", "CO", "80304", "+13035550187"),)


def test_an_event_venue_at_the_top_level_is_no_location():
    node = {"@type": "Event", "name": "Open house", "location": {
        "@type": "Place", "name": "Library", "address": _postal("1001 Arapahoe Ave", "Boulder", "CO", "80302")}}
    assert placed(clinics(page(_ld(node)))) == ()
