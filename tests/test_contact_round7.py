"""Round-seven contact cases: a clinic's locations from all the pages of its site read together.

The sites are in tests/contact_round7.py and tests/contact_round7_late.py; the tests below also hold the rules they brought to the sentences that
must not trip them (the clinic's own address after "trained at", "not affiliated with", a chain's other branch).
"""

import json

import pytest

from spiders.extract.page import read_page
from spiders.extract.site import clinics_from_site
from tests.contact_round7 import OTHERS
from tests.contact_round7_late import OPEN, SITES
from tests.test_contact_layouts import placed

ROOT = "https://clinic.example/"


def site(pages) -> list:
    read = [read_page(f"<html><head><title>{title}</title></head><body>{body}</body></html>", ROOT + path)
            for path, title, body in pages]
    return clinics_from_site(ROOT, read, "clinic_sites", "2026-11-01T00:00:00+00:00")


def test_the_round_is_whole_sites_a_third_of_them_printing_other_places():
    ids = [case.id for case in SITES + OPEN]
    assert len(SITES) >= 30 and len(set(ids)) == len(ids)
    assert 3 * len([case for case in SITES if case.kind == "others"]) >= len(SITES)
    assert all(2 <= len(case.pages) <= 6 for case in SITES)
    assert len(OTHERS) >= 10


@pytest.mark.parametrize("case", [pytest.param(case, id=f"{case.kind}: {case.id}") for case in SITES])
def test_round_seven_site(case):
    assert sorted(placed(site(case.pages))) == sorted(case.expected)


OWN = ("50 W Liberty St", "Reno", "NV", "89501", "")
OTHER = ("12 Oak St", "Reno", "NV", "89501", "")


@pytest.mark.parametrize("sentence, expected", [
    ("We toured Reno Ketamine Center, 12 Oak St, Reno, NV 89501, last spring.", ()),
    ("Our nurse trained at Reno Ketamine Center, 12 Oak St, Reno, NV 89501.", ()),
    ("Dr. Lee spent a year at Reno Ketamine Center, 12 Oak St, Reno, NV 89501.", ()),
    ("Sessions are with our colleagues at Reno Counseling, 12 Oak St, Reno, NV 89501.", ()),
    ("We are not affiliated with Reno Ketamine Center, 12 Oak St, Reno, NV 89501.", ()),
    ("Not to be confused with Reno Ketamine Center, 12 Oak St, Reno, NV 89501.", ()),
    ("Suite leased through Sierra Properties, 12 Oak St, Reno, NV 89501.", ()),
    # The clinic's own address after the same words.
    ("Dr. Lee trained at Stanford and now sees patients at our office, 50 W Liberty St, Reno, NV 89501.", (OWN,)),
    ("Dr. Kim trained with us at Sierra Ketamine, 50 W Liberty St, Reno, NV 89501.", (OWN,)),
    ("Dr. Lee trained at Stanford. Our office: 50 W Liberty St, Reno, NV 89501.", (OWN,)),
    ("Patients who visited Sierra Ketamine, 50 W Liberty St, Reno, NV 89501 rate us highly.", (OWN,)),
    ("An independent clinic, not affiliated with any hospital. Visit us at 50 W Liberty St, Reno, NV 89501.",
     (OWN,)),
    ("Sierra Ketamine Partners, 50 W Liberty St, Reno, NV 89501.", (OWN,)),
])
def test_words_before_an_address_naming_someone_elses_place(sentence, expected):
    assert placed(site([("", "Sierra Ketamine", f"<p>{sentence}</p>"), ("faq", "FAQ", "<p>Ask us.</p>")])) == expected


def test_a_chains_branch_listed_once_with_its_number_is_kept_but_a_place_without_one_is_not():
    footer = "<footer><p>99 W 10th Ave, Eugene, OR 97401 · 541-555-0158</p></footer>"
    branch = "<p>Bend: 1000 NW Wall St, Bend, OR 97703 · 541-555-0168</p>"
    hospital = "<p>Closest ER: Sacred Heart, 101 W 8th Ave, Spokane, WA 99204</p>"
    both = site([("", "Cascade Ketamine", footer), ("locations", "Locations", branch + hospital + footer)])
    assert [item.postal_code for item in both] == ["97401", "97703"]
    # A site read as one page gives no other page to weigh it against: what it prints is kept.
    assert len(site([("", "Cascade Ketamine", "<p>Bend: 1000 NW Wall St, Bend, OR 97703</p>" + footer)])) == 2


def _clinic_data(*streets: str) -> str:
    nodes = [{"@context": "https://schema.org", "@type": "MedicalClinic", "address": {
        "streetAddress": street, "addressLocality": "Boulder", "addressRegion": "CO", "postalCode": "80302"}}
        for street in streets]
    return f"<script type='application/ld+json'>{json.dumps(nodes if len(nodes) > 1 else nodes[0])}</script>"


def test_an_address_on_every_page_wins_over_structured_data_no_page_prints_but_not_over_one_printed():
    data = _clinic_data("2525 Arapahoe Ave")
    footer = "<footer><p>1942 Broadway, Boulder, CO 80302</p></footer>"
    pages = [("", "Flatirons Ketamine", data + footer), ("faq", "FAQ", data + footer)]
    assert [item.street for item in site(pages)] == ["1942 Broadway"]
    # A footer on some pages only is no sign the data is stale.
    pages[1] = ("faq", "FAQ", data)
    assert [item.street for item in site(pages)] == ["2525 Arapahoe Ave"]
    # Nor is one page.
    assert [item.street for item in site(pages[:1])] == ["2525 Arapahoe Ave"]
    # A chain's list of clinics is no stale data of one clinic.
    chain = _clinic_data("2525 Arapahoe Ave", "1200 Pearl St")
    pages = [("", "Flatirons Ketamine", chain + footer), ("faq", "FAQ", chain + footer)]
    assert sorted(item.street for item in site(pages)) == ["1200 Pearl St", "2525 Arapahoe Ave"]
