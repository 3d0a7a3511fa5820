"""Round-eight contact cases: one-page, script-built, multi-specialty, hospital, chain-finder, redesigned and partly
translated sites read whole.

The sites are in tests/contact_round8.py and tests/contact_round8_late.py; the tests below also hold the rule they
brought (an address printed only inside a hidden element gives way to one the page shows) to the pages it must not
trip.
"""

import pytest

from tests.contact_round8 import OTHERS
from tests.contact_round8_late import OPEN, SITES
from tests.test_contact_layouts import placed
from tests.test_contact_round7 import site

SHOWN = "<footer><p>7 E Congress St, Savannah, GA 31401 · 912-555-0121</p></footer>"
OLD = "1 Abercorn St, Savannah, GA 31401"


def test_the_round_is_whole_sites_of_new_kinds_a_third_of_them_printing_other_places():
    ids = [case.id for case in SITES + OPEN]
    assert len(SITES) >= 24 and len(set(ids)) == len(ids)
    assert 3 * len([case for case in SITES if case.kind == "others"]) >= len(SITES)
    assert all(2 <= len(case.pages) <= 6 for case in SITES)
    assert len(OTHERS) >= 8


@pytest.mark.parametrize("case", [pytest.param(case, id=f"{case.kind}: {case.id}") for case in SITES])
def test_round_eight_site(case):
    assert sorted(placed(site(case.pages))) == sorted(case.expected)


@pytest.mark.parametrize("case", [pytest.param(case, id=case.id) for case in OPEN])
def test_round_eight_open_site_prints_no_false_address(case):
    expected = {location[:4] for location in case.expected}
    assert {found[:4] for found in placed(site(case.pages))} <= expected


@pytest.mark.parametrize("hidden", [
    f"<div style='display:none'><p>{OLD}</p></div>",
    f"<div style='display: none;'><p>{OLD}</p></div>",
    f"<div style='visibility:hidden'><p>{OLD}</p></div>",
    f"<section hidden><p>{OLD}</p></section>",
])
def test_an_address_only_in_a_hidden_element_gives_way_to_the_one_shown(hidden):
    pages = [("", "Hostess City Ketamine", hidden + SHOWN), ("faq", "FAQ", hidden + SHOWN)]
    assert [item.street for item in site(pages)] == ["7 E Congress St"]


def test_a_hidden_address_stands_when_nothing_else_is_shown_or_when_it_is_also_shown():
    # A collapsed panel or a mobile menu is the only place this page prints it.
    alone = f"<div style='display:none'><p>{OLD} · 912-555-0121</p></div>"
    assert [item.street for item in site([("", "Hostess City Ketamine", alone), ("faq", "FAQ", alone)])] == [
        "1 Abercorn St"]
    # Printed in a hidden panel and in the visible text too: shown.
    both = f"<div hidden><p>{OLD}</p></div><p>{OLD} · 912-555-0122</p>{SHOWN}"
    assert sorted(item.street for item in site([("", "Two Ketamine", both), ("faq", "FAQ", both)])) == [
        "1 Abercorn St", "7 E Congress St"]
    # A hidden element without an address changes nothing.
    plain = "<div style='display:none'><p>Menu</p></div>" + SHOWN
    assert [item.street for item in site([("", "Hostess City Ketamine", plain)])] == ["7 E Congress St"]


def test_a_hidden_element_inside_another_counts_its_text_once():
    nested = f"<div style='display:none'><div hidden><p>{OLD}</p></div></div><p>{OLD} · 912-555-0122</p>"
    pages = [("", "Two Ketamine", nested + SHOWN), ("faq", "FAQ", nested + SHOWN)]
    assert sorted(item.street for item in site(pages)) == ["1 Abercorn St", "7 E Congress St"]
