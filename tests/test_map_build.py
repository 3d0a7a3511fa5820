"""The map page's HTML and JSON, checked without a browser: escaping, links, assets, missing data, atomic write."""

from __future__ import annotations

import base64
import gzip
import json
import os
import re
from html.parser import HTMLParser
from pathlib import Path

import folium
import pandas as pd
import pytest

from common.vocabulary import CONDITION_CODES
from maps.page import MapMeta, render_map_page, write_map_page
from maps.records import clinic_records, display_date, safe_web_url
from maps.safe_json import script_json
from maps.vendor import record_assets

HOSTILE_NAME = "<img src=x onerror=alert(1)>"
QUOTED_NAME = "O'Brien \"Best\" \\ Clinic {{ 7*7 }} {% raw %}"
ESCAPED_QUOTED_NAME = "O&#x27;Brien &quot;Best&quot; \\ Clinic {{ 7*7 }} {% raw %}"
META = MapMeta(built_on="2026-11-22",
               policy_sentence="Clinics whose published per-infusion fee is above $1,200 are left out; "
                               "$400-$800 is typical.",
               attributions=("Clinic data: the clinics' own websites", "ZIP coordinates: GeoNames <CC BY 4.0>"),
               tiles=None)


def clinic(clinic_id: str, name: str, **values) -> dict:
    row = {"clinic_id": clinic_id, "name": name, "street": "", "city": "", "state": "", "postal_code": "",
           "phone": "", "website": "", "fee_min": float("nan"), "fee_max": float("nan"), "fee_band": "unknown",
           "fee_as_of": "", "fee_source_url": "", "routes": "", "conditions": "", "latitude": float("nan"),
           "longitude": float("nan"), "geo_precision": ""}
    row.update(values)
    return row


def sample_clinics() -> pd.DataFrame:
    """Six clinics covering every fee band, approximate and missing locations, and hostile text."""
    return pd.DataFrame([
        clinic("kc-00000000a1", "Mile High Ketamine", street="1234 Colorado Blvd Ste 200", city="Denver",
               state="CO", postal_code="80202", phone="+13035550142", website="https://milehigh.example/",
               fee_min=450.0, fee_max=650.0, fee_band="typical", fee_as_of="2026-11-01",
               fee_source_url="https://milehigh.example/pricing", routes="iv_infusion;im_injection",
               conditions="depression;ptsd", latitude=39.7392, longitude=-104.9903, geo_precision="site"),
        clinic("kc-00000000a2", HOSTILE_NAME, street="</script><script>alert(2)</script><!--", city="Boulder",
               state="CO", postal_code="80301", phone="call us", website="javascript:alert(1)",
               fee_min=950.0, fee_band="above", fee_as_of="2026-10-01", fee_source_url="data:text/html,x",
               routes="esketamine_spravato", latitude=40.015, longitude=-105.2705, geo_precision="zip"),
        clinic("kc-00000000a3", QUOTED_NAME, street="1 Main St", city="Colorado Springs", state="CO",
               postal_code="80903", phone="+17195550100", website="http://obrien.example/a?b=1&c=2",
               fee_min=350.0, fee_max=350.0, fee_band="below", routes="iv_infusion", latitude=38.8339,
               longitude=-104.8214, geo_precision="city"),
        clinic("kc-00000000a4", "Lone Star Infusions", street="500 Congress Ave", city="Austin", state="TX",
               postal_code="78701", website="https://lonestar.example/", fee_band="unknown",
               routes="iv_infusion;oral_sublingual", conditions="chronic_pain", latitude=30.2672,
               longitude=-97.7431, geo_precision="address"),
        clinic("kc-00000000a5", "Unplaced Clinic", city="Houston", state="TX", fee_min=600.0, fee_max=900.0,
               fee_band="typical", routes="iv_infusion"),
        clinic("kc-00000000a6", "Stateless Clinic", fee_min=1062.5, fee_band="above", latitude=47.6062,
               longitude=-122.3321, geo_precision="site"),
    ])


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def tags_of(page: str) -> list[tuple[str, dict]]:
    parser = _Tags()
    parser.feed(page)
    return parser.tags


def map_data(page: str) -> dict:
    found = re.search(r'<script type="application/json" id="clinic-data">(.*?)</script>', page, re.S)
    return json.loads(found.group(1))


def list_entries(page: str) -> list[str]:
    return re.findall(r'<li id="kc-[^"]+">.*?</li>', page, re.S)


@pytest.fixture(scope="module")
def page() -> str:
    return render_map_page(sample_clinics(), META)


