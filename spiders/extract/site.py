"""From the pages of one clinic website to its clinics: one per location, sharing the site's services and fees."""

from __future__ import annotations

import re
from collections import Counter

from spiders.extract import fees
from spiders.extract.contact import Address
from spiders.extract.locations import Location, location_key, org_address, site_locations, site_phone
from spiders.extract.page import PageFacts
from spiders.extract.structured import Org
from common.items import ClinicItem

_TITLE_SEPARATORS = re.compile(r"\s+[|\-–—:·•]\s+")
_CLINIC_WORDS = re.compile(r"ketamine|clinic|infusion|wellness|health|center|centre|institute|medical|spa", re.I)


def clinics_from_site(root: str, pages: list[PageFacts], source: str, crawled_at: str) -> list[ClinicItem]:
    if not pages:
        return []
    home = pages[0]
    site_name = _site_name(pages)
    locations = site_locations(pages, site_name)
    if not locations:
        # Identity without an address still names a clinic a reviewer can place by hand.
        locations = [Location(site_name, Address(), site_phone(pages), home.url)]

    mentions = [m for page in pages for m in page.fees]
    call_sentence = next((p.call_for_pricing for p in pages if p.call_for_pricing), None)
    own_pages = _pages_by_location(pages, locations) if len(locations) > 1 else {}
    owned = {id(page) for group in own_pages.values() for page in group}
    shared, city_fees = fees.by_city([m for page in pages if id(page) not in owned for m in page.fees],
                                     [loc.address.city for loc in locations], site_name)
    site_fee = fees.standard_fee(shared, call_sentence)
    mentions_ketamine = sum(p.ketamine_mentions for p in pages)
    denies = any(p.denies_ketamine for p in pages)
    # An article or press page speaks of ketamine in general, not of what this clinic offers.
    routes = sorted({r for p in pages if p.fee_page not in fees.REFERENCE_KIND for r in p.routes})
    conditions = sorted({c for p in pages for c in p.conditions})

    items = []
    for loc in locations:
        standard = _location_fee(loc, own_pages, site_fee, city_fees.get(loc.address.city.lower(), []))
        items.append(ClinicItem(
            source=source,
            source_url=loc.source_url,
            crawled_at=crawled_at,
            name=loc.name or site_name,
            website=root,
            street=loc.address.street,
            city=loc.address.city,
            state=loc.address.state,
            postal_code=loc.address.postal_code,
            phone=loc.phone,
            latitude=loc.latitude,
            longitude=loc.longitude,
            coordinates_source=loc.coordinates_source,
            routes=routes if mentions_ketamine else [],
            conditions=conditions,
            ketamine_provider=mentions_ketamine > 0 and not denies,
            fee_min=standard.fee_min,
            fee_max=standard.fee_max,
            fee_evidence=standard.evidence,
            fee_source_url=standard.url,
            fee_note=standard.note,
            fee_confidence=standard.confidence,
            fees=[m.as_dict() for m in mentions],
            pages=len(pages),
        ))
    return items


def _pages_by_location(pages: list[PageFacts], locations: list[Location]) -> dict[tuple[str, str], list[PageFacts]]:
    """Pages about exactly one location of a chain (its own page): their prices are that location's own."""
    keys = {location_key(loc.address) for loc in locations}
    owned: dict[tuple[str, str], list[PageFacts]] = {}
    for page in pages:
        named = {location_key(org_address(org)) for org in page.orgs if org.street}
        named |= {location_key(located.address) for located in page.addresses}
        mine = named & keys
        if len(mine) == 1:
            owned.setdefault(mine.pop(), []).append(page)
    return owned


def _location_fee(location: Location, own_pages: dict, site_fee: fees.StandardFee, named: list) -> fees.StandardFee:
    """A location's own published price (its pages', or one naming its city) when it states one, else the price the
    site states for all."""
    own = [m for page in own_pages.get(location_key(location.address), []) for m in page.fees] + named
    fee = fees.standard_fee(own) if own else None
    return fee if fee is not None and fee.fee_min is not None else site_fee


def _site_name(pages: list[PageFacts]) -> str:
    """The clinic's name: its structured data, else og:site_name, else the most repeated part of page titles."""
    for org in _orgs(pages):
        if org.name:
            return org.name
    for page in pages:
        if page.site_name:
            return page.site_name
    parts = Counter(part for page in pages for part in _TITLE_SEPARATORS.split(page.title) if part)
    ranked = sorted(parts.items(), key=lambda kv: (-kv[1], not _CLINIC_WORDS.search(kv[0]), len(kv[0])))
    return ranked[0][0] if ranked else ""


def _orgs(pages: list[PageFacts]) -> list[Org]:
    """Every clinic node of the site, the specific types (MedicalClinic...) before plain Organization."""
    orgs = [org for page in pages for org in page.orgs]
    return sorted(orgs, key=lambda org: not org.specific)
