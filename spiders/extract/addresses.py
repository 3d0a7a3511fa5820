"""US postal addresses in page text: found from their state and ZIP code backwards, split into parts by usaddress.

Real sites print an address in many layouts: one footer line with "|", "·", "•", "–", "/" or commas between the
name, street and city; street and city on separate lines; prose ("Visit us at ..."). Every one of them ends with a
state and a ZIP code, so each ZIP code preceded by a state is an anchor; from there the reader walks back over the
pieces between separators: the city, any suite, building or floor pieces, and the street that starts at a house
number (or a PO box). Each anchor looks at a bounded window of text and makes at most one usaddress call, so reading
stays linear in the length of the page however long one line is. A city printed with a ZIP code and no state is an
anchor too when the ZIP code is that city's; parts printed under labels ("City: ...") are read as a form.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

import us
import usaddress

from common.contact import normalize_state, normalize_zip
from spiders.extract.contact_labels import not_a_place, not_a_place_after, not_yet_open
from spiders.extract.contact_forms import FormAddress, form_addresses
from spiders.extract.contact_between import passed_over
from spiders.extract.contact_zips import state_of_city_zip, zip_fits_state

# The most states-and-ZIP anchors read on one page: a chain's locations page lists dozens; a page with more is not
# a clinic's, and each anchor costs a usaddress call.
MAX_ANCHORS = 200
# How far back from the state the street and city may start: four lines (name, street, suite, city), a few words each.
_WINDOW_CHARS = 240
_WINDOW_LINES = 4

_STATE_CODES = frozenset(s.abbr for s in (*us.states.STATES_AND_TERRITORIES, us.states.DC))
_STATE_NAMES = "|".join(sorted((re.escape(name) for s in (*us.states.STATES_AND_TERRITORIES, us.states.DC)
                                for name in (s.name, s.name.upper())), key=len, reverse=True))
# The state right before a ZIP code, matched against the few characters before it only; a comma or a table cell's
# "|" may stand between them. A code typed in title case ("Boulder, Co 80304") counts after a comma only.
_STATE_BEFORE = re.compile(
    rf"(?:(?:\b|(?<=[a-z]))(?P<code>[A-Z]{{2}})|,\s*(?P<titled>[A-Z][a-z])|\b(?P<name>{_STATE_NAMES}))\.?"
    r"(?:\s*[,|])?\s*$")
# Where a street type or a number runs into the city with no space, as spans set side by side print them
# ("88 W Main StBozeman, MT", "6410 Monona DrMadisonWI 53716"): a comma is put back there before parsing.
_SEAM = re.compile(
    r"\b(St|Ave|Rd|Dr|Blvd|Ln|Ct|Way|Pkwy|Hwy|Pl|Cir|Sq|Ter|Trl|Street|Avenue|Road|Drive|Boulevard|Lane|Court|"
    r"Parkway|Highway|Place|Circle|Square|Terrace|Trail|\d+)(?=[A-Z][a-z])")
# A city right before a ZIP code with no state, at the start of its line or piece: "· Bozeman 59715".
_CITY_BEFORE = re.compile(
    r"(?:^|(?<=[\n|•·;,]))\s*(?P<city>[A-Z][a-z][A-Za-z.'-]*(?:\s[A-Z][a-z][A-Za-z.'-]*){0,3}),?\s*$")
# A ZIP code ends at a word boundary, or runs into the next piece of text when spans set side by side print it so:
# a capitalised word ("80202Phone:", "68102Get Directions") or a phone number ("59715406-555-0134").
_ZIP_CANDIDATE = re.compile(r"\d\d{4}(?:-\d{4})?(?:\b|(?=[A-Z][a-z])|(?=\d{3}[-.)]\d{3}[-.]\d{4}\b))")
# Latin-1 bytes with every digit turned into "0": five zeros in a row mark where a ZIP code can start.
_DIGITS_AS_ZERO = bytes.maketrans(b"0123456789", b"0" * 10)
# What separates the parts of an address, or an address from its neighbours, on a line.
_SEPARATOR = re.compile(r"\s*(?:[\n|•·;,]|\s[-–—/]\s|[–—])\s*")
# A house number: digits (with a letter or a dash part), a Wisconsin grid number or a small number spelled out
# ("One Medical Center Dr"), followed by a word that starts a street name (capitalised, a number, or a direction).
# "2015 we" and "$2,700" are not house numbers.
_SPELLED = ("One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten")
_HOUSE_NUMBER = re.compile(
    rf"(?<![\w#$.,/:-])(?:[NSEW]\d+\s+[NSEW]\d+|\d{{1,6}}(?:-?[A-Z])?(?:-\d{{1,4}})?|{'|'.join(_SPELLED)})"
    r"(?=\s+(?:[NSEW]\.?\s|[A-Z0-9]))")
# Words after which a number is a suite, box or route number, not a house number.
_NOT_AFTER = frozenset({
    "suite", "ste", "unit", "room", "rm", "floor", "fl", "building", "bldg", "apt", "box", "no", "highway", "hwy",
    "route", "rte", "loop", "interstate", "sr", "fm", "county", "cr", "road", "exit", "level", "#",
})
# Words before which a number is no house number: a count ("Open 7 Days", "24 Hour Care", "500 Patients Helped"),
# which taglines print right before a city, state and ZIP code, or a road's name ("4000 14 Mile Rd"). Words that
# also name streets ("Day St", "Veterans Blvd", "Doctors Park", "Miles Ave") are not among them.
_NOT_BEFORE = frozenset({
    "minutes", "hour", "hours", "hr", "hrs", "days", "weeks", "months", "years", "yrs", "patients", "clients",
    "people", "families", "members", "providers", "nurses", "clinicians", "staff", "locations", "offices", "clinics",
    "sessions", "infusions", "treatments", "reviews", "stars", "percent", "mile",
})
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")
# Directions that follow a house number in a grid address ("455 South 300 East"): the number after one is the
# street's, not a second house number.
_GRID_DIRECTIONS = frozenset({"n", "s", "e", "w", "north", "south", "east", "west"})
_PO_BOX = re.compile(r"\b(?:P\.?\s?O\.?\s*Box|Post\s+Office\s+Box)\s*#?\s*\d+", re.I)
_OCCUPANCY = re.compile(
    r"(?:(?:suite|ste\.?|unit|room|rm\.?|floor|fl\.?|building|bldg\.?|apt\.?|level)\s*#?\s*[\w-]{1,6}|#\s?[\w-]{1,6}"
    r"|\w{1,8}\s+(?:floor|fl\.?|level))", re.I)
# Words in brackets beside an address: a suite, or a note on where the door is.
_ASIDE = re.compile(r"\s*\([^()]{1,40}\)")
# A private mailbox at a street address, a rural route or drawer box: post only.
_MAILBOX = re.compile(r"\bPMB\b|\bprivate\s+mail\s*box\b|^(?:box|drawer)\b|\bdrawer\s+\d", re.I)
# usaddress labels of the street line proper, and of what is inside the building (suite, floor, building).
_MAIN_LABELS = frozenset({
    "AddressNumberPrefix", "AddressNumber", "AddressNumberSuffix", "StreetNamePreModifier",
    "StreetNamePreDirectional", "StreetNamePreType", "StreetName", "StreetNamePostType",
    "StreetNamePostDirectional", "StreetNamePostModifier",
})
_UNIT_LABELS = frozenset({"OccupancyType", "OccupancyIdentifier", "SubaddressType", "SubaddressIdentifier",
                          "BuildingName"})


@dataclass(frozen=True)
class Address:
    street: str = ""
    city: str = ""
    state: str = ""
    postal_code: str = ""

    @property
    def complete(self) -> bool:
        return bool(self.street and self.city and self.state and self.postal_code)

    @property
    def po_box(self) -> bool:
        return bool(_PO_BOX.match(self.street) or _MAILBOX.search(self.street))


@dataclass(frozen=True)
class FoundAddress:
    address: Address
    start: int               # where the street starts in the text
    end: int                 # where the ZIP code ends
    # A PO box, or an address labelled for post or payments, for parking or as a former one: never a place to map.
    mailing: bool = False


def find_addresses(text: str) -> list[FoundAddress]:
    """Every US street or PO box address in `text`, in the order printed."""
    found: list[FoundAddress] = []
    anchors = guesses = 0
    for zip_match in _zip_candidates(text):
        state = _STATE_BEFORE.search(text, max(0, zip_match.start() - 28), zip_match.start())
        code = state and (state["code"] or (state["titled"] or "").upper())
        if state is None:
            # "88 W Main St · Bozeman 59715": a city with no state before its ZIP code, whose state the ZIP code gives.
            city = guesses < MAX_ANCHORS and _CITY_BEFORE.search(text, max(0, zip_match.start() - 40),
                                                                 zip_match.start())
            guesses += bool(city)
            code = city and state_of_city_zip(city["city"], zip_match.group()[:5])
            if not code:
                continue
            state_at = zip_match.start()
        elif code and code not in _STATE_CODES:
            continue
        else:
            state_at = state.start()
        anchors += 1
        if anchors > MAX_ANCHORS:
            break
        after = found[-1].end if found else 0
        state_and_zip = f"{code or state['name']} {zip_match.group()}"
        located = _address_before(text, after, state_at, zip_match.end(), state_and_zip)
        if located is not None:
            found.append(located)
    forms = [located for form in form_addresses(text) if (located := _form_address(text, form)) is not None]
    if not forms:
        return found
    # A form's lines are read as one address, in place of anything the anchors read from them ("City: Bozeman").
    found = [place for place in found if not any(form.start <= place.end and place.start <= form.end
                                                 for form in forms)]
    return sorted(found + forms, key=lambda place: place.start)


def _form_address(text: str, form: FormAddress) -> FoundAddress | None:
    address = parse_address(form.text)
    if address is None:
        return None
    line_start = text.rfind("\n", 0, form.start) + 1
    return FoundAddress(address, form.start, form.end,
                        address.po_box or not_a_place(_label_before(text, 0, line_start)))


def _address_before(text: str, after: int, state_at: int, end: int, state_and_zip: str) -> FoundAddress | None:
    """The address whose state starts at `state_at` and whose ZIP code ends at `end` (`state_and_zip` holds the
    two), read backwards from there but not before `after` (the end of the previous address)."""
    floor, window = max(after, state_at - _WINDOW_CHARS), state_at
    for _ in range(_WINDOW_LINES):
        window = text.rfind("\n", floor, window)
        if window < 0:
            window = floor
            break
    segments = [piece for piece in _segments(text, window, state_at) if not passed_over(text, *piece)]
    if not segments:
        return None
    city_start, city_end = segments[-1]
    parts: list[tuple[int, int]] = []
    street_at = _street_start(text, city_start, city_end)
    if street_at is not None:
        # Street and city with no separator between them ("1420 Larimer St Unit 5 Denver"): usaddress splits them.
        parts.append((street_at, city_end))
    else:
        parts.append((city_start, city_end))
        for seg_start, seg_end in reversed(segments[:-1]):
            if _OCCUPANCY.fullmatch(text, seg_start, seg_end):
                parts.insert(0, (seg_start, seg_end))
                continue
            street_at = _street_start(text, seg_start, seg_end)
            if street_at is None:
                return None    # a city with no street before it: "Serving Denver, CO 80202"
            parts.insert(0, (street_at, seg_end))
            break
        else:
            return None
        # A suite or building printed before the street ("Suite 300, 1420 Larimer St").
        before = [s for s in segments if s[1] <= parts[0][0]]
        while before and _OCCUPANCY.fullmatch(text, *before[-1]):
            parts.insert(0, before.pop())
    printed = ", ".join(text[s:e] for s, e in parts) + ", " + state_and_zip
    address = parse_address(_SEAM.sub(r"\1, ", printed))
    if address is None:
        return None
    suite = _suite_after(text, end) if not address.po_box else None
    if suite is not None:
        # A suite printed on its own after the city ("Denver, CO 80202<br>Suite 300") belongs to the street.
        address = replace(address, street=f"{address.street}, {text[suite[0]:suite[1]]}")
        end = suite[1]
    start = parts[0][0]
    label = _label_before(text, max(after, window), start)
    mailing = address.po_box or not_a_place(label) or not_a_place_after(text, end, label) or \
        not_yet_open(_heading_over(text, max(after, window), start, label))
    return FoundAddress(address, start, end, mailing)


def _suite_after(text: str, end: int) -> tuple[int, int] | None:
    """(start, end) of a suite or floor printed right after the ZIP code that ends at `end`, alone on its line or
    its piece of the line: not the suite of a street that follows ("Suite 5, 88 Main St")."""
    after = _SEPARATOR.match(text, end)
    if after is None:
        return None
    pieces = _segments(text, after.end(), min(len(text), after.end() + 40))
    if not pieces or not _OCCUPANCY.fullmatch(text, *pieces[0]):
        return None
    following = text[pieces[0][1]:pieces[0][1] + 2]
    if following.strip(" ") and following.lstrip(" ")[:1] not in "\n|•·":
        return None     # a comma or a dash after it: the suite of what follows, or a longer piece
    return pieces[0]


def _label_before(text: str, floor: int, start: int) -> str:
    """The words that label an address starting at `start`: on its own line before it ("Mailing address: PO Box"),
    or a short line of their own just above it ("Send payments to:")."""
    floor = max(floor, start - 60)
    line_start = max(floor, text.rfind("\n", floor, start) + 1)
    label = text[line_start:start]
    if label.strip() or line_start <= floor:
        return label
    above = text[max(floor, text.rfind("\n", floor, line_start - 1) + 1):line_start]
    return above if len(above.strip()) <= 30 else ""


def _heading_over(text: str, floor: int, start: int, label: str) -> str:
    """The short line above a short label that ends with a colon ("Our first clinic: "), "" when there is none."""
    if not (label.strip().endswith(":") and len(label.strip()) <= 30):
        return ""
    line_start = text.rfind("\n", floor, start) + 1
    if line_start <= floor:
        return ""
    above = text[max(floor, text.rfind("\n", floor, line_start - 1) + 1):line_start]
    return above if len(above.strip()) <= 30 else ""


def _segments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of the pieces of text[start:end] between separators, empty pieces left out."""
    pieces, position = [], start
    for separator in _SEPARATOR.finditer(text, start, end):
        if separator.start() > position:
            pieces.append((position, separator.start()))
        position = separator.end()
    if position < end:
        pieces.append((position, end))
    return pieces


