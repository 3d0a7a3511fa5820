"""The clinic frame's schema, checked before anything is written: a build never publishes a malformed row."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa

from directory.errors import InputError
from directory.outputs import CLINICS_COLUMNS

_TEXT = {"nullable": True}
CLINICS_SCHEMA = pa.DataFrameSchema(
    {
        "clinic_id": pa.Column(str, pa.Check.str_matches(r"^kc-[0-9a-f]{10}$"), unique=True),
        "status": pa.Column(str, pa.Check.isin(["listed", "excluded", "review"])),
        "reason_code": pa.Column(str, pa.Check.str_length(min_value=1)),
        "reason": pa.Column(str, pa.Check.str_length(min_value=1)),
        "fee_band": pa.Column(str, pa.Check.isin(["typical", "above", "below", "unknown"])),
        "name": pa.Column(str, pa.Check.str_length(min_value=1)),
        "state": pa.Column(str, pa.Check.str_matches(r"^([A-Z]{2})?$"), **_TEXT),
        "postal_code": pa.Column(str, pa.Check.str_matches(r"^(\d{5})?$"), **_TEXT),
        "fee_min": pa.Column(float, pa.Check.gt(0), nullable=True),
        "fee_max": pa.Column(float, pa.Check.gt(0), nullable=True),
        "latitude": pa.Column(float, pa.Check.in_range(-90, 90), nullable=True),
        "longitude": pa.Column(float, pa.Check.in_range(-180, 180), nullable=True),
    },
    checks=[pa.Check(lambda df: ~(df["fee_max"] < df["fee_min"]), error="fee_max below fee_min")],
)


def validate_clinics(frame: pd.DataFrame) -> pd.DataFrame:
    """Raise InputError naming the clinics and the failed checks; the caller has written nothing yet."""
    missing = [c for c in CLINICS_COLUMNS if c not in frame.columns]
    if missing:
        raise InputError(f"clinic table lacks column(s) {', '.join(missing)}")
    try:
        return CLINICS_SCHEMA.validate(frame, lazy=True)
    except pa.errors.SchemaErrors as exc:
        cases = exc.failure_cases.head(10)
        lines = [
            f"{case.column or 'row'} {case.check}: {case.failure_case!r}"
            + (f" (clinic {frame.at[case.index, 'clinic_id']})" if case.index in frame.index else "")
            for case in cases.itertuples()
        ]
        raise InputError("clinic table fails its schema: " + "; ".join(lines)) from None
