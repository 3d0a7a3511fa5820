"""The column-wise CSV and GeoJSON writers against the general-purpose writers they stand in for."""

import csv
import io
import json
import math
import os
import stat

import pandas as pd
import pytest

from common.files import write_atomic
from directory.outputs import DIRECTORY_COLUMNS, csv_text, geojson_text

TRICKY_TEXT = ['plain', 'comma, inside', 'quote " inside', 'line\nbreak', 'crlf\r\nbreak', '', None, ' spaced ',
               'semi; colon', 'é 😀 \u2028', '"', ',']


def _frame(n: int = len(TRICKY_TEXT)) -> pd.DataFrame:
    text = (TRICKY_TEXT * (n // len(TRICKY_TEXT) + 1))[:n]
    return pd.DataFrame({
        "clinic_id": [f"kc-{i:010x}" for i in range(n)],
        "name": pd.Series(text, dtype="str"),
        "street": pd.Series(list(reversed(text)), dtype="str"),
        "fee_min": [450.0, None, 1234567.891, 0.1, 600.5, 2e-7] * (n // 6) + [float("nan")] * (n % 6),
        "latitude": [39.7392358, None, -33.1, 0.0, 64.2008413, 19.8968] * (n // 6) + [1.5] * (n % 6),
        "longitude": [-104.990251, -1.0, None, 0.000001, -149.4936733, -155.5828] * (n // 6) + [2.5] * (n % 6),
        "ketamine_provider": [True, False] * (n // 2) + [True] * (n % 2),
        "mixed": ([1, 2.5, "x,y", None, True, float("nan"), 450.0, 1500000.0] * (n // 8 + 1))[:n],
    })


@pytest.mark.parametrize("columns", [
    ("clinic_id", "name", "street", "fee_min", "ketamine_provider", "mixed"),
    ("name",),
    ("clinic_id", "absent", "fee_min"),
])
def test_csv_matches_pandas(columns):
    frame = _frame()
    expected = frame.reindex(columns=list(columns)).to_csv(index=False, lineterminator="\n", float_format="%.6g")
    assert csv_text(frame, columns) == expected


def test_csv_reads_back_cell_for_cell():
    # A bare carriage return as well: Python 3.11's csv module leaves it unquoted, and readers then cut the row.
    text = [*TRICKY_TEXT, "carriage\rreturn"]
    frame = pd.DataFrame({"name": pd.Series(text, dtype="str"), "street": pd.Series(text[::-1], dtype="str")})
    rows = list(csv.reader(io.StringIO(csv_text(frame, ("name", "street")), newline="")))
    assert rows[0] == ["name", "street"]
    assert [row[0] for row in rows[1:]] == [t or "" for t in text]
    assert [row[1] for row in rows[1:]] == [t or "" for t in text[::-1]]


def test_csv_coordinates_keep_six_decimals():
    text = csv_text(_frame(6), ("latitude", "longitude"))
    assert text.splitlines()[1:] == ["39.739236,-104.990251", ",-1", "-33.1,", "0,0.000001", "64.200841,-149.493673",
                                     "19.8968,-155.5828"]


def _feature_by_dumps(row: dict) -> str:
    """One feature as json.dumps writes it: the reference the column-wise writer must match byte for byte."""
    properties = {k: (None if v is None or (isinstance(v, float) and math.isnan(v)) or v == "" else v)
                  for k, v in row.items() if k not in ("latitude", "longitude")}
    return json.dumps({"type": "Feature", "id": row["clinic_id"], "properties": properties,
                       "geometry": {"type": "Point", "coordinates": [round(row["longitude"], 6),
                                                                       round(row["latitude"], 6)]}},
                      ensure_ascii=False, sort_keys=True)


def test_geojson_matches_json_dumps_feature_for_feature():
    frame = _frame(24).reindex(columns=list(DIRECTORY_COLUMNS))
    frame["name"] = frame["name"].fillna("Unnamed")
    text = geojson_text(frame, ["Credit é"])
    document = json.loads(text)
    placed = [row for row in frame.astype(object).where(frame.notna(), None).to_dict("records")
              if row["latitude"] is not None and row["longitude"] is not None]
    assert document["attribution"] == ["Credit é"]
    assert len(document["features"]) == len(placed) == 16
    assert text.split("\n")[1:-2] == [_feature_by_dumps(row) + "," for row in placed[:-1]] + \
        [_feature_by_dumps(placed[-1])]


@pytest.mark.parametrize("umask, mode", [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_written_files_get_the_mode_open_would_give(tmp_path, umask, mode):
    previous = os.umask(umask)
    try:
        path = write_atomic(tmp_path / "out" / "directory.csv", "a,b\n")
    finally:
        os.umask(previous)
    assert stat.S_IMODE(path.stat().st_mode) == mode
    assert path.read_text() == "a,b\n"
    assert [p.name for p in path.parent.iterdir()] == ["directory.csv"]


def test_geojson_leaves_out_what_cannot_be_placed():
    frame = _frame(6).reindex(columns=list(DIRECTORY_COLUMNS))
    frame["name"] = "Clinic"
    frame["latitude"] = [40, float("inf"), None, 39.5, float("nan"), 10]
    frame["longitude"] = [-105, -104.0, -104.0, float("-inf"), -104.0, 20]
    features = json.loads(geojson_text(frame, []))["features"]
    assert [f["geometry"]["coordinates"] for f in features] == [[-105.0, 40.0], [20.0, 10.0]]
    assert "[-105.0, 40.0]" in geojson_text(frame, [])
    assert json.loads(geojson_text(frame.drop(columns=["latitude"]), []))["features"] == []
