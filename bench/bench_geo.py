"""Offline geocoding of 10,000 clinic addresses (target < 2 s) and nearest clinics over 10,000 (target < 0.2 s).

    python -m bench.bench_geo
"""

from __future__ import annotations

import os
import random
import tempfile
import time
from unittest import mock

import pandas as pd
import zipcodes

from bench.harness import median_seconds, table
from common.gazetteer import build_gazetteer, gazetteer
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
    with tempfile.TemporaryDirectory() as cache, mock.patch.dict(os.environ, XDG_CACHE_HOME=cache):
        build = median_seconds(_cold_build, 3)
        gazetteer.__wrapped__()   # fills the cache folder
        load = median_seconds(gazetteer.__wrapped__, 3)
    frame = clinic_rows(n)
    geocode = median_seconds(lambda: geocode_frame(frame), repeat)
    placed = geocode_frame(frame)
    lat, lon, _ = find_place("Denver, CO")
    near = median_seconds(lambda: nearest(placed, lat, lon, miles=50), repeat * 4)
    wide = median_seconds(lambda: nearest(placed, lat, lon, miles=500), repeat * 4)
    return table(["step", "clinics", "seconds (median)", "target s"], [
        ["build the ZIP gazetteer (first use on a machine)", "-", f"{build:.2f}", "-"],
        ["load it from the cache (first use in a process)", "-", f"{load:.2f}", "-"],
        ["geocode offline", f"{n:,}", f"{geocode:.3f}", "-"],
        ["geocode offline, first call in a process (load + geocode)", f"{n:,}", f"{load + geocode:.2f}", "2"],
        ["geocode offline, first call on a machine (build + geocode)", f"{n:,}", f"{build + geocode:.2f}", "-"],
        ["nearest within 50 miles", f"{n:,}", f"{near:.4f}", "0.2"],
        ["nearest within 500 miles", f"{n:,}", f"{wide:.4f}", "0.2"],
    ])


def _cold_build() -> None:
    zipcodes._zips_cache = None   # zipcodes keeps its 42,789 records once read; a new machine has not read them
    build_gazetteer()


if __name__ == "__main__":
    print(main())
