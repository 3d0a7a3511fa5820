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
    parts = _split(url)
    return (parts.hostname or "").rstrip(".") if parts else ""


@lru_cache(maxsize=65536)
def site_key(url: str) -> str:
    """The site a URL belongs to: its registered domain ("clinic.com" for https://www.clinic.com/fees). A host
    with no public suffix (an IP address, "localhost") is kept with its port, since test servers on one address
    are told apart by port. "" when the URL has no host."""
    parts = _split(url)
    name = (parts.hostname or "").rstrip(".") if parts else ""
    if not name:
        return ""
    registered = _EXTRACT(name).top_domain_under_public_suffix
    if registered:
        return registered
    name = f"[{name}]" if ":" in name else name
    return f"{name}:{parts.port}" if parts.port else name


def same_site(url: str, other: str) -> bool:
    key = site_key(url)
    return bool(key) and key == site_key(other)
