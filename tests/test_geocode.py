"""Offline geocoding and its checks: ZIP, city, published coordinates, swapped and impossible points."""

import json
import math
import pickle
from types import SimpleNamespace
from urllib.parse import parse_qs, urlsplit

import pandas as pd
import pytest
from geopy.adapters import AdapterHTTPError, BaseSyncAdapter
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders import options as geopy_options

from directory.geocache import GeocodeCache
from common.gazetteer import gazetteer
from directory.geocode import (GEOCODER_ATTRIBUTION, GIVE_UP_AFTER_FAILURES, ZipGazetteer, geocode_frame,
                               nominatim_geocoder, state_code)

DENVER_ZIP = (39.7491, -104.9951)     # centroid of 80202 in the zipcodes data
DENVER_CITY = (39.74, -104.98)        # mean of Denver's ZIP centroids
NEW_YORK = (40.7128, -74.006)


def row(street="1 Main St", city="Denver", state="CO", postal_code="80202", latitude=None, longitude=None):
    return {"street": street, "city": city, "state": state, "postal_code": postal_code,
            "latitude": latitude, "longitude": longitude}


def placed(clinic: dict) -> pd.Series:
    return geocode_frame(pd.DataFrame([clinic])).iloc[0]


@pytest.mark.parametrize("clinic, precision, near, issue", [
    (row(), "zip", DENVER_ZIP, ""),
    (row(postal_code="80202-1234"), "zip", DENVER_ZIP, ""),
    (row(postal_code="802021234"), "zip", DENVER_ZIP, ""),
    (row(postal_code=" 80202 "), "zip", DENVER_ZIP, ""),
    (row(state="Colorado"), "zip", DENVER_ZIP, ""),
    (row(state="co"), "zip", DENVER_ZIP, ""),
    (row(state=""), "zip", DENVER_ZIP, ""),
    (row(postal_code=""), "city", DENVER_CITY, ""),
    (row(city="St. Louis", state="MO", postal_code=""), "city", (38.64, -90.28), ""),
    (row(city="San Juan", state="PR", postal_code="00901"), "zip", (18.4654, -66.1044), ""),
    (row(city="Hagatna", state="GU", postal_code="96910"), "zip", (13.4762, 144.7516), ""),
    (row(city="St Thomas", state="VI", postal_code="00802"), "zip", (18.3436, -64.9322), ""),
    (row(city="Pago Pago", state="AS", postal_code="96799"), "zip", (-14.2731, -170.7031), ""),
    (row(city="Washington", state="DC", postal_code="20001"), "zip", (38.9122, -77.0177), ""),
    (row(postal_code="99999"), "city", DENVER_CITY, "ZIP 99999 is not a known US ZIP code"),
    (row(postal_code="8020"), "city", DENVER_CITY, "postal code '8020' is not a 5-digit US ZIP code"),
    (row(latitude=39.7392, longitude=-104.9903), "site", (39.7392, -104.9903), ""),
    (row(latitude="39.7392", longitude="-104.9903"), "site", (39.7392, -104.9903), ""),
    (row(latitude=-104.9903, longitude=39.7392), "site", (39.7392, -104.9903),
     "published coordinates had latitude and longitude swapped; corrected"),
    (row(latitude=0.0, longitude=0.0), "zip", DENVER_ZIP, "published coordinates (0, 0) ignored"),
    (row(latitude=0.4, longitude=-0.2), "zip", DENVER_ZIP, "published coordinates (0, 0) ignored"),
    (row(latitude=NEW_YORK[0], longitude=NEW_YORK[1]), "zip", DENVER_ZIP,
     "published coordinates are 2619 km from the centre of ZIP 80202; ignored"),
    (row(latitude=39.95, longitude=-105.25), "site", (39.95, -105.25), ""),   # Boulder: 31 km, same ZIP area
    (row(latitude=38.8339, longitude=-104.8214), "zip", DENVER_ZIP,
     "published coordinates are 103 km from the centre of ZIP 80202; ignored"),   # Colorado Springs
    (row(latitude=51.5, longitude=-0.12), "zip", DENVER_ZIP, "published coordinates (51.5, -0.12) are outside the US"),
    (row(latitude=39.7392, longitude=math.nan), "zip", DENVER_ZIP, ""),
    (row(postal_code="", latitude=39.7392, longitude=-104.9903), "site", (39.7392, -104.9903), ""),
    (row(postal_code="", latitude=NEW_YORK[0], longitude=NEW_YORK[1]), "city", DENVER_CITY,
     "published coordinates are outside CO; ignored"),
    (row(city="San Juan", state="PR", postal_code="", latitude=18.46, longitude=-66.1), "site", (18.46, -66.1), ""),
    (row(city="Anchorage", state="AK", postal_code="99501", latitude=-149.87, longitude=61.22), "site",
     (61.22, -149.87), "swapped"),
])
def test_points_and_their_precision(clinic, precision, near, issue):
    result = placed(clinic)
    assert result.geo_precision == precision
    assert result.latitude == pytest.approx(near[0], abs=0.02)
    assert result.longitude == pytest.approx(near[1], abs=0.02)
    assert issue in result.geo_issue
    if not issue:
        assert result.geo_issue == ""


