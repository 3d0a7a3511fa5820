"""Nearest listed clinics to a ZIP code or a city."""

import pandas as pd
import pytest

from directory.gazetteer import gazetteer
from directory.nearby import find_place, nearest


def clinics():
    places = gazetteer()
    rows = [{"name": f"Clinic {code}", "latitude": places.zip(code).latitude, "longitude": places.zip(code).longitude}
            for code in ("10019", "10001", "11201", "07030", "19103")]
    rows.append({"name": "Nowhere", "latitude": None, "longitude": None})
    return pd.DataFrame(rows)


def test_nearest_sorted_by_distance_with_a_cut_off():
    lat, lon, label = find_place("10001")
    found = nearest(clinics(), lat, lon, miles=10)
    assert list(found["name"]) == ["Clinic 10001", "Clinic 10019", "Clinic 07030", "Clinic 11201"]
    assert found["distance_miles"].iloc[1] == pytest.approx(1.3, abs=0.5)   # Chelsea to Midtown
    assert found["distance_miles"].is_monotonic_increasing
    assert "Clinic 19103" in set(nearest(clinics(), lat, lon, miles=100)["name"])   # Philadelphia, ~80 miles


def test_limit_and_places_by_city():
    lat, lon, _ = find_place("Philadelphia, PA")
    found = nearest(clinics(), lat, lon, miles=200, limit=2)
    assert len(found) == 2 and found["name"].iloc[0] == "Clinic 19103"
    assert find_place("Atlantis, ZZ") is None
