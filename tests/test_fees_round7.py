"""The fee reader on the seventh round of hold-out cases (tests/fee_round7.py): whole sites read page by page and
made into clinic items, each item's fee as the case expects it.

A case listed in LEFT is one the reader still reads otherwise; for it the test holds the reader to precision only:
whatever it reads, no item publishes a wrong fee with high confidence.
"""

import pytest

from spiders.extract.fees import StandardFee, classify
from spiders.extract.page import read_page
from spiders.extract.site import clinics_from_site
from tests.fee_round7 import AFTER_FIXES, DISAGREE, LEFT, SITES
from tests.test_fees_holdout import NONE, REVIEW, _fee_ok

ROOT = "https://clinic.example"


def html(body: str, title: str) -> str:
    return f"<!doctype html><html><head><title>{title}</title></head><body><main>{body}</main></body></html>"


def read_site(pages):
    facts = [read_page(html(body, title), ROOT + path) for path, title, body in pages]
    return clinics_from_site(ROOT + "/", facts, "clinic_sites", "2026-12-01T00:00:00+00:00")


def expected_fees(items, fee):
    """Each item's expected fee: the site's, or for a chain the one of the item's city."""
    if isinstance(fee, dict):
        assert sorted(item.city for item in items) == sorted(fee), [item.city for item in items]
        return [fee[item.city] for item in items]
    return [fee] * len(items)


def fee_right(item, fee) -> bool:
    return _fee_ok(fee, StandardFee(item.fee_min, item.fee_max, "", "", "", item.fee_confidence))


def published_wrong(item, fee) -> bool:
    return item.fee_confidence == "high" and (fee in (NONE, REVIEW) or (item.fee_min, item.fee_max) != fee)


def measure(sites=SITES) -> dict:
    """Per site: high-confidence fees published and right, sites expecting a fee, sites with a wrong one."""
    published = right = wanted = wrong = 0
    failing = []
    for name, pages, fee in sites:
        items = read_site(pages)
        fees = expected_fees(items, fee) if not isinstance(fee, dict) or len(items) == len(fee) else None
        if fees is None:
            failing.append(name)
            continue
        wanted += any(f not in (NONE, REVIEW) for f in fees)
        shown = any(item.fee_confidence == "high" for item in items)
        published += shown
        bad = any(published_wrong(item, f) for item, f in zip(items, fees))
        wrong += bad
        right += shown and not bad and all(fee_right(item, f) for item, f in zip(items, fees))
        if not all(fee_right(item, f) for item, f in zip(items, fees)):
            failing.append(name)
    return {"sites": len(sites), "published": published, "right": right, "wanted": wanted, "wrong": wrong,
            "failing": failing}


def check_site(name, pages, fee, left):
    """Every item of the site reads the fee the case expects; a case in `left` only publishes no wrong fee."""
    items = read_site(pages)
    fees = expected_fees(items, fee)
    if name in left:
        assert not any(published_wrong(item, f) for item, f in zip(items, fees)), items
        return
    assert all(fee_right(item, f) for item, f in zip(items, fees)), [
        (item.city, item.fee_min, item.fee_max, item.fee_confidence, item.fee_note) for item in items]


def check_round(sites, disagree, left, least):
    """A round holds at least `least` distinct sites of 2-6 pages, a third disagreeing, and leaves at most 8."""
    assert len(sites) >= least and len({name for name, *_ in sites}) == len(sites)
    assert len(disagree) * 3 >= len(sites)
    assert all(2 <= len(pages) <= 6 for _, pages, _ in sites)
    assert set(left) <= {name for name, *_ in sites} and len(left) <= 8


@pytest.mark.parametrize("name, pages, fee", [pytest.param(*site, id=site[0]) for site in SITES + AFTER_FIXES])
def test_round7_site(name, pages, fee):
    check_site(name, pages, fee, LEFT)


def test_round7_has_30_sites_a_third_disagreeing_and_leaves_few():
    check_round(SITES, DISAGREE, LEFT, 30)


@pytest.mark.parametrize("text, kind", [
    ("Live farther north? Our partner clinic, Tampa Ketamine Wellness, offers infusions for $395.", "third_party"),
    ("Our sister clinic in Austin charges $425 per infusion.", "third_party"),
    ("Patients up north can visit our affiliated practice, where infusions are $500.", "third_party"),
    ("The referral clinic we work with charges $600 per infusion.", "third_party"),
    ("We are a partner clinic of the Ketamine Taskforce; infusions are $450.", "infusion"),
    ("Infusions are $450. Our sister clinic in Austin offers TMS.", "infusion"),
])
def test_a_clinic_the_site_refers_to_is_someone_else(text, kind):
    assert [m.kind for m in classify(text)] == [kind]
