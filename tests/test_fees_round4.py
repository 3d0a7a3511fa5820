"""The fee reader on the fourth round of hold-out cases (tests/fee_round4.py), read and judged as in round three;
and amounts written in words."""


import pytest

from spiders.extract.amounts import find_amounts
from spiders.extract.fees import classify
from spiders.extract.fees.context import MAX_AMOUNTS
from tests import fee_round4
from tests.fee_round4 import LEFT, PAGES, TEXT_CASES
from tests.test_fees_holdout import NONE, REVIEW, read_html, read_text
from tests.test_fees_round3 import check, round_params

TEXT_PARAMS, PAGE_PARAMS = round_params(fee_round4)


@pytest.mark.parametrize("text, expected, fee", TEXT_PARAMS)
def test_round4_statement(text, expected, fee):
    check(text, expected, fee, *read_text(text), left=LEFT)


@pytest.mark.parametrize("path, title, body, expected, fee", PAGE_PARAMS)
def test_round4_page(path, title, body, expected, fee):
    check(path, expected, fee, *read_html(path, title, body), left=LEFT)


@pytest.mark.parametrize("text, value", [
    ("four hundred seventy-five dollars", 475.0),
    ("four hundred and twenty-five dollars", 425.0),
    ("Two Thousand Seven Hundred Dollars", 2700.0),
    ("two thousand, five hundred fifty dollars", 2550.0),
    ("ninety-nine dollars", 99.0),
    ("one dollar", 1.0),
])
def test_amounts_written_in_words(text, value):
    assert [(a.start, a.end, a.low) for a in find_amounts(f"It is {text}.")] == [(6, 6 + len(text), value)]


@pytest.mark.parametrize("text", [
    "forty-five minutes", "six infusions over three weeks", "HSA dollars", "dollars and cents", "a few dollars",
    "four hundred patients", "seventy dollarsigns",
])
def test_number_words_without_dollars_are_no_amounts(text):
    assert find_amounts(text) == []


def test_round4_has_at_least_80_cases_a_third_traps_and_leaves_few():
    statements = [case for table in TEXT_CASES.values() for case in table]
    assert len(statements) + len(PAGES) >= 80 and len(PAGES) >= 12
    fees = [fee for *_, fee in statements] + [fee for *_, fee in PAGES]
    assert sum(fee in (NONE, REVIEW) for fee in fees) * 3 >= len(fees)
    cases = [text for text, *_ in statements] + [path for path, *_ in PAGES]
    assert all(any(case.startswith(prefix) for case in cases) for prefix in LEFT)
    assert len(LEFT) <= 8


@pytest.mark.timeout(30)   # read in a fraction of a second (bench/bench_fees.py); a quadratic reader takes minutes
@pytest.mark.parametrize("header", ["Item | Qty | Count | Number", "Item | Price | Cost | Fee"])
def test_a_long_table_of_bare_numbers_is_read_whole(header):
    rows = "\n".join(f"Widget {i} | {i + 10} | {2 * i + 10} | {3 * i + 10}" for i in range(20_000))
    mentions = classify(f"{header}\n{rows}")
    assert len(mentions) == (0 if "Qty" in header else MAX_AMOUNTS)
