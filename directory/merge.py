"""Crawl items → one row per clinic: link the items of one clinic (directory.linking), then take each field from the
best source."""

from __future__ import annotations

from collections import defaultdict

import pandas as pd

from common.sites import site_key
from directory import identity, linking

# The clinic's own website is the authority on its fees and services; listings come after it.
SOURCE_PRIORITY = {"clinic_sites": 0}
_SCALARS = ("name", "street", "city", "state", "postal_code", "phone", "website")
_TEXTS = (*_SCALARS, "fee_confidence", "fee_note", "fee_evidence", "fee_source_url", "licence", "source_url",
          "coordinates_source")
# "fees" (the classified amounts of the fee's source, a list) is kept for the review sheet, not written out.
CLINIC_FIELDS = (
    "clinic_id", *_SCALARS, "latitude", "longitude", "coordinates_source", "routes", "conditions", "ketamine_provider",
    "fee_min", "fee_max", "fee_confidence", "fee_note", "fee_evidence", "fee_source_url", "fee_as_of", "sources",
    "licences", "first_seen", "last_seen", "fees", "review_flags", "identity_conflict",
)


def merge_items(items: list[dict]) -> pd.DataFrame:
    """One row per clinic from crawl items as read_crawls gives them: every field of the crawl item, text stripped,
    numbers as floats; a missing value may be None. A clinic that shares a phone or an address with another but
    not its identity says so in `identity_conflict`, naming both."""
    if not items:
        return pd.DataFrame(columns=CLINIC_FIELDS)
    # In one order whatever the crawl's, so that the same items always link the same way.
    records = sorted((_record(item) for item in items), key=_canonical_order)
    roots, conflicts = linking.link(records)
    groups: dict[int, list[dict]] = defaultdict(list)
    for record, root in zip(records, roots):
        groups[root].append(record)
    row_of = {root: position for position, root in enumerate(groups)}
    frame = pd.DataFrame([_clinic(members) for members in groups.values()], columns=CLINIC_FIELDS)
    for column in ("latitude", "longitude", "fee_min", "fee_max"):
        # A column that is None throughout would otherwise stay of object dtype.
        frame[column] = pd.to_numeric(frame[column], errors="coerce").astype(float)
    frame["identity_conflict"] = _conflict_texts(frame, [(row_of[roots[c.first]], row_of[roots[c.second]], c)
                                                         for c in conflicts])
    frame["clinic_id"] = identity.distinct_ids(frame["clinic_id"].tolist(), frame["name"].tolist(),
                                               frame["sources"].tolist())
    return frame.sort_values("clinic_id", kind="stable").reset_index(drop=True)


def _canonical_order(record: dict) -> tuple:
    return (record["source_url"], record["name"], record["postal_code"], record["street"], record["phone"],
            record["_date"], record["fee_min"] is None, record["fee_min"] or 0.0)


_CONFLICTS_NAMED = 3


def _conflict_texts(frame: pd.DataFrame, pairs: list[tuple[int, int, linking.Conflict]]) -> list[str]:
    """For each row, the sentence naming the clinics it conflicts with and both sides' sources; "" for none."""
    names, sources = frame["name"].tolist(), frame["sources"].tolist()
    found: dict[int, dict[int, tuple[str, set[str]]]] = defaultdict(dict)
    for a, b, conflict in pairs:
        for this, other in ((a, b), (b, a)):
            key, differs = found[this].setdefault(other, (conflict.key, set()))
            differs.add(conflict.differs)
    texts = [""] * len(frame)
    for this, others in found.items():
        parts = [f"{names[other]!r} ({sources[other]}) share {key} but their {' and '.join(sorted(differs))} "
                 f"differ" for other, (key, differs) in sorted(others.items(), key=lambda o: names[o[0]])]
        more = f"; and {len(parts) - _CONFLICTS_NAMED} more" if len(parts) > _CONFLICTS_NAMED else ""
        texts[this] = (f"Identity conflict: {names[this]!r} ({sources[this]}) and " + "; and ".join(
            parts[:_CONFLICTS_NAMED]) + more + ". Both are kept apart; a reviewer decides which is the clinic.")
    return texts


def _record(item: dict) -> dict:
    """What merging reads of one item: its text ("" when missing), numbers, and the keys that rank sources."""
    record = {name: item[name] or "" for name in _TEXTS}
    date = item["crawled_at"][:10]
    record.update(
        _host=site_key(record["website"]), _site=identity.same_site_key(record["website"]),
        _rank=SOURCE_PRIORITY.get(item["source"], 1), _date=date,
        _newest_first=-int(date.replace("-", "") or 0) if date[:4].isdigit() else 0,
        latitude=item["latitude"], longitude=item["longitude"], fee_min=item["fee_min"], fee_max=item["fee_max"],
        routes=item["routes"] or (), conditions=item["conditions"] or (), fees=item["fees"] or [],
        review_flags=item["review_flags"] or (), ketamine_provider=item["ketamine_provider"],
    )
    return record


def _clinic(members: list[dict]) -> tuple:
    """The clinic's row, in CLINIC_FIELDS order."""
    # Best source first; among equals the latest crawl, so a changed fee replaces the old one.
    if len(members) > 1:
        members = sorted(members, key=lambda r: (r["_rank"], r["_newest_first"], r["source_url"]))
    scalars = tuple(_first_value(members, field) for field in _SCALARS)
    name, street, _, state, postal_code, phone, website = scalars
    located = _first_with(members, "latitude")
    priced = _first_with(members, "fee_min")
    fee_from = priced or members[0]
    # The best source that says anything decides: a clinic's own site outranks a directory listing it.
    says_provider = _first_with(members, "ketamine_provider") or members[0]
    host = next((m["_host"] for m in members if m["website"] == website), "")
    dates = [m["_date"] for m in members]
    return (
        identity.clinic_id(postal_code, street, phone, host, name, state), *scalars,
        located["latitude"] if located else None, located["longitude"] if located else None,
        located["coordinates_source"] if located else "",
        _joined(members, "routes"), _joined(members, "conditions"), says_provider["ketamine_provider"],
        fee_from["fee_min"], fee_from["fee_max"], fee_from["fee_confidence"], fee_from["fee_note"],
        fee_from["fee_evidence"], fee_from["fee_source_url"], fee_from["_date"] if priced else "",
        " ".join(sorted({m["source_url"] for m in members})), "; ".join(sorted({m["licence"] for m in members} - {""})),
        min(dates), max(dates), fee_from["fees"],
        _joined(members, "review_flags"),   # a flag of any item holds
        "",
    )


def _first_value(members: list[dict], field: str) -> str:
    """The field as the best member that states it gives it; "" when none does."""
    for member in members:
        if member[field]:
            return member[field]
    return ""


def _first_with(members: list[dict], field: str) -> dict | None:
    """The best member whose field is not None."""
    for member in members:
        if member[field] is not None:
            return member
    return None


def _joined(members: list[dict], field: str) -> str:
    """The codes any member lists, once each, sorted and joined by ";"."""
    return ";".join(sorted({code for member in members for code in member[field]}))
