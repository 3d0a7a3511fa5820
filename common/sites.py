"""Which website a URL belongs to: a site is its registered domain, whatever its scheme, `www.` or port."""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import SplitResult, urlsplit

import tldextract

# The Public Suffix List snapshot bundled with tldextract: the default would fetch the list over the network on
# first use. Private suffixes count, so that two clinics on one hosting suffix (a.example-host.io,
# b.example-host.io) stay two sites.
_EXTRACT = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, include_psl_private_domains=True)


# A scheme other than http(s) ("javascript:", "mailto:"); "clinic.com:8080" is a host and port, not a scheme.
_OTHER_SCHEME = re.compile(r"^(?!https?://)[a-z][a-z0-9+.-]*:(?!\d+(?:[/?#]|$))", re.I)


def _split(url: str) -> SplitResult | None:
    """The parts of a web address; a bare "www.x.com" counts as one. None for other schemes and malformed URLs."""
    url = (url or "").strip()
    if not url or _OTHER_SCHEME.match(url):
        return None
    try:
        parts = urlsplit(url if "//" in url else f"//{url}")
        parts.port   # raises on a port that is not a number
    except ValueError:   # an unbalanced "[" in the host, a port that is not a number
        return None
    return parts


def host(url: str) -> str:
    """The web address's host name, lower-cased, without brackets or port; "" when it has none."""
    return _host_and_port(url)[0]


# Website builders and social pages that give each customer a part of one domain which the Public Suffix List
# does not name: anyone gets a site there in minutes, and two clinics there are two sites (to crawl, and to tell
# apart). A customer's site is its host ("aspen.business.site"), or where the platform gives a path, the host and
# the path's first segments ("sites.google.com/view/aspen", "facebook.com/aspenketamine").
_SHARED_BY_HOST = frozenset({"business.site", "godaddysites.com", "squarespace.com", "weebly.com", "wordpress.com",
                             "mystrikingly.com", "webflow.io", "jimdosite.com", "site123.me"})
_SHARED_BY_PATH = {"sites.google.com": 2, "facebook.com": 1, "instagram.com": 1, "linktr.ee": 1}


@lru_cache(maxsize=65536)
def site_key(url: str) -> str:
    """The site a URL belongs to: its registered domain ("clinic.com" for https://www.clinic.com/fees), or on a
    website builder the customer's own part of it (see _SHARED_BY_HOST). A host with no public suffix (an IP
    address, "localhost") is kept with its port, since test servers on one address are told apart by port.
    "" when the URL has no host."""
    name, port = _host_and_port(url)
    if not name:
        return ""
    registered = _EXTRACT(name).top_domain_under_public_suffix
    if registered in _SHARED_BY_HOST:
        return name.removeprefix("www.")
    shared = name if name in _SHARED_BY_PATH else registered if registered in _SHARED_BY_PATH else ""
    if shared:   # m.facebook.com and www.facebook.com too
        parts = _split(url)
        return "/".join([shared, *_segments(parts.path if parts else "", _SHARED_BY_PATH[shared])]).lower()
    if registered:
        return registered
    name = f"[{name}]" if ":" in name else name
    return f"{name}:{port}" if port else name


def site_root(url: str) -> str:
    """The address of the site's home page: "https://clinic.com/", or on a website builder that gives a path,
    the customer's own ("https://sites.google.com/view/aspen/")."""
    parts = _split(url)
    if parts is None:
        return ""
    name = (parts.hostname or "").removeprefix("www.")
    shared = name if name in _SHARED_BY_PATH else _EXTRACT(name).top_domain_under_public_suffix
    segments = _segments(parts.path, _SHARED_BY_PATH[shared]) if shared in _SHARED_BY_PATH else []
    path = "".join(f"/{segment}" for segment in segments) + "/"
    return f"{(parts.scheme or 'http').lower()}://{parts.netloc.lower()}{path}"


def _segments(path: str, count: int) -> list[str]:
    return [segment for segment in path.split("/") if segment][:count]


# The usual web address, "https://www.clinic.com[:port]/...", read by one regex; anything else goes through
# urlsplit and its checks, which cost four times as much: a build reads some 60,000 addresses at 30,000 items.
_USUAL = re.compile(r"https?://([a-z0-9_-]+(?:\.[a-z0-9_-]+)*)\.?(?::(\d{0,5}))?(?=[/?#]|\Z)", re.I)


def _host_and_port(url: str) -> tuple[str, int | None]:
    usual = _USUAL.match(url)
    if usual and int(usual[2] or 0) <= 65535:
        return usual[1].lower(), int(usual[2]) if usual[2] else None
    parts = _split(url)
    return ((parts.hostname or "").rstrip("."), parts.port) if parts else ("", None)


def same_site(url: str, other: str) -> bool:
    key = site_key(url)
    return bool(key) and key == site_key(other)
