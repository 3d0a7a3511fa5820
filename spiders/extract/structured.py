"""schema.org data from a page: JSON-LD read block by block, microdata through extruct.

extruct drops every JSON-LD block of a page when one is malformed, so JSON-LD is parsed here, one block at a
time; extruct is used for microdata only, and only when the page has an itemscope at all.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any, Iterator

import lxml.etree
from extruct.w3cmicrodata import LxmlMicrodataExtractor

from spiders.extract.addresses import Address

# Types whose nodes describe a place patients can visit (schema.org's MedicalBusiness and LocalBusiness trees).
CLINIC_TYPES = frozenset({
    "MedicalClinic", "MedicalBusiness", "MedicalOrganization", "Physician", "IndividualPhysician",
    "PhysiciansOffice", "LocalBusiness", "HealthAndBeautyBusiness", "DaySpa", "Hospital", "Psychiatric",
    "Dentist", "MedicalSpecialty", "Optician", "Pharmacy", "HealthClub", "Organization", "Corporation",
    "ProfessionalService", "NGO",
})
# Of those, the ones that say more than "an organisation": preferred when a page has both.
SPECIFIC_TYPES = CLINIC_TYPES - {"Organization", "Corporation", "NGO"}

_microdata = LxmlMicrodataExtractor()


@dataclass
class Org:
    """A clinic-like node of a page's structured data, flattened to the fields the directory uses."""

    types: tuple[str, ...]
    name: str = ""
    street: str = ""
    city: str = ""
    state: str = ""
    postal_code: str = ""
    country: str = ""
    phone: str = ""
    url: str = ""
    latitude: float | None = None
    longitude: float | None = None
    map_url: str = ""              # hasMap: a link to the clinic on a map
    price_range: str = ""
    description: str = ""

    @property
    def specific(self) -> bool:
        return bool(SPECIFIC_TYPES.intersection(self.types))

    @property
    def has_address(self) -> bool:
        return bool(self.street or self.postal_code)


@dataclass
class StructuredData:
    orgs: list[Org]
    malformed_blocks: int = 0


def read_structured(tree: lxml.etree._Element, url: str, microdata: bool = True) -> StructuredData:
    """Clinic nodes of the page; `microdata=False` skips the microdata pass (the caller saw no itemscope)."""
    nodes: list[dict] = []
    malformed = 0
    # A walk over the script elements, not an XPath: "//" queries cost ~50 µs on a 70 KB page.
    for script in tree.iter("script"):
        if script.get("type") != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "", strict=False)
        except ValueError:
            malformed += 1
            continue
        nodes.extend(_flatten(data))
    if microdata and tree.xpath("boolean(//*[@itemscope])"):
        for item in _microdata.extract_items(tree, url):
            nodes.extend(_flatten(_from_microdata(item)))
    by_id = {n["@id"]: n for n in nodes if isinstance(n.get("@id"), str)}
    orgs = [org for n in nodes if _types(n) & CLINIC_TYPES or n.get(_NESTED) for org in _to_orgs(n, by_id)]
    return StructuredData(orgs=[o for o in orgs if o.name or o.has_address], malformed_blocks=malformed)


# Properties under which a chain nests the nodes of its locations.
_NESTED_PLACES = ("department", "subOrganization", "location", "hasPart")
# Marks a node nested under one of those as a location, whatever its own type.
_NESTED = "@location"


def _flatten(data: Any) -> Iterator[dict]:
    if isinstance(data, list):
        for entry in data:
            yield from _flatten(entry)
    elif isinstance(data, dict):
        if "@graph" in data:
            yield from _flatten(data["@graph"])
            return
        yield data
        clinic = bool(_types(data) & CLINIC_TYPES)
        for key in _NESTED_PLACES:
            yield from (_as_place(n, data) if clinic else n for n in _flatten(data.get(key)) if len(n) > 1)


