"""Headless Chromium for the map page tests (a pytest plugin, see conftest.py): one browser for the session,
started by the first test that needs it, and each page in a fresh offline context.

Playwright runs in a thread of its own: its sync API marks its event loop as running in the thread that uses it,
and pytest-twisted then cannot run the asyncio reactor it starts around every test of the suite.

A test module asks for `in_browser` and defines a `pages` fixture (name -> path of a page it wrote).
"""

from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

import pytest
from playwright.sync_api import Browser, Locator, Page, expect, sync_playwright

from bench.bench_map import CHROMIUM, CHROMIUM_ARGS

ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
DESKTOP = {"viewport": {"width": 1280, "height": 900}}
PHONE = {"viewport": {"width": 360, "height": 740}, "device_scale_factor": 2, "is_mobile": True, "has_touch": True}
MARKERS_DRAWN = """() => {
    const inClusters = Array.from(document.querySelectorAll('.cluster span'), (s) => +s.textContent.replace(/,/g, ''));
    return inClusters.reduce((a, b) => a + b, 0) + document.querySelectorAll('.leaflet-marker-icon.pin').length;
}"""


@pytest.fixture(scope="session")
def browser_thread():
    """A single thread that owns Playwright and the browser; everything that touches them runs there."""
    executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="chromium")
    playwright = executor.submit(lambda: sync_playwright().start()).result()
    browser = executor.submit(playwright.chromium.launch, executable_path=CHROMIUM, args=CHROMIUM_ARGS).result()
    yield executor, browser
    executor.submit(browser.close).result()
    executor.submit(playwright.stop).result()
    executor.shutdown()


class Visit:
    """One page in a fresh context with every http(s) request blocked, and everything that went wrong recorded."""

    def __init__(self, browser: Browser, path: Path, init_script: str = "", hash: str = "", settle: bool = True,
                 **context_options) -> None:
        self.context = browser.new_context(**{**DESKTOP, **context_options})
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
        if settle and context_options.get("java_script_enabled", True):
            self.settle()

    def settle(self) -> None:
        self.page.wait_for_function("window.clinicMap && clinicMap.settled()")

    def marker_count(self) -> int:
        return self.page.evaluate("clinicMap.markerCount()")

    def drawn(self) -> int:
        return self.page.evaluate(MARKERS_DRAWN)

    def popup(self) -> Locator:
        return self.page.locator(".leaflet-popup-content")

    def show_on_map(self, anchor: str) -> Locator:
        """Click "Show on map" in the list entry `anchor`; return the popup that opens, once it is at rest."""
        self.page.locator(f"#{anchor} .show-on-map").click()
        return self.popup_at_rest()

    def popup_at_rest(self) -> Locator:
        """The open popup, once the map has stopped panning to fit it and the popup has faded in.

        A click on a moving button makes Playwright retry, and its retries scroll the button into view: inside the
        map's container, which Leaflet scrolls back on the next frame, so on a busy machine the press lands on the
        button and the release on the map (which closes the popup). The pan also redraws the markers, which
        breaks an axe-core run under way, and axe would measure the popup's text half faded in.
        """
        expect(self.popup()).to_have_count(1)
        self.popup().element_handle().wait_for_element_state("stable")
        self.page.wait_for_function("getComputedStyle(document.querySelector('.leaflet-popup')).opacity === '1'")
        return self.popup()

    def search(self, text: str) -> None:
        """Type `text` into the finder and press Enter, then wait for the list it asks for."""
        with self.new_results():
            self.page.fill("#finder-text", text)
            self.page.press("#finder-text", "Enter")

    @contextmanager
    def new_results(self) -> Iterator[None]:
        """After the block (a click, a choice, a key), wait for the results list it brings."""
        renders = self.page.evaluate("clinicMap.finder.renders")
        yield
        self.page.wait_for_function(f"clinicMap.finder.renders > {renders} && !clinicMap.finder.busy()")

    def results(self) -> list[str]:
        """The clinic names the results list shows, in order."""
        return self.page.locator("#results-list > li h3").all_text_contents()


Opener = Callable[..., Visit]


@pytest.fixture
def in_browser(browser_thread, pages) -> Callable[[Callable[[Opener], None]], None]:
    """Run `check(open_page)` in the browser thread; afterwards, no page may have had an error or a dialog."""
    executor, browser = browser_thread

    def run(check: Callable[[Opener], None]) -> None:
        opened: list[Visit] = []

        def open_page(name: str = "plain", **options) -> Visit:
            opened.append(Visit(browser, pages[name], **options))
            return opened[-1]

        try:
            check(open_page)
            for page_visit in opened:
                assert page_visit.errors == [] and page_visit.dialogs == []
        finally:
            for page_visit in opened:
                page_visit.context.close()

    return lambda check: executor.submit(run, check).result()
