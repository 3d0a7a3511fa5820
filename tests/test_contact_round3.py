"""Round-three contact layouts read through the public page and site readers, and the rules they brought up.

The cases are in tests/contact_round3.py and tests/contact_round3_more.py; the rules: counts in taglines and mile
roads are no house numbers, Waze links give their point, locations nested as Places or bare addresses are read.
"""

import pytest

from spiders.extract.addresses import find_addresses
from spiders.extract.maplinks import map_place
from tests.contact_round3 import ROUND3, _ld, _postal
from tests.contact_round3_late import LATE, MISSED
from tests.contact_round3_more import ROUND3_MORE
from tests.test_contact_layouts import assert_reads, clinics, page, placed


CASES = ROUND3 + ROUND3_MORE + LATE


def test_the_round_covers_every_kind_of_layout():
    kinds = {case.kind for case in CASES}
    assert len(CASES) >= 50 and len({case.id for case in CASES}) == len(CASES)
    assert kinds == {"footer", "block", "prose", "multi", "po_box", "map", "structured", "none"}


@pytest.mark.parametrize("case", [pytest.param(case, id=f"{case.kind}: {case.id}") for case in CASES])
def test_round_three_layout(case):
    assert_reads(case)


@pytest.mark.parametrize("case", [pytest.param(case, id=case.id) for case in MISSED])
def test_a_layout_still_missed_gives_no_wrong_address(case):
    assert placed(clinics(page(case.html))) in ((), case.expected)     # a later round may have learnt to read it


@pytest.mark.parametrize("text, street", [
    ("Open 7 Days | Boulder, CO 80304", None),
    ("24 Hours, Denver, CO 80202", None),
    ("Serving 300 Families Across Boulder, CO 80304", None),
    ("100 Day St, San Francisco, CA 94131", "100 Day St"),              # a street named like a count word's singular
    ("3000 Veterans Blvd, Kenner, LA 70062", "3000 Veterans Blvd"),
    ("4000 14 Mile Rd, Warren, MI 48092", "4000 14 Mile Rd"),
    ("One Hospital Dr, Lebanon, NH 03756", "One Hospital Dr"),        # a spelled number before a street type
    ("One Heart Wellness, Boulder, CO 80304", None),
    ("One Medical Group, Boulder, CO 80304", None),
])
def test_a_house_number_is_no_count_nor_a_roads_name(text, street):
    found = find_addresses(text)
    assert [place.address.street for place in found] == ([street] if street else [])


@pytest.mark.parametrize("url, expected", [
    ("https://waze.com/ul?ll=40.0210,-105.2720&navigate=yes", (None, 40.021, -105.272)),
    ("https://waze.com/ul?q=2450%20Broadway%2C%20Boulder%2C%20CO%2080304", ("2450 Broadway", None, None)),
    ("https://waze.com/company/careers?ll=40.0,-105.0", None),     # Waze's own pages are not links to a place
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


@pytest.mark.parametrize("text, street", [
    ("Parking: 1104 Spruce St, Boulder, CO 80302", None),
    ("Park in the garage at 1104 Spruce St, Boulder, CO 80302", None),
    ("Old address: 1100 Pearl St, Boulder, CO 80302", None),
    ("We moved from 1100 Pearl St, Boulder, CO 80302", None),
    ("Free parking on site · 2450 Broadway, Boulder, CO 80304", "2450 Broadway"),
    ("Visit us at 2450 Broadway, Boulder, CO 80304", "2450 Broadway"),
])
def test_an_address_labelled_for_parking_or_as_a_former_one_is_no_place_to_visit(text, street):
    places = [found.address.street for found in find_addresses(text) if not found.mailing]
    assert places == ([street] if street else [])


@pytest.mark.parametrize("text, expected", [
    ("2450 Broadway, Boulder, Co 80304", ("Boulder", "CO")),
    ("2450 BROADWAY, BOULDER, COLORADO 80304", ("BOULDER", "CO")),
    ("2450 Broadway, Boulder Co 80304", None),       # a code in title case counts after a comma only
])
def test_a_state_in_title_case_or_capitals(text, expected):
    found = find_addresses(text)
    assert ((found[0].address.city, found[0].address.state) if found else None) == expected
