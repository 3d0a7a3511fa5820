"""A chain's prices on its shared pages, placed at the location whose city the price's sentence names."""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict

from spiders.extract.fees.mention import STANDARD_KINDS, FeeMention

SEVERAL_PLACES = "prices by location"


def by_city(mentions: list[FeeMention], cities: list[str], site_name: str = "",
            ) -> tuple[list[FeeMention], dict[str, list[FeeMention]]]:
    """The mentions that name none of the chain's cities (the site's own, for every location) and, by lower-cased
    city, those whose sentence names that city: "Infusions at our Aspen clinic: $550" is Aspen's price, "Our Phoenix
    and Tempe clinics charge $495" the price of both. A sentence naming several cities with several prices ("$450
    in Denver and $550 in Aspen") is kept for all with low confidence: which figure is whose is left to a reviewer.
    The site's name is no city: "Denver Ketamine Co."."""
    names = sorted({city.lower() for city in cities if city}, key=len, reverse=True)
    if len(names) < 2:
        return mentions, {}
    pattern = re.compile(r"(?<![a-z0-9])(?:" + "|".join(map(re.escape, names)) + r")(?![a-z0-9])")
    brand = site_name.lower()
    figures: dict[str, set[float]] = defaultdict(set)
    for mention in mentions:
        if mention.kind in STANDARD_KINDS:
            figures[mention.evidence].add(mention.amount)
    shared: list[FeeMention] = []
    placed: dict[str, list[FeeMention]] = defaultdict(list)
    for mention in mentions:
        text = mention.evidence.lower()
        named = set(pattern.findall(text.replace(brand, " ") if brand else text))
        if len(named) > 1 and mention.kind in STANDARD_KINDS and len(figures[mention.evidence]) > 1:
            shared.append(dataclasses.replace(mention, confidence="low", doubt=SEVERAL_PLACES))
        elif named:
            for city in named:
                placed[city].append(mention)
        else:
            shared.append(mention)
    return shared, placed
