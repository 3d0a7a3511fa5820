"""`clinic_sites`: reads clinic websites (start URLs → clinics with address, phone, services and fees).

Each site is read like a careful person looking for the price: the home page, then the pages whose links promise
fees, FAQ, services, insurance, contact or locations, plus such pages named in the sitemaps of robots.txt, up to
CLINIC_MAX_PAGES_PER_SITE pages. When the last page of a site is in, the site's clinics are emitted.

    scrapy crawl clinic_sites -a urls=urls.txt -O clinics.jsonl
    scrapy crawl clinic_sites -a urls=https://a.example/,https://b.example/
"""

from __future__ import annotations

from typing import Any, Iterable

from spiders.site_records import read_start_urls
from spiders.sitecrawl import SiteCrawlSpider


class ClinicSitesSpider(SiteCrawlSpider):
    name = "clinic_sites"
    requires_urls = True

    def __init__(self, urls: str | Iterable[str] = "", *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.start_url_list = read_start_urls(urls)

    async def start(self):
        for url, origin in self.start_url_list:
            for request in self.site_requests(url, origin):
                yield request
