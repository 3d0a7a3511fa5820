"""Which pages of a clinic site a careful reader opens: the ones likely to hold fees, services or contact details."""

from __future__ import annotations

import re
from urllib.parse import urldefrag, urljoin, urlsplit, urlunsplit

from common.sites import same_site

# Words in a link's text or URL, and how strongly they suggest a page worth reading.
_TOPICS: tuple[tuple[int, re.Pattern[str]], ...] = (
    (10, re.compile(r"pric|fee|cost|rate|afford|payment|financ|tuition|investment")),
    (7, re.compile(r"faq|question")),
    (6, re.compile(r"location|contact|visit|directions|office|find[-_ ]us")),
    (5, re.compile(r"insurance|billing")),
    (4, re.compile(r"ketamine|infusion|treatment|service|therap|spravato|condition|depress|pain|ptsd")),
    (2, re.compile(r"about|new[-_ ]patient|what[-_ ]to[-_ ]expect|getting[-_ ]started")),
)
_SKIP = re.compile(
    r"(?:^|/)(?:blog|news|press|careers?|jobs|wp-admin|wp-login|login|cart|checkout|privacy|terms|cookie|tag|"
    r"category|author|feed|search)(?:/|$)|\.(?:pdf|jpe?g|png|gif|svg|webp|zip|docx?|xlsx?|mp4|mp3|ics|css|js)$",
    re.I,
)
# Query parameters that only track campaigns; dropping them makes two start URLs of one site the same page.
_TRACKING = re.compile(r"^(?:utm_\w+|gclid|fbclid|mc_\w+|ref|source)$", re.I)


def canonical_url(url: str) -> str:
    """The URL without its fragment and tracking parameters, host lower-cased, empty path as '/'."""
    url, _ = urldefrag(url.strip())
    parts = urlsplit(url)
    query = "&".join(
        pair for pair in parts.query.split("&") if pair and not _TRACKING.match(pair.split("=", 1)[0])
    )
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", query, ""))


def relevance(url: str, text: str = "") -> int:
    """How likely a link leads to fees, services or contact details; 0 means not worth a request."""
    path = urlsplit(url).path.lower()
    if _SKIP.search(path):
        return 0
    haystack = f"{path} {text.lower()}"
    return sum(weight for weight, pattern in _TOPICS if pattern.search(haystack))


def ranked_links(base_url: str, links: list[tuple[str, str]], root: str) -> list[tuple[int, str]]:
    """Same-site links worth following, best first, each URL once (with its best score)."""
    best: dict[str, int] = {}
    root_parts = urlsplit(root)
    root_host = root_parts.netloc if root_parts.path == "/" else None   # a builder's site is a path of its host
    for href, text in links:
        if not href or href.startswith(("mailto:", "tel:", "javascript:", "#")):
            continue
        try:
            url = canonical_url(urljoin(base_url, href))
        except ValueError:   # "http://[broken": a page's bad link costs that link only
            continue
        score = relevance(url, text) if url.startswith(("http://", "https://")) else 0
        if score <= best.get(url, 0):
            continue
        # Most links stay on the page's own host; the registered-domain lookup is for the others (www. and apex).
        if urlsplit(url).netloc == root_host or same_site(url, root):
            best[url] = score
    return sorted(((score, url) for url, score in best.items()), key=lambda pair: (-pair[0], pair[1]))
