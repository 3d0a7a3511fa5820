"""The directory stage of `clinicdir build`: crawl output → merged, geocoded, judged and reviewed clinics → the
text of the directory's files.

Every input (policy, overrides, crawl files) is read and validated, and every file's text made, before anything is
written: clinicdir.build writes these files and the map pages together, so a bad input leaves the old outputs intact.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import pandas as pd

from common import sites
from common.money import fee_candidates
from directory import identity
from directory.crawl_input import read_crawls
from directory.errors import InputError
from directory.geocode import GEOCODER_ATTRIBUTION, geocode_frame
from directory.history import CHANGES_COLUMNS, carry_forward, compare, keep_previous_ids, read_previous
from directory.merge import merge_items
from directory.outputs import AUDIT_COLUMNS, CLINICS_COLUMNS, COORDINATE_DECIMALS, COORDINATES, csv_text
from directory.overrides import CONTEXT, CORRECTABLE, DECISION, apply_corrections, apply_decisions, read_overrides
from directory.policy import Policy, decide, load_policy
from directory.public import public_files
from directory.schema import validate_clinics

# Carried in each row's `licences`, so a reused row keeps the credit its coordinates require.
COORDINATES_LICENCE = {"zip": "Coordinates: GeoNames, CC BY 4.0",
                       "address": "Coordinates: © OpenStreetMap contributors, ODbL"}


@dataclass
class BuildOptions:
    crawl_dirs: list[Path]
    out_dir: Path
    policy_path: Path | None = None
    overrides_path: Path | None = None
    geocoder: object | None = None          # a geopy Geocoder; None = the offline ZIP gazetteer
    geocoder_credit: str = GEOCODER_ATTRIBUTION["zip"]
    progress: Callable[[str], None] = lambda message: None


@dataclass
class BuildResult:
    clinics: pd.DataFrame
    policy: Policy = field(default_factory=Policy)
    texts: dict[str, str] = field(default_factory=dict)     # file name → text, made before anything is written
    files: dict[str, Path] = field(default_factory=dict)    # file name → path, once written
    warnings: list[str] = field(default_factory=list)
    audit: list[dict] = field(default_factory=list)
    changes: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=list(CHANGES_COLUMNS)))
    fees: dict[str, list] = field(default_factory=dict)    # clinic_id -> the classified amounts of its fee source

    def count(self, status: str) -> int:
        return int((self.clinics["status"] == status).sum())


@dataclass
class Inputs:
    """What a build reads besides its output folder, checked, with the crawl items merged into clinics."""
    policy: Policy
    overrides: list
    merged: pd.DataFrame
    warnings: list[str]


def read_inputs(options: BuildOptions) -> Inputs:
    """Policy, overrides and crawls, each checked before anything else is done."""
    say = options.progress
    policy = load_policy(options.policy_path)
    overrides = read_overrides(options.overrides_path) if options.overrides_path else []
    crawl = read_crawls(options.crawl_dirs)
    if not crawl.items:   # a broken crawl would send every clinic of the previous build to review as not seen
        skipped = f" ({len(crawl.warnings)} line(s) skipped; the first: {crawl.warnings[0]})" if crawl.warnings else ""
        raise InputError(f"{', '.join(map(str, options.crawl_dirs))}: no crawl item to build from{skipped}")
    say(f"read {len(crawl.items)} crawl item(s) from {len(crawl.files)} file(s)")
    # The raw items are let go once merged: at 100,000 of them, hundreds of MB free for what follows.
    merged = merge_items(crawl.items)
    say(f"merged into {len(merged)} clinic(s)")
    return Inputs(policy, overrides, merged, crawl.warnings)


def build_directory(options: BuildOptions, inputs: Inputs | None = None) -> BuildResult:
    """The clinics of the crawl folders, decided and reviewed against the previous build in the output folder, and
    the text of every directory file. `inputs` are read here unless given."""
    say = options.progress
    inputs = inputs or read_inputs(options)
    previous = read_previous(options.out_dir)
    result = _judge(inputs.merged, previous, inputs.overrides, inputs.policy, options)
    result.warnings = inputs.warnings + result.warnings
    result.clinics = validate_clinics(result.clinics)
    result.changes = compare(previous, result.clinics)
    result.texts = {
        "clinics.csv": csv_text(result.clinics, CLINICS_COLUMNS),
        "review.csv": csv_text(_review_sheet(result), _REVIEW_COLUMNS),
        "changes.csv": csv_text(result.changes, CHANGES_COLUMNS),
        "audit.csv": csv_text(pd.DataFrame(result.audit), AUDIT_COLUMNS),
        "build-report.md": _report(result),
        **public_files(result.clinics, options.geocoder_credit),
    }
    counts = ", ".join(f"{result.count(s)} {s}" for s in ("listed", "excluded", "review"))
    say(f"decisions: {counts}")
    return result


def _judge(merged: pd.DataFrame, previous, overrides: list, policy: Policy, options: BuildOptions) -> BuildResult:
    """Geocoded, decided and reviewed clinics, not yet checked against the schema."""
    say = options.progress
    merged = carry_forward(keep_previous_ids(merged, previous), previous)
    corrected = apply_corrections(merged, overrides, new_id=_id_for_added_clinic)
    frame = corrected.frame
    # A reviewer's point was checked against the clinic's state when read; it wins over the geocoder's checks,
    # which would otherwise move a clinic whose ZIP is wrong back to that ZIP.
    reviewer_placed = frame["clinic_id"].isin(corrected.placed)
    reviewer_points = frame.loc[reviewer_placed, list(COORDINATES)]
    frame = geocode_frame(frame, options.geocoder)
    frame.loc[reviewer_placed, list(COORDINATES)] = reviewer_points
    # Every output (CSVs, GeoJSON, map) carries the coordinates at the precision the CSVs publish.
    frame[list(COORDINATES)] = frame[list(COORDINATES)].round(COORDINATE_DECIMALS)
    frame.loc[reviewer_placed, "geo_precision"] = "reviewer"
    frame.loc[reviewer_placed, "geo_issue"] = ""
    frame["licences"] = _with_coordinate_licence(frame)
    say(f"placed {int(frame['latitude'].notna().sum())} of {len(frame)} clinic(s) on the map")

    frame = frame.join(decide(frame, policy))
    audit = corrected.audit
    frame = apply_decisions(frame, overrides, audit)
    fees = dict(zip(frame["clinic_id"].tolist(), frame["fees"].tolist()))
    frame = frame.reindex(columns=list(CLINICS_COLUMNS)).sort_values("clinic_id", kind="stable")
    return BuildResult(frame.reset_index(drop=True), policy, warnings=corrected.warnings, audit=audit, fees=fees)


def _id_for_added_clinic(row: dict) -> str:
    return identity.clinic_id(
        row.get("postal_code", ""), row.get("street", ""), row.get("phone", ""),
        sites.site_key(row.get("website", "")), row.get("name", ""), row.get("state", ""),
    )


def _with_coordinate_licence(frame: pd.DataFrame) -> list[str]:
    """Each row's licences, plus the licence of its coordinates when a gazetteer or geocoder gave them."""
    credit = {"zip": COORDINATES_LICENCE["zip"], "city": COORDINATES_LICENCE["zip"],
              "address": COORDINATES_LICENCE["address"]}
    rows = []
    for licences, precision in zip(frame["licences"].tolist(), frame["geo_precision"].tolist()):
        parts = [part for part in (licences if isinstance(licences, str) else "").split("; ") if part]
        if precision in credit and credit[precision] not in parts:
            parts.append(credit[precision])
        rows.append("; ".join(parts))
    return rows


