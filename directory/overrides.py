"""Reviewer overrides: a spreadsheet-friendly CSV keyed by clinic_id, validated cell by cell, applied with an audit.

Corrections (name, address, fee, ...) are applied before geocoding and the policy, so a corrected fee is judged
like a crawled one; a status set by a reviewer is applied after the policy and wins over it.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import pandas as pd

from common.contact import normalize_phone, normalize_zip
from common.gazetteer import gazetteer
from common.vocabulary import CONDITION_CODES, ROUTE_CODES
from directory.errors import InputError
from directory.identity import CLINIC_ID
from directory.geocode import state_code
from directory.item_schema import WEB_ADDRESS
from directory.outputs import number_cell
from directory.schema import fee_problem, ordered_fees, point_problem
from directory.spreadsheet import LINE_BREAK, SPREADSHEET_ERROR, Cell, read_rows, restore

CORRECTABLE = (
    "name", "street", "city", "state", "postal_code", "phone", "website", "fee_min", "fee_max",
    "latitude", "longitude", "routes", "conditions",
)
FEES = ("fee_min", "fee_max")
NUMERIC = (*FEES, "latitude", "longitude")
DECISION = ("status", "reason", "reviewer", "reviewed_on")
# Columns review.csv adds for the reviewer's information; ignored when the file comes back.
CONTEXT = ("current_status", "current_reason", "fee_evidence", "fee_source_url", "fee_candidates", "sources")
COLUMNS = ("clinic_id", *DECISION, *CORRECTABLE)
OVERRIDE_STATUSES = ("listed", "excluded")


@dataclass
class Override:
    line: int
    clinic_id: str
    status: str = ""
    reason: str = ""
    reviewer: str = ""
    reviewed_on: str = ""
    values: dict[str, str] = field(default_factory=dict)   # correctable column -> reviewed value (non-empty only)
    path: str = "overrides"
    positions: dict[str, int] = field(default_factory=dict)   # column -> its number in the file
    padded_zip: str = ""   # the postal_code cell as written, when it was a ZIP code short of its leading zeros

    @property
    def adds_clinic(self) -> bool:
        return not self.clinic_id

    def error(self, column: str, message: str) -> InputError:
        return InputError(f"{self.path}:{self.line}:{self.positions.get(column, 1)}: {column} {message}")


@dataclass
class OverrideResult:
    frame: pd.DataFrame
    audit: list[dict] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    placed: set[str] = field(default_factory=set)   # clinics a reviewer placed on the map


def read_overrides(path: Path) -> list[Override]:
    """Parse and validate the whole file before anything is applied: one bad cell stops the build."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read overrides file ({exc.strerror})") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError(
            f"{path}:{line}: not UTF-8 text (byte 0x{raw[exc.start]:02x}); save the sheet as 'CSV UTF-8'"
        ) from None
    rows = read_rows(text, path)
    header = [cell.text.strip() for cell in rows[0][1]] if rows else []
    if "clinic_id" not in header:
        raise InputError(f"{path}:1: no 'clinic_id' column (columns: {', '.join(COLUMNS)}){_separator_hint(header)}")
    for col, name in enumerate(header, start=1):
        if name and name not in COLUMNS and name not in CONTEXT:
            raise InputError(f"{path}:1:{col}: unknown column '{name}' (expected: {', '.join(COLUMNS)})")
    duplicated = {h for h in header if h and header.count(h) > 1}
    if duplicated:
        raise InputError(f"{path}:1: column '{sorted(duplicated)[0]}' appears twice")

    overrides: dict[str, Override] = {}
    added: list[Override] = []
    positions = {name: col for col, name in enumerate(header, start=1)}
    for line, row in rows[1:]:
        if not any(cell.text.strip() for cell in row):
            continue
        if len(row) != len(header):
            raise InputError(f"{path}:{line}:{min(len(row), len(header)) + 1}: this row has {len(row)} cell(s), "
                             f"the header {len(header)}; a stray comma or quote (\") may have split or joined cells")
        # A spreadsheet saves the empty columns right of the table that once held something; nothing else may be
        # in a column without a name.
        unnamed = next((col for col, (name, cell) in enumerate(zip(header, row), 1) if not name and cell.text.strip()),
                       None)
        if unnamed:
            raise InputError(f"{path}:{line}:{unnamed}: column {unnamed} has no name in the header, yet this row "
                             f"has a value there; name the column or move the value")
        _no_swallowed_rows(path, header, row)
        override = Override(line, "", path=str(path), positions=positions)
        _parse_row(override, {name: cell for name, cell in zip(header, row) if name in COLUMNS})
        if override.adds_clinic:
            added.append(override)
            continue
        earlier = overrides.get(override.clinic_id)
        if earlier and _content(earlier) != _content(override):
            raise InputError(
                f"{path}:{line}: clinic_id {override.clinic_id} already has a different row at line {earlier.line}"
            )
        overrides.setdefault(override.clinic_id, override)
    return [*overrides.values(), *added]


