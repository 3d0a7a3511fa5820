"""How the project writes money and fee ranges for people: "$450", "$1,062.50", "from $400", "$400–$650"."""

from __future__ import annotations


def dollars(amount: float) -> str:
    return f"${amount:,.0f}" if amount == int(amount) else f"${amount:,.2f}"


def fee_range(fee_min: float | None, fee_max: float | None) -> str:
    """The fee as a range of dollars; "" when no fee is known. A missing or NaN bound counts as unknown."""
    low = fee_min if fee_min is not None and fee_min == fee_min else None
    high = fee_max if fee_max is not None and fee_max == fee_max else None
    if low is None:
        return f"up to {dollars(high)}" if high is not None else ""
    if high is None:
        return f"from {dollars(low)}"
    return dollars(low) if high == low else f"{dollars(low)}–{dollars(high)}"


# The kinds a reviewer weighs first when deciding a clinic's fee: the ones that can give the standard fee.
_FIRST = ("infusion", "series", "booster")
_CANDIDATES_SHOWN = 30


def fee_candidates(fees: list[dict] | None) -> str:
    """Every amount read on a clinic's site, one per line, for a reviewer: the amount, what it was read as, the
    sentence and the page. Standard prices come first; after 30 lines the rest are counted."""
    if not isinstance(fees, list):
        return ""
    ranked = sorted(fees, key=lambda fee: fee.get("kind") not in _FIRST)
    lines = [_candidate(fee) for fee in ranked[:_CANDIDATES_SHOWN]]
    if len(ranked) > _CANDIDATES_SHOWN:
        lines.append(f"… and {len(ranked) - _CANDIDATES_SHOWN} more")
    return "\n".join(lines)


def _candidate(fee: dict) -> str:
    amount = fee_range(fee.get("amount"), fee.get("amount_max") or fee.get("amount"))
    read_as = [str(fee.get("kind", ""))]
    per = fee_range(fee.get("per_infusion_min"), fee.get("per_infusion_max") or fee.get("per_infusion_min"))
    if per and per != amount:
        read_as.append(f"{per} per infusion")
    if fee.get("route"):
        read_as.append(str(fee["route"]))
    if fee.get("confidence") == "low":
        read_as.append(f"in doubt: {fee.get('doubt') or 'low confidence'}")
    return f"{amount} ({', '.join(read_as)}): “{fee.get('evidence', '')}” {fee.get('url', '')}".rstrip()
