"""Accuracy report: crawl the bundled sample web, build, and score the result against the sample web's answer key.

Besides each field's hit rate it reports the fee's precision (of the fees the build published, the share that are
right) and recall (of the fees the key expects, the share the build found), and the wrong automatic decisions: a
clinic the build listed or excluded on its own while the key says otherwise. That count must stay 0: a wrong
decision is what a patient would rely on.

    python -m clinicdir.accuracy                 # crawl + build into a temporary folder, print the scores
    python -m clinicdir.accuracy --directory DIR # score an existing build of the sample web (its clinics.csv)

The exit status is 1 when any automatic decision is wrong.
"""

from __future__ import annotations

import argparse
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from directory.identity import street_core
from directory.spreadsheet import read_table


@dataclass
class Score:
    expected: int = 0
    found: int = 0
    extra: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    fields: dict[str, int] = field(default_factory=dict)    # field -> clinics where it matches
    placed: int = 0                                           # clinics found that are on the map
    mismatches: list[str] = field(default_factory=list)
    fees_published: int = 0     # matched clinics with a fee in the build
    fees_expected: int = 0      # matched clinics with a fee in the key
    fees_right: int = 0         # clinics whose published fee is the key's
    wrong_decisions: list[str] = field(default_factory=list)

    def rate(self, name: str) -> str:
        return f"{self.fields.get(name, 0)}/{self.found}"

    def fee_precision(self) -> str:
        return _share(self.fees_right, self.fees_published)

    def fee_recall(self) -> str:
        return _share(self.fees_right, self.fees_expected)


def _share(part: int, whole: int) -> str:
    return f"{part}/{whole} ({100 * part / whole:.0f}%)" if whole else "0/0"


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
    "fee_confidence": lambda key, row: key.fee_confidence == row.get("fee_confidence", ""),
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
        result.placed += bool(row.get("latitude"))
        for name, same in _COMPARED.items():
            if same(key, row):
                result.fields[name] = result.fields.get(name, 0) + 1
            else:
                result.mismatches.append(f"{key.name}: {name} expected {getattr(key, name)!r}, got {row.get(name)!r}")
        published = bool(_fee(row["fee_min"]) or _fee(row["fee_max"]))
        expected = key.fee_min is not None or key.fee_max is not None
        result.fees_published += published
        result.fees_expected += expected
        result.fees_right += published and expected and _COMPARED["fee_min"](key, row) and _COMPARED["fee_max"](key, row)
        if row["status"] in ("listed", "excluded") and row["status"] != key.status:
            result.wrong_decisions.append(f"{key.name}: {row['status']} ({row['reason_code']}), key says {key.status}")
    result.extra = [r["name"] for r in rows if r["clinic_id"] not in matched]
    return result


def report(result: Score) -> str:
    lines = [
        "| measure | score |", "| --- | ---: |",
        f"| clinics found | {result.found}/{result.expected} |",
        f"| clinics found that are not in the key | {len(result.extra)} |",
        f"| clinics found that are placed on the map | {result.placed}/{result.found} |",
        f"| fee precision (published fees that are right) | {result.fee_precision()} |",
        f"| fee recall (expected fees found) | {result.fee_recall()} |",
        f"| wrong automatic decisions (listed or excluded against the key) | {len(result.wrong_decisions)} |",
    ]
    lines += [f"| {name} correct | {result.rate(name)} |" for name in _COMPARED]
    if result.wrong_decisions:
        lines += ["", "Wrong automatic decisions:", *[f"- {w}" for w in result.wrong_decisions]]
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
        clinics = read_table(args.directory / "clinics.csv")
    else:
        with tempfile.TemporaryDirectory() as tmp:
            clinics = crawl_and_build(Path(tmp))
    result = score(clinics, ANSWER_KEY)
    print(report(result))
    return 1 if result.wrong_decisions else 0


if __name__ == "__main__":
    raise SystemExit(main())
