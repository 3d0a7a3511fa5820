"""A page's contact details: each address it prints with the phone printed for it, the page's phones, its maps."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import lxml.etree

from spiders.extract.addresses import Address, FoundAddress, find_addresses, parse_address
from spiders.extract.contact_labels import not_a_place
from spiders.extract.maplinks import MapPlace, map_place
from spiders.extract import phones as _phones
from spiders.extract.phones import PHONE, SECONDARY, UNLABELLED, FoundPhone, find_phones

__all__ = ["Address", "LocatedAddress", "MapPlace", "PageContact", "clear_caches", "parse_address", "read_contact"]

# Lines after an address that still belong to its block ("Phone ...", "Fax ...", opening hours).
_BLOCK_LINES = 4
# Lines printed above an address that label it rather than name a location.
_GENERIC_HEADINGS = frozenset({
    "address", "our address", "location", "locations", "our location", "our locations", "office", "our office",
    "visit", "visit us", "find us", "where", "where to find us", "contact", "contact us", "contact info",
    "contact information", "directions", "get directions", "map", "hours", "phone", "call", "call us", "clinic",
    "our clinic", "mailing address",
})


@dataclass(frozen=True)
class LocatedAddress:
    address: Address
    phone: str = ""      # the phone printed in the address's block, if any
    heading: str = ""    # the line printed just above the address: a location's name on a multi-location page


@dataclass
class PageContact:
    addresses: list[LocatedAddress] = field(default_factory=list)    # places to visit; PO boxes left out
    phones: list[str] = field(default_factory=list)                  # numbers to call, best first
    maps: list[MapPlace] = field(default_factory=list)               # map links and embedded maps


def read_contact(text: str, tree: lxml.etree._Element, links: list[tuple[str, str]],
                 tel_links: list[str]) -> PageContact:
    """Contact details of one page from its visible text, its links and its embedded frames."""
    found = find_addresses(text)
    phones = find_phones(text)
    branches = _branch_numbers(text, phones)
    owners = _owners(text, found) | _hidden_copies(text, tree, found)
    located = [
        LocatedAddress(place.address, _phone_for(i, found, _own(phones, branches, place.address.city), text),
                       _heading(text, place.start))
        for i, place in enumerate(found) if not place.mailing and i not in owners
    ] or [LocatedAddress(place.address) for place in find_addresses(_labels(tree)) if not place.mailing]
    cities = {place.address.city for place in located}
    urls = [href for href, _ in links]
    urls += [src for frame in tree.iter("iframe") if (src := frame.get("src") or frame.get("data-src"))]
    maps = [place for url in urls if (place := map_place(url)) is not None]
    return PageContact(_unique(located), _page_phones(_own(phones, branches, *cities), tel_links), _unique(maps))


# A copyright line ("© 2026 Prairie Health System · 8800 Dodge St, ..."): the address on it is the owner's.
_COPYRIGHT = re.compile(r"©|&copy;|\bcopyright\b|\(c\)\s*(?:19|20)\d\d", re.I)


# A page saying the practice has no place to visit (a telehealth company's): its copyright line's address is the
# company's office.
_NO_CLINIC = re.compile(
    r"\bno\s+(?:physical|brick[- ]and[- ]mortar|in[- ]person)\s+(?:clinic|office|location|visits?)"
    r"|\b(?:telehealth|virtual|online)[- ]only\s+(?:practice|clinic|company|provider|service)"
    r"|\b100\s?%\s+(?:online|virtual|remote)\b"
    r"|\bevery\s+visit\s+(?:happens|is|takes\s+place)\s+(?:online|virtually|by\s+video)", re.I)


# Words one of those sayings holds: looked for first, since a plain search of a long page costs far less than the
# pattern's.
_NO_CLINIC_WORDS = ("no physical", "no brick", "no in-person", "no in person", "-only", "telehealth only",
                    "virtual only", "online only", "100%", "100 %", "every visit")


def _says_no_clinic(text: str) -> bool:
    lowered = text.lower()
    return any(word in lowered for word in _NO_CLINIC_WORDS) and bool(_NO_CLINIC.search(text))


def _owners(text: str, found: list[FoundAddress]) -> set[int]:
    """Indexes of the addresses printed on a copyright line while the page prints another place to visit, or says
    it has none: the owner's address then (a parent health system's, a management company's, a telehealth
    company's), not the clinic's."""
    on_copyright = {i for i, place in enumerate(found) if _COPYRIGHT.search(
        text, _line_start(text, place.start, found[i - 1].end if i else 0), place.start)}
    if on_copyright and _says_no_clinic(text):
        return on_copyright
    places = {place.address for i, place in enumerate(found) if not place.mailing and i not in on_copyright}
    return {i for i in on_copyright if places - {found[i].address}}


# Attributes that can hide an element whatever the stylesheet says (the old footer a redesign keeps in the markup):
# picked as attributes, then tested, since a test inside the XPath costs twenty times as much.
_HIDING = lxml.etree.XPath("//@style|//@hidden")
_HIDING_STYLES = ("display:none", "visibility:hidden")


# Each address compared is looked for in the whole text: a page printing more (a directory) is not compared.
_MAX_COMPARED = 60


def _hidden(tree: lxml.etree._Element) -> list[lxml.etree._Element]:
    """The outermost hidden elements (a hidden element inside another would count its text twice)."""
    found = [value.getparent() for value in _HIDING(tree) if value.attrname == "hidden" or (
        ("none" in value or "hidden" in value)
        and any(style in "".join(value.split()) for style in _HIDING_STYLES))]
    if len(found) < 2:
        return found
    inside = set(found)
    return [element for element in found if not any(parent in inside for parent in element.iterancestors())]


def _hidden_copies(text: str, tree: lxml.etree._Element, found: list[FoundAddress]) -> set[int]:
    """Indexes of the addresses printed only inside hidden elements while the page shows another place: a leftover
    of an older page, not the place a patient is shown."""
    if not 2 <= len(found) <= _MAX_COMPARED:
        return set()
    hidden = [" ".join("".join(element.itertext()).split()) for element in _hidden(tree)]
    if not any(any(ch.isdigit() for ch in part) for part in hidden):
        return set()
    hidden_text = "\n".join(hidden)
    heads = [" ".join(text[place.start:place.end].split()[:3]) for place in found]
    unseen = {i for i, head in enumerate(heads) if text.count(head) <= hidden_text.count(head)}
    shown = {found[i].address for i in range(len(found)) if i not in unseen and not found[i].mailing}
    return {i for i in unseen if shown - {found[i].address}}


# A number printed right after a place's name ("Denver 303-555-0142 · Lakewood 303-555-0174"): on a line that lists
# two such numbers or more, each is the line of the place it names (a chain's other branches).
_NAME_BEFORE = re.compile(r"(?:^|(?<=[\n·|•;,]))\s*([A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2})\s*[:\-–—]?\s*$")
# A desk's or a role's name is no place: "Front Desk 912-555-0162 · Nurse Line 912-555-0163" are the clinic's own lines.
_ROLE = re.compile(r"\b(?:Desk|Line|Office|Intake|Nurse|Scheduling|Appointments?|Reception|Billing|Main|Direct|Mobile|"
                   r"Cell|Fax|Text|Phone|Support|Team|Care|Patients?|Clinic|Coordinator|Manager)\b")


def _branch_numbers(text: str, phones: list[FoundPhone]) -> dict[int, str]:
    """Where each number printed after a place's name on such a list starts -> the name, lower-cased."""
    named: dict[int, list[tuple[int, str]]] = {}
    previous_end = line_start = 0
    for phone in phones:
        # The numbers come in order: the search for the start of each one's line starts where the last one's did.
        line_start = text.rfind("\n", line_start, phone.start) + 1 or line_start
        if phone.label == UNLABELLED:
            name = _NAME_BEFORE.search(text, max(previous_end, line_start, phone.start - 40), phone.start)
            if name and not _ROLE.search(name.group(1)):
                named.setdefault(line_start, []).append((phone.start, name.group(1).lower()))
        previous_end = phone.end
    return {start: name for line in named.values() if len(line) > 1 for start, name in line}


