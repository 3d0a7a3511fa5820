"""The map page's finder in headless Chromium, offline: a ZIP code, a town or the patient's location to a list of
clinics sorted by distance or fee, within a chosen distance, through the filters, paged, with the same answers
as `clinicdir near` (directory.nearby) gives from the same gazetteer; and the same at 10,000 clinics."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest
from geopy.distance import great_circle
from playwright.sync_api import expect

from bench.bench_map import synthetic_clinics
from directory.nearby import find_place, nearest
from maps.page import write_map_page
from tests.map_browser import PHONE, Opener
from tests.test_map_build import META, clinic

CENTRE = find_place("80202")[:2]
# name, miles and bearing from the centre of ZIP 80202, lowest and highest fee, routes, conditions
AROUND_DENVER = [
    ("Union Station Ketamine", 1.5, 0, 450, 650, "iv_infusion", "depression;ptsd"),
    ("Capitol Hill Infusions", 4, 135, 900, None, "iv_infusion;esketamine_spravato", "depression"),
    ("Lakewood Mind Clinic", 8, 270, 350, 350, "im_injection", "anxiety;ptsd"),
    ("Aurora Wellness Center", 11, 90, None, None, "iv_infusion", "chronic_pain"),
    ("Littleton Ketamine", 16, 180, 600, 600, "iv_infusion;oral_sublingual", "depression;ptsd"),
    ("Boulder Valley Infusions", 22, 315, 500, None, "iv_infusion", "depression"),
    ("Castle Rock Clinic", 30, 170, 700, 700, "iv_infusion", "depression"),
    ("Fort Collins Ketamine", 57, 5, 800, 800, "iv_infusion", "depression"),
    ("Pikes Peak Infusions", 62, 185, 425, 425, "iv_infusion", "bipolar_depression"),
    ("Pueblo Ketamine", 105, 180, 550, 550, "iv_infusion", "depression"),
    ("Grand Junction Clinic", 200, 265, 650, 650, "iv_infusion", "depression"),
]
WITHIN_25 = ["Union Station Ketamine", "Capitol Hill Infusions", "Lakewood Mind Clinic", "Aurora Wellness Center",
             "Littleton Ketamine", "Boulder Valley Infusions"]


def band(fee: float | None) -> str:
    return "unknown" if fee is None else "below" if fee < 400 else "typical" if fee <= 800 else "above"


def finder_clinics() -> pd.DataFrame:
    rows = []
    for number, (name, miles, bearing, low, high, routes, conditions) in enumerate(AROUND_DENVER):
        point = great_circle(miles=miles).destination(CENTRE, bearing)
        rows.append(clinic(f"kc-00000000b{number:x}", name, city="Denver", state="CO", postal_code="80202",
                           phone=f"+1303555{150 + number:04d}", fee_min=low if low else float("nan"),
                           fee_max=high if high else float("nan"), fee_band=band(low), fee_as_of="2026-11-01",
                           routes=routes, conditions=conditions, latitude=point.latitude,
                           longitude=point.longitude, geo_precision="site"))
    rows.append(clinic("kc-00000000c1", "Lone Star Infusions", city="Austin", state="TX", fee_min=500.0,
                       fee_band="typical", routes="iv_infusion", latitude=30.2672, longitude=-97.7431,
                       geo_precision="site"))
    rows.append(clinic("kc-00000000c2", "Unplaced Denver Ketamine", city="Denver", state="CO", fee_min=400.0,
                       fee_band="typical", routes="iv_infusion"))
    return pd.DataFrame(rows)


CLINICS = finder_clinics()
LARGE = synthetic_clinics(10_000)


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("finder")
    return {"plain": write_map_page(CLINICS, folder / "map.html", META)[0],
            "10k": write_map_page(LARGE, folder / "large.html", META)[0]}


def near(query: str, miles: float, clinics: pd.DataFrame = CLINICS) -> pd.DataFrame:
    """What `clinicdir near QUERY --miles MILES` lists."""
    lat, lon, _ = find_place(query)
    return nearest(clinics, lat, lon, miles=miles, limit=len(clinics))


@pytest.mark.parametrize("device", [{}, PHONE], ids=["desktop", "phone"])
def test_a_zip_code_lists_the_clinics_within_reach_nearest_first(in_browser, device):
    def check(visit: Opener) -> None:
        page_visit = visit(**device)
        page = page_visit.page
        page_visit.search("80202")
        expect(page.locator("#results-heading")).to_have_text("6 clinics within 25 miles of 80202 (Denver, CO)")
        expect(page.locator("#results-heading")).to_be_focused()
        expect(page.locator("#results-note")).to_have_text(
            "Showing all 6, nearest first. Distances are from the centre of ZIP code area 80202.")
        assert page_visit.results() == WITHIN_25 == list(near("80202", 25)["name"])
        first = page.locator("#results-list > li").first
        expect(first.locator(".facts")).to_have_text("1.5 miles \u00b7 Denver \u00b7 $450\u2013$650 per infusion")
        expect(first.get_by_role("link", name="(303) 555-0150")).to_have_attribute("href", "tel:+13035550150")
        expect(page.locator("#results-announce")).to_have_text("6 clinics within 25 miles of 80202 (Denver, CO).")
        # The map fits the clinics found, around the place searched (once its zoom animation is over).
        page.wait_for_function(f"""(() => {{ const b = clinicMap.map.getBounds();
            return b.contains([{CENTRE[0]}, {CENTRE[1]}]) && b.getNorth() - b.getSouth() < 2; }})()""")
        expect(page.locator("path.searched-place")).to_have_count(1)

    in_browser(check)


def test_every_distance_choice_agrees_with_the_command_line_and_unpublished_fees_sort_last(in_browser):
    def check(visit: Opener) -> None:
        page_visit = visit()
        page = page_visit.page
        page_visit.search("80202")
        choices = page.locator("#finder-radius option").all_text_contents()
        assert choices == ["10 miles", "25 miles", "50 miles", "100 miles", "250 miles"]
        for miles in (10, 50, 100, 250):
            with page_visit.new_results():
                page.select_option("#finder-radius", label=f"{miles} miles")
            expected = list(near("80202", miles)["name"])
            assert page_visit.results()[:20] == expected[:20]
            expect(page.locator("#results-heading")).to_have_text(
                f"{len(expected)} clinics within {miles} miles of 80202 (Denver, CO)")

        with page_visit.new_results():
            page.select_option("#finder-radius", label="25 miles")
        with page_visit.new_results():
            page.select_option("#finder-sort", label="Lowest fee first")
        assert page_visit.results() == ["Lakewood Mind Clinic", "Union Station Ketamine", "Boulder Valley Infusions",
                                        "Littleton Ketamine", "Capitol Hill Infusions", "Aurora Wellness Center"]
        expect(page.locator("#results-note")).to_contain_text("Showing all 6, lowest fee first.")
        expect(page.locator("#results-list > li").last.locator(".facts")).to_contain_text("Fee not published")

    in_browser(check)


def test_a_town_and_its_state_lists_the_clinics_near_its_centre(in_browser):
    def check(visit: Opener) -> None:
        page_visit = visit()
        for query, place in [("Denver, CO", "Denver, CO"), ("denver colorado", "Denver, CO"),
                             ("Denver CO 80202", "80202 (Denver, CO)")]:
            page_visit.search(query)
            expected = list(near(query, 25)["name"])
            expect(page_visit.page.locator("#results-heading")).to_have_text(
                f"{len(expected)} clinics within 25 miles of {place}")
            assert page_visit.results() == expected

    in_browser(check)


def test_a_town_name_alone_picks_the_largest_town_and_offers_the_others(in_browser):
    def check(visit: Opener) -> None:
        page_visit = visit()
        page = page_visit.page
        page_visit.search("Denver")
        expect(page.locator("#results-heading")).to_have_text(re.compile(r"^\d+ clinics within 25 miles of Denver, CO$"))
        expect(page.locator("#results-note")).to_contain_text("Distances are from the centre of Denver, CO.")
        other = page.locator("#results-choices").get_by_role("button", name="Denver, PA")
        with page_visit.new_results():
            other.click()
        expect(page.locator("#results-heading")).to_have_text("No clinic within 25 miles of Denver, PA")
        expect(page.locator("#finder-text")).to_have_value("Denver, PA")

    in_browser(check)


def test_nothing_within_reach_says_so_and_offers_the_nearest_few(in_browser):
    def check(visit: Opener) -> None:
        page_visit = visit()
        page = page_visit.page
        page.select_option("#finder-radius", "10")
        page_visit.search("59001")
        expect(page.locator("#results-heading")).to_have_text("No clinic within 10 miles of 59001 (Absarokee, MT)")
        expected = near("59001", 10_000).head(5)
        assert page_visit.results() == list(expected["name"])
        expect(page.locator("#results-note")).to_have_text(re.compile(
            r"^The 5 nearest clinics are listed, nearest first; the closest is (\d+\.\d) miles away\. "))
        closest = float(re.search(r"closest is (\d+\.\d)", page.locator("#results-note").text_content())[1])
        assert abs(closest - expected["distance_miles"].iloc[0]) < 0.5

    in_browser(check)


@pytest.mark.parametrize(("where", "heading"), [
    ((39.75, -104.99), "6 clinics within 25 miles of your location"),
    ((40.176, -100.6469), "No clinic within 25 miles of your location"),   # McCook, Nebraska
])
def test_use_my_location_lists_the_nearest_clinics_even_when_none_is_close(in_browser, where, heading):
    expected = list(nearest(CLINICS, *where, miles=10_000, limit=len(CLINICS))["name"])

    def check(visit: Opener) -> None:
        page_visit = visit(geolocation={"latitude": where[0], "longitude": where[1]}, permissions=["geolocation"])
        page = page_visit.page
        with page_visit.new_results():
            page.get_by_role("button", name="Use my location").click()
        expect(page.locator("#results-heading")).to_have_text(heading)
        assert page_visit.results() == expected[:len(page_visit.results())] and page_visit.results()
        expect(page.locator("#results-note")).to_contain_text("Distances are from your location.")

    in_browser(check)


def test_location_refused_is_said_plainly(in_browser):
    def check(visit: Opener) -> None:
        page = visit().page                  # no geolocation permission granted
        page.get_by_role("button", name="Use my location").click()
        expect(page.locator("#map-status")).to_have_text("Location sharing was refused.")

    in_browser(check)


def test_filters_narrow_the_list_and_the_heading_says_how(in_browser):
    def check(visit: Opener) -> None:
        page_visit = visit()
        page = page_visit.page
        page_visit.search("80202")
        page.get_by_text("Filter by condition, route and fee").click()

        def refilter(action) -> None:
            with page_visit.new_results():
                action()

        refilter(lambda: page.fill("#filter-max-fee", "600"))
        expect(page.locator("#results-heading")).to_have_text(
            "4 clinics within 25 miles of 80202 (Denver, CO), fee up to $600")
        assert page_visit.results() == ["Union Station Ketamine", "Lakewood Mind Clinic", "Littleton Ketamine",
                                        "Boulder Valley Infusions"]
        refilter(lambda: page.select_option("#filter-condition", label="PTSD"))
        expect(page.locator("#results-heading")).to_have_text(
            "3 clinics within 25 miles of 80202 (Denver, CO), fee up to $600, treating PTSD")
        refilter(lambda: page.select_option("#filter-route", label="IM injection"))
        assert page_visit.results() == ["Lakewood Mind Clinic"]
        refilter(lambda: page.get_by_label("Below the typical range").uncheck())
        expect(page.locator("#results-heading")).to_have_text(
            "No clinic within 25 miles of 80202 (Denver, CO), fee up to $600, treating PTSD, offering IM injection, "
            "fee within the typical range or above the typical range or not published")
        assert page_visit.marker_count() == 0
        refilter(lambda: page.get_by_role("button", name="Show all").click())
        expect(page.locator("#results-heading")).to_have_text("6 clinics within 25 miles of 80202 (Denver, CO)")

    in_browser(check)


def test_a_clinic_name_search_respects_the_filters_and_a_town_can_be_read_as_a_name(in_browser):
    def check(visit: Opener) -> None:
        page_visit = visit()
        page = page_visit.page
        page_visit.search("Littleton")                       # a town in Colorado, and a clinic's name
        expect(page.locator("#results-heading")).to_have_text(re.compile("within 25 miles of Littleton, CO$"))
        with page_visit.new_results():
            page.get_by_role("button", name="Show the clinic named \u201cLittleton\u201d instead").click()
        expect(page.locator("#results-heading")).to_have_text("1 clinic matching \u201cLittleton\u201d")

        page_visit.search("ketamine")
        expect(page.locator("#results-heading")).to_have_text("5 clinics matching \u201cketamine\u201d")
        expect(page.locator("#results-note")).to_have_text("Showing all 5, lowest fee first.")
        assert page_visit.results() == ["Unplaced Denver Ketamine", "Union Station Ketamine", "Pueblo Ketamine",
                                        "Littleton Ketamine", "Fort Collins Ketamine"]
        unplaced = page.locator("#results-list > li", has_text="Unplaced Denver Ketamine")
        expect(unplaced.get_by_role("button", name="Show in the list: Unplaced Denver Ketamine")).to_be_visible()
        page.get_by_text("Filter by condition, route and fee").click()
        with page_visit.new_results():
            page.select_option("#filter-route", label="Oral / sublingual ketamine")
        assert page_visit.results() == ["Littleton Ketamine"]
        page_visit.search("no such clinic")
        expect(page.locator("#results-heading")).to_have_text(
            "No clinic matching \u201cno such clinic\u201d, offering Oral / sublingual ketamine")

    in_browser(check)


def test_what_is_no_place_gets_an_answer(in_browser):
    def check(visit: Opener) -> None:
        page_visit = visit()
        page = page_visit.page
        page.fill("#finder-text", "802")
        expect(page.locator("#map-status")).to_have_text("Type all five digits of the ZIP code.")
        expect(page.locator("#results")).to_be_hidden()
        page_visit.search("00000")
        expect(page.locator("#results-heading")).to_have_text("No place found")
        expect(page.locator("#results-note")).to_have_text(
            "No place found for \u201c00000\u201d: check the ZIP code, or type your town's name.")
        assert page_visit.results() == []
        renders = page.evaluate("clinicMap.finder.renders")
        page.fill("#finder-text", "")
        page.wait_for_function(f"!clinicMap.finder.busy()")
        expect(page.locator("#results")).to_be_hidden()
        assert page.evaluate("clinicMap.finder.renders") == renders

    in_browser(check)


def test_ten_thousand_clinics_weigh_little_and_go_from_a_zip_code_to_a_phone_number_page_by_page(in_browser, pages):
    # Everything in one file, the gazetteer included; unpacked, the list alone would be about 6 MB.
    assert pages["10k"].stat().st_size <= 2_500_000 and "clinic-list-packed" in pages["10k"].read_text()
    expected = near("80202", 25, LARGE)

    def check(visit: Opener) -> None:
        page_visit = visit("10k")
        page = page_visit.page
        assert page_visit.marker_count() == int(LARGE["latitude"].notna().sum())
        label = page.locator(".leaflet-marker-icon.cluster").first.get_attribute("aria-label")
        assert re.fullmatch(r"[\d,]+ clinics, fees \$[\d,]+ to \$[\d,]+, [\d,]+ without a published fee", label)
        page_visit.search("80202")
        heading = page.locator("#results-heading").text_content()
        count = int(re.fullmatch(r"(\d+) clinics within 25 miles of 80202 \(Denver, CO\)", heading)[1])
        # The page rounds ZIP centres to 0.01 degree: only clinics within half a mile of the edge may differ.
        edge = expected["distance_miles"].between(24.5, 25.5).sum() + (near("80202", 25.5, LARGE)["distance_miles"] > 25).sum()
        assert abs(count - len(expected)) <= edge and count > 100
        assert len(page_visit.results()) == 20
        expect(page.locator("#results-note")).to_have_text(re.compile(rf"^Showing 1\u201320 of {count}, nearest first\."))
        more = page.locator("#results-more")   # (role queries read all 10,000 entries: slow, hence CSS)
        for shown in (40, 60):
            expect(more).to_have_text("Show 20 more")
            more.click()
            expect(page.locator("#results-list > li")).to_have_count(shown)
            expect(page.locator(f"#results-list > li:nth-child({shown - 19}) h3")).to_be_focused()
        distances = [float(text.split(" miles")[0]) for text in page.locator("#results-list .facts").all_text_contents()]
        assert distances == sorted(distances) and distances[-1] <= 25
        closest = set(expected["name"].head(5))
        assert len(closest & set(page_visit.results()[:8])) >= 4
        expect(page.locator("#results-list > li").first.locator("a[href^='tel:']")).to_have_count(1)

    in_browser(check)


QUICK_CHANGES = """() => {
    // The cluster layer pauses after each millisecond of work, as on a slow phone: what follows lands while the
    // markers for the change before it are still being added.
    Object.assign(clinicMap.cluster.options, { chunkInterval: 1, chunkDelay: 1 });
    const form = document.getElementById('map-filters');
    Array.from(form.elements.band).find((box) => box.labels[0].textContent.trim() === 'Above the typical range').click();
    const busy = !clinicMap.clustered();
    const route = form.elements.route;
    route.value = Array.from(route.options).find((option) => option.textContent === 'IV infusion').value;
    route.dispatchEvent(new Event('change', { bubbles: true }));
    const kept = document.querySelectorAll('#clinic-list .clinics > li:not([hidden]) .show-on-map');
    kept[kept.length - 1].click();                   // the clinic whose marker is added last
    return [busy, !clinicMap.clustered(), kept[kept.length - 1].closest('li').querySelector('h4').textContent];
}"""


def test_on_a_slow_phone_the_map_catches_up_with_quick_filter_changes_before_showing_a_clinic(in_browser):
    kept = LARGE[(LARGE["fee_band"] != "above") & LARGE["routes"].str.contains("iv_infusion")]

    def check(visit: Opener) -> None:
        page_visit = visit("10k")
        page = page_visit.page
        first_busy, second_busy, name = page.evaluate(QUICK_CHANGES)
        assert first_busy and second_busy
        # Popup first: each failed try of expect(...).to_have_text snapshots the whole page of 10,000 entries.
        expect(page_visit.popup_at_rest().locator("h4")).to_have_text(name)
        expect(page.locator("#map-status")).to_be_empty()     # not "hidden by the filters"
        page_visit.settle()
        assert page_visit.marker_count() == int(kept["latitude"].notna().sum())

    in_browser(check)
