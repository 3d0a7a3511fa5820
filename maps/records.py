"""Turn listed-clinic rows into what a patient reads: plain strings, safe links, fee wording, vocabulary labels.

Everything here stays plain text; escaping happens where the text meets HTML (Jinja autoescape) or a script
(maps.safe_json). Unknown values (empty, NaN) become empty strings or None, never the text "nan".

The frame is read column by column rather than row by row: a dict and a dozen function calls per row were 3.9
of the page's 6 s at 56,000 clinics, and states, routes and conditions repeat across thousands of rows, so each
of their distinct values is worded once.
"""

from __future__ import annotations

import math
import re
from datetime import date
from typing import Callable, Iterable, NamedTuple

import pandas as pd
import us

from directory.frames import column_values
from common.vocabulary import CONDITION_CODES, CONDITION_LABELS, ROUTE_CODES, ROUTE_LABELS

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

_HTML_ID = re.compile(r"^[A-Za-z][\w-]*$")
_US_E164 = re.compile(r"^\+1(\d{3})(\d{3})(\d{4})$")
_NOT_DIGIT = re.compile(r"\D")
# no space or control character anywhere; then scheme, optional user info, host (name, IPv4 or [IPv6]), optional
# port, and the end or a path/query/fragment
_WEB_URL = re.compile(
    r"(?i)(?=[^\s\x00-\x1f]*\Z)https?://(?:[^/?#@]*@)?(\[[0-9a-f:.]+\]|[^/?#:@\[\]]+)(?::\d*)?(?:[/?#]|$)")


# Named tuples rather than frozen dataclasses: just as immutable, and several times cheaper to create, which
# mattered at 56,000 clinics.
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
    """One record per row, in the order of the list: by state name, then clinic name."""
    city, state = _texts(clinics, "city"), _texts(clinics, "state")
    fee_min, fee_max = _numbers(clinics, "fee_min"), _numbers(clinics, "fee_max")
    latitude, longitude = _numbers(clinics, "latitude"), _numbers(clinics, "longitude")
    placed = [lat is not None and lon is not None and -90 <= lat <= 90 and -180 <= lon <= 180
              for lat, lon in zip(latitude, longitude)]
    phones, routes = list(map(_phone, _texts(clinics, "phone"))), _texts(clinics, "routes")
    fields = {
        "anchor": _anchors(_texts(clinics, "clinic_id")),
        "name": [name or "Unnamed clinic" for name in _texts(clinics, "name")],
        "street": _texts(clinics, "street"),
        "locality": list(map(_locality, city, state, _texts(clinics, "postal_code"))),
        "state_name": _each_distinct(_state_name, state),
        "phone_text": [text for text, _ in phones],
        "phone_href": [href for _, href in phones],
        "website": _web_links(_texts(clinics, "website")),
        "fee_text": _fee_texts(fee_min, fee_max),
        "fee_as_of": [as_of if fee is not None else ""
                      for as_of, fee in zip(_each_distinct(display_date, _texts(clinics, "fee_as_of")), fee_min)],
        "fee_source": _web_links(_texts(clinics, "fee_source_url"), text="fee source"),
        "band": [band if band in FEE_BANDS else "unknown" for band in _texts(clinics, "fee_band")],
        "routes": _each_distinct(_routes_in_order, routes),
        "route_labels": _each_distinct(_route_labels, routes),
        "condition_labels": _each_distinct(_condition_labels, _texts(clinics, "conditions")),
        "location_note": [APPROXIMATE.get(precision, "") if on_map else ""
                          for precision, on_map in zip(_texts(clinics, "geo_precision"), placed)],
        "latitude": [lat if on_map else None for lat, on_map in zip(latitude, placed)],
        "longitude": [lon if on_map else None for lon, on_map in zip(longitude, placed)],
        "city": city,
        "fee_min": fee_min,
        "fee_max": fee_max,
        "conditions": _each_distinct(_conditions_in_order, _texts(clinics, "conditions")),
    }
    return _in_list_order(map(ClinicRecord._make, zip(*(fields[name] for name in ClinicRecord._fields))))


def _in_list_order(records: Iterable[ClinicRecord]) -> list[ClinicRecord]:
    """By state name, the unknown state last, then by clinic name; sorted state by state, which took a third of
    the time of one sort by (state, name) at 56,000 clinics."""
    by_state: dict[str, list[ClinicRecord]] = {}
    for record in records:
        by_state.setdefault(record.state_name, []).append(record)
    return [record for state in sorted(by_state, key=lambda name: (name == UNKNOWN_STATE, name))
            for record in sorted(by_state[state], key=lambda r: r.name.casefold())]


def fee_wording(fee_min: float | None, fee_max: float | None) -> str:
    if fee_min is None:
        return "Fee not published"
    if fee_max is None:
        return f"from {_dollars(fee_min)} per infusion"
    if fee_max == fee_min:
        return f"{_dollars(fee_min)} per infusion"
    return f"{_dollars(fee_min)}-{_dollars(fee_max)} per infusion"


