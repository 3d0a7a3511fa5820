"""What changed since the previous build in the same output folder, and clinics that stopped being seen.

A clinic missing from the latest crawl is never silently dropped: clinics close abruptly and patients may have
prepaid, so it keeps its row, marked stale, and the policy sends it to review with the date it was last seen.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from directory.errors import InputError
from directory.merge import CLINIC_FIELDS

IDENTITY = ("name", "street", "city", "state", "postal_code", "phone")
FEES = ("fee_min", "fee_max")
CHANGES_COLUMNS = ("clinic_id", "name", "change", "column", "old_value", "new_value")


def read_previous(out_dir: Path) -> pd.DataFrame | None:
    path = Path(out_dir) / "clinics.csv"
    if not path.exists():
        return None
    try:
        previous = pd.read_csv(path, dtype=str, keep_default_na=False)
    except (pd.errors.ParserError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: the previous build's file is unreadable ({exc}); move it away to start afresh")
    missing = [c for c in ("clinic_id", "status", "first_seen", "last_seen", "sources") if c not in previous]
    if missing:
        raise InputError(f"{path}: not a clinics.csv of this tool (no {', '.join(missing)} column)")
    return previous


def carry_forward(current: pd.DataFrame, previous: pd.DataFrame | None) -> pd.DataFrame:
    """Keep first_seen across builds and bring back, marked stale, every clinic the latest crawl did not see."""
    current = current.copy()
    current["stale"] = False
    if previous is None or previous.empty:
        return current
    earlier = dict(zip(previous["clinic_id"], previous["first_seen"]))
    current["first_seen"] = [
        min(filter(None, (earlier.get(cid, ""), seen))) for cid, seen in zip(current["clinic_id"], current["first_seen"])
    ]
    gone = previous[~previous["clinic_id"].isin(current["clinic_id"]) & (previous["sources"] != "reviewer")]
    if gone.empty:
        return current
    stale = gone.reindex(columns=list(CLINIC_FIELDS)).copy()
    for column in ("fee_min", "fee_max", "latitude", "longitude"):
        stale[column] = pd.to_numeric(stale[column], errors="coerce")
    stale["ketamine_provider"] = stale["ketamine_provider"].map({"True": True, "False": False})
    stale["stale"] = True
    return pd.concat([current, stale], ignore_index=True)


def compare(previous: pd.DataFrame | None, current: pd.DataFrame) -> pd.DataFrame:
    """One row per change: new clinic, no longer seen, fee, status or identity change, with old and new values."""
    rows: list[dict] = []
    now = current.astype(object).where(current.notna(), "").astype(str).set_index("clinic_id", drop=False)
    if previous is None:
        previous = pd.DataFrame(columns=list(now.columns))
    before = previous.set_index("clinic_id", drop=False)

    def add(cid: str, name: str, change: str, column: str = "", old: str = "", new: str = "") -> None:
        rows.append({"clinic_id": cid, "name": name, "change": change, "column": column, "old_value": old,
                     "new_value": new})

    for cid, row in now.iterrows():
        if cid not in before.index:
            add(cid, row["name"], "new clinic")
            continue
        old = before.loc[cid]
        if row["reason_code"] == "not_seen_in_latest_crawl" and old.get("reason_code") != "not_seen_in_latest_crawl":
            add(cid, row["name"], "no longer seen", "last_seen", old["last_seen"], row["last_seen"])
        for kind, columns in (("fee change", FEES), ("status change", ("status",)), ("identity change", IDENTITY)):
            for column in columns:
                if _norm(old.get(column, ""), column) != _norm(row[column], column):
                    add(cid, row["name"], kind, column, old.get(column, ""), row[column])
    for cid in before.index.difference(now.index):
        add(cid, before.loc[cid, "name"], "removed", "", "", "")
    return pd.DataFrame(rows, columns=list(CHANGES_COLUMNS)).sort_values(["clinic_id", "change", "column"],
                                                                       kind="stable")


def _norm(value: str, column: str) -> str:
    if column in FEES and value not in ("", None):
        return f"{float(value):g}"
    return str(value)
