"""The directory build end to end from crawl files: decisions, outputs, review round trip, atomic and repeatable."""

import json

import pandas as pd
import pytest

from clinicdir.build import BuildOptions, build
from common.files import FileSet
from directory.crawl_input import ITEM_FIELDS
from directory.errors import InputError
from directory.outputs import CLINICS_COLUMNS, DIRECTORY_COLUMNS
from directory.overrides import read_overrides
from directory.spreadsheet import read_table


def item(name, street, city, state, zip_code, fee_min, fee_max=None, **extra):
    record = {field: None for field in ITEM_FIELDS}
    record.update({
        "source": "clinic_sites", "source_url": f"http://{name.split()[0].lower()}.test/",
        "crawled_at": "2026-11-20T09:00:00+00:00", "name": name, "website": f"http://{name.split()[0].lower()}.test/",
        "street": street, "city": city, "state": state, "postal_code": zip_code, "phone": "+13035550100",
        "routes": ["iv_infusion"], "conditions": ["depression", "ptsd"], "ketamine_provider": True,
        "fee_min": fee_min, "fee_max": fee_max, "fee_evidence": f"Each infusion is ${fee_min}." if fee_min else "",
        "fee_source_url": f"http://{name.split()[0].lower()}.test/pricing" if fee_min else "",
        "fee_note": "" if fee_min else "call for pricing", "fees": [], "pages": 4, "licence": "",
    })
    record.update(extra)
    return record


ITEMS = [
    item("Aspen Ketamine", "1420 Larimer St", "Denver", "CO", "80202", 450.0, 650.0),
    item("Birch Infusions", "500 Congress Ave", "Austin", "TX", "78701", 950.0),
    item("Cedar Wellness", "12 Elm Rd", "Salem", "OR", "97301", 1600.0),
    item("Dogwood Clinic", "77 Main St", "Boise", "ID", "83702", None),
    item("Elm Drip Spa", "3 Pine St", "Tampa", "FL", "33602", 150.0, ketamine_provider=False),
    item("Fir Ketamine", "9 Oak St", "Nowhere", "", "", 500.0),
]


@pytest.fixture
def crawl_dir(tmp_path):
    folder = tmp_path / "crawl"
    folder.mkdir()
    lines = [json.dumps(record) for record in ITEMS]
    (folder / "clinic_sites.jsonl").write_text("\n".join(lines) + "\n{not json\n")
    return folder


def run(crawl_dir, out, **options):
    return build(BuildOptions(crawl_dirs=[crawl_dir], out_dir=out, tiles=None, **options))


def test_every_clinic_gets_a_decision_and_a_reason(crawl_dir, tmp_path):
    result = run(crawl_dir, tmp_path / "out")
    clinics = read_table(tmp_path / "out" / "clinics.csv")
    decided = dict(zip(clinics["name"], zip(clinics["status"], clinics["reason_code"])))
    assert decided == {
        "Aspen Ketamine": ("listed", "fee_in_range"),
        "Birch Infusions": ("listed", "fee_above_range"),
        "Cedar Wellness": ("excluded", "fee_far_above_range"),
        "Dogwood Clinic": ("review", "fee_unknown"),
        "Elm Drip Spa": ("excluded", "not_ketamine_provider"),
        "Fir Ketamine": ("review", "location_unknown"),
    }
    assert all(clinics["reason"].str.len() > 20)
    assert list(clinics.columns) == list(CLINICS_COLUMNS)
    assert clinics.set_index("name").loc["Dogwood Clinic", "fee_min"] == ""   # unknown is empty, never 0
    assert result.warnings and "clinic_sites.jsonl:7" in result.warnings[0]


def test_public_exports_hold_only_listed_clinics_with_credits(crawl_dir, tmp_path):
    run(crawl_dir, tmp_path / "out")
    directory = pd.read_csv(tmp_path / "out" / "directory.csv", dtype=str)
    assert list(directory.columns) == list(DIRECTORY_COLUMNS)
    assert sorted(directory["name"]) == ["Aspen Ketamine", "Birch Infusions"]
    assert all("GeoNames" in licences for licences in directory["licences"])   # ZIP-centroid coordinates
    geojson = json.loads((tmp_path / "out" / "directory.geojson").read_text())
    assert len(geojson["features"]) == 2
    assert any("GeoNames" in credit for credit in geojson["attribution"])
    lon, lat = geojson["features"][0]["geometry"]["coordinates"]
    assert 24 < lat < 50 and -125 < lon < -66


