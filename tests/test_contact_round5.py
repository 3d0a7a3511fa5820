"""Round-five contact layouts read through the public page and site readers, and the rules they brought up.

The cases are in tests/contact_round5.py and tests/contact_round5_late.py; the rules: a suite printed after the city,
a ZIP code run into the text after it, opening hours and a phone number between the street and the city, a corporate
office that is also the clinic, post sent to the clinic's own office, moves made and not made yet, business and
registered-agent addresses, hotels and laboratories, an owner's address on a copyright line, text-only and existing
patients' lines, other branches' numbers, Bing routes, MapQuest searches and Apple's coordinate.
"""

import pytest

from spiders.extract import addresses, phones
from spiders.extract.addresses import find_addresses
from spiders.extract.maplinks import map_place
from spiders.extract.phones import OTHER, PHONE, SECONDARY, UNLABELLED, best_phone, find_phones
from tests.contact_round5 import ROUND5
from tests.contact_round5_late import LATE, LEFT
from tests.test_contact_layouts import assert_precise, assert_reads, clinics, page, placed

CASES = ROUND5 + LATE


def test_the_round_is_mostly_whole_pages_and_a_quarter_states_nothing_to_take():
    assert len(ROUND5) >= 70 and len({case.id for case in CASES + LEFT}) == len(CASES + LEFT)
    assert sum(case.html.startswith("<header>") for case in ROUND5) * 2 >= len(ROUND5)
    assert sum(not case.expected for case in ROUND5) * 4 >= len(ROUND5)
    assert {case.kind for case in CASES} == {"footer", "block", "prose", "phone", "multi", "po_box", "map",
                                             "structured", "none"}


@pytest.mark.parametrize("case", [pytest.param(case, id=f"{case.kind}: {case.id}") for case in CASES])
def test_round_five_layout(case):
    assert_reads(case)


@pytest.mark.parametrize("case", [pytest.param(case, id=case.id) for case in LEFT])
def test_a_layout_left_unread_gives_no_wrong_address_nor_phone(case):
    assert_precise(case)


@pytest.mark.parametrize("label", [
    "Corporate office and main office: ", "Moving soon! Our new office at ", "We are relocating to ",
    "Business address: ", "Registered agent: Front Range Filings LLC, ", "We've relocated from ",
    "Previous Location (closed)\n", "Our former clinic at ", "Former location: ", "stay at the Riverside Hotel, ",
    "Lab work: Sierra Diagnostic Laboratory, ", "Please mail payments to our billing office: ",
    "Corporate office: send payments to our office: ",
])
def test_a_label_that_makes_an_address_no_place_to_visit(label):
    [found] = find_addresses(f"{label}88 W Main St, Bozeman, MT 59715")
    assert found.mailing


@pytest.mark.parametrize("label", [
    "Corporate Office & Clinic\n", "Clinic & Corporate Office\n", "Headquarters and Infusion Center: ",
    "Please mail payments to our office: ", "Checks may be mailed to our clinic at ",
    "Unlike our former office, the new clinic at ", "We relocated from Denver to Bozeman: ",
    "Inside the Riverside Hotel, ", "Registered nurse-led clinic · ", "We moved to ",
])
def test_a_label_that_leaves_the_address_the_clinics(label):
    [found] = find_addresses(f"{label}88 W Main St, Bozeman, MT 59715")
    assert not found.mailing


@pytest.mark.parametrize("text, street", [
    ("88 W Main St\nBozeman, MT 59715\nSuite 4", "88 W Main St, Suite 4"),
    ("88 W Main St · Bozeman, MT 59715 · 2nd Floor · 406-555-0134", "88 W Main St, 2nd Floor"),
    ("88 W Main St, Bozeman, MT 59715\nSuite 4, 12 N Willson Ave, Bozeman, MT 59715", "88 W Main St"),
    ("88 W Main St, Bozeman, MT 59715Phone: 406-555-0134", "88 W Main St"),
    ("88 W Main St, Bozeman, MT 59715406-555-0134", "88 W Main St"),
    ("88 W Main St\nMonday - Friday: 9:00 AM - 5:00 PM\nBozeman, MT 59715", "88 W Main St"),
    ("88 W Main St\nHours\nSat | Closed\nBozeman, MT 59715", "88 W Main St"),
    ("88 W Main St | (406) 555-0134 | Bozeman, MT 59715", "88 W Main St"),
])
def test_suites_after_the_city_and_lines_between_street_and_city(text, street):
    assert find_addresses(text)[0].address.street == street


