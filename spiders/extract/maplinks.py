"""Map links and embedded maps on a clinic's page: the address or the point they show.

Sites link to their place on Google Maps, OpenStreetMap, Apple Maps, Bing, MapQuest or Waze, or embed one in an
iframe. The URL carries an address ("maps?q=210+Elm+St,+Salem,+OR+97301", "/maps/place/<address>/", "destination=",
a Bing route's "rtp=~adr.<address>") or a point: the place's own `!3d<lat>!4d<lng>` pair, `q=<lat>,<lng>`,
OpenStreetMap's `mlat`/`mlon` or `marker=`, Apple's `coordinate=`, and, less exact, the view's centre (`@<lat>,<lng>`,
an embed's `!2d<lng>!3d<lat>`, `ll=`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, unquote_plus, urlsplit

from spiders.extract.addresses import Address, find_addresses

# Longer URLs are no one's map link (browsers and crawlers refuse URLs past this length).
_LONGEST_URL = 2083
_NUMBER = r"(-?\d{1,3}(?:\.\d+)?)"
_PAIR = re.compile(rf"^\s*{_NUMBER}\s*,\s*{_NUMBER}\s*$")
_PLACE_PAIR = re.compile(rf"!3d{_NUMBER}!4d{_NUMBER}")
_VIEW_CENTRE = re.compile(rf"/@{_NUMBER},{_NUMBER}")
_EMBED_CENTRE = re.compile(rf"!2d{_NUMBER}!3d{_NUMBER}")
# Query parameters that name the place a map shows, most specific first.
_ADDRESS_KEYS = ("q", "query", "destination", "daddr", "address", "where1")
_POINT_KEYS = ("q", "query", "destination", "daddr", "marker", "ll", "sll", "center", "coordinate")
# A Bing route's stops, separated by "~": "adr.<address>" or "pos.<lat>_<lng>_<name>"; the last is where it goes.
_ROUTE_STOP = re.compile(r"(?:^|~)adr\.([^~]*)$")


@dataclass(frozen=True)
class MapPlace:
    address: Address | None = None
    latitude: float | None = None
    longitude: float | None = None

    @property
    def has_point(self) -> bool:
        return self.latitude is not None and self.longitude is not None


def map_place(url: str) -> MapPlace | None:
    """What a map URL shows, or None when the URL is not a map link or shows nothing in particular."""
    if ("map" not in url and "waze" not in url) or len(url) > _LONGEST_URL:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    host = (parts.hostname or "").lower()
    if not _is_map_host(host, parts.path):
        return None
    query = {key.lower(): values[0] for key, values in parse_qs(parts.query).items() if values}
    path = unquote_plus(parts.path)
    address = _address_in(query, path)
    point = _point_in(url, query)
    if address is None and point is None:
        return None
    return MapPlace(address, *(point or (None, None)))


def _is_map_host(host: str, path: str) -> bool:
    if host.startswith("maps.google.") or host in ("maps.apple.com", "www.openstreetmap.org", "openstreetmap.org",
                                                   "www.mapquest.com", "mapquest.com"):
        return True
    if host in ("waze.com", "www.waze.com"):
        return path.startswith("/ul")    # a "drive there" link: "ul?ll=<lat>,<lng>" or "ul?q=<address>"
    return (host.startswith(("www.google.", "google.")) or host in ("www.bing.com", "bing.com")) and \
        path.startswith("/maps")


def _address_in(query: dict[str, str], path: str) -> Address | None:
    texts = [query[key] for key in _ADDRESS_KEYS if key in query]
    stop = _ROUTE_STOP.search(query.get("rtp", ""))
    texts += [stop.group(1)] if stop else []
    # "/maps/place/210+Elm+St,+Salem,+OR+97301/@44.9,-123.0,17z" and "/maps/dir//<destination>/".
    texts += [piece for piece in path.split("/") if any(ch.isdigit() for ch in piece) and not piece.startswith("@")]
    for text in texts:
        found = find_addresses(" ".join(text.split())[:300])
        if found and not found[0].mailing:
            return found[0].address
    return None


def _point_in(url: str, query: dict[str, str]) -> tuple[float, float] | None:
    """The most exact point the URL gives, as (latitude, longitude)."""
    pair = _PLACE_PAIR.search(url)
    if pair:
        return _checked(pair.group(1), pair.group(2))
    if "mlat" in query and "mlon" in query:
        return _checked(query["mlat"], query["mlon"])
    for key in _POINT_KEYS:
        match = _PAIR.match(query.get(key, ""))
        if match:
            return _checked(match.group(1), match.group(2))
    centre = _VIEW_CENTRE.search(url)
    if centre:
        return _checked(centre.group(1), centre.group(2))
    centre = _EMBED_CENTRE.search(url)
    if centre:
        return _checked(centre.group(2), centre.group(1))    # an embed writes longitude first
    return None


def _checked(latitude: str, longitude: str) -> tuple[float, float] | None:
    lat, lon = float(latitude), float(longitude)
    if -90 <= lat <= 90 and -180 <= lon <= 180 and (lat, lon) != (0.0, 0.0):
        return lat, lon
    return None
