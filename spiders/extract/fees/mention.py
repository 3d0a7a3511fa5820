"""One classified dollar amount of a clinic's website, and the kinds it can be."""

from __future__ import annotations

from dataclasses import asdict, dataclass

KINDS = (
    "infusion", "series", "booster", "intro", "pain_infusion", "session", "consultation", "discount", "financing",
    "membership", "insurance", "spravato", "other_service", "other_charge", "market_reference", "third_party",
    "unknown",
)
# Kinds priced per infusion: their per-infusion figures are worked out.
PRICED_KINDS = ("infusion", "series", "booster", "intro", "pain_infusion")
# Kinds that may give the clinic's standard fee: each carries a confidence.
STANDARD_KINDS = ("infusion", "series", "booster")


@dataclass(frozen=True)
class FeeMention:
    kind: str
    amount: float
    amount_max: float | None = None
    count: int | None = None              # infusions in a series total (the lower count of "5–7 infusions")
    count_max: int | None = None          # the higher count of a count range, else None
    per_infusion_min: float | None = None
    per_infusion_max: float | None = None
    qualifier: str = ""                   # "from", "range", "sliding", "up_to" or ""
    route: str = ""                       # for a session: the route's vocabulary code, "" when not named
    confidence: str = ""                  # for standard kinds: "high" or "low"
    doubt: str = ""                       # why the confidence is low
    evidence: str = ""
    url: str = ""

    def as_dict(self) -> dict:
        return asdict(self)
