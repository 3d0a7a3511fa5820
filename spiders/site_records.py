"""What a site crawl keeps about each site and start URL: its state while read, the run's site registry, and URLs
checked before any request is built from them."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from scrapy.exceptions import IgnoreRequest
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from common.sites import site_key
from spiders.extract.links import canonical_url
from spiders.extract.page import PageFacts

ROBOTS_FORBIDDEN = "forbidden by robots.txt"


@dataclass
class SiteState:
    key: str             # common.sites.site_key: the registered domain
    root: str            # the site's root as the crawl was asked for it; the crawl report names the site by it
    number: int
    origin: str = ""     # where the URL came from: "urls.txt:3", a listing page, an OpenStreetMap element
    website: str = ""    # the root the home page answered from, after redirects within the site
    started: float = field(default_factory=time.monotonic)
    seen: set[str] = field(default_factory=set)
    pending: int = 0
    scheduled: int = 0
    pages: list[PageFacts] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    home_failed: str = ""
    robots: Any = None   # the site's robots.txt (Scrapy's RobotParser) when the crawl obeys it
    sitemap_files: int = 0
    done: bool = False


class SiteRegistry:
    """The sites being read in one run, whichever spider found them: several spiders in one process share one
    registry, so a site that a directory, open data and the start list all name is crawled once."""

    def __init__(self) -> None:
        self._readers: dict[str, str] = {}

    def claim(self, key: str, spider: str) -> str:
        """The spider that reads the site: `spider` if no other claimed it first."""
        return self._readers.setdefault(key, spider)


def web_address(url: str) -> str | None:
    """The URL as the crawl requests it, or None when it is not an http(s) web address. A bare host
    ("www.clinic.com", as listings often print it) is taken as https."""
    url = (url or "").strip()
    if not site_key(url):
        return None
    if "://" not in url:
        url = f"https://{url}"
    if not url.lower().startswith(("http://", "https://")):
        return None
    try:
        return canonical_url(url)
    except ValueError:
        return None


def read_start_urls(urls: str | Iterable[str]) -> list[tuple[str, str]]:
    """(URL, where it came from) from a list, a comma-separated string, or a file of one URL per line ('#' starts
    a comment); a file's URLs are told by "file:line", so a bad one can be reported where it is."""
    if not isinstance(urls, str):
        return [pair for value in urls for pair in read_start_urls(value)]
    urls = urls.strip()
    if not urls:
        return []
    if not urls.startswith(("http://", "https://")) and Path(urls).is_file():
        lines = Path(urls).read_text(encoding="utf-8", errors="replace").splitlines()
        found = ((line.split("#", 1)[0].strip(), f"{urls}:{number}") for number, line in enumerate(lines, start=1))
        return [(url, where) for url, where in found if url]
    return [(url.strip(), "start URLs") for url in urls.split(",") if url.strip()]


def failure_reason(failure: Failure) -> str:
    if failure.check(HttpError):
        return f"HTTP {failure.value.response.status}"
    if failure.check(IgnoreRequest):
        return ROBOTS_FORBIDDEN if "robots" in str(failure.value).lower() else f"ignored ({failure.value})"
    return f"{failure.type.__name__}: {failure.getErrorMessage()}"[:200]
