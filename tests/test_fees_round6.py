"""The fee reader on the sixth round of hold-out cases (tests/fee_round6.py), read and judged as in round three;
Spanish price words, booking-card length lines and "US dollars" read as on the page."""

import pytest

from spiders.extract.amounts import find_amounts
from spiders.extract.fees.context import lower
from tests import fee_round6
from tests.fee_round6 import LEFT, PAGES, SECOND_BATCH, SECOND_BATCH_PAGES, TEXT_CASES
from tests.test_fees_holdout import NONE, REVIEW, read_html, read_text
from tests.test_fees_round3 import check, round_params

TEXT_PARAMS, PAGE_PARAMS = round_params(fee_round6)


@pytest.mark.parametrize("text, expected, fee", TEXT_PARAMS)
def test_round6_statement(text, expected, fee):
    check(text, expected, fee, *read_text(text), left=LEFT)


@pytest.mark.parametrize("path, title, body, expected, fee", PAGE_PARAMS)
def test_round6_page(path, title, body, expected, fee):
    check(path, expected, fee, *read_html(path, title, body), left=LEFT)


def test_round6_has_at_least_60_cases_15_pages_a_third_traps_and_leaves_few():
    statements = [case for table in TEXT_CASES.values() for case in table]
    assert len(statements) + len(PAGES) >= 60 and len(PAGES) >= 15
    fees = [fee for *_, fee in statements] + [fee for *_, fee in PAGES]
    assert sum(fee in (NONE, REVIEW) for fee in fees) * 3 >= len(fees)
    cases = [text for text, *_ in statements + SECOND_BATCH] + [path for path, *_ in PAGES + SECOND_BATCH_PAGES]
    assert all(any(case.startswith(prefix) for case in cases) for prefix in LEFT)
    assert len(LEFT) <= 8


@pytest.mark.parametrize("text, folded", [
    ("Precio por infusión", "precio por infusion"),
    ("SESIÓN de mantenimiento, año", "sesion de mantenimiento, ano"),
    ("Ketamine infusion", "ketamine infusion"),
    ("İstanbul", "i̇stanbul"),    # a character that grows when lower-cased is left as str.lower() makes it
])
def test_spanish_words_are_read_without_their_accents(text, folded):
    assert lower(text) == folded


@pytest.mark.parametrize("text, amounts", [
    ("450 US dollars", [450.0]),
    ("450 U.S. dollars", [450.0]),
    ("2,700 dollars", [2700.0]),
    ("Serving the US since 2019; dollars well spent", []),
])
def test_us_dollars_mark_an_amount(text, amounts):
    assert [amount.low for amount in find_amounts(text)] == amounts
