"""Serving the sample web: one small HTTP server per site, each on its own loopback address, all on one port."""

from __future__ import annotations

import socket
import socketserver
import threading
from collections.abc import Callable
from functools import partial
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

from clinicdir.sample_web.catalog import SITES, Site
from clinicdir.sample_web.listings import directory_pages, overpass_answer
from clinicdir.sample_web.pages import Page, site_pages

_PORT_ATTEMPTS = 20


class _SiteServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False   # a crawler's idle keep-alive connection must not hold up the shutdown

    def __init__(self, address: tuple[str, int], site: Site | None, web: "SampleWeb") -> None:
        super().__init__(address, _Handler)
        self.site = site
        self.web = web
        self.pages: dict[str, Page] = {}
        # Pages built on their first request: the Overpass answer needs the ZIP gazetteer, which takes a second
        # to load, and most users of the sample web never ask for it.
        self.deferred: dict[str, Callable[[], Page]] = {}
        self.flaky_served: set[str] = set()

    def page(self, request_path: str, path: str) -> Page | None:
        found = self.pages.get(request_path) or self.pages.get(path)
        if found is None and path in self.deferred:
            with self.web.lock:
                found = self.pages.get(path) or self.deferred[path]()
                self.pages[path] = found
        return found

    def server_bind(self) -> None:
        # HTTPServer looks up the host's fully qualified name here; on a machine without DNS that can take
        # seconds per address, and the name is never used.
        socketserver.TCPServer.server_bind(self)
        self.server_name, self.server_port = self.server_address[:2]


class _Handler(BaseHTTPRequestHandler):
    server: _SiteServer
    protocol_version = "HTTP/1.1"

    def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.do_GET()

    def do_GET(self) -> None:  # noqa: N802
        path = urlsplit(self.path).path or "/"
        self.server.web.record(self.server.server_address[0], path)
        page = self.server.page(self.path, path)
        site = self.server.site
        if page and path == "/pricing" and site and "pricing_503_once" in site.quirks:
            with self.server.web.lock:
                first = path not in self.server.flaky_served
                self.server.flaky_served.add(path)
            if first:
                page = Page(b"Service temporarily unavailable", status=503)
        if page is None:
            page = Page(b"<h1>Not found</h1>", status=404)
        self.send_response(page.status)
        self.send_header("Content-Type", page.content_type)
        self.send_header("Content-Length", str(len(page.body)))
        if page.location:
            self.send_header("Location", page.location)
        self.end_headers()
        self.wfile.write(page.body)

    def log_message(self, format: str, *args) -> None:  # quiet: tests and the demo read their own output
        pass


class SampleWeb:
    """The sample web, running while the context is open.

        with SampleWeb() as web:
            web.start_urls      # every site's home page (and one site twice, with a tracking parameter)
    """

    def __init__(self, port: int = 0, first_host: int = 10) -> None:
        self.first_host = first_host
        self.requested_port = port
        self.port = 0
        self.lock = threading.Lock()
        self.requests: list[tuple[str, str]] = []
        self._servers: list[_SiteServer] = []

    def record(self, host: str, path: str) -> None:
        with self.lock:
            self.requests.append((host, path))

    def host_of(self, index: int) -> str:
        return f"127.0.0.{self.first_host + index}"

    def url_for(self, key: str) -> str:
        index = next(i for i, site in enumerate(SITES) if site.key == key)
        return self._root(index)

    def _root(self, index: int) -> str:
        return f"http://{self.host_of(index)}:{self.port}/"

    @property
    def directory_url(self) -> str:
        """The clinic directory website's index of states (for the sample_directory spider)."""
        return f"{self._root(len(SITES))}states"

    @property
    def overpass_url(self) -> str:
        """An Overpass-like endpoint answering the osm_overpass spider's query."""
        return f"{self._root(len(SITES))}api/interpreter"

    @property
    def start_urls(self) -> list[str]:
        urls = [f"http://{self.host_of(i)}:{self.port}/" for i in range(len(SITES))]
        urls += [f"{self.url_for(site.key)}?utm_source=newsletter" for site in SITES if "utm_variant" in site.quirks]
        return urls

    def start(self) -> "SampleWeb":
        for _ in range(_PORT_ATTEMPTS):
            try:
                self._bind_all()
                break
            except OSError:
                self.stop()
                if self.requested_port:
                    raise
        else:
            raise OSError("no free port shared by every sample-web address")
        for index, server in enumerate(self._servers):
            if server.site is not None:
                server.pages = site_pages(server.site, self._root(index))
            else:
                server.pages = directory_pages(self._root)
                server.deferred = {"/api/interpreter": partial(overpass_answer, self._root)}
            threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True).start()
        return self

    def _bind_all(self) -> None:
        port = self.requested_port or _free_port(self.host_of(0))
        # One address per site, then one for the discovery sources (directory website and Overpass stand-in).
        for index, site in enumerate((*SITES, None)):
            self._servers.append(_SiteServer((self.host_of(index), port), site, self))
        self.port = port

    def stop(self) -> None:
        # Each shutdown waits for its server's next poll: all at once, not one after another.
        stoppers = [threading.Thread(target=server.shutdown) for server in self._servers if server.pages]
        for thread in stoppers:
            thread.start()
        for thread in stoppers:
            thread.join()
        for server in self._servers:
            server.server_close()
        self._servers = []

    def __enter__(self) -> "SampleWeb":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def _free_port(host: str) -> int:
    with socket.socket() as probe:
        probe.bind((host, 0))
        return probe.getsockname()[1]
