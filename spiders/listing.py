"""Base for directory websites that list clinics: index → region pages → paginated entries → each clinic's site.

A new directory is a subclass naming its CSS selectors; everything else (pagination, items, reading each listed
clinic's own website in the same run, failures in the crawl report) is here.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar

import scrapy
from scrapy.http import Response

from spiders.extract.contact import parse_address
from common.items import ClinicItem
from spiders.site_records import read_start_urls, web_address
from spiders.sitecrawl import SiteCrawlSpider

_LISTED_FIELDS = ("name", "website", "street", "city", "state", "postal_code", "phone")


class DirectoryListingSpider(SiteCrawlSpider):
    requires_urls = True
    # CSS selector of one clinic's entry on a listing page.
    entry_css: ClassVar[str]
    # Item field -> selector inside an entry (ending in ::text or ::attr(...)). "address" takes a whole free-text
    # address, split into street, city, state and ZIP.
    field_css: ClassVar[dict[str, str]]
    next_page_css: ClassVar[str] = "a[rel=next]::attr(href)"
    # Links from an index page to per-state or per-city listing pages; empty when the start page lists clinics.
    region_css: ClassVar[str] = ""

    def __init__(self, urls: str = "", *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.start_url_list = read_start_urls(urls)

    async def start(self):
        for url, origin in self.start_url_list:
            for request in self._listing_request(url, origin):
                yield request

    def parse_listing(self, response: Response, **kwargs: Any):
        self.count("listing_pages")
        if self.region_css:
            for href in response.css(self.region_css).getall():
                yield from self._listing_request(_joined(response, href) or href, response.url)
        for entry in response.css(self.entry_css):
            item = self.entry_item(entry, response)
            if item is None:
                self.count("entries_without_name")
                continue
            yield item
            if item.website:
                yield from self.site_requests(item.website, response.url)
        next_page = response.css(self.next_page_css).get()
        if next_page:
            yield from self._listing_request(_joined(response, next_page) or next_page, response.url)

    def _listing_request(self, url: str, origin: str):
        """A listing page's request; a link that is not a web address is reported and skipped, and the pages and
        entries after it are still read."""
        address = web_address(url) if "://" in url else None
        if address is None:
            self.skip_url(url, origin, "listing link is not a web address")
            return
        yield scrapy.Request(address, callback=self.parse_listing, errback=self.listing_failed)

    def entry_item(self, entry, response: Response) -> ClinicItem | None:
        values = {name: _clean(" ".join(entry.css(css).getall())) for name, css in self.field_css.items()}
        if not values.get("name"):
            return None
        address = parse_address(values.pop("address", "")) if "address" in values else None
        if address:
            values.update(street=address.street, city=address.city, state=address.state,
                          postal_code=address.postal_code)
        if values.get("website"):
            # A listing's link that goes nowhere ("javascript:", "#") names no website; the entry still counts.
            website = _joined(response, values["website"]) or ""
            if web_address(website) is None:
                self.skip_url(values["website"], response.url, f"website of {values['name']!r} is not a web address")
                website = ""
            values["website"] = website
        return ClinicItem(
            source=self.name, source_url=response.url, crawled_at=self.crawled_at,
            **{name: values.get(name, "") for name in _LISTED_FIELDS},
            ketamine_provider=True,   # a ketamine clinic directory lists ketamine providers
        )


def _joined(response: Response, href: str) -> str | None:
    try:
        return response.urljoin(href)
    except ValueError:   # "http://[bad": urljoin cannot even split it
        return None


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()
