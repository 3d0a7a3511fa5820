"""Which crawl items are the same clinic, and the stable id each clinic keeps across crawls.

Items are linked when they share a strong key: the same website (its registered domain, common.sites.site_key) at
the same street address, the same phone in the same ZIP, or the same name at the same street address. Linking uses
hash keys (union-find), so the cost grows with the number of items, never with the number of pairs. A chain's
locations differ by address and stay apart.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from functools import lru_cache

from rapidfuzz import fuzz

_DIRECTIONS = {"n", "s", "e", "w", "ne", "nw", "se", "sw", "north", "south", "east", "west"}
_UNIT_WORDS = {"ste", "suite", "unit", "apt", "fl", "floor", "room", "rm", "bldg", "building", "#"}
_GENERIC_NAME_WORDS = {
    "the", "and", "of", "at", "llc", "inc", "pllc", "pc", "pa", "md", "clinic", "clinics", "center", "centre",
    "centers", "ketamine", "infusion", "infusions", "therapy", "therapies", "wellness", "health", "medical",
    "institute", "group", "associates", "co",
}


_STREET_TOKENS = re.compile(r"[a-z0-9]+|#")
_HOUSE_NUMBER = re.compile(r"[a-z0-9]*[0-9][a-z0-9]*")   # the first token holding a digit


@lru_cache(maxsize=1 << 18)   # a build meets every street and name several times; 100,000 clinics must fit
def street_core(street: str) -> str:
    """House number, first street-name word and unit number: '1420 Larimer St., Suite 300' -> '1420 larimer 300'."""
    lowered = (street or "").lower()
    number = _HOUSE_NUMBER.search(lowered)
    if not number:
        return ""
    rest = _STREET_TOKENS.findall(lowered, number.end())
    name = next((t for t in rest if t not in _DIRECTIONS), "")
    unit = ""
    for i in range(len(rest) - 1):
        if rest[i] in _UNIT_WORDS:
            unit = rest[i + 1]
    return " ".join(part for part in (number[0], name, unit) if part)


@lru_cache(maxsize=1 << 18)   # a build meets every street and name several times; 100,000 clinics must fit
def name_key(name: str) -> str:
    words = re.findall(r"[a-z0-9]+", (name or "").lower())
    core = [w for w in words if w not in _GENERIC_NAME_WORDS]
    return " ".join(core or words)


def link_keys(host: str, postal_code: str, street: str, phone: str, name: str) -> list[str]:
    core = street_core(street)
    keys = []
    if host and postal_code and core:
        keys.append(f"site|{host}|{postal_code}|{core}")
    elif host and not postal_code and not core:
        keys.append(f"site-only|{host}")
    if phone and postal_code:
        keys.append(f"phone|{phone}|{postal_code}")
    if name and postal_code and core:
        keys.append(f"name|{name_key(name)}|{postal_code}|{core}")
    return keys


# Names this similar (rapidfuzz token-set ratio on the names without generic words) at one street address are
# one clinic written two ways: "Aspen Ketamine" and "Aspen Ketamine Infusion Center, LLC".
SAME_NAME_SCORE = 88


def fuzzy_name_keys(records: list[dict]) -> list[list[str]]:
    """Extra link keys for items at one address whose names nearly match and whose other evidence agrees.

    Items are compared only within a block (same ZIP and street core), so the cost stays near-linear. A site
    or phone that both items state and that differ is evidence of two practices sharing a building.
    """
    blocks: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, record in enumerate(records):
        core = street_core(record["street"])
        if record["postal_code"] and core:
            blocks[(record["postal_code"], core)].append(i)
    extra: list[list[str]] = [[] for _ in records]
    for (postal_code, core), members in blocks.items():
        for a_pos, a in enumerate(members):
            for b in members[a_pos + 1:]:
                if _same_clinic(records[a], records[b]):
                    key = f"fuzzy|{postal_code}|{core}|{a}"
                    extra[a].append(key)
                    extra[b].append(key)
    return extra


def _same_clinic(a: dict, b: dict) -> bool:
    if a["_host"] and b["_host"] and a["_host"] != b["_host"]:
        return False
    if a["phone"] and b["phone"] and a["phone"] != b["phone"]:
        return False
    return similar_names(a["name"], b["name"])


def similar_names(a: str, b: str) -> bool:
    return fuzz.token_set_ratio(name_key(a), name_key(b)) >= SAME_NAME_SCORE


def clusters(keys_per_item: list[list[str]]) -> list[int]:
    """Union-find over shared keys: the cluster number of each item (items with no key stay alone)."""
    parent = list(range(len(keys_per_item)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[str, int] = {}
    for i, keys in enumerate(keys_per_item):
        for key in keys:
            j = owner.setdefault(key, i)
            if j != i:
                a, b = root(i), root(j)
                if a != b:
                    parent[max(a, b)] = min(a, b)
    return [root(i) for i in range(len(parent))]


def clinic_id(postal_code: str, street: str, phone: str, host: str, name: str, state: str) -> str:
    """An id from the clinic's most durable identity: its address, else its phone, its site, its name.

    The address comes first because every source (the site, an open-data listing, a reviewer) states it the same
    way once normalised, so the id does not depend on which source saw the clinic first.
    """
    core = street_core(street)
    if postal_code and core:
        basis = f"addr|{postal_code}|{core}"
    elif phone:
        basis = f"phone|{phone}"
    elif host:
        basis = f"host|{host}"
    else:
        basis = f"name|{name_key(name)}|{state}"
    return "kc-" + hashlib.sha1(basis.encode("utf-8")).hexdigest()[:10]


def practice_id(address_id: str, name: str) -> str:
    """The id of one of several practices sharing an address id, told apart by name."""
    return clinic_id("", "", "", "", f"{address_id} {name}", "")