def _street_start(text: str, start: int, end: int) -> int | None:
    """Where a street (a house number, or a PO box) starts in text[start:end]: the last house number that is not
    a suite, box or route number ("Since 2015 we have been at 210 Elm St" starts at 210)."""
    box = _PO_BOX.search(text, start, end)
    if box:
        return box.start()
    chosen = None
    for number in _HOUSE_NUMBER.finditer(text, start, end):
        words = text[max(start, number.start() - 16):number.start()].split()
        word = words[-1].rstrip(".:") if words else ""
        grid = len(words) > 1 and word.lower() in _GRID_DIRECTIONS and words[-2].isdigit()
        following = _NEXT_WORD.match(text, number.end(), end)
        if word.lower() not in _NOT_AFTER and word != "US" and not grid and \
                not (following and following.group(1).lower() in _NOT_BEFORE):
            chosen = number.start()
    return chosen


def _zip_candidates(text: str) -> Iterator[re.Match[str]]:
    """The matches of _ZIP_CANDIDATE in `text`, in order. A byte scan in C finds the few places where five digits
    start; text that is all Latin-1, as most page text is, has no decimal digits beyond 0-9."""
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


# A site repeats its footer on every page: the same address text is split once per crawl.
@lru_cache(maxsize=4096)
def parse_address(text: str) -> Address | None:
    """Split one US address ("1420 Larimer St, Suite 300, Denver, CO 80202") into its parts; None when usaddress
    does not read it as a street or PO box address with a city, a state and a ZIP code, or gives one part twice."""
    address = _parse(text)
    if address is not None:
        return address if zip_fits_state(address.postal_code, address.state) else None
    # usaddress misreads some pieces: a unit ("Floor 12" read as a second street name) or an aside in brackets
    # ("(entrance on 11th St)"). The address is read once more without them; a unit goes back on the street line.
    asides = [aside.strip(" ()") for aside in _ASIDE.findall(text)]
    pieces = [piece.strip() for piece in _ASIDE.sub("", text).split(",")]
    units = [piece for piece in pieces + asides if _OCCUPANCY.fullmatch(piece)]
    if not units and not asides:
        return None
    address = _parse(", ".join(piece for piece in pieces if piece not in units))
    if address is None or address.po_box or not zip_fits_state(address.postal_code, address.state):
        return None
    return replace(address, street=", ".join([address.street, *units]))


