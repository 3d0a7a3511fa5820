"""In-process crawls for tests: the project's settings, loopback only, items collected from signals."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from scrapy import signals
from scrapy.utils.test import get_crawler
from twisted.internet.defer import DeferredList

from clinicdir.crawl import LOOPBACK_SETTINGS
from spiders import settings as project_settings
from spiders.site_records import SiteRegistry


@dataclass
class CrawlRun:
    items: list = field(default_factory=list)
    crawler: Any = None

    @property
    def stats(self) -> dict:
        return self.crawler.stats.get_stats()

    def by_name(self) -> dict:
        return {item.name: item for item in self.items}

    def collect(self, item, **_) -> None:
        self.items.append(item)


def _run(spider_cls, settings: dict | None) -> CrawlRun:
    # Only what the project sets: copying Scrapy's defaults too would raise their priority and their warnings.
    project = {name: getattr(project_settings, name) for name in dir(project_settings) if name.isupper()}
    project.update(LOOPBACK_SETTINGS)
    project.update({"LOG_LEVEL": "WARNING", "RETRY_TIMES": 1, **(settings or {})})
    run = CrawlRun(crawler=get_crawler(spider_cls, project))
    # Signals hold weak references: the bound method lives as long as `run`.
    run.crawler.signals.connect(run.collect, signal=signals.item_scraped)
    return run


async def crawl(spider_cls, settings: dict | None = None, **spider_args) -> CrawlRun:
    run = _run(spider_cls, settings)
    await run.crawler.crawl(**spider_args)
    return run


async def crawl_together(spiders: list[tuple[type, dict]], settings: dict | None = None) -> list[CrawlRun]:
    """Several spiders at once sharing one registry of sites, as `clinicdir crawl` runs them."""
    registry = SiteRegistry()
    runs = [_run(spider_cls, settings) for spider_cls, _ in spiders]
    await DeferredList([run.crawler.crawl(site_registry=registry, **args) for run, (_, args) in zip(runs, spiders)])
    return runs
