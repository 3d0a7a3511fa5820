"""DATA_FORMAT.md is the contract: its tables and the code's columns must agree, name for name, in order."""

import re
from pathlib import Path

import pytest

from directory.history import CHANGES_COLUMNS
from directory.outputs import AUDIT_COLUMNS, CLINICS_COLUMNS, DIRECTORY_COLUMNS
from directory.overrides import COLUMNS as OVERRIDE_COLUMNS, CONTEXT
from directory.policy import Policy, decide
from spiders.extract.fees import KINDS, FeeMention
from common.vocabulary import CONDITION_CODES, ROUTE_CODES
from common.items import ClinicItem

DOC = (Path(__file__).parent.parent / "DATA_FORMAT.md").read_text(encoding="utf-8")


def documented(table: str) -> tuple[str, ...]:
    block = DOC.split(f"<!-- table: {table} -->", 1)[1].strip().split("\n\n", 1)[0]
    rows = [line for line in block.splitlines() if line.startswith("|")][2:]
    return tuple(row.split("|")[1].strip() for row in rows)


@pytest.mark.parametrize("table, columns", [
    ("crawl_item", tuple(ClinicItem.field_names())),
    ("clinics", CLINICS_COLUMNS),
    ("directory", DIRECTORY_COLUMNS),
    ("overrides", OVERRIDE_COLUMNS),
    ("audit", AUDIT_COLUMNS),
    ("changes", CHANGES_COLUMNS),
])
def test_documented_columns_match_the_code(table, columns):
    assert documented(table) == columns


def test_vocabularies_are_documented():
    for code in ROUTE_CODES + CONDITION_CODES:
        assert re.search(rf"`{code}`", DOC), code


def test_fee_mention_kinds_and_fields_are_documented():
    block = DOC.split("### Fee mentions", 1)[1].split("### Fee confidence", 1)[0]
    table = [line.split("|")[1].strip() for line in block.splitlines() if line.startswith("| ") and "---" not in line]
    assert table[1:] == list(KINDS)
    for name in FeeMention.__dataclass_fields__:
        assert f"`{name}`" in block, name


def test_every_reason_code_and_review_context_column_is_documented():
    import pandas as pd

    rows = [{"fee_min": fee, "fee_note": "", "ketamine_provider": provider, "latitude": lat, "geo_issue": "",
             "stale": stale, "last_seen": "", "routes": routes, "fee_confidence": confidence}
            for fee, provider, lat, stale, routes, confidence in (
                (450, True, 1.0, False, "iv_infusion", "high"), (350, True, 1.0, False, "iv_infusion", "high"),
                (900, True, 1.0, False, "iv_infusion", "high"), (2000, True, 1.0, False, "iv_infusion", "high"),
                (None, True, 1.0, False, "iv_infusion", ""), (450, False, 1.0, False, "", "high"),
                (450, True, None, False, "iv_infusion", "high"), (450, True, 1.0, True, "iv_infusion", "high"),
                (450, True, 1.0, False, "iv_infusion", "low"), (None, True, 1.0, False, "im_injection", ""))]
    rows.append(dict(rows[0], identity_conflict="Identity conflict: 'A' (http://a.test/) and 'B' ..."))
    codes = set(decide(pd.DataFrame(rows), Policy())["reason_code"])
    assert "identity_conflict" in codes
    section = DOC.split("### Reason codes", 1)[1].split("\n## ", 1)[0]
    assert {row.split("|")[2].strip() for row in section.splitlines() if row.startswith("| ")} >= codes
    assert all(f"`{column}`" in DOC for column in CONTEXT)
