"""The crawl→build boundary: every crawl line checked against the item schema; a bad line or value is reported by
file and line and skipped, and never stops the build or reaches a published file."""

import json

import pytest

from clinicdir.build import BuildOptions, build
from directory.crawl_input import MAX_LINE_BYTES, read_crawls
from tests.test_build import ITEMS, item

GOOD = ITEMS[0]


def _folder(tmp_path, *lines):
    folder = tmp_path / "crawl"
    folder.mkdir()
    (folder / "items.jsonl").write_bytes(b"".join(
        (line if isinstance(line, bytes) else json.dumps(line).encode()) + b"\n" for line in lines))
    return folder


@pytest.mark.parametrize("line, warning", [
    # Lines that cannot be a clinic: skipped.
    (b"[" * 100_000 + b"]" * 100_000, "not valid JSON (recursion limit exceeded"),
    (b'{"name": "A"', "not valid JSON (EOF while parsing"),
    (b"\xff\xfe garbage", "not valid JSON"),
    (b'"just text"', "not a JSON object"),
    (dict(GOOD, crawled_at="garbage"), "crawled_at 'garbage' is not an ISO 8601 date and time; line skipped"),
    (dict(GOOD, crawled_at="9999-12-31T00:00:00+00:00"), "crawled_at '9999-12-31T00:00:00+00:00' is not the time of "
                                                         "a crawl (before 2000 or in the future); line skipped"),
    (dict(GOOD, crawled_at=20261120), "crawled_at 20261120 is not text; line skipped"),
    (dict(GOOD, name="   "), "name '   ' is empty; line skipped"),
    ({"name": "Aspen Ketamine", "source": "clinic_sites"}, "source_url is missing; line skipped"),
    (dict(GOOD, source=None), "source None is not text; line skipped"),
    (dict(GOOD, source_url="javascript:alert(1)"), "source_url 'javascript:alert(1)' is not an http(s) web address; "
                                                   "line skipped"),
    # A name a hostile site made a megabyte long would be on every patient's map page.
    (dict(GOOD, name="Aspen " * 100_000), "name 'Aspen Aspen Aspen Aspen Aspen Aspen Aspen Aspen Aspen As... is "
                                          "too long (over 2083 characters); line skipped"),
])
def test_a_line_that_cannot_be_a_clinic_is_reported_and_skipped(tmp_path, line, warning):
    crawl = read_crawls([_folder(tmp_path, GOOD, line, GOOD)])
    assert len(crawl.items) == 2
    assert len(crawl.warnings) == 1 and crawl.warnings[0].startswith(f"{tmp_path / 'crawl' / 'items.jsonl'}:2: ")
    assert warning in crawl.warnings[0]


