"""Points for clinics, checked before any marker is drawn: offline by default, Nominatim when asked.

Order for each clinic: the clinic's own published coordinates when they agree with its ZIP and state (`site`, or
`map_embed` when the crawl read them from a map link or an embedded map on the clinic's site); else an online
geocoder's answer for the full address when one is configured and it agrees too (`address`); else the ZIP centroid
(`zip`); else the city centroid (`city`). A point outside the US or away from the stated ZIP or state is never used,
a swapped latitude/longitude is put right, and a clinic that cannot be placed gets no point and a sentence saying
why, which sends it to review. There is no default point, ever.
"""

from __future__ import annotations

import logging
import math
import re
from functools import lru_cache, partial
from pathlib import Path
from typing import Any, Callable

import numpy as np
import pandas as pd
import us
from geopy.adapters import BaseSyncAdapter
from geopy.distance import great_circle
from geopy.exc import GeocoderServiceError, GeopyError
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders import Nominatim
from geopy.geocoders.base import Geocoder
from geopy.location import Location
from geopy.point import Point

from common.items import MAP_EMBED
from common.values import number, text
from common.gazetteer import US_PLACES, Gazetteer, Place, gazetteer
from directory.geocache import Answer, GeocodeCache

log = logging.getLogger(__name__)

GEOCODER_ATTRIBUTION = {
    "zip": "ZIP code and city coordinates: GeoNames (CC BY 4.0), via the zipcodes package",
    "nominatim": "Address geocoding: Nominatim, © OpenStreetMap contributors (ODbL)",
}
# A clinic is somewhere inside its ZIP area, not at the centroid; rural ZIPs span tens of kilometres.
SITE_AGREES_KM = 40.0
# Nominatim's usage policy: one request a second at most, from the whole application.
NOMINATIM_MIN_DELAY_SECONDS = 1.0
# After this many failed questions in a row (blocked, down, offline) a run stops asking, instead of hammering.
GIVE_UP_AFTER_FAILURES = 3

_INPUT_COLUMNS = ("street", "city", "state", "postal_code", "latitude", "longitude")
# Where a row's coordinates came from; frames without the column hold published coordinates only.
_SOURCE_COLUMN = "coordinates_source"
_ZIP = re.compile(r"(\d{5})(?:[-\s]?\d{4})?")
_TRAILING_ZIP = re.compile(r"(?:^|[\s,])(\d{5})(?:-?\d{4})?\s*$")


class _NoNetwork(BaseSyncAdapter):
    """The transport of geocoders that must never go online; also spares building an HTTP session per instance."""

    def get_json(self, url: str, *, timeout: float, headers: dict) -> Any:
        raise GeocoderServiceError(f"this geocoder works offline and does not fetch {url}")

    def get_text(self, url: str, *, timeout: float, headers: dict) -> str:
        raise GeocoderServiceError(f"this geocoder works offline and does not fetch {url}")


class ZipGazetteer(Geocoder):
    """A geopy geocoder over the offline gazetteer: "80202", "Denver, CO 80202", {"postalcode"}, {"city", "state"}."""

    def __init__(self) -> None:
        super().__init__(adapter_factory=_NoNetwork)

    def geocode(self, query: str | dict, exactly_one: bool = True, **kwargs: Any) -> Location | list[Location] | None:
        found = _lookup(query)
        if found is None:
            return None
        place, raw = found
        location = Location(place.label, Point(place.latitude, place.longitude), raw)
        return location if exactly_one else [location]

    def reverse(self, query: Any, exactly_one: bool = True, **kwargs: Any) -> Location | list[Location] | None:
        """The nearest ZIP centroid; None for a point outside the US."""
        point = Point(query)
        if not gazetteer().in_us(point.latitude, point.longitude):
            return None
        codes, lats, lons = _zip_points()
        squeeze = math.cos(math.radians(point.latitude))   # a degree of longitude shrinks away from the equator
        index = int(np.argmin((lats - point.latitude) ** 2 + ((lons - point.longitude) * squeeze) ** 2))
        place = gazetteer().zips[codes[index]]
        location = Location(place.label, Point(place.latitude, place.longitude),
                            {"precision": "zip", "postal_code": codes[index], "state": place.state})
        return location if exactly_one else [location]


