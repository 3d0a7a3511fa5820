"""The shared machinery of reading whole clinic websites, for `clinic_sites` and for discovery spiders.

A site is read page by page with its own budget: its robots.txt first (obeyed here, and the source of its
sitemaps), then its home page and the pages worth reading. The pages' facts are kept until the site's last request
is answered (or fails), then the site's clinics are emitted. A middleware may drop a request without a word (URL length,
depth limit, a project's own filters): a site still waiting when the spider goes idle is finished with the pages it
has, so a dropped request costs that page only. A site is its registered domain (common.sites): `www.` and apex,
http and https are one site, and one run reads each site once, whichever spider found it.
"""

from __future__ import annotations

import logging
import time
from datetime import datetime, timezone
from typing import Any, Iterable, Iterator
from urllib.parse import urljoin

import scrapy
from scrapy import signals
from scrapy.exceptions import DontCloseSpider
from scrapy.http import Response, TextResponse
from scrapy.robotstxt import ProtegoRobotParser
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots
from twisted.python.failure import Failure

from common.money import fee_range
from common.sites import same_site, site_key, site_root
from spiders.extract.links import canonical_url, ranked_links, relevance
from spiders.extract.page import PageFacts, read_page
from spiders.extract.site import clinics_from_site
from spiders.site_records import (
    ROBOTS_FORBIDDEN, SiteRegistry, SiteState, failure_reason, web_address,
)

# Links are followed from the home page and from the pages it leads to, not deeper.
_MAX_LINK_DEPTH = 2
_MAX_SITEMAP_FILES = 5
# One line per finished site; the CLI shows this logger's INFO lines as progress (scrapy crawl shows them too).
progress = logging.getLogger("clinicdir.progress")
# Clinics read from their own websites are this source, whichever spider found the site: the directory trusts a
# clinic's own site over listings about it.
SITE_SOURCE = "clinic_sites"
# The review flag of a site's clinics past CLINIC_MAX_LOCATIONS_PER_SITE (DATA_FORMAT.md, "review_flags").
TOO_MANY_LOCATIONS = "too_many_locations"


