"""clinic_sites against a local server that misbehaves: broken, missing, slow-to-recover, non-HTML and forbidden pages.

A crawl must go on through every one of these, count it in its statistics, and still emit the site's clinic.
"""

import json
import time

import pytest
import pytest_twisted
from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler
from scrapy.http import HtmlResponse
from werkzeug import Response

from spiders.site_records import read_start_urls
from spiders.sources.clinic_sites import ClinicSitesSpider
from tests.crawling import crawl

CLINIC = {
    "@context": "https://schema.org", "@type": "MedicalClinic", "name": "Juniper Ketamine Clinic",
    "telephone": "(614) 555-0110",
    "address": {"@type": "PostalAddress", "streetAddress": "88 High St", "addressLocality": "Columbus",
                "addressRegion": "OH", "postalCode": "43215"},
}


def page(body: str, title: str = "Juniper Ketamine Clinic", jsonld: dict | None = None) -> str:
    ld = f'<script type="application/ld+json">{json.dumps(jsonld)}</script>' if jsonld else ""
    return (f"<html><head><title>{title}</title>{ld}</head><body>"
            "<nav><a href='/'>Home</a> <a href='/pricing'>Pricing</a> <a href='/faq'>FAQ</a> "
            "<a href='/members/rates'>Member rates</a> <a href='/brochure'>Pricing brochure</a> "
            "<a href='/contact'>Contact</a> <a href='https://elsewhere.example/pricing'>Partner pricing</a></nav>"
            f"<main>{body}</main><footer>88 High St, Columbus, OH 43215 · "
            "<a href='tel:+16145550110'>(614) 555-0110</a></footer></body></html>")


HOME = page("<h1>IV ketamine infusions for depression and PTSD</h1><p>We treat treatment-resistant depression.</p>",
            jsonld=CLINIC)
PRICING = page("<h2>Pricing</h2><p>Each ketamine infusion is $475.</p>")
MEMBERS = page("<p>Member rate: each ketamine infusion is $300.</p>")


def serve(httpserver, routes: dict, robots: str = "User-agent: *\nDisallow: /members/\n"):
    httpserver.expect_request("/robots.txt").respond_with_data(robots, content_type="text/plain")
    for path, response in routes.items():
        if isinstance(response, str):
            httpserver.expect_request(path).respond_with_data(response, content_type="text/html; charset=utf-8")
        else:
            httpserver.expect_request(path).respond_with_handler(response)
    return httpserver.url_for("/")


def flaky(times: int, body: str):
    """Answers 503 `times` times, then the page: a transient outage the retry middleware must ride out."""
    calls = {"n": 0}

    def handler(request):
        calls["n"] += 1
        if calls["n"] <= times:
            return Response("busy", status=503)
        return Response(body, content_type="text/html; charset=utf-8")
    return handler


@pytest_twisted.ensureDeferred
async def test_broken_pages_are_counted_and_the_clinic_still_comes_out(httpserver):
    url = serve(httpserver, {
        "/": HOME,
        "/pricing": flaky(1, PRICING),
        "/faq": lambda request: Response("oops", status=500),
        "/contact": "",
        "/members/rates": MEMBERS,
        "/brochure": lambda request: Response(b"%PDF-1.4 ...", content_type="application/pdf"),
    })
    run = await crawl(ClinicSitesSpider, urls=url)

    assert len(run.items) == 1
    clinic = run.items[0]
    assert (clinic.name, clinic.phone, clinic.postal_code) == ("Juniper Ketamine Clinic", "+16145550110", "43215")
    assert clinic.fee_min == 475   # from the page that answered 503 first; never the robots-forbidden member rate
    stats = run.stats
    assert stats["clinic_sites/pages_failed/HTTP 500"] == 1
    assert stats["clinic_sites/pages_failed/empty page"] == 1
    assert stats["clinic_sites/pages_not_html"] == 1
    assert stats["clinic_sites/pages_forbidden_by_robots"] == 1
    assert stats["retry/count"] >= 1
    requested = {entry[0].path for entry in httpserver.log}
    assert "/members/rates" not in requested


