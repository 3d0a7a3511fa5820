"""Phones and postal addresses found in free page text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import phonenumbers
import us
import usaddress

from common.contact import normalize_state, normalize_zip

# usaddress labels that make up the street line, in the order they are written.
_STREET_LABELS = (
    "AddressNumberPrefix", "AddressNumber", "AddressNumberSuffix", "StreetNamePreModifier",
    "StreetNamePreDirectional", "StreetNamePreType", "StreetName", "StreetNamePostType",
    "StreetNamePostDirectional", "StreetNamePostModifier", "OccupancyType", "OccupancyIdentifier",
    "SubaddressType", "SubaddressIdentifier", "BuildingName", "USPSBoxType", "USPSBoxID",
)
# "<two-letter state or state name> <ZIP>" is how US addresses end; it anchors the search in free text.
_STATE_NAMES = "|".join(sorted((re.escape(s.name) for s in us.states.STATES_AND_TERRITORIES), key=len, reverse=True))
_ADDRESS_END = re.compile(rf"\b(?:[A-Z]{{2}}|{_STATE_NAMES})\.?,?\s+\d{{5}}(?:-\d{{4}})?\b")
# The ZIP code is found first: a digit run is a fast scan, the state alternation is not. Written "\d\d{4}" rather
# than "\d{5}": a pattern that opens with a character class lets the regex engine skip to the next digit in C.
_ZIP_CANDIDATE = re.compile(r"\d\d{4}(?:-\d{4})?\b")
# Latin-1 bytes with every digit turned into "0": five zeros in a row mark where a ZIP code can start.
_DIGITS_AS_ZERO = bytes.maketrans(b"0123456789", b"0" * 10)
_HOUSE_NUMBER = re.compile(r"\b\d+[A-Za-z]?\s+[A-Za-z]")


@dataclass(frozen=True)
class Address:
    street: str = ""
    city: str = ""
    state: str = ""
    postal_code: str = ""

    @property
    def complete(self) -> bool:
        return bool(self.street and self.city and self.state and self.postal_code)


# The shortest text a possible number can be written in: "+4912" ("+", a two-digit country code and a two-digit
# local number, Germany's shortest); a number without "+" is read as a US one, of at least 7 digits. The matcher skips
# shorter candidates (house and suite numbers) without parsing them; a test checks the figure against the metadata.
MIN_PHONE_CHARS = 5


# A site repeats its footer on every page: the same address and phone text are parsed once per crawl.
@lru_cache(maxsize=4096)
def first_phone_in_text(text: str) -> str:
    """The first phone number in `text` (E.164), else "". The matcher finds numbers lazily, so stopping at the first
    skips parsing the fax, opening hours and dates that follow it in a contact block."""
    matches = phonenumbers.PhoneNumberMatcher(
        text, "US", leniency=phonenumbers.Leniency.POSSIBLE, min_candidate_length=MIN_PHONE_CHARS,
    )
    for match in matches:
        return phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
    return ""


@lru_cache(maxsize=4096)
def parse_address(text: str) -> Address | None:
    """Split one free-text US address into parts; None when it does not read as a street address."""
    try:
        tagged, kind = usaddress.tag(text)
    except usaddress.RepeatedLabelError:
        return None
    if kind not in ("Street Address", "PO Box", "Ambiguous"):
        return None
    street = " ".join(tagged[label] for label in _STREET_LABELS if label in tagged).strip(" ,")
    address = Address(
        street=street,
        city=tagged.get("PlaceName", "").strip(" ,"),
        state=normalize_state(tagged.get("StateName", "")),
        postal_code=normalize_zip(tagged.get("ZipCode", "")),
    )
    return address if address.street and (address.postal_code or address.city) else None


def address_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of the text that holds each address ending somewhere in `text`: the line with the state and
    ZIP, and the line before it when the street stands on a line of its own ("12 Elm Rd<br>Salem, OR 97301")."""
    spans: list[tuple[int, int]] = []
    for candidate in _zip_candidates(text):
        start = text.rfind("\n", 0, candidate.start()) + 1
        if not _ADDRESS_END.search(text, max(start, candidate.start() - 40), candidate.end()):
            continue
        if start > 0 and not _HOUSE_NUMBER.search(text, start, candidate.start()):
            start = text.rfind("\n", 0, start - 1) + 1
        stop = text.find("\n", candidate.end())
        span = (start, len(text) if stop < 0 else stop)
        if not spans or spans[-1] != span:
            spans.append(span)
    return spans


def _zip_candidates(text: str) -> Iterator[re.Match[str]]:
    """The matches of _ZIP_CANDIDATE in `text`, in order. Even opening with a character class, that regex tests
    every character of the page (0.2 ms on 13 KB of text). Text that is all Latin-1, as most page text is, has no
    decimal digits beyond 0-9, so a byte scan in C finds the few places where five digits start."""
    try:
        digits = text.encode("latin-1").translate(_DIGITS_AS_ZERO)
    except UnicodeEncodeError:
        yield from _ZIP_CANDIDATE.finditer(text)
        return
    position = digits.find(b"00000")
    while position >= 0:
        match = _ZIP_CANDIDATE.match(text, position)
        if match:
            yield match
        position = digits.find(b"00000", match.end() if match else position + 1)


def addresses_in_text(text: str) -> list[Address]:
    """Addresses in page text (footers, contact blocks): each ends with a state and a ZIP."""
    found: list[Address] = []
    for line in text.splitlines():
        for end in _ADDRESS_END.finditer(line):
            # The street and city sit just before the state; "|" and "•" separate footer columns.
            start = max(line.rfind(sep, 0, end.start()) for sep in ("|", "•", "·"))
            candidate = line[start + 1:end.end()].strip()
            address = parse_address(_drop_leading_words(candidate))
            if address and address not in found:
                found.append(address)
    return found


def _drop_leading_words(candidate: str) -> str:
    """Start at the house number: text before it ("Visit us at", a clinic name) confuses the tagger."""
    match = re.search(r"\b\d+[A-Za-z]?\s+\w", candidate)
    return candidate[match.start():] if match else candidate
