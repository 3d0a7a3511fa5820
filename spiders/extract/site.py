"""From the pages of one clinic website to its clinics: one per location, sharing the site's services and fees."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from spiders.extract import fees
from spiders.extract.contact import Address, normalize_phone, normalize_state, normalize_zip, parse_address
from spiders.extract.page import PageFacts
from spiders.extract.structured import Org
from spiders.items import ClinicItem

_TITLE_SEPARATORS = re.compile(r"\s+[|\-–—:·•]\s+")
_CLINIC_WORDS = re.compile(r"ketamine|clinic|infusion|wellness|health|center|centre|institute|medical|spa", re.I)


@dataclass
class Location:
    name: str
    address: Address
    phone: str
    source_url: str
    latitude: float | None = None
    longitude: float | None = None


def clinics_from_site(root: str, pages: list[PageFacts], source: str, crawled_at: str) -> list[ClinicItem]:
    if not pages:
        return []
    home = pages[0]
    site_name = _site_name(pages)
    locations = _locations_from_structured(pages) or _locations_from_text(pages, site_name)
    if not locations:
        # Identity without an address still names a clinic a reviewer can place by hand.
        phone = next((p for page in pages for p in page.tel_links), "")
        locations = [Location(site_name, Address(), phone, home.url)]

    mentions = [m for page in pages for m in page.fees]
    call_sentence = next((p.call_for_pricing for p in pages if p.call_for_pricing), None)
    standard = fees.standard_fee(mentions, call_sentence)
    mentions_ketamine = sum(p.ketamine_mentions for p in pages)
    denies = any(p.denies_ketamine for p in pages)
    routes = sorted({r for p in pages for r in p.routes})
    conditions = sorted({c for p in pages for c in p.conditions})
    fallback_phone = next((p for page in pages for p in page.tel_links), "")

    return [
        ClinicItem(
            source=source,
            source_url=loc.source_url,
            crawled_at=crawled_at,
            name=loc.name or site_name,
            website=root,
            street=loc.address.street,
            city=loc.address.city,
            state=loc.address.state,
            postal_code=loc.address.postal_code,
            phone=loc.phone or (fallback_phone if len(locations) == 1 else ""),
            latitude=loc.latitude,
            longitude=loc.longitude,
            routes=routes if mentions_ketamine else [],
            conditions=conditions,
            ketamine_provider=mentions_ketamine > 0 and not denies,
            fee_min=standard.fee_min,
            fee_max=standard.fee_max,
            fee_evidence=standard.evidence,
            fee_source_url=standard.url,
            fee_note=standard.note,
            fees=[m.as_dict() for m in mentions],
            pages=len(pages),
        )
        for loc in locations
    ]


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


def _locations_from_structured(pages: list[PageFacts]) -> list[Location]:
    locations: dict[tuple[str, str], Location] = {}
    for page in pages:
        for org in sorted(page.orgs, key=lambda o: not o.specific):
            address = _org_address(org)
            if not address.street:
                continue
            key = (_street_key(address.street), address.postal_code)
            if key in locations:
                continue
            locations[key] = Location(
                name=org.name, address=address, phone=normalize_phone(org.phone), source_url=page.url,
                latitude=org.latitude, longitude=org.longitude,
            )
    return list(locations.values())


def _org_address(org: Org) -> Address:
    if org.street and not (org.city or org.postal_code):
        return parse_address(org.street) or Address(street=org.street)
    return Address(
        street=org.street, city=org.city, state=normalize_state(org.state), postal_code=normalize_zip(org.postal_code),
    )


def _locations_from_text(pages: list[PageFacts], site_name: str) -> list[Location]:
    locations: dict[tuple[str, str], Location] = {}
    for page in pages:
        for located in page.addresses:
            key = (_street_key(located.address.street), located.address.postal_code)
            if key not in locations:
                locations[key] = Location(site_name, located.address, located.phone, page.url)
    return list(locations.values())


def _street_key(street: str) -> str:
    return re.sub(r"[^a-z0-9]", "", street.lower())[:12]
