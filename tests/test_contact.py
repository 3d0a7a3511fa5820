"""Phones to E.164, addresses split into parts, addresses and phones found in page text, linear in its length."""

import pytest

from common.contact import normalize_phone, normalize_state
from spiders.extract import addresses, phones
from spiders.extract.addresses import Address, find_addresses, parse_address
from spiders.extract.phones import FAX, HOTLINE, IDENTIFIER, PHONE, UNLABELLED, best_phone, find_phones


@pytest.mark.parametrize("raw, expected", [
    ("(303) 555-0142", "+13035550142"),
    ("303.555.0142", "+13035550142"),
    ("tel:+1-512-555-0199", "+15125550199"),
    ("1 (800) 555-0123", "+18005550123"),
    ("+1 212 555 0100 ext. 4", "+12125550100"),
    ("Call us today", "Call us today"),
    ("", ""),
])
def test_normalize_phone(raw, expected):
    assert normalize_phone(raw) == expected


@pytest.mark.parametrize("raw, expected", [("Texas", "TX"), ("tx", "TX"), ("Puerto Rico", "PR"), ("D.C.", "DC"), ("", "")])
def test_normalize_state(raw, expected):
    assert normalize_state(raw) == expected


# ------------------------------------------------------------------------------------------------ one address

@pytest.mark.parametrize("text, expected", [
    ("1420 Larimer Street, Suite 300, Denver, CO 80202",
     Address("1420 Larimer Street, Suite 300", "Denver", "CO", "80202")),
    ("500 Main St. Ste 2B Austin TX 78701-1234", Address("500 Main St. Ste 2B", "Austin", "TX", "78701")),
    ("Suite 300, 1420 Larimer St, Denver, CO 80202", Address("1420 Larimer St, Suite 300", "Denver", "CO", "80202")),
    ("700 Market St. #210, St. Louis, MO 63101", Address("700 Market St. #210", "St. Louis", "MO", "63101")),
    ("210 Elm St in Salem, OR 97301", Address("210 Elm St", "Salem", "OR", "97301")),
    ("PO Box 12, Boise, Idaho 83702", Address("PO Box 12", "Boise", "ID", "83702")),
    ("210 Broadway, Nashville, TN 37203", Address("210 Broadway", "Nashville", "TN", "37203")),
    ("Monday to Friday, 9 to 5", None),
    ("3 Denver clinics, CO 80202", None),               # a lower-case "city" is prose, not an address
    ("12 weeks of care, Denver, CO 80202", None),       # nor is a lower-case "street"
    ("210 Elm St, Salem, XX 97301", None),              # not a state
])
def test_parse_address(text, expected):
    assert parse_address(text) == expected


def test_a_po_box_is_an_address_but_never_a_place():
    assert Address("PO Box 12", "Boise", "ID", "83702").po_box
    assert Address("P.O. Box 1450", "Salem", "OR", "97308").po_box
    assert not Address("12 Box Elder Rd", "Boise", "ID", "83702").po_box


# ------------------------------------------------------------------------------------------------ addresses in text

def streets(text):
    return [(found.address.street, found.address.city, found.mailing) for found in find_addresses(text)]