def from_map(**fields) -> dict:
    """A clinic whose point the crawl read from a map link or an embedded map on its site."""
    return {**row(**fields), "coordinates_source": "map_embed"}


@pytest.mark.parametrize("clinic, precision, near, issue", [
    (from_map(latitude=39.7480, longitude=-104.9990), "map_embed", (39.7480, -104.9990), ""),
    (from_map(latitude=-104.9990, longitude=39.7480), "map_embed", (39.7480, -104.9990),
     "map coordinates had latitude and longitude swapped; corrected"),
    (from_map(latitude=NEW_YORK[0], longitude=NEW_YORK[1]), "zip", DENVER_ZIP,
     "map coordinates are 2619 km from the centre of ZIP 80202; ignored"),
    (from_map(postal_code="", latitude=NEW_YORK[0], longitude=NEW_YORK[1]), "city", DENVER_CITY,
     "map coordinates are outside CO; ignored"),
    (from_map(latitude=51.5, longitude=-0.12), "zip", DENVER_ZIP, "map coordinates (51.5, -0.12) are outside the US"),
    (from_map(), "zip", DENVER_ZIP, ""),
    ({**row(latitude=39.7392, longitude=-104.9903), "coordinates_source": ""}, "site", (39.7392, -104.9903), ""),
    ({**row(latitude=39.7392, longitude=-104.9903), "coordinates_source": None}, "site", (39.7392, -104.9903), ""),
])
def test_a_map_point_is_checked_like_published_coordinates_and_says_so(clinic, precision, near, issue):
    result = placed(clinic)
    assert result.geo_precision == precision
    assert (result.latitude, result.longitude) == (pytest.approx(near[0], abs=0.02), pytest.approx(near[1], abs=0.02))
    assert issue in result.geo_issue
    if not issue:
        assert result.geo_issue == ""


def test_a_map_point_against_a_contradicting_state_is_not_used():
    result = placed(from_map(state="TX", latitude=39.7480, longitude=-104.9990))
    assert math.isnan(result.latitude) and result.geo_precision == ""
    assert "ZIP 80202 is in CO, but the address says TX" in result.geo_issue


