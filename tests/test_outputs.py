"""The build's CSV and GeoJSON files: what a reader gets back, cell for cell, and how files reach the disk."""

import csv
import io
import json
import os
import signal
import stat
import tempfile

import pandas as pd
import pytest

from common.files import FileSet, write_atomic
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


def test_csv_numbers_are_written_as_the_data_format_says():
    frame = _frame(6)
    rows = list(csv.reader(io.StringIO(csv_text(frame, ("clinic_id", "fee_min", "absent", "ketamine_provider")))))
    assert rows[0] == ["clinic_id", "fee_min", "absent", "ketamine_provider"]
    assert [row[1] for row in rows[1:]] == ["450", "", "1234567.891", "0.1", "600.5", "0"]
    assert {row[2] for row in rows[1:]} == {""}                         # a column the frame lacks: empty cells
    assert [row[3] for row in rows[1:]] == ["True", "False"] * 3


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


def test_geojson_features_carry_every_directory_column():
    frame = _frame(24).reindex(columns=list(DIRECTORY_COLUMNS))
    frame["name"] = frame["name"].fillna("Unnamed")
    document = json.loads(geojson_text(frame, ["Credit é"]))
    assert document["type"] == "FeatureCollection" and document["attribution"] == ["Credit é"]
    placed = frame[frame["latitude"].notna() & frame["longitude"].notna()]
    assert len(document["features"]) == len(placed) == 16
    for feature, (_, row) in zip(document["features"], placed.iterrows()):
        assert feature["type"] == "Feature" and feature["id"] == row["clinic_id"]
        assert feature["geometry"] == {"type": "Point", "coordinates": [round(row["longitude"], 6),
                                                                        round(row["latitude"], 6)]}
        expected = {name: None if pd.isna(row[name]) or row[name] == "" else row[name]
                    for name in DIRECTORY_COLUMNS if name not in ("latitude", "longitude")}
        assert feature["properties"] == expected


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
    assert json.loads(geojson_text(frame.drop(columns=["latitude"]), []))["features"] == []


def test_ctrl_c_just_as_a_file_is_staged_leaves_no_staged_file(tmp_path, monkeypatch):
    """A signal between creating a staged file and noting it once left the file behind (seen on a busy machine)."""
    created = tempfile.mkstemp

    def mkstemp_then_ctrl_c(*args, **kwargs):
        made = created(*args, **kwargs)
        os.kill(os.getpid(), signal.SIGINT)   # Python raises KeyboardInterrupt at its next chance
        return made

    monkeypatch.setattr(tempfile, "mkstemp", mkstemp_then_ctrl_c)
    with pytest.raises(KeyboardInterrupt), FileSet() as files:
        files.stage(tmp_path / "clinics.csv", "clinic_id\n")
    assert os.listdir(tmp_path) == []