@pytest_twisted.ensureDeferred
async def test_a_site_whose_home_page_fails_is_reported_and_others_go_on(httpserver):
    good = serve(httpserver, {"/": HOME, "/pricing": PRICING})
    run = await crawl(ClinicSitesSpider, urls=[good, "http://127.0.0.1:9/"])   # port 9: nothing listens

    assert [item.name for item in run.items] == ["Juniper Ketamine Clinic"]
    failed = run.crawler.spider.failed_sites
    assert list(failed) == ["http://127.0.0.1:9/"] and "ConnectionRefused" in failed["http://127.0.0.1:9/"]
    assert run.stats["clinic_sites/sites_failed"] == 1


@pytest_twisted.ensureDeferred
async def test_two_start_urls_of_one_site_make_one_clinic(httpserver):
    url = serve(httpserver, {"/": HOME, "/pricing": PRICING})
    run = await crawl(ClinicSitesSpider, urls=f"{url}?utm_source=newsletter,{url}")
    assert len(run.items) == 1
    assert run.stats["clinic_sites/start_urls_duplicate"] == 1


@pytest_twisted.ensureDeferred
async def test_pages_per_site_are_bounded_and_offsite_links_ignored(httpserver):
    links = "".join(f"<a href='/treatments/t{i}'>Treatment {i}</a>" for i in range(40))
    links += "<a href='https://elsewhere.example/pricing'>Partner pricing</a>"
    routes = {"/": f"<html><body><h1>Juniper Ketamine Clinic</h1>{links}</body></html>"}
    routes.update({f"/treatments/t{i}": page(f"<p>Treatment {i}</p>") for i in range(40)})
    url = serve(httpserver, routes)
    run = await crawl(ClinicSitesSpider, {"CLINIC_MAX_PAGES_PER_SITE": 5}, urls=url)
    pages = {entry[0].path for entry in httpserver.log} - {"/robots.txt"}
    assert len(pages) == 5
    assert run.items[0].pages <= 5


@pytest_twisted.ensureDeferred
async def test_sitemap_named_in_robots_leads_to_an_unlinked_pricing_page(httpserver):
    home = page("<p>IV ketamine infusion therapy.</p>", jsonld=CLINIC).replace("/pricing", "/about")
    sitemap = ("<?xml version='1.0'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
               f"<url><loc>{httpserver.url_for('/investment')}</loc></url>"
               f"<url><loc>{httpserver.url_for('/blog/news')}</loc></url></urlset>")
    url = serve(httpserver, {
        "/": home,
        "/investment": page("<h2>Cost of treatment</h2><p>A single ketamine infusion costs $525.</p>"),
        "/sitemap.xml": sitemap,
    }, robots=f"User-agent: *\nDisallow:\nSitemap: {httpserver.url_for('/sitemap.xml')}\n")
    run = await crawl(ClinicSitesSpider, urls=url)
    assert run.items[0].fee_min == 525
    assert run.items[0].fee_source_url.endswith("/investment")


@pytest_twisted.ensureDeferred
async def test_malformed_html_and_jsonld_do_not_stop_the_site(httpserver):
    broken_ld = '<script type="application/ld+json">{"@type": "MedicalClinic", "name": "X",}</script>'
    url = serve(httpserver, {
        "/": HOME.replace("<head>", f"<head>{broken_ld}"),
        "/pricing": "<html><body><div><p>Each ketamine infusion is $450<table><tr><td>",
    })
    run = await crawl(ClinicSitesSpider, urls=url)
    assert run.items[0].fee_min == 450
    assert run.stats["clinic_sites/jsonld_blocks_malformed"] >= 1


