"""Directory build time and peak memory for 1k, 10k and 100k raw crawl items (target: 100k < 15 s, 10x items
costs at most 12x time).

    python -m bench.bench_build            # the table
    python -m bench.bench_build --one N    # one measurement, as JSON (used by the table)
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from bench.harness import emit, measure, table, timed
from bench.synthetic_items import make_items
from directory.build import BuildOptions, build


def one(n: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        crawl = Path(tmp) / "crawl"
        crawl.mkdir()
        with (crawl / "synthetic.jsonl").open("w") as handle:
            for item in make_items(n):
                handle.write(json.dumps(item) + "\n")
        report: dict = {"items": n}
        with timed(report):
            result = build(BuildOptions(crawl_dirs=[crawl], out_dir=Path(tmp) / "out", tiles=None))
        report["clinics"] = len(result.clinics)
        emit(report)


def main(sizes=(1_000, 10_000, 100_000), repeat: int = 3) -> str:
    rows, previous = [], None
    for n in sizes:
        m = measure("bench.bench_build", "--one", str(n), repeat=repeat)
        ratio = f"{m['seconds'] / previous:.1f}x" if previous else ""
        rows.append([f"{n:,}", f"{int(m['clinics']):,}", f"{m['seconds']:.2f}", ratio, f"{m['peak_mb']:.0f}"])
        previous = m["seconds"]
    return table(["raw items", "clinics", "build s (median)", "vs 10x fewer", "peak MB"], rows)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--one", type=int)
    args = parser.parse_args()
    if args.one:
        one(args.one)
    else:
        print(main())
