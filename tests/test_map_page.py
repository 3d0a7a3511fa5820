"""The map page in headless Chromium with every http(s) request blocked: markers, popups, search, filters,
near me, full screen, the list, hostile text, a phone-sized screen and no JavaScript.

Playwright runs in a thread of its own: its sync API marks its event loop as running in the thread that uses it,
and pytest-twisted then cannot run the asyncio reactor it starts around every test of the suite.
"""

from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Callable

import pandas as pd
import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

from bench.bench_map import CHROMIUM, CHROMIUM_ARGS, synthetic_clinics
from maps.page import MapMeta, write_map_page
from tests.test_map_build import HOSTILE_NAME, META, QUOTED_NAME, sample_clinics

ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
SYNTHETIC = 200          # enough for real clusters; sample_clinics() adds six hand-made ones
ALL_CLINICS = pd.concat([sample_clinics(), synthetic_clinics(SYNTHETIC, seed=3)], ignore_index=True)
PLACED = ALL_CLINICS[ALL_CLINICS["latitude"].notna()]
MARKERS_DRAWN = """() => {
    const inClusters = Array.from(document.querySelectorAll('.cluster span'), (s) => +s.textContent);
    return inClusters.reduce((a, b) => a + b, 0) + document.querySelectorAll('.leaflet-marker-icon.pin').length;
}"""


@pytest.fixture(scope="module")
def browser_thread():
    """A single thread that owns Playwright and the browser; everything that touches them runs there."""
    executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="chromium")
    playwright = executor.submit(lambda: sync_playwright().start()).result()
    browser = executor.submit(playwright.chromium.launch, executable_path=CHROMIUM, args=CHROMIUM_ARGS).result()
    yield executor, browser
    executor.submit(browser.close).result()
    executor.submit(playwright.stop).result()
    executor.shutdown()


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("map")
    return {
        "no tiles": write_map_page(ALL_CLINICS, folder / "plain.html", META)[0],
        "default tiles": write_map_page(ALL_CLINICS, folder / "tiles.html",
                                        MapMeta(META.built_on, META.policy_sentence, META.attributions))[0],
        # What a directory of thousands gets: the list travels gzipped and the browser unpacks it.
        "packed": write_map_page(ALL_CLINICS, folder / "packed.html", META, inline_list_max_bytes=0)[0],
        "packed list page": folder / "packed-list.html",
    }


class Visit:
    """One page in a fresh offline context, with everything that went wrong recorded."""

    def __init__(self, browser: Browser, path: Path, init_script: str = "", hash: str = "",
                 **context_options) -> None:
        self.context = browser.new_context(**{"viewport": {"width": 1280, "height": 900}, **context_options})
        if init_script:
            self.context.add_init_script(init_script)
        self.context.route(re.compile(r"^https?://"), lambda route: route.abort())
        self.page: Page = self.context.new_page()
        self.errors: list[str] = []
        self.failed: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("requestfailed", lambda request: self.failed.append(request.url))
        self.page.on("dialog", lambda dialog: (self.dialogs.append(dialog.message), dialog.dismiss()))
        self.page.goto(path.as_uri() + hash)
        if context_options.get("java_script_enabled", True) and not init_script:
            self.settle()

    def settle(self) -> None:
        self.page.wait_for_function("window.clinicMap && clinicMap.settled()")

    def marker_count(self) -> int:
        return self.page.evaluate("clinicMap.markerCount()")

    def drawn(self) -> int:
        return self.page.evaluate(MARKERS_DRAWN)

    def popup(self):
        return self.page.locator(".leaflet-popup-content")


Opener = Callable[..., Visit]


@pytest.fixture
def in_browser(browser_thread, pages) -> Callable[[Callable[[Opener], None]], None]:
    """Run `check(open_page)` in the browser thread; afterwards, no page may have had an error or a dialog."""
    executor, browser = browser_thread

    def run(check: Callable[[Opener], None]) -> None:
        opened: list[Visit] = []

        def open_page(name: str = "no tiles", **context_options) -> Visit:
            opened.append(Visit(browser, pages[name], **context_options))
            return opened[-1]

        try:
            check(open_page)
            for page_visit in opened:
                assert page_visit.errors == [] and page_visit.dialogs == []
        finally:
            for page_visit in opened:
                page_visit.context.close()

    return lambda check: executor.submit(run, check).result()