@lru_cache(maxsize=1)
def _zip_points() -> tuple[list[str], np.ndarray, np.ndarray]:
    zips = gazetteer().zips
    codes = list(zips)
    return (codes, np.array([zips[c].latitude for c in codes]), np.array([zips[c].longitude for c in codes]))


@lru_cache(maxsize=1)
def _state_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for state in [*us.states.STATES_AND_TERRITORIES, us.states.DC]:
        if state.abbr in US_PLACES:
            names[state.abbr.lower()] = state.abbr
            names[state.name.lower()] = state.abbr
    return names


# A directory names a few dozen states and some thousands of ZIPs, each many times over.
@lru_cache(maxsize=4096)
def state_code(text: str) -> str:
    """The USPS code of a state, DC or territory given by code or full name ("co", "Colorado"); "" if none."""
    return _state_names().get(" ".join(text.lower().replace(".", "").split()), "")


@lru_cache(maxsize=1 << 16)
def _zip5(text: str) -> str:
    """The 5-digit ZIP of "80202", "80202-1234" or "802021234"; "" for anything else."""
    match = _ZIP.fullmatch(text.strip())
    return match.group(1) if match else ""


def _query_parts(query: str | dict) -> tuple[str, str, str]:
    """(ZIP, city, state) of a structured query, or of free text ending in "City, ST 80202" or "City ST"."""
    if isinstance(query, dict):
        return (_zip5(str(query.get("postalcode", ""))), str(query.get("city", "")).strip(),
                state_code(str(query.get("state", ""))))
    match = _TRAILING_ZIP.search(query)
    code = match.group(1) if match else ""
    rest = query[:match.start()] if match else query
    parts = [part.strip() for part in rest.split(",") if part.strip()]
    if len(parts) >= 2 and state_code(parts[-1]):
        return code, parts[-2], state_code(parts[-1])
    words = parts[-1].split() if parts else []
    for size in (3, 2, 1):   # longest first: "Charleston West Virginia" is not in "Virginia"
        if len(words) > size and state_code(" ".join(words[-size:])):
            return code, " ".join(words[:-size]), state_code(" ".join(words[-size:]))
    return code, "", ""


def _lookup(query: str | dict) -> tuple[Place, dict] | None:
    code, city, state = _query_parts(query)
    places = gazetteer()
    zip_place = places.zip(code) if code else None
    if zip_place:
        if state and zip_place.state != state:
            return None   # the ZIP and the state contradict each other: neither can be trusted
        return zip_place, {"precision": "zip", "postal_code": code, "state": zip_place.state}
    city_place = places.city(city, state) if city and state else None
    return (city_place, {"precision": "city", "state": state}) if city_place else None


def geocode_frame(df: pd.DataFrame, geocoder: Geocoder | None = None) -> pd.DataFrame:
    """A copy of `df` with latitude, longitude, geo_precision and geo_issue set for every clinic.

    `geocoder` (e.g. `nominatim_geocoder(...)`) is asked for street addresses; only answers it marks as address
    precision (or unmarked ones) are used, and only when they agree with the ZIP and state like published
    coordinates must. Everything else is placed by the offline gazetteer.
    """
    missing = [column for column in _INPUT_COLUMNS if column not in df.columns]
    if missing:
        raise KeyError(f"geocode_frame needs the columns {', '.join(missing)}")
    out = df.copy()
    places = gazetteer()
    columns = [df[column].tolist() for column in _INPUT_COLUMNS]
    columns.append(df[_SOURCE_COLUMN].tolist() if _SOURCE_COLUMN in df.columns else [""] * len(df))
    results = [_place(row, places, geocoder) for row in zip(*columns)]
    out["latitude"] = [r[0] for r in results]
    out["longitude"] = [r[1] for r in results]
    out["geo_precision"] = [r[2] for r in results]
    out["geo_issue"] = [r[3] for r in results]
    return out