def _fee_texts(fee_min: list[float | None], fee_max: list[float | None]) -> list[str]:
    """fee_wording for each row, called once per distinct pair of fees."""
    pairs = list(zip(fee_min, fee_max))
    # A zero fee is worded on its own: 0.0 and -0.0 are one key to a dict but are worded "$0" and "$-0".
    worded = {pair: fee_wording(*pair) for pair in set(pairs) if 0 not in pair}
    return [worded[pair] if 0 not in pair else fee_wording(*pair) for pair in pairs]


def display_date(iso: str) -> str:
    """ "2026-12-01" as "Dec 1, 2026"; anything that is not an ISO date stays as it is."""
    try:
        day = date.fromisoformat(iso[:10])
    except ValueError:
        return iso
    return f"{_MONTHS[day.month - 1]} {day.day}, {day.year}"


def _dollars(amount: float) -> str:
    return f"${amount:,.0f}" if amount == int(amount) else f"${amount:,.2f}"


def safe_web_url(value: str) -> str | None:
    """The URL when it is an absolute http(s) URL; None for javascript:, data:, relative or malformed values."""
    return value if _web_host(value) else None


def _web_host(value: str) -> str | None:
    """The host of an absolute http(s) URL, lowercased; a regex because urlsplit was a third of the page's build
    time at 50,000 clinics."""
    found = _WEB_URL.match(value)
    return found[1].strip("[]").lower() if found else None


def _web_links(urls: list[str], text: str | None = None) -> list[Link | None]:
    """A link for each absolute http(s) URL, named `text` or else by its host; None for any other value."""
    hosts = map(_web_host, urls)
    return [Link(url, text or host.removeprefix("www.")) if host else None for url, host in zip(urls, hosts)]


def _locality(city: str, state: str, postal_code: str) -> str:
    place = f"{city}, {state}" if city and state else city or state
    return f"{place} {postal_code}" if place and postal_code else place or postal_code


def _phone(value: str) -> tuple[str, str | None]:
    """The stripped number `value` as shown, and a tel: URL when it has enough digits to dial."""
    us_number = _US_E164.match(value)
    if us_number:   # "+1" and ten digits: dialled as written
        return f"({us_number[1]}) {us_number[2]}-{us_number[3]}", "tel:" + value
    digits = _NOT_DIGIT.sub("", value)
    if len(digits) < 7:   # "call us" or an extension alone: nothing a phone could dial
        return value, None
    return value, "tel:" + ("+" if value.startswith("+") else "") + digits


def _state_name(code: str) -> str:
    found = us.states.lookup(code) if code else None
    return found.name if found else (code or UNKNOWN_STATE)


def _routes_in_order(text: str) -> tuple[str, ...]:
    codes = _codes(text)
    return tuple(code for code in ROUTE_CODES if code in codes)


def _conditions_in_order(text: str) -> tuple[str, ...]:
    codes = _codes(text)
    return tuple(code for code in CONDITION_CODES if code in codes)


def _route_labels(text: str) -> str:
    return ", ".join(ROUTE_LABELS.get(code, code) for code in _codes(text))


def _condition_labels(text: str) -> str:
    return ", ".join(CONDITION_LABELS.get(code, code) for code in _codes(text))


def _anchors(clinic_ids: list[str]) -> list[str]:
    anchors: list[str] = []
    used: set[str] = set()
    for position, clinic_id in enumerate(clinic_ids):
        anchor = clinic_id if _HTML_ID.match(clinic_id) else f"clinic-{position}"
        while anchor in used:
            anchor += "-"
        used.add(anchor)
        anchors.append(anchor)
    return anchors


def _codes(text: str) -> list[str]:
    return [code.strip() for code in text.split(";") if code.strip()]


def _each_distinct(word: Callable[[str], object], texts: list[str]) -> list:
    """`word(text)` for each text, called once per distinct text."""
    worded = {text: word(text) for text in set(texts)}
    return [worded[text] for text in texts]


def _texts(clinics: pd.DataFrame, column: str) -> list[str]:
    """The column as stripped text; "" for a missing value, and throughout when the frame lacks the column."""
    if column not in clinics.columns:
        return [""] * len(clinics)
    # A str goes straight to strip(): _text's checks on every value cost 0.15 s more at 56,000 clinics.
    return [value.strip() if type(value) is str else _text(value) for value in column_values(clinics, column)]


def _numbers(clinics: pd.DataFrame, column: str) -> list[float | None]:
    if column not in clinics.columns:
        return [None] * len(clinics)
    return list(map(_number, column_values(clinics, column)))


def _text(value: object) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
        return ""
    return str(value).strip()


def _number(value: object) -> float | None:
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None
