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


def csv_text(frame: pd.DataFrame, columns: tuple[str, ...]) -> str:
    """The columns as CSV for a spreadsheet: a column the frame lacks is written empty, like every missing value,
    and a text cell a spreadsheet would evaluate is neutralised (directory.spreadsheet)."""
    table = neutralised_frame(frame.reindex(columns=list(columns)))
    text = table.to_csv(index=False, lineterminator="\n", float_format=number_cell)
    if "\r" in text:
        # Python 3.11's csv writer quotes a cell holding "\n" but not one holding a lone "\r", which readers take
        # for the end of the row: such a file has every cell quoted instead.
        text = table.to_csv(index=False, lineterminator="\n", float_format=number_cell, quoting=csv.QUOTE_ALL)
    return text


def geojson_text(frame: pd.DataFrame, attribution: list[str]) -> str:
    """The clinics that have coordinates as a GeoJSON FeatureCollection of Points, with the credits their data
    requires in its `attribution` member; empty text and missing values are null."""
    latitude, longitude = (pd.to_numeric(frame[name], errors="coerce").to_numpy(dtype=float) if name in frame
                           else np.full(len(frame), np.nan) for name in COORDINATES)
    placed = np.isfinite(latitude) & np.isfinite(longitude)
    names = [name for name in DIRECTORY_COLUMNS if name not in COORDINATES]
    properties = frame.loc[placed].reindex(columns=names).astype(object)
    properties = properties.where(properties.notna() & properties.ne(""), None)
    features = [{"type": "Feature", "id": values[0], "properties": dict(zip(names, values)),
                 "geometry": {"type": "Point", "coordinates": [round(lon, COORDINATE_DECIMALS),
                                                               round(lat, COORDINATE_DECIMALS)]}}
                for values, lat, lon in zip(properties.itertuples(index=False, name=None), latitude[placed].tolist(),
                                            longitude[placed].tolist())]
    document = {"type": "FeatureCollection", "attribution": attribution, "features": features}
    # orjson writes the same JSON as json.dumps(ensure_ascii=False, sort_keys=True), compact, in a seventh of the
    # time: 0.05 s against 0.35 s for the 17,000 listed clinics of a 30,000-item build.
    return orjson.dumps(document, option=orjson.OPT_SORT_KEYS).decode() + "\n"