@pytest.mark.parametrize("tiles", ["no tiles", "default tiles", "packed"])
def test_offline_page_draws_every_placed_clinic(in_browser, tiles):
    def check(visit: Opener) -> None:
        page_visit = visit(tiles)
        assert page_visit.marker_count() == len(PLACED) == page_visit.drawn()
        assert page_visit.page.locator(".cluster").count() > 0
        tile_requests = [url for url in page_visit.failed if url.startswith("https://tile.openstreetmap.org/")]
        assert page_visit.failed == tile_requests
        assert bool(tile_requests) == (tiles == "default tiles")

    in_browser(check)


@pytest.mark.parametrize("list_form", ["no tiles", "packed"])
def test_show_on_map_opens_the_popup_and_links_back(in_browser, list_form):
    def check(visit: Opener) -> None:
        page_visit = visit(list_form)
        page = page_visit.page
        page.locator("#kc-00000000a1 .show-on-map").click()
        popup = page_visit.popup()
        expect(popup).to_contain_text("Mile High Ketamine")
        expect(popup).to_contain_text("$450–$650 per infusion, as of 2026-11-01")
        expect(popup).to_contain_text("Within the typical range")
        expect(popup).to_contain_text("Routes: IV infusion, IM injection")
        expect(popup.locator('a[href="tel:+13035550142"]')).to_have_text("(303) 555-0142")
        expect(popup.locator("a", has_text="fee source")).to_have_attribute("href", "https://milehigh.example/pricing")
        expect(popup.locator(".popup")).to_be_focused()
        popup.locator("a", has_text="See this clinic in the list").click()
        expect(page.locator("#kc-00000000a1")).to_be_focused()

    in_browser(check)


def test_approximate_and_above_range_notes_in_popup(in_browser):
    def check(visit: Opener) -> None:
        page = visit().page
        page.locator("#kc-00000000a2 .show-on-map").click()
        popup = page.locator(".leaflet-popup-content")
        expect(popup).to_contain_text("Approximate location (ZIP area)")
        expect(popup).to_contain_text("Above the typical range")
        expect(popup.locator("h4")).to_have_text(HOSTILE_NAME)

    in_browser(check)


def test_search_finds_by_name_and_by_city(in_browser):
    def check(visit: Opener) -> None:
        page = visit().page
        page.fill("#map-search-text", "mile high ketamine")
        page.press("#map-search-text", "Enter")
        expect(page.locator("#map-results button").first).to_have_text("Mile High Ketamine (Denver)")
        expect(page.locator(".leaflet-popup-content h4")).to_have_text("Mile High Ketamine")
        page.fill("#map-search-text", "boulder")
        expect(page.locator("#map-results button")).to_have_text([f"{HOSTILE_NAME} (Boulder)"])
        expect(page.locator("#map-status")).to_have_text("1 clinic matches.")

    in_browser(check)


@pytest.mark.parametrize("list_form", ["no tiles", "packed"])
def test_filters_hide_markers_inside_clusters_and_list_entries(in_browser, list_form):
    def check(visit: Opener) -> None:
        page_visit = visit(list_form)
        page = page_visit.page
        page.get_by_label("Above the typical range").uncheck()
        page_visit.settle()
        expected = int((PLACED["fee_band"] != "above").sum())
        assert page_visit.marker_count() == expected == page_visit.drawn()
        expect(page.locator("#kc-00000000a2")).to_be_hidden()
        expect(page.locator("#kc-00000000a1")).to_be_visible()

        page.select_option("#map-route", label="Intranasal esketamine (Spravato)")
        page_visit.settle()
        spravato = PLACED["routes"].str.contains("esketamine_spravato") & (PLACED["fee_band"] != "above")
        assert page_visit.marker_count() == int(spravato.sum()) == page_visit.drawn()

        page.get_by_role("button", name="Show all").click()
        page.wait_for_function(f"clinicMap.markerCount() === {len(PLACED)}")
        page_visit.settle()
        assert page_visit.drawn() == len(PLACED)

    in_browser(check)


@pytest.mark.parametrize("list_form", ["no tiles", "packed"])
def test_list_has_every_clinic_and_hostile_text_stays_text(in_browser, list_form):
    def check(visit: Opener) -> None:
        page = visit(list_form).page
        assert page.locator("#clinic-list .clinics > li").count() == len(ALL_CLINICS)
        expect(page.locator("#kc-00000000a2 h4")).to_have_text(HOSTILE_NAME)
        expect(page.locator("#kc-00000000a3 h4")).to_have_text(QUOTED_NAME)
        assert page.locator("#clinic-list img").count() == 0
        expect(page.locator("#kc-00000000a5 .show-on-map")).to_have_count(0)   # not on the map: no dead button

    in_browser(check)