def _place(row: tuple, places: Gazetteer, geocoder: Geocoder | None) -> tuple[float, float, str, str]:
    street, city, state_text, code_text = (text(value) for value in row[:4])
    issues: list[str] = []
    state = state_code(state_text) if state_text else ""
    if state_text and not state:
        issues.append(f"state {state_text!r} is not a US state or territory")
    code = _zip5(code_text)
    if code_text and not code:
        issues.append(f"postal code {code_text!r} is not a 5-digit US ZIP code")
    zip_place = places.zip(code) if code else None
    if code and zip_place is None:
        issues.append(f"ZIP {code} is not a known US ZIP code")
    if zip_place and state and zip_place.state != state:
        issues.append(f"ZIP {code} is in {zip_place.state}, but the address says {state}; check the address")
        return math.nan, math.nan, "", "; ".join(issues)
    state = state or (zip_place.state if zip_place else "")

    # A point read from a map link is checked like one the clinic publishes as coordinates, and says which it was.
    from_map = text(row[6]) == MAP_EMBED
    what, precision = ("map coordinates", MAP_EMBED) if from_map else ("published coordinates", "site")
    site = _usable_point(number(row[4]), number(row[5]), what, issues)
    if site and _agrees(site, what, state, code, zip_place, places, issues):
        return site[0], site[1], precision, "; ".join(issues)
    if geocoder is not None and street and (zip_place or city):
        address = ", ".join(filter(None, (street, city, f"{state} {code if zip_place else ''}".strip())))
        found = _usable_point(*_address_point(geocoder, address), "geocoded coordinates", issues)
        if found and _agrees(found, "geocoded coordinates", state, code, zip_place, places, issues):
            return found[0], found[1], "address", "; ".join(issues)
    if zip_place:
        return zip_place.latitude, zip_place.longitude, "zip", "; ".join(issues)
    if city and state:
        city_place = places.city(city, state)
        if city_place:
            return city_place.latitude, city_place.longitude, "city", "; ".join(issues)
        issues.append(f"{city}, {state} is not a known US city")
    elif not code:
        issues.append("no ZIP code or city and state to place it")
    return math.nan, math.nan, "", "; ".join(issues)


def _address_point(geocoder: Geocoder, address: str) -> tuple[float | None, float | None]:
    location = geocoder.geocode(address)
    raw = location.raw if location is not None and isinstance(location.raw, dict) else {}
    # A ZIP or city fallback from the geocoder is no better than the checked offline path that follows.
    if location is None or raw.get("precision", "address") != "address":
        return None, None
    return location.latitude, location.longitude


def _usable_point(lat: float | None, lon: float | None, what: str, issues: list[str]) -> tuple[float, float] | None:
    """The point if it could be a US clinic's, with latitude and longitude put back in order if swapped."""
    if lat is None or lon is None:
        return None
    if abs(lat) < 1 and abs(lon) < 1:
        issues.append(f"{what} (0, 0) ignored")
        return None
    places = gazetteer()
    if not places.in_us(lat, lon) and places.in_us(lon, lat):
        lat, lon = lon, lat
        issues.append(f"{what} had latitude and longitude swapped; corrected")
    if not places.in_us(lat, lon):
        issues.append(f"{what} ({lat:g}, {lon:g}) are outside the US; ignored")
        return None
    return lat, lon