def _own(phones: list[FoundPhone], branches: dict[int, str], *cities: str) -> list[FoundPhone]:
    """The page's numbers less those a list gives for a place other than the cities named (branch names are
    compared lower-cased)."""
    if not branches:
        return phones
    wanted = {city.lower() for city in cities}
    return [phone for phone in phones if branches.get(phone.start, "") in wanted or phone.start not in branches]


# Elements whose alt text, aria-label or title may give the address the page shows only as a picture or a button
# ("Map to 88 W Main St, Bozeman, MT 59715", "Directions to ..."), and the most such labels read on one page.
_LABELLED = ("img", "a", "area", "button", "iframe", "div", "span", "section", "figure")
_LABEL_ATTRIBUTES = ("alt", "aria-label", "title")
_MAX_LABELS = 50


def _labels(tree: lxml.etree._Element) -> str:
    """The labels of the page's pictures, buttons, links and maps that hold a number, one a line: read for an
    address when the visible text prints none."""
    labels = []
    for element in tree.iter(_LABELLED):
        for name in _LABEL_ATTRIBUTES:
            value = element.get(name)
            if value and len(value) <= 300 and any(ch.isdigit() for ch in value):
                labels.append(" ".join(value.split()))
        if len(labels) >= _MAX_LABELS:
            break
    return "\n".join(labels)