def test_url_argument_reads_files_lists_and_comma_separated_text(tmp_path):
    listing = tmp_path / "urls.txt"
    listing.write_text("# clinics to crawl\nhttp://a.test/\n\nhttp://b.test/  # second\n")
    assert read_start_urls(str(listing)) == [("http://a.test/", f"{listing}:2"), ("http://b.test/", f"{listing}:4")]
    assert [url for url, _ in read_start_urls("http://a.test/, http://b.test/")] == ["http://a.test/", "http://b.test/"]
    assert [url for url, _ in read_start_urls(["http://a.test/", str(listing)])] == [
        "http://a.test/", "http://a.test/", "http://b.test/"]


# The handlers note a download's start a moment after Scrapy's slot notes it: two notes may stand a few ms closer
# than the delay Scrapy kept (0.2978 s was seen under load). Scrapy's default jitter would let them come 0.15 s apart.
CLOCK_SLACK = 0.01


class TimedHandler(HTTP11DownloadHandler):
    """Scrapy's HTTP handler, noting when each download starts: after the site's delay, as the crawler sees it."""
    started: list[tuple[str, float]] = []

    async def download_request(self, request):
        self.started.append((request.url, time.monotonic()))
        return await super().download_request(request)


@pytest_twisted.ensureDeferred
async def test_a_site_is_asked_no_faster_than_its_download_delay(httpserver):
    routes = {"/": HOME, "/pricing": PRICING, "/faq": page("<p>FAQ</p>"), "/contact": page("<p>Call us.</p>")}
    url = serve(httpserver, routes)
    TimedHandler.started = []
    run = await crawl(ClinicSitesSpider, {"DOWNLOAD_DELAY": 0.3, "CONCURRENT_REQUESTS_PER_DOMAIN": 2,
                                          "DOWNLOAD_HANDLERS": {"http": TimedHandler}}, urls=url)

    assert run.items[0].fee_min == 475
    started = [at for _, at in TimedHandler.started]
    assert len(started) >= 5   # robots.txt, the home page and the pages it links
    assert min(b - a for a, b in zip(started, started[1:])) >= 0.3 - CLOCK_SLACK


class TwoNamesHandler:
    """Answers for one server under two names, example.com and www.example.com (names reserved for examples),
    without any network: the home page links its pages under the www. name, as sites often do. Notes each
    download's slot and start."""
    lazy = False
    started: list[tuple[str, str, float]] = []

    def __init__(self, crawler=None) -> None:
        pass

    async def download_request(self, request):
        self.started.append((request.url, request.meta.get("download_slot"), time.monotonic()))
        path = request.url.split("example.com", 1)[1]
        links = "".join(f"<a href='http://www.example.com/{name}'>{name}</a> " for name in ("pricing", "faq"))
        ld = json.dumps(CLINIC)
        body = (f"<html><head><title>Juniper Ketamine Clinic</title><script type='application/ld+json'>{ld}</script>"
                f"</head><body><nav>{links}</nav><main>"
                + ("<p>Each ketamine infusion is $475.</p>" if path == "/pricing" else "<p>IV ketamine.</p>")
                + "</main></body></html>")
        return HtmlResponse(request.url, body=body.encode(), encoding="utf-8", request=request)

    async def close(self) -> None:
        pass


@pytest_twisted.ensureDeferred
async def test_a_server_reached_as_www_and_without_is_one_slot_and_one_delay():
    TwoNamesHandler.started = []
    run = await crawl(ClinicSitesSpider, {"DOWNLOAD_DELAY": 0.3, "CONCURRENT_REQUESTS_PER_DOMAIN": 2,
                                          "CLINICDIR_ALLOWED_NETWORK": "",   # no network: the handler answers
                                          "DOWNLOAD_HANDLERS": {"http": TwoNamesHandler}}, urls="http://example.com/")

    assert run.items[0].fee_min == 475
    hosts = {url.split("/")[2] for url, _, _ in TwoNamesHandler.started}
    assert hosts == {"example.com", "www.example.com"}
    assert {slot for _, slot, _ in TwoNamesHandler.started} == {"example.com"}
    started = [at for _, _, at in TwoNamesHandler.started]
    assert min(b - a for a, b in zip(started, started[1:])) >= 0.3 - CLOCK_SLACK
