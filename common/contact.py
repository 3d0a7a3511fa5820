"""One normal form for the contact fields every source publishes differently: phone, state and ZIP code."""

from __future__ import annotations

import re

import phonenumbers
import us

_ZIP = re.compile(r"\b(\d{5})(?:-\d{4})?\b")


def normalize_phone(raw: str) -> str:
    """E.164 for a valid US number; the published text otherwise (a clinic is never dropped over its phone)."""
    raw = (raw or "").strip().removeprefix("tel:")
    if not raw:
        return ""
    try:
        number = phonenumbers.parse(raw, "US")
    except phonenumbers.NumberParseException:
        return raw
    # 555-01xx numbers are reserved for fiction and fail validation; they still have the shape of a number. The
    # cheap length test goes first: validation matches the number against its region's patterns.
    if phonenumbers.is_possible_number(number) or phonenumbers.is_valid_number(number):
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return raw


def normalize_state(raw: str) -> str:
    raw = (raw or "").replace(".", "").strip()
    if not raw:
        return ""
    state = us.states.lookup(raw)
    return state.abbr if state else raw.upper()[:2]


def normalize_zip(raw: str) -> str:
    match = _ZIP.search(raw or "")
    return match.group(1) if match else ""
