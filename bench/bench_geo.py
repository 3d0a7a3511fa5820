"""Offline geocoding of 10,000 clinic addresses (target < 2 s) and nearest clinics over 10,000 (target < 0.2 s).

    python -m bench.bench_geo
"""

from __future__ import annotations

import random
import statistics
import time

import pandas as pd

from bench.harness import table
from directory.gazetteer import gazetteer
from directory.geocode import geocode_frame
from directory.nearby import find_place, nearest


def clinic_rows(n: int, seed: int = 11) -> pd.DataFrame:
    """Addresses as crawls give them: mostly with a ZIP, some with a city only, some with site coordinates."""
    rng = random.Random(seed)
    places = list(gazetteer().zips.items())
    rows = []
    for i in range(n):
        code, place = places[rng.randrange(len(places))]
        city, state = place.label.split("(")[1].rstrip(")").rsplit(", ", 1)
        roll = rng.random()
        rows.append({
            "street": f"{rng.randint(1, 9999)} Main St", "city": city, "state": state,
            "postal_code": "" if roll < 0.1 else code,
            "latitude": place.latitude + 0.01 if roll > 0.8 else None,
            "longitude": place.longitude - 0.01 if roll > 0.8 else None,
        })
    return pd.DataFrame(rows)


def _median(run, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main(n: int = 10_000, repeat: int = 5) -> str:
    started = time.perf_counter()
    gazetteer()   # built once per process
    load = time.perf_counter() - started
    frame = clinic_rows(n)
    geocode = _median(lambda: geocode_frame(frame), repeat)
    placed = geocode_frame(frame)
    lat, lon, _ = find_place("Denver, CO")
    near = _median(lambda: nearest(placed, lat, lon, miles=50), repeat * 4)
    return table(["step", "clinics", "seconds (median)", "target s"], [
        ["load the ZIP gazetteer (once per process)", "-", f"{load:.2f}", "-"],
        ["geocode offline", f"{n:,}", f"{geocode:.3f}", "2 (with the load)"],
        ["nearest within 50 miles", f"{n:,}", f"{near:.4f}", "0.2"],
    ])


if __name__ == "__main__":
    print(main())
