"""Offline geocoding of 10,000 clinic addresses (target < 2 s) and nearest clinics over 10,000 (target < 0.2 s).

    python -m bench.bench_geo
"""

from __future__ import annotations

import random
import time

import pandas as pd

from bench.harness import median_seconds, table
from directory.gazetteer import gazetteer
from directory.geocode import geocode_frame
from directory.nearby import find_place, nearest


def clinic_rows(n: int, seed: int = 11) -> pd.DataFrame:
    """Addresses as crawls give them: mostly a ZIP, some ZIP+4, a city only, published (sometimes swapped)
    coordinates, unknown ZIPs and blanks, in roughly the shares seen on clinic sites."""
    rng = random.Random(seed)
    places = list(gazetteer().zips.items())
    rows = []
    for _ in range(n):
        code, place = places[rng.randrange(len(places))]
        city = place.label.split("(", 1)[1].rsplit(", ", 1)[0]
        clinic = {"street": f"{rng.randint(1, 9999)} Main St", "city": city, "state": place.state,
                  "postal_code": code, "latitude": None, "longitude": None}
        roll = rng.random()
        if roll < 0.10:
            clinic["postal_code"] = ""
        elif roll < 0.20:
            clinic["postal_code"] = f"{code}-{rng.randint(0, 9999):04d}"
        elif roll < 0.23:
            clinic["postal_code"] = "99999"
        elif roll < 0.25:
            clinic.update(street="", city="", state="", postal_code="")
        elif roll < 0.40:
            clinic.update(latitude=place.latitude + 0.01, longitude=place.longitude - 0.01)
        elif roll < 0.42:
            clinic.update(latitude=place.longitude, longitude=place.latitude)
        rows.append(clinic)
    return pd.DataFrame(rows)


def main(n: int = 10_000, repeat: int = 5) -> str:
    started = time.perf_counter()
    gazetteer()   # built on first use, once per process
    load = time.perf_counter() - started
    frame = clinic_rows(n)
    geocode = median_seconds(lambda: geocode_frame(frame), repeat)
    placed = geocode_frame(frame)
    lat, lon, _ = find_place("Denver, CO")
    near = median_seconds(lambda: nearest(placed, lat, lon, miles=50), repeat * 4)
    wide = median_seconds(lambda: nearest(placed, lat, lon, miles=500), repeat * 4)
    return table(["step", "clinics", "seconds (median)", "target s"], [
        ["load the ZIP gazetteer (first use in a process)", "-", f"{load:.2f}", "-"],
        ["geocode offline", f"{n:,}", f"{geocode:.3f}", "-"],
        ["geocode offline, first call (load + geocode)", f"{n:,}", f"{load + geocode:.2f}", "2"],
        ["nearest within 50 miles", f"{n:,}", f"{near:.4f}", "0.2"],
        ["nearest within 500 miles", f"{n:,}", f"{wide:.4f}", "0.2"],
    ])


if __name__ == "__main__":
    print(main())
