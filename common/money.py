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
