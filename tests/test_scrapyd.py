"""Deploying to Scrapyd as a maintainer would: build the egg, start a real Scrapyd on loopback, schedule, read items."""

import json
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from tests.test_clinic_sites_failures import HOME, PRICING, serve

BIN = Path(sys.executable).parent
ROOT = Path(__file__).parent.parent


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def call(base: str, endpoint: str, data: dict | None = None, files: dict | None = None) -> dict:
    if files:
        boundary = "clinicdir-test-boundary"
        body = b""
        for name, value in (data or {}).items():
            body += f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
        for name, content in files.items():
            body += (f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{name}.egg"\r\n'
                     "Content-Type: application/octet-stream\r\n\r\n").encode() + content + b"\r\n"
        body += f"--{boundary}--\r\n".encode()
        request = urllib.request.Request(f"{base}/{endpoint}", body,
                                         {"Content-Type": f"multipart/form-data; boundary={boundary}"})
    elif data is not None:
        request = urllib.request.Request(f"{base}/{endpoint}", urllib.parse.urlencode(data, doseq=True).encode())
    else:
        request = urllib.request.Request(f"{base}/{endpoint}")
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read())


@pytest.fixture
def scrapyd(tmp_path):
    port = free_port()
    (tmp_path / "scrapyd.conf").write_text(
        "[scrapyd]\nbind_address = 127.0.0.1\n"
        f"http_port = {port}\neggs_dir = {tmp_path}/eggs\nlogs_dir = {tmp_path}/logs\n"
        f"items_dir = {tmp_path}/items\ndbs_dir = {tmp_path}/dbs\npoll_interval = 0.2\nmax_proc = 1\n"
    )
    server = subprocess.Popen([str(BIN / "scrapyd")], cwd=tmp_path, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            call(base, "daemonstatus.json")
            break
        except OSError:
            if time.monotonic() > deadline or server.poll() is not None:
                server.kill()
                raise RuntimeError("scrapyd did not start")
            time.sleep(0.2)
    yield base, tmp_path
    server.terminate()
    server.wait(timeout=10)


def test_deploy_schedule_and_read_items(scrapyd, httpserver, tmp_path):
    base, home = scrapyd
    site = serve(httpserver, {"/": HOME, "/pricing": PRICING})
    egg = tmp_path / "clinicdir.egg"
    built = subprocess.run([str(BIN / "scrapyd-deploy"), "--build-egg", str(egg)], cwd=ROOT, capture_output=True,
                           text=True, timeout=120)
    assert built.returncode == 0, built.stderr

    added = call(base, "addversion.json", {"project": "clinicdir", "version": "1"}, files={"egg": egg.read_bytes()})
    assert added["status"] == "ok" and added["spiders"] == 3
    assert "clinic_sites" in call(base, "listspiders.json?project=clinicdir")["spiders"]

    job = call(base, "schedule.json", {
        "project": "clinicdir", "spider": "clinic_sites", "urls": site,
        "setting": ["CLINICDIR_ALLOWED_NETWORK=127.0.0.0/8", "DOWNLOAD_DELAY=0", "AUTOTHROTTLE_ENABLED=False"],
    })["jobid"]
    deadline = time.monotonic() + 120
    while not any(j["id"] == job for j in call(base, "listjobs.json?project=clinicdir")["finished"]):
        assert time.monotonic() < deadline, "the job did not finish"
        time.sleep(0.5)

    items_file = home / "items" / "clinicdir" / "clinic_sites" / f"{job}.jl"
    items = [json.loads(line) for line in items_file.read_text().splitlines()]
    assert [(item["name"], item["fee_min"]) for item in items] == [("Juniper Ketamine Clinic", 475.0)]
