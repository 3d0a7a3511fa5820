"""A chain's prices on its shared pages, placed at the location whose city the price's sentence names."""

from __future__ import annotations

import dataclasses
import re

from spiders.extract.fees.mention import STANDARD_KINDS, FeeMention

SEVERAL_PLACES = "prices by location"


def by_city(mentions: list[FeeMention], cities: list[str], site_name: str = "",
            ) -> tuple[list[FeeMention], dict[str, list[FeeMention]]]:
    """The mentions that name none of the chain's cities (the site's own, for every location) and, by lower-cased
    city, those whose sentence names that one city only: "Infusions at our Aspen clinic: $550" is Aspen's price. A
    price whose sentence names several of the cities ("$450 in Denver and $550 in Aspen") is kept for all with low
    confidence: which figure is whose is left to a reviewer. The site's name is no city: "Denver Ketamine Co."."""
    names = sorted({city.lower() for city in cities if city}, key=len, reverse=True)
    if len(names) < 2:
        return mentions, {}
    pattern = re.compile(r"(?<![a-z0-9])(?:" + "|".join(map(re.escape, names)) + r")(?![a-z0-9])")
    brand = site_name.lower()
    shared: list[FeeMention] = []
    placed: dict[str, list[FeeMention]] = {}
    for mention in mentions:
        text = mention.evidence.lower()
        named = set(pattern.findall(text.replace(brand, " ") if brand else text))
        if len(named) == 1:
            placed.setdefault(named.pop(), []).append(mention)
        elif named and mention.kind in STANDARD_KINDS:
            shared.append(dataclasses.replace(mention, confidence="low", doubt=SEVERAL_PLACES))
        else:
            shared.append(mention)
    return shared, placed