def _as_place(node: dict, clinic: dict) -> dict:
    """A node a clinic nests as one of its locations: a clinic-like node as it is; a Place is a location of the
    clinic too, whatever its type says, and a bare PostalAddress given as the location is the clinic's own address."""
    if _types(node) & CLINIC_TYPES:
        return node
    if "address" not in node and ("streetAddress" in node or _types(node) == {"PostalAddress"}):
        node = {"name": clinic.get("name"), "telephone": clinic.get("telephone"), "address": node}
    return {**node, _NESTED: True} if node.get("address") else node    # a part of a page or a virtual place: not one


def _from_microdata(item: dict) -> dict:
    """Reshape extruct's microdata item ({"type", "properties"}) into a JSON-LD-like node."""
    node = {"@type": [t.rsplit("/", 1)[-1] for t in _as_list(item.get("type"))]}
    for key, value in (item.get("properties") or {}).items():
        node[key] = _from_microdata(value) if isinstance(value, dict) and "properties" in value else value
    return node


def _types(node: dict) -> set[str]:
    return {str(t).rsplit("/", 1)[-1] for t in _as_list(node.get("@type"))}


def _as_list(value: Any) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _resolve(value: Any, by_id: dict[str, dict]) -> Any:
    """Follow an {"@id": ...} reference to its node in the same page's graph."""
    if isinstance(value, dict) and set(value) == {"@id"}:
        return by_id.get(value["@id"], value)
    return value


# A template's tag left unfilled ("{{street}}", "{% phone %}"): a chain's location template printed before its data.
_PLACEHOLDER = re.compile(r"\{\{|\}\}|\{%|%\}")


def _text(value: Any) -> str:
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str)), "")
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value") or ""
    if not value or _PLACEHOLDER.search(str(value)):
        return ""
    return " ".join(str(value).split())    # split() breaks on exactly what regex "\s" matches


def _float(value: Any) -> float | None:
    try:
        return float(str(value).strip())
    except (TypeError, ValueError):
        return None


def _to_orgs(node: dict, by_id: dict[str, dict]) -> Iterator[Org]:
    """The node as one Org per street address it gives: a chain may list its offices as a list of addresses. A list
    may also start with the mailing box: the addresses with a street to visit are the clinic's."""
    addresses = [_resolve(a, by_id) for a in _as_list(node.get("address"))]
    streets = [a for a in addresses if isinstance(a, dict) and _text(a.get("streetAddress"))
               and not Address(_text(a.get("streetAddress"))).po_box]
    for address in streets or addresses[:1] or [None]:
        yield _to_org(node, address, by_id)


def _to_org(node: dict, address: Any, by_id: dict[str, dict]) -> Org:
    org = Org(
        types=tuple(sorted(_types(node))),
        name=_text(node.get("name") or node.get("legalName")),
        phone=_text(node.get("telephone") or _contact_phone(node, by_id)).removeprefix("tel:"),
        url=_text(node.get("url")),
        map_url=_text(node.get("hasMap")),
        price_range=_text(node.get("priceRange")),
        description=_text(node.get("description"))[:500],
    )
    if isinstance(address, dict):
        org.street = _text(address.get("streetAddress"))
        org.city = _text(address.get("addressLocality"))
        org.state = _text(address.get("addressRegion"))
        org.postal_code = _text(address.get("postalCode"))
        org.country = _text(address.get("addressCountry"))
    elif isinstance(address, str):
        org.street = _text(address)   # free text; the contact parser splits it later
    geo = _resolve(node.get("geo"), by_id)
    if isinstance(geo, dict):
        org.latitude, org.longitude = _float(geo.get("latitude")), _float(geo.get("longitude"))
    return org


def _contact_phone(node: dict, by_id: dict[str, dict]) -> str:
    """The telephone of the node's first contact point that gives one (sites put the clinic's line there), a fax
    line left out."""
    for point in _as_list(node.get("contactPoint")):
        point = _resolve(point, by_id)
        if isinstance(point, dict) and (phone := _text(point.get("telephone"))) and \
                "fax" not in _text(point.get("contactType")).lower():
            return phone
    return ""
