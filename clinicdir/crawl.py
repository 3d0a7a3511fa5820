"""Running spiders in this process: one JSON Lines file per spider and the crawl's statistics, in one folder."""

from __future__ import annotations

import json
import logging
import os
import signal
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from itemadapter import ItemAdapter
from scrapy import signals
from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from clinicdir.crawl_report import crawl_report, read_items
from common.files import FileSet
from spiders.site_records import SiteRegistry

log = logging.getLogger("clinicdir")

# For crawls of the bundled sample web: no politeness delays on loopback, and nothing but loopback reachable.
LOOPBACK_SETTINGS: dict[str, Any] = {
    "AUTOTHROTTLE_ENABLED": False,
    "DOWNLOAD_DELAY": 0,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 4,
    "DOWNLOAD_TIMEOUT": 5,
    "CLINICDIR_ALLOWED_NETWORK": "127.0.0.0/8",
}


# After Ctrl-C or SIGTERM, downloads already under way get this long to finish; then the crawl stops anyway (a
# slow site would otherwise hold it for DOWNLOAD_TIMEOUT) and writes what it has.
STOP_GRACE_SECONDS = 3


class CrawlOutputError(OSError):
    """The crawl's output could not be written (disk full, permissions): nothing half-written was kept."""


@dataclass
class CrawlSummary:
    out_dir: Path
    items: dict[str, int] = field(default_factory=dict)          # spider -> items written
    failed_sites: dict[str, str] = field(default_factory=dict)   # site -> reason
    skipped_urls: int = 0
    sites: int = 0                                               # distinct sites, whichever spider read them
    interrupted: bool = False
    stats_file: Path | None = None
    report_file: Path | None = None

    @property
    def total_items(self) -> int:
        return sum(self.items.values())


def crawl_settings(extra: dict[str, Any] | None = None, quiet: bool = False) -> Settings:
    """The project's settings, loaded by module name: Scrapy's own lookup needs ./scrapy.cfg, so a command run
    from any other folder would find no spiders."""
    settings = Settings()
    settings.setmodule("spiders.settings", priority="project")
    settings.setdict(extra or {}, priority="cmdline")
    settings.set("LOG_LEVEL", "WARNING" if quiet else "INFO", priority="cmdline")
    return settings


class _ItemsFile:
    """One spider's items as JSON Lines, written beside the target and renamed into place only when every item
    was written: a full disk or a lost permission leaves the previous file, never a truncated one."""

    def __init__(self, target: Path, on_error) -> None:
        self.target = target
        self.part = target.with_name(f"{target.name}.part")
        self.items = 0
        self.error: OSError | None = None
        self._on_error = on_error
        self._handle = None

    def write(self, item, **_) -> None:
        if self.error:
            return
        try:
            if self._handle is None:
                self._handle = self.part.open("w", encoding="utf-8")
            self._handle.write(json.dumps(ItemAdapter(item).asdict(), ensure_ascii=False) + "\n")
            self.items += 1
        except OSError as exc:
            self._fail(exc)

    def close(self) -> None:
        try:
            if self._handle is None:
                self._handle = self.part.open("w", encoding="utf-8")   # a spider with no items writes an empty file
            self._handle.flush()
            os.fsync(self._handle.fileno())
            self._handle.close()
        except OSError as exc:
            self.error = self.error or exc

    def _fail(self, exc: OSError) -> None:
        self.error = exc
        log.error("error: cannot write %s: %s; stopping the crawl", self.part, exc.strerror or exc)
        self._on_error()


