"""A polite crawl under real conditions: clinic_sites with the production settings (robots.txt, per-site delay,
AutoThrottle, concurrency) over a synthetic web whose sites answer after 0.3 s, beside the bound those settings
allow. Nothing is relaxed for speed; the table also shows the politeness each site saw.

The bound: with CONCURRENT_REQUESTS requests in flight, each taking the latency, the crawl takes at least
requests x latency / CONCURRENT_REQUESTS; and one site's requests, DOWNLOAD_DELAY apart, take at least
(its requests - 1) x DOWNLOAD_DELAY + latency. The crawl cannot beat the larger of the two.

    python -m bench.bench_polite_crawl [--sites 200]
"""

from __future__ import annotations

import argparse
import statistics

from bench.bench_crawl import crawl_synthetic_web
from bench.harness import table
from spiders import settings as production

LATENCY = 0.3


def bound(asked: dict[str, list], latency: float) -> tuple[float, float]:
    """(the concurrency bound, the per-site delay bound) in seconds, for the requests the crawl made."""
    requests = sum(len(times) for times in asked.values())
    busiest = max(len(times) for times in asked.values())
    return (requests * latency / production.CONCURRENT_REQUESTS,
            (busiest - 1) * production.DOWNLOAD_DELAY + latency)


def served_latency(asked: dict[str, list]) -> float:
    """Mean seconds from a request's arrival to its answer: LATENCY, plus what a busy machine adds to the server."""
    return statistics.mean(times[1] - times[0] for pages in asked.values() for times in pages if len(times) == 2)


def gaps(asked: dict[str, list]) -> list[float]:
    """Seconds between two requests in a row to one site, as the site saw them."""
    arrivals = [sorted(times[0] for times in pages) for pages in asked.values()]
    return [b - a for times in arrivals for a, b in zip(times, times[1:])]


def main(sites: int = 200, repeat: int = 3) -> str:
    runs = []
    for _ in range(repeat):
        stats, asked = crawl_synthetic_web(sites, ["LOG_LEVEL=WARNING"], delay=LATENCY)
        latency = served_latency(asked)
        between = gaps(asked)
        runs.append((stats["elapsed_time_seconds"], max(bound(asked, latency)), *bound(asked, latency), latency,
                     min(between), statistics.median(between), sum(map(len, asked.values())),
                     stats.get("clinic_sites/sites_read", 0)))
    runs.sort(key=lambda run: run[1] / run[0])
    wall, limit, by_concurrency, by_delay, latency, closest, typical, requests, read = runs[len(runs) // 2]
    return table(
        ["sites (read)", "requests", "wall s", "bound s", "efficiency", "concurrency bound s",
         "per-site delay bound s", "latency s", "gap between requests to one site s (least / median)"],
        [[f"{sites} ({read})", requests, f"{wall:.1f}", f"{limit:.1f}", f"{limit / wall:.0%}",
          f"{by_concurrency:.1f}", f"{by_delay:.1f}", f"{latency:.2f}", f"{closest:.2f} / {typical:.2f}"]],
    ) + (f"\n\nThe run of median efficiency of {repeat}. Settings as in production: CONCURRENT_REQUESTS="
         f"{production.CONCURRENT_REQUESTS}, CONCURRENT_REQUESTS_PER_DOMAIN={production.CONCURRENT_REQUESTS_PER_DOMAIN}, "
         f"DOWNLOAD_DELAY={production.DOWNLOAD_DELAY} s, AutoThrottle "
         f"{'on' if production.AUTOTHROTTLE_ENABLED else 'off'}, robots.txt obeyed. Latency: the server's mean time "
         f"from request to answer ({LATENCY} s, plus what the shared machine adds). Gaps are seen by the server: its "
         "clock reads a request when it gets to it.")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sites", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print(main(sites=args.sites, repeat=args.repeat))
