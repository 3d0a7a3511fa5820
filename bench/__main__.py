"""`python -m bench` (or `make bench`): every benchmark, each printed as a Markdown table with its peak memory.

    python -m bench             # full sizes (about ten minutes)
    python -m bench --quick     # small sizes, a smoke run

Each benchmark runs in a process of its own, so the peak memory shown is that benchmark's alone.
"""

from __future__ import annotations

import argparse
import platform
import subprocess
import sys
import time

# title -> (module, call for the full run, call for the quick run)
BENCHMARKS = {
    "Crawl throughput (clinic_sites beside scrapy bench)":
        ("bench_crawl", "main(sites=400)", "main(sites=20, bench_seconds=3, repeat=1)"),
    "Polite crawl (production settings, sites answering after 0.3 s) beside the bound its settings allow":
        ("bench_polite_crawl", "main(sites=200)", "main(sites=30, repeat=1)"),
    "Page extraction": ("bench_extract", "main(repeat=100)", "main(repeat=5)"),
    "Directory build": ("bench_build", "main(sizes=(3_000, 30_000, 100_000), repeat=3)",
                        "main(sizes=(300, 3_000), repeat=1)"),
    "Geocoding and nearest clinics": ("bench_geo", "main(n=10_000)", "main(n=500)"),
    "Map page": ("bench_map", "main(sizes=(1_000, 10_000), repeat=3)", "main(sizes=(200,), repeat=1)"),
}
_RUNNER = ("from bench import {module}; from bench.harness import peak_mb; print({module}.{call}); "
           "print(f'\\nPeak memory of this benchmark process: {{peak_mb():.0f}} MB')")


def run(quick: bool) -> str:
    sections = [f"Machine: {platform.machine()}, Python {platform.python_version()}, {time.strftime('%Y-%m-%d')}; "
                "medians of the runs shown, ratios beside absolute figures."]
    for title, (module, full, small) in BENCHMARKS.items():
        started = time.perf_counter()
        code = _RUNNER.format(module=module, call=small if quick else full)
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
        output = done.stdout.strip() if done.returncode == 0 else f"FAILED:\n```\n{done.stderr[-2000:]}\n```"
        sections.append(f"### {title}\n\n{output}\n\n({time.perf_counter() - started:.0f} s)")
    return "\n\n".join(sections)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Run the benchmarks and print Markdown tables.")
    parser.add_argument("--quick", action="store_true", help="small sizes: a smoke run in about a minute")
    print(run(parser.parse_args().quick))
