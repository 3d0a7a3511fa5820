"""Fees read from clinic page text: every dollar amount classified by its context, then the clinic's standard fee.

    kind = page_kind(tree, url, title, text)       # page_kinds: pricing, ordinary, article or press page
    mentions = classify(text, url, page=kind)      # context + judge: one FeeMention per amount
    mentions += read_offers(tree, url, page=kind)  # schema.org offers in JSON-LD, read as price lines
    fee = standard_fee(mentions_of_every_page, call_for_pricing(text))   # standard: fee, note, confidence

Modules, in reading order: `cues` (the words that decide, one pattern per kind), `context` (blocks, table cells,
sentences and the widening contexts around an amount), `page_kinds`, `judge` (one amount's kind, count, voice and
confidence), `standard` (the clinic's fee from all its amounts), `on_request` (the "call for pricing" sentence),
`offers` (schema.org offers in JSON-LD), `places` (a chain's prices placed at the city they name).
Precision comes first: an amount that is someone else's price, another service's or another charge's never sets
the fee, and a fee resting on weak or conflicting evidence is marked "low" for a reviewer to confirm.
"""

from __future__ import annotations

import lxml.etree

from spiders.extract.amounts import parse_amount
from spiders.extract.fees import on_request
from spiders.extract.fees.context import amounts_in
from spiders.extract.fees.judge import judge
from spiders.extract.fees.mention import KINDS, FeeMention
from spiders.extract.fees.offers import offer_lines
from spiders.extract.fees.page_kinds import GENERAL, PAGE_KINDS, REFERENCE_KIND, page_kind
from spiders.extract.fees.places import by_city
from spiders.extract.fees.standard import StandardFee, standard_fee

__all__ = [
    "GENERAL", "KINDS", "PAGE_KINDS", "REFERENCE_KIND", "FeeMention", "StandardFee", "by_city", "call_for_pricing",
    "classify", "page_kind", "parse_amount", "read_offers", "standard_fee",
]


def classify(text: str, url: str = "", lowered: str | None = None, page: str = GENERAL) -> list[FeeMention]:
    """Every dollar amount of the page text, classified by its context, in page order. `page` is the page's kind
    (page_kind); `lowered` is text.lower(), when the caller has it already."""
    return [judge(found.amount, found.contexts, found.evidence, url, page) for found in amounts_in(text, lowered)]


def read_offers(tree: lxml.etree._Element, url: str = "", page: str = GENERAL) -> list[FeeMention]:
    """The prices of the page's schema.org offers (JSON-LD), classified as price lines (fees.offers)."""
    return [mention for line in offer_lines(tree) for mention in classify(line, url, page=page)]


def call_for_pricing(text: str, lowered: str | None = None, page: str = GENERAL) -> str | None:
    """The sentence saying prices are given on request ("call for pricing", "varies by insurance"...), else None.
    An article or press page speaks for no clinic: None."""
    return None if page in REFERENCE_KIND else on_request.call_for_pricing(text, lowered)
