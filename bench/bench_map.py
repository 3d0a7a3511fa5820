"""Map page build time, page size, time to clusters and time from typing a ZIP code to a sorted list, in headless
Chromium, for 1k and 10k synthetic clinics (targets at 10k: builds in < 3 s, weighs <= 2.5 MB with the packed
gazetteer, clusters in < 1 s, a ZIP code to its sorted list in < 200 ms on the first search, unpacking included).

    python -m bench.bench_map             # the Markdown table
"""

from __future__ import annotations

import random
import re
import statistics
import tempfile
import time
from pathlib import Path

import pandas as pd

from bench.harness import table
from maps.page import MapMeta, write_map_page
from common.vocabulary import CONDITION_CODES, ROUTE_CODES

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
META = MapMeta(built_on="2026-11-22",
               policy_sentence="Clinics whose published per-infusion fee is above $1,200 are left out; "
                               "$400-$800 is typical.",
               attributions=("Clinic data: the clinics' own websites", "ZIP coordinates: GeoNames (CC BY 4.0)"),
               tiles=None)

_CITIES = (
    ("Denver", "CO", 39.74, -104.99), ("Austin", "TX", 30.27, -97.74), ("Houston", "TX", 29.76, -95.37),
    ("Phoenix", "AZ", 33.45, -112.07), ("Seattle", "WA", 47.61, -122.33), ("Portland", "OR", 45.52, -122.68),
    ("San Diego", "CA", 32.72, -117.16), ("Los Angeles", "CA", 34.05, -118.24), ("Chicago", "IL", 41.88, -87.63),
    ("Atlanta", "GA", 33.75, -84.39), ("Miami", "FL", 25.76, -80.19), ("Tampa", "FL", 27.95, -82.46),
    ("New York", "NY", 40.71, -74.01), ("Boston", "MA", 42.36, -71.06), ("Philadelphia", "PA", 39.95, -75.17),
    ("Nashville", "TN", 36.16, -86.78), ("Minneapolis", "MN", 44.98, -93.27), ("Salt Lake City", "UT", 40.76, -111.89),
    ("Kansas City", "MO", 39.10, -94.58), ("Charlotte", "NC", 35.23, -80.84), ("Columbus", "OH", 39.96, -83.00),
    ("Albuquerque", "NM", 35.08, -106.65), ("Boise", "ID", 43.62, -116.20), ("Omaha", "NE", 41.26, -95.93),
)
_NAME_PARTS = (("Mile High", "Lakeside", "Summit", "Harbor", "Evergreen", "Riverside", "Clear Path", "New Dawn"),
               ("Ketamine", "Infusion", "Wellness", "Mind & Body", "Mental Health"),
               ("Clinic", "Center", "Institute", "Partners", "Health"))
_STREETS = ("Main St", "Colorado Blvd", "Oak Avenue", "Pine Street", "Medical Center Dr", "Broadway", "Lake Rd")


def synthetic_clinics(n: int, seed: int = 7) -> pd.DataFrame:
    """`n` listed clinics shaped like the directory's output, with realistic text lengths; 1 in 20 unplaced."""
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        city, state, lat, lon = rng.choice(_CITIES)
        name = " ".join(rng.choice(part) for part in _NAME_PARTS) + f" {i}"
        site = f"https://www.{re.sub(r'[^a-z0-9]+', '', name.lower())}.com/"
        fee_min = float(rng.randrange(300, 1200, 25)) if rng.random() > 0.15 else float("nan")
        band = ("unknown" if fee_min != fee_min else "below" if fee_min < 400
                else "typical" if fee_min <= 800 else "above")
        placed = rng.random() > 0.05
        rows.append({
            "clinic_id": f"kc-{i:010x}", "name": name,
            "street": f"{rng.randrange(100, 9999)} {rng.choice(_STREETS)} Suite {rng.randrange(100, 400)}",
            "city": city, "state": state, "postal_code": f"{rng.randrange(10000, 99999)}",
            "phone": f"+1{rng.randrange(200, 999)}555{rng.randrange(100, 199):04d}", "website": site,
            "fee_min": fee_min, "fee_max": fee_min + 200 if rng.random() > 0.5 else float("nan"),
            "fee_band": band, "fee_as_of": "2026-11-01", "fee_source_url": site + "pricing/",
            "routes": ";".join(rng.sample(ROUTE_CODES, rng.randint(1, 3))),
            "conditions": ";".join(rng.sample(CONDITION_CODES, rng.randint(1, 5))),
            "latitude": lat + rng.uniform(-0.4, 0.4) if placed else float("nan"),
            "longitude": lon + rng.uniform(-0.4, 0.4) if placed else float("nan"),
            "geo_precision": rng.choice(("site", "site", "zip", "city")) if placed else "",
        })
    return pd.DataFrame(rows)


