"""Points for clinics, checked before any marker is drawn: offline by default, Nominatim when asked.

Order for each clinic: the clinic's own published coordinates when they agree with its ZIP and state (`site`);
else an online geocoder's answer for the full address when one is configured (`address`); else the ZIP centroid
(`zip`); else the city centroid (`city`). A point outside the US or outside the stated state is never used, a
swapped latitude/longitude is put right, and a clinic that cannot be placed gets no point and a reason: the policy
sends it to review. There is no default point, ever.
"""

from __future__ import annotations

import json
import math
import os
import tempfile
from pathlib import Path
from typing import Any, Callable

import pandas as pd
from geopy.distance import great_circle
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders import Nominatim
from geopy.geocoders.base import Geocoder
from geopy.location import Location
from geopy.point import Point

from directory.gazetteer import Place, gazetteer

GEOCODER_ATTRIBUTION = {
    "zip": "ZIP code and city coordinates: GeoNames (CC BY 4.0), through the zipcodes package",
    "nominatim": "Address geocoding: Nominatim, © OpenStreetMap contributors (ODbL)",
}
# Published coordinates further than this from the clinic's ZIP centroid are not trusted.
SITE_AGREES_KM = 40.0


class ZipGazetteer(Geocoder):
    """A geopy geocoder over the offline gazetteer: "80202", "Denver, CO", or {"postalcode"} / {"city", "state"}."""

    def __init__(self) -> None:
        super().__init__()

    def geocode(self, query: str | dict, exactly_one: bool = True, **kwargs: Any) -> Location | None:
        place, precision = _lookup(query)
        if place is None:
            return None
        location = Location(place.label, Point(place.latitude, place.longitude),
                            {"precision": precision, "state": place.state})
        return location if exactly_one else [location]

    def reverse(self, query, exactly_one: bool = True, **kwargs: Any) -> Location | None:
        point = Point(query)
        table = gazetteer().zips
        code = min(table, key=lambda z: (table[z].latitude - point.latitude) ** 2
                   + ((table[z].longitude - point.longitude) * math.cos(math.radians(point.latitude))) ** 2)
        place = table[code]
        location = Location(place.label, Point(place.latitude, place.longitude), {"precision": "zip",
                                                                                   "postal_code": code})
        return location if exactly_one else [location]


def _lookup(query: str | dict) -> tuple[Place | None, str]:
    places = gazetteer()
    if isinstance(query, dict):
        code = str(query.get("postalcode", "")).strip()
        if code:
            return places.zip(code), "zip"
        return places.city(str(query.get("city", "")), str(query.get("state", ""))), "city"
    text = query.strip()
    digits = text.replace("-", "")
    if digits.isdigit() and len(digits) in (5, 9):
        return places.zip(text[:5]), "zip"
    *words, last = [part.strip() for part in text.replace(",", " , ").split(",")] or [""]
    tail = last.split()
    if tail and tail[-1][:5].isdigit():
        found = places.zip(tail[-1][:5])
        if found:
            return found, "zip"
        tail = tail[:-1]
    if words and tail:
        return places.city(words[-1], tail[0]), "city"
    if len(tail) >= 2:
        return places.city(" ".join(tail[:-1]), tail[-1]), "city"
    return None, ""


def geocode_frame(df: pd.DataFrame, geocoder: Geocoder | Callable | None = None) -> pd.DataFrame:
    """A copy of `df` with latitude, longitude, geo_precision and geo_issue for every clinic."""
    out = df.copy()
    places = gazetteer()
    results = [
        _place(row, places, geocoder)
        for row in out[["street", "city", "state", "postal_code", "latitude", "longitude"]].itertuples(index=False)
    ]
    out["latitude"] = [r[0] for r in results]
    out["longitude"] = [r[1] for r in results]
    out["geo_precision"] = [r[2] for r in results]
    out["geo_issue"] = [r[3] for r in results]
    return out


def _text(value: Any) -> str:
    return "" if value is None or (isinstance(value, float) and math.isnan(value)) else str(value).strip()


