"""The rules a clinic's values obey, and the clinic frame's schema built from them, checked before anything is
written: a build never publishes a malformed row. The overrides reader checks a reviewer's cells with the same
rules, so a value it accepts never fails the schema later without a file and line."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pandera.pandas as pa

from common.gazetteer import gazetteer
from directory.errors import InputError
from directory.identity import CLINIC_ID
from directory.outputs import CLINICS_COLUMNS

# A per-infusion fee in US dollars; anything above this is a typing or reading slip, not a price.
MAX_FEE = 100_000


def valid_fees(values) -> np.ndarray:
    """Where a fee is missing, or a positive number of dollars up to MAX_FEE."""
    fees = _floats(values)
    return np.isnan(fees) | ((fees > 0) & (fees <= MAX_FEE))


def ordered_fees(fee_min, fee_max) -> np.ndarray:
    """Where fee_max is not below fee_min (or either is missing)."""
    low, high = _floats(fee_min), _floats(fee_max)
    return ~(high < low)


def valid_points(latitude, longitude, states) -> np.ndarray:
    """Where a clinic has no point, or a point inside the US and inside the bounds of its state when it has one."""
    lat, lon = _floats(latitude), _floats(longitude)
    absent = np.isnan(lat) & np.isnan(lon)
    bounds = gazetteer().bounds
    in_us = np.zeros(len(lat), dtype=bool)
    for south, west, north, east in bounds.values():
        in_us |= (lat >= south) & (lat <= north) & (lon >= west) & (lon <= east)
    box = np.array([bounds.get(state, (-90.0, -180.0, 90.0, 180.0)) if isinstance(state, str) else
                    (-90.0, -180.0, 90.0, 180.0) for state in states], dtype=float).reshape(-1, 4)
    in_state = (lat >= box[:, 0]) & (lat <= box[:, 2]) & (lon >= box[:, 1]) & (lon <= box[:, 3])
    return absent | (in_us & in_state)


def fee_problem(value: float) -> str:
    """Why one fee breaks the rule, or ""."""
    return "" if valid_fees([value])[0] else f"must be a positive number of dollars up to {MAX_FEE:,}"


def point_problem(latitude: float, longitude: float, state: str) -> str:
    """Why one point breaks the rule, or ""."""
    if valid_points([latitude], [longitude], [state])[0]:
        return ""
    shown = f"({latitude:g}, {longitude:g})"
    if not (math.isfinite(latitude) and math.isfinite(longitude)) or not gazetteer().in_us(latitude, longitude):
        return f"{shown} is not a point in the United States"
    return f"{shown} is outside {state}, the clinic's state"


def _floats(values) -> np.ndarray:
    return pd.to_numeric(pd.Series(values, dtype=object), errors="coerce").to_numpy(dtype=float)


_TEXT = {"nullable": True}
_FEE_CHECK = pa.Check(lambda fees: pd.Series(valid_fees(fees), index=fees.index),
                      error=f"a fee is a positive number of dollars up to {MAX_FEE:,}")
CLINICS_SCHEMA = pa.DataFrameSchema(
    {
        "clinic_id": pa.Column(str, pa.Check.str_matches(rf"^{CLINIC_ID}$"), unique=True),
        "status": pa.Column(str, pa.Check.isin(["listed", "excluded", "review"])),
        "reason_code": pa.Column(str, pa.Check.str_length(min_value=1)),
        "reason": pa.Column(str, pa.Check.str_length(min_value=1)),
        "fee_band": pa.Column(str, pa.Check.isin(["typical", "above", "below", "unknown"])),
        "name": pa.Column(str, pa.Check.str_length(min_value=1)),
        "state": pa.Column(str, pa.Check.str_matches(r"^([A-Z]{2})?$"), **_TEXT),
        "postal_code": pa.Column(str, pa.Check.str_matches(r"^(\d{5})?$"), **_TEXT),
        "fee_min": pa.Column(float, _FEE_CHECK, nullable=True),
        "fee_max": pa.Column(float, _FEE_CHECK, nullable=True),
        "latitude": pa.Column(float, nullable=True),
        "longitude": pa.Column(float, nullable=True),
    },
    checks=[
        pa.Check(lambda df: pd.Series(ordered_fees(df["fee_min"], df["fee_max"]), index=df.index),
                 error="fee_max below fee_min"),
        pa.Check(lambda df: pd.Series(valid_points(df["latitude"], df["longitude"], df["state"].tolist()),
                                      index=df.index), error="point outside the US or outside its state"),
    ],
)


def validate_clinics(frame: pd.DataFrame) -> pd.DataFrame:
    """Raise InputError naming the clinics and the failed checks; the caller has written nothing yet."""
    missing = [c for c in CLINICS_COLUMNS if c not in frame.columns]
    if missing:
        raise InputError(f"clinic table lacks column(s) {', '.join(missing)}")
    try:
        # Only the columns the schema checks: pandera looks for missing values across every column it is given.
        CLINICS_SCHEMA.validate(frame[list(CLINICS_SCHEMA.columns)], lazy=True)
        return frame
    except pa.errors.SchemaErrors as exc:
        cases = exc.failure_cases.head(10)
        lines = [
            f"{case.column or 'row'} {case.check}: {case.failure_case!r}"
            + (f" (clinic {frame.at[case.index, 'clinic_id']})" if case.index in frame.index else "")
            for case in cases.itertuples()
        ]
        raise InputError("clinic table fails its schema: " + "; ".join(lines)) from None