def test_hostile_text_is_escaped_everywhere(page):
    assert HOSTILE_NAME not in page
    assert "<h4>&lt;img src=x onerror=alert(1)&gt;</h4>" in page
    assert "alert(2)" not in page.replace("&lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt;&lt;!--", "")
    assert [tag for tag, _ in tags_of(page)].count("img") == 0
    # Braces reach the page as text: no template engine evaluated them on the way.
    assert f"<h4>{ESCAPED_QUOTED_NAME}</h4>" in page


def test_map_json_cannot_end_its_script_element(page):
    block = re.search(r'id="clinic-data">(.*?)</script>', page, re.S).group(1)
    assert "<" not in block and ">" not in block
    assert script_json({"a": "</script><!--\u2028&"}) == '{"a":"\\u003c/script\\u003e\\u003c!--\\u2028\\u0026"}'
    assert json.loads(script_json({"a": "</script><!--\u2028&"})) == {"a": "</script><!--\u2028&"}


def test_every_clinic_is_listed_and_only_placed_ones_have_coordinates(page):
    entries = list_entries(page)
    data = map_data(page)["clinics"]
    assert len(entries) == 6 == len(data["lat"]) == len(data["band"])
    placed = [i for i, lat in enumerate(data["lat"]) if lat is not None]
    assert len(placed) == 5
    unplaced = entries[data["lat"].index(None)]
    assert "Unplaced Clinic" in unplaced and "Not on the map: location unknown" in unplaced


def test_list_order_matches_map_data_and_groups_by_state(page):
    data = map_data(page)["clinics"]
    cities = [re.search(r"<br>([^,<]*),|<p>([^,<]*), ", entry) for entry in list_entries(page)]
    listed_cities = [(m.group(1) or m.group(2)) if m else "" for m in cities]
    assert listed_cities == data["city"]
    headings = re.findall(r'<h3 id="state-[^"]+">([^<]+)</h3>', page)
    assert headings == ["Colorado", "Texas", "State not known"]


def test_entry_holds_the_popup_details(page):
    entry = next(e for e in list_entries(page) if "Mile High" in e)
    assert '<a href="tel:+13035550142">(303) 555-0142</a>' in entry
    assert '<a href="https://milehigh.example/">milehigh.example</a>' in entry
    assert "$450–$650 per infusion, as of Nov 1, 2026" in entry
    assert '(<a href="https://milehigh.example/pricing">fee source</a>)' in entry
    assert "Within the typical range." in entry
    assert "Routes: IV infusion, IM injection" in entry and "Treats: Depression, PTSD" in entry
    boulder = next(e for e in list_entries(page) if "Boulder" in e)
    assert "Approximate location (ZIP area)" in boulder and "Above the typical range." in boulder
    springs = next(e for e in list_entries(page) if "Colorado Springs" in e)
    assert "Approximate location (city area)" in springs and "$350 per infusion" in springs


def test_only_http_links_become_links(page):
    hrefs = [attrs["href"] for tag, attrs in tags_of(page) if tag == "a"]
    assert not [h for h in hrefs if not h.startswith(("#", "https://", "http://", "tel:"))]
    assert "http://obrien.example/a?b=1&c=2" in hrefs
    boulder = next(e for e in list_entries(page) if "Boulder" in e)
    assert "<a" not in boulder and "<p>call us</p>" in boulder
    assert safe_web_url("JavaScript:alert(1)") is None and safe_web_url("//evil.example/") is None
    assert safe_web_url("https://ok.example/x y") is None and safe_web_url("https://ok.example/") is not None


def test_no_remote_assets_and_tiles_off(page):
    for tag, attrs in tags_of(page):
        assert "src" not in attrs, tag
        assert tag != "link", attrs
    remote_css = re.findall(r"url\((?![\"']?data:|#)[^)]*\)",
                            "".join(re.findall(r"<style>(.*?)</style>", page, re.S)))
    assert remote_css == []
    assert "L.tileLayer(" not in page and '"maxZoom": 18' in page
    assert "user-scalable=no" not in page and 'content="width=device-width, initial-scale=1"' in page


def test_default_tiles_are_the_only_remote_url_template():
    page = render_map_page(sample_clinics(), MapMeta("2026-11-22", "Policy.", ("Clinic data",)))
    scripts = "".join(re.findall(r"<script>(.*?)</script>", page, re.S))
    assert re.findall(r'L\.tileLayer\(\s*"([^"]+)"', scripts) == ["https://tile.openstreetmap.org/{z}/{x}/{y}.png"]
    assert "<li>Map tiles: © OpenStreetMap contributors</li>" in page


def test_url_template_tiles_are_credited_by_host():
    meta = MapMeta("2026-11-22", "Policy.", (), tiles="https://tiles.example.org/{z}/{x}/{y}.png")
    page = render_map_page(sample_clinics(), meta)
    assert "<li>Map tiles: tiles.example.org</li>" in page


