"""The build's files and their columns: the contract DATA_FORMAT.md documents."""

from __future__ import annotations

import json
import math
import re

import pandas as pd

from directory.frames import column_values

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


def csv_text(frame: pd.DataFrame, columns: tuple[str, ...]) -> str:
    """The columns as CSV, as pandas' `to_csv` writes them (floats "%.6g", missing values empty, minimal quoting),
    built column by column: pandas' row-by-row writer took 2.3 s for clinics.csv at 75,000 clinics, this 0.5 s."""
    cells = [_csv_cells(frame, name) for name in columns]
    if len(cells) == 1:   # a row of one empty cell is written as "", or it would read as a blank line
        cells = [[value or '""' for value in cells[0]]]
    lines = [",".join(_csv_quoted(list(columns))), *map(",".join, zip(*cells))]
    return "\n".join(lines) + "\n"


def _csv_cells(frame: pd.DataFrame, name: str) -> list[str]:
    if name not in frame.columns:
        return [""] * len(frame)
    series = frame[name]
    if name in COORDINATES:   # "%.6g" would keep three decimals of a longitude: ~100 m
        return ["" if n != n else f"{n:.{COORDINATE_DECIMALS}f}".rstrip("0").rstrip(".")
                for n in pd.to_numeric(series, errors="coerce").tolist()]
    if series.dtype.kind == "f":
        return ["" if n != n else "%.6g" % n for n in series.tolist()]
    if isinstance(series.dtype, pd.StringDtype):
        return _csv_quoted(series.to_numpy(dtype=object, na_value="").tolist())
    return _csv_quoted([_csv_value(v) for v in column_values(frame, name)])


def _csv_value(value) -> str:
    if value.__class__ is str:
        return value
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return ""
    return str(value)   # pandas applies float_format to float columns only


_CSV_SPECIAL = re.compile(r'[",\n\r]')


def _csv_quoted(values: list[str]) -> list[str]:
    """Quoted where the csv module would quote (a comma, quote or line break), doubling inner quotes."""
    if not _CSV_SPECIAL.search("\x00".join(values)):   # most columns hold no such character at all
        return values
    return ['"' + v.replace('"', '""') + '"' if _CSV_SPECIAL.search(v) else v for v in values]


def geojson_text(frame: pd.DataFrame, attribution: list[str]) -> str:
    """Listed clinics with coordinates as GeoJSON points, one feature per line (keys sorted); the credits travel in
    the collection's `attribution` member. Features are assembled from values encoded column by column: a
    json.dumps per feature took 2.8 s at 56,000 clinics, this a fifth of that."""
    names = sorted(name for name in DIRECTORY_COLUMNS if name not in COORDINATES)
    latitudes, longitudes = (pd.to_numeric(frame[name], errors="coerce").astype(float).tolist() if name in frame
                             else [math.nan] * len(frame) for name in COORDINATES)
    placed = [i for i, (lat, lon) in enumerate(zip(latitudes, longitudes)) if math.isfinite(lat + lon)]
    columns = [[values[i] for i in placed] for values in (_json_values(frame, name) for name in names)]
    properties = ", ".join(f"{json.dumps(name)}: %s" for name in names)
    template = ('{"geometry": {"coordinates": [%r, %r], "type": "Point"}, "id": %s, "properties": {'
                + properties + '}, "type": "Feature"}')
    identifiers = columns[names.index("clinic_id")]
    lines = [template % (round(longitudes[i], COORDINATE_DECIMALS), round(latitudes[i], COORDINATE_DECIMALS), *row)
             for i, row in zip(placed, zip(identifiers, *columns))]
    head = json.dumps({"type": "FeatureCollection", "attribution": attribution}, ensure_ascii=False, sort_keys=True)
    return head[:-1] + ', "features": [\n' + ",\n".join(lines) + "\n]}\n"


def _json_values(frame: pd.DataFrame, name: str) -> list[str]:
    """The column as JSON text, one value per row; missing values and empty text are null."""
    if name not in frame.columns:
        return ["null"] * len(frame)
    series = frame[name]
    if isinstance(series.dtype, pd.StringDtype):
        return ["null" if not v else _json_string(v) for v in series.to_numpy(dtype=object, na_value="").tolist()]
    if series.dtype.kind == "f":
        return ["null" if v != v else repr(v) for v in series.tolist()]
    return [json.dumps(None if _missing(v) else v, ensure_ascii=False) for v in column_values(frame, name)]


_json_string = json.encoder.encode_basestring   # what json.dumps(ensure_ascii=False) writes for a str, in C


def _missing(value) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and value != value) or value == ""
