"""The patient map page: one self-contained HTML file with a clustered folium/Leaflet map and an accessible list,
and beside it the same list as a plain page of its own.

    from maps.page import MapMeta, write_map_page
    map_path, list_path = write_map_page(listed_clinics, Path("out/map.html"),
                                         MapMeta(built_on="2026-11-22", policy_sentence=...,
                                                 attributions=("Clinic data: ...",)))

Clinic details are written once, as the HTML list; the map and its finder read a compact JSON index of the same
clinics and build markers and results in the browser. A list too large to inline (about 1,500 clinics and up)
travels gzipped in the page and is unpacked by the browser, and so does the gazetteer the finder searches by
place (maps.places), which keeps 10,000 clinics within 2.5 MB; readers without JavaScript then follow a link to
the list page.
"""

from __future__ import annotations

import base64
import functools
import gzip
import html
import re
from dataclasses import dataclass, replace
from itertools import groupby
from pathlib import Path
from urllib.parse import quote, urlsplit

import folium
import pandas as pd
from jinja2 import Environment, FileSystemLoader, Template

from common.files import FileSet
from common.vocabulary import CONDITION_CODES, CONDITION_LABELS, ROUTE_CODES, ROUTE_LABELS
from maps import assets
from maps.folium_parts import ClinicLayer, ClinicPage, OfflineMap
from maps.list_html import clinic_list_html
from maps.places import packed_places
from maps.records import BAND_LABELS, FEE_BANDS, ClinicRecord, clinic_records, display_date
from maps.safe_json import script_json

TEMPLATES = Path(__file__).resolve().parent / "templates"
DATA_ELEMENT_ID = "clinic-data"
US_CENTRE = (39.8, -98.6)
MAX_ZOOM = 18            # without it a map with no tile layer cannot cluster ("Map has no maxZoom specified")
PAGE_SIZE = 20            # results shown at a time; the patient pages through the rest
NEAREST = 5              # clinics offered when none is within the chosen distance
# The page's scripts, in the order they run: helpers first, the map last (it starts the others).
SCRIPTS = ("clinic_words.js", "clinic_places.js", "clinic_actions.js", "clinic_finder.js", "clinic_map.js")
INLINE_LIST_MAX_BYTES = 1_000_000   # a larger list is packed (gzip, base64): a tenth of the bytes on a phone


@dataclass(frozen=True)
class MapMeta:
    built_on: str                  # ISO date: the latest crawl that saw one of the listed clinics
    policy_sentence: str
    attributions: tuple[str, ...]  # plain text; escaped on the page
    title: str = "Ketamine infusion clinics"
    tiles: str | None = "openstreetmap"   # None: no tile layer; else a folium tiles name or a URL template


@dataclass(frozen=True)
class StateGroup:
    name: str
    slug: str
    clinics: list[ClinicRecord]


@dataclass(frozen=True)
class PageContent:
    """Everything the page template shows besides what folium renders."""
    meta: MapMeta
    tile_attribution: str
    total: int
    on_map: int
    map_page: str                  # file names of the two pages, for the links between them
    list_page: str
    bands: list[dict]
    routes: list[dict]
    conditions: list[dict]
    data_json: str
    leaflet_css: str
    leaflet_js: str
    page_css: str
    clinic_map_js: str
    leaflet_version: str
    markercluster_version: str
    list_html: str = ""
    packed_list: str = ""          # base64 of the gzipped list HTML when it is too large to inline
    packed_places: str = ""        # the gazetteer for searches by ZIP code or town (maps.places)


def list_page_path(map_path: Path) -> Path:
    map_path = Path(map_path)
    return map_path.with_name(f"{map_path.stem}-list.html")


def write_map_page(clinics: pd.DataFrame, path: Path, meta: MapMeta,
                   inline_list_max_bytes: int = INLINE_LIST_MAX_BYTES) -> tuple[Path, Path]:
    """Write the map page for the listed `clinics` to `path` and the list page beside it, both or neither;
    return both paths."""
    path, list_path = Path(path), list_page_path(path)
    map_page, list_page = render_pages(clinics, meta, path.name, list_path.name, inline_list_max_bytes)
    with FileSet() as files:
        files.stage(list_path, list_page)
        files.stage(path, map_page)
        files.commit()
    return path, list_path


def render_map_page(clinics: pd.DataFrame, meta: MapMeta,
                    inline_list_max_bytes: int = INLINE_LIST_MAX_BYTES) -> str:
    return render_pages(clinics, meta, "map.html", "map-list.html", inline_list_max_bytes)[0]