@pytest.mark.parametrize("clinic, issue", [
    (row(street="", city="", state="", postal_code=""), "no ZIP code or city and state to place it"),
    (row(street=None, city=None, state=None, postal_code=None), "no ZIP code or city and state to place it"),
    (row(city="Denver", state="", postal_code=""), "no ZIP code or city and state to place it"),
    (row(state="TX"), "ZIP 80202 is in CO, but the address says TX; check the address"),
    (row(state="TX", latitude=39.7392, longitude=-104.9903), "ZIP 80202 is in CO, but the address says TX"),
    (row(city="Atlantis", state="CO", postal_code=""), "Atlantis, CO is not a known US city"),
    (row(city="", postal_code="99999"), "ZIP 99999 is not a known US ZIP code"),
    (row(state="ZZ", postal_code=""), "state 'ZZ' is not a US state or territory"),
    (row(street="", city="", state="", postal_code="", latitude=0.0, longitude=0.0),
     "published coordinates (0, 0) ignored"),
    (row(state="TX", postal_code="", latitude=39.7392, longitude=-104.9903),
     "published coordinates are outside TX; ignored; Denver, TX is not a known US city"),
])
def test_clinics_that_cannot_be_placed_get_no_point_and_a_reason(clinic, issue):
    result = placed(clinic)
    assert math.isnan(result.latitude) and math.isnan(result.longitude) and result.geo_precision == ""
    assert issue in result.geo_issue


def test_frame_is_copied_with_its_index_and_only_the_geo_columns_change():
    frame = pd.DataFrame([row(), row(postal_code=""), row(street="", city="", state="", postal_code="")],
                         index=["a", "b", "c"]).assign(name=["One", "Two", "Three"])
    before = frame.copy()
    out = geocode_frame(frame)
    pd.testing.assert_frame_equal(frame, before)
    assert list(out.index) == ["a", "b", "c"] and list(out["name"]) == ["One", "Two", "Three"]
    assert list(out["geo_precision"]) == ["zip", "city", ""]
    assert out["latitude"].dtype == float and out["longitude"].isna().tolist() == [False, False, True]


def test_empty_frame_and_missing_columns():
    empty = geocode_frame(pd.DataFrame(columns=list(row())))
    assert empty.empty and {"geo_precision", "geo_issue"} <= set(empty.columns)
    with pytest.raises(KeyError, match="latitude, longitude"):
        geocode_frame(pd.DataFrame([{"street": "", "city": "", "state": "", "postal_code": ""}]))


@pytest.mark.parametrize("query, label, precision", [
    ("80202", "80202 (Denver, CO)", "zip"),
    ("80202-1234", "80202 (Denver, CO)", "zip"),
    ("Denver, CO", "Denver, CO", "city"),
    ("Denver CO", "Denver, CO", "city"),
    ("denver, colorado", "Denver, CO", "city"),
    ("Salt Lake City UT", "Salt Lake City, UT", "city"),
    ("Charleston West Virginia", "Charleston, WV", "city"),
    ("Boise, ID 83702", "83702 (Boise, ID)", "zip"),
    ("1420 Larimer St, Denver, CO 80202-1234", "80202 (Denver, CO)", "zip"),
    ("Atlantis, CO 80202", "80202 (Denver, CO)", "zip"),
    ("Boise, ID 99999", "Boise, ID", "city"),
    ({"postalcode": "10001"}, "10001 (New York, NY)", "zip"),
    ({"city": "Boise", "state": "ID"}, "Boise, ID", "city"),
    ({"city": "San Juan", "state": "Puerto Rico"}, "San Juan, PR", "city"),
])
def test_zip_gazetteer_is_a_geopy_geocoder(query, label, precision):
    location = ZipGazetteer().geocode(query)
    assert location.address == label and location.raw["precision"] == precision
    assert ZipGazetteer().geocode(query, exactly_one=False) == [location]


@pytest.mark.parametrize("query", ["", "Nowhere, ZZ", "00000", "Denver", "Atlantis, CO", "Denver, TX 80202",
                                   {"postalcode": "80202", "state": "TX"}, {"city": "Denver"}])
def test_unknown_or_contradictory_places_are_none(query):
    assert ZipGazetteer().geocode(query) is None


