"""The shared machinery of reading whole clinic websites, for `clinic_sites` and for discovery spiders.

A site is read page by page with its own budget; the pages' facts are kept until the site's last request is
answered (or fails), then the site's clinics are emitted. Scrapy's duplicate filter is bypassed (each site keeps its
own set of seen URLs) because a filtered request would never answer and the site would never finish.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable, Iterator
from urllib.parse import urljoin, urlsplit

import scrapy
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots
from twisted.python.failure import Failure

from spiders.extract.links import canonical_url, ranked_links, relevance, same_site, site_root
from spiders.extract.page import PageFacts, read_page
from spiders.extract.site import clinics_from_site

# Links are followed from the home page and from the pages it leads to, not deeper.
_MAX_LINK_DEPTH = 2
_MAX_SITEMAP_FILES = 5
_ROBOTS_FORBIDDEN = "forbidden by robots.txt"
# One line per finished site; the CLI shows this logger's INFO lines as progress (scrapy crawl shows them too).
progress = logging.getLogger("clinicdir.progress")
# Clinics read from their own websites are this source, whichever spider found the site: the directory trusts a
# clinic's own site over listings about it.
SITE_SOURCE = "clinic_sites"


@dataclass
class SiteState:
    root: str
    number: int
    started: float = field(default_factory=time.monotonic)
    seen: set[str] = field(default_factory=set)
    pending: int = 0
    scheduled: int = 0
    pages: list[PageFacts] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    home_failed: str = ""
    sitemap_files: int = 0
    done: bool = False


class SiteCrawlSpider(scrapy.Spider):
    """Base spider: call `site_requests(url)` for each site to read; clinics come out as items."""

    # Whether the spider needs start URLs (`-a urls=...`, `clinicdir crawl --urls`).
    requires_urls = False

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.sites: dict[str, SiteState] = {}
        # One record per site once it is done (read or failed): the crawl report is made from them.
        self.site_results: dict[str, dict] = {}
        self.crawled_at = datetime.now(timezone.utc).replace(microsecond=0).isoformat()

    @classmethod
    def from_crawler(cls, crawler, *args: Any, **kwargs: Any):
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.max_pages = crawler.settings.getint("CLINIC_MAX_PAGES_PER_SITE", 12)
        return spider

    @staticmethod
    def read_url_argument(urls: str | Iterable[str]) -> list[str]:
        """URLs from a list, a comma-separated string, or a file of one URL per line ('#' starts a comment)."""
        if not isinstance(urls, str):
            return [u for value in urls for u in SiteCrawlSpider.read_url_argument(value)]
        urls = urls.strip()
        if not urls:
            return []
        if not urls.startswith(("http://", "https://")) and Path(urls).is_file():
            lines = Path(urls).read_text(encoding="utf-8").splitlines()
            return [line.split("#", 1)[0].strip() for line in lines if line.split("#", 1)[0].strip()]
        return [u.strip() for u in urls.split(",") if u.strip()]

    # -- scheduling -------------------------------------------------------------------------------------------

    def site_requests(self, url: str) -> Iterator[scrapy.Request]:
        """The first requests of a site; nothing when the site is already being read (same host, other URL)."""
        url = url.strip()
        if url and "://" not in url:
            url = f"https://{url}"   # listings often publish "www.clinic.com"
        url = canonical_url(url)
        if not url.startswith(("http://", "https://")):
            self.logger.warning("Not a web address, skipped: %r", url)
            self.crawler.stats.inc_value("clinic_sites/start_urls_invalid")
            return
        key = _site_key(url)
        if key in self.sites:
            self.crawler.stats.inc_value("clinic_sites/start_urls_duplicate")
            return
        site = self.sites[key] = SiteState(root=site_root(url), number=len(self.sites) + 1)
        self.crawler.stats.inc_value("clinic_sites/sites_started")
        yield self._request(site, url, self._on_page, priority=100, meta={"home": True})
        yield self._request(
            site, urljoin(site.root, "/robots.txt"), self._on_robots, count_page=False,
            meta={"dont_obey_robotstxt": True},
        )

    def _request(self, site: SiteState, url: str, callback, *, count_page: bool = True, priority: int = 0,
                 meta: dict | None = None, depth: int = 0) -> scrapy.Request:
        site.seen.add(url)
        site.pending += 1
        if count_page:
            site.scheduled += 1
        return scrapy.Request(
            url, callback=callback, errback=self._on_error, dont_filter=True, priority=priority,
            meta={"site": site, "link_depth": depth, **(meta or {})},
        )

    def _follow(self, site: SiteState, ranked: Iterable[tuple[int, str]], depth: int) -> Iterator[scrapy.Request]:
        for score, url in ranked:
            if site.scheduled >= self.max_pages:
                return
            if url not in site.seen:
                yield self._request(site, url, self._on_page, priority=score, depth=depth)

    # -- callbacks --------------------------------------------------------------------------------------------

    def _on_page(self, response: Response):
        site: SiteState = response.meta["site"]
        site.pending -= 1
        facts = self._read(site, response)
        if facts is not None:
            site.pages.append(facts)
            depth = response.meta.get("link_depth", 0) + 1
            if depth <= _MAX_LINK_DEPTH:
                yield from self._follow(site, ranked_links(response.url, facts.links, site.root), depth)
        yield from self._finish_if_done(site)

    def _on_robots(self, response: Response):
        site: SiteState = response.meta["site"]
        site.pending -= 1
        if isinstance(response, TextResponse) and response.status == 200:
            for url in sitemap_urls_from_robots(response.body, base_url=response.url):
                yield from self._sitemap_request(site, url)
        yield from self._finish_if_done(site)

    def _sitemap_request(self, site: SiteState, url: str) -> Iterator[scrapy.Request]:
        url = canonical_url(url)
        if same_site(url, site.root) and url not in site.seen and site.sitemap_files < _MAX_SITEMAP_FILES:
            site.sitemap_files += 1
            yield self._request(site, url, self._on_sitemap, count_page=False)

    def _on_sitemap(self, response: Response):
        site: SiteState = response.meta["site"]
        site.pending -= 1
        try:
            sitemap = Sitemap(response.body)
        except Exception as exc:  # lxml raises several kinds on garbage; a sitemap is optional
            self._page_failed(site, response.url, f"unreadable sitemap ({exc.__class__.__name__})")
        else:
            locs = [entry.get("loc", "") for entry in sitemap]
            if sitemap.type == "sitemapindex":
                for loc in locs:
                    yield from self._sitemap_request(site, loc)
            else:
                ranked = sorted(
                    ((relevance(canonical_url(loc)), canonical_url(loc)) for loc in locs if same_site(loc, site.root)),
                    key=lambda pair: -pair[0],
                )
                yield from self._follow(site, [(s, u) for s, u in ranked if s], depth=_MAX_LINK_DEPTH)
        yield from self._finish_if_done(site)

    def _on_error(self, failure: Failure):
        request = failure.request
        site: SiteState = request.meta["site"]
        site.pending -= 1
        reason = _failure_reason(failure)
        if request.meta.get("home"):
            site.home_failed = reason
        if request.callback == self._on_robots:
            self.crawler.stats.inc_value("clinic_sites/robots_txt_unavailable")
        elif reason == _ROBOTS_FORBIDDEN:
            self.crawler.stats.inc_value("clinic_sites/pages_forbidden_by_robots")
        else:
            self._page_failed(site, request.url, reason)
        yield from self._finish_if_done(site)

    # -- reading and finishing --------------------------------------------------------------------------------

    def _read(self, site: SiteState, response: Response) -> PageFacts | None:
        stats = self.crawler.stats
        if not same_site(response.url, site.root):
            stats.inc_value("clinic_sites/pages_offsite_redirect")
            return None
        if not isinstance(response, TextResponse) or b"html" not in response.headers.get("Content-Type", b"html"):
            stats.inc_value("clinic_sites/pages_not_html")
            return None
        if not response.body.strip():
            self._page_failed(site, response.url, "empty page")
            return None
        try:
            facts = read_page(response.text, response.url)
        except Exception as exc:  # a page lxml cannot read must not end the crawl
            self._page_failed(site, response.url, f"unreadable page ({exc.__class__.__name__}: {exc})")
            return None
        stats.inc_value("clinic_sites/pages_read")
        if facts.malformed_jsonld:
            stats.inc_value("clinic_sites/jsonld_blocks_malformed", facts.malformed_jsonld)
            self.logger.info("%s: %d malformed JSON-LD block(s) skipped", response.url, facts.malformed_jsonld)
        return facts

    def _page_failed(self, site: SiteState, url: str, reason: str) -> None:
        site.failures.append(f"{url}: {reason}")
        self.crawler.stats.inc_value("clinic_sites/pages_failed")
        self.crawler.stats.inc_value(f"clinic_sites/pages_failed/{reason.split(' (')[0]}")
        self.logger.warning("%s: %s", url, reason)

    def _finish_if_done(self, site: SiteState) -> Iterator:
        if site.pending > 0 or site.done:
            return
        site.done = True
        stats = self.crawler.stats
        if site.home_failed and not site.pages:
            stats.inc_value("clinic_sites/sites_failed")
            stats.inc_value(f"clinic_sites/sites_failed/{site.home_failed.split(' (')[0]}")
            self.site_results[site.root] = {"status": "failed", "reason": site.home_failed, "pages": 0,
                                            "clinics": 0, "fee_found": False, "page_failures": site.failures}
            self.logger.warning("[site %d/%d] %s failed: %s", site.number, len(self.sites), site.root, site.home_failed)
            return
        clinics = clinics_from_site(site.root, site.pages, SITE_SOURCE, self.crawled_at)
        stats.inc_value("clinic_sites/sites_read")
        first = clinics[0] if clinics else None
        self.site_results[site.root] = {"status": "read", "reason": "", "pages": len(site.pages),
                                        "clinics": len(clinics), "fee_found": bool(first and first.fee_min),
                                        "page_failures": site.failures}
        progress.info(
            "[site %d/%d] %s: %d page(s), %d clinic(s), fee %s (%.1fs)",
            site.number, len(self.sites), site.root, len(site.pages), len(clinics),
            _fee_text(first.fee_min, first.fee_max) if first else "unknown", time.monotonic() - site.started,
        )
        site.pages = []   # the facts are no longer needed; a long crawl should not hold every page
        yield from clinics


    def listing_failed(self, failure: Failure) -> None:
        """Errback for a discovery source's own requests (a listing page, an API)."""
        self.record_listing_failure(failure.request.url, _failure_reason(failure))

    def record_listing_failure(self, url: str, reason: str) -> None:
        self.crawler.stats.inc_value(f"{self.name}/listing_failed")
        self.site_results[url] = {"status": "failed", "reason": reason, "pages": 0, "clinics": 0,
                                  "fee_found": False, "page_failures": []}
        self.logger.warning("%s: %s", url, reason)

    @property
    def failed_sites(self) -> dict[str, str]:
        return {root: r["reason"] for root, r in self.site_results.items() if r["status"] == "failed"}

    def closed(self, reason: str) -> None:
        for site in self.sites.values():
            if not site.done:
                self.site_results[site.root] = {
                    "status": "failed", "reason": f"crawl ended ({reason}) before the site was read",
                    "pages": len(site.pages), "clinics": 0, "fee_found": False, "page_failures": site.failures,
                }


def _fee_text(low: float | None, high: float | None) -> str:
    if low is None:
        return "unknown"
    if high is None:
        return f"from ${low:,.0f}"
    return f"${low:,.0f}" if high == low else f"${low:,.0f}-${high:,.0f}"


def _site_key(url: str) -> str:
    return urlsplit(url).netloc.lower().removeprefix("www.")


def _failure_reason(failure: Failure) -> str:
    if failure.check(HttpError):
        return f"HTTP {failure.value.response.status}"
    if failure.check(IgnoreRequest):
        return _ROBOTS_FORBIDDEN if "robots" in str(failure.value).lower() else f"ignored ({failure.value})"
    return f"{failure.type.__name__}: {failure.getErrorMessage()}"[:200]
