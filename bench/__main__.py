"""`python -m bench` (or `make bench`): every benchmark, each printed as a Markdown table.

    python -m bench             # full sizes (several minutes)
    python -m bench --quick     # small sizes, a smoke run
"""

from __future__ import annotations

import argparse
import platform
import time

from bench import bench_build, bench_crawl, bench_extract, bench_geo, bench_map

FULL = {
    "Crawl throughput (clinic_sites vs scrapy bench)": lambda: bench_crawl.main(sites=400),
    "Page extraction": lambda: bench_extract.main(repeat=100),
    "Directory build": lambda: bench_build.main(sizes=(1_000, 10_000, 100_000), repeat=3),
    "Geocoding and nearest clinics": lambda: bench_geo.main(n=10_000),
    "Map page": lambda: bench_map.main(sizes=(1_000, 10_000), repeat=3),
}
QUICK = {
    "Crawl throughput (clinic_sites vs scrapy bench)": lambda: bench_crawl.main(sites=20, bench_seconds=3),
    "Page extraction": lambda: bench_extract.main(repeat=5),
    "Directory build": lambda: bench_build.main(sizes=(200, 2_000), repeat=1),
    "Geocoding and nearest clinics": lambda: bench_geo.main(n=500),
    "Map page": lambda: bench_map.main(sizes=(200,), repeat=1),
}


def run(benchmarks: dict) -> str:
    sections = [f"Machine: {platform.machine()}, Python {platform.python_version()}, "
                f"{time.strftime('%Y-%m-%d')}; medians of the runs shown, ratios beside absolute figures."]
    for title, benchmark in benchmarks.items():
        started = time.perf_counter()
        sections.append(f"### {title}\n\n{benchmark()}\n\n({time.perf_counter() - started:.0f} s)")
    return "\n\n".join(sections)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Run the benchmarks and print Markdown tables.")
    parser.add_argument("--quick", action="store_true", help="small sizes: a smoke run in about a minute")
    print(run(QUICK if parser.parse_args().quick else FULL))