def build_figures(clinics: pd.DataFrame, out: Path, repeat: int = 3) -> tuple[float, int]:
    """Median build seconds over `repeat` builds, and the page size in bytes."""
    seconds = []
    for _ in range(repeat):
        started = time.perf_counter()
        write_map_page(clinics, out, META)   # the list page beside it is not part of the page's weight
        seconds.append(time.perf_counter() - started)
    return statistics.median(seconds), out.stat().st_size


# In the page: type a ZIP code as a patient would (one input event), then wait for the list and the next frame.
_ZIP_TO_LIST = """async (zip) => {
    const box = document.getElementById("finder-text");
    const started = performance.now();
    box.value = zip;
    box.dispatchEvent(new Event("input", { bubbles: true }));
    await new Promise((resolve) => {
        const check = () => (clinicMap.finder.renders > 0 && !clinicMap.finder.busy()
            ? requestAnimationFrame(() => resolve()) : setTimeout(check, 0));
        check();
    });
    return performance.now() - started;
}"""


def seconds_to_clusters(pages: list[Path], repeat: int = 3) -> list[tuple[float, float, float]]:
    """Median times from navigation to every marker clustered with cluster icons drawn, to the list joined to
    the map (its "Show on map" buttons in place), and from typing the ZIP code 80202 to its sorted list (the
    page's first search, so unpacking the gazetteer is included), network blocked."""
    from playwright.sync_api import sync_playwright

    medians = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            for page_path in pages:
                runs = []
                for _ in range(repeat):
                    context = browser.new_context(viewport={"width": 1280, "height": 800})
                    context.route(re.compile(r"^https?://"), lambda route: route.abort())
                    page = context.new_page()
                    started = time.perf_counter()
                    page.goto(page_path.as_uri())
                    page.wait_for_function("window.clinicMap && clinicMap.clustered()"
                                           " && document.querySelector('.cluster, .pin.leaflet-marker-icon')",
                                           timeout=60_000, polling=10)
                    clusters = time.perf_counter() - started
                    page.wait_for_function("clinicMap.settled()", timeout=60_000, polling=10)
                    listed = time.perf_counter() - started
                    runs.append((clusters, listed, page.evaluate(_ZIP_TO_LIST, "80202") / 1000))
                    context.close()
                medians.append(tuple(statistics.median(r[i] for r in runs) for i in range(3)))
        finally:
            browser.close()
    return medians


def main(sizes=(1_000, 10_000), repeat: int = 3) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        rows, pages = [], []
        for n in sizes:
            page = Path(tmp) / f"map-{n}.html"
            build_seconds, size = build_figures(synthetic_clinics(n), page, repeat)
            rows.append([f"{n:,}", f"{build_seconds:.2f}", f"{size / 1_000_000:.2f}"])
            pages.append(page)
        for row, (cluster_seconds, list_seconds, zip_seconds) in zip(rows, seconds_to_clusters(pages, repeat)):
            row += [f"{cluster_seconds:.2f}", f"{list_seconds:.2f}", f"{zip_seconds * 1000:.0f}"]
    return table(["clinics", "build s (median)", "page MB", "to clusters s (median)", "list joined s (median)",
                  "ZIP to sorted list ms (median)"], rows)


if __name__ == "__main__":
    print(main())
