"""The fee reader on the fifth round of hold-out cases (tests/fee_round5.py), read and judged as in round three;
dot-leader price lines and schema.org offers read as prices."""

import json

import pytest

from spiders.extract.amounts import mark_leader_price
from spiders.extract.fees import offers
from spiders.extract.page import parse_html, read_page
from tests import fee_round5
from tests.fee_round5 import LEFT, PAGES, SECOND_BATCH, SECOND_BATCH_PAGES, TEXT_CASES
from tests.test_fees_holdout import NONE, REVIEW, html, read_html, read_text
from tests.test_fees_round3 import check, round_params

TEXT_PARAMS, PAGE_PARAMS = round_params(fee_round5)


@pytest.mark.parametrize("text, expected, fee", TEXT_PARAMS)
def test_round5_statement(text, expected, fee):
    check(text, expected, fee, *read_text(text), left=LEFT)


@pytest.mark.parametrize("path, title, body, expected, fee", PAGE_PARAMS)
def test_round5_page(path, title, body, expected, fee):
    check(path, expected, fee, *read_html(path, title, body), left=LEFT)


def test_round5_has_at_least_70_cases_15_pages_a_third_traps_and_leaves_few():
    statements = [case for table in TEXT_CASES.values() for case in table]
    assert len(statements) + len(PAGES) >= 70 and len(PAGES) >= 15
    fees = [fee for *_, fee in statements] + [fee for *_, fee in PAGES]
    assert sum(fee in (NONE, REVIEW) for fee in fees) * 3 >= len(fees)
    cases = [text for text, *_ in statements + SECOND_BATCH] + [path for path, *_ in PAGES + SECOND_BATCH_PAGES]
    assert all(any(case.startswith(prefix) for case in cases) for prefix in LEFT)
    assert len(LEFT) <= 8


@pytest.mark.parametrize("line, marked", [
    ("Ketamine infusion (mood) .......... 475", "Ketamine infusion (mood) .......... $475"),
    ("Booster......425.00", "Booster...... $425.00"),
    ("Zofran … 25.00", "Zofran … $25.00"),
    ("NAD+ 500 mg ........ 499", "NAD+ 500 mg ........ $499"),
    # No price: a page number, a year, a count, a phone number, a sentence, a line of dots.
    ("Introduction .......... 3", None),
    ("Established .......... 2016", None),
    ("Infusions given .......... 4,500", None),
    ("Phone .......... 303-555-0142", None),
    ("Our busiest year saw 450", None),
    ("........ 450", None),
])
def test_a_number_after_a_dot_leader_is_a_price(line, marked):
    assert mark_leader_price(line) == (marked or line)


def _ld(*blocks) -> str:
    scripts = "".join(f"<script type='application/ld+json'>{block}</script>" for block in blocks)
    return f"<html><head>{scripts}</head><body><p>Welcome.</p></body></html>"


def test_offers_are_read_block_by_block_and_in_dollars_only():
    good = json.dumps({"@type": "MedicalClinic", "makesOffer": [
        {"@type": "Offer", "itemOffered": {"@type": "Service", "name": "Ketamine Infusion"}, "price": 450,
         "priceCurrency": "USD"},
        {"@type": "Offer", "name": "Booster", "priceSpecification": {"@type": "UnitPriceSpecification",
                                                                      "price": "425.00", "priceCurrency": "USD"}},
        {"@type": "Offer", "name": "Infusion (Toronto)", "price": "610", "priceCurrency": "CAD"},
        {"@type": "Offer", "name": "Free call", "price": True},
    ]})
    lines = offers.offer_lines(parse_html(_ld("{not json", good)))
    assert lines == ["Ketamine Infusion: $450 [schema.org offer]", "Booster: $425 [schema.org offer]"]


def test_an_offer_is_read_like_a_price_line_on_the_page():
    page = _ld(json.dumps({"@type": "Offer", "itemOffered": {"name": "Ketamine Infusion"}, "price": "475"}))
    fees = read_page(page, "https://clinic.example/ketamine").fees
    assert [(m.kind, m.amount, m.confidence) for m in fees] == [("infusion", 475.0, "high")]
    assert "schema.org offer" in fees[0].evidence


@pytest.mark.timeout(30)   # the walk is bounded by offers.MAX_NODES; a recursive walk would overflow instead
def test_a_deeply_nested_or_huge_offer_graph_costs_only_itself():
    deep = "[" * 50_000 + "]" * 50_000
    wide = json.dumps({"@graph": [{"@type": "Offer", "name": "Ketamine Infusion", "price": 450 + i}
                                  for i in range(10_000)]})
    lines = offers.offer_lines(parse_html(_ld(deep, wide)))
    assert len(lines) == offers.MAX_LINES
    assert read_page(html("<p>Ketamine infusion: $450</p>", "Pricing"), "https://clinic.example/pricing").fees
