"""Dollar amounts in free text: "$1,250", "$1250.00", "USD 550", "$2k", "$2.5K", "2,700 dollars", and ranges
such as "$400-$650", "$400 to 650" or "between $400 and $650".

Only numbers marked as money count: phone numbers, years, ZIP codes and percentages carry no currency marker,
and "$$$" (a price-range symbol) has no digits, so none of them is ever read as an amount.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?"
# "k" must end the token, or "$2 kits" and "$5 ketamine" would read as thousands.
_THOUSANDS = r"\s?[kK](?![A-Za-z])"
_MONEY = (
    rf"(?:US\s?\$|\$|\bUSD\s?)\s?(?:{_NUMBER})(?:{_THOUSANDS})?"
    rf"|(?<![\d,.])(?:{_NUMBER})(?:{_THOUSANDS})?\s?(?:USD\b|dollars?\b)"
)
# The upper bound may drop its "$" ("$400-650"); it is checked to be larger than the lower bound.
_UPPER = rf"(?:{_MONEY}|(?<![\d,.])(?:{_NUMBER})(?:{_THOUSANDS})?(?![\d%]))"
# Every amount starts with "between", "US", "$" or a digit: the look-ahead fails other positions on one character
# test instead of trying each alternative there.
_AMOUNT_OR_RANGE = re.compile(
    rf"(?=[bu$\d])(?:\bbetween\s+(?P<between_low>{_MONEY})\s+and\s+(?P<between_high>{_UPPER})"
    rf"|(?P<low>{_MONEY})(?:\s*(?:-|–|—|to|through)\s*(?P<high>{_UPPER}))?)",
    re.I,
)
_VALUE = re.compile(rf"(?P<number>{_NUMBER})(?P<k>{_THOUSANDS})?")
_PLAIN_NUMBER = re.compile(rf"\s*(?:{_NUMBER})\s*")
# Cheap test that a stretch of text may hold an amount at all; most page text does not. The look-ahead fails a
# position on one character test: case-insensitive literals are not skipped by the regex engine on their own.
MONEY_HINT = re.compile(r"(?=[$ud])(?:\$\s?\d|\bUSD\b|\bdollars?\b)", re.I)

COUNT_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}
COUNT = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"


@dataclass(frozen=True)
class Amount:
    start: int
    end: int
    low: float
    high: float | None      # upper bound of a range, else None


def _value(token: str) -> float:
    match = _VALUE.search(token)
    assert match is not None  # every token handed in matched a pattern built on _NUMBER
    value = float(match["number"].replace(",", ""))
    return value * 1000 if match["k"] else value


def find_amounts(text: str) -> list[Amount]:
    """Every money amount or range of amounts in `text`, in order of appearance."""
    found: list[Amount] = []
    pos = 0
    while match := _AMOUNT_OR_RANGE.search(text, pos):
        low_key, high_key = ("between_low", "between_high") if match["between_low"] else ("low", "high")
        low = _value(match[low_key])
        high = _value(match[high_key]) if match[high_key] else None
        if high is not None and high <= low:
            # "$475 - 6 infusions", "$2,700 - $450 each": not a range; read on after the first amount.
            found.append(Amount(match.start(low_key), match.end(low_key), low, None))
            pos = match.end(low_key)
            continue
        found.append(Amount(match.start(), match.end(), low, high))
        pos = match.end()
    return found


def parse_amount(text: str) -> float | None:
    """The first money amount in `text` (the lower bound of a range); a text that is only a number is that number."""
    amounts = find_amounts(text)
    if amounts:
        return amounts[0].low
    if _PLAIN_NUMBER.fullmatch(text):
        return _value(text)
    return None


def count_value(word: str) -> int:
    """An infusion count written as a word ("six") or digits ("6")."""
    return COUNT_WORDS.get(word.lower()) or int(word)
