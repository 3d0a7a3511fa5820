"""The offline US gazetteer: ZIP centroids, city centroids and state bounds, from the `zipcodes` package.

zipcodes ships 42,789 ZIP codes with coordinates from GeoNames (CC BY 4.0), so no lookup needs a network. The
tables are built on first use (per-row calls into zipcodes would be too slow for 10,000 rows) and kept in the user's
cache folder (see CACHE_KEY): building them takes 1.2-2 s here, reading them back 0.4 s, which is the difference
a patient feels in each `clinicdir near`.
"""

from __future__ import annotations

import hashlib
import pickle
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import us
import zipcodes

from common.cache import cache_folder
from common.files import write_atomic

# The 50 states, DC and the five inhabited territories; the zipcodes data also has military mail codes (AA, AE,
# AP) and freely associated states, which are not places a US clinic directory can put a clinic.
US_PLACES = frozenset({s.abbr for s in us.states.STATES_AND_TERRITORIES} | {"DC"}) - {"FM", "MH", "PW"}

# Degrees added around each state's ZIP centroids: a clinic sits anywhere in a ZIP area, not at its centroid.
BOUNDS_MARGIN = 0.6


class Place(NamedTuple):   # a tuple: every run unpickles 72,000 of them, a third faster than dataclasses
    latitude: float
    longitude: float
    state: str
    label: str


@dataclass(frozen=True)
class Gazetteer:
    zips: dict[str, Place]
    cities: dict[tuple[str, str], Place]
    bounds: dict[str, tuple[float, float, float, float]]   # state -> (south, west, north, east)

    def zip(self, code: str) -> Place | None:
        return self.zips.get(code[:5]) if code else None

    def city(self, city: str, state: str) -> Place | None:
        return self.cities.get((_city_key(city), state.upper()))

    def state_of(self, latitude: float, longitude: float) -> list[str]:
        """States whose bounds hold the point (neighbours overlap, so possibly several)."""
        return [state for state, (s, w, n, e) in self.bounds.items() if s <= latitude <= n and w <= longitude <= e]

    def in_state(self, state: str, latitude: float, longitude: float) -> bool:
        box = self.bounds.get(state.upper())
        return bool(box) and box[0] <= latitude <= box[2] and box[1] <= longitude <= box[3]

    def in_us(self, latitude: float, longitude: float) -> bool:
        return any(True for _ in self.state_of(latitude, longitude))


# The cached tables depend on the zipcodes data, on `us` (US_PLACES) and on this module's code.
CACHE_KEY = hashlib.sha256(
    f"{zipcodes.__version__} {us.__version__} ".encode() + Path(__file__).read_bytes()).hexdigest()[:16]


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    path = cache_folder() / f"gazetteer-{CACHE_KEY}.pickle"
    try:
        cached = pickle.loads(path.read_bytes())
        if isinstance(cached, Gazetteer):
            return cached
    except Exception:   # absent, unreadable, damaged (a damaged pickle can raise almost anything): rebuild
        pass
    built = build_gazetteer()
    _store(path, built)
    return built


def _store(path: Path, value: Gazetteer) -> None:
    try:
        write_atomic(path, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
    except OSError:
        return   # a read-only home only costs the rebuild


def build_gazetteer() -> Gazetteer:
    zips: dict[str, Place] = {}
    city_sums: dict[tuple[str, str], list[float]] = {}   # latitude sum, longitude sum, count
    labels: dict[tuple[str, str], str] = {}
    state_points: dict[str, list[tuple[float, float]]] = {}
    for entry in zipcodes.list_all():
        try:
            lat, lon = float(entry["lat"]), float(entry["long"])
        except (TypeError, ValueError):
            continue
        if abs(lat) < 1 and abs(lon) < 1:   # a few entries carry (0, 0) for "unknown"
            continue
        state, city = entry["state"], entry["city"].title()
        if state not in US_PLACES:
            continue
        zips[entry["zip_code"]] = Place(lat, lon, state, f"{entry['zip_code']} ({city}, {state})")
        key = (_city_key(city), state)
        sums = city_sums.setdefault(key, [0.0, 0.0, 0])
        sums[0] += lat
        sums[1] += lon
        sums[2] += 1
        labels[key] = f"{city}, {state}"
        state_points.setdefault(state, []).append((lat, lon))
    cities = {key: Place(lat / n, lon / n, key[1], labels[key]) for key, (lat, lon, n) in city_sums.items()}
    bounds = {
        state: (min(p[0] for p in points) - BOUNDS_MARGIN, min(p[1] for p in points) - BOUNDS_MARGIN,
                max(p[0] for p in points) + BOUNDS_MARGIN, max(p[1] for p in points) + BOUNDS_MARGIN)
        for state, points in state_points.items()
    }
    return Gazetteer(zips, cities, bounds)


def _city_key(city: str) -> str:
    words = city.lower().replace(".", "").replace("-", " ").split()
    return " ".join(["saint" if word == "st" else word for word in words])