@pytest.mark.parametrize("text", [
    "Bozeman, MT 597154",               # six digits: no ZIP code
    "Bozeman, MT 59715abc",             # a ZIP code run into lower-case letters: a code, not an address
    "Serving Bozeman, MT 59715 · Mon–Fri 9–5",
    "88 W Main St\n" + "Mon–Fri 9–5 " * 10 + "\nBozeman, MT 59715",     # no hours line is that long
])
def test_what_is_not_read_as_an_address(text):
    assert [found.address.street for found in find_addresses(text)] == []


@pytest.mark.parametrize("text, label", [
    ("Text only: 402-555-0199", SECONDARY),
    ("Text us at 402-555-0199", SECONDARY),
    ("SMS 402-555-0199", SECONDARY),
    ("Existing patients: 402-555-0127", SECONDARY),
    ("Current patients: call 402-555-0127", SECONDARY),
    ("Call or text 402-555-0128", PHONE),
    ("Text or call 402-555-0128", PHONE),
    ("Text us anytime! Our office: 402-555-0128", PHONE),
    ("Text us to book: 402-555-0199", SECONDARY),
    ("Call/Text: 402-555-0128", PHONE),
    ("Existing and new patients: 402-555-0128", PHONE),
    ("New patients: 402-555-0128", PHONE),
    ("Main switchboard: 402-555-0100", OTHER),
    ("Houston, Texas 77027 · 713-555-0181", UNLABELLED),
])
def test_secondary_and_other_lines_are_labelled(text, label):
    assert find_phones(text)[-1].label == label


def test_a_secondary_line_is_called_only_when_the_page_gives_no_other():
    found = find_phones("Text us: 402-555-0199 · Existing patients: 402-555-0127 · 402-555-0128")
    assert best_phone(found) == "+14025550128"
    assert best_phone(found[:2]) == "+14025550199"
    assert all(phone.callable for phone in found)


def test_a_zip_code_run_into_a_phone_leaves_the_phone_whole():
    [phone] = find_phones("Bozeman, MT 59715406-555-0134")
    assert phone.number == "+14065550134"


@pytest.mark.parametrize("url, street, point", [
    ("https://bing.com/maps?rtp=~adr.88%20W%20Main%20St%2C%20Bozeman%2C%20MT%2059715", "88 W Main St", None),
    ("https://bing.com/maps?rtp=adr.850%20Gallatin%20Field%20Rd%2C%20Belgrade%2C%20MT%2059714~adr.88%20W%20Main"
     "%20St%2C%20Bozeman%2C%20MT%2059715", "88 W Main St", None),
    ("https://bing.com/maps?rtp=adr.88%20W%20Main%20St%2C%20Bozeman%2C%20MT%2059715~pos.45.67_-111.03_Home",
     None, None),
    ("https://maps.apple.com/place?address=88%20W%20Main%20St,%20Bozeman,%20MT%2059715&coordinate=45.679,-111.038",
     "88 W Main St", (45.679, -111.038)),
    ("https://mapquest.com/search/results?query=88+W+Main+St,+Bozeman,+MT+59715", "88 W Main St", None),
    ("https://mapquest.com/about", None, None),
])
def test_map_links_of_other_services(url, street, point):
    place = map_place(url)
    assert (place.address.street if place and place.address else None) == street
    assert ((place.latitude, place.longitude) if place and place.has_point else None) == point


def test_an_owners_address_on_a_copyright_line_is_kept_when_it_is_the_only_one():
    body = "<footer><p>© 2026 Gallatin Ketamine · 88 W Main St, Bozeman, MT 59715 · 406-555-0134</p></footer>"
    assert placed(clinics(page(body))) == (("88 W Main St", "Bozeman", "MT", "59715", "+14065550134"),)


def test_a_branch_list_gives_each_branch_its_own_number():
    body = ("<p>1500 S Havana St, Aurora, CO 80012</p>"
            "<p>Denver 303-555-0142 · Aurora 720-555-0163 · Lakewood 303-555-0174</p>")
    assert placed(clinics(page(body))) == (("1500 S Havana St", "Aurora", "CO", "80012", "+17205550163"),)


@pytest.mark.timeout(30)
def test_long_lines_of_run_on_zip_codes_hours_and_branch_numbers_are_read_in_bounded_pieces():
    run_on = "".join(f"{i} Main St, Bozeman, MT 59715Phone: 406-555-0134 · Suite {i} · " for i in range(2_000))
    assert len(find_addresses(run_on)) <= addresses.MAX_ANCHORS
    hours = "88 W Main St · " + "Mon–Fri 9–5 · " * 4_000 + "Bozeman, MT 59715"
    assert find_addresses(hours) == []
    branches = " · ".join(f"Town{chr(97 + i % 26)} 406-555-{i % 10_000:04d}" for i in range(5_000))
    assert len(find_phones(branches)) <= phones.MAX_NUMBERS
    page("<p>88 W Main St, Bozeman, MT 59715</p><p>" + branches + "</p>")
