"""The fee reader on the hold-out cases of tests/fee_holdout.py: every amount's reading and the clinic's fee."""

import pytest

from spiders.extract.fees import classify, standard_fee
from spiders.extract.page import read_page
from tests.fee_holdout import NONE, PAGES, REVIEW, TEXT_CASES


def html(body: str, title: str) -> str:
    return f"<!doctype html><html><head><title>{title}</title></head><body><main>{body}</main></body></html>"


def _matches(expected, got) -> bool:
    if len(expected) != len(got):
        return False
    for want, have in zip(expected, got):
        kinds = want[0] if isinstance(want[0], tuple) else (want[0],)
        if have[0] not in kinds or have[1] != want[1]:
            return False
        if len(want) == 4 and tuple(have[2:4]) != tuple(want[2:4]):
            return False
    return True


def _fee_ok(expected, fee) -> bool:
    if expected is NONE:
        return fee.fee_min is None and fee.fee_max is None
    if expected == REVIEW:
        return fee.confidence != "high"
    return fee.confidence == "high" and (fee.fee_min, fee.fee_max) == expected


def reading(mentions):
    return [(m.kind, m.amount, m.per_infusion_min, m.per_infusion_max) for m in mentions]


def read_text(text):
    mentions = classify(text)
    return reading(mentions), standard_fee(mentions)


def read_html(path, title, body):
    mentions = read_page(html(body, title), "https://clinic.example" + path).fees
    return reading(mentions), standard_fee(mentions)


TEXT_PARAMS = [pytest.param(text, expected, fee, id=f"{group}:{text[:50]}")
               for group, table in TEXT_CASES.items() for text, expected, fee in table]


@pytest.mark.parametrize("text, expected, fee", TEXT_PARAMS)
def test_holdout_statement(text, expected, fee):
    got, standard = read_text(text)
    assert _matches(expected, got), got
    assert _fee_ok(fee, standard), standard


@pytest.mark.parametrize("path, title, body, expected, fee", PAGES, ids=[f"{p[0]}:{p[2][:40]}" for p in PAGES])
def test_holdout_page(path, title, body, expected, fee):
    got, standard = read_html(path, title, body)
    assert _matches(expected, got), got
    assert _fee_ok(fee, standard), standard


def test_the_holdout_covers_every_class_with_at_least_60_cases():
    assert all(len(table) >= 7 for table in TEXT_CASES.values())
    assert sum(len(table) for table in TEXT_CASES.values()) + len(PAGES) >= 60
