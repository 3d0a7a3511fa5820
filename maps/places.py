"""The offline gazetteer packed for the map page, so that a patient can search by ZIP code or town in the browser.

What is packed: every ZIP code of common.gazetteer with its centre, the town it belongs to, and the state names
a patient may type. A town's centre is not packed: the gazetteer makes it the mean of its ZIP centres, and the
page does the same (tests/test_map_places.py checks every town against the gazetteer), which saves a fifth of the
bytes. Coordinates are kept to a hundredth of a degree (under 0.4 mile), well inside what a ZIP centre means: a
ZIP centroid is a median 4 km from the town's own point.

Layout, gzipped and then base64-encoded to sit in a <script type="application/octet-stream"> element:

    header JSON (ASCII, one line) "\\n"
    town names in packing order, "\\n"-separated (UTF-8) "\\0"
    four columns of zigzag varints, one value per ZIP in ascending code order, each a difference from the
    previous ZIP's value: the code, the town's index, the latitude and the longitude (in 1/scale degrees)

The header holds {"scale", "zips", "states": [[code, name], ...], "townStates": [[state index, run], ...]}:
towns are numbered in order of their first ZIP code, so their states come in long runs.
"""

from __future__ import annotations

import base64
import functools
import gzip
import hashlib
import json
import re
import zlib
from pathlib import Path

import us

from common.cache import cache_folder
from common.files import write_atomic
from common.gazetteer import CACHE_KEY, Gazetteer, gazetteer

SCALE = 100
_ZIP_LABEL = re.compile(r"^\d{5} \((?P<town>.*), (?P<state>[A-Z]{2})\)$")


# Packing takes 0.2-0.4 s, a third of a 3,000-item build, and gives the same text until the gazetteer or this
# module changes: it is kept in the cache folder beside the gazetteer's tables, keyed by both.
_CACHED = f"places-{hashlib.sha256(CACHE_KEY.encode() + Path(__file__).read_bytes()).hexdigest()[:16]}.txt"


@functools.cache
def packed_places() -> str:
    """The packed gazetteer (base64 text): about 0.3 MB for 41,000 ZIP codes."""
    path = cache_folder() / _CACHED
    try:
        text = path.read_text(encoding="ascii")
        if gzip.decompress(base64.b64decode(text, validate=True)):   # a few milliseconds: checks it is whole
            return text
    except (OSError, ValueError, EOFError, zlib.error):   # absent, unreadable or damaged: pack again
        pass
    text = pack_places(gazetteer())
    try:
        write_atomic(path, text.encode("ascii"))
    except OSError:   # a read-only home only costs the packing
        pass
    return text


def pack_places(places: Gazetteer, scale: int = SCALE) -> str:
    codes = sorted(places.zips)
    town_index: dict[str, int] = {}       # town label ("Denver, CO") -> its number
    towns_of_zips = []
    for code in codes:
        label = _ZIP_LABEL.match(places.zips[code].label)
        town = places.city(label["town"], label["state"]) if label else None
        if town is None:
            raise ValueError(f"gazetteer ZIP {code}: label {places.zips[code].label!r} names no town it knows")
        towns_of_zips.append(town_index.setdefault(town.label, len(town_index)))
    town_labels = list(town_index)
    states = sorted({label.rsplit(", ", 1)[1] for label in town_labels})
    state_number = {state: i for i, state in enumerate(states)}
    header = {
        "scale": scale,
        "zips": len(codes),
        "states": [[state, _state_name(state)] for state in states],
        "townStates": _runs([state_number[label.rsplit(", ", 1)[1]] for label in town_labels]),
    }
    columns = (
        [int(code) for code in codes],
        towns_of_zips,
        [round(places.zips[code].latitude * scale) for code in codes],
        [round(places.zips[code].longitude * scale) for code in codes],
    )
    body = bytearray(json.dumps(header, separators=(",", ":")).encode("ascii") + b"\n")
    body += "\n".join(label.rsplit(", ", 1)[0] for label in town_labels).encode("utf-8") + b"\0"
    for column in columns:
        body += _varints(_differences(column))
    return base64.b64encode(gzip.compress(bytes(body), compresslevel=9, mtime=0)).decode("ascii")


def _state_name(code: str) -> str:
    found = us.states.lookup(code)
    return found.name if found else code


def _runs(values: list[int]) -> list[list[int]]:
    runs: list[list[int]] = []
    for value in values:
        if runs and runs[-1][0] == value:
            runs[-1][1] += 1
        else:
            runs.append([value, 1])
    return runs


def _differences(values: list[int]) -> list[int]:
    return [value - previous for previous, value in zip([0, *values], values)]


def _varints(values: list[int]) -> bytes:
    """Zigzag LEB128: small differences of either sign take one byte."""
    out = bytearray()
    for value in values:
        number = value * 2 if value >= 0 else -value * 2 - 1
        while number >= 0x80:
            out.append(number & 0x7F | 0x80)
            number >>= 7
        out.append(number)
    return bytes(out)
