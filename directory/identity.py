"""What identifies a clinic: its street address and name reduced to what stays the same however a source writes
them, and the stable id each clinic keeps across crawls. directory.linking decides which items are one clinic."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from functools import lru_cache

from rapidfuzz import fuzz

from common.sites import site_key

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


# Names this similar (rapidfuzz token-set ratio on the names without generic words) are one clinic written two
# ways: "Aspen Ketamine" and "Aspen Ketamine Infusion Center, LLC".
SAME_NAME_SCORE = 88


def same_site_key(url: str) -> str:
    """The site of a URL for telling clinics apart (common.sites.site_key, which gives each customer of a website
    builder a site of its own), without the "www." a host with no public suffix keeps (a test server)."""
    return site_key(url).removeprefix("www.")


def similar_names(a: str, b: str) -> bool:
    return fuzz.token_set_ratio(name_key(a), name_key(b)) >= SAME_NAME_SCORE


# The shape of every id clinic_id gives.
CLINIC_ID = r"kc-[0-9a-f]{10}"


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


def distinct_ids(ids: list[str], names: list[str], sources: list[str], keep: set[int] = frozenset()) -> list[str]:
    """Ids made unique, except those at the positions `keep`: practices sharing an address id are told apart by
    name, and records that share the name too (kept apart as an identity conflict) by their sources."""
    counts = Counter(ids)
    named = [practice_id(cid, name) if counts[cid] > 1 and i not in keep else cid
             for i, (cid, name) in enumerate(zip(ids, names))]
    counts = Counter(named)
    return [practice_id(cid, f"{name} {source}") if counts[new] > 1 and i not in keep else new
            for i, (cid, new, name, source) in enumerate(zip(ids, named, names, sources))]