# A clinic id standing as a cell of its own: the start of a row, wherever the clinic_id column is.
_ROW_OF_ITS_OWN = re.compile(rf"(?:^|,)({CLINIC_ID})(?:,|$)")


def _no_swallowed_rows(path: Path, header: list[str], row: list[Cell]) -> None:
    """A context column may hold line breaks (fee candidates, one per line), so a stray quote at the start of such a
    cell and another at the end of a later one join every row between into that cell, which is never read. A line
    of a cell that holds a clinic id as a cell of its own is such a row."""
    for col, (name, cell) in enumerate(zip(header, row), start=1):
        lines = LINE_BREAK.split(cell.text) if cell.quoted and name in CONTEXT else []
        for offset, text in enumerate(lines if len(lines) > 1 else []):
            found = _ROW_OF_ITS_OWN.search(text)
            if found:
                raise InputError(
                    f"{path}:{cell.line}:{col}: this {name} cell runs over {len(lines)} lines and holds, at line "
                    f"{cell.line + offset}, the row of clinic {found[1]}: a stray quote (\") here and another "
                    f"further down joined the rows between into one cell; remove the stray quotes")


def _separator_hint(header: list[str]) -> str:
    """Why a header made of one cell has no clinic_id: a spreadsheet that saved the columns apart by another
    character (";" where the decimal mark is a comma, tabs for "Unicode text")."""
    if len(header) != 1:
        return ""
    for mark, called in ((";", "';'"), ("\t", "tabs")):
        if "clinic_id" in header[0].split(mark):
            return (f"; its columns are separated by {called}, not by commas: save the sheet as 'CSV UTF-8' with "
                    f"comma as the field delimiter")
    return ""


def _parse_row(override: Override, cells: dict[str, Cell]) -> None:
    """Fill the override from its row's cells: each cell refused if a spreadsheet would run it, its neutralisation
    undone, then checked by its column's rule."""
    fail = override.error
    values = {name: _cell_value(override, name, cell) for name, cell in cells.items()}
    status = values.get("status", "").lower()
    if status and status not in OVERRIDE_STATUSES:
        raise fail("status", f"must be {' or '.join(OVERRIDE_STATUSES)} (or empty), got {values['status']!r}")
    for column in NUMERIC:
        value = values.get(column, "")
        if value:
            if not _NUMBER.fullmatch(value):
                comma = " (a comma only between thousands: 1,200.50)" if "," in value else ""
                raise fail(column, f"must be a number, got {value!r}{comma}")
            number = float(value.replace("$", "").replace(",", ""))
            problem = fee_problem(number) if column in FEES else (
                "" if math.isfinite(number) else "must be a finite number")
            if problem:
                raise fail(column, f"{problem}, got {value!r}")
            values[column] = repr(number)
    if bool(values.get("latitude")) != bool(values.get("longitude")):
        raise fail("latitude" if not values.get("latitude") else "longitude",
                   "is empty: a reviewer's point needs both latitude and longitude")
    if values.get("state"):
        state = state_code(values["state"])
        if not state:
            raise fail("state", f"must be a US state or territory, got {values['state']!r}")
        values["state"] = state
    if values.get("postal_code"):
        written = values["postal_code"]
        values["postal_code"] = _zip_code(written)
        if not values["postal_code"]:
            raise fail("postal_code", f"must be a 5-digit ZIP code, got {cells['postal_code'].text.strip()!r}")
        override.padded_zip = written if len(written) < 5 else ""
    if values.get("phone"):
        values["phone"] = normalize_phone(values["phone"])
    if values.get("website") and not WEB_ADDRESS.match(values["website"]):
        raise fail("website", f"must be a web address starting with http:// or https://, got {values['website']!r}")
    for column, codes in (("routes", ROUTE_CODES), ("conditions", CONDITION_CODES)):
        if values.get(column):
            listed = [code.strip() for code in values[column].split(";") if code.strip()]
            unknown = next((code for code in listed if code not in codes), None)
            if unknown is not None:
                raise fail(column, f"{unknown!r} is not one of {', '.join(codes)} (separate several with ';')")
            values[column] = ";".join(listed)
    if values.get("reviewed_on"):
        try:   # a spreadsheet may add a time to a date it recognised ("2026-12-01 00:00:00")
            values["reviewed_on"] = datetime.fromisoformat(values["reviewed_on"]).date().isoformat()
        except ValueError:
            raise fail("reviewed_on", f"must be a date like 2026-11-22, got {values['reviewed_on']!r}; a "
                                      "spreadsheet may have reformatted it: format the column as text") from None
    override.clinic_id = values.get("clinic_id", "")
    override.status = status
    override.reason, override.reviewer, override.reviewed_on = (
        values.get(name, "") for name in ("reason", "reviewer", "reviewed_on"))
    override.values = {c: values[c] for c in CORRECTABLE if values.get(c)}
    _check_clinic(override, {name: _typed(name, override.values[name]) for name in FEES if name in override.values},
                  changed=set(FEES))
    if override.adds_clinic and not override.values.get("name"):
        raise fail("clinic_id", "is empty: a row without clinic_id adds a clinic and needs at least its name")


