"""The crawl item: one clinic location as one source saw it. DATA_FORMAT.md documents every field."""

from __future__ import annotations

from dataclasses import dataclass, field, fields

# coordinates_source of a point read from a map link or an embedded map on the clinic's site.
MAP_EMBED = "map_embed"


@dataclass
class ClinicItem:
    source: str                       # spider name, e.g. "clinic_sites"
    source_url: str                   # page the clinic's identity was read from
    crawled_at: str                   # ISO 8601 UTC time of the crawl
    name: str
    website: str = ""                 # site root, scheme://host[:port]/
    street: str = ""
    city: str = ""
    state: str = ""                   # two-letter USPS code
    postal_code: str = ""             # five-digit ZIP
    phone: str = ""                   # E.164 when valid, else as published
    latitude: float | None = None     # only when the source publishes coordinates or a map link shows them
    longitude: float | None = None
    coordinates_source: str = ""      # MAP_EMBED when read from a map link or embedded map, else ""
    routes: list[str] = field(default_factory=list)       # vocabulary codes
    conditions: list[str] = field(default_factory=list)   # vocabulary codes
    ketamine_provider: bool | None = None                 # None: the source does not say
    fee_min: float | None = None      # US$ per standard infusion; None when unknown
    fee_max: float | None = None
    fee_evidence: str = ""            # the sentence the standard fee was read from
    fee_source_url: str = ""
    fee_note: str = ""                # e.g. "call for pricing"
    fee_confidence: str = ""          # "high" or "low" when a fee is given
    fees: list[dict] = field(default_factory=list)        # every classified amount (FeeMention.as_dict())
    pages: int = 0                    # pages of the site read for this item
    licence: str = ""                 # licence of the source's data, when it has one

    @classmethod
    def field_names(cls) -> list[str]:
        return [f.name for f in fields(cls)]
