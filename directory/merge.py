"""Crawl items → one row per clinic: link the items of one clinic, then take each field from the best source."""

from __future__ import annotations

from collections import Counter, defaultdict
from operator import itemgetter

import pandas as pd

from directory import identity
from directory.frames import column_values

# The clinic's own website is the authority on its fees and services; listings come after it.
SOURCE_PRIORITY = {"clinic_sites": 0}
_SCALARS = ("name", "street", "city", "state", "postal_code", "phone", "website")
_scalars = itemgetter(*_SCALARS)
_TEXTS = (*_SCALARS, "fee_confidence", "fee_note", "fee_evidence", "fee_source_url", "licence", "source_url",
          "coordinates_source")
# "fees" (the classified amounts of the fee's source, a list) is kept for the review sheet, not written out.
CLINIC_FIELDS = (
    "clinic_id", *_SCALARS, "latitude", "longitude", "coordinates_source", "routes", "conditions", "ketamine_provider",
    "fee_min", "fee_max", "fee_confidence", "fee_note", "fee_evidence", "fee_source_url", "fee_as_of", "sources",
    "licences", "first_seen", "last_seen", "fees", "review_flags",
)


def merge_items(items: list[dict]) -> pd.DataFrame:
    """One row per clinic from crawl items (dicts with the crawl item's fields)."""
    if not items:
        return pd.DataFrame(columns=CLINIC_FIELDS)
    records = [_record(item) for item in items]
    keys = [identity.link_keys(r["_host"], r["postal_code"], r["street"], r["phone"], r["name"]) for r in records]
    for item_keys, extra in zip(keys, identity.fuzzy_name_keys(records)):
        item_keys.extend(extra)
    groups: dict[int, list[dict]] = defaultdict(list)
    for record, cluster in zip(records, identity.clusters(keys)):
        groups[cluster].append(record)
    rows = [_clinic(members) for members in groups.values()]
    frame = pd.DataFrame(rows, columns=CLINIC_FIELDS)
    for column in ("latitude", "longitude", "fee_min", "fee_max"):
        # A column that is None throughout would otherwise stay of object dtype.
        frame[column] = pd.to_numeric(frame[column], errors="coerce").astype(float)
    frame["clinic_id"] = _unique_ids(frame)
    return frame.sort_values("clinic_id", kind="stable").reset_index(drop=True)


def _record(item: dict) -> dict:
    """What merging reads of one item: its text stripped ("" when missing), numbers checked, ranking keys."""
    # Text is nearly always a str: stripped inline, which spares a call per field (1.2 million at 100,000 items).
    record = {name: value.strip() if (value := item.get(name)).__class__ is str else _s(value) for name in _TEXTS}
    date = str(item["crawled_at"])[:10]
    record.update(
        _host=identity.website_host(record["website"]), _rank=SOURCE_PRIORITY.get(item["source"], 1), _date=date,
        _newest_first=-int(date.replace("-", "") or 0) if date[:4].isdigit() else 0,
        latitude=_number(item.get("latitude")), longitude=_number(item.get("longitude")),
        fee_min=_number(item.get("fee_min")), fee_max=_number(item.get("fee_max")),
        routes=item.get("routes") or (), conditions=item.get("conditions") or (), fees=item.get("fees") or [],
        review_flags=item.get("review_flags") or (),
        ketamine_provider=item.get("ketamine_provider"),
    )
    return record


def _clinic(members: list[dict]) -> tuple:
    """The clinic's row, in CLINIC_FIELDS order."""
    if len(members) == 1:
        # Most clinics are seen once: the same row as below, without the ranking.
        best = members[0]
        scalars = _scalars(best)
        located = best if best["latitude"] is not None else None
        priced = best if best["fee_min"] is not None else None
        routes, conditions, sources = set(best["routes"]), set(best["conditions"]), [best["source_url"]]
        licences = [best["licence"]] if best["licence"] else []
        first_seen = last_seen = best["_date"]
        host = best["_host"]
        says_provider = best
    else:
        # Best source first; among equals the latest crawl, so a changed fee replaces the old one.
        members = sorted(members, key=lambda r: (r["_rank"], r["_newest_first"], r["source_url"]))
        scalars = tuple(next((m[field] for m in members if m[field]), "") for field in _SCALARS)
        located = next((m for m in members if m["latitude"] is not None), None)
        priced = next((m for m in members if m["fee_min"] is not None), None)
        routes = {r for m in members for r in m["routes"]}
        conditions = {c for m in members for c in m["conditions"]}
        sources = sorted({m["source_url"] for m in members})
        licences = sorted({m["licence"] for m in members} - {""})
        dates = sorted(m["_date"] for m in members)
        first_seen, last_seen = dates[0], dates[-1]
        website = scalars[_SCALARS.index("website")]
        host = next((m["_host"] for m in members if m["website"] == website), "")
        # The best source that says anything decides: a clinic's own site outranks a directory listing it.
        says_provider = next((m for m in members if m["ketamine_provider"] is not None), members[0])
    name, street, _, state, postal_code, phone, _ = scalars
    fee_from = priced or members[0]
    return (
        identity.clinic_id(postal_code, street, phone, host, name, state), *scalars,
        located["latitude"] if located else None, located["longitude"] if located else None,
        located["coordinates_source"] if located else "",
        ";".join(sorted(routes)), ";".join(sorted(conditions)), says_provider["ketamine_provider"],
        fee_from["fee_min"], fee_from["fee_max"], fee_from["fee_confidence"], fee_from["fee_note"],
        fee_from["fee_evidence"], fee_from["fee_source_url"], fee_from["_date"] if priced else "",
        " ".join(sources), "; ".join(licences), first_seen, last_seen, fee_from["fees"],
        ";".join(sorted({flag for m in members for flag in m["review_flags"]})),   # a flag of any item holds
    )


def _unique_ids(frame: pd.DataFrame) -> list[str]:
    """Two practices at one address (same suite) share an address id; their names tell them apart."""
    ids = column_values(frame, "clinic_id")
    counts = Counter(ids)
    for i, (cid, name) in enumerate(zip(ids, column_values(frame, "name"))):
        if counts[cid] > 1:
            ids[i] = identity.practice_id(cid, name)
    return ids


def _s(value) -> str:
    if isinstance(value, str):
        return value.strip()
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return str(value).strip()


def _number(value) -> float | None:
    if value is None or value == "":
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return None if number != number else number
