"""Rows of directory.csv as what a patient reads: plain strings, safe links, fee wording, vocabulary labels.

Everything here stays plain text; escaping happens where the text meets HTML (Jinja autoescape) or a script
(maps.safe_json). Unknown values (empty, NaN) become empty strings or None, never the text "nan".
"""

from __future__ import annotations

import math
import re
from collections import namedtuple
from datetime import date
from functools import lru_cache
from typing import NamedTuple

import pandas as pd
import us

from common import sites
from common.money import fee_range
from common.vocabulary import CONDITION_CODES, CONDITION_LABELS, ROUTE_CODES, ROUTE_LABELS

# What the page reads of each row: columns of directory.csv, the directory's published contract (DATA_FORMAT.md).
MAP_COLUMNS = (
    "clinic_id", "name", "street", "city", "state", "postal_code", "phone", "website", "fee_min", "fee_max",
    "fee_band", "fee_as_of", "fee_source_url", "routes", "conditions", "latitude", "longitude", "geo_precision",
    "last_seen", "licences",
)
FEE_BANDS = ("typical", "above", "below", "unknown")
BAND_LABELS = {
    "typical": "Within the typical range",
    "above": "Above the typical range",
    "below": "Below the typical range",
    "unknown": "Fee not published",
}
APPROXIMATE = {
    "zip": "Approximate location (ZIP area)",
    "city": "Approximate location (city area)",
}
UNKNOWN_STATE = "State not known"
# English abbreviations whatever the machine's locale: the same directory gives the same page
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_NUMBERS = ("fee_min", "fee_max", "latitude", "longitude")
_TEXTS = tuple(column for column in MAP_COLUMNS if column not in _NUMBERS)

_HTML_ID = re.compile(r"^[A-Za-z][\w-]*$")
_US_E164 = re.compile(r"^\+1(\d{3})(\d{3})(\d{4})$")
_NOT_DIGIT = re.compile(r"\D")
_SPACE_OR_CONTROL = re.compile(r"[\s\x00-\x1f]")


class Link(NamedTuple):
    href: str
    text: str


class ClinicRecord(NamedTuple):
    anchor: str                   # HTML id of the list entry, also the key the map uses to find it
    name: str
    street: str
    locality: str                 # "City, ST 80202"
    state_name: str
    phone_text: str
    phone_href: str | None        # a tel: URL when the number has enough digits to dial
    website: Link | None
    fee_text: str
    fee_as_of: str               # "Nov 1, 2026"
    fee_source: Link | None
    band: str
    routes: tuple[str, ...]       # vocabulary codes, in vocabulary order
    route_labels: str
    condition_labels: str
    location_note: str
    latitude: float | None
    longitude: float | None
    city: str
    fee_min: float | None
    fee_max: float | None
    conditions: tuple[str, ...]   # vocabulary codes, in vocabulary order

    @property
    def on_map(self) -> bool:
        return self.latitude is not None and self.longitude is not None


def clinic_records(clinics: pd.DataFrame) -> list[ClinicRecord]:
    """One record per row, in the order of the list: by state name (the unknown state last), then clinic name."""
    rows = clinics.reindex(columns=list(MAP_COLUMNS))
    # Columns as lists of plain values, walked by zip: pandas' own string arrays are slow to walk row by row.
    columns = [_numbers(rows[name]) if name in _NUMBERS else _texts(rows[name]) for name in MAP_COLUMNS]
    used: set[str] = set()
    records = [_record(_anchor(row.clinic_id, position, used), row)
               for position, row in enumerate(map(_Row._make, zip(*columns)))]
    return sorted(records, key=lambda r: (r.state_name == UNKNOWN_STATE, r.state_name, r.name.casefold()))


_Row = namedtuple("_Row", MAP_COLUMNS)


def _numbers(column: pd.Series) -> list[float | None]:
    values = pd.to_numeric(column, errors="coerce").to_numpy(dtype=float).tolist()
    return [value if math.isfinite(value) else None for value in values]


def _texts(column: pd.Series) -> list[str]:
    return ["" if gone else str(value).strip() for value, gone in zip(column.tolist(), column.isna().tolist())]


