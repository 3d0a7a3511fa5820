"""Whether a ZIP code can be a printed state's, and the state of a city printed with a ZIP code and no state."""

from __future__ import annotations

import re
from functools import lru_cache

# The states each ZIP code prefix (the first three digits) is used in, as ranges of prefixes; a prefix some states
# share is listed once for each. USPS assigns prefixes by state; tests/test_contact_round4.py checks the table
# against every ZIP code of the `zipcodes` data. Prefixes in no range are new or unused: given the benefit of the doubt.
_PREFIXES = """
005 NY; 006-007 PR; 008 VI; 009 PR; 010-027 MA; 028-029 RI; 030-038 NH; 039-049 ME; 050-054 VT; 055 MA; 056-059 VT;
060-069 CT; 063 NY; 070-089 NJ; 099 NJ; 100-149 NY; 150-196 PA; 197-199 DE; 200 DC; 201 VA; 202-205 DC; 205 MD VA;
206-219 MD; 220-246 VA; 247-268 WV; 270-289 NC; 290-299 SC; 300-319 GA; 320-349 FL; 350-369 AL; 370-385 TN;
386-397 MS; 398-399 GA; 400-427 KY; 430-459 OH; 460-479 IN; 480-499 MI; 500-528 IA; 530-549 WI; 550-567 MN; 569 DC;
570-577 SD; 580-588 ND; 590-599 MT; 600-629 IL; 630-658 MO; 660-679 KS; 680-693 NE; 700-714 LA; 716-729 AR; 726 MO;
730-749 OK; 733 TX; 739 TX; 750-799 TX; 800-816 CO; 820-831 WY; 832-838 ID; 834 WY; 840-847 UT; 850-865 AZ;
870-884 NM; 885 TX; 888 DC; 889-898 NV; 900-961 CA; 967 AS HI; 968 HI; 969 GU MP; 970-979 OR; 980-994 WA; 995-999 AK
"""
_RANGE = re.compile(r"(\d{3})(?:-(\d{3}))?((?: [A-Z]{2})+)")


@lru_cache(maxsize=1)
def prefix_states() -> dict[str, frozenset[str]]:
    """ZIP code prefix -> the states it is used in."""
    states: dict[str, set[str]] = {}
    for low, high, names in _RANGE.findall(_PREFIXES):
        for prefix in range(int(low), int(high or low) + 1):
            states.setdefault(f"{prefix:03d}", set()).update(names.split())
    return {prefix: frozenset(found) for prefix, found in states.items()}


def zip_fits_state(postal_code: str, state: str) -> bool:
    """Whether a ZIP code can be the state's: its prefix is used there. A theme's "123 Main Street, Anytown, CA 12345"
    is not an address."""
    if len(postal_code) < 3 or not state:
        return True
    states = prefix_states().get(postal_code[:3])
    return states is None or state.upper() in states


def state_of_city_zip(city: str, postal_code: str) -> str:
    """The state of a city printed with a ZIP code and no state ("Bozeman 59715"): the ZIP code's state when the
    ZIP code is that city's, else ""."""
    state, cities = _zip_cities().get(postal_code, ("", frozenset()))
    return state if _city_key(city) in cities else ""


@lru_cache(maxsize=1)
def _zip_cities() -> dict[str, tuple[str, frozenset[str]]]:
    """ZIP code -> (its state, the names its city goes by)."""
    import zipcodes     # imported on first use: its data takes a second to load, and few pages need it

    return {entry["zip_code"]: (entry["state"], frozenset(map(_city_key, (entry["city"],
                                                                          *entry.get("acceptable_cities", ())))))
            for entry in zipcodes.list_all()}


def _city_key(city: str) -> str:
    words = city.lower().replace(".", "").replace("-", " ").split()
    return " ".join("saint" if word == "st" else "mount" if word == "mt" else word for word in words)