@pytest.mark.parametrize("point, code", [
    ((40.7484, -73.9967), "10001"), ((40.7650, -73.9860), "10019"), ((39.7495, -104.9950), "80202"),
    ((18.4654, -66.1044), "00901"), ((13.4762, 144.7516), "96910"),
])
def test_reverse_gives_the_nearest_zip_centroid(point, code):
    location = ZipGazetteer().reverse(point)
    assert location.raw == {"precision": "zip", "postal_code": code, "state": location.raw["state"]}
    assert location.address.startswith(code)


@pytest.mark.parametrize("point", [(0.0, 0.0), (51.5, -0.12), (48.85, 2.35)])
def test_reverse_outside_the_us_is_none(point):
    assert ZipGazetteer().reverse(point) is None


def test_the_gazetteer_cannot_go_online():
    with pytest.raises(Exception, match="offline"):
        ZipGazetteer().adapter.get_json("http://example.invalid/", timeout=1, headers={})


@pytest.mark.parametrize("text, code", [("CO", "CO"), ("colorado", "CO"), ("District of Columbia", "DC"),
                                        ("D.C.", "DC"), ("puerto rico", "PR"), ("Guam", "GU"), ("ZZ", ""),
                                        ("AE", ""), ("Marshall Islands", "")])
def test_state_codes(text, code):
    assert state_code(text) == code


def test_attribution_credits_geonames_and_openstreetmap():
    assert "GeoNames" in GEOCODER_ATTRIBUTION["zip"] and "CC BY 4.0" in GEOCODER_ATTRIBUTION["zip"]
    assert "OpenStreetMap contributors" in GEOCODER_ATTRIBUTION["nominatim"]


# --- Nominatim, through a fake transport: never the network ---------------------------------------------------

AGENT = "clinicdir-test (+https://example.org/contact)"
LARIMER = "1420 Larimer St, Denver, CO 80202"
CANNED = {   # street -> what Nominatim's search endpoint answers (format=json)
    "1420 larimer st": [{"lat": "39.7527", "lon": "-104.9990", "display_name": "1420, Larimer Street, Denver",
                         "place_id": 1}],
    "5 wrong st": [{"lat": "40.7128", "lon": "-74.0060", "display_name": "Wrong Street, New York", "place_id": 2}],
}


class FakeNominatim(BaseSyncAdapter):
    """Answers like Nominatim from canned JSON (an empty list when not found) and records every request."""
    requests: list[dict] = []
    status = 200
    clock = SimpleNamespace(now=0.0)

    def get_json(self, url, *, timeout, headers):
        params = parse_qs(urlsplit(url).query)
        query = params["q"][0]
        FakeNominatim.requests.append({"q": query, "agent": headers["User-Agent"],
                                       "countrycodes": params["countrycodes"][0], "at": FakeNominatim.clock.now})
        if FakeNominatim.status != 200:
            raise AdapterHTTPError("service unavailable", status_code=FakeNominatim.status, headers={}, text="")
        return next((answer for street, answer in CANNED.items() if query.lower().startswith(street)), [])

    def get_text(self, url, *, timeout, headers):
        raise AssertionError("Nominatim's search is read as JSON")


@pytest.fixture
def clock(monkeypatch):
    """geopy's RateLimiter on a virtual clock: its sleeps are recorded and move time on, so no test waits."""
    state = SimpleNamespace(now=1000.0, sleeps=[])

    def sleep(limiter, seconds):
        state.sleeps.append(seconds)
        state.now += seconds

    monkeypatch.setattr(RateLimiter, "_clock", lambda limiter: state.now)
    monkeypatch.setattr(RateLimiter, "_sleep", sleep)
    FakeNominatim.requests, FakeNominatim.status, FakeNominatim.clock = [], 200, state
    return state


def test_nominatim_places_street_addresses_and_says_who_asks(tmp_path, clock):
    geocoder = nominatim_geocoder(AGENT, tmp_path / "geocache.sqlite3", FakeNominatim)
    result = geocode_frame(pd.DataFrame([row(street="1420 Larimer St")]), geocoder).iloc[0]
    assert (result.geo_precision, result.latitude, result.longitude, result.geo_issue) == \
        ("address", 39.7527, -104.999, "")
    assert FakeNominatim.requests == [{"q": LARIMER, "agent": AGENT, "countrycodes": "us", "at": 1000.0}]


