"""Downloader middlewares: a crawl stays inside one network (the demo and tests on loopback), and a server's
www. and bare names share one download slot."""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from scrapy.exceptions import IgnoreRequest, NotConfigured


class AllowedNetworkMiddleware:
    """Refuses every request whose host is not an address inside CLINICDIR_ALLOWED_NETWORK (e.g. 127.0.0.0/8)."""

    def __init__(self, network: str) -> None:
        self.network = ipaddress.ip_network(network)

    @classmethod
    def from_crawler(cls, crawler):
        network = crawler.settings.get("CLINICDIR_ALLOWED_NETWORK")
        if not network:
            raise NotConfigured   # without a message: Scrapy logs a warning for a NotConfigured that has one
        return cls(network)

    def process_request(self, request):
        parts = urlsplit(request.url)
        if parts.scheme not in ("http", "https"):   # data: URLs never leave the process
            return None
        host = parts.hostname or ""
        try:
            allowed = ipaddress.ip_address(host) in self.network
        except ValueError:
            allowed = host == "localhost" and ipaddress.ip_address("127.0.0.1") in self.network
        if not allowed:
            raise IgnoreRequest(f"{host} is outside the allowed network {self.network}")
        return None


class ServerSlotMiddleware:
    """Puts requests to www.clinic.com in the download slot of clinic.com. Scrapy keys slots by host name, so a site
    reached under both names (a listing's link without www., the site's own links with it, a redirect between them)
    would get two delays and twice the concurrency its settings allow on one server."""

    def process_request(self, request):
        host = urlsplit(request.url).hostname or ""
        if host.startswith("www.") and "download_slot" not in request.meta:
            request.meta["download_slot"] = host.removeprefix("www.")
        return None