class SiteCrawlSpider(scrapy.Spider):
    """Base spider: call `site_requests(url, origin)` for each site to read; clinics come out as items."""

    # Whether the spider needs start URLs (`-a urls=...`, `clinicdir crawl --urls`).
    requires_urls = False

    def __init__(self, *args: Any, site_registry: SiteRegistry | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.sites: dict[str, SiteState] = {}
        # One record per site once it is done (read or failed): the crawl report is made from them.
        self.site_results: dict[str, dict] = {}
        # URLs never requested because they are not web addresses: (url, where it was found, reason).
        self.skipped: list[dict] = []
        self.site_registry = site_registry or SiteRegistry()
        self.crawled_at = datetime.now(timezone.utc).replace(microsecond=0).isoformat()
        self._idle_sweeps = 0

    @classmethod
    def from_crawler(cls, crawler, *args: Any, **kwargs: Any):
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.max_pages = crawler.settings.getint("CLINIC_MAX_PAGES_PER_SITE", 12)
        spider.max_locations = crawler.settings.getint("CLINIC_MAX_LOCATIONS_PER_SITE", 50)
        spider.max_url_length = crawler.settings.getint("URLLENGTH_LIMIT", 2083)
        spider.obey_robots = crawler.settings.getbool("ROBOTSTXT_OBEY")
        spider.robots_agent = crawler.settings.get("ROBOTSTXT_USER_AGENT") or crawler.settings.get("USER_AGENT")
        crawler.signals.connect(spider._on_idle, signal=signals.spider_idle)
        return spider

    def count(self, stat: str, n: int = 1) -> None:
        self.crawler.stats.inc_value(f"{self.name}/{stat}", n)

    # -- scheduling -------------------------------------------------------------------------------------------

    def site_requests(self, url: str, origin: str = "") -> Iterator[scrapy.Request]:
        """The first request of a site (its robots.txt); nothing when the URL is not a web address (reported with
        its origin) or the site is already being read, by this spider or another of the run."""
        address = web_address(url)
        if address is None:
            self.skip_url(url, origin, "not a web address")
            return
        key = site_key(address)
        reader = self.site_registry.claim(key, self.name)
        if key in self.sites or reader != self.name:
            self.count("start_urls_duplicate" if reader == self.name else "sites_read_by_other_spider")
            return
        site = self.sites[key] = SiteState(key=key, root=site_root(address), number=len(self.sites) + 1,
                                           origin=origin)
        self.count("sites_started")
        yield self._request(site, urljoin(site.root, "/robots.txt"), self._on_robots, count_page=False,
                            meta={"home_url": address})

    def skip_url(self, url: str, origin: str, reason: str) -> None:
        self.skipped.append({"url": url, "source": origin, "reason": reason})
        self.count("urls_skipped")
        self.logger.warning("%s: %s, skipped: %r", origin or "start URLs", reason, url)

    def _request(self, site: SiteState, url: str, callback, *, count_page: bool = True, priority: int = 0,
                 meta: dict | None = None, depth: int = 0) -> scrapy.Request | None:
        """The request, or None when the site's robots.txt forbids the URL."""
        site.seen.add(url)
        if site.robots is not None and not site.robots.allowed(url, self.robots_agent):
            self.count("pages_forbidden_by_robots")
            if (meta or {}).get("home"):
                site.home_failed = ROBOTS_FORBIDDEN
            return None
        site.pending += 1
        if count_page:
            site.scheduled += 1
        # Each site keeps its own set of seen URLs (the duplicate filter would drop a request without a word), and
        # obeys its own robots.txt, read once (Scrapy's middleware would fetch it again and hold a downloader slot
        # while it waits).
        return scrapy.Request(
            url, callback=callback, errback=self._on_error, dont_filter=True, priority=priority,
            meta={"site": site, "link_depth": depth, "dont_obey_robotstxt": True, **(meta or {})},
        )

    def _follow(self, site: SiteState, ranked: Iterable[tuple[int, str]], depth: int) -> Iterator[scrapy.Request]:
        for score, url in ranked:
            if site.scheduled >= self.max_pages:
                return
            if len(url) > self.max_url_length:   # Scrapy would drop it; it must not take a page of the budget
                self.count("links_too_long")
            elif url not in site.seen and (request := self._request(site, url, self._on_page, priority=score,
                                                                     depth=depth)):
                yield request

    # -- callbacks --------------------------------------------------------------------------------------------

    def _answered(self, meta: dict) -> SiteState | None:
        """The request's site, with the answer counted; None when the site was finished without it."""
        site: SiteState = meta["site"]
        if site.done:
            return None
        site.pending -= 1
        return site

    def _on_page(self, response: Response):
        if not (site := self._answered(response.meta)):
            return
        site.seen.add(canonical_url(response.url))
        facts = self._read(site, response)
        if facts is not None:
            site.pages.append(facts)
            depth = response.meta.get("link_depth", 0) + 1
            if depth <= _MAX_LINK_DEPTH:
                yield from self._follow(site, ranked_links(response.url, facts.links, site.root), depth)
        yield from self._finish_if_done(site)

    def _on_robots(self, response: Response):
        if not (site := self._answered(response.meta)):
            return
        if response.status == 200 and same_site(response.url, site.root):
            if self.obey_robots:
                site.robots = ProtegoRobotParser.from_crawler(self.crawler, response.body)
            for url in sitemap_urls_from_robots(response.body, base_url=response.url):
                yield from self._sitemap_request(site, url)
        yield from self._home_request(site, response.meta["home_url"])

    def _home_request(self, site: SiteState, url: str) -> Iterator:
        request = self._request(site, url, self._on_page, priority=100, meta={"home": True})
        if request:
            yield request
        yield from self._finish_if_done(site)

    def _sitemap_request(self, site: SiteState, url: str) -> Iterator[scrapy.Request]:
        url = canonical_url(url)
        if same_site(url, site.root) and url not in site.seen and site.sitemap_files < _MAX_SITEMAP_FILES:
            site.sitemap_files += 1
            if request := self._request(site, url, self._on_sitemap, count_page=False):
                yield request

    def _on_sitemap(self, response: Response):
        if not (site := self._answered(response.meta)):
            return
        try:
            sitemap = Sitemap(response.body)
        except Exception as exc:  # lxml raises several kinds on garbage; a sitemap is optional
            self._page_failed(site, response.url, f"unreadable sitemap ({exc.__class__.__name__})")
        else:
            locs = [canonical_url(entry.get("loc", "")) for entry in sitemap]
            if sitemap.type == "sitemapindex":
                for loc in locs:
                    yield from self._sitemap_request(site, loc)
            else:
                ranked = sorted(((relevance(loc), loc) for loc in locs if same_site(loc, site.root)),
                                key=lambda pair: -pair[0])
                yield from self._follow(site, [(s, u) for s, u in ranked if s], depth=_MAX_LINK_DEPTH)
        yield from self._finish_if_done(site)

    def _on_error(self, failure: Failure):
        request = failure.request
        if not (site := self._answered(request.meta)):
            return
        if request.callback == self._on_robots:   # no robots.txt (or none that answers): everything is allowed
            self.count("robots_txt_unavailable")
            yield from self._home_request(site, request.meta["home_url"])
            return
        reason = failure_reason(failure)
        if request.meta.get("home"):
            site.home_failed = reason if same_site(request.url, site.root) else _moved(request.url)
        if reason == ROBOTS_FORBIDDEN:
            self.count("pages_forbidden_by_robots")
        else:
            self._page_failed(site, request.url, reason)
        yield from self._finish_if_done(site)

    def _on_idle(self) -> None:
        """Every request has answered or been dropped: the sites still waiting are finished with what they have."""
        if any(not site.done for site in self.sites.values()) and self._idle_sweeps < 3:
            self._idle_sweeps += 1   # bounded: a sweep request that a middleware drops must not loop for ever
            self.crawler.engine.crawl(scrapy.Request("data:,", callback=self._finish_waiting, dont_filter=True))
            raise DontCloseSpider

    def _finish_waiting(self, response: Response):
        for site in list(self.sites.values()):
            if not site.done:
                self.count("sites_finished_when_idle")
                site.pending = 0
                yield from self._finish_if_done(site)

    # -- reading and finishing --------------------------------------------------------------------------------

    def _read(self, site: SiteState, response: Response) -> PageFacts | None:
        if not same_site(response.url, site.root):
            if response.meta.get("home"):
                site.home_failed = _moved(response.url)
            self.count("pages_offsite_redirect")
            return None
        if response.meta.get("home"):
            site.website = site_root(response.url)
        if not isinstance(response, TextResponse) or b"html" not in response.headers.get("Content-Type", b"html"):
            self.count("pages_not_html")
            return None
        if not response.body.strip():
            self._page_failed(site, response.url, "empty page")
            return None
        try:
            facts = read_page(response.text, response.url)
        except Exception as exc:  # a page lxml cannot read must not end the crawl
            self._page_failed(site, response.url, f"unreadable page ({exc.__class__.__name__}: {exc})")
            return None
        self.count("pages_read")
        if facts.malformed_jsonld:
            self.count("jsonld_blocks_malformed", facts.malformed_jsonld)
            self.logger.info("%s: %d malformed JSON-LD block(s) skipped", response.url, facts.malformed_jsonld)
        return facts

    def _page_failed(self, site: SiteState, url: str, reason: str) -> None:
        site.failures.append(f"{url}: {reason}")
        self.count("pages_failed")
        self.count(f"pages_failed/{reason.split(' (')[0]}")
        self.logger.warning("%s: %s", url, reason)

    def _finish_if_done(self, site: SiteState) -> Iterator:
        if site.pending > 0 or site.done:
            return
        site.done = True
        if site.home_failed and not site.pages:
            self.count("sites_failed")
            self.count(f"sites_failed/{site.home_failed.split(' (')[0].split(': ')[0]}")
            self._record(site, "failed", site.home_failed)
            self.logger.warning("[site %d/%d] %s failed: %s", site.number, len(self.sites), site.root,
                                site.home_failed)
            return
        clinics = clinics_from_site(site.website or site.root, site.pages, SITE_SOURCE, self.crawled_at)
        self.count("sites_read")
        claimed = len(clinics)
        if claimed > self.max_locations:
            # One site claiming hundreds of clinics is a chain, a directory or a fake: a reviewer looks first.
            clinics = clinics[:self.max_locations]
            for clinic in clinics:
                clinic.review_flags = [TOO_MANY_LOCATIONS]
            self.count("sites_with_too_many_locations")
            self.logger.warning("%s claims %d locations; the first %d go to review", site.root, claimed,
                                len(clinics))
        first = clinics[0] if clinics else None
        self._record(site, "read", "", clinics=len(clinics), claimed=claimed,
                     fee_found=bool(first and first.fee_min))
        progress.info(
            "[site %d/%d] %s: %d page(s), %d clinic(s), fee %s (%.1fs)",
            site.number, len(self.sites), site.root, len(site.pages), len(clinics),
            (fee_range(first.fee_min, first.fee_max) if first else "") or "unknown", time.monotonic() - site.started,
        )
        site.pages = []   # the facts are no longer needed; a long crawl should not hold every page
        yield from clinics

    def _record(self, site: SiteState, status: str, reason: str, **counts: Any) -> None:
        self.site_results[site.root] = _result(status, reason, site.origin, pages=len(site.pages),
                                               page_failures=site.failures, **counts)

    def listing_failed(self, failure: Failure) -> None:
        """Errback for a discovery source's own requests (a listing page, an API)."""
        self.record_listing_failure(failure.request.url, failure_reason(failure))

    def record_listing_failure(self, url: str, reason: str) -> None:
        self.count("listing_failed")
        self.site_results[url] = _result("failed", reason)
        self.logger.warning("%s: %s", url, reason)

    @property
    def failed_sites(self) -> dict[str, str]:
        return {root: r["reason"] for root, r in self.site_results.items() if r["status"] == "failed"}

    def closed(self, reason: str) -> None:
        self.record_unfinished(reason)

    def record_unfinished(self, reason: str) -> None:
        """Every site not finished yet is lost to this crawl: recorded as failed, with why."""
        for site in self.sites.values():
            if not site.done:
                site.done = True
                self._record(site, "failed", f"crawl ended ({reason}) before the site was read")


def _result(status: str, reason: str, source: str = "", **counts: Any) -> dict:
    """A site's record in the crawl statistics (site_results)."""
    return {"status": status, "reason": reason, "source": source, "pages": 0, "clinics": 0, "fee_found": False,
            "page_failures": [], **counts}


def _moved(url: str) -> str:
    return f"redirects to another site: {url}"