@pytest.mark.parametrize("delay, expected_gap", [(None, 1.0), (2.5, 2.5)])
def test_nominatim_is_asked_at_most_once_per_min_delay(tmp_path, clock, delay, expected_gap):
    options = {} if delay is None else {"min_delay_seconds": delay}
    geocoder = nominatim_geocoder(AGENT, tmp_path / "geocache.sqlite3", FakeNominatim, **options)
    for street in ("1420 Larimer St", "2 Elm St", "3 Oak St"):
        geocoder.geocode(f"{street}, Denver, CO 80202")
    times = [request["at"] for request in FakeNominatim.requests]
    assert len(times) == 3 and [b - a for a, b in zip(times, times[1:])] == [expected_gap] * 2
    assert clock.sleeps == [expected_gap] * 2


def test_an_address_is_asked_once_across_runs_sharing_the_cache_file(tmp_path, clock):
    cache = tmp_path / "geocache.sqlite3"
    frame = pd.DataFrame([row(street="1420 Larimer St"), row(street="9 Unknown Way"),
                          row(street=" 1420  LARIMER st")])
    first = nominatim_geocoder(AGENT, cache, FakeNominatim)
    first_run = geocode_frame(frame, first)
    second = nominatim_geocoder(AGENT, cache, FakeNominatim)
    second_run = geocode_frame(frame, second)
    assert [request["q"] for request in FakeNominatim.requests] == [LARIMER, "9 Unknown Way, Denver, CO 80202"]
    assert (first.asked, second.asked) == (2, 0)
    assert list(second_run["geo_precision"]) == ["address", "zip", "address"]
    pd.testing.assert_frame_equal(first_run, second_run)


def test_what_nominatim_cannot_find_comes_from_the_gazetteer(tmp_path, clock):
    geocoder = nominatim_geocoder(AGENT, tmp_path / "geocache.sqlite3", FakeNominatim)
    assert geocoder.geocode(LARIMER).raw == {"precision": "address"}
    fallback = geocoder.geocode("9 Unknown Way, Denver, CO 80202")
    assert fallback.address == "80202 (Denver, CO)" and fallback.raw["precision"] == "zip"
    assert geocoder.geocode("9 Unknown Way, Atlantis, ZZ") is None


def test_an_online_answer_far_from_the_zip_is_not_used(tmp_path, clock):
    geocoder = nominatim_geocoder(AGENT, tmp_path / "geocache.sqlite3", FakeNominatim)
    result = geocode_frame(pd.DataFrame([row(street="5 Wrong St")]), geocoder).iloc[0]
    assert result.geo_precision == "zip" and result.latitude == pytest.approx(DENVER_ZIP[0], abs=0.001)
    assert result.geo_issue == "geocoded coordinates are 2619 km from the centre of ZIP 80202; ignored"


def test_every_answer_is_on_disk_before_the_next_question(tmp_path, clock):
    cache = tmp_path / "geocache.sqlite3"
    geocoder = nominatim_geocoder(AGENT, cache, FakeNominatim)
    geocoder.geocode(LARIMER)
    assert GeocodeCache(cache).get(LARIMER) == (39.7527, -104.999, "1420, Larimer Street, Denver")   # as a new run
    geocoder.geocode("9 Unknown Way, Denver, CO 80202")
    assert "9 unknown way, denver, co 80202" in GeocodeCache(cache)   # "not found" is an answer too
    assert sorted(path.name for path in tmp_path.iterdir()) == ["geocache.sqlite3"]


