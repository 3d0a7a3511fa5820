"""The gazetteer packed into the map page (maps/places.py): every ZIP code and every town the build knows, found in
the browser where the gazetteer puts it, from the same words a patient types."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest

from common.gazetteer import Gazetteer, Place, gazetteer
from directory.nearby import towns_named
from maps.page import write_map_page
from maps.places import SCALE, pack_places, packed_places
from tests.map_browser import Opener
from tests.test_map_build import META, sample_clinics

# Coordinates travel in 1/SCALE degrees: half a step of rounding; a town's centre is a mean of rounded ZIP centres.
TOLERANCE = 0.5 / SCALE + 1e-9


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> dict[str, Path]:
    return {"plain": write_map_page(sample_clinics(), tmp_path_factory.mktemp("places") / "map.html", META)[0]}


def test_every_zip_code_and_town_is_found_where_the_gazetteer_puts_it(in_browser):
    places = gazetteer()
    zips = [[code, place.latitude, place.longitude, place.state] for code, place in places.zips.items()]
    towns = [[place.label, place.latitude, place.longitude] for place in places.cities.values()]

    def check(visit: Opener) -> None:
        page = visit().page
        # One JSON string: Playwright passes a string across quickly, and 70,000 little arrays slowly.
        wrong = page.evaluate("""async (expected) => {
            const [zips, towns, tolerance] = JSON.parse(expected);
            const places = await clinicPlaces.load();
            const off = (place, lat, lon) => !place || Math.abs(place.lat - lat) > tolerance
                || Math.abs(place.lon - lon) > tolerance;
            const wrong = [];
            for (const [code, lat, lon, state] of zips) {
                const found = places.find(code);
                if (!found || off(found.place, lat, lon) || !found.place.label.startsWith(code + " (")
                    || !found.place.label.endsWith(", " + state + ")")) wrong.push(code);
            }
            for (const [label, lat, lon] of towns) {
                const found = places.find(label);
                if (!found || found.place.label !== label || off(found.place, lat, lon)) wrong.push(label);
            }
            return wrong;
        }""", json.dumps([zips, towns, TOLERANCE]))
        assert wrong == []

    in_browser(check)


READINGS = [
    ("80202", "80202 (Denver, CO)"),
    ("80202-1234", "80202 (Denver, CO)"),
    (" 802021234 ", "80202 (Denver, CO)"),
    ("Denver, CO 80202", "80202 (Denver, CO)"),
    ("denver colorado", "Denver, CO"),
    ("DENVER,co", "Denver, CO"),
    ("Denver", "Denver, CO"),                      # the largest Denver; the others are offered
    ("St. Louis, MO", "Saint Louis, MO"),
    ("saint louis missouri", "Saint Louis, MO"),
    ("Charleston West Virginia", "Charleston, WV"),
    ("Winston-Salem NC", "Winston Salem, NC"),
    ("San Juan, Puerto Rico", "San Juan, PR"),
    ("Washington, DC", "Washington, DC"),
]
NO_PLACE = [
    ("802", {"partialZip": True}),
    ("00000", {"unknownZip": "00000"}),
    ("Boulder, WY 80302", {"unknownZip": "80302"}),   # the ZIP is in Colorado: trust neither
    ("Mile High Ketamine", None),
    ("Atlantis, CO", None),
]


def test_what_a_patient_types_names_a_place_or_says_why_not(in_browser):
    def check(visit: Opener) -> None:
        answers = visit().page.evaluate("""async (queries) => {
            const places = await clinicPlaces.load();
            return queries.map((q) => places.find(q));
        }""", [query for query, _ in READINGS + NO_PLACE] + ["Springfield"])
        assert [answer["place"]["label"] for answer in answers[:len(READINGS)]] == [label for _, label in READINGS]
        assert answers[len(READINGS):-1] == [answer for _, answer in NO_PLACE]
        springfield = answers[-1]
        labels = [springfield["place"]["label"]] + [place["label"] for place in springfield["others"]]
        assert {"Springfield, IL", "Springfield, MA", "Springfield, MO"} <= set(labels)
        assert all(label.startswith("Springfield, ") for label in labels) and len(set(labels)) == len(labels)
        assert labels == [town[2] for town in towns_named("Springfield")]   # as `clinicdir near` picks and names

    in_browser(check)


def test_packing_is_deterministic_and_compact():
    assert packed_places() == pack_places(gazetteer())
    assert len(packed_places()) < 320_000      # base64 characters: about 0.3 MB in the page


def test_the_packed_gazetteer_is_kept_in_the_cache_folder_and_packed_again_when_damaged(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    packed = packed_places.__wrapped__()
    [cached] = (tmp_path / "clinicdir").glob("places-*.txt")
    assert cached.read_text() == packed
    for damage in ("", "not base64!", packed[:4000], base64.b64encode(b"\x1f\x8b plain text").decode()):
        cached.write_text(damage)
        assert packed_places.__wrapped__() == packed
        assert cached.read_text() == packed
    monkeypatch.setenv("XDG_CACHE_HOME", str(cached))   # a file where the folder should be: no cache, same text
    assert packed_places.__wrapped__() == packed


def test_a_zip_whose_town_the_gazetteer_does_not_know_stops_the_packing():
    denver = Place(39.75, -104.99, "CO", "Denver, CO")
    places = Gazetteer(zips={"80202": Place(39.75, -104.99, "CO", "80202 (Nowhere, CO)")},
                       cities={("denver", "CO"): denver}, bounds={})
    with pytest.raises(ValueError, match="gazetteer ZIP 80202: label '80202 \\(Nowhere, CO\\)' names no town"):
        pack_places(places)
