"""The build's files and their columns (the contract DATA_FORMAT.md documents), written by pandas and json."""

from __future__ import annotations

import csv

import numpy as np
import orjson
import pandas as pd

from directory.spreadsheet import neutralised_frame

CLINICS_COLUMNS = (
    "clinic_id", "status", "reason_code", "reason", "fee_band", "fee_flag", "name", "street", "city", "state",
    "postal_code", "phone", "website", "fee_min", "fee_max", "fee_confidence", "fee_note", "fee_evidence",
    "fee_source_url",
    "fee_as_of", "routes", "conditions", "ketamine_provider", "latitude", "longitude", "geo_precision", "geo_issue",
    "sources", "licences", "first_seen", "last_seen", "reviewed_by", "reviewed_on",
)
DIRECTORY_COLUMNS = (
    "clinic_id", "name", "street", "city", "state", "postal_code", "phone", "website", "fee_min", "fee_max",
    "fee_band", "fee_flag", "fee_as_of", "fee_source_url", "routes", "conditions", "latitude", "longitude",
    "geo_precision", "first_seen", "last_seen", "licences",
)
COORDINATES = ("latitude", "longitude")
COORDINATE_DECIMALS = 6   # about 0.1 m: more than any source knows, less than float noise
AUDIT_COLUMNS = (
    "clinic_id", "column", "crawled_value", "reviewed_value", "reviewer", "reviewed_on", "reason", "overrides_line",
)


def number_cell(value: float) -> str:
    """A number as the CSVs write it: "450", "1062.5", "-104.990251" (at most six decimals, no exponent)."""
    return f"{value:.{COORDINATE_DECIMALS}f}".rstrip("0").rstrip(".")


def number_cells(values: pd.Series) -> list[str]:
    """A number column as the CSVs write it, "" for a missing value."""
    return ["" if v != v else number_cell(v) for v in values.tolist()]


def csv_text(frame: pd.DataFrame, columns: tuple[str, ...]) -> str:
    """The columns as CSV for a spreadsheet: a column the frame lacks is written empty, like every missing value,
    and a text cell a spreadsheet would evaluate is neutralised (directory.spreadsheet)."""
    table = neutralised_frame(frame.reindex(columns=list(columns)))
    # Numbers made text here rather than by a float_format callback, which pandas calls once per cell: a fifth of
    # the time of a 22,000-row clinics.csv. After neutralising, since "-104.99" is a value, not a formula.
    for name in table.columns:
        if table[name].dtype.kind == "f":
            table[name] = number_cells(table[name])
    text = table.to_csv(index=False, lineterminator="\n")
    if "\r" in text:
        # Python 3.11's csv writer quotes a cell holding "\n" but not one holding a lone "\r", which readers take
        # for the end of the row: such a file has every cell quoted instead.
        text = table.to_csv(index=False, lineterminator="\n", quoting=csv.QUOTE_ALL)
    return text


def geojson_text(frame: pd.DataFrame, attribution: list[str]) -> str:
    """The clinics that have coordinates as a GeoJSON FeatureCollection of Points, with the credits their data
    requires in its `attribution` member; empty text and missing values are null."""
    latitude, longitude = (pd.to_numeric(frame[name], errors="coerce").to_numpy(dtype=float) if name in frame
                           else np.full(len(frame), np.nan) for name in COORDINATES)
    placed = np.isfinite(latitude) & np.isfinite(longitude)
    names = [name for name in DIRECTORY_COLUMNS if name not in COORDINATES]
    shown = frame.loc[placed]
    columns = [_json_values(shown[name]) if name in shown else [None] * len(shown) for name in names]
    features = [{"type": "Feature", "id": values[0], "properties": dict(zip(names, values)),
                 "geometry": {"type": "Point", "coordinates": [round(lon, COORDINATE_DECIMALS),
                                                               round(lat, COORDINATE_DECIMALS)]}}
                for values, lat, lon in zip(zip(*columns), latitude[placed].tolist(), longitude[placed].tolist())]
    document = {"type": "FeatureCollection", "attribution": attribution, "features": features}
    # orjson writes the same JSON as json.dumps(ensure_ascii=False, sort_keys=True), compact, in a seventh of the
    # time: 0.05 s against 0.35 s for the 17,000 listed clinics of a 30,000-item build.
    return orjson.dumps(document, option=orjson.OPT_SORT_KEYS).decode() + "\n"


def _json_values(column: pd.Series) -> list:
    """The column's values, None for a missing value or empty text."""
    missing = (column.isna() | column.eq("")).tolist()
    return [None if gone else value for value, gone in zip(column.tolist(), missing)]
