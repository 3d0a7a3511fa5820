"""DATA_FORMAT.md is the contract: its tables and the code's columns must agree, name for name, in order."""

import re
from pathlib import Path

import pytest

from directory.history import CHANGES_COLUMNS
from directory.outputs import AUDIT_COLUMNS, CLINICS_COLUMNS, DIRECTORY_COLUMNS
from directory.overrides import COLUMNS as OVERRIDE_COLUMNS
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
