"""Addresses printed as a labelled form, one part a line: "Street: ...", "City: ...", "State: ...", "ZIP: ...".

Contact pages and directory-style profiles print the parts under labels, in a definition list or a table of two
columns ("Street Address | 3200 Wake Forest Rd"). Each line labelled as a city is an anchor; the labelled lines just
around it give the street, the suite, the state and the ZIP code, which are read together as one address.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

# A line labelled as the city ("City:", "City/State |", "City, State, ZIP:", "Town:") starts right after a line break.
_CITY_LINE = re.compile(r"\n(?:[Cc]ity|CITY|[Tt]own|TOWN)\b[^\n:|]{0,24}[:|]")
# One labelled line: a short label, then ":" or a table cell's "|", then the value.
_FORM_LINE = re.compile(r"(?P<label>[A-Za-z][A-Za-z /,&#.]{0,28}?)\s*[:|]\s*(?P<value>[^\n|]{1,80}?)\s*")
# How many lines around the city's a form spreads over (street, suite above; state, ZIP, country below).
_REACH = 3
# The most city lines read on one page: a form is printed once or a few times.
MAX_FORMS = 20

_PARTS = (
    ("street", re.compile(r"^(?:street|address|addr|physical\s+address|location)\b(?!.*\b(?:e-?mail|web))", re.I)),
    ("unit", re.compile(r"^(?:suite|ste|unit|apt|floor|building|address\s+line\s*2)\b", re.I)),
    ("city", re.compile(r"^(?:city|town)\b", re.I)),
    ("state", re.compile(r"^(?:state|province)\b", re.I)),
    ("zip", re.compile(r"^(?:zip|postal|post\s+code)", re.I)),
)


@dataclass(frozen=True)
class FormAddress:
    text: str      # the parts joined as one address: "3200 Wake Forest Rd, Raleigh, NC 27609"
    start: int     # where the street's value starts in the page text
    end: int       # where the last part's value ends


def form_addresses(text: str) -> Iterator[FormAddress]:
    """The addresses `text` prints as labelled forms, in order."""
    forms = 0
    # The text's first line has no line break before it: it is read as if it had one.
    first = [_CITY_LINE.match("\n" + text[:30])] if text[:1] in "CcTt" else []
    for city in (*filter(None, first), *_CITY_LINE.finditer(text)):
        forms += 1
        if forms > MAX_FORMS:
            return
        lines = _lines_around(text, city.start() + 1 if city.string is text else 0)
        parts: dict[str, tuple[str, int, int]] = {}
        for start, end in lines:
            line = _FORM_LINE.fullmatch(text, start, end)
            kind = line and next((kind for kind, label in _PARTS if label.match(line["label"])), None)
            if kind and kind not in parts:
                parts[kind] = (line["value"], line.start("value"), line.end("value"))
        if "street" not in parts or "city" not in parts:
            continue
        pieces = [parts[kind][0] for kind in ("street", "unit", "city") if kind in parts]
        tail = " ".join(parts[kind][0] for kind in ("state", "zip") if kind in parts)
        yield FormAddress(", ".join(pieces + ([tail] if tail else [])), parts["street"][1],
                          max(end for _, _, end in parts.values()))


def _lines_around(text: str, start: int) -> list[tuple[int, int]]:
    """(start, end) of the line starting at `start` and of the few lines before and after it."""
    starts = [start]
    for _ in range(_REACH):
        if starts[0] == 0:
            break
        starts.insert(0, text.rfind("\n", 0, starts[0] - 1) + 1)
    lines, position = [], starts[0]
    for _ in range(len(starts) + _REACH):
        end = text.find("\n", position)
        end = len(text) if end < 0 else end
        lines.append((position, end))
        if end == len(text):
            break
        position = end + 1
    return lines