def test_review_sheet_round_trips_as_overrides(crawl_dir, tmp_path):
    out = tmp_path / "out"
    run(crawl_dir, out)
    sheet = out / "review.csv"
    overrides = read_overrides(sheet)
    assert sorted(o.values["name"] for o in overrides) == ["Dogwood Clinic", "Fir Ketamine"]
    before = (out / "clinics.csv").read_text()
    result = run(crawl_dir, tmp_path / "again", overrides_path=sheet)
    assert result.audit == []   # passed back unchanged: nothing changes but the reviewed marker
    after = read_table(tmp_path / "again" / "clinics.csv")
    assert set(after.loc[after["reviewed_by"] != "", "name"]) == {"Dogwood Clinic", "Fir Ketamine"}
    assert before.count("\n") == (tmp_path / "again" / "clinics.csv").read_text().count("\n")


def test_reviewer_fee_is_judged_by_the_policy_and_audited(crawl_dir, tmp_path):
    first = run(crawl_dir, tmp_path / "out")
    dogwood = first.clinics.set_index("name").loc["Dogwood Clinic", "clinic_id"]
    overrides = tmp_path / "overrides.csv"
    overrides.write_text(f"clinic_id,fee_min,reviewer,reason\n{dogwood},500,ana,price confirmed by phone\n")
    result = run(crawl_dir, tmp_path / "out", overrides_path=overrides)
    row = result.clinics.set_index("name").loc["Dogwood Clinic"]
    assert (row.status, row.reason_code, row.fee_min, row.reviewed_by) == ("listed", "fee_in_range", 500.0, "ana")
    audit = read_table(tmp_path / "out" / "audit.csv")
    assert audit[["clinic_id", "column", "crawled_value", "reviewed_value", "reviewer"]].values.tolist() == [
        [dogwood, "fee_min", "", "500", "ana"]]


def test_a_fee_in_doubt_goes_to_review_with_every_candidate_and_a_reviewer_settles_it(tmp_path):
    fees = [
        {"kind": "infusion", "amount": 450.0, "per_infusion_min": 450.0, "confidence": "high",
         "evidence": "Each ketamine infusion is $450.", "url": "http://gorse.test/pricing"},
        {"kind": "market_reference", "amount": 350.0, "amount_max": 1800.0,
         "evidence": "Nationwide, infusions run $350 to $1,800.", "url": "http://gorse.test/blog/costs"},
        {"kind": "infusion", "amount": 650.0, "per_infusion_min": 650.0, "confidence": "high",
         "evidence": "Each infusion costs $650.", "url": "http://gorse.test/faq"},
    ]
    folder = tmp_path / "crawl"
    folder.mkdir()
    doubtful = item("Gorse Ketamine", "5 Elm St", "Denver", "CO", "80202", 450.0, 650.0, fee_confidence="low",
                    fee_note="low confidence: conflicting prices", fees=fees)
    (folder / "clinic_sites.jsonl").write_text(json.dumps(doubtful) + "\n")
    result = run(folder, tmp_path / "out")
    row = result.clinics.iloc[0]
    assert (row.status, row.reason_code, row.fee_confidence) == ("review", "fee_uncertain", "low")
    assert "conflicting prices" in row.reason
    sheet = read_table(tmp_path / "out" / "review.csv")
    assert sheet.loc[0, "fee_candidates"].split("\n") == [
        "$450 (infusion): “Each ketamine infusion is $450.” http://gorse.test/pricing",
        "$650 (infusion): “Each infusion costs $650.” http://gorse.test/faq",
        "$350–$1,800 (market_reference): “Nationwide, infusions run $350 to $1,800.” http://gorse.test/blog/costs",
    ]
    # The reviewer confirms the fee: the clinic is judged by the policy again, on a fee no longer in doubt.
    sheet.loc[0, ["fee_max", "reviewer"]] = ["450", "ana"]
    sheet.to_csv(tmp_path / "reviewed.csv", index=False)
    again = run(folder, tmp_path / "out", overrides_path=tmp_path / "reviewed.csv").clinics.iloc[0]
    assert (again.status, again.reason_code, again.fee_confidence) == ("listed", "fee_in_range", "reviewer")


