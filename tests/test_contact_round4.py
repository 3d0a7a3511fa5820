"""Round-four contact layouts read through the public page and site readers, and the rules they brought up.

The cases are in tests/contact_round4.py and tests/contact_round4_late.py; the rules: labels that make an address no
place to visit (a corporate office, a location coming soon, a web studio's credit, another organisation's address),
other organisations' numbers, private mailboxes, a ZIP code that must fit its state (or give the state a city
lacks), parts run together with no space, labelled forms, addresses only in alt text or an aria-label, JSON-LD
address lists and contact points.
"""

import pytest
import zipcodes

from spiders.extract import addresses, contact_forms
from spiders.extract.addresses import find_addresses
from common.gazetteer import US_PLACES
from spiders.extract.contact_zips import prefix_states, state_of_city_zip, zip_fits_state
from spiders.extract.phones import FAX, OTHER, PHONE, UNLABELLED, find_phones
from tests.contact_round4 import ROUND4
from tests.contact_round4_late import LATE, LEFT
from tests.test_contact import tagger_calls  # noqa: F401  (a fixture)
from tests.test_contact_layouts import assert_precise, assert_reads

CASES = ROUND4 + LATE


def test_the_round_covers_every_kind_of_layout_and_pages_with_nothing_to_take():
    kinds = {case.kind for case in CASES}
    assert len(ROUND4) >= 80 and len({case.id for case in CASES + LEFT}) == len(CASES + LEFT)
    assert kinds == {"footer", "block", "prose", "phone", "multi", "po_box", "map", "structured", "none"}
    assert sum(not case.expected for case in ROUND4) >= 20


@pytest.mark.parametrize("case", [pytest.param(case, id=f"{case.kind}: {case.id}") for case in CASES])
def test_round_four_layout(case):
    assert_reads(case)


@pytest.mark.parametrize("case", [pytest.param(case, id=case.id) for case in LEFT])
def test_a_layout_left_unread_gives_no_wrong_address_nor_phone(case):
    assert_precise(case)


@pytest.mark.parametrize("label", [
    "Corporate Office: ", "Headquarters · ", "Administrative offices: ", "Aurora — Coming Soon\n",
    "Opening spring 2027: ", "Website by Ridgeline Web Studio · ", "Please mail checks to ",
    "Send records requests to: Health Information Management, ", "Submit claims to Big Sky Health Plan, ",
    "go to the nearest emergency room: Bozeman Health Deaconess Hospital, ", "Our support group meets at First "
    "Lutheran Church, ", "picked up at Lakeview Pharmacy, ", "Directions from Bozeman Yellowstone International "
    "Airport, ", "filed with the Montana Board of Medical Examiners, ", "Example: ",
])
def test_a_label_that_makes_an_address_no_place_to_visit(label):
    [found] = find_addresses(f"{label}88 W Main St, Bozeman, MT 59715")
    assert found.mailing


@pytest.mark.parametrize("label", [
    "Where science meets compassion · ", "Now open! ", "Opening Hours\n", "Corporate wellness · ", "Site map · ",
    "E-mail us to book: ", "Next to the library, ", "Built by nurses, for patients. ", "Inside Mercy Hospital, ",
    "Headquartered in Bozeman, our clinic is at ", "For emergencies call 911 · ", "Send us a message to book · ",
])
def test_a_label_that_leaves_the_address_the_clinics(label):
    [found] = find_addresses(f"{label}88 W Main St, Bozeman, MT 59715")
    assert not found.mailing


@pytest.mark.parametrize("text, label", [
    ("Billing questions? Call Summit Medical Billing at 1-888-555-0150", OTHER),
    ("Hospital main operator: 608-555-0100", OTHER),
    ("Call the manufacturer's support program at 1-844-555-0170", OTHER),
    ("After hours, call our answering service at 608-555-0119", OTHER),
    ("Refills: call our partner pharmacy 406-555-0170", OTHER),
    ("Clinic: 608-555-0112", UNLABELLED),
    ("Main: 608-555-0112", PHONE),
    ("eFax: 608-555-0113", FAX),
    ("Referrals (fax): 919-555-0178", FAX),
])
def test_someone_elses_line_is_labelled_as_such(text, label):
    [phone] = find_phones(text)
    assert phone.label == label and not (label == OTHER and phone.callable)


