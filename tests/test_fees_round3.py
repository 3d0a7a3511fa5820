"""The fee reader on the third round of hold-out cases (tests/fee_round3.py): every amount's reading and the fee."""

import pytest

from tests.fee_round3 import PAGES, TEXT_CASES
from tests.test_fees_holdout import _fee_ok, _matches, read_html, read_text

TEXT_PARAMS = [pytest.param(text, expected, fee, id=f"{group}:{text[:50]}")
               for group, table in TEXT_CASES.items() for text, expected, fee in table]


@pytest.mark.parametrize("text, expected, fee", TEXT_PARAMS)
def test_round3_statement(text, expected, fee):
    got, standard = read_text(text)
    assert _matches(expected, got), got
    assert _fee_ok(fee, standard), standard


@pytest.mark.parametrize("path, title, body, expected, fee", PAGES, ids=[f"{p[0]}:{p[2][:40]}" for p in PAGES])
def test_round3_page(path, title, body, expected, fee):
    got, standard = read_html(path, title, body)
    assert _matches(expected, got), got
    assert _fee_ok(fee, standard), standard


def test_round3_has_at_least_60_cases():
    assert sum(len(table) for table in TEXT_CASES.values()) + len(PAGES) >= 60
