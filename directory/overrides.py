"""Reviewer overrides: a spreadsheet-friendly CSV keyed by clinic_id, validated cell by cell, applied with an audit.

Corrections (name, address, fee, ...) are applied before geocoding and the policy, so a corrected fee is judged
like a crawled one; a status set by a reviewer is applied after the policy and wins over it.
"""

from __future__ import annotations

import csv
import io
import math
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pandas as pd
import us

from common.contact import normalize_phone, normalize_zip
from directory.errors import InputError

CORRECTABLE = (
    "name", "street", "city", "state", "postal_code", "phone", "website", "fee_min", "fee_max",
    "latitude", "longitude", "routes", "conditions",
)
NUMERIC = ("fee_min", "fee_max", "latitude", "longitude")
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

    @property
    def adds_clinic(self) -> bool:
        return not self.clinic_id


@dataclass
class OverrideResult:
    frame: pd.DataFrame
    audit: list[dict] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


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
    reader = csv.reader(io.StringIO(text, newline=""))
    header = [h.strip() for h in next(reader, [])]
    if "clinic_id" not in header:
        raise InputError(f"{path}:1: no 'clinic_id' column (columns: {', '.join(COLUMNS)})")
    for col, name in enumerate(header, start=1):
        if name not in COLUMNS and name not in CONTEXT:
            raise InputError(f"{path}:1:{col}: unknown column '{name}' (expected: {', '.join(COLUMNS)})")
    duplicated = {h for h in header if header.count(h) > 1}
    if duplicated:
        raise InputError(f"{path}:1: column '{sorted(duplicated)[0]}' appears twice")

    overrides: dict[str, Override] = {}
    added: list[Override] = []
    for row in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > len(header):
            raise InputError(f"{path}:{line}:{len(header) + 1}: more cells than columns")
        cells = {name: (row[i].strip() if i < len(row) else "") for i, name in enumerate(header)}
        override = _parse_row(path, line, header, cells)
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


def _parse_row(path: Path, line: int, header: list[str], cells: dict[str, str]) -> Override:
    def fail(column: str, message: str) -> InputError:
        return InputError(f"{path}:{line}:{header.index(column) + 1}: {column} {message}")

    status = cells.get("status", "").lower()
    if status and status not in OVERRIDE_STATUSES:
        raise fail("status", f"must be {' or '.join(OVERRIDE_STATUSES)} (or empty), got {cells['status']!r}")
    for column in NUMERIC:
        value = cells.get(column, "")
        if value:
            try:
                number = float(value.replace("$", "").replace(",", ""))
            except ValueError:
                raise fail(column, f"must be a number, got {value!r}") from None
            if not math.isfinite(number) or (column.startswith("fee") and number < 0):
                raise fail(column, f"must be a positive number, got {value!r}")
            cells[column] = repr(number)
    if cells.get("state"):
        state = us.states.lookup(cells["state"].replace(".", ""))
        if state is None:
            raise fail("state", f"must be a US state or territory, got {cells['state']!r}")
        cells["state"] = state.abbr
    if cells.get("postal_code"):
        if not normalize_zip(cells["postal_code"]) or len(cells["postal_code"]) not in (5, 10):
            raise fail("postal_code", f"must be a 5-digit ZIP code, got {cells['postal_code']!r}")
        cells["postal_code"] = normalize_zip(cells["postal_code"])
    if cells.get("phone"):
        cells["phone"] = normalize_phone(cells["phone"])
    if cells.get("reviewed_on"):
        try:
            date.fromisoformat(cells["reviewed_on"])
        except ValueError:
            raise fail("reviewed_on", f"must be a date like 2026-11-22, got {cells['reviewed_on']!r}") from None
    override = Override(
        line=line, clinic_id=cells["clinic_id"], status=status, reason=cells.get("reason", ""),
        reviewer=cells.get("reviewer", ""), reviewed_on=cells.get("reviewed_on", ""),
        values={c: cells[c] for c in CORRECTABLE if cells.get(c)},
    )
    if override.adds_clinic and not override.values.get("name"):
        raise fail("clinic_id", "is empty: a row without clinic_id adds a clinic and needs at least its name")
    return override


def _content(override: Override) -> tuple:
    return (override.status, override.reason, override.reviewer, override.reviewed_on, override.values)


def apply_corrections(frame: pd.DataFrame, overrides: list[Override], new_id) -> OverrideResult:
    """Correct crawled values and add reviewer-known clinics; `new_id(row)` gives an added clinic its id."""
    result = OverrideResult(frame.copy())
    index = dict(zip(result.frame["clinic_id"].tolist(), result.frame.index))
    new_rows = []
    for override in overrides:
        if override.adds_clinic:
            row = {column: _typed(column, value) for column, value in override.values.items()}
            row["clinic_id"] = new_id(row)
            row["sources"] = "reviewer"
            if "fee_min" in row or "fee_max" in row:
                row["fee_confidence"] = "reviewer"
            override.clinic_id = row["clinic_id"]
            new_rows.append(row)
            result.audit.append(_audit(override, "clinic", "", "added by reviewer"))
            continue
        if override.clinic_id not in index:
            result.warnings.append(
                f"override line {override.line}: clinic_id {override.clinic_id} is not in this build; ignored"
            )
            continue
        i = index[override.clinic_id]
        for column, value in override.values.items():
            new = _typed(column, value)
            old = result.frame.at[i, column]
            if not _same(old, new):
                result.audit.append(_audit(override, column, _shown(old), _shown(new)))
                result.frame.at[i, column] = new
                if column in ("fee_min", "fee_max"):
                    result.frame.loc[i, "fee_confidence"] = "reviewer"   # a person read the fee: no longer in doubt
    if new_rows:
        result.frame = pd.concat([result.frame, pd.DataFrame(new_rows)], ignore_index=True)
    return result


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
    if isinstance(new, float):
        return pd.notna(old) and float(old) == new
    return str(old if pd.notna(old) else "") == new


def _shown(value) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return f"{value:g}" if isinstance(value, float) else str(value)


def _audit(override: Override, column: str, old: str, new: str) -> dict:
    return {
        "clinic_id": override.clinic_id, "column": column, "crawled_value": old, "reviewed_value": new,
        "reviewer": override.reviewer, "reviewed_on": override.reviewed_on, "reason": override.reason,
        "overrides_line": override.line,
    }