def test_near_me_lists_the_nearest_clinic(in_browser):
    def check(visit: Opener) -> None:
        page = visit(geolocation={"latitude": 39.74, "longitude": -104.99}, permissions=["geolocation"]).page
        page.get_by_role("button", name="Clinics near me").click()
        expect(page.locator("#map-results button").first).to_have_text(re.compile(r"^Mile High Ketamine, 0\.\d miles$"))
        expect(page.locator("path.you-are-here")).to_have_count(1)

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
        page = visit(viewport={"width": 360, "height": 740}, device_scale_factor=2, is_mobile=True,
                     has_touch=True).page
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

    in_browser(check)


def test_a_link_to_a_clinic_finds_it_in_a_packed_list(in_browser):
    def check(visit: Opener) -> None:
        page = visit("packed", hash="#kc-00000000a6").page
        entry = page.locator("#kc-00000000a6")
        expect(entry).to_be_in_viewport()
        assert page.evaluate("window.scrollY") > 0
        expect(page.locator("#clinic-list-body")).not_to_have_attribute("aria-busy", "true")

    in_browser(check)


def test_a_browser_that_cannot_unpack_the_list_sends_patients_to_the_list_page(in_browser):
    def check(visit: Opener) -> None:
        page_visit = visit("packed", init_script="delete window.DecompressionStream;")
        page = page_visit.page
        page.wait_for_function("window.clinicMap && clinicMap.clustered()")
        expect(page.locator("#map-status")).to_have_text(
            "The list of clinics could not be shown here; it is on the list page.")
        page.evaluate("clinicMap.showOnMap(0)")
        link = page_visit.popup().get_by_role("link", name="Details on the list page")
        expect(link).to_have_attribute("href", re.compile(r"^packed-list\.html#kc-"))
        expect(page.locator("#clinic-list-body")).to_contain_text("This browser cannot unpack the list")

    in_browser(check)


def test_a_popup_opened_before_the_list_joins_fills_in_when_it_does(in_browser):
    def check(visit: Opener) -> None:
        # Hold the list back until the test lets it go, as a slow phone would.
        page = visit("packed", init_script="""
            const realText = Response.prototype.text;
            window.releaseList = null;
            Response.prototype.text = function () {
              return new Promise((resolve) => { window.releaseList = () => resolve(realText.call(this)); });
            };""").page
        page.wait_for_function("window.clinicMap && clinicMap.clustered() && !!window.releaseList")
        page.evaluate("clinicMap.showOnMap(0)")
        popup = page.locator(".leaflet-popup-content")
        expect(popup).to_contain_text("Details are loading")
        page.evaluate("releaseList()")
        page.wait_for_function("clinicMap.settled()")
        expect(popup).to_contain_text("per infusion")
        expect(popup).not_to_contain_text("Details are loading")

    in_browser(check)


def test_without_javascript_a_packed_list_links_to_the_list_page(in_browser):
    def check(visit: Opener) -> None:
        page = visit("packed", java_script_enabled=False).page
        link = page.get_by_role("link", name="its own page")
        expect(link).to_have_attribute("href", "packed-list.html")
        expect(page.get_by_text("Loading the list of clinics")).to_be_hidden()
        list_page = visit("packed list page", java_script_enabled=False).page
        assert list_page.locator("#clinic-list .clinics > li").count() == len(ALL_CLINICS)
        expect(list_page.locator("#kc-00000000a2 h4")).to_have_text(HOSTILE_NAME)
        expect(list_page.get_by_role("link", name="Back to the map")).to_have_attribute("href", "packed.html")

    in_browser(check)


def test_markers_are_named_for_keyboard_and_screen_reader_users(in_browser):
    def check(visit: Opener) -> None:
        page = visit().page
        page.locator("#kc-00000000a4 .show-on-map").click()
        marker = page.locator('.leaflet-marker-icon.pin[title="Lone Star Infusions"]')
        expect(marker).to_have_attribute("role", "button")
        expect(marker).to_have_attribute("tabindex", "0")

    in_browser(check)