def _agrees(point: tuple[float, float], what: str, state: str, code: str, zip_place: Place | None,
            places: Gazetteer, issues: list[str]) -> bool:
    """Whether a point is near the clinic's ZIP centroid or, without a ZIP, inside its state's bounds."""
    if zip_place:
        distance = great_circle(point, (zip_place.latitude, zip_place.longitude)).km
        if distance > SITE_AGREES_KM:
            issues.append(f"{what} are {distance:.0f} km from the centre of ZIP {code}; ignored")
            return False
    elif state and not places.in_state(state, *point):
        issues.append(f"{what} are outside {state}; ignored")
        return False
    return True


class CachedGeocoder(Geocoder):
    """An online geocoder asked at most once per address, ever, with the offline gazetteer as its fallback.

    Answers carry precision "address"; when the service finds nothing (or cannot be reached) the gazetteer's ZIP or
    city answer is returned instead. Failures are not cached, and after GIVE_UP_AFTER_FAILURES in a row the run
    stops asking.
    """

    def __init__(self, ask: Callable[[str | dict], Location | None], cache: GeocodeCache,
                 fallback: Geocoder | None = None) -> None:
        super().__init__(adapter_factory=_NoNetwork)   # it reaches the service only through `ask`
        self._ask = ask
        self.cache = cache
        self.fallback = fallback or ZipGazetteer()
        self.asked = 0
        self.failures_in_a_row = 0

    def geocode(self, query: str | dict, exactly_one: bool = True, **kwargs: Any) -> Location | list[Location] | None:
        answer = self.cache.get(query) if query in self.cache else self._ask_online(query)
        if answer is None:
            return self.fallback.geocode(query, exactly_one=exactly_one)
        location = Location(answer[2], Point(answer[0], answer[1]), {"precision": "address"})
        return location if exactly_one else [location]

    def _ask_online(self, query: str | dict) -> Answer:
        if self.failures_in_a_row >= GIVE_UP_AFTER_FAILURES:
            return None
        self.asked += 1
        try:
            location = self._ask(query)
        except GeopyError as exc:
            self.failures_in_a_row += 1
            log.warning("online geocoding failed for %r: %s", query, exc)
            if self.failures_in_a_row == GIVE_UP_AFTER_FAILURES:
                log.warning("%d online geocoding failures in a row: not asking again in this run; the offline "
                            "gazetteer places the remaining clinics", GIVE_UP_AFTER_FAILURES)
            return None
        self.failures_in_a_row = 0
        answer = (location.latitude, location.longitude, location.address) if location else None
        self.cache.put(query, answer)
        return answer


def nominatim_geocoder(user_agent: str, cache_path: Path, adapter_factory: type[BaseSyncAdapter] | None = None,
                       min_delay_seconds: float = NOMINATIM_MIN_DELAY_SECONDS) -> CachedGeocoder:
    """Nominatim as its usage policy asks: a user agent naming the deployment, at most one request a second, and
    every answer kept in `cache_path` so a rebuild asks nothing it asked before."""
    agent = (user_agent or "").strip()
    # Library defaults and the bare tool name identify no one; Nominatim blocks such agents, or should.
    if not agent or agent.lower().startswith(("geopy", "python-")) or agent.lower() == "clinicdir":
        raise ValueError("Nominatim needs a user agent naming your deployment and a contact, e.g. "
                         "'clinicdir-yournetwork (+https://your-network.example/contact)'")
    if min_delay_seconds < NOMINATIM_MIN_DELAY_SECONDS:
        raise ValueError(f"Nominatim allows at most one request a second: min_delay_seconds must be at least "
                         f"{NOMINATIM_MIN_DELAY_SECONDS:g}")
    nominatim = Nominatim(user_agent=agent, timeout=10, adapter_factory=adapter_factory)
    limited = RateLimiter(nominatim.geocode, min_delay_seconds=min_delay_seconds, max_retries=2,
                          error_wait_seconds=max(5.0, min_delay_seconds), swallow_exceptions=False)
    return CachedGeocoder(partial(limited, country_codes="us"), GeocodeCache(cache_path))
