"""Suite-wide rules: a skipped test is a failure (a missing dependency must not pass silently), and the suite
keeps its caches (the gazetteer, geocoder answers) in a folder of its own, never in the user's."""

import os
import tempfile

import pytest

pytest_plugins = ("tests.map_browser",)   # headless Chromium for the map page tests: one browser per session

os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="clinicdir-test-cache-")   # subprocesses inherit it


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish(session, exitstatus):
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    skipped = reporter.stats.get("skipped", []) if reporter else []
    if skipped and session.exitstatus == 0:
        reporter.write_line(f"{len(skipped)} test(s) skipped: the suite treats a skip as a failure", red=True)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
