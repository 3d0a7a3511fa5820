"""The commands as a user types them: clinicdir and scrapy, in subprocesses, from a folder outside the checkout."""

import json
import subprocess
import sys
import tempfile
from pathlib import Path

import pandas as pd
import pytest

from clinicdir.sample_web import ANSWER_KEY, SampleWeb
from clinicdir.sample_web.catalog import SITES
from directory.spreadsheet import read_table
from tests.test_build import ITEMS

BIN = Path(sys.executable).parent
ROOT = Path(__file__).parent.parent
# A user runs clinicdir from their own folder, not from the checkout (where ./scrapy.cfg would find the settings).
ELSEWHERE = Path(tempfile.mkdtemp(prefix="clinicdir-user-"))


def run(*args, cwd=ELSEWHERE, timeout=120):
    return subprocess.run([str(BIN / args[0]), *args[1:]], cwd=cwd, capture_output=True, text=True, timeout=timeout)


@pytest.mark.parametrize("args", [("--help",), ("crawl", "--help"), ("build", "--help"), ("map", "--help"),
                                  ("demo", "--help"), ("near", "--help")])
def test_help(args):
    result = run("clinicdir", *args)
    assert result.returncode == 0 and "usage: clinicdir" in result.stdout


@pytest.mark.parametrize("args, message", [
    ((), "the following arguments are required: COMMAND"),
    (("crawl",), "clinic_sites needs start URLs"),
    (("crawl", "--spider", "nope", "--urls", "http://127.0.0.1:9/"), "unknown spider nope"),
    (("crawl", "--urls", "no-such-file.txt"), "neither a web address nor a file"),
    (("crawl", "--urls", "http://127.0.0.1:9/", "--set", "NOEQUALS"), "--set expects NAME=VALUE"),
    (("build",), "the following arguments are required: --crawl"),
    (("frobnicate",), "invalid choice: 'frobnicate'"),
])
def test_bad_arguments_exit_2_with_a_clear_message(args, message):
    result = run("clinicdir", *args)
    assert result.returncode == 2 and message in result.stderr


def test_build_with_a_bad_policy_exits_1_naming_the_file(tmp_path):
    (tmp_path / "crawl").mkdir()
    policy = tmp_path / "policy.toml"
    policy.write_text("[fees]\nfar_above = 'high'\n")
    result = run("clinicdir", "build", "--crawl", str(tmp_path / "crawl"), "--policy", str(policy),
                 "--out", str(tmp_path / "out"))
    assert result.returncode == 1
    assert f"{policy}: [fees] far_above must be a number" in result.stderr
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("flag, content, message", [
    # A stray quote once swallowed the two exclusions below it, and the build exited 0.
    ("--overrides", 'clinic_id,status,reason\nkc-00000000aa,listed,"checked by phone\nkc-00000000bb,excluded,closed\n'
                    'kc-00000000cc,excluded,too dear\n', ':2:3: this cell opens a quote'),
    ("--overrides", "clinic_id,phone\nkc-00000000aa,=1+1\n", ":2:2: phone is a spreadsheet formula"),
    ("--policy", "[fees]\nfar_above = inf\n", ": [fees] far_above must be a number of dollars from $100"),
])
def test_build_with_a_bad_input_exits_1_naming_file_line_and_column(tmp_path, flag, content, message):
    (tmp_path / "crawl").mkdir()
    (tmp_path / "crawl" / "items.jsonl").write_text(json.dumps(ITEMS[0]) + "\n")
    bad = tmp_path / "input"
    bad.write_text(content)
    result = run("clinicdir", "build", "--crawl", str(tmp_path / "crawl"), flag, str(bad),
                 "--out", str(tmp_path / "out"))
    assert result.returncode == 1 and f"{bad}{message}" in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists()


