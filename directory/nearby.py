"""The listed clinics nearest a place: a cheap bounding-box filter, then great-circle distances on what is left."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
from geopy.distance import great_circle

from directory.geocode import ZipGazetteer

_MILES_PER_DEGREE_LAT = 69.0


def find_place(query: str, geocoder=None) -> tuple[float, float, str] | None:
    """(latitude, longitude, label) of a ZIP code or "City, ST"; None when the place is unknown."""
    location = (geocoder or ZipGazetteer()).geocode(query.strip())
    return (location.latitude, location.longitude, location.address) if location else None


def nearest(clinics: pd.DataFrame, lat: float, lon: float, miles: float = 50, limit: int = 20) -> pd.DataFrame:
    """Clinics within `miles` of the point, nearest first, with a distance_miles column."""
    lats = pd.to_numeric(clinics["latitude"], errors="coerce").to_numpy(dtype=float)
    lons = pd.to_numeric(clinics["longitude"], errors="coerce").to_numpy(dtype=float)
    dlat = miles / _MILES_PER_DEGREE_LAT
    dlon = miles / (_MILES_PER_DEGREE_LAT * max(math.cos(math.radians(lat)), 0.01))
    with np.errstate(invalid="ignore"):
        near = (np.abs(lats - lat) <= dlat) & (np.abs(lons - lon) <= dlon)
    candidates = clinics[near].copy()
    candidates["distance_miles"] = [
        great_circle((lat, lon), (a, b)).miles for a, b in zip(lats[near], lons[near])
    ]
    candidates = candidates[candidates["distance_miles"] <= miles]
    order = ["distance_miles", "name"] if "name" in candidates else ["distance_miles"]
    return candidates.sort_values(order, kind="stable").head(limit).reset_index(drop=True)