def _cell_value(override: Override, column: str, cell: Cell) -> str:
    raw = cell.text.strip()
    if "\n" in raw or "\r" in raw:
        raise InputError(
            f"{override.path}:{cell.line}:{override.positions[column]}: {column} holds a line break, which no "
            f"value of this column has: a stray quote (\") may have swallowed the rows below it")
    if raw[:1] == "=" or SPREADSHEET_ERROR.fullmatch(raw):
        raise override.error(column, f"is a spreadsheet formula or its result ({raw[:40]!r}), not a value: "
                                     "type the value itself, behind an apostrophe (') if it starts with =, + or -")
    if raw[:1] in ("+", "-", "@") and not _plain_value(column, raw):
        raise override.error(column, f"starts with {raw[0]!r}, which a spreadsheet runs as a formula: to keep it "
                                     f"as text, begin the cell with an apostrophe ('{raw[:20]})")
    return restore(raw)


def _plain_value(column: str, raw: str) -> bool:
    """A leading sign that is part of a value: a number in a number column, a phone number's "+"."""
    if column in NUMERIC:
        return True   # whatever it is, the number rule decides
    return column == "phone" and bool(_PHONE.fullmatch(raw))


_PHONE = re.compile(r"\+[\d\s().-]{7,25}")
_E164 = re.compile(r"\+\d{8,15}")   # what common.contact.normalize_phone makes of a phone number
# A number as a reviewer or a spreadsheet writes it: "450", "-104.99", "$1,200.50", "4.50E+02". A comma groups
# thousands only, so the decimal comma of "450,00" is refused rather than read as 45000; Python's float() would
# also take "nan", "inf" and "4_50".
_NUMBER = re.compile(r"[+-]?\$?[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?(?:[eE][+-]?\d+)?|[+-]?\$?\.\d+")


def _zip_code(text: str) -> str:
    """The 5-digit ZIP of "80202" or "80202-1234"; a spreadsheet drops a ZIP's leading zeros ("2116" for 02116,
    "501" for 00501), which are put back. "" for anything else."""
    if text.isdigit() and 3 <= len(text) <= 5:
        return text.zfill(5)
    return normalize_zip(text) if len(text) == 10 and text[5] == "-" else ""


def _content(override: Override) -> tuple:
    return (override.status, override.reason, override.reviewer, override.reviewed_on, override.values)


def apply_corrections(frame: pd.DataFrame, overrides: list[Override], new_id) -> OverrideResult:
    """Correct crawled values and add reviewer-known clinics; `new_id(row)` gives an added clinic its id. A
    corrected clinic whose fees or point then break the table's rules stops the build at the override's cell."""
    result = OverrideResult(frame.copy())
    index = dict(zip(result.frame["clinic_id"].tolist(), result.frame.index))
    known = {cid: repr(name) for cid, name in zip(result.frame["clinic_id"].tolist(), result.frame["name"].tolist())}
    new_rows = []
    for override in overrides:
        if override.adds_clinic:
            row = {column: _typed(column, value) for column, value in override.values.items()}
            _check_clinic(override, row, changed={*FEES, *row})
            row["clinic_id"] = new_id(row)
            if row["clinic_id"] in known:   # the same address (or phone, site) as a clinic of the build
                raise override.error("clinic_id", f"is empty, so this row adds a clinic, but the build already has "
                                                  f"it as {row['clinic_id']} ({known[row['clinic_id']]}): write "
                                                  f"{row['clinic_id']} in clinic_id to correct that clinic instead")
            known[row["clinic_id"]] = f"{row['name']!r}, added by line {override.line}"
            row["sources"] = "reviewer"
            if "fee_min" in row or "fee_max" in row:
                row["fee_confidence"] = "reviewer"
            override.clinic_id = row["clinic_id"]
            new_rows.append(row)
            result.audit.append(_audit(override, "clinic", "", "added by reviewer"))
            if "latitude" in row:
                result.placed.add(row["clinic_id"])
            continue
        if override.clinic_id not in index:
            result.warnings.append(
                f"override line {override.line}: clinic_id {override.clinic_id} is not in this build; ignored"
            )
            continue
        i = index[override.clinic_id]
        changed = set()
        for column, value in override.values.items():
            new = _typed(column, value)
            old = result.frame.at[i, column]
            if not _same(old, new):
                changed.add(column)
                result.audit.append(_audit(override, column, _shown(old), _shown(new)))
                result.frame.at[i, column] = new
                if column in FEES:
                    result.frame.loc[i, "fee_confidence"] = "reviewer"   # a person read the fee: no longer in doubt
        _check_clinic(override, result.frame.loc[i].to_dict(), changed)
        if changed & {"latitude", "longitude"}:
            result.placed.add(override.clinic_id)
    if new_rows:
        result.frame = pd.concat([result.frame, pd.DataFrame(new_rows)], ignore_index=True)
    return result


