"""The network's inclusion policy: a validated TOML file, and the decision (with its reason) for every clinic."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np
import pandas as pd

from common.money import dollars
from directory.errors import InputError

DEFAULT_POLICY = resources.files("directory").joinpath("default_policy.toml")
STATUSES = ("listed", "excluded", "review")


@dataclass(frozen=True)
class Policy:
    typical_min: float = 400
    typical_max: float = 800
    far_above: float = 1200
    unknown_fee: str = "review"
    not_ketamine_provider: str = "excluded"
    no_infusion_offered: str = "review"
    unplaceable: str = "review"
    not_seen_in_latest_crawl: str = "review"

    def sentence(self) -> str:
        return (
            f"Clinics typically charge {dollars(self.typical_min)}–{dollars(self.typical_max)} per infusion; "
            f"clinics whose lowest published per-infusion fee is above {dollars(self.far_above)} are left out."
        )


_SCHEMA: dict[str, dict[str, type]] = {
    "fees": {"typical_min": float, "typical_max": float, "far_above": float},
    "decisions": {"unknown_fee": str, "not_ketamine_provider": str, "no_infusion_offered": str, "unplaceable": str,
                  "not_seen_in_latest_crawl": str},
}


def load_policy(path: Path | None = None) -> Policy:
    """Read and validate a policy file; every problem names the file and the key."""
    source = Path(path) if path else DEFAULT_POLICY
    where = str(path) if path else "default policy"
    try:
        data = tomllib.loads(source.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"{where}: policy file not found") from None
    except UnicodeDecodeError as exc:
        raise InputError(f"{where}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"{where}: not valid TOML: {exc}") from None

    values: dict[str, object] = {}
    for table, content in data.items():
        if not isinstance(content, dict):   # a key above every [table], where TOML puts it at the top level
            raise InputError(f"{where}: {table} is not in a table: write it under "
                             f"{' or '.join(f'[{t}]' for t in _SCHEMA)}")
        if table not in _SCHEMA:
            raise InputError(f"{where}: unknown table [{table}] (expected {', '.join(f'[{t}]' for t in _SCHEMA)})")
        for key, value in content.items():
            if key not in _SCHEMA[table]:
                raise InputError(
                    f"{where}: unknown key '{key}' in [{table}] (expected one of: {', '.join(_SCHEMA[table])})"
                )
            values[key] = _checked(where, table, key, value, _SCHEMA[table][key])
    policy = Policy(**values)
    if not policy.typical_min <= policy.typical_max <= policy.far_above:
        raise InputError(
            f"{where}: [fees] needs typical_min <= typical_max <= far_above, got "
            f"{policy.typical_min:g}, {policy.typical_max:g}, {policy.far_above:g}"
        )
    return policy


# What a per-infusion threshold can sensibly be: the fee reader takes nothing under $100 for a standard infusion,
# and published fees stop near $2,000. A value outside (0.001, inf, nan, a negative one) would judge every clinic.
AMOUNT_BOUNDS = (100.0, 10_000.0)


def _checked(where: str, table: str, key: str, value: object, kind: type) -> object:
    if kind is float:
        low, high = AMOUNT_BOUNDS
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not low <= value <= high:
            raise InputError(f"{where}: [{table}] {key} must be a number of dollars from {dollars(low)} to "
                             f"{dollars(high)}, got {value!r}")
        return float(value)
    if value not in STATUSES:
        raise InputError(f"{where}: [{table}] {key} must be one of {', '.join(STATUSES)}, got {value!r}")
    return value


def decide(frame: pd.DataFrame, policy: Policy) -> pd.DataFrame:
    """Columns status, reason_code, reason and fee_band for every clinic of the frame.

    Needs fee_min, fee_note, ketamine_provider, latitude, geo_issue, stale (bool) and last_seen; reads
    fee_confidence, routes, review_flags (";"-separated crawl flags) and identity_conflict (merge's sentence) when
    present. The first rule that applies wins: an identity conflict (the pair goes to review), not a provider, no
    infusion offered (ketamine by other routes only), a fee in doubt (a listing or exclusion would rest on it), fee
    far above, a review flag, unknown fee, then (for clinics that would be listed or reviewed) not seen in the
    latest crawl, then unplaceable.
    """
    fee = pd.to_numeric(frame["fee_min"], errors="coerce")
    known = fee.notna()
    not_provider = frame["ketamine_provider"].eq(False)
    no_infusion = frame["ketamine_provider"].eq(True) & pd.Series(
        [_other_routes_only(routes) for routes in _column(frame, "routes")], index=frame.index)
    uncertain = known & pd.Series(_column(frame, "fee_confidence"), index=frame.index, dtype=object).eq("low")
    far = known & (fee > policy.far_above)
    above = known & (fee > policy.typical_max) & ~far
    below = known & (fee < policy.typical_min)
    unplaced = frame["latitude"].isna()
    stale = frame["stale"].eq(True)   # a clinic a reviewer added has no crawl history: never stale
    conflicts = _column(frame, "identity_conflict")
    conflict = np.array([isinstance(text, str) and text != "" for text in conflicts], dtype=bool)

    fee_code = np.select([~known, far, above, below], ["fee_unknown", "fee_far_above_range", "fee_above_range",
                                                        "fee_below_range"], "fee_in_range")
    # A crawl's review flag (e.g. too_many_locations) is the reason code itself, and always means review.
    flag = np.array([v.split(";")[0] if isinstance(v, str) else "" for v in _column(frame, "review_flags")],
                    dtype=object)
    code = np.select(
        [conflict, not_provider, no_infusion, uncertain, far, flag != "", stale, ~known, unplaced],
        ["identity_conflict", "not_ketamine_provider", "no_infusion_offered", "fee_uncertain", "fee_far_above_range",
         flag, "not_seen_in_latest_crawl", "fee_unknown", "location_unknown"],
        fee_code,
    )
    status_of = {name: "review" for name in set(flag) - {""}} | {
        "not_ketamine_provider": policy.not_ketamine_provider,
        "no_infusion_offered": policy.no_infusion_offered,
        "identity_conflict": "review",
        "fee_uncertain": "review",
        "fee_far_above_range": "excluded",
        "not_seen_in_latest_crawl": policy.not_seen_in_latest_crawl,
        "fee_unknown": policy.unknown_fee,
        "location_unknown": policy.unplaceable,
    }
    out = pd.DataFrame(index=frame.index)
    out["status"] = [status_of.get(c, "listed") for c in code]
    out["reason_code"] = code
    texts = _ReasonTexts(policy)
    out["reason"] = [
        conflict_text if c == "identity_conflict" else texts.reason(c, f, note, issue, seen)
        for c, f, note, issue, seen, conflict_text in zip(
            code, fee.tolist(), *(frame[name].tolist() for name in ("fee_note", "geo_issue", "last_seen")),
            conflicts)
    ]
    out["fee_band"] = np.select([~known, above | far, below], ["unknown", "above", "below"], "typical")
    out["fee_flag"] = np.where(pd.Series(fee_code, index=frame.index).eq("fee_above_range"), "above typical range", "")
    return out


def _column(frame: pd.DataFrame, name: str) -> list:
    return frame[name].tolist() if name in frame else [None] * len(frame)


def _other_routes_only(routes) -> bool:
    """Whether a clinic's routes (";"-separated codes) name ketamine routes, none of them an IV infusion."""
    codes = [code for code in routes.split(";") if code] if isinstance(routes, str) else []
    return bool(codes) and "iv_infusion" not in codes


class _ReasonTexts:
    """The sentence of each decision. The policy's figures are written once; a row formats only its own sentence."""

    def __init__(self, policy: Policy) -> None:
        typical = f"the typical {dollars(policy.typical_min)}–{dollars(policy.typical_max)} range"
        ceiling = dollars(policy.far_above)
        self._templates = {
            "fee_far_above_range": f"{{lowest}} is above the {ceiling} ceiling (far above {typical}).",
            "fee_above_range": f"{{lowest}} is above {typical} but not above {ceiling}: listed, flagged.",
            "fee_below_range": f"{{lowest}} is below {typical}.",
            "fee_in_range": f"{{lowest}} is within {typical}.",
        }

    def reason(self, code: str, fee: float, note, geo_issue, last_seen) -> str:
        note, geo_issue = (value if isinstance(value, str) else "" for value in (note, geo_issue))
        if code == "not_ketamine_provider":
            return "The website offers no ketamine treatment."
        if code == "no_infusion_offered":
            return "The website offers ketamine by other routes than IV infusion only; a reviewer decides."
        if code == "fee_uncertain":
            return (f"Fee read with low confidence ({note or 'see the fee candidates'}); "
                    "a reviewer must confirm it before the clinic is listed or excluded.")
        if code == "not_seen_in_latest_crawl":
            return f"Not found in the latest crawl; last seen {last_seen}. Check whether it closed."
        if code == "fee_unknown":
            return (f"No per-infusion price published ({note or 'no price found'}); "
                    "a reviewer must confirm the fee.")
        if code == "location_unknown":
            return f"Cannot be placed on the map: {geo_issue or 'no usable address'}."
        if code == "too_many_locations":
            return "Its website claims more locations than a crawl takes from one site; a reviewer must confirm them."
        if code not in self._templates:
            return f"Flagged for review by the crawl ({code})."
        lowest = f"Lowest published fee {dollars(fee)} per infusion" if fee == fee else ""
        return self._templates[code].format(lowest=lowest)
