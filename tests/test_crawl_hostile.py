"""Crawls against sites that lose clinics in quiet ways: host-name redirects, requests a middleware drops without a
word, bad URLs from every source, one site named by several spiders, and a site claiming a nation of locations."""

import json
import re

import pandas as pd
import pytest
import pytest_twisted
from werkzeug import Response

from directory.merge import merge_items
from directory.policy import Policy, decide
from spiders.sources.clinic_sites import ClinicSitesSpider
from spiders.sources.osm_overpass import OSM_ELEMENT_URL, OsmOverpassSpider
from spiders.sources.sample_directory import SampleDirectorySpider
from tests.crawling import crawl, crawl_together
from tests.test_merge import item
from tests.test_clinic_sites_failures import CLINIC, HOME, PRICING, page, serve

# Requests to named hosts go through the local server as an HTTP proxy: nothing leaves the machine, so the
# loopback-only guard (which knows addresses, not names) is off for these crawls.
NAMED = {"CLINICDIR_ALLOWED_NETWORK": ""}


@pytest.fixture
def named_web(httpserver, monkeypatch):
    """{(host, path): page or handler}, served under real-looking host names through a local proxy."""
    for name in ("http_proxy", "HTTP_PROXY", "no_proxy", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("http_proxy", httpserver.url_for("/").rstrip("/"))
    pages: dict = {}

    def answer(request):
        found = pages.get((request.host, request.path))
        if found is None:
            return Response("not found", status=404)
        if callable(found):
            return found(request)
        return Response(found, content_type="text/plain" if request.path == "/robots.txt" else "text/html")

    httpserver.expect_request(re.compile(".*")).respond_with_handler(answer)
    return pages


def redirect(location: str):
    return lambda request: Response("", status=301, headers={"Location": location})


# -- a site is its registered domain ---------------------------------------------------------------------------

@pytest.mark.parametrize("asked, answers", [
    ("juniperclinic.com", "www.juniperclinic.com"),   # apex redirects to www (most real sites do one or the other)
    ("www.juniperclinic.com", "juniperclinic.com"),
])
@pytest_twisted.ensureDeferred
async def test_a_home_page_redirecting_to_another_host_of_the_site_is_read(named_web, asked, answers):
    named_web[(asked, "/")] = redirect(f"http://{answers}/")
    named_web[(answers, "/")] = HOME.replace("href='/pricing'", f"href='http://{answers}/pricing'")
    named_web[(answers, "/pricing")] = PRICING
    run = await crawl(ClinicSitesSpider, NAMED, urls=f"http://{asked}/")

    assert [(item.name, item.fee_min, item.website) for item in run.items] == [
        ("Juniper Ketamine Clinic", 475, f"http://{answers}/")]
    assert run.crawler.spider.failed_sites == {}


@pytest_twisted.ensureDeferred
async def test_a_home_page_redirecting_to_another_site_is_reported_with_its_target(named_web):
    named_web[("oldjuniper.com", "/")] = redirect("http://juniper-health.org/welcome")
    named_web[("juniper-health.org", "/welcome")] = HOME
    run = await crawl(ClinicSitesSpider, NAMED, urls="http://oldjuniper.com/")

    assert run.items == []
    assert run.crawler.spider.failed_sites == {
        "http://oldjuniper.com/": "redirects to another site: http://juniper-health.org/welcome"}


# -- a dropped request costs its page only ---------------------------------------------------------------------

class DropFaq:
    """A project's own spider middleware filtering requests out without an errback, as Scrapy's own do."""

    async def process_spider_output(self, response, result):
        async for output in result:
            if not getattr(output, "url", "").endswith("/faq"):
                yield output


LONG_LINK = "/pricing/estimate?session=" + "a1b2c3d4" * 300   # 2,426 characters, over URLLENGTH_LIMIT


@pytest.mark.parametrize("settings, home", [
    pytest.param({}, HOME.replace("</main>", f"<a href='{LONG_LINK}'>Cost estimate</a></main>"), id="overlong-link"),
    pytest.param({"DEPTH_LIMIT": 2}, HOME, id="depth-limit"),   # robots.txt 0, home 1, FAQ 2, its link 3
    pytest.param({"SPIDER_MIDDLEWARES": {"tests.test_crawl_hostile.DropFaq": 500}}, HOME, id="project-filter"),
])
@pytest_twisted.ensureDeferred
async def test_a_request_dropped_without_an_errback_costs_its_page_only(httpserver, settings, home):
    # The FAQ (one link from home) links a page no other page links: two links from home.
    faq = page("<h2>FAQ</h2><p>Your first visit takes two hours.</p><a href='/insurance'>Insurance</a>")
    url = serve(httpserver, {"/": home, "/pricing": PRICING, "/faq": faq, "/contact": page("<p>Call us.</p>"),
                             "/insurance": page("<p>We bill most plans.</p>")})
    run = await crawl(ClinicSitesSpider, settings, urls=url)

    assert [(item.name, item.fee_min) for item in run.items] == [("Juniper Ketamine Clinic", 475)]
    results = run.crawler.spider.site_results
    assert [r["status"] for r in results.values()] == ["read"]


# -- a bad URL is reported where it was found, and the rest go on ----------------------------------------------

BAD_URLS = ["http://[2001:db8::1", "https://juniper.example:80a/", "javascript:void(0)", "mailto:desk@juniper.example"]


@pytest_twisted.ensureDeferred
async def test_bad_start_urls_are_reported_by_line_and_the_rest_are_crawled(httpserver, tmp_path):
    good = serve(httpserver, {"/": HOME, "/pricing": PRICING})
    listing = tmp_path / "urls.txt"
    listing.write_text("\n".join(["# clinics", *BAD_URLS, good]) + "\n")
    run = await crawl(ClinicSitesSpider, urls=str(listing))

    assert [item.name for item in run.items] == ["Juniper Ketamine Clinic"]
    assert [(s["url"], s["source"]) for s in run.crawler.spider.skipped] == [
        (url, f"{listing}:{line}") for line, url in enumerate(BAD_URLS, start=2)]


@pytest_twisted.ensureDeferred
async def test_a_bad_website_tag_in_open_data_is_reported_and_the_next_elements_are_read(httpserver):
    site = serve(httpserver, {"/": HOME, "/pricing": PRICING})
    elements = [{"type": "node", "id": 10 + i, "lat": 40.0, "lon": -83.0,
                 "tags": {"name": f"Listed Ketamine Clinic {i}", "healthcare": "clinic", "website": url}}
                for i, url in enumerate([*BAD_URLS, site])]
    httpserver.expect_request("/api/interpreter").respond_with_json({"elements": elements})
    run = await crawl(OsmOverpassSpider, {"OVERPASS_URL": httpserver.url_for("/api/interpreter")})

    names = {(item.source, item.name) for item in run.items}
    assert ("clinic_sites", "Juniper Ketamine Clinic") in names
    assert {f"Listed Ketamine Clinic {i}" for i in range(5)} == {n for s, n in names if s == "osm_overpass"}
    assert [s["source"] for s in run.crawler.spider.skipped] == [
        OSM_ELEMENT_URL.format(type="node", id=10 + i) for i in range(4)]
    assert all(item.website == "" for item in run.items if item.name.endswith(("0", "1", "2", "3")))


@pytest_twisted.ensureDeferred
async def test_bad_links_on_a_directory_page_are_reported_and_the_rest_of_the_listing_is_read(httpserver):
    def entry(name, website):
        return (f"<article class='listing'><h3 class='listing-name'>{name}</h3>"
                f"<a class='listing-website' href='{website}'>Website</a></article>")
    listing = "".join(entry(f"Listed Clinic {i}", url) for i, url in enumerate(BAD_URLS))
    serve(httpserver, {
        "/": HOME, "/pricing": PRICING,
        "/states": "<a class='state-link' href='http://[bad'>Ohio</a> <a class='state-link' href='/oh'>Ohio</a>",
        "/oh": listing + entry("Juniper Ketamine Clinic", "/") + "<a rel='next' href='javascript:more()'>More</a>",
    })
    run = await crawl(SampleDirectorySpider, urls=httpserver.url_for("/states"))

    assert ("clinic_sites", "Juniper Ketamine Clinic") in {(item.source, item.name) for item in run.items}
    assert len([item for item in run.items if item.source == "sample_directory"]) == 5
    skipped = {s["url"]: s["source"] for s in run.crawler.spider.skipped}
    assert skipped == {"http://[bad": httpserver.url_for("/states"), "javascript:more()": httpserver.url_for("/oh"),
                       **{url: httpserver.url_for("/oh") for url in BAD_URLS}}


# -- one crawl per site per run --------------------------------------------------------------------------------

@pytest_twisted.ensureDeferred
async def test_a_site_several_spiders_find_is_crawled_once(httpserver):
    site = serve(httpserver, {"/": HOME, "/pricing": PRICING,
                              "/states": "<article class='listing'><h3 class='listing-name'>Juniper Ketamine Clinic"
                                         "</h3><a class='listing-website' href='/'>Website</a></article>"})
    httpserver.expect_request("/api/interpreter").respond_with_json({"elements": [
        {"type": "node", "id": 1, "tags": {"name": "Juniper Ketamine Clinic", "website": site}}]})
    runs = await crawl_together([(ClinicSitesSpider, {"urls": site}),
                                 (SampleDirectorySpider, {"urls": httpserver.url_for("/states")}),
                                 (OsmOverpassSpider, {})], {"OVERPASS_URL": httpserver.url_for("/api/interpreter")})

    paths = [request.path for request, _ in httpserver.log]
    assert (paths.count("/"), paths.count("/pricing")) == (1, 1)
    assert len([item for run in runs for item in run.items if item.source == "clinic_sites"]) == 1
    assert sum(site in run.crawler.spider.site_results for run in runs) == 1
    names = {run.crawler.spider.name for run in runs}
    for run in runs:   # each spider's statistics under its own name
        assert {key.split("/")[0] for key in run.stats} & names == {run.crawler.spider.name}


# -- a cap on the clinics one site can claim -------------------------------------------------------------------

def chain_page(locations: int) -> str:
    graph = [{**CLINIC, "name": f"Juniper Ketamine Clinic {n}", "telephone": f"(614) 555-{n:04d}",
              "address": {**CLINIC["address"], "streetAddress": f"{100 + n} High St"}} for n in range(locations)]
    return page("<h1>Our locations</h1>", jsonld={"@context": "https://schema.org", "@graph": graph})


@pytest_twisted.ensureDeferred
async def test_a_site_claiming_too_many_locations_sends_the_first_ones_to_review(httpserver):
    url = serve(httpserver, {"/": chain_page(60), "/pricing": PRICING})
    run = await crawl(ClinicSitesSpider, urls=url)

    assert len(run.items) == 50
    assert all(item.review_flags == ["too_many_locations"] for item in run.items)
    result = run.crawler.spider.site_results[url]
    assert (result["status"], result["claimed"], result["clinics"]) == ("read", 60, 50)

    frame = merge_items([json.loads(json.dumps(item.__dict__)) for item in run.items])
    frame = frame.assign(stale=False, geo_issue="", latitude=40.0)
    decisions = decide(frame, Policy())
    assert set(zip(decisions.status, decisions.reason_code)) == {("review", "too_many_locations")}
    assert decisions.reason.str.contains("claims more locations").all()


@pytest_twisted.ensureDeferred
async def test_a_chain_within_the_cap_is_not_flagged(httpserver):
    url = serve(httpserver, {"/": chain_page(8), "/pricing": PRICING})
    run = await crawl(ClinicSitesSpider, urls=url)
    assert len(run.items) == 8 and not any(item.review_flags for item in run.items)


def test_a_flag_on_any_item_of_a_clinic_holds_after_merging():
    base = {"source_url": "http://a.test/", "crawled_at": "2026-12-01T00:00:00+00:00", "name": "Juniper Ketamine",
            "street": "88 High St", "postal_code": "43215", "phone": "+16145550110"}
    frame = merge_items([item(**base, source="clinic_sites", review_flags=["too_many_locations"]),
                         item(**{**base, "source_url": "http://dir.test/oh"}, source="sample_directory")])
    assert frame["review_flags"].tolist() == ["too_many_locations"]
    listed = pd.DataFrame([{"fee_min": 450, "fee_note": "", "ketamine_provider": True, "latitude": 40.0,
                            "geo_issue": "", "stale": False, "last_seen": "", "review_flags": ""}])
    assert decide(listed, Policy()).status.tolist() == ["listed"]
