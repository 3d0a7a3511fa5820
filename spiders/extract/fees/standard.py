"""The clinic's standard fee from all its classified amounts, with how far it can be trusted.

Rules
    - The standard fee comes from per-infusion prices of kind "infusion" and "series" (series totals divided by
      their count); fee_min is the lowest, fee_max the highest. Boosters set it only when nothing else is
      published; intro offers, pain infusions, sessions by other routes and every other kind never do.
    - A "from $X" price (or a sliding scale with only its floor) gives a minimum only: fee_max stays None unless
      a range, a plain price or several different prices give it. An "up to $X" price gives a maximum only.
    - Prices without doubt decide; doubted ones count only when no other price is published, or to show a
      conflict.
    - The confidence is "low" when the deciding prices are in doubt, when only a booster price is published, when a
      package total has no count that could be read and is well above every per-infusion price, when a charge is
      billed on top of each infusion (a hospital's facility fee), when a "from $X" floor lies below every plain
      price of other sentences, when a sentence says prices are given on request (naming no other thing priced, such
      as a package), or when standard prices conflict: two prices from different sentences differ, neither sentence
      names what sets it apart (a condition, a length, a tier, a package) and no single figure satisfies both.
    - With no usable price, fee_min and fee_max are None and the note is "call for pricing" when such a sentence
      was found, else "no published price", followed by the kinds of amounts found that do not count.
    - Evidence and url are those of the mention that gave fee_min (else fee_max). The note says how the fee was
      derived ("series price divided by N", "booster price only", "from price only", "sliding scale",
      "upper bound only") and, when the confidence is low, why.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from spiders.extract.fees.cues import cues_in, tiers_in
from spiders.extract.fees.mention import FeeMention


@dataclass(frozen=True)
class StandardFee:
    fee_min: float | None
    fee_max: float | None
    evidence: str
    url: str
    note: str
    confidence: str = ""      # "high" or "low" when a fee is given, else ""


_PACKAGE_RATIO = 1.5
_PLAIN_INFUSION = frozenset({"infusion", "ketamine", "treatment", "mood"})
_ADDED_CHARGE = re.compile(r"(?:facility|anesthesia|monitoring|nursing|medication|drug|suppl(?:y|ies)|room)\s+"
                           r"(?:fees?|charges?)", re.I)
_EACH_VISIT = re.compile(r"separately|(?:each|every|per)\s+(?:visit|infusion|session|treatment)", re.I)
_NOT_COUNTED = {
    "intro": "intro offer", "pain_infusion": "pain infusion", "session": "non-infusion session",
    "market_reference": "market figure", "third_party": "third-party figure",
}


def standard_fee(mentions: Iterable[FeeMention], call_for_pricing_sentence: str | None = None) -> StandardFee:
    """The per-infusion fee the inclusion policy judges; see the module docstring for the rules."""
    mentions = list(mentions)
    priced = [m for m in mentions if m.per_infusion_min is not None or m.per_infusion_max is not None]
    notes: list[str] = []
    doubts: list[str] = []
    chosen = [m for m in priced if m.kind in ("infusion", "series")]
    if not chosen:
        chosen = [m for m in priced if m.kind == "booster"]
        if chosen:
            doubts.append("booster price only")
    if not chosen:
        return StandardFee(None, None, "", "", _no_fee_note(mentions, call_for_pricing_sentence))

    trusted = [m for m in chosen if m.confidence == "high"]
    if not trusted:
        doubts += sorted({doubt for m in chosen for doubt in m.doubt.split("; ") if doubt})
    if _uncounted_package(mentions, chosen):
        doubts.append("package price without a count")
    if call_for_pricing_sentence and cues_in(call_for_pricing_sentence) <= _PLAIN_INFUSION:
        # "Call us for pricing" beside a published price: which holds is the clinic's to say, not ours.
        doubts.append("price on request elsewhere")
    if _unmet_floor(chosen):
        doubts.append("a from price below every price listed")
    if any(_added_to_each(m) for m in mentions):
        doubts.append("a charge added to each infusion")
    if _conflicting(chosen):
        doubts.append("conflicting prices")
    else:
        chosen = trusted or chosen

    with_min = [m for m in chosen if m.per_infusion_min is not None]
    lowest = min(with_min, key=lambda m: m.per_infusion_min or 0.0) if with_min else None
    highest = max(chosen, key=_figure)
    several = len({_figure(m) for m in chosen}) > 1
    fee_min = lowest.per_infusion_min if lowest else None
    fee_max = _figure(highest) if several or any(_bounded(m) for m in chosen) else None
    source = lowest or highest

    if source.kind == "series" and source.count:
        counts = f"{source.count}–{source.count_max} in order" if source.count_max else source.count
        notes.append(f"series price divided by {counts}")
    if source.qualifier == "sliding":
        notes.append("sliding scale")
    if fee_min is None:
        notes.append("upper bound only")
    elif fee_max is None:
        notes.append("from price only")
    if doubts:
        notes.append("low confidence: " + ", ".join(dict.fromkeys(doubts)))
    return StandardFee(fee_min, fee_max, source.evidence, source.url, "; ".join(notes),
                       "low" if doubts else "high")


def _figure(mention: FeeMention) -> float:
    """The highest per-infusion figure a mention states."""
    top = mention.per_infusion_max if mention.per_infusion_max is not None else mention.per_infusion_min
    assert top is not None  # only mentions with a per-infusion figure are judged
    return top


def _bounded(mention: FeeMention) -> bool:
    # A plain price or a range states its top; a "from" or sliding-scale floor does not.
    return mention.per_infusion_max is not None or mention.qualifier == ""


def _uncounted_package(mentions: list[FeeMention], chosen: list[FeeMention]) -> bool:
    """Whether a package total whose count could not be read is well above every per-infusion price: it stands
    for a per-infusion price no one can work out, perhaps the lowest ("a package for $2,550")."""
    top = max(_figure(m) for m in chosen)
    return any(m.kind == "series" and m.count is None and m.amount > _PACKAGE_RATIO * top for m in mentions)


def _unmet_floor(chosen: list[FeeMention]) -> bool:
    """Whether a "from $X" floor lies below every definite price of other sentences: no listed price is the one it
    promises, so it may be an old teaser or another offer ("Infusions from $400" beside "Ketamine infusion: $475")."""
    lowest: dict[str, float] = {}
    for m in chosen:
        if m.qualifier == "" and m.per_infusion_min is not None:
            lowest[m.evidence] = min(m.per_infusion_min, lowest.get(m.evidence, m.per_infusion_min))
    # The two lowest sentences are enough: a floor's own sentence is never compared with itself.
    two = sorted(lowest.items(), key=lambda kv: kv[1])[:2]
    for floor in chosen:
        others = [low for evidence, low in two if evidence != floor.evidence]
        if floor.qualifier == "from" and floor.per_infusion_min is not None and others \
                and floor.per_infusion_min < others[0]:
            return True
    return False


def _added_to_each(mention: FeeMention) -> bool:
    """Whether a charge is billed on top of every infusion ("a facility fee of $350 is billed separately for each
    visit"): the infusion price alone is not what a patient pays."""
    text = mention.evidence
    return (mention.kind == "other_charge" and _ADDED_CHARGE.search(text) is not None
            and _EACH_VISIT.search(text) is not None)


def _conflicting(mentions: list[FeeMention]) -> bool:
    """Whether prices for the same thing (the same tiers named) from different sentences admit no common figure."""
    groups: dict[tuple, list[FeeMention]] = defaultdict(list)
    for mention in mentions:
        groups[(mention.kind, mention.count, tiers_in(mention.evidence))].append(mention)
    for group in groups.values():
        if len({m.evidence for m in group}) < 2:
            continue
        lows = [m.per_infusion_min for m in group if m.per_infusion_min is not None]
        highs = [_figure(m) for m in group if _bounded(m)]
        if lows and highs and max(lows) > min(highs):
            return True
    return False


def _no_fee_note(mentions: list[FeeMention], call_sentence: str | None) -> str:
    notes = ["call for pricing" if call_sentence else "no published price"]
    others = [label for kind, label in _NOT_COUNTED.items() if any(m.kind == kind for m in mentions)]
    if others:
        notes.append("not counted: " + ", ".join(others))
    return "; ".join(notes)