def test_a_crawl_with_no_usable_item_stops_the_build_saying_why(tmp_path):
    (tmp_path / "crawl").mkdir()
    (tmp_path / "crawl" / "items.jsonl").write_text('{"name": "Aspen"}\n{broken\n')
    result = run("clinicdir", "build", "--crawl", str(tmp_path / "crawl"), "--out", str(tmp_path / "out"))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert f"{tmp_path / 'crawl'}: no crawl item to build from (2 line(s) skipped; the first: " in result.stderr
    assert "items.jsonl:1: source is missing; line skipped" in result.stderr
    assert not (tmp_path / "out").exists()


def test_scrapy_list_and_crawl_work_from_the_checkout(tmp_path):
    assert run("scrapy", "list", cwd=ROOT).stdout.split() == ["clinic_sites", "osm_overpass", "sample_directory"]
    with SampleWeb() as web:
        site = web.start_urls[0]
        result = run("scrapy", "crawl", "clinic_sites", "-a", f"urls={site}", "-O", str(tmp_path / "out.jsonl"),
                     "-s", "CLINICDIR_ALLOWED_NETWORK=127.0.0.0/8", "-s", "AUTOTHROTTLE_ENABLED=False",
                     "-s", "DOWNLOAD_DELAY=0", "-s", "LOG_LEVEL=INFO", cwd=ROOT)
    assert result.returncode == 0, result.stderr[-2000:]
    items = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert items and all(item["website"] == site for item in items)
    assert "[site 1/1]" in result.stderr


def test_crawl_then_build_as_a_maintainer_would(tmp_path):
    with SampleWeb() as web:
        urls = tmp_path / "urls.txt"
        urls.write_text("\n".join(web.start_urls[:4]) + "\n")
        crawl = run("clinicdir", "crawl", "--urls", str(urls), "--out", str(tmp_path / "crawl"),
                    "--set", "CLINICDIR_ALLOWED_NETWORK=127.0.0.0/8", "--set", "DOWNLOAD_DELAY=0",
                    "--set", "AUTOTHROTTLE_ENABLED=False")
    assert crawl.returncode == 0, crawl.stderr[-2000:]
    assert "[site 4/4]" in crawl.stderr or "[site 3/4]" in crawl.stderr
    stats = json.loads((tmp_path / "crawl" / "crawl-stats.json").read_text())
    assert stats["clinic_sites"]["clinic_sites/sites_started"] == 4
    assert not list((tmp_path / "crawl").glob("*.part"))

    build = run("clinicdir", "build", "--crawl", str(tmp_path / "crawl"), "--out", str(tmp_path / "site"), "--quiet")
    assert build.returncode == 0, build.stderr
    assert build.stdout.strip() == str(tmp_path / "site" / "map.html")
    assert build.stderr == ""   # --quiet: no progress
    for name in ("clinics.csv", "directory.csv", "directory.geojson", "review.csv", "audit.csv", "build-report.md"):
        assert (tmp_path / "site" / name).stat().st_size > 0

    # The map stage alone: redrawn from directory.csv, the page is the one the build drew.
    redraw = run("clinicdir", "map", "--directory", str(tmp_path / "site"), "--out", str(tmp_path / "again.html"))
    assert redraw.returncode == 0, redraw.stderr
    assert redraw.stdout.strip() == str(tmp_path / "again.html")
    assert (tmp_path / "again.html").read_text() == (tmp_path / "site" / "map.html").read_text()
    list_page = (tmp_path / "again-list.html").read_text()
    assert list_page == (tmp_path / "site" / "map-list.html").read_text().replace('"map.html"', '"again.html"')