@pytest.mark.parametrize("values, field, kept, warning", [
    (dict(state="Éire"), "state", "", "state 'Éire' is not a US state or territory; ignored"),
    (dict(state="Colorado"), "state", "CO", None),
    (dict(state="AE"), "state", "", "state 'AE' is not a US state or territory"),   # military mail, not a place
    (dict(postal_code="D02 X285"), "postal_code", "", "postal_code 'D02 X285' is not a 5-digit US ZIP code"),
    (dict(postal_code=2116), "postal_code", "02116", None),
    (dict(postal_code="80202-1234"), "postal_code", "80202", None),
    (dict(crawled_at="2026-11-20T02:00:00-08:00"), "crawled_at", "2026-11-20T10:00:00+00:00", None),
    (dict(crawled_at="2026-11-20"), "crawled_at", "2026-11-20T00:00:00+00:00", None),
    (dict(fee_min=0), "fee_min", None, "fee_min 0 is out of range"),
    (dict(fee_min=float("nan")), "fee_min", None, "fee_min nan is not a number; ignored"),
    (dict(fee_min=float("inf")), "fee_min", None, "fee_min inf is not a number; ignored"),
    (dict(fee_min=900.0, fee_max=450.0), "fee_max", None, "fee_max 450 is below fee_min 900; the fee is ignored"),
    (dict(latitude=True), "latitude", None, "latitude True is not a number; ignored"),
    (dict(latitude=39.7), "latitude", None, "latitude and longitude must come together"),
    (dict(website="javascript:alert(1)"), "website", "", "website 'javascript:alert(1)' is not an http(s) web address"),
    (dict(routes=["iv_infusion", "teleportation"]), "routes", ["iv_infusion"],
     "routes[1] 'teleportation' is not a code of the vocabulary; ignored"),
    (dict(review_flags=["<b>flag</b>"]), "review_flags", [], "review_flags[0] '<b>flag</b>' is not a code"),
    (dict(fees=[{"kind": "infusion", "amount": "a lot"}, {"kind": "infusion", "amount": 450.0}]), "fees",
     [{"kind": "infusion", "amount": 450.0}], "fees[0].amount 'a lot' is not a number; entry ignored"),
    (dict(fees=[[[[1]]]]), "fees", [], "fees[0] [[[1]]] is not valid"),
    (dict(street="1420 Larimer St\nSuite 300"), "street", "1420 Larimer St Suite 300", None),
    (dict(street="1420 Larimer St " * 1000), "street", "", "is too long (over 2083 characters); ignored"),
    (dict(website="http://aspen.test/" + "a" * 3000), "website", "", "website 'http://aspen.test/aaaa"),
    # true is no ZIP code nor phone number (Python counts it as the number 1).
    (dict(postal_code=True), "postal_code", "", "postal_code True is not"),
    (dict(phone=True), "phone", "", "phone True is not"),
])
def test_a_bad_value_is_reported_and_dropped_and_the_clinic_kept(tmp_path, values, field, kept, warning):
    crawl = read_crawls([_folder(tmp_path, dict(GOOD, **values))])
    assert crawl.items[0][field] == kept
    if warning is None:
        assert crawl.warnings == []
    else:
        assert len(crawl.warnings) == 1 and warning in crawl.warnings[0], crawl.warnings
        assert crawl.warnings[0].startswith(f"{tmp_path / 'crawl' / 'items.jsonl'}:1: ")


def test_a_byte_order_mark_at_the_start_of_a_file_costs_no_item(tmp_path):
    folder = _folder(tmp_path, GOOD, ITEMS[1])
    path = folder / "items.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())   # as a Windows editor saves "UTF-8"
    crawl = read_crawls([folder])
    assert [i["name"] for i in crawl.items] == [GOOD["name"], ITEMS[1]["name"]] and crawl.warnings == []


def test_a_huge_line_is_skipped_without_being_read_whole(tmp_path):
    huge = json.dumps(dict(GOOD, fee_note="x" * 50_000_000)).encode()
    crawl = read_crawls([_folder(tmp_path, GOOD, huge, ITEMS[1])])
    assert [i["name"] for i in crawl.items] == [GOOD["name"], ITEMS[1]["name"]]
    assert crawl.warnings == [f"{tmp_path / 'crawl' / 'items.jsonl'}:2: a line of 50.0 MB, longer than a crawl item "
                              f"can be ({MAX_LINE_BYTES / 1e6:.1f} MB); line skipped"]


def test_bad_lines_never_stop_a_build_nor_reach_its_files(tmp_path):
    irish = item("Liffey Ketamine", "1 Grafton St", "Dublin", "Éire", "D02 X285", 450.0,
                 website="http://liffey.test/", source_url="http://liffey.test/", phone="+35315550100")
    lines = [*ITEMS[:2], irish, dict(ITEMS[2], crawled_at="garbage"), b"[" * 100_000 + b"]" * 100_000,
             dict(ITEMS[3], crawled_at="9999-12-31T00:00:00+00:00")]
    out = tmp_path / "out"
    for _ in range(2):   # and the next build too
        result = build(BuildOptions(crawl_dirs=[_folder(tmp_path, *lines)], out_dir=out, tiles=None))
        (tmp_path / "crawl" / "items.jsonl").unlink()
        (tmp_path / "crawl").rmdir()
    clinics = result.clinics.set_index("name")
    assert sorted(clinics.index) == ["Aspen Ketamine", "Birch Infusions", "Liffey Ketamine"]
    liffey = clinics.loc["Liffey Ketamine"]
    assert (liffey.state, liffey.postal_code, liffey.status, liffey.reason_code) == ("", "", "review",
                                                                                    "location_unknown")
    assert {c for c in clinics["last_seen"]} == {"2026-11-20"}
    page = (out / "map.html").read_text()
    assert "Nov 20, 2026" in page and "9999" not in page
    assert [w.split(": ", 1)[0].rsplit(":", 1)[1] for w in result.warnings] == ["3", "3", "4", "5", "6"]
