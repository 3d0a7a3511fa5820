"""Everything one HTML page tells about a clinic, read in one pass over one parsed tree."""

from __future__ import annotations

from dataclasses import dataclass, field

import lxml.etree

from spiders.extract import fees
from common.contact import normalize_phone
from spiders.extract.contact import LocatedAddress, MapPlace, read_contact
from spiders.extract.structured import Org, read_structured
from spiders.extract.text import visible_text
from common.vocabulary import denied, find_conditions, find_routes



# lxml.etree's own HTML parser: lxml.html's element classes call back into Python for every element touched,
# which costs a third of the extraction time on a 70 KB page.
_PARSER = lxml.etree.HTMLParser(remove_comments=True, remove_pis=True)


def parse_html(html: str | bytes) -> lxml.etree._Element:
    tree = lxml.etree.fromstring(html, _PARSER)
    if tree is None:
        raise ValueError("no HTML document in the page")
    return tree


@dataclass
class PageFacts:
    url: str
    title: str = ""
    site_name: str = ""
    orgs: list[Org] = field(default_factory=list)
    malformed_jsonld: int = 0
    tel_links: list[str] = field(default_factory=list)
    addresses: list[LocatedAddress] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)         # numbers to call the clinic on, best first
    maps: list[MapPlace] = field(default_factory=list)      # map links and embedded maps
    fee_page: str = fees.GENERAL        # fees.page_kind: "pricing", "page", or "article"/"press" (never own fees)
    fees: list[fees.FeeMention] = field(default_factory=list)
    call_for_pricing: str | None = None
    routes: list[str] = field(default_factory=list)
    conditions: list[str] = field(default_factory=list)
    ketamine_mentions: int = 0
    denies_ketamine: bool = False
    links: list[tuple[str, str]] = field(default_factory=list)


def read_page(html: str | bytes, url: str) -> PageFacts:
    tree = parse_html(html)
    # A substring test on the raw page is far cheaper than an XPath over the tree.
    structured = read_structured(tree, url, microdata=("itemscope" in html) if isinstance(html, str) else True)
    # Element walks rather than XPath: an XPath "//" query costs ~50 µs on a 70 KB page, tree.iter() a few.
    links = [(a.get("href", ""), _clean("".join(a.itertext()))) for a in tree.iter("a")]
    facts = PageFacts(
        url=url,
        title=_clean(tree.findtext(".//title") or ""),
        site_name=_clean(" ".join(
            content for meta in tree.iter("meta")
            if meta.get("property") == "og:site_name" and (content := meta.get("content")) is not None
        )),
        orgs=structured.orgs,
        malformed_jsonld=structured.malformed_blocks,
        tel_links=_unique(normalize_phone(href) for href, _ in links if href.startswith("tel:")),
        links=links,
    )
    text = examined_text(visible_text(tree))
    lowered = _lower(text)
    contact = read_contact(text, tree, links, facts.tel_links)
    facts.addresses, facts.phones, facts.maps = contact.addresses, contact.phones, contact.maps
    facts.fee_page = fees.page_kind(tree, url, facts.title, text)
    facts.fees = fees.classify(text, url, lowered, facts.fee_page) + fees.read_offers(tree, url, facts.fee_page)
    facts.call_for_pricing = fees.call_for_pricing(text, lowered, facts.fee_page)
    facts.routes = find_routes(text, lowered)
    facts.conditions = find_conditions(text, lowered)
    facts.ketamine_mentions = lowered.count("ketamine") + lowered.count("spravato")
    facts.denies_ketamine = _denies_ketamine(lowered)
    return facts


# What one page may cost: the readers below work on at most this much of its text, so a huge page costs no more
# than a large one. A clinic page's text is a few thousand characters; a longer page keeps its head and its tail,
# where the footer with the address is.
MAX_TEXT = 60_000
MAX_TAIL = 10_000


def examined_text(text: str) -> str:
    """The page text the readers examine, at most MAX_TEXT characters of it."""
    if len(text) <= MAX_TEXT:
        return text
    return f"{text[:MAX_TEXT - MAX_TAIL]}\n{text[-MAX_TAIL:]}"


def _denies_ketamine(lowered: str) -> bool:
    at = lowered.find("ketamine")
    while at >= 0:
        if denied(lowered, at, at + 8):
            return True
        at = lowered.find("ketamine", at + 8)
    return False


# Each Latin-1 character lower-cases to one Latin-1 character (a test checks it), so most page text (Latin-1 as a whole)
# lower-cases through a byte table in C: str.lower() takes a slow path, character by character, for any text that is
# not pure ASCII, and costs as much as a regex scan of the page.
_LATIN1_LOWER = bytes(ord(chr(byte).lower()) for byte in range(256))


def _lower(text: str) -> str:
    try:
        return text.encode("latin-1").translate(_LATIN1_LOWER).decode("latin-1")
    except UnicodeEncodeError:
        return text.lower()


def _clean(text: str) -> str:
    return " ".join(text.split())    # str.split() breaks on exactly the characters regex "\s" matches


def _unique(values) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))
