"""`clinicdir crawl` as a user runs it, against what stops or corrupts a crawl: a huge one-line page, a site that
never answers when the user presses Ctrl-C (or the scheduler sends SIGTERM), a full disk, and a production crawl
that must not warn about the test-only network guard."""

import json
import resource
import signal
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from clinicdir.sample_web import SampleWeb
from spiders.extract.page import read_page
from tests.test_clinic_sites_failures import HOME, PRICING, serve
from tests.test_cli import ELSEWHERE

CLINICDIR = str(Path(sys.executable).parent / "clinicdir")
LOOPBACK = ["--set", "CLINICDIR_ALLOWED_NETWORK=127.0.0.0/8", "--set", "DOWNLOAD_DELAY=0",
            "--set", "AUTOTHROTTLE_ENABLED=False"]


def crawl(urls: list[str], out: Path, *extra: str, **options) -> subprocess.CompletedProcess:
    return subprocess.run([CLINICDIR, "crawl", "--urls", ",".join(urls), "--out", str(out), *extra],
                          cwd=ELSEWHERE, capture_output=True, text=True, **options)


def one_line_page(size: int) -> str:
    """A page whose whole text is one line: a location list and price table pasted without a single break."""
    entries, length, n = [], 0, 0
    while length < size:
        entry = (f"Juniper Ketamine Clinic {n} at {100 + n % 9000} High St Columbus OH 432{n % 100:02d} "
                 f"call 614-555-{n % 10000:04d} each ketamine infusion ${400 + n % 300} ")
        entries.append(entry)
        length += len(entry)
        n += 1
    return f"<html><head><title>Locations</title></head><body><div>{''.join(entries)}</div></body></html>"


def test_a_one_megabyte_one_line_page_costs_its_own_site_only(httpserver, tmp_path):
    hostile = serve(httpserver, {"/": one_line_page(1_000_000)})
    with SampleWeb() as web:
        done = crawl([hostile, web.start_urls[0]], tmp_path / "crawl", *LOOPBACK, timeout=90)
    assert done.returncode == 0, done.stderr[-2000:]
    sites = json.loads((tmp_path / "crawl" / "crawl-stats.json").read_text())["clinic_sites"]["sites"]
    assert [r["status"] for r in sites.values()] == ["read", "read"]


class _SlowSite(BaseHTTPRequestHandler):
    """A clinic site whose home page answers at once and whose other pages never do (until the test ends)."""
    release: threading.Event

    def do_GET(self):  # noqa: N802 (http.server's naming)
        if self.path == "/robots.txt":
            body = b"User-agent: *\nDisallow:\n"
        elif self.path == "/":
            body = HOME.encode()
        else:
            self.release.wait(120)
            body = PRICING.encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/plain" if self.path == "/robots.txt" else "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        pass   # the crawler hung up on a page it no longer waits for: expected here


@pytest.fixture
def slow_site():
    handler = type("SlowSite", (_SlowSite,), {"release": threading.Event()})
    server = _Server(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}/"
    handler.release.set()
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_ctrl_c_and_sigterm_stop_within_seconds_and_write_what_was_read(slow_site, tmp_path, signum):
    out = tmp_path / "crawl"
    with SampleWeb() as web:
        crawler = subprocess.Popen(
            [CLINICDIR, "crawl", "--urls", f"{web.start_urls[0]},{slow_site}", "--out", str(out), *LOOPBACK,
             "--set", "DOWNLOAD_TIMEOUT=120"], cwd=ELSEWHERE, stderr=subprocess.PIPE, text=True)
        try:
            lines = []
            for line in crawler.stderr:   # wait until the quick site is read; the slow one is then waiting
                lines.append(line)
                if "[site 1/2]" in line:
                    break
            crawler.send_signal(signum)
            _, rest = crawler.communicate(timeout=20)   # far less than the slow page's download timeout
        finally:
            crawler.kill()
    assert crawler.returncode == 130, "".join(lines) + rest
    stats = json.loads((out / "crawl-stats.json").read_text())["clinic_sites"]
    assert stats["finish_reason"] == "shutdown"
    assert stats["sites"][slow_site]["reason"] == "crawl ended (shutdown) before the site was read"
    assert f"| {slow_site} | crawl ended (shutdown) before the site was read |" in (out / "crawl-report.md").read_text()
    items = [json.loads(line) for line in (out / "clinic_sites.jsonl").read_text().splitlines()]
    assert [item["website"] for item in items] == [web.start_urls[0]]


def _small_disk():
    """In the crawl's process: files can grow to 16 KB, then writes fail as on a full disk (EFBIG, not a kill)."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (16_000, 16_000))


def test_a_crawl_that_cannot_write_its_output_fails_and_keeps_the_previous_files(tmp_path):
    out = tmp_path / "crawl"
    out.mkdir()
    previous = {"clinic_sites.jsonl": '{"name": "from the previous crawl"}\n', "crawl-stats.json": "{}",
                "crawl-report.md": "# Crawl report\n"}
    for name, text in previous.items():
        (out / name).write_text(text)
    with SampleWeb() as web:
        done = crawl(web.start_urls, out, *LOOPBACK, preexec_fn=_small_disk, timeout=120)

    assert done.returncode == 1, done.stderr[-2000:]
    assert "clinic_sites.jsonl.part: File too large" in done.stderr
    assert {path.name: path.read_text() for path in out.iterdir()} == previous


def test_a_production_crawl_says_nothing_of_the_test_only_network_guard(tmp_path):
    with SampleWeb() as web:
        done = crawl(web.start_urls[:1], tmp_path / "crawl", "--set", "DOWNLOAD_DELAY=0", timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "AllowedNetwork" not in done.stderr and "Disabled" not in done.stderr


def test_a_long_page_is_read_within_the_cap_and_keeps_its_footer():
    prose = "<p>Ketamine infusions are given over forty minutes while a nurse watches your vital signs.</p>" * 4000
    html = (f"<html><body><main>{prose}</main><footer>Juniper Ketamine Clinic · 88 High St, Columbus, OH 43215 · "
            "(614) 555-0110</footer></body></html>")
    facts = read_page(html, "http://juniper.test/")
    assert [(a.address.street, a.address.postal_code) for a in facts.addresses] == [("88 High St", "43215")]