def _record(anchor: str, row) -> ClinicRecord:
    on_map = row.latitude is not None and row.longitude is not None and -90 <= row.latitude <= 90 and (
        -180 <= row.longitude <= 180)
    phone_text, phone_href = _phone(row.phone)
    fee = fee_range(row.fee_min, row.fee_max)
    return ClinicRecord(
        anchor=anchor,
        name=row.name or "Unnamed clinic",
        street=row.street,
        locality=_locality(row.city, row.state, row.postal_code),
        state_name=_state_name(row.state),
        phone_text=phone_text,
        phone_href=phone_href,
        website=_link(row.website),
        fee_text=f"{fee} per infusion" if fee else BAND_LABELS["unknown"],
        fee_as_of=display_date(row.fee_as_of) if fee else "",
        fee_source=_link(row.fee_source_url, "fee source"),
        band=row.fee_band if row.fee_band in FEE_BANDS else "unknown",
        routes=_in_order(row.routes, ROUTE_CODES),
        route_labels=_labels(row.routes, "route"),
        condition_labels=_labels(row.conditions, "condition"),
        location_note=APPROXIMATE.get(row.geo_precision, "") if on_map else "",
        latitude=row.latitude if on_map else None,
        longitude=row.longitude if on_map else None,
        city=row.city,
        fee_min=row.fee_min,
        fee_max=row.fee_max,
        conditions=_in_order(row.conditions, CONDITION_CODES),
    )


def display_date(iso: str) -> str:
    """ "2026-12-01" as "Dec 1, 2026"; anything that is not an ISO date stays as it is."""
    try:
        day = date.fromisoformat(iso[:10])
    except ValueError:
        return iso
    return f"{_MONTHS[day.month - 1]} {day.day}, {day.year}"


def safe_web_url(value: str) -> str | None:
    """The URL when it is an absolute http(s) URL with a host; None for javascript:, data:, relative or malformed
    values, and for any holding a space or a control character."""
    link = _link(value)
    return link.href if link else None


def _link(url: str, name: str | None = None) -> Link | None:
    """A link to an absolute http(s) URL, named `name` or else by its host; None for any other value."""
    if not url.lower().startswith(("http://", "https://")) or _SPACE_OR_CONTROL.search(url):
        return None
    host = sites.host(url)
    return Link(url, name or host.removeprefix("www.")) if host else None


def _locality(city: str, state: str, postal_code: str) -> str:
    place = f"{city}, {state}" if city and state else city or state
    return f"{place} {postal_code}" if place and postal_code else place or postal_code


def _phone(value: str) -> tuple[str, str | None]:
    """The number as shown, and a tel: URL when it has enough digits to dial."""
    us_number = _US_E164.match(value)
    if us_number:   # "+1" and ten digits: dialled as written
        return f"({us_number[1]}) {us_number[2]}-{us_number[3]}", "tel:" + value
    digits = _NOT_DIGIT.sub("", value)
    if len(digits) < 7:   # "call us" or an extension alone: nothing a phone could dial
        return value, None
    return value, "tel:" + ("+" if value.startswith("+") else "") + digits


# States, routes and conditions repeat across thousands of rows: each distinct value is worded once.
@lru_cache(maxsize=1024)
def _state_name(code: str) -> str:
    found = us.states.lookup(code) if code else None
    return found.name if found else (code or UNKNOWN_STATE)


@lru_cache(maxsize=1024)
def _in_order(codes: str, vocabulary: tuple[str, ...]) -> tuple[str, ...]:
    listed = _codes(codes)
    return tuple(code for code in vocabulary if code in listed)


@lru_cache(maxsize=4096)
def _labels(codes: str, vocabulary: str) -> str:
    labels = ROUTE_LABELS if vocabulary == "route" else CONDITION_LABELS
    return ", ".join(labels.get(code, code) for code in _codes(codes))


def _anchor(clinic_id: str, position: int, used: set[str]) -> str:
    anchor = clinic_id if _HTML_ID.match(clinic_id) else f"clinic-{position}"
    while anchor in used:
        anchor += "-"
    used.add(anchor)
    return anchor


def _codes(codes: str) -> list[str]:
    return [code.strip() for code in codes.split(";") if code.strip()]
