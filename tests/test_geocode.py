"""Offline geocoding and its checks: ZIP, city, published coordinates, swapped and impossible points."""

import math

import pandas as pd
import pytest
from geopy.adapters import BaseSyncAdapter

from directory.geocode import ZipGazetteer, geocode_frame, nominatim_geocoder


def row(street="1 Main St", city="Denver", state="CO", postal_code="80202", latitude=None, longitude=None):
    return {"street": street, "city": city, "state": state, "postal_code": postal_code,
            "latitude": latitude, "longitude": longitude}


@pytest.mark.parametrize("clinic, precision, near, issue", [
    (row(), "zip", (39.749, -104.995), ""),
    (row(postal_code="80202-1234"), "zip", (39.749, -104.995), ""),
    (row(postal_code=""), "city", (39.74, -104.98), ""),
    (row(city="St. Louis", state="MO", postal_code=""), "city", (38.64, -90.28), ""),
    (row(city="San Juan", state="PR", postal_code="00901"), "zip", (18.46, -66.1), ""),
    (row(latitude=39.7392, longitude=-104.9903), "site", (39.7392, -104.9903), ""),
    (row(latitude=-104.9903, longitude=39.7392), "site", (39.7392, -104.9903), "swapped"),
    (row(latitude=0.0, longitude=0.0), "zip", (39.749, -104.995), "(0, 0) ignored"),
    (row(latitude=40.7128, longitude=-74.006), "zip", (39.749, -104.995), "km from ZIP"),
    (row(latitude=51.5, longitude=-0.12), "zip", (39.749, -104.995), "outside the US"),
    (row(postal_code="99999"), "city", (39.74, -104.98), "ZIP 99999 is not a known US ZIP code"),
    (row(postal_code="", latitude=39.7392, longitude=-104.9903), "site", (39.7392, -104.9903), ""),
    (row(postal_code="", state="TX", latitude=39.7392, longitude=-104.9903), "", None, "Denver, TX"),
])
def test_points_and_their_precision(clinic, precision, near, issue):
    placed = geocode_frame(pd.DataFrame([clinic])).iloc[0]
    assert placed.geo_precision == precision
    if near:
        assert placed.latitude == pytest.approx(near[0], abs=0.05)
        assert placed.longitude == pytest.approx(near[1], abs=0.05)
    else:
        assert math.isnan(placed.latitude) and math.isnan(placed.longitude)
    assert issue in placed.geo_issue


@pytest.mark.parametrize("clinic, issue", [
    (row(street="", city="", state="", postal_code=""), "no ZIP code or city and state to place it"),
    (row(state="TX"), "ZIP 80202 is in CO, but the address says TX"),
    (row(city="Atlantis", state="CO", postal_code=""), "Atlantis, CO is not a known US city"),
])
def test_clinics_that_cannot_be_placed_get_no_point_and_a_reason(clinic, issue):
    placed = geocode_frame(pd.DataFrame([clinic])).iloc[0]
    assert math.isnan(placed.latitude) and placed.geo_precision == ""
    assert issue in placed.geo_issue


@pytest.mark.parametrize("query, label", [
    ("80202", "80202 (Denver, CO)"), ("Denver, CO", "Denver, CO"), ("Denver CO", "Denver, CO"),
    ({"postalcode": "10001"}, "10001 (New York, NY)"), ({"city": "Boise", "state": "ID"}, "Boise, ID"),
    ("Boise, ID 83702", "83702 (Boise, ID)"),
])
def test_zip_gazetteer_is_a_geopy_geocoder(query, label):
    location = ZipGazetteer().geocode(query)
    assert location.address == label and location.raw["precision"] in ("zip", "city")


def test_unknown_places_are_none():
    assert ZipGazetteer().geocode("Nowhere, ZZ") is None and ZipGazetteer().geocode("00000") is None


class FakeNominatim(BaseSyncAdapter):
    """Answers like Nominatim's search endpoint; records what it was asked and with which user agent."""
    calls: list = []

    def get_json(self, url, *, timeout, headers):
        FakeNominatim.calls.append((url, headers.get("User-Agent")))
        return [{"lat": "39.7527", "lon": "-104.9990", "display_name": "1420 Larimer Street, Denver", "place_id": 1}]

    def get_text(self, url, *, timeout, headers):
        raise NotImplementedError


def test_nominatim_with_user_agent_rate_limit_and_persistent_cache(tmp_path):
    FakeNominatim.calls = []
    cache = tmp_path / "geocache.json"
    frame = pd.DataFrame([row(street="1420 Larimer St")])
    first = nominatim_geocoder("clinicdir-test (+https://example.org/contact)", cache, FakeNominatim, 0.0)
    placed = geocode_frame(frame, first).iloc[0]
    assert placed.geo_precision == "address" and placed.latitude == pytest.approx(39.7527)
    second = nominatim_geocoder("clinicdir-test (+https://example.org/contact)", cache, FakeNominatim, 0.0)
    geocode_frame(frame, second)
    assert len(FakeNominatim.calls) == 1 and second.asked == 0   # the second run is answered by the cache
    url, agent = FakeNominatim.calls[0]
    assert agent.startswith("clinicdir-test") and "countrycodes=us" in url
    assert not list(tmp_path.glob(".geocache.json.*"))        # written atomically, no temp file left


def test_nominatim_refuses_an_anonymous_user_agent(tmp_path):
    with pytest.raises(ValueError, match="user agent"):
        nominatim_geocoder("", tmp_path / "cache.json")
