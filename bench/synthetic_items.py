"""Raw crawl items at any scale, with the duplication real crawls have (several sources, several runs)."""

from __future__ import annotations

import random
from functools import lru_cache

import zipcodes

from directory.crawl_input import ITEM_FIELDS

_WORDS = ("Aspen", "Birch", "Cedar", "Dogwood", "Elm", "Fir", "Juniper", "Maple", "Oak", "Pine", "Sage", "Willow",
          "Harbor", "Summit", "Valley", "River", "Lake", "Canyon", "Meadow", "Ridge")
_KINDS = ("Ketamine Clinic", "Infusion Center", "Ketamine Wellness", "Mind Health", "Ketamine Institute")
_STREETS = ("Main St", "Oak Ave", "Larimer St", "Broadway", "Market St", "Elm Rd", "Park Blvd", "Lake Dr")


@lru_cache(maxsize=1)
def _zips() -> list[dict]:
    return [z for z in zipcodes.list_all() if z["zip_code_type"] == "STANDARD"]


def make_items(n: int, seed: int = 7) -> list[dict]:
    """About n items for n / 1.5 distinct clinics: a third seen twice (another source or an older crawl)."""
    rng = random.Random(seed)
    zips = _zips()
    items: list[dict] = []
    clinic = 0
    while len(items) < n:
        clinic += 1
        place = zips[rng.randrange(len(zips))]
        name = f"{rng.choice(_WORDS)} {rng.choice(_WORDS)} {rng.choice(_KINDS)}"
        host = f"clinic{clinic}.example"
        fee = rng.choice([None, 350.0, 450.0, 495.0, 550.0, 650.0, 750.0, 950.0, 1500.0])
        base = {field: None for field in ITEM_FIELDS}
        base.update({
            "source": "clinic_sites", "source_url": f"https://{host}/", "crawled_at": "2026-11-20T09:00:00+00:00",
            "name": name, "website": f"https://{host}/", "street": f"{rng.randint(1, 9999)} {rng.choice(_STREETS)}",
            "city": place["city"].title(), "state": place["state"], "postal_code": place["zip_code"],
            "phone": f"+1{rng.randint(201, 989)}555{rng.randint(100, 199):04d}", "routes": ["iv_infusion"],
            "conditions": ["depression"], "ketamine_provider": rng.random() > 0.03, "fee_min": fee,
            "fee_max": fee and fee + 100, "fee_evidence": f"Each infusion is ${fee}." if fee else "",
            "fee_source_url": f"https://{host}/pricing" if fee else "", "fee_note": "" if fee else "call for pricing",
            "fees": [], "pages": 5, "licence": "",
        })
        items.append(base)
        roll = rng.random()
        if roll < 0.17:   # the same clinic in an open-data listing, address written another way
            items.append(dict(base, source="osm_overpass", source_url=f"https://listing.example/{clinic}",
                              street=base["street"].replace(" St", " Street"), fee_min=None, fee_max=None,
                              ketamine_provider=None, licence="ODbL"))
        elif roll < 0.34:   # an older crawl of the same site
            items.append(dict(base, crawled_at="2026-10-20T09:00:00+00:00"))
    return items[:n]
