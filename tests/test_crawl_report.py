"""The crawl report a maintainer reads: sites, pages, fees, failures, and what changed since the last crawl."""

from clinicdir.crawl_report import crawl_report


def site(status="read", reason="", clinics=1, fee=True, failures=()):
    return {"status": status, "reason": reason, "pages": 5 if status == "read" else 0, "clinics": clinics,
            "fee_found": fee, "page_failures": list(failures)}


def stats(sites, scraped, **extra):
    return {"clinic_sites": {"finish_reason": "finished", "elapsed_time_seconds": 12.5,
                             "clinic_sites/pages_read": 40, "clinic_sites/pages_failed": 2,
                             "item_scraped_count": scraped, "sites": sites, **extra}}


def test_report_counts_sites_pages_fees_failures_and_drops():
    previous = stats({"http://a.test/": site(), "http://b.test/": site(), "http://c.test/": site()}, 10)
    now = stats({"http://a.test/": site(failures=["http://a.test/faq: HTTP 500"]),
                 "http://b.test/": site("failed", "HTTP 503"), "http://c.test/": site()}, 3,
                **{"item_dropped_reasons_count/DropItem": 1})
    items = {"clinic_sites": [{"fee_min": 450}, {"fee_min": None}, {"fee_min": None, "ketamine_provider": False}]}
    report = crawl_report(now, items, previous)
    assert "- sites: 3 tried, 2 read, 1 failed" in report
    assert "| http://b.test/ | HTTP 503 |" in report
    assert "with a published fee: 1; without: 2; not ketamine providers: 1" in report
    assert "items dropped: 1 (DropItem: 1)" in report
    assert "Page failures: HTTP 500 (1)" in report
    assert "- stopped answering: http://b.test/ (HTTP 503)" in report
    assert "- sharp drop in clinics: 10 → 3 (-70%)" in report


def test_first_crawl_has_nothing_to_compare_with():
    assert "No previous crawl to compare with." in crawl_report(stats({"http://a.test/": site()}, 1), {}, None)


def test_report_names_every_site_lost_or_capped_and_every_url_skipped():
    now = stats({"http://a.test/": site("failed", "redirects to another site: http://b.test/"),
                 "http://c.test/": {**site(clinics=50), "claimed": 4876},
                 "http://d.test/": site("failed", "crawl ended (shutdown) before the site was read")}, 50,
                skipped_urls=[{"url": "javascript:go('x|y')", "source": "http://dir.test/oh", "reason": "bad"}])
    report = crawl_report(now, {}, None)
    assert "| http://a.test/ | redirects to another site: http://b.test/ |" in report
    assert "| http://d.test/ | crawl ended (shutdown) before the site was read |" in report
    assert "| http://c.test/ | 4876 | 50 |" in report
    assert "| javascript:go('x\\|y') | http://dir.test/oh | bad |" in report   # a pipe cannot break the table
