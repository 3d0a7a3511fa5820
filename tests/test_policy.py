"""The inclusion policy: file validation, and the decision and reason for every kind of clinic."""

import pandas as pd
import pytest

from directory.errors import InputError
from directory.policy import Policy, decide, load_policy


def clinic(fee_min=None, provider=True, lat=40.0, stale=False, note=""):
    return {"fee_min": fee_min, "fee_note": note, "ketamine_provider": provider, "latitude": lat,
            "geo_issue": "" if lat is not None else "ZIP 99999 is not a known US ZIP code", "stale": stale,
            "last_seen": "2026-10-01"}


@pytest.mark.parametrize("row, status, code, band", [
    (clinic(450), "listed", "fee_in_range", "typical"),
    (clinic(400), "listed", "fee_in_range", "typical"),
    (clinic(800), "listed", "fee_in_range", "typical"),
    (clinic(350), "listed", "fee_below_range", "below"),
    (clinic(800.01), "listed", "fee_above_range", "above"),
    (clinic(950), "listed", "fee_above_range", "above"),
    (clinic(1200), "listed", "fee_above_range", "above"),
    (clinic(1200.5), "excluded", "fee_far_above_range", "above"),
    (clinic(2000), "excluded", "fee_far_above_range", "above"),
    (clinic(None, note="call for pricing"), "review", "fee_unknown", "unknown"),
    (clinic(450, provider=False), "excluded", "not_ketamine_provider", "typical"),
    (clinic(None, provider=False), "excluded", "not_ketamine_provider", "unknown"),
    (clinic(450, provider=None), "listed", "fee_in_range", "typical"),
    (clinic(450, lat=None), "review", "location_unknown", "typical"),
    (clinic(2000, lat=None), "excluded", "fee_far_above_range", "above"),
    (clinic(450, stale=True), "review", "not_seen_in_latest_crawl", "typical"),
])
def test_default_decisions(row, status, code, band):
    decision = decide(pd.DataFrame([row]), Policy()).iloc[0]
    assert (decision.status, decision.reason_code, decision.fee_band) == (status, code, band)
    assert decision.reason.endswith(".")


def test_reasons_are_sentences_with_the_figures():
    frame = pd.DataFrame([clinic(950), clinic(1600), clinic(None, note="call for pricing"), clinic(450, lat=None),
                          clinic(450, stale=True)])
    reasons = list(decide(frame, Policy())["reason"])
    assert reasons[0] == ("Lowest published fee $950 per infusion is above the typical $400–$800 range "
                          "but not above $1,200: listed, flagged.")
    assert "$1,600" in reasons[1] and "$1,200 ceiling" in reasons[1]
    assert "call for pricing" in reasons[2]
    assert "ZIP 99999" in reasons[3]
    assert "last seen 2026-10-01" in reasons[4]


def test_above_range_is_flagged():
    flags = decide(pd.DataFrame([clinic(950), clinic(450)]), Policy())["fee_flag"]
    assert list(flags) == ["above typical range", ""]


def test_edited_policy_changes_decisions(tmp_path):
    path = tmp_path / "policy.toml"
    path.write_text("[fees]\nfar_above = 1000\n[decisions]\nunknown_fee = \"listed\"\n")
    policy = load_policy(path)
    frame = pd.DataFrame([clinic(1100), clinic(None)])
    assert list(decide(frame, policy)["status"]) == ["excluded", "listed"]


def test_default_policy_file_matches_the_documented_defaults():
    assert load_policy() == Policy(typical_min=400, typical_max=800, far_above=1200)


@pytest.mark.parametrize("content, message", [
    ("[fees]\nceiling = 1200\n", "unknown key 'ceiling' in [fees]"),
    ("[fee]\nfar_above = 1200\n", "unknown table [fee]"),
    ("[fees]\nfar_above = \"lots\"\n", "[fees] far_above must be a number of dollars, got 'lots'"),
    ("[fees]\nfar_above = true\n", "far_above must be a number"),
    ("[decisions]\nunknown_fee = \"hide\"\n", "unknown_fee must be one of listed, excluded, review, got 'hide'"),
    ("[fees]\ntypical_min = 900\n", "needs 0 < typical_min <= typical_max <= far_above"),
    ("[fees\nfar_above = 1\n", "not valid TOML"),
])
def test_bad_policy_files_name_the_file_and_key(tmp_path, content, message):
    path = tmp_path / "policy.toml"
    path.write_text(content)
    with pytest.raises(InputError) as error:
        load_policy(path)
    assert str(path) in str(error.value) and message in str(error.value)


def test_missing_policy_file(tmp_path):
    with pytest.raises(InputError, match="policy file not found"):
        load_policy(tmp_path / "nope.toml")
