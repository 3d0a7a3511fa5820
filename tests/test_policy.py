"""The inclusion policy: file validation, and the decision and reason for every kind of clinic."""

import pandas as pd
import pytest

from directory.errors import InputError
from directory.policy import Policy, decide, load_policy


def clinic(fee_min=None, provider=True, lat=40.0, stale=False, note="", confidence=None, routes="iv_infusion"):
    return {"fee_min": fee_min, "fee_note": note, "ketamine_provider": provider, "latitude": lat,
            "geo_issue": "" if lat is not None else "ZIP 99999 is not a known US ZIP code", "stale": stale,
            "last_seen": "2026-10-01", "routes": routes,
            "fee_confidence": confidence if confidence is not None else ("high" if fee_min is not None else "")}


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
    # A fee read with low confidence: no automatic listing or exclusion rests on it.
    (clinic(450, confidence="low"), "review", "fee_uncertain", "typical"),
    (clinic(2000, confidence="low"), "review", "fee_uncertain", "above"),
    (clinic(350, confidence="low", lat=None), "review", "fee_uncertain", "below"),
    (clinic(450, confidence="reviewer"), "listed", "fee_in_range", "typical"),
    (clinic(None, confidence="low"), "review", "fee_unknown", "unknown"),
    # Ketamine by other routes only.
    (clinic(None, routes="im_injection;oral_sublingual"), "review", "no_infusion_offered", "unknown"),
    (clinic(None, routes="esketamine_spravato"), "review", "no_infusion_offered", "unknown"),
    (clinic(450, routes="iv_infusion;im_injection"), "listed", "fee_in_range", "typical"),
    (clinic(None, routes=""), "review", "fee_unknown", "unknown"),
    (clinic(None, provider=False, routes="oral_sublingual"), "excluded", "not_ketamine_provider", "unknown"),
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


def test_a_frame_without_confidence_or_routes_is_judged_as_before():
    frame = pd.DataFrame([clinic(450), clinic(None)]).drop(columns=["fee_confidence", "routes"])
    assert list(decide(frame, Policy())["reason_code"]) == ["fee_in_range", "fee_unknown"]


def test_the_policy_file_sets_what_happens_to_a_provider_offering_no_infusion(tmp_path):
    path = tmp_path / "policy.toml"
    path.write_text('[decisions]\nno_infusion_offered = "excluded"\n')
    frame = pd.DataFrame([clinic(None, routes="im_injection")])
    decision = decide(frame, load_policy(path)).iloc[0]
    assert (decision.status, decision.reason_code) == ("excluded", "no_infusion_offered")
    assert "other routes" in decision.reason


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
    ("far_above = 1200\n", "far_above is not in a table: write it under [fees] or [decisions]"),
    ("fees = 1200\n", "fees is not in a table"),
    ("[fees]\nfar_above = \"lots\"\n", "[fees] far_above must be a number of dollars from $100 to $10,000, got 'lots'"),
    ("[fees]\nfar_above = true\n", "far_above must be a number"),
    ("[decisions]\nunknown_fee = \"hide\"\n", "unknown_fee must be one of listed, excluded, review, got 'hide'"),
    ("[decisions]\nno_infusion_offered = \"drop\"\n", "no_infusion_offered must be one of listed, excluded, review"),
    ("[fees]\ntypical_min = 900\n", "needs typical_min <= typical_max <= far_above, got 900, 800, 1200"),
    ("[fees]\ntypical_min = 700\ntypical_max = 600\n", "needs typical_min <= typical_max <= far_above"),
    # Values that parse but would judge every clinic, or break the sentences the reasons are written in.
    ("[fees]\nfar_above = inf\n", "far_above must be a number of dollars from $100 to $10,000, got inf"),
    ("[fees]\nfar_above = nan\n", "far_above must be a number of dollars from $100 to $10,000, got nan"),
    ("[fees]\ntypical_min = 0.001\n", "typical_min must be a number of dollars from $100 to $10,000, got 0.001"),
    ("[fees]\ntypical_min = -400\n", "typical_min must be a number of dollars from $100 to $10,000, got -400"),
    ("[fees]\nfar_above = 1e9\n", "got 1000000000.0"),
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
