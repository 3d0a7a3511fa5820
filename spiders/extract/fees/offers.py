"""The clinic's prices as schema.org offers in its JSON-LD, written as price lines for the fee reader to classify.

An `Offer` (or a `PriceSpecification` inside one) names what it sells and its price: {"itemOffered": {"name":
"Ketamine Infusion"}, "price": "450", "priceCurrency": "USD"} becomes "Ketamine Infusion: $450 [schema.org offer]",
read like any price list line, so that another service's offer or a price per hour is judged as on the page. Each
block is parsed on its own (one malformed block costs only itself); prices in another currency are left out.
"""

from __future__ import annotations

import json

import lxml.etree

MAX_NODES = 2_000        # per page: JSON-LD is a few dozen nodes; a huge graph is not walked to its end
MAX_LINES = 50


def offer_lines(tree: lxml.etree._Element) -> list[str]:
    """A price line for each priced offer in the page's JSON-LD, in document order."""
    lines: list[str] = []
    budget = [MAX_NODES]
    for script in tree.iter("script"):
        text = script.text
        if script.get("type") != "application/ld+json" or not text or "rice" not in text:
            continue
        try:
            data = json.loads(text, strict=False)
        except (ValueError, RecursionError):     # malformed, or nested deeper than the parser goes
            continue
        _walk(data, "", lines, budget)
        if len(lines) >= MAX_LINES:
            break
    return lines[:MAX_LINES]


def _walk(node, name: str, lines: list[str], budget: list[int]) -> None:
    # An explicit stack, not recursion: a hostile page may nest its JSON thousands deep.
    stack = [(node, name)]
    while stack and budget[0] > 0:
        node, name = stack.pop()
        budget[0] -= 1
        if isinstance(node, list):
            stack.extend((item, name) for item in reversed(node))
            continue
        if not isinstance(node, dict):
            continue
        name = _name(node.get("itemOffered")) or _name(node) or name
        line = _price_line(node, name)
        if line:
            lines.append(line)
        stack.extend((value, name) for key, value in reversed(node.items())
                     if isinstance(value, (dict, list)) and key != "itemOffered")


def _name(node) -> str:
    value = node.get("name") if isinstance(node, dict) else None
    return " ".join(value.split()) if isinstance(value, str) else ""


def _price_line(node: dict, name: str) -> str:
    currency = node.get("priceCurrency")
    if isinstance(currency, str) and currency.strip().upper() not in ("USD", "US$", "$"):
        return ""
    low = _first_number(node, ("price", "lowPrice", "minPrice"))
    if low is None:
        return ""
    high = _first_number(node, ("highPrice", "maxPrice"))
    price = f"${low:,.2f}".replace(".00", "") + (f" to ${high:,.2f}".replace(".00", "") if high and high > low else "")
    unit = node.get("unitText")
    per = f" per {' '.join(unit.split())[:30]}" if isinstance(unit, str) and unit.strip() else ""
    return f"{name[:120]}: {price}{per} [schema.org offer]"


def _first_number(node: dict, keys: tuple[str, ...]) -> float | None:
    return next((number for key in keys if (number := _number(node.get(key))) is not None), None)


def _number(value) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value) if 0 <= value < 1e7 else None
    if isinstance(value, str):
        try:
            number = float(value.replace(",", "").replace("$", "").strip())
        except ValueError:
            return None
        return number if 0 <= number < 1e7 else None
    return None
