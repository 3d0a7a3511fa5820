"""Phones to E.164, addresses split into parts, addresses found in footer text."""

import re
import sys

import phonenumbers
import pytest

from spiders.extract import contact
from common.contact import normalize_phone, normalize_state
from spiders.extract.contact import Address, address_lines, addresses_in_text, first_phone_in_text, parse_address


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


# ------------------------------------------------------------------------------------------------ phones in text

FOOTER = "1420 Larimer Street, Suite 300, Denver, CO 80202\nPhone {} | Fax (720) 555-0132\nHours: Mon-Fri 8:00-6:00"


def matcher_first(text):
    """The first number PhoneNumberMatcher finds with no candidate skipped: what first_phone_in_text must return."""
    for match in phonenumbers.PhoneNumberMatcher(text, "US", leniency=phonenumbers.Leniency.POSSIBLE):
        return phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
    return ""


@pytest.mark.parametrize("notation, alone", [
    ("(720) 555-0131", "+17205550131"),
    ("720.555.0131", "+17205550131"),
    ("720-555-0131", "+17205550131"),
    ("720 555 0131", "+17205550131"),
    ("7205550131", "+17205550131"),
    ("+1 720 555 0131", "+17205550131"),
    ("+1-720-555-0131", "+17205550131"),
    ("1 (720) 555-0131", "+17205550131"),
    ("1-800-555-0199", "+18005550199"),
    ("(720) 555-0131 ext. 4", "+17205550131"),
    ("555-0131", "+15550131"),                 # seven digits: a possible local number
    ("+4912", "+4912"),                        # the shortest possible number, five characters
    ("+44 20 7946 0958", "+442079460958"),
    ("1-800-KETAMINE", ""),                    # letters are not read as digits
    ("Suite 300, 80202", ""),
    ("2015-2026", ""),
])
def test_first_phone_in_text_is_the_matchers_first(notation, alone):
    assert first_phone_in_text(notation) == matcher_first(notation) == alone
    in_footer = FOOTER.format(notation)
    assert first_phone_in_text(in_footer) == matcher_first(in_footer) == (alone or "+17205550132")


def shortest_written(metadata, country_code: int) -> int:
    """Characters of the shortest possible number of a region written with "+" and its country code."""
    lengths = [
        length for desc in (metadata.general_desc, metadata.fixed_line, metadata.mobile) if desc is not None
        for length in (*desc.possible_length, *desc.possible_length_local_only) if length > 0
    ]
    return 1 + len(str(country_code)) + min(lengths)


def test_no_possible_number_is_shorter_than_the_matcher_skips():
    """A "+" number has its country code and at least its region's shortest length; others are read as US ones."""
    regions = [(phonenumbers.PhoneMetadata.metadata_for_region(region), phonenumbers.country_code_for_region(region))
               for region in phonenumbers.SUPPORTED_REGIONS]
    regions += [(phonenumbers.PhoneMetadata.metadata_for_nongeo_region(code), code)
                for code in phonenumbers.COUNTRY_CODES_FOR_NON_GEO_REGIONS]
    us_lengths = phonenumbers.PhoneMetadata.metadata_for_region("US").general_desc
    assert min(*us_lengths.possible_length, *us_lengths.possible_length_local_only) == 7
    assert min(shortest_written(metadata, code) for metadata, code in regions) == contact.MIN_PHONE_CHARS


# ------------------------------------------------------------------------------------------------ ZIP codes

@pytest.mark.parametrize("text", [
    "Denver, CO 80202", "CO 80202-1234 and 80203", "123456789", "8020", "80202²", "x80202y", "ZIP 80202\n90210",
    "café 80202", "“Denver” CO 80202",                          # beyond Latin-1: the regex path
    "Denver ٨٠٢٠٢", "Denver ８０２０２ 80202", "",                  # digits beyond 0-9
])
def test_zip_candidates_are_the_regex_matches(text):
    expected = [m.span() for m in contact._ZIP_CANDIDATE.finditer(text)]
    assert [m.span() for m in contact._zip_candidates(text)] == expected


def test_latin1_has_no_decimal_digits_beyond_0_to_9():
    assert re.findall(r"\d", "".join(map(chr, range(256)))) == list("0123456789")
    assert len(re.findall(r"\d", "".join(map(chr, range(sys.maxunicode + 1))))) > 10    # others exist elsewhere


def test_address_lines_of_a_footer():
    text = "Grove Ketamine\n7014 East Camelback Road\nScottsdale, AZ 85251\nCall (480) 555-0133\n© 2015-2026"
    assert [text[start:end] for start, end in address_lines(text)] == ["7014 East Camelback Road\nScottsdale, AZ 85251"]
