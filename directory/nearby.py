"""The listed clinics nearest a place: a bounding-box filter in numpy, then great-circle distances on what is left."""

from __future__ import annotations

import math
from collections import Counter

import numpy as np
import pandas as pd
from geopy.distance import EARTH_RADIUS, great_circle
from geopy.geocoders.base import Geocoder

from common.gazetteer import gazetteer
from directory.geocode import ZipGazetteer

_EARTH_RADIUS_MILES = EARTH_RADIUS / 1.609344   # the radius great_circle itself uses
ANYWHERE_MILES = math.pi * _EARTH_RADIUS_MILES   # half way round the Earth: every point is nearer
# Keeps points exactly on the circle inside the box despite rounding.
_BOX_SLACK_DEGREES = 1e-6


def find_place(query: str, geocoder: Geocoder | None = None) -> tuple[float, float, str] | None:
    """(latitude, longitude, label) of "80202", "80202-1234", "Denver, CO", "Denver CO", or a town name alone
    (the largest town of that name, as the map page picks); None when unknown."""
    location = (geocoder or ZipGazetteer()).geocode(query.strip())
    if location:
        return location.latitude, location.longitude, location.address
    towns = towns_named(query)
    return towns[0] if towns else None


def towns_named(name: str) -> list[tuple[float, float, str]]:
    """(latitude, longitude, label) of every town of that name in any state, the one with most ZIP codes first,
    then by label: the order the map page offers them in."""
    places = gazetteer()
    found = [town for state in places.bounds if (town := places.city(name.strip(), state))]
    if len(found) > 1:
        labels = {town.label for town in found}
        # A ZIP code's label names its town: "80202 (Denver, CO)".
        sizes = Counter(town for place in places.zips.values() if (town := place.label[7:-1]) in labels)
        found.sort(key=lambda town: (-sizes[town.label], town.label))
    return [(town.latitude, town.longitude, town.label) for town in found]


def nearest(clinics: pd.DataFrame, lat: float, lon: float, miles: float = 50, limit: int = 20) -> pd.DataFrame:
    """Clinics within `miles` of the point, nearest first (ties by name), with a distance_miles column.

    Rows without usable coordinates are left out. The input's index is kept, so results can be joined back.
    """
    if not (math.isfinite(lat) and math.isfinite(lon)) or not math.isfinite(miles) or miles < 0 or limit < 0:
        raise ValueError("nearest needs a finite point, a non-negative distance and a non-negative limit")
    lats = pd.to_numeric(clinics["latitude"], errors="coerce").to_numpy(dtype=float)
    lons = pd.to_numeric(clinics["longitude"], errors="coerce").to_numpy(dtype=float)
    half_height, half_width = _box(lat, miles)
    with np.errstate(invalid="ignore"):   # NaN coordinates compare False, which is what leaves them out
        east_west = np.abs((lons - lon + 180.0) % 360.0 - 180.0)   # across the antimeridian too (Aleutians)
        inside = (np.abs(lats - lat) <= half_height) & (east_west <= half_width)
    candidates = clinics[inside].copy()
    candidates["distance_miles"] = [great_circle((lat, lon), point).miles
                                    for point in zip(lats[inside], lons[inside])]
    candidates = candidates[candidates["distance_miles"] <= miles]
    order = ["distance_miles", "name"] if "name" in candidates.columns else ["distance_miles"]
    return candidates.sort_values(order, kind="stable").head(limit)


def _box(lat: float, miles: float) -> tuple[float, float]:
    """Half height and half width, in degrees, of the smallest latitude/longitude box holding the circle.

    The widest point of a circle is poleward of its centre, so miles / cos(latitude) would cut off the corners of
    large circles far north (Alaska); this is the exact width. A circle reaching a pole spans every longitude.
    """
    angle = miles / _EARTH_RADIUS_MILES
    half_height = math.degrees(angle) + _BOX_SLACK_DEGREES
    reach = math.sin(angle) / math.cos(math.radians(lat)) if abs(lat) < 90 else math.inf
    if angle >= math.pi / 2 or reach >= 1:
        return half_height, 180.0
    return half_height, math.degrees(math.asin(reach)) + _BOX_SLACK_DEGREES
