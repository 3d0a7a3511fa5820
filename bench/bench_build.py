"""`clinicdir build` time and peak memory at 3,000, 30,000 and 100,000 raw crawl items, map pages included
(targets: 3,000 items in 0.5 s and 30,000 in 3 s; 100,000 in under 60 s, near-linear).

    python -m bench.bench_build                         # the table
    python -m bench.bench_build --one CRAWL_DIR         # one build of a crawl folder, as JSON (used by the table)

The crawl files are written once per size, by this process: each measured build runs in a fresh process that
only reads and builds, as `clinicdir build` does.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from bench.harness import emit, measure, table, timed
from bench.synthetic_items import make_items
from clinicdir.build import BuildOptions, build

TARGET_SECONDS = {3_000: 0.5, 30_000: 3.0, 100_000: 60.0}


def one(crawl: Path) -> None:
    with tempfile.TemporaryDirectory() as out:
        report: dict = {}
        with timed(report):
            result = build(BuildOptions(crawl_dirs=[crawl], out_dir=Path(out), tiles=None))
        report["clinics"] = len(result.clinics)
        emit(report)


def write_crawl(n: int, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "synthetic.jsonl").open("w") as handle:
        handle.writelines(json.dumps(item) + "\n" for item in make_items(n))
    return folder


def main(sizes=(3_000, 30_000, 100_000), repeat: int = 3) -> str:
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            crawl = write_crawl(n, Path(tmp) / f"crawl-{n}")
            m = measure("bench.bench_build", "--one", str(crawl), repeat=repeat)
            target = TARGET_SECONDS.get(n)
            rows.append([f"{n:,}", f"{int(m['clinics']):,}", f"{m['seconds']:.2f}",
                         f"{m['seconds'] / n * 10_000:.2f}", f"{target:g}" if target else "-",
                         f"{m['peak_mb']:.0f}"])
    return table(["raw items", "clinics", "build s (median)", "s per 10,000 items", "target s", "peak MB"], rows)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--one", type=Path, metavar="CRAWL_DIR")
    args = parser.parse_args()
    if args.one:
        one(args.one)
    else:
        print(main())
