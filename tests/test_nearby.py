"""Nearest listed clinics to a ZIP code or a city."""

import math

import pandas as pd
import pytest
from geopy.distance import great_circle

from common.gazetteer import gazetteer
from directory.nearby import find_place, nearest


def clinic_at(code: str) -> dict:
    place = gazetteer().zip(code)
    return {"name": f"Clinic {code}", "latitude": place.latitude, "longitude": place.longitude}


def clinics(*codes: str) -> pd.DataFrame:
    rows = [clinic_at(code) for code in codes or ("10019", "10001", "11201", "07030", "19103")]
    rows += [{"name": "Unplaced (NaN)", "latitude": math.nan, "longitude": math.nan},
             {"name": "Unplaced (None)", "latitude": None, "longitude": None},
             {"name": "Unplaced (blank, as read from CSV)", "latitude": "", "longitude": ""}]
    return pd.DataFrame(rows)


@pytest.mark.parametrize("origin, destination, miles", [
    ("10001", "10019", 1.29),      # Chelsea to Midtown Manhattan
    ("10001", "07030", 1.91),      # across the Hudson to Hoboken
    ("10001", "11201", 3.77),      # to Brooklyn Heights
    ("10001", "19103", 82.9),      # to Center City Philadelphia
    ("80202", "80302", 24.1),      # Denver to Boulder
    ("90210", "98101", 955.5),     # Beverly Hills to Seattle
])
def test_distances_between_zip_centroids(origin, destination, miles):
    lat, lon, _ = find_place(origin)
    found = nearest(clinics(destination), lat, lon, miles=1000)
    assert list(found["name"]) == [f"Clinic {destination}"]
    # zipcodes' own haversine, the reference here, uses a slightly smaller Earth than great_circle.
    assert found["distance_miles"].iloc[0] == pytest.approx(miles, rel=0.001, abs=0.05)


@pytest.mark.parametrize("miles, names", [
    (0, ["Clinic 10001"]),        # the clinic at the very point
    (1.5, ["Clinic 10001", "Clinic 10019"]),
    (10, ["Clinic 10001", "Clinic 10019", "Clinic 07030", "Clinic 11201"]),
    (100, ["Clinic 10001", "Clinic 10019", "Clinic 07030", "Clinic 11201", "Clinic 19103"]),
])
def test_sorted_nearest_first_within_the_cut_off_without_unplaced_rows(miles, names):
    lat, lon, _ = find_place("10001")
    found = nearest(clinics(), lat, lon, miles=miles)
    assert list(found["name"]) == names
    assert found["distance_miles"].is_monotonic_increasing and (found["distance_miles"] <= miles).all()


@pytest.mark.parametrize("limit, count", [(0, 0), (1, 1), (2, 2), (20, 5)])
def test_limit(limit, count):
    lat, lon, _ = find_place("Philadelphia, PA")
    found = nearest(clinics(), lat, lon, miles=200, limit=limit)
    assert len(found) == count and list(found["name"])[:1] == ["Clinic 19103"][:count]


def test_input_index_is_kept_and_ties_go_by_name():
    frame = pd.DataFrame([{"name": "B", **_point("10019")}, {"name": "A", **_point("10019")},
                          {"name": "C", **_point("10001")}], index=[10, 11, 12])
    lat, lon, _ = find_place("10001")
    found = nearest(frame, lat, lon)
    assert list(found.index) == [12, 11, 10] and list(found["name"]) == ["C", "A", "B"]


def _point(code: str) -> dict:
    place = gazetteer().zip(code)
    return {"latitude": place.latitude, "longitude": place.longitude}


@pytest.mark.parametrize("centre, miles", [((64.84, -147.72), 500), ((61.22, -149.87), 250), ((39.75, -105.0), 50)])
def test_every_point_of_the_circle_survives_the_bounding_box(centre, miles):
    # Far north a circle's widest point is poleward of its centre: a box of miles / cos(latitude) would miss it.
    ring = [great_circle(miles=miles * 0.999).destination(centre, bearing) for bearing in range(0, 360, 3)]
    frame = pd.DataFrame({"name": [f"{b:03d}" for b in range(0, 360, 3)],
                          "latitude": [p.latitude for p in ring], "longitude": [p.longitude for p in ring]})
    assert len(nearest(frame, *centre, miles=miles, limit=1000)) == len(ring)


def test_across_the_antimeridian():
    adak = (51.88, -176.66)
    frame = pd.DataFrame({"name": ["Amchitka"], "latitude": [51.55], "longitude": [179.0]})
    found = nearest(frame, *adak, miles=300)
    assert found["distance_miles"].iloc[0] == pytest.approx(great_circle(adak, (51.55, 179.0)).miles)


def test_nothing_to_search():
    assert nearest(clinics()[0:0], 40.0, -74.0).empty
    assert list(nearest(clinics()[0:0], 40.0, -74.0).columns) == ["name", "latitude", "longitude", "distance_miles"]


@pytest.mark.parametrize("lat, lon, miles, limit", [(math.nan, -74.0, 50, 20), (40.0, -74.0, -1, 20),
                                                    (40.0, -74.0, 50, -1), (40.0, math.inf, 50, 20)])
def test_nonsense_arguments_are_refused(lat, lon, miles, limit):
    with pytest.raises(ValueError):
        nearest(clinics(), lat, lon, miles=miles, limit=limit)


@pytest.mark.parametrize("query, label, state", [
    ("80202", "80202 (Denver, CO)", "CO"), (" 80202-1234 ", "80202 (Denver, CO)", "CO"),
    ("Denver, CO", "Denver, CO", "CO"), ("Denver CO", "Denver, CO", "CO"), ("denver, colorado", "Denver, CO", "CO"),
    ("San Juan, PR", "San Juan, PR", "PR"), ("Denver", "Denver, CO", "CO"), (" boise ", "Boise, ID", "ID"),
])
def test_find_place(query, label, state):
    lat, lon, found = find_place(query)
    assert found == label and gazetteer().in_state(state, lat, lon)


@pytest.mark.parametrize("query", ["", "Atlantis, ZZ", "Atlantis", "99999", "Denver, TX 80202", "Denver, TX"])
def test_unknown_places_are_none(query):
    assert find_place(query) is None
