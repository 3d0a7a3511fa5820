"""clinic_sites over the whole bundled sample web, scored clinic by clinic against its answer key."""

import pytest
import pytest_twisted

from clinicdir.sample_web import ANSWER_KEY, SampleWeb
from directory.identity import street_core
from spiders.sources.clinic_sites import ClinicSitesSpider
from tests.crawling import crawl


@pytest_twisted.async_fixture(scope="module")
async def sample_crawl():
    """One crawl for the whole module: (items by address, requests the sample web served, the run)."""
    with SampleWeb() as web:
        run = await crawl(ClinicSitesSpider, urls=web.start_urls)
        requests = list(web.requests)
    return {(item.postal_code, street_core(item.street)): item for item in run.items}, requests, run


def expected(clinic):
    return pytest.param(clinic, id=f"{clinic.site}:{clinic.name}")


@pytest.mark.parametrize("clinic", [expected(c) for c in ANSWER_KEY])
def test_each_clinic_is_found_with_its_identity_and_fee(sample_crawl, clinic):
    items, _, _ = sample_crawl
    item = items.get((clinic.postal_code, street_core(clinic.street)))
    assert item is not None, f"{clinic.name} not found"
    assert (item.name, item.city, item.state, item.phone) == (clinic.name, clinic.city, clinic.state, clinic.phone)
    assert (item.fee_min, item.fee_max, item.fee_confidence) == (
        clinic.fee_min, clinic.fee_max, clinic.fee_confidence), item.fees
    assert item.ketamine_provider is clinic.ketamine_provider
    assert set(clinic.routes) <= set(item.routes)
    assert set(clinic.conditions) <= set(item.conditions)


def test_no_clinic_beyond_the_answer_key(sample_crawl):
    items, _, _ = sample_crawl
    assert len(items) == len(ANSWER_KEY)


def test_robots_txt_is_obeyed(sample_crawl):
    _, requests, _ = sample_crawl
    assert not [path for _, path in requests if path.startswith("/members/")]


def test_broken_pages_are_counted_not_fatal(sample_crawl):
    _, _, run = sample_crawl
    stats = run.stats
    assert stats["clinic_sites/pages_failed"] >= 1
    assert stats.get("clinic_sites/sites_failed", 0) == 0
