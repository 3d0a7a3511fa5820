"""Crawl throughput of clinic_sites on a synthetic clinic web, beside `scrapy bench` measured in the same run
(target: at least 50% of scrapy bench's pages per second). Politeness is off for the benchmark only.

    python -m bench.bench_crawl [--sites 400]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import socket
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.harness import table
from bench.synthetic_web import site_urls

BIN = Path(sys.executable).parent
UNPOLITE = ["AUTOTHROTTLE_ENABLED=False", "DOWNLOAD_DELAY=0", "CONCURRENT_REQUESTS=16",
            "CONCURRENT_REQUESTS_PER_DOMAIN=8", "RETRY_ENABLED=False", "LOG_LEVEL=WARNING"]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def crawl_synthetic_web(sites: int, settings: list[str], delay: float = 0.0) -> tuple[dict, dict[str, list]]:
    """One `clinicdir crawl` over `sites` synthetic sites answering after `delay` seconds: the crawl's statistics,
    and when the web was asked for each site's pages and answered (host -> [[asked, answered], ...], seconds)."""
    port = _free_port()
    web = subprocess.Popen([sys.executable, "-m", "bench.synthetic_web", "--sites", str(sites), "--port", str(port),
                            "--delay", str(delay)], stdout=subprocess.PIPE, text=True)
    try:
        web.stdout.readline()   # "serving ..." once listening
        with tempfile.TemporaryDirectory() as tmp:
            urls = Path(tmp) / "urls.txt"
            urls.write_text("\n".join(site_urls(sites)) + "\n")
            options = [arg for s in settings for arg in ("--set", s)]
            env = {**os.environ, "http_proxy": f"http://127.0.0.1:{port}", "no_proxy": ""}
            subprocess.run([str(BIN / "clinicdir"), "crawl", "--quiet", "--urls", str(urls), "--out", tmp, *options],
                           env=env, check=False, capture_output=True)
            stats = json.loads((Path(tmp) / "crawl-stats.json").read_text())["clinic_sites"]
    finally:
        web.terminate()
        asked, _ = web.communicate()
    return stats, json.loads(asked.strip().splitlines()[-1])


def clinic_sites_rate(sites: int) -> tuple[float, int]:
    """Pages per second of one `clinicdir crawl` over `sites` synthetic sites, and the pages it fetched.
    The largest child's peak memory (the crawl's, in practice) is read afterwards with getrusage."""
    stats, _ = crawl_synthetic_web(sites, UNPOLITE)
    pages = stats["response_received_count"]
    return pages / stats["elapsed_time_seconds"], pages


def scrapy_bench_rate(seconds: int) -> float:
    done = subprocess.run([str(BIN / "scrapy"), "bench", "-s", f"CLOSESPIDER_TIMEOUT={seconds}", "-s", "LOG_LEVEL=INFO"],
                          capture_output=True, text=True, cwd=tempfile.gettempdir())
    pages = int(re.search(r"'response_received_count': (\d+)", done.stderr).group(1))
    elapsed = float(re.search(r"'elapsed_time_seconds': ([\d.]+)", done.stderr).group(1))
    return pages / elapsed


def main(sites: int = 400, bench_seconds: int = 10, repeat: int = 3) -> str:
    ours, theirs, pages = [], [], 0
    for _ in range(repeat):
        rate, pages = clinic_sites_rate(sites)
        ours.append(rate)
    crawl_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    for _ in range(repeat):
        theirs.append(scrapy_bench_rate(bench_seconds))
    mine, ceiling = statistics.median(ours), statistics.median(theirs)
    return table(
        ["crawler", "sites", "pages", "pages/s (median)", "vs scrapy bench", "peak MB"],
        [["clinic_sites (extraction included)", sites, pages, f"{mine:.0f}", f"{mine / ceiling:.0%}",
          f"{crawl_peak:.0f}"],
         ["scrapy bench (follow links, no parsing)", "-", "-", f"{ceiling:.0f}", "100%", "-"]],
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sites", type=int, default=400)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print(main(sites=args.sites, repeat=args.repeat))