def _parse(text: str) -> Address | None:
    tokens = usaddress.parse(text)
    tagged: dict[str, str] = {}
    previous = None
    for token, label in tokens:
        if label != previous and label in tagged:
            return None    # a part in two places: two addresses, or not an address at all
        tagged[label] = f"{tagged[label]} {token}" if label in tagged else token
        previous = label
    tagged = {label: value.strip(" ,;") for label, value in tagged.items()}
    city = _city(tagged.get("PlaceName", ""))
    state = normalize_state(tagged.get("StateName", ""))
    if not city or state not in _STATE_CODES or "IntersectionSeparator" in tagged:
        return None
    if "USPSBoxID" in tagged and "AddressNumber" not in tagged:
        street = f"{tagged.get('USPSBoxType', 'PO Box')} {tagged['USPSBoxID']}"
    elif "AddressNumber" in tagged and _capitalised(tagged.get("StreetName", "")) and \
            (tagged["AddressNumber"] not in _SPELLED or "StreetNamePostType" in tagged):
        # A number spelled out starts a street only before a street type: "One Park Plaza", not "One Medical Group".
        street = _street(text, tokens)
    else:
        return None
    return Address(street, city, state, normalize_zip(tagged.get("ZipCode", "")))


def _street(text: str, tokens: list[tuple[str, str]]) -> str:
    """The street line as printed, from the house number on ("500 Congress Ave Ste 2", "1420 Larimer St, Suite 300",
    "700 Market St. #210"); a suite or building printed before the house number comes after it."""
    spans: list[tuple[int, int, str]] = []
    cursor = 0
    for token, label in tokens:
        start = max(text.find(token, cursor), cursor)     # usaddress's tokens are pieces of the text, in order
        cursor = start + len(token)
        spans.append((start, cursor, label))
    street = [(start, end) for start, end, label in spans if label in _MAIN_LABELS or label in _UNIT_LABELS]
    main = next(i for i, (_, _, label) in enumerate(spans) if label in _MAIN_LABELS)
    leading = [span for span in street if span[1] <= spans[main][0]]
    trailing = street[len(leading):]
    # A note in brackets inside the street line ("1100 E 21st St (Entrance C), Suite 400") is not the street; a suite
    # in brackets is.
    line = _ASIDE.sub(_unit_only, text[trailing[0][0]:trailing[-1][1]]).strip(" ,")
    if leading:
        line += ", " + text[leading[0][0]:leading[-1][1]].strip(" ,")
    return line