def run_crawl(spiders: list[str], out_dir: Path, *, urls: list[str] | dict[str, list[str]] | None = None,
              settings_overrides: dict[str, Any] | None = None, quiet: bool = False,
              previous_dir: Path | None = None) -> CrawlSummary:
    """Crawl with each spider; `urls` go to the spiders that take start URLs (a dict gives each its own).

    The spiders share one registry of sites, so a site several of them find is read once. The report compares
    with the crawl in `previous_dir`, else with the one this folder held before. Raises CrawlOutputError when an
    output file cannot be written; every file already there is then left as it was.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    previous = _read_stats(Path(previous_dir or out_dir) / "crawl-stats.json")
    settings = crawl_settings(settings_overrides, quiet)
    # The CLI's own handler shows progress lines and warnings; Scrapy's root handler would repeat everything.
    settings.set("LOG_INSTALL_ROOT_HANDLER", False, priority="cmdline")
    process = CrawlerProcess(settings)
    registry = SiteRegistry()
    crawlers, files = [], []
    for name in spiders:
        crawler = process.create_crawler(name)
        items_file = _ItemsFile(out_dir / f"{name}.jsonl", on_error=process.stop)
        # Signals hold weak references: the bound method lives as long as `files`.
        crawler.signals.connect(items_file.write, signal=signals.item_scraped)
        crawlers.append(crawler)
        files.append(items_file)
        process.crawl(crawler, urls=urls.get(name, []) if isinstance(urls, dict) else urls or [],
                      site_registry=registry)
    from twisted.internet import reactor   # the one CrawlerProcess installed

    # Once running, after Scrapy has installed its own signal handlers (an "after startup" trigger of its own).
    reactor.callWhenRunning(reactor.callLater, 0, _bound_graceful_stop)
    try:
        process.start()
        for crawler in crawlers:
            _settle(crawler)
        for items_file in files:
            items_file.close()
        failed = next((items_file for items_file in files if items_file.error), None)
        if failed:
            raise CrawlOutputError(f"{failed.part}: {failed.error.strerror or failed.error}; nothing written, "
                                   f"the files already in {out_dir} are unchanged")
        return _summarise(out_dir, crawlers, files, previous)
    finally:
        for items_file in files:   # renamed into place when all went well; half-written otherwise
            items_file.part.unlink(missing_ok=True)


def _settle(crawler) -> None:
    """A crawl stopped before its spider could close (see _bound_graceful_stop): its statistics and its sites
    are completed as closing would have."""
    stats = crawler.stats.get_stats()
    if "finish_reason" in stats:
        return
    crawler.stats.set_value("finish_reason", "shutdown")
    if "start_time" in stats:
        elapsed = datetime.now(stats["start_time"].tzinfo) - stats["start_time"]
        crawler.stats.set_value("elapsed_time_seconds", elapsed.total_seconds())
    if hasattr(crawler.spider, "record_unfinished"):
        crawler.spider.record_unfinished("shutdown")


def _summarise(out_dir: Path, crawlers: list, files: list[_ItemsFile], previous: dict | None) -> CrawlSummary:
    summary = CrawlSummary(out_dir)
    stats: dict[str, Any] = {}
    sites: set[str] = set()
    for crawler, items_file in zip(crawlers, files):
        spider = crawler.spider
        spider_stats = crawler.stats.get_stats()
        summary.items[spider.name] = items_file.items
        summary.interrupted |= spider_stats.get("finish_reason") == "shutdown"
        results = getattr(spider, "site_results", {})
        sites.update(results)
        summary.failed_sites.update({root: r["reason"] for root, r in results.items() if r["status"] == "failed"})
        summary.skipped_urls += len(getattr(spider, "skipped", []))
        stats[spider.name] = {key: _plain(value) for key, value in sorted(spider_stats.items())}
        stats[spider.name]["sites"] = results
        stats[spider.name]["skipped_urls"] = getattr(spider, "skipped", [])
    summary.sites = len(sites)
    report = crawl_report(stats, read_items({f.target.stem: f.part for f in files}), previous)
    with FileSet() as outputs:
        outputs.stage(out_dir / "crawl-stats.json", json.dumps(stats, indent=2, sort_keys=True))
        outputs.stage(out_dir / "crawl-report.md", report)
        for items_file in files:
            items_file.part.replace(items_file.target)
        summary.stats_file, summary.report_file = outputs.commit()
    return summary


def _bound_graceful_stop() -> None:
    """Scrapy stops gracefully on the first Ctrl-C or SIGTERM, waiting for every download under way; this lets
    them STOP_GRACE_SECONDS, then stops the reactor. A second signal still stops at once (Scrapy's own)."""
    from twisted.internet import reactor

    def stop_later(signum, frame, scrapy_handler) -> None:
        scrapy_handler(signum, frame)   # installs Scrapy's handler for a second signal in place of this one
        reactor.callFromThread(reactor.callLater, STOP_GRACE_SECONDS,
                               lambda: reactor.stop() if reactor.running else None)

    for signum in (signal.SIGINT, signal.SIGTERM):
        handler = signal.getsignal(signum)
        if callable(handler):
            signal.signal(signum, lambda n, f, handler=handler: stop_later(n, f, handler))


def _read_stats(path: Path) -> dict | None:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime) else value
