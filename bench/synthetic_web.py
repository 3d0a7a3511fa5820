"""A synthetic clinic web of any size on one loopback port: sites are told apart by their host name.

Crawlers reach it as an HTTP proxy (http_proxy=http://127.0.0.1:PORT), so thousands of sites named
`clinicN.test` need no DNS and no extra addresses, and nothing leaves the machine. With --delay every answer
comes that many seconds after its request, as from a real server across the network. On SIGTERM it prints, as one
JSON line, when each site was asked for each page and when it answered (seconds since it started), to check a
crawl's politeness and measure its real latency.

    python -m bench.synthetic_web --sites 1000 --port 8123 [--delay 0.3]
"""

from __future__ import annotations

import argparse
import json
import random
import time
from collections import defaultdict
from urllib.parse import urlsplit

from twisted.internet import reactor
from twisted.web import resource, server

_CITIES = (("Denver", "CO", "80202"), ("Austin", "TX", "78701"), ("Boise", "ID", "83702"),
           ("Salem", "OR", "97301"), ("Tampa", "FL", "33602"), ("Columbus", "OH", "43215"))
_PROSE = (
    "Ketamine infusions can ease treatment-resistant depression within hours. Our anesthesiologists monitor every "
    "infusion, and most patients begin with a series of six treatments over two to three weeks. ",
    "We also treat PTSD, anxiety, bipolar depression and chronic pain conditions such as CRPS and fibromyalgia. "
    "Please arrange a ride home after each visit; you should not drive for the rest of the day. ",
)
_PAGES = ("", "pricing", "faq", "contact", "about", "blog/news")


def site_page(number: int, path: str) -> bytes | None:
    rng = random.Random(number)
    city, state, zip_code = _CITIES[number % len(_CITIES)]
    name = f"Clinic {number} Ketamine Center"
    if path == "robots.txt":
        return b"User-agent: *\nDisallow: /private/\n"
    if path not in _PAGES:
        return None
    nav = "".join(f"<li><a href='/{p}'>{p.split('/')[0].title() or 'Home'}</a></li>" for p in _PAGES)
    fee = rng.choice((395, 450, 495, 550, 650, 950, 1500))
    body = (f"<h2>Pricing</h2><table><tr><td>Single ketamine infusion</td><td>${fee}</td></tr>"
            f"<tr><td>Initial consultation</td><td>$250</td></tr></table>" if path == "pricing" else "")
    prose = "".join(f"<div class='section s{i}'><p>{_PROSE[i % 2]}</p></div>" for i in range(40))
    return (
        f"<!doctype html><html><head><title>{name} | {city}</title></head><body><nav><ul>{nav}</ul></nav>"
        f"<main><h1>{name}</h1>{body}{prose}</main><footer>{name} | {number} Main St, {city}, {state} {zip_code} | "
        f"<a href='tel:+1303555{number % 10000:04d}'>(303) 555-{number % 10000:04d}</a></footer></body></html>"
    ).encode()


class SyntheticWeb(resource.Resource):
    isLeaf = True

    def __init__(self, sites: int, delay: float = 0.0) -> None:
        super().__init__()
        self.sites = sites
        self.delay = delay
        self.started = time.monotonic()
        self.asked: dict[str, list[list[float]]] = defaultdict(list)   # host -> [asked at, answered at] each

    def render_GET(self, request):
        host = (request.getHeader("host") or "").split(":")[0]
        times = [self._now()]
        self.asked[host].append(times)
        path = urlsplit(request.uri.decode()).path.strip("/")
        number = int(host[6:-5]) if host.startswith("clinic") and host.endswith(".test") else -1
        page = site_page(number, path) if 0 <= number < self.sites else None
        if page is None:
            request.setResponseCode(404)
            page = b"not found"
        else:
            request.setHeader("Content-Type", "text/plain" if path == "robots.txt" else "text/html; charset=utf-8")
        if not self.delay:
            times.append(self._now())
            return page
        hung_up: list[bool] = []
        request.notifyFinish().addErrback(lambda _: hung_up.append(True))
        reactor.callLater(self.delay, self._answer, request, page, times, hung_up)
        return server.NOT_DONE_YET

    def _answer(self, request, page: bytes, times: list[float], hung_up: list[bool]) -> None:
        if not hung_up:
            request.write(page)
            request.finish()
            times.append(self._now())

    def _now(self) -> float:
        return round(time.monotonic() - self.started, 4)


def site_urls(sites: int) -> list[str]:
    return [f"http://clinic{n}.test/" for n in range(sites)]


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sites", type=int, default=1000)
    parser.add_argument("--port", type=int, default=8123)
    parser.add_argument("--delay", type=float, default=0.0, help="seconds before each answer (default: 0)")
    args = parser.parse_args()
    web = SyntheticWeb(args.sites, args.delay)
    site = server.Site(web)
    site.noisy = False
    reactor.listenTCP(args.port, site, interface="127.0.0.1")
    print(f"serving {args.sites} sites on 127.0.0.1:{args.port}", flush=True)
    reactor.run()
    print(json.dumps(web.asked), flush=True)
