"""The fee reader on the eighth round of hold-out cases (tests/fee_round8.py): whole sites read page by page and
made into clinic items, each item's fee as the case expects it.

A case listed in LEFT is one the reader still reads otherwise; for it the test holds the reader to precision only:
whatever it reads, no item publishes a wrong fee with high confidence.
"""

import pytest

from spiders.extract.fees import classify, standard_fee
from tests.fee_round8 import AFTER_FIXES, DISAGREE, LEFT, SITES
from tests.test_fees_round7 import check_round, check_site
from tests.test_fees_round7 import measure as measure_sites


def measure() -> dict:
    """Per site, as tests.test_fees_round7.measure counts it, on this round's sites."""
    return measure_sites(SITES)


@pytest.mark.parametrize("name, pages, fee", [pytest.param(*site, id=site[0]) for site in SITES + AFTER_FIXES])
def test_round8_site(name, pages, fee):
    check_site(name, pages, fee, LEFT)


def test_round8_has_24_sites_a_third_disagreeing_and_leaves_few():
    check_round(SITES, DISAGREE, LEFT, 24)


@pytest.mark.parametrize("text, kinds", [
    ("For ketamine infusions we refer patients to Clearmind Infusion Center, which charges $425.", ["third_party"]),
    ("We refer our patients out to a pain clinic that bills $900 per infusion.", ["third_party"]),
    ("Please refer to our FAQ. Infusions are $450.", ["infusion"]),
    ("Annual physical — $180 self-pay", ["other_service"]),
    ("Wellness visit: $150 self-pay", ["other_service"]),
    ("Self-pay ketamine infusion: $450", ["infusion"]),
    ("In Tijuana infusions cost $6,500 MXN; ours are $450.", ["infusion"]),
    ("Infusions: C$450 at our Vancouver office.", []),
])
def test_a_practices_other_lines_referrals_and_foreign_money(text, kinds):
    assert [m.kind for m in classify(text)] == kinds


@pytest.mark.parametrize("mentions_text, call, confidence", [
    ("Ketamine infusion: $600 self-pay. The facility fee of $350 is billed separately for each visit.", None, "low"),
    ("Ketamine infusion: $600. A $50 facility fee applies to your first visit only.", None, "high"),
    ("Ketamine infusion: $450.", "Call us for pricing.", "low"),
    ("Ketamine infusion: $450.", "Call us for package pricing.", "high"),
    ("Ketamine infusions from $400. Ketamine infusion: $475.", None, "low"),
    ("Ketamine infusions from $450. Ketamine infusion: $450.", None, "high"),
])
def test_a_charge_on_each_infusion_a_call_for_prices_or_an_unmet_floor_is_doubted(mentions_text, call, confidence):
    assert standard_fee(classify(mentions_text), call).confidence == confidence