def test_a_json_cache_of_an_older_version_is_converted(tmp_path, clock, caplog):
    cache = tmp_path / "geocache"
    cache.write_text(json.dumps({"format": "clinicdir-geocache/1", "answers": {
        LARIMER.lower(): [39.7527, -104.999, "1420, Larimer Street, Denver"], "9 unknown way": None,
        "bad answer": "not a list"}}))
    caplog.set_level("INFO", logger="directory.geocache")
    geocoder = nominatim_geocoder(AGENT, cache, FakeNominatim)
    assert geocoder.geocode(LARIMER).raw == {"precision": "address"} and FakeNominatim.requests == []
    assert geocoder.cache.get("9 Unknown Way") is None and "9 unknown way" in geocoder.cache
    assert len(geocoder.cache) == 2 and "converted" in caplog.text
    assert json.loads((tmp_path / "geocache.converted").read_text())["format"] == "clinicdir-geocache/1"


def test_a_damaged_cache_is_set_aside_not_overwritten(tmp_path, clock, caplog):
    cache = tmp_path / "geocache.sqlite3"
    cache.write_text("{half a file")
    geocoder = nominatim_geocoder(AGENT, cache, FakeNominatim)
    assert geocoder.geocode(LARIMER).raw == {"precision": "address"}
    assert (tmp_path / "geocache.sqlite3.damaged").read_text() == "{half a file"
    assert "is not a cache file" in caplog.text and LARIMER in GeocodeCache(cache)


def test_failures_are_not_cached_and_a_failing_service_is_left_alone(tmp_path, clock):
    cache = tmp_path / "geocache.sqlite3"
    frame = pd.DataFrame([row(street=f"{number} Main St") for number in range(1, 6)])
    FakeNominatim.status = 503
    result = geocode_frame(frame, nominatim_geocoder(AGENT, cache, FakeNominatim))
    assert list(result["geo_precision"]) == ["zip"] * 5
    times = [request["at"] for request in FakeNominatim.requests]
    assert len(times) == GIVE_UP_AFTER_FAILURES * 3                   # each tried, then retried twice; then no more
    assert min(b - a for a, b in zip(times, times[1:])) >= 1.0 and len(GeocodeCache(cache)) == 0

    FakeNominatim.status, FakeNominatim.requests = 200, []
    geocode_frame(frame.head(1), nominatim_geocoder(AGENT, cache, FakeNominatim))
    assert [request["q"] for request in FakeNominatim.requests] == ["1 Main St, Denver, CO 80202"]


@pytest.mark.parametrize("agent, delay, message", [
    ("", 1.0, "user agent"), ("   ", 1.0, "user agent"), (None, 1.0, "user agent"),
    (geopy_options.default_user_agent, 1.0, "user agent"), ("clinicdir", 1.0, "user agent"),
    ("python-requests/2.32.3", 1.0, "user agent"),
    (AGENT, 0.5, "at most one request a second"), (AGENT, 0.0, "at most one request a second"),
])
def test_nominatim_refuses_anonymous_agents_and_faster_rates(tmp_path, agent, delay, message):
    with pytest.raises(ValueError, match=message):
        nominatim_geocoder(agent, tmp_path / "geocache.sqlite3", FakeNominatim, delay)


def test_the_gazetteer_is_kept_in_the_cache_folder_and_rebuilt_when_damaged(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    built = gazetteer.__wrapped__()
    [cached] = (tmp_path / "clinicdir").glob("gazetteer-*.pickle")
    assert gazetteer.__wrapped__() == built and len(built.zips) > 40_000
    for damage in (b"not a pickle", cached.read_bytes()[:5000], b"\x80\x05\x95" + b"\xff" * 12):
        cached.write_bytes(damage)
        assert gazetteer.__wrapped__() == built
    assert pickle.loads(cached.read_bytes()) == built
    assert [path.name for path in (tmp_path / "clinicdir").iterdir()] == [cached.name]   # no temporary left
    monkeypatch.setenv("XDG_CACHE_HOME", str(cached))   # a file where the folder should be: no cache, same answer
    assert gazetteer.__wrapped__() == built