def test_same_inputs_give_byte_identical_outputs(crawl_dir, tmp_path):
    run(crawl_dir, tmp_path / "a")
    run(crawl_dir, tmp_path / "b")
    for name in ("clinics.csv", "directory.csv", "directory.geojson", "review.csv", "audit.csv", "build-report.md",
                 "map.html", "map-list.html"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name


def test_bad_overrides_stop_the_build_before_any_output_is_touched(crawl_dir, tmp_path):
    out = tmp_path / "out"
    run(crawl_dir, out)
    snapshot = {path.name: path.read_bytes() for path in out.iterdir()}
    overrides = tmp_path / "overrides.csv"
    overrides.write_text("clinic_id,status\nkc-x,maybe\n")
    with pytest.raises(InputError, match=r"overrides.csv:2:2: status"):
        run(crawl_dir, out, overrides_path=overrides)
    assert {path.name: path.read_bytes() for path in out.iterdir()} == snapshot


def test_second_build_tracks_changes_and_keeps_clinics_that_disappeared(tmp_path):
    first, second = tmp_path / "crawl1", tmp_path / "crawl2"
    first.mkdir(), second.mkdir()
    (first / "clinic_sites.jsonl").write_text("\n".join(json.dumps(r) for r in ITEMS[:3]) + "\n")
    later = [dict(ITEMS[0], crawled_at="2026-12-01T09:00:00+00:00", fee_min=500.0, phone="+13035550199"),
             dict(ITEMS[2], crawled_at="2026-12-01T09:00:00+00:00")]
    (second / "clinic_sites.jsonl").write_text("\n".join(json.dumps(r) for r in later) + "\n")
    out = tmp_path / "out"
    run(first, out)
    result = run(second, out)

    clinics = result.clinics.set_index("name")
    birch = clinics.loc["Birch Infusions"]
    assert (birch.status, birch.reason_code, birch.last_seen) == ("review", "not_seen_in_latest_crawl", "2026-11-20")
    assert "last seen 2026-11-20" in birch.reason
    aspen = clinics.loc["Aspen Ketamine"]
    assert (aspen.first_seen, aspen.last_seen, aspen.fee_min) == ("2026-11-20", "2026-12-01", 500.0)
    changes = read_table(out / "changes.csv")
    found = set(zip(changes["name"], changes["change"], changes["column"], changes["old_value"], changes["new_value"]))
    assert ("Aspen Ketamine", "fee change", "fee_min", "450", "500") in {
        (n, c, col, f"{float(o):g}" if o else o, f"{float(v):g}" if v else v)
        for n, c, col, o, v in found if col == "fee_min"}
    assert ("Aspen Ketamine", "identity change", "phone", "+13035550100", "+13035550199") in found
    assert ("Birch Infusions", "no longer seen", "last_seen", "2026-11-20", "2026-11-20") in found
    assert ("Birch Infusions", "status change", "status", "listed", "review") in found
    assert "## Changes since the previous build" in (out / "build-report.md").read_text()


def test_a_clinic_added_by_a_reviewer_is_judged_like_any_other(crawl_dir, tmp_path):
    overrides = tmp_path / "overrides.csv"
    overrides.write_text("clinic_id,name,street,city,state,postal_code,phone,fee_min,reviewer,reason\n"
                         ",Gale Clinic,9 Wind Rd,Chicago,IL,60601,312-555-0100,500,ana,known by phone\n"
                         ",Hush Clinic,1 Quiet St,Chicago,IL,60601,312-555-0101,,ana,no price yet\n")
    clinics = run(crawl_dir, tmp_path / "out", overrides_path=overrides).clinics.set_index("name")
    gale, hush = clinics.loc["Gale Clinic"], clinics.loc["Hush Clinic"]
    assert (gale.status, gale.reason_code, gale.geo_precision, gale.reviewed_by) == ("listed", "fee_in_range", "zip",
                                                                                      "ana")
    assert (hush.status, hush.reason_code) == ("review", "fee_unknown")
    assert "nan" not in hush.reason


def test_wrongly_typed_crawl_values_are_reported_and_ignored(tmp_path):
    folder = tmp_path / "crawl"
    folder.mkdir()
    bad = dict(ITEMS[0], fee_min="cheap", routes="iv_infusion", ketamine_provider="yes", postal_code=80202)
    (folder / "clinic_sites.jsonl").write_text(json.dumps(bad) + "\n")
    result = run(folder, tmp_path / "out")
    row = result.clinics.iloc[0]
    assert (row.postal_code, row.routes, row.status, row.reason_code) == ("80202", "", "review", "fee_unknown")
    assert [w.split(": ", 1)[1] for w in result.warnings] == [
        "routes 'iv_infusion' is not a list; ignored", "ketamine_provider 'yes' is not true/false; ignored",
        "fee_min 'cheap' is not a number; ignored"]


def test_every_item_is_checked_whatever_its_neighbours_looked_like(tmp_path):
    folder = tmp_path / "crawl"
    folder.mkdir()
    clean = [dict(ITEMS[0], ketamine_provider=True), dict(ITEMS[0], fee_min=None), dict(ITEMS[0], fee_min=500)]
    bad = dict(ITEMS[0], fee_min="cheap")
    lines = [*clean, bad, bad, dict(ITEMS[0], ketamine_provider=2), *clean]
    (folder / "clinic_sites.jsonl").write_text("".join(json.dumps(item) + "\n" for item in lines))
    warnings = run(folder, tmp_path / "out").warnings
    assert [w.split(":", 2)[2] for w in warnings] == [
        " fee_min 'cheap' is not a number; ignored", " fee_min 'cheap' is not a number; ignored",
        " ketamine_provider 2 is not true/false; ignored"]
    assert [int(w.split(":")[1]) for w in warnings] == [4, 5, 6]


@pytest.mark.parametrize("failing", ["clinics.csv", "directory.geojson", "map.html"])
def test_a_build_that_fails_while_writing_leaves_every_old_file(crawl_dir, tmp_path, monkeypatch, failing):
    out = tmp_path / "out"
    run(crawl_dir, out)
    before = {path.name: path.read_bytes() for path in out.iterdir()}
    real_stage = FileSet.stage

    def failing_stage(self, path, data):
        if path.name == failing:
            raise OSError("disk full")
        return real_stage(self, path, data)

    monkeypatch.setattr(FileSet, "stage", failing_stage)
    (crawl_dir / "more.jsonl").write_text(json.dumps(dict(ITEMS[0], name="Newer Clinic", street="9 New St",
                                                          phone="+13035550999", website="https://newer.example/"))
                                          + "\n")
    with pytest.raises(OSError, match="disk full"):
        run(crawl_dir, out)
    assert {path.name: path.read_bytes() for path in out.iterdir()} == before   # no temporary file left either


def test_the_report_stays_short_with_thousands_of_clinics(tmp_path):
    """Every clinic's own site is a source host, and every first build is all new clinics: the report names the
    busiest hosts and the changes a maintainer must check, and counts the rest."""
    def crawl(folder, fee):
        folder.mkdir()
        records = [item(f"Clinic{i} Ketamine", f"{i} Main St", "Denver", "CO", "80202", fee,
                        source_url=f"http://clinic{i}.test/", website=f"http://clinic{i}.test/",
                        phone=f"+1303555{i:04d}") for i in range(120)]
        records += [item("Listed Elsewhere", "1 Side St", "Denver", "CO", "80203", fee, source="sample_directory",
                         source_url="http://directory.test/co", website="")]
        (folder / "items.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n")
        return folder

    out = tmp_path / "out"
    run(crawl(tmp_path / "first", 450.0), out)
    run(crawl(tmp_path / "second", 500.0), out)
    report = (out / "build-report.md").read_text()
    assert "## Sources (121 hosts)" in report
    assert report.count(" clinic(s)\n") == 25
    assert "- 96 more host(s), 96 clinic mention(s) in all" in report
    assert "- fee change: 121" in report
    assert report.count(": fee change fee_min '450' → '500'") == 50
    assert "- … and 71 more in changes.csv" in report


def _crawl(folder, *records):
    folder.mkdir()
    (folder / "items.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))
    return folder


ASPEN = item("Aspen Ketamine", "1420 Larimer St Suite 300", "Denver", "CO", "80202", 450.0, phone="+13035550142")
BIRCH = item("Birch Psychiatry", "1420 Larimer St Suite 300", "Denver", "CO", "80202", 500.0, phone="+13035550199")
CEDAR = item("Cedar Mind", "1420 Larimer St Suite 300", "Denver", "CO", "80202", 600.0, phone="+13035550177")


def test_ids_survive_a_practice_opening_and_closing_at_the_same_suite(tmp_path):
    out = tmp_path / "out"
    ids = lambda result: dict(zip(result.clinics["name"], result.clinics["clinic_id"]))  # noqa: E731
    first = ids(run(_crawl(tmp_path / "1", ASPEN), out))
    second = ids(run(_crawl(tmp_path / "2", ASPEN, BIRCH), out))
    assert second["Aspen Ketamine"] == first["Aspen Ketamine"]
    assert second["Birch Psychiatry"] != first["Aspen Ketamine"]

    # Aspen closes: its row stays (stale, in review) with its id; Birch keeps its own and does not take Aspen's.
    third = run(_crawl(tmp_path / "3", BIRCH), out)
    assert ids(third) == second
    aspen = third.clinics.set_index("name").loc["Aspen Ketamine"]
    assert (aspen.status, aspen.reason_code) == ("review", "not_seen_in_latest_crawl")

    # A new practice in the closed one's suite is a clinic of its own, not Aspen under a new name.
    fourth = ids(run(_crawl(tmp_path / "4", BIRCH, CEDAR), out))
    assert fourth["Birch Psychiatry"] == second["Birch Psychiatry"]
    assert fourth["Aspen Ketamine"] == first["Aspen Ketamine"]
    assert len(set(fourth.values())) == 3


def test_a_renamed_clinic_keeps_its_id(tmp_path):
    out = tmp_path / "out"
    before = run(_crawl(tmp_path / "1", ASPEN), out).clinics
    renamed = dict(ASPEN, name="Summit Mind Ketamine")
    after = run(_crawl(tmp_path / "2", renamed), out)
    assert list(after.clinics["clinic_id"]) == list(before["clinic_id"])
    assert ("identity change", "name") in set(zip(after.changes["change"], after.changes["column"]))
