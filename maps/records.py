"""Turn listed-clinic rows into what a patient reads: plain strings, safe links, fee wording, vocabulary labels.

Everything here stays plain text; escaping happens where the text meets HTML (Jinja autoescape) or a script
(maps.safe_json). Unknown values (empty, NaN) become empty strings or None, never the text "nan".
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd
import us

from directory.frames import row_dicts
from spiders.extract.vocabulary import CONDITION_LABELS, ROUTE_CODES, ROUTE_LABELS

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

_HTML_ID = re.compile(r"^[A-Za-z][\w-]*$")
_US_E164 = re.compile(r"^\+1(\d{3})(\d{3})(\d{4})$")
_SPACE_OR_CONTROL = re.compile(r"[\s\x00-\x1f]")
# scheme, optional user info, host (name, IPv4 or [IPv6]), optional port, then the end or a path/query/fragment
_WEB_URL = re.compile(r"(?i)https?://(?:[^/?#@]*@)?(\[[0-9a-f:.]+\]|[^/?#:@\[\]]+)(?::\d*)?(?:[/?#]|$)")


@dataclass(frozen=True)
class Link:
    href: str
    text: str


@dataclass(frozen=True)
class ClinicRecord:
    anchor: str                   # HTML id of the list entry, also the key the map uses to find it
    name: str
    street: str
    locality: str                 # "City, ST 80202"
    state_name: str
    phone_text: str
    phone_href: str | None        # a tel: URL when the number has enough digits to dial
    website: Link | None
    fee_text: str
    fee_as_of: str
    fee_source: Link | None
    band: str
    routes: tuple[str, ...]       # vocabulary codes, in vocabulary order
    route_labels: str
    condition_labels: str
    location_note: str
    latitude: float | None
    longitude: float | None
    city: str

    @property
    def on_map(self) -> bool:
        return self.latitude is not None and self.longitude is not None


def clinic_records(clinics: pd.DataFrame) -> list[ClinicRecord]:
    """One record per row, in the order of the list: by state name, then clinic name."""
    records = []
    used_anchors: set[str] = set()
    for position, row in enumerate(row_dicts(clinics)):
        records.append(_record(row, _anchor(_text(row.get("clinic_id")), position, used_anchors)))
    return sorted(records, key=lambda r: (r.state_name == UNKNOWN_STATE, r.state_name, r.name.casefold()))


def _record(row: dict, anchor: str) -> ClinicRecord:
    city, state, postal = _text(row.get("city")), _text(row.get("state")), _text(row.get("postal_code"))
    fee_min, fee_max = _number(row.get("fee_min")), _number(row.get("fee_max"))
    band = _text(row.get("fee_band"))
    route_codes = _codes(row.get("routes"))
    latitude, longitude = _number(row.get("latitude")), _number(row.get("longitude"))
    if latitude is None or longitude is None or not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        latitude = longitude = None
    return ClinicRecord(
        anchor=anchor,
        name=_text(row.get("name")) or "Unnamed clinic",
        street=_text(row.get("street")),
        locality=" ".join(part for part in (", ".join(p for p in (city, state) if p), postal) if part),
        state_name=_state_name(state),
        phone_text=_phone_text(_text(row.get("phone"))),
        phone_href=_phone_href(_text(row.get("phone"))),
        website=_web_link(_text(row.get("website"))),
        fee_text=fee_wording(fee_min, fee_max),
        fee_as_of=_text(row.get("fee_as_of")) if fee_min is not None else "",
        fee_source=_web_link(_text(row.get("fee_source_url")), text="fee source"),
        band=band if band in FEE_BANDS else "unknown",
        routes=tuple(code for code in ROUTE_CODES if code in route_codes),
        route_labels=", ".join(ROUTE_LABELS.get(code, code) for code in route_codes),
        condition_labels=", ".join(CONDITION_LABELS.get(code, code) for code in _codes(row.get("conditions"))),
        location_note=APPROXIMATE.get(_text(row.get("geo_precision")), "") if latitude is not None else "",
        latitude=latitude,
        longitude=longitude,
        city=city,
    )


def fee_wording(fee_min: float | None, fee_max: float | None) -> str:
    if fee_min is None:
        return "Fee not published"
    if fee_max is None:
        return f"from {_dollars(fee_min)} per infusion"
    if fee_max == fee_min:
        return f"{_dollars(fee_min)} per infusion"
    return f"{_dollars(fee_min)}-{_dollars(fee_max)} per infusion"


def _dollars(amount: float) -> str:
    return f"${amount:,.0f}" if amount == int(amount) else f"${amount:,.2f}"


def safe_web_url(value: str) -> str | None:
    """The URL when it is an absolute http(s) URL; None for javascript:, data:, relative or malformed values."""
    return value if _web_host(value) else None


def _web_host(value: str) -> str | None:
    """The host of an absolute http(s) URL, lowercased; a regex because urlsplit was a third of the page's build
    time at 50,000 clinics."""
    if not value or _SPACE_OR_CONTROL.search(value):
        return None
    found = _WEB_URL.match(value)
    return found[1].strip("[]").lower() if found else None


def _web_link(value: str, text: str | None = None) -> Link | None:
    host = _web_host(value)
    if not host:
        return None
    return Link(value, text or host.removeprefix("www."))


def _phone_text(value: str) -> str:
    us_number = _US_E164.match(value)
    return f"({us_number[1]}) {us_number[2]}-{us_number[3]}" if us_number else value


def _phone_href(value: str) -> str | None:
    digits = re.sub(r"\D", "", value)
    if len(digits) < 7:   # "call us" or an extension alone: nothing a phone could dial
        return None
    return "tel:" + ("+" if value.startswith("+") else "") + digits


@lru_cache(maxsize=256)
def _state_name(code: str) -> str:
    found = us.states.lookup(code) if code else None
    return found.name if found else (code or UNKNOWN_STATE)


def _anchor(clinic_id: str, position: int, used: set[str]) -> str:
    anchor = clinic_id if _HTML_ID.match(clinic_id) else f"clinic-{position}"
    while anchor in used:
        anchor += "-"
    used.add(anchor)
    return anchor


def _codes(value: object) -> list[str]:
    return [code.strip() for code in _text(value).split(";") if code.strip()]


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
