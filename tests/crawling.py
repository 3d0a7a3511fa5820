"""In-process crawls for tests: the project's settings, loopback only, items collected from signals."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from scrapy import signals
from scrapy.utils.test import get_crawler

from clinicdir.crawl import LOOPBACK_SETTINGS
from spiders import settings as project_settings


@dataclass
class CrawlRun:
    items: list = field(default_factory=list)
    crawler: Any = None

    @property
    def stats(self) -> dict:
        return self.crawler.stats.get_stats()

    def by_name(self) -> dict:
        return {item.name: item for item in self.items}


async def crawl(spider_cls, settings: dict | None = None, **spider_args) -> CrawlRun:
    # Only what the project sets: copying Scrapy's defaults too would raise their priority and their warnings.
    project = {name: getattr(project_settings, name) for name in dir(project_settings) if name.isupper()}
    project.update(LOOPBACK_SETTINGS)
    project.update({"LOG_LEVEL": "WARNING", "RETRY_TIMES": 1, **(settings or {})})
    run = CrawlRun(crawler=get_crawler(spider_cls, project))

    def collect(item, **_):
        run.items.append(item)

    # Signals hold weak references: `collect` lives on this frame until the crawl has finished.
    run.crawler.signals.connect(collect, signal=signals.item_scraped)
    await run.crawler.crawl(**spider_args)
    return run
