"""Running spiders in this process: one JSON Lines file per spider and the crawl's statistics, in one folder."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from scrapy.crawler import CrawlerProcess
from scrapy.utils.project import get_project_settings

from clinicdir.crawl_report import crawl_report, read_items
from common.files import write_atomic

log = logging.getLogger("clinicdir")

# For crawls of the bundled sample web: no politeness delays on loopback, and nothing but loopback reachable.
LOOPBACK_SETTINGS: dict[str, Any] = {
    "AUTOTHROTTLE_ENABLED": False,
    "DOWNLOAD_DELAY": 0,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 4,
    "DOWNLOAD_TIMEOUT": 5,
    "CLINICDIR_ALLOWED_NETWORK": "127.0.0.0/8",
}


@dataclass
class CrawlSummary:
    out_dir: Path
    items: dict[str, int] = field(default_factory=dict)          # spider -> items written
    failed_sites: dict[str, str] = field(default_factory=dict)   # site -> reason
    sites: int = 0
    stats_file: Path | None = None
    report_file: Path | None = None

    @property
    def total_items(self) -> int:
        return sum(self.items.values())


def crawl_settings(extra: dict[str, Any] | None = None, quiet: bool = False):
    settings = get_project_settings()
    settings.setdict(extra or {}, priority="cmdline")
    settings.set("LOG_LEVEL", "WARNING" if quiet else "INFO", priority="cmdline")
    return settings


def run_crawl(spiders: list[str], out_dir: Path, *, urls: list[str] | dict[str, list[str]] | None = None,
              settings_overrides: dict[str, Any] | None = None, quiet: bool = False,
              previous_dir: Path | None = None) -> CrawlSummary:
    """Crawl with each spider; `urls` go to the spiders that take start URLs (a dict gives each its own).

    The report compares with the crawl in `previous_dir`, else with the one this folder held before.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    previous = _read_stats(Path(previous_dir or out_dir) / "crawl-stats.json")
    settings = crawl_settings(settings_overrides, quiet)
    # Written under a temporary name and renamed when the crawl ends, so a killed crawl leaves no half file
    # where the build looks.
    settings.set("FEEDS", {str(out_dir / "%(name)s.jsonl.part"): {"format": "jsonlines", "overwrite": True}},
                 priority="cmdline")
    # The CLI's own handler shows progress lines and warnings; Scrapy's root handler would repeat everything.
    settings.set("LOG_INSTALL_ROOT_HANDLER", False, priority="cmdline")
    process = CrawlerProcess(settings)
    crawlers = []
    for name in spiders:
        crawler = process.create_crawler(name)
        crawlers.append(crawler)
        process.crawl(crawler, urls=urls.get(name, []) if isinstance(urls, dict) else urls or [])
    process.start()

    summary = CrawlSummary(out_dir)
    stats: dict[str, Any] = {}
    for crawler in crawlers:
        name = crawler.spider.name
        part = out_dir / f"{name}.jsonl.part"
        if part.exists():
            part.replace(out_dir / f"{name}.jsonl")
        spider_stats = crawler.stats.get_stats()
        summary.items[name] = int(spider_stats.get("item_scraped_count", 0))
        sites = getattr(crawler.spider, "site_results", {})
        summary.sites += len(sites)
        summary.failed_sites.update({root: r["reason"] for root, r in sites.items() if r["status"] == "failed"})
        stats[name] = {key: _plain(value) for key, value in sorted(spider_stats.items())}
        stats[name]["sites"] = sites
    summary.stats_file = write_atomic(out_dir / "crawl-stats.json", json.dumps(stats, indent=2, sort_keys=True))
    summary.report_file = write_atomic(out_dir / "crawl-report.md", crawl_report(stats, read_items(out_dir), previous))
    return summary


def _read_stats(path: Path) -> dict | None:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime) else value
