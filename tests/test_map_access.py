"""The map page for keyboard, screen-reader and phone users, in headless Chromium, offline: groups and markers
that open from the keyboard and say what they hold, focus that goes where it should, names that start with what
is shown, axe-core at desktop and phone sizes, the phone layout, a shape for every fee band, and the whole way
from a ZIP code to a clinic's phone number by mouse, by keyboard alone and on a phone."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest
from playwright.sync_api import Page, expect

from bench.bench_map import synthetic_clinics
from maps.page import write_map_page
from tests.axe_core import axe_script
from tests.map_browser import PHONE, Opener, Visit
from tests.test_map_build import META, clinic
from tests.test_map_finder import finder_clinics

TWINS = [clinic(f"kc-00000000d{i}", f"Twin Oaks Infusions {i}", city="Kansas City", state="MO", fee_min=500.0,
                fee_band="typical", routes="iv_infusion", latitude=39.0997, longitude=-94.5786, geo_precision="zip")
         for i in (1, 2)]   # one ZIP centre: no zoom separates them
OTHERS = synthetic_clinics(120, seed=5)
CLINICS = pd.concat([finder_clinics(), pd.DataFrame(TWINS), OTHERS[OTHERS["city"] != "Denver"]], ignore_index=True)

FOCUSED = "document.activeElement"
FOCUS_IS_A_MARKER = f"{FOCUSED}.classList.contains('leaflet-marker-icon')"


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> dict[str, Path]:
    return {"plain": write_map_page(CLINICS, tmp_path_factory.mktemp("access") / "map.html", META)[0]}


INSIDE_AND_TABBABLE = """(icons) => { const box = clinicMap.map.getContainer().getBoundingClientRect();
    return icons.map((icon) => { const r = icon.getBoundingClientRect();
        const x = (r.left + r.right) / 2, y = (r.top + r.bottom) / 2;
        return [x >= box.left && x <= box.right && y >= box.top && y <= box.bottom, icon.tabIndex]; }); }"""
TAB_ORDER_FOLLOWS_THE_MAP = f"""clinicMap.clustered() && ({INSIDE_AND_TABBABLE})(
    Array.from(document.querySelectorAll('.leaflet-marker-icon'))).every(([inside, tab]) => inside === (tab === 0))"""


def focus_icon(page: Page, selector: str) -> str:
    """Focus the first icon matching `selector` as the keyboard would reach it; return its accessible name."""
    page.wait_for_function(TAB_ORDER_FOLLOWS_THE_MAP)       # not a fixed pause: a busy machine may take longer
    icon = page.locator(selector + '[tabindex="0"]').first
    icon.focus()
    return icon.get_attribute("aria-label") or icon.get_attribute("title")


def test_groups_say_what_they_hold_and_open_with_enter_or_space_or_spread_out(in_browser):
    def check(visit: Opener) -> None:
        page_visit = visit()
        page = page_visit.page
        labels = page.locator(".leaflet-marker-icon.cluster").evaluate_all(
            "(icons) => icons.map((icon) => [icon.textContent, icon.getAttribute('aria-label')])")
        assert labels and all(re.fullmatch(re.escape(shown) + r" clinics, (fees \$[\d,]+ to \$[\d,]+|fee \$[\d,]+)"
                                           r"(, [\d,]+ without a published fee)?|" + re.escape(shown)
                                           + " clinics, no published fees", label) for shown, label in labels)
        for key in ("Enter", " "):
            zoom = page.evaluate("clinicMap.map.getZoom()")
            name = focus_icon(page, ".leaflet-marker-icon.cluster")
            scrolled = page.evaluate("window.scrollY")
            page.keyboard.press(key)
            page.wait_for_function(f"clinicMap.map.getZoom() > {zoom} && {FOCUS_IS_A_MARKER}"
                                   f" && {FOCUSED}.getAttribute('aria-label') !== {name!r}")
            assert page.evaluate("window.scrollY") == scrolled     # Space did not scroll the page

        # Two clinics at one ZIP centre: no zoom splits them, so the group spreads them out instead.
        page.evaluate("clinicMap.map.setView([39.0997, -94.5786], 18, { animate: false })")
        assert focus_icon(page, ".leaflet-marker-icon.cluster") == "2 clinics, fee $500"
        page.keyboard.press("Enter")
        page.wait_for_function(f"{FOCUSED}.getAttribute('title') === 'Twin Oaks Infusions 1'"
                               f" || {FOCUSED}.getAttribute('title') === 'Twin Oaks Infusions 2'")

    in_browser(check)


def test_a_popup_takes_focus_and_escape_gives_it_back_to_its_marker_or_button(in_browser):
    def check(visit: Opener) -> None:
        page_visit = visit()
        page = page_visit.page
        page.evaluate("clinicMap.map.setView([39.7491, -104.9946], 13, { animate: false })")
        marker = '.leaflet-marker-icon.pin[title="Union Station Ketamine"]'
        for key in ("Enter", " "):
            focus_icon(page, marker)
            page.keyboard.press(key)
            expect(page_visit.popup().locator(".popup")).to_be_focused()
            expect(page_visit.popup().locator("h4")).to_have_text("Union Station Ketamine")
            page.keyboard.press("Tab")                   # focus moves on inside the popup: its first link
            expect(page_visit.popup().get_by_role("link", name="(303) 555-0150")).to_be_focused()
            page.keyboard.press("Escape")
            expect(page_visit.popup()).to_have_count(0)
            expect(page.locator(marker)).to_be_focused()

        # Opened from the list, a popup gives focus back to the list's button.
        button = page.locator("#kc-00000000b2 .show-on-map")
        button.focus()
        page.keyboard.press("Enter")
        expect(page_visit.popup().locator(".popup")).to_be_focused()
        page.keyboard.press("Escape")
        expect(button).to_be_focused()

    in_browser(check)


def test_markers_outside_the_visible_map_leave_the_tab_order(in_browser):
    def check(visit: Opener) -> None:
        page = visit().page
        for move in ("setView([39.7491, -104.9946], 12, { animate: false })", "panBy([400, 0], { animate: false })"):
            page.evaluate(f"clinicMap.map.{move}")
            # Whatever the cluster layer keeps around the visible map is out of the Tab order once it settles, and
            # both kinds are in the page. One check of one moment: a busy machine may still be adding markers.
            page.wait_for_function(f"""{TAB_ORDER_FOLLOWS_THE_MAP} && new Set(({INSIDE_AND_TABBABLE})(Array.from(
                document.querySelectorAll('.leaflet-marker-icon'))).map(([inside]) => inside)).size === 2""")

    in_browser(check)


SPOKEN_NAMES = """() => {
    const visible = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
    const words = (text) => (text || '').replace(/\\s+/g, ' ').trim().toLowerCase();
    return Array.from(document.querySelectorAll('button, [role=button], a[href], summary')).filter(visible)
        .map((el) => [words(el.innerText), words(el.getAttribute('aria-label') || el.innerText)]);
}"""


def test_every_control_is_spoken_starting_with_its_visible_text(in_browser):
    def check(visit: Opener) -> None:
        page_visit = visit()
        page = page_visit.page
        page_visit.search("80202")
        page.locator("#results-list .show-on-map").first.click()
        expect(page_visit.popup()).to_have_count(1)
        controls = page.evaluate(SPOKEN_NAMES)
        assert len(controls) > 30
        # Leaflet's "+", "-" and "x" are symbols, which WCAG 2.5.3 leaves to their names ("Zoom in", "Close popup").
        wrong = [(shown, spoken) for shown, spoken in controls
                 if re.search(r"[a-z0-9]", shown) and not spoken.startswith(shown)]
        assert wrong == []

    in_browser(check)


@pytest.mark.parametrize("device", [{}, PHONE], ids=["desktop", "phone"])
def test_axe_finds_no_serious_or_critical_problem(in_browser, device):
    script = axe_script()

    def check(visit: Opener) -> None:
        page_visit = visit(**device)
        page = page_visit.page
        page_visit.search("80202")
        page.locator("#map-filter-box summary").click()
        page.locator("#results-list .show-on-map").first.click()
        page_visit.popup_at_rest()
        page.add_script_tag(path=str(script))
        problems = page.evaluate("""async () => (await axe.run(document, { resultTypes: ['violations'] }))
            .violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
            .map((v) => [v.id, v.impact, v.nodes.slice(0, 3).map((node) => node.target.join(' '))])""")
        assert problems == []

    in_browser(check)


def test_on_a_phone_the_map_is_on_the_first_screen_and_popups_fit_beside_the_zoom_buttons(in_browser):
    def check(visit: Opener) -> None:
        page_visit = visit(**PHONE)
        page = page_visit.page
        screen = page.viewport_size
        box = page.locator(".clinic-map").bounding_box()
        assert box["y"] + 200 <= screen["height"], "at least 200 px of map on the first screen"
        page_visit.search("80202")
        for anchor in ("kc-00000000b0", "kc-00000000b2", "kc-00000000b5"):   # the middle, the west, the north-west
            name = page.locator(f"#{anchor} h4").text_content()
            page.evaluate(f"clinicMap.showOnMap(clinicMap.markers.findIndex((m) => m && m.options.title === {name!r}))")
            expect(page_visit.popup().locator("h4")).to_have_text(name)
            # Once the map has panned to show it, the popup is on screen and clear of every control on the map.
            page.wait_for_function(POPUP_CLEAR_OF_CONTROLS, timeout=5_000)


POPUP_CLEAR_OF_CONTROLS = """() => {
    const popup = document.querySelector('.leaflet-popup').getBoundingClientRect();
    const onScreen = popup.left >= 0 && popup.right <= innerWidth && popup.top >= 0 && popup.bottom <= innerHeight;
    const controls = [...document.querySelectorAll('.leaflet-control-zoom'), document.getElementById('map-full-screen')];
    return onScreen && controls.every((control) => { const r = control.getBoundingClientRect();
        return popup.left >= r.right || popup.right <= r.left || popup.top >= r.bottom || popup.bottom <= r.top; });
}"""


SHAPES = """async () => {
    const masks = [];
    for (const band of ['typical', 'above', 'below', 'unknown']) {
        const k = clinicMap.markers.findIndex((m) => m && m.getElement !== undefined
            && m.options.icon.options.className === 'pin pin-' + band);
        await new Promise((shown) => clinicMap.cluster.zoomToShowLayer(clinicMap.markers[k], shown));
        const marker = clinicMap.markers[k].getElement();
        const swatch = document.querySelector('.legend .pin-' + band);
        const image = getComputedStyle(marker).backgroundImage;
        if (image === 'none' || image !== getComputedStyle(swatch).backgroundImage) return 'band ' + band;
        const img = new Image();
        img.src = image.slice(5, -2);
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = canvas.height = 36;
        const context = canvas.getContext('2d');
        context.drawImage(img, 0, 0, 36, 36);
        masks.push(Array.from(context.getImageData(0, 0, 36, 36).data.filter((_, i) => i % 4 === 3), (a) => a > 127));
    }
    // Pixels where two shapes differ, for each pair: the outline alone, whatever the colour.
    const differ = [];
    for (let a = 0; a < 4; a += 1) for (let b = a + 1; b < 4; b += 1) {
        differ.push(masks[a].filter((inside, i) => inside !== masks[b][i]).length);
    }
    return differ;
}"""


def test_each_fee_band_has_a_shape_of_its_own(in_browser):
    def check(visit: Opener) -> None:
        differences = visit().page.evaluate(SHAPES)
        assert isinstance(differences, list) and min(differences) >= 40, differences

    in_browser(check)


def affordable_nearest(page_visit: Visit) -> None:
    expect(page_visit.page.locator("#results-heading")).to_have_text(
        "4 clinics within 25 miles of 80202 (Denver, CO), fee up to $600")


def test_mouse_from_a_zip_code_to_the_nearest_affordable_phone_number(in_browser):
    def check(visit: Opener) -> None:
        page_visit = visit()
        page = page_visit.page
        page.locator("#finder-text").click()
        page.keyboard.type("80202")
        page.get_by_role("button", name="Search").click()
        page.get_by_text("Filter by condition, route and fee").click()
        with page_visit.new_results():
            page.get_by_label("Maximum fee per infusion, in dollars").fill("600")
            page.get_by_role("heading", name="Map").click()   # leaving the field commits it
        affordable_nearest(page_visit)
        phone = page.locator("#results-list > li").first.get_by_role("link")
        expect(phone).to_have_attribute("href", "tel:+13035550150")

    in_browser(check)


def test_keyboard_alone_from_a_zip_code_to_the_nearest_affordable_phone_number(in_browser):
    def check(visit: Opener) -> None:
        page_visit = visit()
        page = page_visit.page
        for _ in range(12):                                  # skip link, credits, then the search box
            page.keyboard.press("Tab")
            if page.evaluate(f"{FOCUSED}.id") == "finder-text":
                break
        page.keyboard.type("80202")
        for _ in range(4):                                   # Search, Use my location, the distance, the filters
            page.keyboard.press("Tab")
        expect(page.locator("#map-filter-box summary")).to_be_focused()
        page.keyboard.press("Enter")
        for _ in range(3):                                   # condition, route, then the maximum fee
            page.keyboard.press("Tab")
        expect(page.locator("#filter-max-fee")).to_be_focused()
        with page_visit.new_results():
            page.keyboard.type("600")
            page.keyboard.press("Enter")
        affordable_nearest(page_visit)
        expect(page.locator("#results-heading")).to_be_focused()
        page.keyboard.press("Tab")                           # the sort choice, then the first clinic's phone
        page.keyboard.press("Tab")
        expect(page.locator("*:focus")).to_have_text("(303) 555-0150")
        page.keyboard.press("Tab")                           # its "Show on map": popup, then back again
        page.keyboard.press("Enter")
        expect(page_visit.popup().locator(".popup")).to_be_focused()
        page.keyboard.press("Escape")
        expect(page.locator("#results-list > li").first.locator(".show-on-map")).to_be_focused()

    in_browser(check)


def test_phone_from_a_zip_code_to_the_nearest_affordable_phone_number(in_browser):
    def check(visit: Opener) -> None:
        page_visit = visit(**PHONE)
        page = page_visit.page
        with page_visit.new_results():
            page.locator("#finder-text").tap()
            page.keyboard.type("80202")
            page.get_by_role("button", name="Search").tap()
        page.locator("#map-filter-box summary").tap()
        with page_visit.new_results():
            page.locator("#filter-max-fee").tap()
            page.keyboard.type("600")
            page.keyboard.press("Enter")
        affordable_nearest(page_visit)
        phone = page.locator("#results-list > li").first.get_by_role("link")
        phone.scroll_into_view_if_needed()
        expect(phone).to_be_in_viewport()
        expect(phone).to_have_attribute("href", "tel:+13035550150")

    in_browser(check)
