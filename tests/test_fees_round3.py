"""The fee reader on the third round of hold-out cases (tests/fee_round3.py): every amount's reading and the fee.

A case listed in LEFT is one the reader still reads otherwise than its expectation; for it the test holds the
reader to precision only: whatever it reads, it publishes no wrong fee with high confidence.
"""

import pytest

from tests.fee_round3 import (
    AFTER_FIXES, AFTER_FIXES_PAGES, LEFT, PAGES, SECOND_BATCH, SECOND_BATCH_PAGES, TEXT_CASES,
)
from tests.test_fees_holdout import _fee_ok, _matches, read_html, read_text

TEXT_PARAMS = [pytest.param(text, expected, fee, id=f"{group}:{text[:50]}")
               for group, table in [*TEXT_CASES.items(), ("second_batch", SECOND_BATCH), ("after_fixes", AFTER_FIXES)]
               for text, expected, fee in table]


def round_params(module) -> tuple[list, list]:
    """A later round's statements and pages (tests/fee_round4.py on) as pytest params, with its after-fix and
    second batches."""
    tables = [*module.TEXT_CASES.items(), ("after_fixes", module.AFTER_FIXES), ("second_batch", module.SECOND_BATCH)]
    statements = [pytest.param(text, expected, fee, id=f"{group}:{text[:50]}")
                  for group, table in tables for text, expected, fee in table]
    pages = [pytest.param(*page, id=f"{page[0]}:{page[2][:40]}")
             for page in module.PAGES + module.AFTER_FIXES_PAGES + module.SECOND_BATCH_PAGES]
    return statements, pages


def check(key, expected, fee, got, standard, left=LEFT):
    """The reading and fee a case expects; for a case in `left` (a key prefix), only that no wrong fee is published
    with high confidence."""
    if any(key.startswith(prefix) for prefix in left):
        assert standard.confidence != "high" or (standard.fee_min, standard.fee_max) == fee, standard
        return
    assert _matches(expected, got), got
    assert _fee_ok(fee, standard), standard


@pytest.mark.parametrize("text, expected, fee", TEXT_PARAMS)
def test_round3_statement(text, expected, fee):
    check(text, expected, fee, *read_text(text))


ALL_PAGES = PAGES + SECOND_BATCH_PAGES + AFTER_FIXES_PAGES


@pytest.mark.parametrize("path, title, body, expected, fee", ALL_PAGES, ids=[f"{p[0]}:{p[2][:40]}" for p in ALL_PAGES])
def test_round3_page(path, title, body, expected, fee):
    check(path, expected, fee, *read_html(path, title, body))


def test_round3_has_at_least_60_cases_and_leaves_few():
    cases = [text for table in (*TEXT_CASES.values(), SECOND_BATCH, AFTER_FIXES) for text, _, _ in table]
    cases += [path for path, *_ in PAGES + SECOND_BATCH_PAGES]
    assert len(cases) >= 60
    assert all(any(case.startswith(prefix) for case in cases) for prefix in LEFT)
    assert len(LEFT) <= 8