def test_header_escapes_credits_and_states_policy(page):
    assert "<li>ZIP coordinates: GeoNames &lt;CC BY 4.0&gt;</li>" in page
    assert "above $1,200 are left out" in page and "2026-11-22" in page


def test_other_folium_maps_keep_their_defaults(page):
    assert any("leaflet" in name for name, _ in folium.Map().default_js)


def test_dates_read_as_words_whatever_the_locale():
    assert display_date("2026-12-01") == "Dec 1, 2026" and display_date("2026-05-09T10:00:00") == "May 9, 2026"
    assert display_date("unknown date") == "unknown date" and display_date("") == ""


def test_map_index_carries_what_the_finder_filters_and_sorts_by(page):
    data = map_data(page)["clinics"]
    mile_high, boulder, unplaced = (data["name"].index(name) for name in
                                    ("Mile High Ketamine", HOSTILE_NAME, "Unplaced Clinic"))
    assert (data["fee"][mile_high], data["feeMax"][mile_high]) == (450, 650)
    assert (data["fee"][boulder], data["feeMax"][boulder]) == (950, None)
    assert data["conditions"][mile_high] == 1 << CONDITION_CODES.index("depression") | 1 << CONDITION_CODES.index("ptsd")
    assert data["conditions"][boulder] == 0 and data["lat"][unplaced] is None and data["fee"][unplaced] == 600


def test_unknown_values_never_read_nan():
    records = clinic_records(pd.DataFrame([clinic("x y", float("nan"), state="ZZ", fee_band="odd", fee_min=pd.NA,
                                                  city=None, latitude=91.0, longitude=0.0)]))
    (record,) = records
    assert record.name == "Unnamed clinic" and record.band == "unknown" and record.anchor == "clinic-0"
    assert record.state_name == "ZZ" and record.fee_text == "Fee not published" and not record.on_map
    assert "nan" not in repr(record).lower().replace("unnamed", "")


def test_text_holding_a_nul_is_escaped_like_any_other():
    clinics = sample_clinics()
    clinics.loc[0, "name"] = "Nul\x00 & <Co>"
    page = render_map_page(clinics, META)
    assert "<h4>Nul\x00 &amp; &lt;Co&gt;</h4>" in page
    assert f"<h4>{ESCAPED_QUOTED_NAME}</h4>" in page


def test_empty_directory_still_renders():
    page = render_map_page(sample_clinics().iloc[0:0], META)
    assert "No clinic is listed yet." in page and map_data(page)["clinics"]["lat"] == []


def test_write_is_atomic(tmp_path, monkeypatch):
    target = tmp_path / "out" / "map.html"
    assert write_map_page(sample_clinics(), target, META) == (target, tmp_path / "out" / "map-list.html")
    first = {path.name: path.read_text() for path in target.parent.iterdir()}
    assert sorted(first) == ["map-list.html", "map.html"]
    assert all(text.rstrip().endswith("</html>") for text in first.values())

    def failing_replace(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(OSError, match="disk full"):
        write_map_page(sample_clinics().iloc[:1], target, META)
    assert {path.name: path.read_text() for path in target.parent.iterdir()} == first


def test_large_list_is_packed_and_the_list_page_holds_it_plainly(tmp_path):
    map_path, list_path = write_map_page(sample_clinics(), tmp_path / "map.html", META, inline_list_max_bytes=0)
    page, list_page = map_path.read_text(), list_path.read_text()
    assert list_entries(page) == [] and 'href="map-list.html">its own page</a>' in page
    packed = re.search(r'<script type="application/octet-stream" id="clinic-list-packed">([A-Za-z0-9+/=]+)</script>',
                       page).group(1)
    unpacked = gzip.decompress(base64.b64decode(packed)).decode("utf-8")
    assert list_entries(unpacked) == list_entries(list_page) == list_entries(render_map_page(sample_clinics(), META))
    assert len(list_entries(unpacked)) == len(map_data(page)["clinics"]["band"]) == 6
    assert 'href="map.html">Back to the map</a>' in list_page and "<script" not in list_page
    # Same directory, same bytes: the gzip header carries no timestamp.
    assert write_map_page(sample_clinics(), tmp_path / "map.html", META, inline_list_max_bytes=0)
    assert map_path.read_text() == page


def test_vendor_step_records_assets_and_is_idempotent(tmp_path: Path):
    for _ in range(2):
        manifest = record_assets(tmp_path / "vendor")
    entries = json.loads(manifest.read_text())
    assert {e["package"] for e in entries} == {"leaflet", "leaflet.markercluster"}
    assert all(len(e["sha256"]) == 64 for e in entries)
    assert (tmp_path / "vendor" / ".complete").exists()
