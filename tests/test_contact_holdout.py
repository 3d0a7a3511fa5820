"""Hold-out contact layouts (tests/contact_holdout.py) read through the public page and site readers, and the
imperfect structured addresses and vanity numbers they brought up."""

import pytest

from spiders.extract import addresses
from spiders.extract.addresses import find_addresses
from spiders.extract.locations import org_address
from spiders.extract.phones import PHONE, find_phones
from spiders.extract.structured import Org
from tests.contact_holdout import HOLDOUT
from tests.test_contact_layouts import assert_reads, clinics, page


def test_the_hold_out_covers_every_kind_of_layout():
    kinds = {case.kind for case in HOLDOUT}
    assert len(HOLDOUT) >= 50 and len({case.id for case in HOLDOUT}) == len(HOLDOUT)
    assert kinds == {"footer", "block", "prose", "phone", "multi", "po_box", "map", "structured", "none"}


@pytest.mark.parametrize("case", [pytest.param(case, id=f"{case.kind}: {case.id}") for case in HOLDOUT])
def test_hold_out_layout(case):
    assert_reads(case)


@pytest.mark.parametrize("city, state, expected", [
    ("Albuquerque, NM", "", ("Albuquerque", "NM")),
    ("Albuquerque NM 87102", "", ("Albuquerque", "NM")),
    ("Santa Fe, New Mexico", "", ("Santa Fe", "NM")),
    ("Saint Paul", "", ("Saint Paul", "")),          # "Paul" is no state, though it starts like "PA"
    ("Kansas City", "MO", ("Kansas City", "MO")),
    ("Washington, DC", "", ("Washington", "DC")),
])
def test_a_structured_city_with_the_state_in_it(city, state, expected):
    address = org_address(Org(types=("MedicalClinic",), street="1 Main St", city=city, state=state))
    assert (address.city, address.state) == expected


@pytest.mark.parametrize("postal_code, expected", [("2110", "02110"), ("501", "00501"), ("80202", "80202"),
                                                   ("80202-1234", "80202"), ("12", "")])
def test_a_structured_zip_code_that_lost_its_leading_zeros(postal_code, expected):
    org = Org(types=("MedicalClinic",), street="1 Main St", city="Boston", state="MA", postal_code=postal_code)
    assert org_address(org).postal_code == expected


@pytest.mark.parametrize("text, expected", [
    ("Call 1-800-KETAMINE", [("+18005382646", PHONE)]),
    ("Toll free (888) KET-CARE", [("+18885382273", PHONE)]),
    ("Call 1-800-KET-CARE (1-800-555-0124)", [("+18005550124", PHONE)]),    # the digits printed beside it
    ("OVER 800 PATIENTS TREATED", []),             # a count in a heading, not an area code
    ("Suite 800-B, 855 DEPOT ST", []),
])
def test_vanity_numbers(text, expected):
    assert [(phone.number, phone.label) for phone in find_phones(text)] == expected


def test_a_card_without_a_phone_does_not_shift_the_others_phones():
    body = ("<header>Call (512) 555-0100</header><h2>North</h2><p>12 Anderson Ln<br>Austin, TX 78757</p>"
            "<p>Call (512) 555-0101</p><h2>South</h2><p>4000 S Congress Ave<br>Austin, TX 78704</p>"
            "<p>Call (512) 555-0102</p><h2>East</h2><p>1100 E 6th St<br>Austin, TX 78702</p>")
    assert [item.phone for item in clinics(page(body))] == ["+15125550101", "+15125550102", ""]


def test_a_footer_of_addresses_read_twice_is_still_read_in_bounded_pieces(monkeypatch):
    """Addresses usaddress misreads at first ("Floor 12", an aside in brackets) are tagged once more, never more."""
    calls = []
    original = addresses.usaddress.parse
    monkeypatch.setattr(addresses.usaddress, "parse", lambda text: calls.append(text) or original(text))
    addresses.parse_address.cache_clear()
    unit = "88 Pine St (rear door), Floor 12, New York NY 10005 | "
    line = "".join(unit.replace("88", str(100 + i)) for i in range(1_000))[:50_000]
    found = find_addresses(line)
    addresses.parse_address.cache_clear()
    assert len(found) == addresses.MAX_ANCHORS and found[0].address.street == "100 Pine St, Floor 12"
    assert len(calls) <= 2 * addresses.MAX_ANCHORS and max(map(len, calls)) < 300