_REPORT_HOSTS = 25
_REPORT_CHANGES = 50

_REVIEW_COLUMNS = ("clinic_id", *DECISION, *CORRECTABLE, *CONTEXT)


def _review_sheet(result: BuildResult) -> pd.DataFrame:
    """Clinics waiting for a reviewer, in the overrides format: fill in status/reason/reviewer and pass it back.

    Besides the clinics in review, a clinic a reviewer already decided comes back when its crawled fee or
    identity has changed since, so that no decision stands on data that is no longer true.
    """
    clinics = result.clinics
    changed = result.changes.loc[result.changes["change"].isin(["fee change", "identity change"]), "clinic_id"]
    reviewed_and_changed = clinics["reviewed_by"].fillna("").ne("") & clinics["clinic_id"].isin(changed)
    pending = clinics[(clinics["status"] == "review") | reviewed_and_changed].copy()
    # Gazetteer points are derived, not crawled: prefilled, they would come back as a reviewer's exact location.
    derived = ~pending["geo_precision"].isin(["site", "reviewer"])
    pending.loc[derived, ["latitude", "longitude"]] = None
    pending["current_status"] = pending["status"]
    pending["current_reason"] = pending["reason"]
    pending["fee_candidates"] = [fee_candidates(result.fees.get(cid)) for cid in pending["clinic_id"]]
    for column in DECISION:
        pending[column] = ""
    return pending


