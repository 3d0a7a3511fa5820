"""Which crawl items are one clinic, linked only on corroborated identity, and which ones claim one identity but
disagree: the identity conflicts a reviewer settles.

Items are one clinic when they have the same site (registered domain, identity.same_site_key) at the same street
address, or when they share a phone in one ZIP code, or a street address, and their names read the same; a shared
phone never joins two house numbers (a chain's branches share one booking line). A phone and a ZIP code alone prove
nothing: any site can copy them. Nor does a link join two clinics whose sites differ, or whose published fees have
nothing in common: such records stay apart, and when they share a phone or an address key, each is marked with the
conflict, so that neither silently takes the other's name, site or fee.

Linking works on hash blocks (same site and address, same phone and ZIP, same address) with a union-find, so the
cost grows with the number of items; names are compared only within a block, and a block larger than BLOCK_LIMIT
links equal names only.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from directory.identity import name_key, similar_names, street_core

# Items that share one phone in one ZIP, or one street address, compared pair by pair up to this many; a larger
# block (a medical tower, a call centre's number) links items whose names are equal once generic words are gone.
BLOCK_LIMIT = 40


@dataclass(frozen=True)
class Conflict:
    """Two items that share a key but not an identity: the key ("phone +1303… in ZIP 80202") and what differs."""
    first: int
    second: int
    key: str
    differs: str   # "names", "sites" or "fees"


def link(records: list[dict]) -> tuple[list[int], list[Conflict]]:
    """The cluster number of each record, and the conflicts between records left in different clusters.

    Each record has `_site` (identity.same_site_key of its website), postal_code, street, phone, name and fee_min.
    """
    clusters = _Clusters(records)
    by_site: dict[str, list[int]] = defaultdict(list)
    by_address: dict[tuple[str, str], list[int]] = defaultdict(list)
    by_phone: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, record in enumerate(records):
        code, core, host = record["postal_code"], street_core(record["street"]), record["_site"]
        if host and code and core:
            by_site[f"{host}|{code}|{core}"].append(i)
        elif host and not code and not core:
            by_site[host].append(i)
        if code and core:
            by_address[(code, core)].append(i)
        if code and record["phone"]:
            by_phone[(record["phone"], code)].append(i)
    for members in by_site.values():   # the same site at the same address: one clinic, whatever else differs
        for other in members[1:]:
            clusters.union(members[0], other, checked=False)
    suspects: list[Conflict] = []
    for (code, core), members in _shared(by_address):
        key = f"the street address {records[members[0]]['street']!r} in ZIP {code}"
        for a, b, equal in _pairs(records, members):
            # The same name at one address is one clinic even with a second phone line; a merely similar name
            # needs the rest of the evidence to agree.
            if equal or (similar_names(records[a]["name"], records[b]["name"]) and not _differ(records, a, b)):
                differs = clusters.union(a, b)
                if differs:
                    suspects.append(Conflict(a, b, key, differs))
    for (phone, code), members in _shared(by_phone):
        key = f"the phone {phone} in ZIP {code}"
        if len(members) > BLOCK_LIMIT:
            suspects += [Conflict(members[0], other, key, "names") for other in members[1:]]
        for a, b, equal in _pairs(records, members):
            if not (equal or similar_names(records[a]["name"], records[b]["name"])):
                differs = "names"
            elif _other_houses(records, a, b):
                # Two street addresses: two branches of a chain sharing its booking line, unless they disagree.
                differs = clusters.differs(a, b)
            else:
                differs = clusters.union(a, b)
            if differs:
                suspects.append(Conflict(a, b, key, differs))
    roots = [clusters.root(i) for i in range(len(records))]
    return roots, [c for c in suspects if roots[c.first] != roots[c.second]]


def _shared(blocks: dict[tuple[str, str], list[int]]) -> list[tuple[tuple[str, str], list[int]]]:
    """The blocks that hold more than one record, in key order (the same links whatever the crawl's order)."""
    return sorted((key, members) for key, members in blocks.items() if len(members) > 1)


def _pairs(records: list[dict], members: list[int]):
    """(a, b, names equal) for the pairs of a block worth comparing: all of them in a small block, those with
    equal name keys in a large one."""
    if len(members) <= BLOCK_LIMIT:
        for position, a in enumerate(members):
            for b in members[position + 1:]:
                yield a, b, name_key(records[a]["name"]) == name_key(records[b]["name"])
        return
    first_of: dict[str, int] = {}
    for b in members:
        a = first_of.setdefault(name_key(records[b]["name"]), b)
        if a != b:
            yield a, b, True


def _other_houses(records: list[dict], a: int, b: int) -> bool:
    """Whether two records give street addresses with different house numbers (a PO box has no street name, and
    is where the mail goes, not the clinic)."""
    first, second = (street_core(records[i]["street"]).split(" ") for i in (a, b))
    return len(first) > 1 and len(second) > 1 and first[0] != second[0]


def _differ(records: list[dict], a: int, b: int) -> bool:
    """Whether two records state different phones or different sites."""
    return any(records[a][field] and records[b][field] and records[a][field] != records[b][field]
               for field in ("phone", "_site"))


class _Clusters:
    """Union-find whose clusters keep the sites and fees of their records, and refuse to join two clusters whose
    sites differ or whose fees have none in common."""

    def __init__(self, records: list[dict]) -> None:
        self.parent = list(range(len(records)))
        self.sites = [{r["_site"]} if r["_site"] else set() for r in records]
        self.fees = [set() if r["fee_min"] is None else {round(r["fee_min"], 2)} for r in records]

    def root(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def differs(self, a: int, b: int) -> str:
        """What differs ("sites", "fees") between the clusters of a and b, so that they may not be joined, or ""."""
        a, b = self.root(a), self.root(b)
        if self.sites[a] and self.sites[b] and not self.sites[a] & self.sites[b]:
            return "sites"
        if self.fees[a] and self.fees[b] and not self.fees[a] & self.fees[b]:
            return "fees"
        return ""

    def union(self, a: int, b: int, checked: bool = True) -> str:
        """Join the clusters of a and b; what differs ("sites", "fees") when they may not be joined, else ""."""
        a, b = self.root(a), self.root(b)
        if a == b:
            return ""
        differs = self.differs(a, b) if checked else ""
        if differs:
            return differs
        keep, gone = min(a, b), max(a, b)
        self.parent[gone] = keep
        self.sites[keep] |= self.sites[gone]
        self.fees[keep] |= self.fees[gone]
        return ""
