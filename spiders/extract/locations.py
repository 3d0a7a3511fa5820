"""A clinic site's locations, from whichever of its pages states them, each with its phone and its point.

Structured data wins when it is complete; else the addresses the pages print (footer, contact or locations page);
else the address a map link or embedded map shows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

import us

from common.contact import normalize_phone, normalize_state, normalize_zip
from common.items import MAP_EMBED
from spiders.extract import fees
from spiders.extract.addresses import Address, parse_address
from spiders.extract.contact_zips import zip_fits_state
from spiders.extract.maplinks import map_place
from spiders.extract.page import PageFacts
from spiders.extract.structured import Org

_DIRECTIONS = frozenset({"n", "s", "e", "w", "ne", "nw", "se", "sw", "north", "south", "east", "west"})
_WORD = re.compile(r"[a-z0-9]+")
# "Albuquerque, NM", "Santa Fe, New Mexico" or "Albuquerque NM 87102" given as the city.
_STATE_AFTER_CITY = re.compile(
    r"(?P<city>[^,]+?)(?:,\s*|\s+(?=[A-Z]{2}\b))(?P<state>[A-Za-z. ]+?)(?:\s+\d{5}(?:-\d{4})?)?")
# A ZIP code written as a number: New England's, New Jersey's and Puerto Rico's start with 0.
_ZIP_WITHOUT_ZEROS = re.compile(r"\d{3,4}")
# The path of a page where a clinic states where it is.
_CONTACT_PAGE = re.compile(r"contact|location|visit|direction|office|find[-_]?us|address", re.I)


@dataclass
class Location:
    name: str
    address: Address
    phone: str
    source_url: str
    latitude: float | None = None
    longitude: float | None = None
    coordinates_source: str = ""    # MAP_EMBED when the point was read from a map link or embed


def site_locations(pages: list[PageFacts], site_name: str) -> list[Location]:
    """The site's clinic locations. Structured data wins when it gives a placeable address (a street with a ZIP code
    or a city and state), completed from the text when the same street is printed in full there; otherwise the
    addresses the pages print, and only when the pages print none, the addresses their map links show."""
    printed = _from_text(pages, site_name)
    locations: dict[tuple[str, str], Location] = {}
    partial: dict[tuple[str, str], Location] = {}     # a street alone: a reviewer can still place it by hand
    for key, location in _from_structured(pages).items():
        if not location.address.complete:
            same = next((p.address for p in printed.values() if _same_place(location.address, p.address)), None)
            if same is None and not _placeable(location.address):
                partial.setdefault(key, location)
                continue
            if same is not None:
                location = replace(location, address=_completed(location.address, same))
                key = location_key(location.address)
        location.phone = location.phone or (printed[key].phone if key in printed else "")
        locations.setdefault(key, location)
    if len(locations) == 1 and not locations.keys() & printed.keys() and _on_every_page(printed, pages):
        # One clinic in structured data no page prints, beside an address every page prints: the hidden data is the
        # stale one (a plugin not updated after a move); what patients read is kept. A chain's list is no such data.
        locations = {}
    if not locations:
        locations = printed or _from_maps(pages, site_name) or partial
    found = list(locations.values())
    if len(found) == 1 and not found[0].phone:
        found[0].phone = site_phone(pages)
    for location in found:
        if location.latitude is None:
            _place_from_maps(location, pages, alone=len(found) == 1)
    return found


def _on_every_page(printed: dict[tuple[str, str], Location], pages: list[PageFacts]) -> bool:
    """Whether some printed address is printed on every page of a site of several pages (its footer)."""
    return len(pages) > 1 and any(
        all(any(location_key(located.address) == key for located in page.addresses) for page in pages)
        for key in printed)


def site_phone(pages: list[PageFacts]) -> str:
    """The number to call a one-location site on when no address block prints one: the first of any page's."""
    return next((phone for page in pages for phone in page.phones), "")


def location_key(address: Address) -> tuple[str, str]:
    """One location however its street is written: house number and street name, and its ZIP code."""
    return _core(address.street), address.postal_code or address.city.lower()


def org_address(org: Org) -> Address:
    """A structured address as sites publish it: in parts, or as one string, or with the city and ZIP code repeated
    in the street ("2500 N 3rd Ave, Phoenix, AZ 85003"), the state in the city ("Albuquerque, NM"), the ZIP code a
    number that lost its leading zero (2110 for 02110)."""
    whole = (parse_address(org.street) if org.street else None) or Address(street=org.street)
    city, state = org.city, org.state
    tail = _STATE_AFTER_CITY.fullmatch(city)
    if tail and not state and us.states.lookup(tail["state"].replace(".", "")):
        city, state = tail["city"], tail["state"]
    postal_code = org.postal_code.zfill(5) if _ZIP_WITHOUT_ZEROS.fullmatch(org.postal_code) else org.postal_code
    return Address(street=whole.street, city=city or whole.city, state=normalize_state(state) or whole.state,
                   postal_code=normalize_zip(postal_code) or whole.postal_code)


def _core(street: str) -> str:
    """'1420 Larimer Street, Suite 300' and '1420 Larimer St Ste 300' -> '1420 larimer'."""
    words = _WORD.findall(street.lower())
    number = next((i for i, word in enumerate(words) if any(ch.isdigit() for ch in word)), None)
    if number is None:
        return " ".join(words[:2])
    name = next((word for word in words[number + 1:] if word not in _DIRECTIONS), "")
    return f"{words[number]} {name}".strip()


