"""Crawl items → one row per clinic: link the items of one clinic, then take each field from the best source."""

from __future__ import annotations

from collections import Counter, defaultdict

import pandas as pd

from common.sites import site_key
from directory import identity

# The clinic's own website is the authority on its fees and services; listings come after it.
SOURCE_PRIORITY = {"clinic_sites": 0}
_SCALARS = ("name", "street", "city", "state", "postal_code", "phone", "website")
_TEXTS = (*_SCALARS, "fee_confidence", "fee_note", "fee_evidence", "fee_source_url", "licence", "source_url",
          "coordinates_source")
# "fees" (the classified amounts of the fee's source, a list) is kept for the review sheet, not written out.
CLINIC_FIELDS = (
    "clinic_id", *_SCALARS, "latitude", "longitude", "coordinates_source", "routes", "conditions", "ketamine_provider",
    "fee_min", "fee_max", "fee_confidence", "fee_note", "fee_evidence", "fee_source_url", "fee_as_of", "sources",
    "licences", "first_seen", "last_seen", "fees", "review_flags",
)


def merge_items(items: list[dict]) -> pd.DataFrame:
    """One row per clinic from crawl items as read_crawls gives them: every field of the crawl item, text stripped,
    numbers as floats; a missing value may be None."""
    if not items:
        return pd.DataFrame(columns=CLINIC_FIELDS)
    records = [_record(item) for item in items]
    keys = [identity.link_keys(r["_host"], r["postal_code"], r["street"], r["phone"], r["name"]) for r in records]
    for item_keys, extra in zip(keys, identity.fuzzy_name_keys(records)):
        item_keys.extend(extra)
    groups: dict[int, list[dict]] = defaultdict(list)
    for record, cluster in zip(records, identity.clusters(keys)):
        groups[cluster].append(record)
    frame = pd.DataFrame([_clinic(members) for members in groups.values()], columns=CLINIC_FIELDS)
    for column in ("latitude", "longitude", "fee_min", "fee_max"):
        # A column that is None throughout would otherwise stay of object dtype.
        frame[column] = pd.to_numeric(frame[column], errors="coerce").astype(float)
    frame["clinic_id"] = _unique_ids(frame)
    return frame.sort_values("clinic_id", kind="stable").reset_index(drop=True)


def _record(item: dict) -> dict:
    """What merging reads of one item: its text ("" when missing), numbers, and the keys that rank sources."""
    record = {name: item[name] or "" for name in _TEXTS}
    date = item["crawled_at"][:10]
    record.update(
        _host=site_key(record["website"]), _rank=SOURCE_PRIORITY.get(item["source"], 1), _date=date,
        _newest_first=-int(date.replace("-", "") or 0) if date[:4].isdigit() else 0,
        latitude=item["latitude"], longitude=item["longitude"], fee_min=item["fee_min"], fee_max=item["fee_max"],
        routes=item["routes"] or (), conditions=item["conditions"] or (), fees=item["fees"] or [],
        review_flags=item["review_flags"] or (), ketamine_provider=item["ketamine_provider"],
    )
    return record


def _clinic(members: list[dict]) -> tuple:
    """The clinic's row, in CLINIC_FIELDS order."""
    # Best source first; among equals the latest crawl, so a changed fee replaces the old one.
    members = sorted(members, key=lambda r: (r["_rank"], r["_newest_first"], r["source_url"]))
    scalars = tuple(next((m[field] for m in members if m[field]), "") for field in _SCALARS)
    name, street, _, state, postal_code, phone, website = scalars
    located = next((m for m in members if m["latitude"] is not None), None)
    priced = next((m for m in members if m["fee_min"] is not None), None)
    fee_from = priced or members[0]
    # The best source that says anything decides: a clinic's own site outranks a directory listing it.
    says_provider = next((m for m in members if m["ketamine_provider"] is not None), members[0])
    host = next((m["_host"] for m in members if m["website"] == website), "")
    dates = sorted(m["_date"] for m in members)
    return (
        identity.clinic_id(postal_code, street, phone, host, name, state), *scalars,
        located["latitude"] if located else None, located["longitude"] if located else None,
        located["coordinates_source"] if located else "",
        ";".join(sorted({r for m in members for r in m["routes"]})),
        ";".join(sorted({c for m in members for c in m["conditions"]})), says_provider["ketamine_provider"],
        fee_from["fee_min"], fee_from["fee_max"], fee_from["fee_confidence"], fee_from["fee_note"],
        fee_from["fee_evidence"], fee_from["fee_source_url"], fee_from["_date"] if priced else "",
        " ".join(sorted({m["source_url"] for m in members})), "; ".join(sorted({m["licence"] for m in members} - {""})),
        dates[0], dates[-1], fee_from["fees"],
        ";".join(sorted({flag for m in members for flag in m["review_flags"]})),   # a flag of any item holds
    )


def _unique_ids(frame: pd.DataFrame) -> list[str]:
    """Two practices at one address (same suite) share an address id; their names tell them apart."""
    ids = frame["clinic_id"].tolist()
    counts = Counter(ids)
    return [identity.practice_id(cid, name) if counts[cid] > 1 else cid
            for cid, name in zip(ids, frame["name"].tolist())]