@pytest.mark.parametrize("text, expected", [
    ("Summit | 1420 Larimer St | Suite 300 | Denver, CO 80202 | (303) 555-0142",
     [("1420 Larimer St, Suite 300", "Denver", False)]),
    ("café Summit · 1420 Larimer St · Denver, CO 80202", [("1420 Larimer St", "Denver", False)]),    # beyond Latin-1
    ("“Summit” — 1420 Larimer St — Denver, CO 80202", [("1420 Larimer St", "Denver", False)]),
    ("Denver ８０２０２ · 1420 Larimer St, Denver, CO 80202", [("1420 Larimer St", "Denver", False)]),
    ("Mailing address: PO Box 1450, Salem, OR 97308\nOffice: 210 Elm St, Salem, OR 97301",
     [("PO Box 1450", "Salem", True), ("210 Elm St", "Salem", False)]),
    ("Billing: 99 Court St NE, Salem, OR 97301 | Clinic: 210 Elm St, Salem, OR 97301",
     [("99 Court St NE", "Salem", True), ("210 Elm St", "Salem", False)]),
    ("Open 7 Days 1420 Larimer St, Denver, CO 80202", [("1420 Larimer St", "Denver", False)]),
    ("12500 US Highway 19 N, Clearwater, FL 33764", [("12500 US Highway 19 N", "Clearwater", False)]),
    ("4410 W Loop 1604 N, San Antonio, TX 78249", [("4410 W Loop 1604 N", "San Antonio", False)]),
    ("Since 2015 at N112 W16298 Mequon Rd, Germantown, WI 53022",
     [("N112 W16298 Mequon Rd", "Germantown", False)]),
    ("Call 80202 or CO 80202 or 123456 Denver CO 1234567", []),
    ("", []),
])
def test_addresses_in_text(text, expected):
    assert streets(text) == expected


def test_an_address_is_read_no_further_back_than_four_lines():
    text = "1420 Larimer St\nBuilding 2\nSuite 300\nFloor 3\nDenver, CO 80202"
    assert streets(text) == []
    assert streets(text.replace("Floor 3\n", "")) == [("1420 Larimer St, Building 2, Suite 300", "Denver", False)]


# ------------------------------------------------------------------------------------------------ phones in text

@pytest.mark.parametrize("text, expected", [
    ("(720) 555-0131", [("+17205550131", UNLABELLED)]),
    ("720.555.0131 · 720-555-0131 · 720 555 0131 · 7205550131",
     [("+17205550131", UNLABELLED)] * 4),
    ("+1 720 555 0131, +1-720-555-0131, 1 (720) 555-0131, 1.720.555.0131", [("+17205550131", UNLABELLED)] * 4),
    ("Call 1-800-555-0199 today", [("+18005550199", PHONE)]),
    ("Phone: (720) 555-0131 ext. 4", [("+17205550131", PHONE)]),
    ("Tel.: +1 (503) 555-0110", [("+15035550110", PHONE)]),
    ("Call or text 503‑555‑0110", [("+15035550110", PHONE)]),            # non-breaking hyphens
    ("P: 503.555.0110 F: 503.555.0111", [("+15035550110", PHONE), ("+15035550111", FAX)]),
    ("Fax: 503-555-0111 | Phone: 503-555-0110", [("+15035550111", FAX), ("+15035550110", PHONE)]),
    ("503-555-0111 (fax)", [("+15035550111", FAX)]),
    ("503-555-0110 fax 503-555-0111", [("+15035550110", UNLABELLED), ("+15035550111", FAX)]),
    ("Phone/Fax: 503-555-0110", [("+15035550110", PHONE)]),
    ("NPI 2345678901 · Tax ID 12-3456789 · Call 503-555-0110",
     [("+12345678901", IDENTIFIER), ("+15035550110", PHONE)]),
    ("Lic # 5035550110", [("+15035550110", IDENTIFIER)]),
    ("Boise, ID 83702 · 208-555-0144", [("+12085550144", UNLABELLED)]),      # Idaho, not an identifier
    ("In crisis? Call 1-800-555-0199 or dial 988.", [("+18005550199", HOTLINE)]),
    ("Call 1-800-KETAMINE", [("+18005382646", PHONE)]),         # a vanity number, dialled by its keys
    ("Suite 300, 80202", []),
    ("© 2015-2026 · Updated 01/15/2026 · 2026-01-15", []),
    ("Call 555-0131", []),                      # seven digits: no area code to place it
    ("NPI: 1234567893", []),                    # ten digits, but no US number starts its area code with 1
    ("+44 20 7946 0958", []),                   # not a US number
    ("Account 123456789012 · 503-555-0110", [("+15035550110", UNLABELLED)]),
])
def test_phones_in_text(text, expected):
    assert [(phone.number, phone.label) for phone in find_phones(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Fax 503-555-0111 · 503-555-0112 · Phone 503-555-0110", "+15035550110"),
    ("Fax 503-555-0111 · 503-555-0112", "+15035550112"),
    ("Fax 503-555-0111 · Crisis line 1-800-555-0199 · NPI 2345678901", ""),
])
def test_best_phone_prefers_a_labelled_one_and_never_takes_a_fax(text, expected):
    assert best_phone(find_phones(text)) == expected