def _same_place(structured: Address, printed: Address) -> bool:
    """Whether a printed address is the one a structured address gives in part: the same street, and the same city
    and state where both give one."""
    return _core(structured.street) == _core(printed.street) and all(
        not mine or mine.lower() == theirs.lower()
        for mine, theirs in ((structured.city, printed.city), (structured.state, printed.state)))


def _completed(structured: Address, printed: Address) -> Address:
    """The printed address when the structured one is a street alone; else the structured one, its missing parts
    taken from the printed one."""
    if not _placeable(structured):
        return printed
    return Address(structured.street, structured.city or printed.city, structured.state or printed.state,
                   structured.postal_code or printed.postal_code)


def _placeable(address: Address) -> bool:
    return bool(address.street and (address.postal_code or (address.city and address.state)))


def _from_structured(pages: list[PageFacts]) -> dict[tuple[str, str], Location]:
    locations: dict[tuple[str, str], Location] = {}
    for page in pages:
        for org in sorted(page.orgs, key=lambda o: not o.specific):
            address = org_address(org)
            if not address.street or address.po_box or not zip_fits_state(address.postal_code, address.state):
                continue
            location = Location(name=org.name, address=address, phone=normalize_phone(org.phone),
                                source_url=page.url, latitude=org.latitude, longitude=org.longitude)
            shown = map_place(org.map_url) if org.latitude is None else None
            if shown is not None and shown.has_point:
                location.latitude, location.longitude = shown.latitude, shown.longitude
                location.coordinates_source = MAP_EMBED
            locations.setdefault(location_key(address), location)
    return locations


def _from_text(pages: list[PageFacts], site_name: str) -> dict[tuple[str, str], Location]:
    """Addresses printed on the pages, each once (the fullest writing of it), with the phone printed in its block
    on any page. An address printed once, in the body of a page that is neither the home page nor a contact or
    locations page (a blog post naming another clinic, directions from the airport), is not the clinic's when the
    site prints another address where clinics print theirs; nor, when it prints none there, are several addresses none
    of which has a phone in its block (a biography naming a doctor's former hospitals). On a site of several pages
    that prints a phone beside its address, an address on one page only with none beside it is someone else's."""
    locations: dict[tuple[str, str], Location] = {}
    seen_on: dict[tuple[str, str], set[str]] = {}
    for number, page in enumerate(pages):
        # A post's address ("/blog/your-first-visit") is no contact page's, whatever its words.
        quoting = page.fee_page in fees.REFERENCE_KIND
        for located in page.addresses:
            key = location_key(located.address)
            seen_on.setdefault(key, set()).add("home" if number == 0 else page.url)
            if not quoting and _CONTACT_PAGE.search(page.url[page.url.find("/", 8):]):
                seen_on[key].add("contact")
            known = locations.get(key)
            if known is None:
                locations[key] = Location(located.heading, located.address, located.phone, page.url)
                continue
            if len(located.address.street) > len(known.address.street):
                known.address = located.address
            known.phone = known.phone or located.phone
            known.name = known.name or located.heading
    stated = {key: loc for key, loc in locations.items()
              if len(seen_on[key]) > 1 or seen_on[key] & {"home", "contact"}}
    if not stated:
        stated = {key: loc for key, loc in locations.items() if loc.phone} if len(locations) > 1 else locations
    elif len(pages) > 1 and any(loc.phone for loc in stated.values()):
        # A site that prints its number beside its address: an address on one page only with no number beside it
        # is another place named there (the nearest hospital, a partner next door).
        stated = {key: loc for key, loc in stated.items() if loc.phone or len(seen_on[key] - {"contact"}) > 1}
    locations = stated
    for location in locations.values():
        location.name = _location_name(location.name, site_name) if len(locations) > 1 else site_name
    return locations


def _location_name(heading: str, site_name: str) -> str:
    """A chain location's name: its heading when it names the clinic, the site's name with it when it names only a
    place ("Plano"), the site's name when there is no heading."""
    if not heading:
        return site_name
    brand = _WORD.findall(site_name.lower())[:1]
    return heading if not brand or brand[0] in _WORD.findall(heading.lower()) else f"{site_name} {heading}"


def _from_maps(pages: list[PageFacts], site_name: str) -> dict[tuple[str, str], Location]:
    """Locations only a map link or an embedded map gives (the pages print no address)."""
    locations: dict[tuple[str, str], Location] = {}
    for page in pages:
        for place in page.maps:
            if place.address is not None and place.address.complete:
                locations.setdefault(location_key(place.address), Location(site_name, place.address, "", page.url))
    return locations


def _place_from_maps(location: Location, pages: list[PageFacts], alone: bool) -> None:
    """The point of a map link or embed that shows this location: one whose address is this one, or, for a site's
    only location, one that shows a point and no other address. The directory checks it against the ZIP code."""
    key = location_key(location.address)
    for page in pages:
        for place in page.maps:
            if not place.has_point:
                continue
            if place.address is not None and location_key(place.address) != key:
                continue
            if place.address is not None or alone:
                location.latitude, location.longitude = place.latitude, place.longitude
                location.coordinates_source = MAP_EMBED
                return
