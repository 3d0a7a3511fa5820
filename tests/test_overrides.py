"""Reviewer overrides: validation naming file, line and column; corrections and decisions with an audit."""

import pandas as pd
import pytest

from directory.errors import InputError
from directory.overrides import apply_corrections, apply_decisions, read_overrides

HEADER = "clinic_id,status,reason,reviewer,reviewed_on,fee_min,name\n"


def write(tmp_path, text, encoding="utf-8"):
    path = tmp_path / "overrides.csv"
    path.write_bytes(text.encode(encoding))
    return path


def clinics():
    return pd.DataFrame([
        {"clinic_id": "kc-a", "name": "Aspen", "fee_min": 450.0, "status": "listed", "reason_code": "fee_in_range",
         "reason": "x"},
        {"clinic_id": "kc-b", "name": "Birch", "fee_min": None, "status": "review", "reason_code": "fee_unknown",
         "reason": "y"},
    ])


@pytest.mark.parametrize("text, where, message", [
    ("id,status\nkc-a,listed\n", ":1:", "no 'clinic_id' column"),
    ("clinic_id,colour\nkc-a,red\n", ":1:2:", "unknown column 'colour'"),
    (HEADER + "kc-a,hidden,,,,,\n", ":2:2:", "status must be listed or excluded"),
    (HEADER + "kc-a,,,,,cheap,\n", ":2:6:", "fee_min must be a number, got 'cheap'"),
    (HEADER + "kc-a,,,,,-5,\n", ":2:6:", "fee_min must be a positive number"),
    (HEADER + "kc-a,,,,22/11/2026,,\n", ":2:5:", "reviewed_on must be a date"),
    (HEADER + "kc-a,listed,ok,ana,,,\nkc-b,,,,,,\nkc-a,excluded,no,bo,,,\n", ":4:", "different row at line 2"),
    (HEADER + ",listed,,,,,\n", ":2:1:", "needs at least its name"),
    (HEADER + "kc-a,listed,,,,,,extra\n", ":2:8:", "more cells than columns"),
])
def test_malformed_files_name_file_line_and_column(tmp_path, text, where, message):
    path = write(tmp_path, text)
    with pytest.raises(InputError) as error:
        read_overrides(path)
    assert f"{path}{where}" in str(error.value) and message in str(error.value)


def test_bad_encoding_names_the_line(tmp_path):
    path = write(tmp_path, HEADER + "kc-a,listed,Café ok,ana,,,\n", encoding="latin-1")
    with pytest.raises(InputError, match=r"overrides.csv:2: not UTF-8"):
        read_overrides(path)


def test_identical_duplicate_rows_and_excel_bom_are_accepted(tmp_path):
    path = write(tmp_path, "\ufeff" + HEADER + "kc-a,listed,ok,ana,,,\nkc-a,listed,ok,ana,,,\n\n")
    assert [o.clinic_id for o in read_overrides(path)] == ["kc-a"]


def test_corrections_win_and_are_audited(tmp_path):
    path = write(tmp_path, HEADER + "kc-b,,confirmed by phone,ana,2026-11-20,\"$1,050\",\nkc-a,,,,,,Aspen\n")
    result = apply_corrections(clinics(), read_overrides(path), new_id=lambda row: "kc-new")
    assert result.frame.loc[1, "fee_min"] == 1050.0
    assert result.audit == [{
        "clinic_id": "kc-b", "column": "fee_min", "crawled_value": "", "reviewed_value": "1050",
        "reviewer": "ana", "reviewed_on": "2026-11-20", "reason": "confirmed by phone", "overrides_line": 2,
    }]   # the unchanged name of kc-a is not a change


def test_status_override_wins_over_the_policy(tmp_path):
    path = write(tmp_path, HEADER + "kc-a,excluded,clinic closed,bo,2026-11-21,,\n")
    overrides = read_overrides(path)
    audit = []
    frame = apply_decisions(clinics(), overrides, audit)
    row = frame.iloc[0]
    assert (row.status, row.reason_code, row.reviewed_by, row.reviewed_on) == (
        "excluded", "reviewer_override", "bo", "2026-11-21")
    assert row.reason == "Set to excluded by bo on 2026-11-21: clinic closed"
    assert audit[0]["column"] == "status" and audit[0]["crawled_value"] == "listed"


def test_a_row_may_add_a_clinic_and_unknown_ids_are_warnings(tmp_path):
    path = write(tmp_path, HEADER + ",listed,known by phone,ana,,500,Cedar Clinic\nkc-gone,excluded,,,,,\n")
    result = apply_corrections(clinics(), read_overrides(path), new_id=lambda row: "kc-" + row["name"][:5])
    assert list(result.frame["clinic_id"]) == ["kc-a", "kc-b", "kc-Cedar"]
    assert result.frame.loc[2, "fee_min"] == 500.0
    assert result.warnings == ["override line 3: clinic_id kc-gone is not in this build; ignored"]