def _report(result: BuildResult) -> str:
    clinics = result.clinics
    built_on = clinics["last_seen"].replace("", None).max() if len(clinics) else None
    lines = [f"# Directory build of {built_on if isinstance(built_on, str) else 'unknown date'}", "",
             result.policy.sentence(), "", "## Decisions", ""]
    lines += ["| status | clinics |", "| --- | ---: |"]
    lines += [f"| {status} | {result.count(status)} |" for status in ("listed", "excluded", "review")]
    lines += ["", "## Reasons", "", "| status | reason | clinics |", "| --- | --- | ---: |"]
    reasons = Counter(zip(clinics["status"].tolist(), clinics["reason_code"].tolist()))
    lines += [f"| {status} | {code} | {n} |" for (status, code), n in sorted(reasons.items())]
    changes = result.changes
    counts = Counter(changes["change"].tolist())
    lines += ["", f"## Changes since the previous build ({len(changes)})", ""]
    lines += [f"- {kind}: {n}" for kind, n in sorted(counts.items())] or ["None (first build in this folder)."]
    # New clinics are counted only: the listed changes are the ones a maintainer checks.
    details = changes[changes["change"] != "new clinic"]
    lines += [f"- {c.clinic_id} {c.name}: {c.change} {c.column} {c.old_value!r} → {c.new_value!r}"
              for c in details.head(_REPORT_CHANGES).itertuples()]
    if len(details) > _REPORT_CHANGES:
        lines.append(f"- … and {len(details) - _REPORT_CHANGES} more in changes.csv")
    lines += ["", f"## Reviewer changes ({len(result.audit)})", ""]
    lines += [f"- {a['clinic_id']}: {a['column']} {a['crawled_value']!r} → {a['reviewed_value']!r} "
              f"({a['reviewer'] or 'reviewer'})" for a in result.audit] or ["None."]
    lines += ["", f"## Warnings ({len(result.warnings)})", ""]
    lines += [f"- {w}" for w in result.warnings] or ["None."]
    sources = Counter(sites.host(url) or url
                      for value in clinics["sources"].dropna().tolist() for url in value.split())
    lines += ["", f"## Sources ({len(sources)} hosts)", ""]
    # Directory and open-data hosts name many clinics; each clinic's own site names one. The first stay readable.
    ranked = sorted(sources.items(), key=lambda entry: (-entry[1], entry[0]))
    lines += [f"- {host}: {n} clinic(s)" for host, n in ranked[:_REPORT_HOSTS]]
    if len(ranked) > _REPORT_HOSTS:
        rest = ranked[_REPORT_HOSTS:]
        lines.append(f"- {len(rest)} more host(s), {sum(n for _, n in rest)} clinic mention(s) in all")
    return "\n".join(lines) + "\n"
