"""Everything one HTML page tells about a clinic, read in one pass over one parsed tree."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import html_text
import lxml.html

from spiders.extract import fees
from spiders.extract.contact import Address, addresses_in_text, normalize_phone, phones_in_text
from spiders.extract.structured import Org, read_structured
from spiders.extract.vocabulary import find_conditions, find_routes

_KETAMINE = re.compile(r"\b(?:es)?ketamine\b|\bspravato\b", re.I)
_NOT_OFFERED = re.compile(
    r"\b(?:do|does|did)\s+not\s+(?:offer|provide|administer)\s+(?:es)?ketamine|\bno\s+longer\s+offer\w*\s+ketamine",
    re.I,
)


@dataclass
class LocatedAddress:
    address: Address
    phone: str = ""      # a phone printed beside the address, if any


@dataclass
class PageFacts:
    url: str
    title: str = ""
    site_name: str = ""
    orgs: list[Org] = field(default_factory=list)
    malformed_jsonld: int = 0
    tel_links: list[str] = field(default_factory=list)
    addresses: list[LocatedAddress] = field(default_factory=list)
    fees: list[fees.FeeMention] = field(default_factory=list)
    call_for_pricing: str | None = None
    routes: list[str] = field(default_factory=list)
    conditions: list[str] = field(default_factory=list)
    ketamine_mentions: int = 0
    denies_ketamine: bool = False
    links: list[tuple[str, str]] = field(default_factory=list)


def read_page(html: str | bytes, url: str) -> PageFacts:
    tree = lxml.html.document_fromstring(html)
    structured = read_structured(tree, url)
    facts = PageFacts(
        url=url,
        title=_clean(tree.findtext(".//title") or ""),
        site_name=_clean(" ".join(tree.xpath("//meta[@property='og:site_name']/@content"))),
        orgs=structured.orgs,
        malformed_jsonld=structured.malformed_blocks,
        tel_links=_unique(normalize_phone(h) for h in tree.xpath("//a[starts-with(@href, 'tel:')]/@href")),
        links=[(a.get("href", ""), _clean(a.text_content())) for a in tree.iter("a")],
    )
    # Text last: html_text cleans scripts and styles out of the tree it is given.
    text = html_text.extract_text(tree)
    facts.addresses = _located_addresses(text)
    facts.fees = fees.classify(text, url)
    facts.call_for_pricing = fees.call_for_pricing(text)
    facts.routes = find_routes(text)
    facts.conditions = find_conditions(text)
    facts.ketamine_mentions = len(_KETAMINE.findall(text))
    facts.denies_ketamine = bool(_NOT_OFFERED.search(text))
    return facts


def _located_addresses(text: str) -> list[LocatedAddress]:
    """Addresses in the page text, each with the phone printed in its block (same or next two lines)."""
    lines = text.splitlines()
    located: list[LocatedAddress] = []
    seen: set[Address] = set()
    for i, line in enumerate(lines):
        for address in addresses_in_text(line):
            if address in seen:
                continue
            seen.add(address)
            phones = phones_in_text(" ".join(lines[i:i + 3]))
            located.append(LocatedAddress(address, phones[0] if phones else ""))
    return located


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _unique(values) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))
