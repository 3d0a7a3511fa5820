"""What changed since the previous build in the same output folder, and clinics that stopped being seen.

A clinic missing from the latest crawl is never silently dropped: clinics close abruptly and patients may have
prepaid, so it keeps its row, marked stale, and the policy sends it to review with the date it was last seen.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from directory import identity
from directory.errors import InputError
from directory.merge import CLINIC_FIELDS
from directory.outputs import number_cells
from directory.spreadsheet import read_table

IDENTITY = ("name", "street", "city", "state", "postal_code", "phone")
FEES = ("fee_min", "fee_max")
CHANGES_COLUMNS = ("clinic_id", "name", "change", "column", "old_value", "new_value")
_COMPARED = ("clinic_id", "reason_code", "last_seen", "status", *FEES, *IDENTITY)


def read_previous(out_dir: Path) -> pd.DataFrame | None:
    path = Path(out_dir) / "clinics.csv"
    if not path.exists():
        return None
    try:
        previous = read_table(path)
    except (pd.errors.ParserError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: the previous build's file is unreadable ({exc}); move it away to start afresh")
    missing = [c for c in ("clinic_id", "status", "first_seen", "last_seen", "sources") if c not in previous]
    if missing:
        raise InputError(f"{path}: not a clinics.csv of this tool (no {', '.join(missing)} column)")
    if "postal_code" in previous:
        # Every ZIP code written had five digits: a spreadsheet that opened and saved the file dropped the zeros.
        short = previous["postal_code"].str.fullmatch(r"\d{3,4}")
        previous.loc[short, "postal_code"] = previous.loc[short, "postal_code"].str.zfill(5)
    return previous


def keep_previous_ids(current: pd.DataFrame, previous: pd.DataFrame | None) -> pd.DataFrame:
    """Each clinic keeps the id it had in the previous build when a practice opens or closes at its address.

    Ids come from the address, and two practices at one address are told apart by name (merge._unique_ids), so
    a second practice moving into a clinic's suite would change the first one's id, and the last one left
    would take the address id of a practice that closed, with its history and reviews. Here each clinic at an
    address the previous build knew takes the id of the previous clinic there that is the same practice: the
    same phone or website (a renamed clinic), or a name that reads the same. A clinic that is none of them gets
    an id of its own.
    """
    if previous is None or previous.empty:
        return current
    before: dict[tuple[str, str], list[_Practice]] = defaultdict(list)
    columns = ("clinic_id", "postal_code", "street", "phone", "website", "name", "sources")
    # A clinics.csv of an older version may lack a column: what it lacks matches nothing.
    for cid, postal_code, street, phone, website, name, sources in zip(*(
            previous.reindex(columns=list(columns), fill_value="")[c].fillna("").tolist() for c in columns)):
        core = identity.street_core(street)
        if postal_code and core and sources != "reviewer":
            before[(postal_code, core)].append(_Practice(cid, phone, website, name))
    ids = current["clinic_id"].tolist()
    names, phones, websites, postal_codes, streets = (
        current[c].fillna("").tolist() for c in ("name", "phone", "website", "postal_code", "street"))
    now: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, address in enumerate(zip(postal_codes, map(identity.street_core, streets))):
        if address in before:
            now[address].append(i)
    adopted: set[int] = set()
    for address, rows in now.items():
        known = before[address]
        if len(rows) == len(known) == 1 and known[0].clinic_id == ids[rows[0]] and known[0].phone and (
                known[0].phone == phones[rows[0]]):
            continue   # nearly every address: the same clinic, alone, with its id and phone
        practices = {i: _Practice(ids[i], phones[i], websites[i], names[i]) for i in sorted(rows, key=ids.__getitem__)}
        unclaimed = list(known)
        # The same site first, then the same phone, then the name: a renamed clinic is not taken by a listing that
        # has its old name, nor a clinic by a site that copied its phone (and address).
        for same in (_Practice.same_site, _Practice.same_phone, _Practice.same_name):
            for i, practice in practices.items():
                if i in adopted:
                    continue
                # The practice that had this very id first, so an unchanged address keeps its id.
                match = next((p for p in sorted(unclaimed, key=lambda p: p.clinic_id != practice.clinic_id)
                              if same(p, practice)), None)
                if match is not None:
                    ids[i] = match.clinic_id
                    unclaimed.remove(match)
                    adopted.add(i)
        for i, practice in practices.items():
            if i not in adopted and any(p.clinic_id == ids[i] for p in known):
                ids[i] = identity.practice_id(ids[i], practice.name)
    # A reviewer's address correction can move a previous id to another address, where merge may give it to a
    # different clinic: the clinic that took it over as the same practice keeps it, the other gets its own.
    return current.assign(clinic_id=identity.distinct_ids(ids, names, current["sources"].fillna("").tolist(),
                                                          keep=adopted))


@dataclass(frozen=True)
class _Practice:
    clinic_id: str
    phone: str
    website: str
    name: str

    @property
    def host(self) -> str:
        return identity.same_site_key(self.website)

    def same_site(self, other: _Practice) -> bool:
        return bool(self.host and self.host == other.host)

    def same_phone(self, other: _Practice) -> bool:
        sites_differ = self.host and other.host and self.host != other.host
        return bool(self.phone and self.phone == other.phone and not sites_differ)

    def same_name(self, other: _Practice) -> bool:
        conflicting = (self.phone and other.phone) or (self.host and other.host)
        return not conflicting and identity.similar_names(self.name, other.name)


def carry_forward(current: pd.DataFrame, previous: pd.DataFrame | None) -> pd.DataFrame:
    """Keep first_seen across builds and bring back, marked stale, every clinic the latest crawl did not see."""
    current = current.copy()
    current["stale"] = False
    if previous is None or previous.empty:
        return current
    earlier = dict(zip(previous["clinic_id"], previous["first_seen"]))
    current["first_seen"] = [
        min(filter(None, (earlier.get(cid, ""), seen)), default=seen)
        for cid, seen in zip(current["clinic_id"].tolist(), current["first_seen"].fillna("").tolist())
    ]
    gone = previous[~previous["clinic_id"].isin(current["clinic_id"]) & (previous["sources"] != "reviewer")]
    if gone.empty:
        return current
    stale = gone.reindex(columns=list(CLINIC_FIELDS)).copy()
    for column in ("fee_min", "fee_max", "latitude", "longitude"):
        stale[column] = pd.to_numeric(stale[column], errors="coerce")
    stale["ketamine_provider"] = stale["ketamine_provider"].str.lower().map({"true": True, "false": False})
    stale["stale"] = True
    return pd.concat([current, stale], ignore_index=True)


def compare(previous: pd.DataFrame | None, current: pd.DataFrame) -> pd.DataFrame:
    """One row per change: new clinic, no longer seen, fee, status or identity change, with old and new values."""
    # Compared and reported as clinics.csv writes them, so that changes.csv says "450", not "450.0".
    now = pd.DataFrame({column: _as_written(current[column]) for column in _COMPARED}, index=current.index)
    before = previous if previous is not None else pd.DataFrame(columns=list(now.columns))
    frames = []
    new = now[~now["clinic_id"].isin(before["clinic_id"])]
    frames.append(_rows(new, "new clinic", "", "", ""))
    removed = before[~before["clinic_id"].isin(now["clinic_id"])]
    frames.append(_rows(removed, "removed", "", "", ""))
    both = now.merge(before, on="clinic_id", suffixes=("", "_old"), how="inner")
    if not both.empty:
        gone = both["reason_code"].eq("not_seen_in_latest_crawl") & both["reason_code_old"].ne(
            "not_seen_in_latest_crawl")
        frames.append(_rows(both[gone], "no longer seen", "last_seen", both.loc[gone, "last_seen_old"],
                            both.loc[gone, "last_seen"]))
        for kind, columns in (("fee change", FEES), ("status change", ("status",)), ("identity change", IDENTITY)):
            for column in columns:
                old = both[f"{column}_old"].fillna("").astype(str)
                changed = _norm(old, column) != _norm(both[column], column)
                frames.append(_rows(both[changed], kind, column, old[changed], both.loc[changed, column]))
    rows = pd.concat([f for f in frames if not f.empty], ignore_index=True) if any(
        not f.empty for f in frames) else pd.DataFrame(columns=list(CHANGES_COLUMNS))
    return rows.reindex(columns=list(CHANGES_COLUMNS)).sort_values(["clinic_id", "change", "column"],
                                                                   kind="stable").reset_index(drop=True)


def _rows(frame: pd.DataFrame, change: str, column: str, old, new) -> pd.DataFrame:
    return pd.DataFrame({"clinic_id": frame["clinic_id"].to_numpy(), "name": frame["name"].to_numpy(),
                         "change": change, "column": column,
                         "old_value": old.to_numpy() if hasattr(old, "to_numpy") else old,
                         "new_value": new.to_numpy() if hasattr(new, "to_numpy") else new})


def _as_written(values: pd.Series) -> list[str]:
    if values.dtype.kind == "f":
        return number_cells(values)
    return values.astype(object).where(values.notna(), "").astype(str).tolist()


def _norm(values: pd.Series, column: str) -> pd.Series:
    """Fees compared as numbers ("450" and "450.0" are one fee), everything else as text."""
    if column in FEES:
        return pd.to_numeric(values.replace("", None), errors="coerce").fillna(-1.0)
    return values.astype(str)