def clear_caches() -> None:
    """Forget the addresses and numbers already read: a crawl reads a site's footer once; a benchmark, every time."""
    parse_address.cache_clear()
    not_a_place.cache_clear()
    _phones._number_ending_at.cache_clear()


def _phone_for(index: int, found: list[FoundAddress], phones: list[FoundPhone], text: str) -> str:
    """The phone printed for found[index]: in its block (the few lines before and after it), a phone after the
    address first, a labelled one before an unlabelled one, else the nearest before it ("Call (503) 555-0110 ·
    210 Elm St ..."), a secondary line (text only, existing patients) last. A phone printed between two addresses is
    the one's it is fewer lines from, the earlier one's when it is as near to both: cards print their phone under the
    address, or above it."""
    place = found[index]
    previous = found[index - 1] if index else None
    following = found[index + 1] if index + 1 < len(found) else None
    start = _lines_back(text, place.start, _BLOCK_LINES, previous.end if previous else 0)
    end = _line_end(text, place.end, _BLOCK_LINES)
    if following is not None:
        end = min(end, following.start)

    def mine(phone: FoundPhone) -> bool:
        if phone.start >= place.end:
            return following is None or _lines(text, place.end, phone.start) <= _lines(text, phone.end, following.start)
        return previous is None or _lines(text, phone.end, place.start) < _lines(text, previous.end, phone.start)

    block = [p for p in phones if start <= p.start and p.end <= end and p.callable and mine(p)]
    after = [p for p in block if p.start >= place.end]
    for wanted in (PHONE, UNLABELLED):
        for phone in after:
            if phone.label == wanted:
                return phone.number
    before = [p for p in block if p.end <= place.start and p.label != SECONDARY]
    if before:
        return before[-1].number
    return next((p.number for p in block if p.label == SECONDARY), "")


def _lines(text: str, start: int, end: int) -> int:
    """Line breaks between two places, counted no further than a block reaches."""
    return text.count("\n", start, min(end, start + _BLOCK_CHARS))


# How far a block reaches from its address, on a page that has few line breaks or none.
_BLOCK_CHARS = 400


def _line_start(text: str, position: int, floor: int) -> int:
    """The start of the line holding `position`, but not before `floor` nor a block's reach back."""
    floor = max(floor, position - _BLOCK_CHARS)
    return max(floor, text.rfind("\n", floor, position) + 1)


def _lines_back(text: str, position: int, lines: int, floor: int) -> int:
    """The start of the `lines`-th line before the one holding `position`, but not before `floor` nor a block's reach
    back."""
    start = _line_start(text, position, floor)
    for _ in range(lines):
        if start <= max(floor, position - _BLOCK_CHARS):
            break
        start = _line_start(text, start - 1, floor)
    return start


def _line_end(text: str, position: int, lines: int) -> int:
    """The end of the `lines`-th line after the one holding `position`, within a block's reach."""
    limit = min(len(text), position + _BLOCK_CHARS)
    end = position
    for _ in range(lines + 1):
        end = text.find("\n", end + 1, limit)
        if end < 0:
            return limit
    return end


def _heading(text: str, start: int) -> str:
    """The short line printed just above the address's first line, when it reads as a name."""
    line_start = _line_start(text, start, 0)
    if text[line_start:start].strip(" :") or line_start == 0:
        return ""    # the address does not start its line: what precedes it is a label or a name on the same line
    previous_start = _line_start(text, line_start - 1, 0)
    heading = text[previous_start:line_start - 1].strip()
    if not 2 <= len(heading) <= 60 or any(ch.isdigit() for ch in heading) or heading.endswith(":") or \
            any(ch in heading for ch in "|@•·") or heading.lower() in _GENERIC_HEADINGS:
        return ""
    return heading


def _page_phones(phones: list[FoundPhone], tel_links: list[str]) -> list[str]:
    """Numbers to call the clinic on, best first: `tel:` links, then numbers labelled as phones, then unlabelled
    ones. A `tel:` link to a number the text calls a fax or a crisis line is left out, as is one that is not a
    possible number ("tel:988")."""
    not_phones = {p.number for p in phones if not p.callable}
    ordered = [n for n in tel_links if n.startswith("+") and n not in not_phones]
    ordered += [p.number for p in phones if p.label == PHONE]
    ordered += [p.number for p in phones if p.label == UNLABELLED]
    ordered += [p.number for p in phones if p.label == SECONDARY]
    return _unique(ordered)


def _unique(values: list) -> list:
    return list(dict.fromkeys(values))
