"""Loose values (JSON fields, CSV cells, frame cells) as plain text and numbers; a missing one is "" or None."""

from __future__ import annotations

import math

import pandas as pd


def missing(value: object) -> bool:
    """None, NaN, pandas' NA or text that is blank."""
    if isinstance(value, str):
        return not value.strip()
    return value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value))


def text(value: object) -> str:
    """The value as stripped text; "" when it is missing (never "nan" or "None")."""
    if isinstance(value, str):
        return value.strip()
    return "" if missing(value) else str(value).strip()


def number(value: object) -> float | None:
    """A finite number from a number or numeric text ("450", " 1062.5 "); None for anything else, true/false too."""
    if isinstance(value, bool):
        return None
    try:
        result = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return result if math.isfinite(result) else None
