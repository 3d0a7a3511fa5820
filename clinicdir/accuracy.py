"""Accuracy report: crawl the bundled sample web, build, and score the result against the sample web's answer key.

    python -m clinicdir.accuracy                 # crawl + build into a temporary folder, print the scores
    python -m clinicdir.accuracy --directory DIR # score an existing build of the sample web (its clinics.csv)
"""

from __future__ import annotations

import argparse
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from directory.identity import street_core


@dataclass
class Score:
    expected: int = 0
    found: int = 0
    extra: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    fields: dict[str, int] = field(default_factory=dict)    # field -> clinics where it matches
    mismatches: list[str] = field(default_factory=list)

    def rate(self, name: str) -> str:
        return f"{self.fields.get(name, 0)}/{self.found}"


# What a match means for each field: the answer key's value and the build's, compared after normalising.
def _fee(value) -> str:
    return "" if value is None or value == "" or value != value else f"{float(value):.0f}"


_COMPARED = {
    "name": lambda key, row: key.name == row["name"],
    "street": lambda key, row: street_core(key.street) == street_core(row["street"]),
    "city": lambda key, row: key.city == row["city"],
    "state": lambda key, row: key.state == row["state"],
    "postal_code": lambda key, row: key.postal_code == row["postal_code"],
    "phone": lambda key, row: key.phone == row["phone"],
    "fee_min": lambda key, row: _fee(key.fee_min) == _fee(row["fee_min"]),
    "fee_max": lambda key, row: _fee(key.fee_max) == _fee(row["fee_max"]),
    "status": lambda key, row: key.status == row["status"],
    "reason_code": lambda key, row: key.reason_code == row["reason_code"],
    "routes": lambda key, row: set(key.routes) == set(filter(None, row["routes"].split(";"))),
    "conditions": lambda key, row: set(key.conditions) == set(filter(None, row["conditions"].split(";"))),
}


def score(clinics: pd.DataFrame, answer_key) -> Score:
    result = Score(expected=len(answer_key))
    rows = clinics.astype(object).where(clinics.notna(), "").astype(str).to_dict("records")
    by_place = {(r["postal_code"], street_core(r["street"])): r for r in rows}
    by_name = {r["name"]: r for r in rows}
    matched: set[str] = set()
    for key in answer_key:
        row = by_place.get((key.postal_code, street_core(key.street))) or by_name.get(key.name)
        if row is None:
            result.missing.append(key.name)
            continue
        matched.add(row["clinic_id"])
        result.found += 1
        for name, same in _COMPARED.items():
            if same(key, row):
                result.fields[name] = result.fields.get(name, 0) + 1
            else:
                result.mismatches.append(f"{key.name}: {name} expected {getattr(key, name)!r}, got {row[name]!r}")
    result.extra = [r["name"] for r in rows if r["clinic_id"] not in matched]
    return result


def report(result: Score) -> str:
    lines = [
        "| measure | score |", "| --- | ---: |",
        f"| clinics found | {result.found}/{result.expected} |",
        f"| clinics found that are not in the key | {len(result.extra)} |",
    ]
    lines += [f"| {name} correct | {result.rate(name)} |" for name in _COMPARED]
    if result.missing:
        lines += ["", "Missing: " + "; ".join(result.missing)]
    if result.extra:
        lines += ["", "Not in the key: " + "; ".join(result.extra)]
    if result.mismatches:
        lines += ["", "Mismatches:", *[f"- {m}" for m in result.mismatches]]
    return "\n".join(lines)


def crawl_and_build(out: Path) -> pd.DataFrame:
    from clinicdir.build import BuildOptions, build
    from clinicdir.crawl import LOOPBACK_SETTINGS, run_crawl
    from clinicdir.sample_web import SampleWeb

    with SampleWeb() as web:
        run_crawl(["clinic_sites"], out / "crawl", urls=web.start_urls, settings_overrides=LOOPBACK_SETTINGS,
                  quiet=True)
    return build(BuildOptions(crawl_dirs=[out / "crawl"], out_dir=out, tiles=None)).clinics


def main(argv: list[str] | None = None) -> int:
    from clinicdir.sample_web import ANSWER_KEY

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--directory", type=Path, help="a build folder of the sample web to score")
    args = parser.parse_args(argv)
    if args.directory:
        clinics = pd.read_csv(args.directory / "clinics.csv", dtype=str, keep_default_na=False)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            clinics = crawl_and_build(Path(tmp))
    print(report(score(clinics, ANSWER_KEY)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