def _unit_only(aside: re.Match[str]) -> str:
    return aside.group() if _OCCUPANCY.fullmatch(aside.group().strip(" ()")) else ""


# Lower-case words inside proper names of places and streets ("Coeur d'Alene", "Camino del Rio", "Isle of Palms").
_PARTICLES = frozenset({"de", "del", "la", "las", "los", "el", "du", "des", "da", "di", "of", "the", "on", "by",
                        "upon", "y", "au", "le", "van", "von", "der"})


def _proper(word: str) -> bool:
    return word[0].isupper() or word[0].isdigit() or word in _PARTICLES or word[:2] in ("d'", "l'", "o'")


def _city(place: str) -> str:
    """The city without the words prose puts before it ("in Salem"); "" unless it reads as a proper name: each word
    capitalised, or a particle inside it."""
    words = place.strip(" ,.").split()
    while words and words[0].islower():
        words.pop(0)
    return " ".join(words) if words and all(map(_proper, words)) else ""


def _capitalised(name: str) -> bool:
    """Whether a street name reads as one: each word capitalised, a number or a particle, one at least not a particle
    ("Elm", "5th", "Rio Salado", "del Rio")."""
    words = name.split()
    return any(w[0].isupper() or w[0].isdigit() for w in words) and all(map(_proper, words))
