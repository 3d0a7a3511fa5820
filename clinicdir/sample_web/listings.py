"""The sample web's discovery sources: a clinic directory website and an Overpass-like open-data endpoint.

Both list the sample clinics the way such sources do: names shortened, streets abbreviated, some fields missing,
so that the directory build has real duplicates to merge. The hydration spa is in neither (they list ketamine
clinics only).
"""

from __future__ import annotations

import json
import re
from html import escape

from clinicdir.sample_web.catalog import SITES, Location
from clinicdir.sample_web.pages import Page

ENTRIES_PER_PAGE = 2
_ABBREVIATIONS = {"Street": "St", "Avenue": "Ave", "Road": "Rd", "Parkway": "Pkwy", "Suite": "Ste", "North": "N",
                  "South": "S", "East": "E", "West": "W"}


def _listed() -> list[tuple[Location, int]]:
    """Every ketamine clinic location with the index of its site (which gives its host)."""
    return [(loc, index) for index, site in enumerate(SITES) if "not_ketamine" not in site.quirks
            for loc in site.locations]


def _short_name(name: str) -> str:
    return re.sub(r"\s+(Clinic|Center|Institute)$", "", name)


def _short_street(street: str) -> str:
    return " ".join(_ABBREVIATIONS.get(word.strip(","), word.strip(",")) for word in street.split())


def directory_pages(site_url) -> dict[str, Page]:
    """Index of states → one paginated page per state; `site_url(index)` gives a site's home URL."""
    by_state: dict[str, list[tuple[Location, int]]] = {}
    for loc, index in _listed():
        by_state.setdefault(loc.state, []).append((loc, index))
    links = "".join(f"<li><a class='state-link' href='/clinics/{state.lower()}'>{state}</a></li>"
                    for state in sorted(by_state))
    pages = {"/states": _page("Ketamine clinics by state", f"<ul>{links}</ul>")}
    for state, entries in by_state.items():
        chunks = [entries[i:i + ENTRIES_PER_PAGE] for i in range(0, len(entries), ENTRIES_PER_PAGE)]
        for number, chunk in enumerate(chunks, start=1):
            path = f"/clinics/{state.lower()}" + (f"?page={number}" if number > 1 else "")
            body = "".join(_entry(loc, site_url(index)) for loc, index in chunk)
            if number < len(chunks):
                body += f"<a rel='next' href='/clinics/{state.lower()}?page={number + 1}'>Next page</a>"
            pages[path] = _page(f"Ketamine clinics in {state}", body)
    pages["/robots.txt"] = Page(b"User-agent: *\nDisallow:\n", content_type="text/plain")
    return pages


def _entry(loc: Location, website: str) -> str:
    return (f"<article class='listing'><h3 class='listing-name'>{escape(_short_name(loc.name))}</h3>"
            f"<p class='listing-address'>{escape(_short_street(loc.street))}, {escape(loc.city)}, {loc.state} "
            f"{loc.postal_code}</p><span class='listing-phone'>{escape(loc.phone)}</span> "
            f"<a class='listing-website' href='{website}'>Visit website</a></article>"
            "<aside class='ad'><p>Advertise your clinic here</p></aside>")


def _page(title: str, body: str) -> Page:
    return Page(f"<!DOCTYPE html><html><head><title>{escape(title)} | Find Ketamine Care</title></head><body>"
                f"<header><a href='/states'>Find Ketamine Care</a></header><main><h1>{escape(title)}</h1>"
                f"{body}</main></body></html>".encode())


def overpass_answer(site_url) -> Page:
    """What the Overpass API answers for the project's ketamine query: nodes and ways with OSM tags."""
    from common.gazetteer import gazetteer   # coordinates near each clinic's ZIP centroid, as mappers place them

    elements = []
    for number, (loc, index) in enumerate(_listed()):
        if number % 2:          # open data knows about half of the clinics
            continue
        place = gazetteer().zip(loc.postal_code)
        house, _, street = _short_street(loc.street).partition(" ")
        street, _, unit = street.partition(" Ste ")
        tags = {"name": _short_name(loc.name), "healthcare": "clinic", "healthcare:speciality": "psychiatry;ketamine",
                "addr:housenumber": house, "addr:street": street, "addr:city": loc.city,
                "addr:state": loc.state, "addr:postcode": loc.postal_code, "phone": loc.phone}
        if unit:
            tags["addr:unit"] = unit
        if number % 3:
            tags["website"] = site_url(index)
        point = {"lat": round(place.latitude + 0.002, 6), "lon": round(place.longitude - 0.002, 6)}
        element = ({"type": "node", "id": 9000 + number, **point, "tags": tags} if number % 4 else
                   {"type": "way", "id": 7000 + number, "center": point, "tags": tags})
        elements.append(element)
    body = {"version": 0.6, "generator": "sample web", "osm3s": {"copyright": "© OpenStreetMap contributors, ODbL"},
            "elements": elements}
    return Page(json.dumps(body).encode(), content_type="application/json")