def _number(value: Any) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def _place(row, places, geocoder) -> tuple[float, float, str, str]:
    street, city, state, code = (_text(v) for v in row[:4])
    state = state.upper()
    code = code[:5]
    issues: list[str] = []
    zip_place = places.zip(code) if code else None
    if code and zip_place is None:
        issues.append(f"ZIP {code} is not a known US ZIP code")
    if zip_place and state and zip_place.state != state:
        return (math.nan, math.nan, "",
                f"ZIP {code} is in {zip_place.state}, but the address says {state}; check the address")
    state = state or (zip_place.state if zip_place else "")

    site = _checked_site_point(_number(row[4]), _number(row[5]), state, zip_place, places, issues)
    if site:
        return site[0], site[1], "site", "; ".join(issues)
    if geocoder is not None and street and (code or city):
        found = _online(geocoder, ", ".join(filter(None, (street, city, f"{state} {code}".strip()))))
        if found and (not state or places.in_state(state, *found)):
            return found[0], found[1], "address", "; ".join(issues)
        if found:
            issues.append("the online geocoder placed the address outside its state; not used")
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


def _checked_site_point(lat, lon, state, zip_place, places, issues) -> tuple[float, float] | None:
    """The clinic's own coordinates, when they are plausible and agree with its ZIP or state."""
    if lat is None or lon is None:
        return None
    if abs(lat) < 1 and abs(lon) < 1:
        issues.append("published coordinates (0, 0) ignored")
        return None
    if not places.in_us(lat, lon) and places.in_us(lon, lat):
        lat, lon = lon, lat
        issues.append("published latitude/longitude were swapped; corrected")
    if not places.in_us(lat, lon):
        issues.append(f"published coordinates ({lat:g}, {lon:g}) are outside the US; ignored")
        return None
    if zip_place:
        distance = great_circle((lat, lon), (zip_place.latitude, zip_place.longitude)).km
        if distance > SITE_AGREES_KM:
            issues.append(f"published coordinates are {distance:.0f} km from ZIP {zip_place.label}; ignored")
            return None
    elif state and not places.in_state(state, lat, lon):
        issues.append(f"published coordinates are outside {state}; ignored")
        return None
    return lat, lon


def _online(geocoder, query: str) -> tuple[float, float] | None:
    location = geocoder(query) if callable(geocoder) else geocoder.geocode(query)
    return (location.latitude, location.longitude) if location else None


class CachedGeocoder:
    """An online geocoder behind a rate limit and a persistent JSON cache: no address is asked twice."""

    def __init__(self, geocode: Callable[[str], Location | None], cache_path: Path) -> None:
        self._geocode = geocode
        self.cache_path = Path(cache_path)
        self.cache: dict[str, list | None] = self._load()
        self.asked = 0

    def _load(self) -> dict:
        try:
            return json.loads(self.cache_path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except ValueError:
            return {}   # a damaged cache only costs repeated look-ups

    def __call__(self, query: str) -> Location | None:
        key = " ".join(query.lower().split())
        if key not in self.cache:
            self.asked += 1
            location = self._geocode(query)
            self.cache[key] = [location.latitude, location.longitude, location.address] if location else None
            self._save()
        hit = self.cache[key]
        return Location(hit[2], Point(hit[0], hit[1]), {"cached": True}) if hit else None

    def _save(self) -> None:
        self.cache_path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{self.cache_path.name}.", dir=self.cache_path.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(self.cache, handle, sort_keys=True, indent=0)
        os.replace(tmp, self.cache_path)


def nominatim_geocoder(user_agent: str, cache_path: Path, adapter_factory=None,
                       min_delay_seconds: float = 1.0) -> CachedGeocoder:
    """Nominatim as its usage policy asks: a real user agent, one request a second at most, answers cached."""
    if not user_agent or "geopy" in user_agent.lower() or "clinicdir" == user_agent.strip().lower():
        raise ValueError("Nominatim needs a user agent naming your deployment and a contact, e.g. "
                         "'clinicdir (+https://your-network.example/contact)'")
    options = {"adapter_factory": adapter_factory} if adapter_factory else {}
    nominatim = Nominatim(user_agent=user_agent, timeout=10, **options)
    limited = RateLimiter(nominatim.geocode, min_delay_seconds=min_delay_seconds, max_retries=2,
                          swallow_exceptions=True, return_value_on_exception=None)
    return CachedGeocoder(lambda query: limited(query, country_codes="us"), cache_path)