def _check_clinic(override: Override, row: dict, changed: set[str]) -> None:
    """The corrected clinic against the table's rules, for what the override `changed` in it: fee_max not below
    fee_min, the reviewer's point in the clinic's state, a phone number, a ZIP code padded with zeros a ZIP code of
    the clinic's state. A crawled value passed back unchanged is never refused."""
    fee_min, fee_max = (row.get(name) for name in FEES)
    state = row.get("state") if isinstance(row.get("state"), str) else ""
    if changed & set(FEES) and not ordered_fees([fee_min], [fee_max])[0]:
        if "fee_max" in override.values:
            raise override.error("fee_max", f"{_shown(fee_max)} is below fee_min {_shown(fee_min)}")
        raise override.error("fee_min", f"{_shown(fee_min)} is above fee_max {_shown(fee_max)}")
    if "phone" in changed and not _E164.fullmatch(row["phone"]):
        # A spreadsheet that ran a phone as a formula wrote its result: "=1+1" came back as "2".
        raise override.error("phone", f"{row['phone']!r} is not a phone number; write it like (303) 555-0142")
    if changed & {"latitude", "longitude"}:
        problem = point_problem(float(row["latitude"]), float(row["longitude"]), state)
        if problem:
            raise override.error("latitude", f"and longitude: {problem}")
    if "postal_code" in changed and override.padded_zip:
        # "2116" is 02116 once a spreadsheet has dropped its zero, but "8020" may as well be 80202 short of a digit.
        code = row["postal_code"]
        place = gazetteer().zip(code)
        if place is None or (state and place.state != state):
            found = f"a ZIP code of {place.state}, not of {state}" if place else "which is no ZIP code"
            raise override.error("postal_code", f"{override.padded_zip!r} would be {code}, {found}: write all "
                                                f"five digits")


def apply_decisions(frame: pd.DataFrame, overrides: list[Override], audit: list[dict]) -> pd.DataFrame:
    """Reviewer statuses win over the policy; every reviewed clinic shows who reviewed it and when."""
    frame = frame.copy()
    for column in ("reviewed_by", "reviewed_on"):
        if column not in frame:
            frame[column] = ""
    index = dict(zip(frame["clinic_id"].tolist(), frame.index))
    for override in overrides:
        i = index.get(override.clinic_id)
        if i is None:
            continue
        frame.at[i, "reviewed_by"] = override.reviewer or "reviewer"
        frame.at[i, "reviewed_on"] = override.reviewed_on
        if override.status and override.status != frame.at[i, "status"]:
            audit.append(_audit(override, "status", frame.at[i, "status"], override.status))
        if override.status:
            frame.at[i, "status"] = override.status
            frame.at[i, "reason_code"] = "reviewer_override"
            frame.at[i, "reason"] = (
                f"Set to {override.status} by {override.reviewer or 'a reviewer'}"
                f"{' on ' + override.reviewed_on if override.reviewed_on else ''}: {override.reason or 'no reason given'}"
            )
    return frame


def _typed(column: str, value: str):
    return float(value) if column in NUMERIC else value


def _same(old, new) -> bool:
    """Numbers are compared as the CSVs write them: a prefilled value passed back unchanged is no correction."""
    if isinstance(new, float):
        return pd.notna(old) and number_cell(float(old)) == number_cell(new)
    return str(old if pd.notna(old) else "") == new


def _shown(value) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return number_cell(value) if isinstance(value, float) else str(value)


def _audit(override: Override, column: str, old: str, new: str) -> dict:
    return {
        "clinic_id": override.clinic_id, "column": column, "crawled_value": old, "reviewed_value": new,
        "reviewer": override.reviewer, "reviewed_on": override.reviewed_on, "reason": override.reason,
        "overrides_line": override.line,
    }