def test_near_a_zip_a_town_or_a_town_name_alone_as_a_patient_would_ask(tmp_path):
    (tmp_path / "crawl").mkdir()
    (tmp_path / "crawl" / "items.jsonl").write_text("".join(json.dumps(item) + "\n" for item in ITEMS))
    assert run("clinicdir", "build", "--crawl", str(tmp_path / "crawl"), "--out", str(tmp_path / "site"),
               "--quiet", "--tiles", "none").returncode == 0

    def near(*args):
        result = run("clinicdir", "near", *args, "--directory", str(tmp_path / "site"))
        assert result.returncode == 0, result.stderr
        return result.stdout.splitlines()

    assert near("80202", "--miles", "10")[0] == "1 listed clinic(s) within 10 miles of 80202 (Denver, CO):"
    assert "Aspen Ketamine" in near("Denver, CO", "--miles", "10")[1]
    # A name alone is its largest town, the map page's first pick, and the others are named.
    alone = near("Denver", "--miles", "10")
    assert alone[0] == "1 listed clinic(s) within 10 miles of Denver, CO:"
    assert alone[1].startswith("(also named so: Denver, ") and "give 'City, ST'" in alone[1]
    assert "Aspen Ketamine" in alone[2] and "$450–$650/infusion" in alone[2]
    # Nothing within reach: said, and the nearest few offered however far.
    boise = near("83702", "--miles", "10")
    assert boise[:2] == ["0 listed clinic(s) within 10 miles of 83702 (Boise, ID):",
                         "The nearest listed clinic(s), farther away:"]
    assert "Aspen Ketamine" in boise[2] and float(boise[2].split()[0]) > 500
    assert near("83702", "--miles", "10", "--quiet") == []   # a script gets what is within reach, nothing else
    assert near("80202", "--miles", "10", "--quiet") == near("80202", "--miles", "10")[1:]

    result = run("clinicdir", "near", "Atlantis", "--directory", str(tmp_path / "site"))
    assert result.returncode == 2 and "unknown place 'Atlantis'" in result.stderr


def test_map_from_a_file_that_is_not_a_directory_exits_1_naming_it(tmp_path):
    result = run("clinicdir", "map", "--directory", str(tmp_path))
    assert result.returncode == 1 and f"{tmp_path / 'directory.csv'}: not found" in result.stderr
    (tmp_path / "directory.csv").write_text("clinic_id,name\nkc-1,A\n")
    result = run("clinicdir", "map", "--directory", str(tmp_path))
    assert result.returncode == 1 and "directory.csv:1: missing column(s) street, city" in result.stderr
    assert not (tmp_path / "map.html").exists()


def test_demo_lists_the_sample_clinics(tmp_path):
    result = run("clinicdir", "demo", "--out", str(tmp_path / "demo"), "--tiles", "none")
    assert result.returncode == 0, result.stderr[-3000:]
    map_page = Path(result.stdout.strip().splitlines()[-1])
    assert map_page == (tmp_path / "demo" / "map.html").resolve() and map_page.exists()
    assert "serving the sample web on 127.0.0.x" in result.stderr and "decisions:" in result.stderr
    assert "clinic sites, a clinic directory and an open-data endpoint" in result.stderr
    # Three spiders found the sample sites; each site was read once, and the summary counts each once.
    assert f"from {len(SITES)} site(s), 0 failed" in result.stderr
    stats = json.loads((tmp_path / "demo" / "crawl" / "crawl-stats.json").read_text())
    homes = [entry for spider in stats.values() for entry in spider["sites"]]
    assert len(homes) == len(set(homes)) == len(SITES)
    clinics = read_table(tmp_path / "demo" / "clinics.csv")
    listed = set(clinics.loc[clinics["status"] == "listed", "name"])
    expected = {clinic.name for clinic in ANSWER_KEY if clinic.status == "listed"}
    assert listed == expected
    # Three sources saw most clinics (site, directory, open data); each clinic is still one row.
    assert len(clinics) == len(ANSWER_KEY)
    assert clinics["sources"].str.contains("/clinics/").sum() == len(ANSWER_KEY) - 1   # all but the spa
    assert clinics["sources"].str.contains("openstreetmap.org").sum() >= 10
    assert {"clinic_sites.jsonl", "sample_directory.jsonl", "osm_overpass.jsonl"} <= {
        path.name for path in (tmp_path / "demo" / "crawl").iterdir()}
    html = map_page.read_text()
    assert all(name.replace("&", "&amp;") in html or json.dumps(name)[1:-1] in html for name in expected)
