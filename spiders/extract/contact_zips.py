"""Whether a ZIP code can be a printed state's or city's, from the offline gazetteer (the `zipcodes` data)."""

from __future__ import annotations

from functools import lru_cache

# How far (in degrees of latitude and longitude, summed) a ZIP code's centre may lie from its city's centre: a city's
# ZIP codes lie within its limits, a few kilometres from its centre; a city of the same name elsewhere in the state
# lies farther.
_NEAR = 0.6


@lru_cache(maxsize=1)
def _prefix_states() -> dict[str, frozenset[str]]:
    """The states each ZIP code prefix (its first three digits) is used in."""
    from common.gazetteer import gazetteer     # imported on first use: loading the tables takes a fraction of a second

    states: dict[str, set[str]] = {}
    for code, place in gazetteer().zips.items():
        states.setdefault(code[:3], set()).add(place.state)
    return {prefix: frozenset(found) for prefix, found in states.items()}


def zip_fits_state(postal_code: str, state: str) -> bool:
    """Whether a ZIP code can be the state's: its prefix is used there. A theme's "123 Main Street, Anytown, CA 12345"
    is not an address; a prefix the gazetteer does not know (a new one) is given the benefit of the doubt."""
    if len(postal_code) < 3 or not state:
        return True
    states = _prefix_states().get(postal_code[:3])
    return states is None or state.upper() in states


def state_of_city_zip(city: str, postal_code: str) -> str:
    """The state of a city printed with a ZIP code and no state ("Bozeman 59715"): the ZIP code's state when the
    city of that name in that state lies around the ZIP code, else ""."""
    from common.gazetteer import gazetteer

    places = gazetteer()
    where = places.zip(postal_code)
    town = where and places.city(city, where.state)
    if not town or abs(town.latitude - where.latitude) + abs(town.longitude - where.longitude) > _NEAR:
        return ""
    return where.state