# ------------------------------------------------------------------------------------------------ linear in the text

def footer_line(size: int) -> str:
    """A one-line footer of `size` characters: addresses, phones, faxes, hours, years and separators."""
    unit = ("Summit Ketamine | 1420 Larimer St, Suite 300 | Denver, CO 80202 | P: (303) 555-0142 | F: 303.555.0149 | "
            "Mon–Fri 8:00–6:00 | © 2015-2026 | NPI 2345678901 · ")
    return (unit * (size // len(unit) + 1))[:size]


def record_calls(monkeypatch, owner, name: str) -> list[str]:
    """The first argument of every call to owner.name from now on (the text a library is asked to read)."""
    calls = []
    original = getattr(owner, name)

    def recorded(text, *args, **kwargs):
        calls.append(text)
        return original(text, *args, **kwargs)

    monkeypatch.setattr(owner, name, recorded)
    return calls


@pytest.fixture
def tagger_calls(monkeypatch):
    addresses.parse_address.cache_clear()
    yield record_calls(monkeypatch, addresses.usaddress, "parse")
    addresses.parse_address.cache_clear()


@pytest.fixture
def matcher_calls(monkeypatch):
    phones._number_ending_at.cache_clear()
    yield record_calls(monkeypatch, phones.phonenumbers, "PhoneNumberMatcher")
    phones._number_ending_at.cache_clear()


def test_a_50_kb_footer_line_is_read_in_bounded_pieces(tagger_calls, matcher_calls):
    line = footer_line(50_000)
    found = find_addresses(line)
    assert len(found) == addresses.MAX_ANCHORS        # every anchor up to the cap is read
    assert {f.address for f in found} == {Address("1420 Larimer St, Suite 300", "Denver", "CO", "80202")}
    numbers = find_phones(line)
    assert len(numbers) == phones.MAX_NUMBERS
    assert {(p.number, p.label) for p in numbers} == {
        ("+13035550142", PHONE), ("+13035550149", FAX), ("+12345678901", IDENTIFIER)}
    # No call sees more than a bounded window of the line, and there is at most one call per anchor: the work
    # grows with the length of the line, never with its square.
    assert len(tagger_calls) <= addresses.MAX_ANCHORS and max(map(len, tagger_calls)) < 300
    assert max(map(len, matcher_calls)) <= 30


def test_a_1_mb_one_line_page_is_read_in_bounded_pieces(tagger_calls, matcher_calls):
    page = ("Our clinic offers calm rooms, 40-minute infusions and 6-session series for 2,700 patients since 2015. "
            * 10_000)[:1_000_000]
    page = page[:500_000] + footer_line(2_000) + page[500_000:]
    found = find_addresses(page)
    assert [f.address.street for f in found][:1] == ["1420 Larimer St, Suite 300"]
    assert best_phone(find_phones(page)) == "+13035550142"
    assert len(tagger_calls) <= addresses.MAX_ANCHORS and max(map(len, tagger_calls)) < 300
    assert len(matcher_calls) < 100


def test_a_page_of_numbers_that_are_not_phones_is_looked_at_a_bounded_number_of_times(matcher_calls):
    not_phones = " · ".join(f"123-456-{i % 10_000:04d}" for i in range(80_000))    # no area code starts with 1
    assert find_phones(not_phones) == []
    assert len(matcher_calls) <= phones.MAX_LOOKS * phones._RETRIES
    locals_only = " ".join(f"555-{i % 10_000:04d}" for i in range(100_000))        # seven digits, no area code
    assert find_phones(locals_only) == [] and len(matcher_calls) <= phones.MAX_LOOKS * phones._RETRIES
