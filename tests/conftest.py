"""Suite-wide rules: a skipped test is a failure (a missing dependency must not pass silently)."""

import pytest


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish(session, exitstatus):
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    skipped = reporter.stats.get("skipped", []) if reporter else []
    if skipped and session.exitstatus == 0:
        reporter.write_line(f"{len(skipped)} test(s) skipped: the suite treats a skip as a failure", red=True)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