def render_pages(clinics: pd.DataFrame, meta: MapMeta, map_name: str, list_name: str,
                 inline_list_max_bytes: int = INLINE_LIST_MAX_BYTES) -> tuple[str, str]:
    """The map page and the list page, as text, for the listed `clinics` (rows with MAP_COLUMNS)."""
    records = clinic_records(clinics)
    fmap = OfflineMap(location=US_CENTRE, zoom_start=4, tiles=None, maxZoom=MAX_ZOOM)
    tile_layer, tile_attribution = _tile_layer(meta.tiles)
    if tile_layer is not None:
        tile_layer.add_to(fmap)
    ClinicLayer(DATA_ELEMENT_ID).add_to(fmap)
    bands = [{"index": i, "code": code, "label": BAND_LABELS[code]} for i, code in enumerate(FEE_BANDS)]
    index = _map_index(records)
    list_html = clinic_list_html(_state_groups(records))
    encoded = list_html.encode("utf-8")
    packed = len(encoded) > inline_list_max_bytes
    content = PageContent(
        meta=meta,
        tile_attribution=tile_attribution,
        total=len(records),
        on_map=len(records) - index["lat"].count(None),
        map_page=quote(map_name),
        list_page=quote(list_name),
        bands=bands,
        routes=[{"index": i, "label": ROUTE_LABELS[code]} for i, code in enumerate(ROUTE_CODES)],
        conditions=[{"index": i, "label": CONDITION_LABELS[code]} for i, code in enumerate(CONDITION_CODES)],
        data_json=script_json({
            "clinics": index,
            "options": {"bands": [{"code": b["code"], "label": b["label"]} for b in bands],
                        "pageSize": PAGE_SIZE, "nearest": NEAREST},
        }),
        leaflet_css=assets.inline_styles(),
        leaflet_js=assets.inline_scripts(),
        page_css=_static_text("page.css"),
        clinic_map_js="\n".join(map(_static_text, SCRIPTS)),
        leaflet_version=assets.SCRIPTS[0].version,
        markercluster_version=assets.SCRIPTS[1].version,
        list_html="" if packed else list_html,
        packed_list=_pack(encoded) if packed else "",
        packed_places=packed_places(),
    )
    page = ClinicPage(_template("page.html"), content)
    page.add_child(fmap)
    map_page = page.render()
    # folium names each element with a random id: named by its role instead, the same directory gives the same bytes
    for name, element in (("clinic_map", fmap), ("tile_layer", tile_layer)):
        if element is not None:
            map_page = map_page.replace(element.get_name(), name)
    return map_page, _template("list_page.html").render(page=replace(content, list_html=list_html))


def _pack(data: bytes) -> str:
    """gzip without a timestamp, so that the same directory gives the same bytes."""
    return base64.b64encode(gzip.compress(data, compresslevel=6, mtime=0)).decode("ascii")


def _tile_layer(tiles: str | None) -> tuple[folium.TileLayer | None, str]:
    """The tile layer, if any, and its attribution as plain text for the page header."""
    if not tiles:
        return None, ""
    if "{z}" in tiles or "://" in tiles:
        # A bare URL template carries no attribution: credit the tile server by its host name at least.
        host = urlsplit(tiles).hostname or tiles
        layer = folium.TileLayer(tiles=tiles, attr=html.escape(host), max_zoom=MAX_ZOOM)
    else:
        layer = folium.TileLayer(tiles=tiles, max_zoom=MAX_ZOOM)
    return layer, html.unescape(re.sub(r"<[^>]*>", "", str(layer.options.get("attribution", "")))).strip()


def _map_index(records: list[ClinicRecord]) -> dict[str, list]:
    """What the map needs per clinic, column by column; the details stay in the list."""
    band_index = {code: i for i, code in enumerate(FEE_BANDS)}
    route_bits = _bit_sets(ROUTE_CODES, [r.routes for r in records])
    condition_bits = _bit_sets(CONDITION_CODES, [r.conditions for r in records])
    return {
        "anchor": [r.anchor for r in records],
        "name": [r.name for r in records],
        "city": [r.city for r in records],
        # to 5 decimals (about a metre); None for both when a clinic is not on the map
        "lat": [None if r.latitude is None else round(r.latitude, 5) for r in records],
        "lon": [None if r.longitude is None else round(r.longitude, 5) for r in records],
        "band": [band_index[r.band] for r in records],
        "routes": [route_bits[r.routes] for r in records],
        "conditions": [condition_bits[r.conditions] for r in records],
        "fee": [_whole(r.fee_min) for r in records],     # per infusion, lowest and highest; None when unknown
        "feeMax": [_whole(r.fee_max) for r in records],
    }


def _bit_sets(vocabulary: tuple[str, ...], code_sets: list[tuple[str, ...]]) -> dict[tuple[str, ...], int]:
    """Each distinct set of vocabulary codes as a number with bit i set for the vocabulary's code i."""
    bit = {code: 1 << i for i, code in enumerate(vocabulary)}
    return {codes: sum(bit[code] for code in codes) for codes in set(code_sets)}


def _whole(amount: float | None) -> float | int | None:
    """450.0 as 450: two characters less for each of 10,000 fees in the page."""
    return int(amount) if amount is not None and amount == int(amount) else amount


def _state_groups(records: list[ClinicRecord]) -> list[StateGroup]:
    groups = []
    for name, members in groupby(records, key=lambda r: r.state_name):
        slug = "state-" + (re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "unknown")
        groups.append(StateGroup(name, slug, list(members)))
    return groups


@functools.cache
def _template(name: str) -> Template:
    return _environment().get_template(name)


@functools.cache
def _environment() -> Environment:
    environment = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True, trim_blocks=True,
                              lstrip_blocks=True)
    environment.filters["display_date"] = display_date
    return environment


@functools.cache
def _static_text(name: str) -> str:
    return (TEMPLATES / name).read_text(encoding="utf-8")