@pytest.mark.parametrize("street", [
    "1001 N 7th Ave Ste 4 PMB 210", "88 W Main St, Private Mailbox 12", "Box 45", "P.O. Drawer 1450", "Drawer 9",
])
def test_private_mailboxes_and_drawers_are_post_only(street):
    assert addresses.Address(street, "Bozeman", "MT", "59715").po_box


@pytest.mark.parametrize("postal_code, state, fits", [
    ("59715", "MT", True), ("12345", "CA", False), ("90210", "IL", False), ("90210", "CA", True),
    ("00901", "PR", True), ("20001", "DC", True), ("", "MT", True), ("59715", "", True),
])
def test_a_zip_code_fits_a_state_it_is_used_in(postal_code, state, fits):
    assert zip_fits_state(postal_code, state) is fits


def test_the_zip_code_prefix_table_holds_every_zip_codes_state():
    known = prefix_states()
    wrong = {(entry["zip_code"], entry["state"]) for entry in zipcodes.list_all()
             if entry["state"] in US_PLACES and entry["state"] not in known.get(entry["zip_code"][:3], ())}
    assert wrong == set()


@pytest.mark.parametrize("city, postal_code, state", [
    ("Bozeman", "59715", "MT"), ("Madison", "53716", "WI"), ("Springfield", "59715", ""), ("Bozeman", "99999", ""),
    ("St. Paul", "55101", "MN"), ("Saint Paul", "55101", "MN"), ("Denver", "８０２０２", ""), ("Denver", "802", ""),
])
def test_a_city_printed_with_a_zip_code_and_no_state(city, postal_code, state):
    assert state_of_city_zip(city, postal_code) == state


@pytest.mark.parametrize("text, expected", [
    ("88 W Main StBozeman, MT 59715", ("88 W Main St", "Bozeman", "MT")),
    ("6410 Monona DrMadisonWI 53716", ("6410 Monona Dr", "Madison", "WI")),
    ("3955 E Exposition Ave Suite 300Denver, CO 80209", ("3955 E Exposition Ave Suite 300", "Denver", "CO")),
    ("1200 McDonald Ave, Brooklyn, NY 11230", ("1200 McDonald Ave", "Brooklyn", "NY")),
    ("500 MacArthur Blvd, Warwick, RI 02889", ("500 MacArthur Blvd", "Warwick", "RI")),
])
def test_parts_run_together_are_read_apart_and_names_are_not_split(text, expected):
    [found] = find_addresses(text)
    assert (found.address.street, found.address.city, found.address.state) == expected


@pytest.mark.parametrize("text, street", [
    ("Address: 88 W Main St\nCity: Bozeman, MT 59715", "88 W Main St"),     # not the city "City: Bozeman"
    ("City: Bozeman\nStreet: 88 W Main St\nState: MT\nZip: 59715", "88 W Main St"),
    ("Street: 88 W Main St\nSuite: 4\nCity: Bozeman\nState: Montana\nPostal code: 59715", "88 W Main St, 4"),
    ("Mailing address\nStreet: PO Box 12\nCity: Bozeman\nState: MT\nZip: 59771", None),
    ("Email: hello@clinic.example\nCity: Bozeman\nState: MT\nZip: 59715", None),
])
def test_labelled_forms(text, street):
    places = [found.address.street for found in find_addresses(text) if not found.mailing]
    assert places == ([street] if street else [])


def test_a_page_of_form_lines_and_cities_without_states_is_read_in_bounded_pieces(tagger_calls):  # noqa: F811
    forms = "".join(f"\nStreet: {i} Main St\nCity: Bozeman\nState: MT\nZip: 59715" for i in range(1, 5_000))
    found = find_addresses(forms)
    assert len(found) == contact_forms.MAX_FORMS
    towns = " · ".join(f"{i} Main St · Bozeman 59715" for i in range(1, 20_000))
    assert len(find_addresses(towns)) == addresses.MAX_ANCHORS
    assert find_addresses(" · ".join(f"{i} Main St · Springfield 59715" for i in range(1, 20_000))) == []
    assert len(tagger_calls) <= contact_forms.MAX_FORMS + 2 * addresses.MAX_ANCHORS
    assert max(map(len, tagger_calls)) < 300
