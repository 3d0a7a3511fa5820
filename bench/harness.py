"""Run each measurement in a fresh process (so peak memory is its own), repeat it, report the median."""

from __future__ import annotations

import json
import resource
import statistics
import subprocess
import sys
import time
from contextlib import contextmanager


def measure(module: str, *args: str, repeat: int = 3) -> dict:
    """Median seconds and the largest peak RSS (MB) of `python -m module args...` printing one JSON line."""
    runs = []
    for _ in range(repeat):
        done = subprocess.run([sys.executable, "-m", module, *args], capture_output=True, text=True, check=True)
        runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
    result = {key: statistics.median(r[key] for r in runs) for key in runs[0] if key != "peak_mb"}
    result["peak_mb"] = max(r["peak_mb"] for r in runs)
    result["runs"] = repeat
    return result


def median_seconds(run, repeat: int, before=None) -> float:
    """Median wall time of `run()` over `repeat` calls; `before()` runs untimed ahead of each call."""
    times = []
    for _ in range(repeat):
        if before:
            before()
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


@contextmanager
def timed(report: dict, key: str = "seconds"):
    started = time.perf_counter()
    yield
    report[key] = time.perf_counter() - started


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def emit(report: dict) -> None:
    report["peak_mb"] = peak_mb()
    print(json.dumps(report))


def table(headers: list[str], rows: list[list]) -> str:
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join(" ---: " for _ in headers) + "|"]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)
