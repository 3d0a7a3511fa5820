"""Phones to E.164, addresses split into parts, addresses found in footer text."""

import pytest

from spiders.extract.contact import Address, addresses_in_text, normalize_phone, normalize_state, parse_address


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


@pytest.mark.parametrize("text, expected", [
    ("1420 Larimer Street, Suite 300, Denver, CO 80202",
     Address("1420 Larimer Street Suite 300", "Denver", "CO", "80202")),
    ("500 Main St. Ste 2B Austin TX 78701-1234", Address("500 Main St. Ste 2B", "Austin", "TX", "78701")),
    ("PO Box 12, Boise, Idaho 83702", Address("PO Box 12", "Boise", "ID", "83702")),
    ("Monday to Friday, 9 to 5", None),
])
def test_parse_address(text, expected):
    assert parse_address(text) == expected


def test_addresses_in_footer_text():
    text = ("Sunrise Ketamine | 1420 Larimer Street, Suite 300, Denver, CO 80202 | (303) 555-0142\n"
            "Visit us at 12 Elm Rd, Salem, Oregon 97301.\n"
            "Founded in 2015. Call 303-555-0142.")
    assert addresses_in_text(text) == [
        Address("1420 Larimer Street Suite 300", "Denver", "CO", "80202"),
        Address("12 Elm Rd", "Salem", "OR", "97301"),
    ]


def test_address_with_the_street_on_its_own_line_and_its_phone():
    from spiders.extract.page import _located_addresses

    located = _located_addresses("Grove Ketamine\n7014 East Camelback Road\nScottsdale, AZ 85251\n"
                                 "Call (480) 555-0133\nHours: 9-5")
    assert [(x.address, x.phone) for x in located] == [
        (Address("7014 East Camelback Road", "Scottsdale", "AZ", "85251"), "+14805550133")]
