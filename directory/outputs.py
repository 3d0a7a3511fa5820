"""The build's files, their columns (the contract DATA_FORMAT.md documents) and atomic writing."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import pandas as pd

from directory.frames import row_dicts

CLINICS_COLUMNS = (
    "clinic_id", "status", "reason_code", "reason", "fee_band", "fee_flag", "name", "street", "city", "state",
    "postal_code", "phone", "website", "fee_min", "fee_max", "fee_note", "fee_evidence", "fee_source_url",
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


def write_atomic(path: Path, data: str | bytes) -> Path:
    """Write beside the target, then rename over it: a reader sees the old file or the new one, never half."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def csv_text(frame: pd.DataFrame, columns: tuple[str, ...]) -> str:
    table = frame.reindex(columns=list(columns))
    for column in COORDINATES:
        if column in table:   # "%.6g" would keep three decimals of a longitude: ~100 m
            numbers = pd.to_numeric(table[column], errors="coerce")
            table[column] = ["" if n != n else f"{n:.{COORDINATE_DECIMALS}f}".rstrip("0").rstrip(".")
                             for n in numbers]
    return table.to_csv(index=False, lineterminator="\n", float_format="%.6g")


def geojson_text(frame: pd.DataFrame, attribution: list[str]) -> str:
    """Listed clinics with coordinates as GeoJSON points, one feature per line; the credits travel in the
    collection's `attribution` member. (json's C encoder runs only without `indent`, hence the manual layout.)"""
    lines = []
    for row in row_dicts(frame, DIRECTORY_COLUMNS):
        lat, lon = row.pop("latitude"), row.pop("longitude")
        if pd.isna(lat) or pd.isna(lon):
            continue
        properties = {k: (None if _missing(v) else v) for k, v in row.items()}
        feature = {"type": "Feature", "id": properties["clinic_id"], "properties": properties,
                   "geometry": {"type": "Point", "coordinates": [round(float(lon), COORDINATE_DECIMALS),
                                                                   round(float(lat), COORDINATE_DECIMALS)]}}
        lines.append(json.dumps(feature, ensure_ascii=False, sort_keys=True))
    head = json.dumps({"type": "FeatureCollection", "attribution": attribution}, ensure_ascii=False, sort_keys=True)
    return head[:-1] + ', "features": [\n' + ",\n".join(lines) + "\n]}\n"


def _missing(value) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and value != value) or value == ""
