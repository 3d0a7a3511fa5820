"""The map page in headless Chromium with every http(s) request blocked: markers, popups and their actions, links
to a clinic, filters inside clusters, full screen, the list, hostile text, a phone-sized screen and no JavaScript.
Searching is in test_map_finder.py; keyboard, screen readers and the phone layout in test_map_access.py.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest
from playwright.sync_api import expect

from bench.bench_map import synthetic_clinics
from maps.page import MapMeta, write_map_page
from tests.map_browser import ARTIFACTS, PHONE, Opener
from tests.test_map_build import HOSTILE_NAME, META, QUOTED_NAME, sample_clinics

SYNTHETIC = 200          # enough for real clusters; sample_clinics() adds six hand-made ones
ALL_CLINICS = pd.concat([sample_clinics(), synthetic_clinics(SYNTHETIC, seed=3)], ignore_index=True)
PLACED = ALL_CLINICS[ALL_CLINICS["latitude"].notna()]


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("map")
    return {
        "plain": write_map_page(ALL_CLINICS, folder / "plain.html", META)[0],
        "tiles": write_map_page(ALL_CLINICS, folder / "tiles.html",
                                MapMeta(META.built_on, META.policy_sentence, META.attributions))[0],
        # What a directory of thousands gets: the list travels gzipped and the browser unpacks it.
        "packed": write_map_page(ALL_CLINICS, folder / "packed.html", META, inline_list_max_bytes=0)[0],
        "packed list page": folder / "packed-list.html",
    }


@pytest.mark.parametrize("tiles", ["plain", "tiles", "packed"])
def test_offline_page_draws_every_placed_clinic(in_browser, tiles):
    def check(visit: Opener) -> None:
        page_visit = visit(tiles)
        assert page_visit.marker_count() == len(PLACED) == page_visit.drawn()
        assert page_visit.page.locator(".cluster").count() > 0
        tile_requests = [url for url in page_visit.failed if url.startswith("https://tile.openstreetmap.org/")]
        assert page_visit.failed == tile_requests
        assert bool(tile_requests) == (tiles == "tiles")

    in_browser(check)


@pytest.mark.parametrize("list_form", ["plain", "packed"])
def test_the_list_holds_every_clinic_as_text_and_show_on_map_links_both_ways(in_browser, list_form):
    def check(visit: Opener) -> None:
        page_visit = visit(list_form)
        page = page_visit.page
        assert page.locator("#clinic-list .clinics > li").count() == len(ALL_CLINICS)
        expect(page.locator("#kc-00000000a2 h4")).to_have_text(HOSTILE_NAME)
        expect(page.locator("#kc-00000000a3 h4")).to_have_text(QUOTED_NAME)
        assert page.locator("#clinic-list img").count() == 0
        expect(page.locator("#kc-00000000a5 .show-on-map")).to_have_count(0)   # not on the map: no dead button
        popup = page_visit.show_on_map("kc-00000000a1")
        expect(popup).to_contain_text("Mile High Ketamine")
        expect(popup).to_contain_text("$450–$650 per infusion, as of Nov 1, 2026")
        expect(popup).to_contain_text("Within the typical range")
        expect(popup).to_contain_text("Routes: IV infusion, IM injection")
        expect(popup.locator('a[href="tel:+13035550142"]')).to_have_text("(303) 555-0142")
        expect(popup.locator("a", has_text="fee source")).to_have_attribute("href", "https://milehigh.example/pricing")
        expect(popup.locator(".popup")).to_be_focused()
        popup.locator("a", has_text="See this clinic in the list").click()
        expect(page.locator("#kc-00000000a1")).to_be_focused()

    in_browser(check)


def test_a_quick_double_show_on_map_opens_one_popup_and_popups_say_what_is_approximate(in_browser):
    def check(visit: Opener) -> None:
        page_visit = visit()
        page = page_visit.page
        button = page.locator("#kc-00000000a4 .show-on-map")
        button.click()
        button.click(delay=0)
        expect(page_visit.popup()).to_have_count(1)
        expect(page_visit.popup().locator("h4")).to_have_text("Lone Star Infusions")
        page.wait_for_timeout(600)        # any late second opening would have happened by now
        expect(page_visit.popup()).to_have_count(1)
        expect(page_visit.popup().locator(".popup")).to_be_focused()

        page.locator("#kc-00000000a2 .show-on-map").click()
        popup = page_visit.popup()
        expect(popup.locator("h4")).to_have_text(HOSTILE_NAME)
        expect(popup).to_contain_text("Approximate location (ZIP area)")
        expect(popup).to_contain_text("Above the typical range")

    in_browser(check)


def test_a_link_to_a_clinic_opens_it_on_the_map_even_from_a_packed_list(in_browser):
    def check(visit: Opener) -> None:
        page_visit = visit("packed", hash="#kc-00000000a6")     # as copied from a popup
        expect(page_visit.popup().locator("h4")).to_have_text("Stateless Clinic")
        expect(page_visit.popup()).to_contain_text("from $1,062.50 per infusion")
        expect(page_visit.page.locator(".clinic-map")).to_be_in_viewport()
        # A link followed later, in the same page, opens its clinic too.
        page_visit.page.evaluate("location.hash = '#kc-00000000a3'")
        expect(page_visit.popup().locator("h4")).to_have_text(QUOTED_NAME)

    in_browser(check)


def test_popup_copies_a_link_to_the_clinic(in_browser):
    def check(visit: Opener) -> None:
        page_visit = visit(permissions=["clipboard-read", "clipboard-write"])
        page = page_visit.page
        page_visit.show_on_map("kc-00000000a1").get_by_role("button", name="Copy link").click()
        expect(page.locator("#map-status")).to_have_text("Link to Mile High Ketamine copied.")
        # The link that opens the clinic (test_a_link_to_a_clinic_opens_it_on_the_map...).
        assert page.evaluate("navigator.clipboard.readText()") == page.url.split("#")[0] + "#kc-00000000a1"

    in_browser(check)


def test_without_a_clipboard_the_link_is_shown_to_copy(in_browser):
    def check(visit: Opener) -> None:
        page_visit = visit(init_script="Object.defineProperty(navigator, 'clipboard', { value: undefined });")
        page_visit.show_on_map("kc-00000000a1").get_by_role("button", name="Copy link").click()
        field = page_visit.popup().get_by_role("textbox", name="Link to Mile High Ketamine")
        expect(field).to_be_focused()
        expect(field).to_have_value(re.compile(r"^file:///.*plain\.html#kc-00000000a1$"))

    in_browser(check)


ADDRESS = "1234%20Colorado%20Blvd%20Ste%20200%2C%20Denver%2C%20CO%2080202"
ANDROID = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/126 Mobile Safari/537.36"
IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148"


def test_directions_are_a_plain_link_and_print_shows_that_one_clinic_alone(in_browser):
    def check(visit: Opener) -> None:
        page_visit = visit(init_script="window.print = () => { window.printed = (window.printed || 0) + 1; };")
        page = page_visit.page
        popup = page_visit.show_on_map("kc-00000000a1")
        link = popup.get_by_role("link", name="Directions")
        # A maps service's directions to the address (the host is the page's choice; no test names it).
        expect(link).to_have_attribute("href", re.compile(rf"^https://[\w.-]+/maps/dir/\?api=1&destination="
                                                          rf"{re.escape(ADDRESS)}$"))
        expect(link).to_have_attribute("rel", "noreferrer")
        on_phones = page.evaluate("""([address, android, iphone]) =>
            [directionsHref(address, android), directionsHref(address, iphone)]""",
                                  ["1234 Colorado Blvd Ste 200, Denver, CO 80202", ANDROID, IPHONE])
        assert on_phones == [f"geo:0,0?q={ADDRESS}", f"https://maps.apple.com/?daddr={ADDRESS}"]

        popup.get_by_role("button", name="Print").click()
        assert page.evaluate("window.printed") == 1
        page.emulate_media(media="print")
        view = page.locator("#print-view")
        expect(view).to_be_visible()
        expect(view.locator("h4")).to_have_text("Mile High Ketamine")
        expect(view).to_contain_text("$450–$650 per infusion")
        expect(view).to_contain_text("#kc-00000000a1")
        expect(view.get_by_role("button")).to_have_count(0)
        for hidden in ("#map-panel", "#clinic-list", ".page-header", "#map-tools"):
            expect(page.locator(hidden)).to_be_hidden()
        page.evaluate("window.dispatchEvent(new Event('afterprint'))")
        expect(page.locator("#clinic-list")).to_be_visible()   # an ordinary print prints the list again
        expect(page.locator("#map-tools")).to_be_hidden()

    in_browser(check)


@pytest.mark.parametrize("list_form", ["plain", "packed"])
def test_filters_hide_markers_inside_clusters_and_list_entries(in_browser, list_form):
    def check(visit: Opener) -> None:
        page_visit = visit(list_form)
        page = page_visit.page
        page.get_by_text("Filter by condition, route and fee").click()
        page.get_by_label("Above the typical range").uncheck()
        page_visit.settle()
        expected = int((PLACED["fee_band"] != "above").sum())
        assert page_visit.marker_count() == expected == page_visit.drawn()
        expect(page.locator("#kc-00000000a2")).to_be_hidden()
        expect(page.locator("#kc-00000000a1")).to_be_visible()

        page.select_option("#filter-route", label="Intranasal esketamine (Spravato)")
        page_visit.settle()
        spravato = PLACED["routes"].str.contains("esketamine_spravato") & (PLACED["fee_band"] != "above")
        assert page_visit.marker_count() == int(spravato.sum()) == page_visit.drawn()

        page.get_by_role("button", name="Show all").click()
        page.wait_for_function(f"clinicMap.markerCount() === {len(PLACED)}")
        page_visit.settle()
        assert page_visit.drawn() == len(PLACED)

    in_browser(check)


def test_full_screen_toggles(in_browser):
    def check(visit: Opener) -> None:
        page = visit().page
        button = page.locator("#map-full-screen")
        button.click()
        expect(button).to_have_attribute("aria-pressed", "true")
        box = page.locator("#map-panel").bounding_box()
        assert box["width"] >= 1279 and box["height"] >= 899
        button.click()
        expect(button).to_have_attribute("aria-pressed", "false")

    in_browser(check)


def test_phone_screen_has_no_horizontal_overflow(in_browser):
    def check(visit: Opener) -> None:
        page = visit(**PHONE).page
        assert page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")
        assert page.locator(".clinic-map").bounding_box()["height"] >= 300
        expect(page.locator("#map-filter-box")).not_to_have_attribute("open", "")   # folded: the map comes first
        page.locator("#map-panel").scroll_into_view_if_needed()
        page.wait_for_timeout(400)   # let the cluster animation finish for a readable screenshot
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "map.png"))

    in_browser(check)


def test_without_javascript_the_list_still_serves(in_browser):
    def check(visit: Opener) -> None:
        page = visit(java_script_enabled=False).page
        assert page.locator("#clinic-list .clinics > li").count() == len(ALL_CLINICS)
        expect(page.locator("#map-tools")).to_be_hidden()
        expect(page.locator("#kc-00000000a1 a[href='tel:+13035550142']")).to_be_visible()
        # (Playwright's text search skips <noscript>, hence the CSS selector.)
        expect(page.locator("#map-panel p")).to_have_text("The map needs JavaScript. Every clinic is in the list below.")
        expect(page.get_by_role("link", name="list below")).to_have_attribute("href", "#clinic-list")

    in_browser(check)


def test_a_browser_that_cannot_unpack_sends_patients_to_the_list_page(in_browser):
    def check(visit: Opener) -> None:
        page_visit = visit("packed", init_script="delete window.DecompressionStream;", settle=False)
        page = page_visit.page
        page.wait_for_function("window.clinicMap && clinicMap.clustered()")
        expect(page.locator("#map-status")).to_have_text(
            "The list of clinics could not be shown here; it is on the list page.")
        page.evaluate("clinicMap.showOnMap(0)")
        link = page_visit.popup().get_by_role("link", name="Details on the list page")
        expect(link).to_have_attribute("href", re.compile(r"^packed-list\.html#kc-"))
        expect(page.locator("#clinic-list-body")).to_contain_text("This browser cannot unpack the list")
        # Searching by name still works there; a ZIP code needs the packed places, and the page says so.
        page_visit.search("lone star")
        assert page_visit.results() == ["Lone Star Infusions"]
        page_visit.search("80202")
        expect(page.locator("#results-note")).to_contain_text("This browser cannot search by ZIP code here")

    in_browser(check)


def test_a_popup_opened_before_the_list_joins_fills_in_when_it_does(in_browser):
    def check(visit: Opener) -> None:
        # Hold the list back until the test lets it go, as a slow phone would.
        page = visit("packed", settle=False, init_script="""
            const realBuffer = Response.prototype.arrayBuffer;
            window.releaseList = null;
            Response.prototype.arrayBuffer = function () {
              if (window.releaseList !== null) return realBuffer.call(this);
              return new Promise((resolve) => { window.releaseList = () => resolve(realBuffer.call(this)); });
            };""").page
        page.wait_for_function("window.clinicMap && clinicMap.clustered() && !!window.releaseList")
        page.evaluate("clinicMap.showOnMap(0)")
        popup = page.locator(".leaflet-popup-content")
        expect(popup).to_contain_text("Details are loading")
        expect(popup.locator(".popup")).to_be_focused()
        page.evaluate("releaseList()")
        page.wait_for_function("clinicMap.settled()")
        expect(popup).to_contain_text("per infusion")
        expect(popup).not_to_contain_text("Details are loading")
        expect(popup.locator(".popup")).to_be_focused()

    in_browser(check)


def test_without_javascript_a_packed_page_sends_readers_to_the_list_page(in_browser):
    def check(visit: Opener) -> None:
        page = visit("packed", java_script_enabled=False).page
        expect(page.locator("#map-panel p")).to_have_text("The map needs JavaScript. Every clinic is on the list page.")
        expect(page.get_by_role("link", name="the list page")).to_have_attribute("href", "packed-list.html")
        expect(page.get_by_role("link", name="its own page")).to_have_attribute("href", "packed-list.html")
        expect(page.get_by_role("link", name="list below")).to_have_count(0)
        expect(page.get_by_text("Loading the list of clinics")).to_be_hidden()
        list_page = visit("packed list page", java_script_enabled=False).page
        assert list_page.locator("#clinic-list .clinics > li").count() == len(ALL_CLINICS)
        expect(list_page.locator("#kc-00000000a2 h4")).to_have_text(HOSTILE_NAME)
        expect(list_page.get_by_role("link", name="Back to the map")).to_have_attribute("href", "packed.html")

    in_browser(check)


def test_counts_use_thousands_separators_and_dates_read_as_words(tmp_path):
    many = synthetic_clinics(1_234)
    page = write_map_page(many, tmp_path / "map.html", META)[0].read_text()
    placed = int(many["latitude"].notna().sum())
    assert f"A public directory of 1,234 clinics offering ketamine infusion therapy ({placed:,} on the map)" in page
    assert '<time datetime="2026-11-22">Nov 22, 2026</time>' in page
