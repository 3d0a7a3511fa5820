"""Dollar amounts in free text: "$1,250", "$1250.00", "USD 550", "$2k", "$2.5K", "2,700 dollars", "four hundred
fifty dollars", and ranges such as "$400-$650", "$400 to 650" or "between $400 and $650"; infusion counts such as
"six", "6" or "5–7".

Only numbers marked as money count: phone numbers, years, ZIP codes, percentages and billing codes ("CPT 96365")
carry no currency marker, and "$$$" (a price-range symbol) has no digits, so none of them is ever read as an amount;
another country's dollars or pesos ("$6,500 MXN", "C$450") are no US fee and are not read either.
A number written in words counts only when "dollars" follows it ("forty-five minutes" is no amount). A price list set
with dot leaders marks its numbers by layout: mark_leader_price puts the "$" in ("Booster ...... 425").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?"
# "k" must end the token, or "$2 kits" and "$5 ketamine" would read as thousands.
_THOUSANDS = r"\s?[kK](?![A-Za-z])"
_MONEY = (
    rf"(?:US\s?\$|\$|\bUSD\s?)\s?(?:{_NUMBER})(?:{_THOUSANDS})?"
    rf"|(?<![\d,.])(?:{_NUMBER})(?:{_THOUSANDS})?\s?(?:USD\b|(?:U\.?S\.?\s)?dollars?\b)"
)
# The upper bound may drop its "$" ("$400-650"); it is checked to be larger than the lower bound.
_UPPER = rf"(?:{_MONEY}|(?<![\d,.])(?:{_NUMBER})(?:{_THOUSANDS})?(?![\d%]))"
# Every amount starts with "between", "US", "$" or a digit: the look-ahead rejects other positions on one character
# test, which makes a scan of prose seven times faster (a page of hostile money lines is read in a tenth of a second).
_AMOUNT_OR_RANGE = re.compile(
    rf"(?=[bu$\d])(?:\bbetween\s+(?P<between_low>{_MONEY})\s+and\s+(?P<between_high>{_UPPER})"
    rf"|(?P<low>{_MONEY})(?:\s*(?:-|–|—|to|through)\s*(?P<high>{_UPPER}))?)",
    re.I,
)
# Amounts written in words: "four hundred and fifty dollars", "two thousand seven hundred dollars". Each part is a
# fixed word list, so a match is at most a few words long wherever the scan starts.
_UNIT_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEEN_WORDS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
               "nineteen")
_TENS_WORDS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_WORD_VALUES: dict[str, int] = {word: value for values in (
    {w: i + 1 for i, w in enumerate(_UNIT_WORDS)}, {w: i + 10 for i, w in enumerate(_TEEN_WORDS)},
    {w: (i + 2) * 10 for i, w in enumerate(_TENS_WORDS)}) for word, value in values.items()}
_SMALL = (rf"(?:(?:{'|'.join(_TENS_WORDS)})(?:[\s-](?:{'|'.join(_UNIT_WORDS)}))?"
          rf"|{'|'.join(_TEEN_WORDS)}|{'|'.join(_UNIT_WORDS)})\b")
_HUNDREDS = rf"(?:(?:{'|'.join(_UNIT_WORDS)})\s+hundred\b(?:\s+(?:and\s+)?{_SMALL})?|{_SMALL})"
# Matched backwards from each number word followed by "dollars", in the few words before it: a page full of
# "dollar" costs one failed test per occurrence.
_WORD_AMOUNT = re.compile(
    rf"\b(?:{_HUNDREDS}\s+thousand\b(?:,?\s+(?:and\s+)?{_HUNDREDS})?|{_HUNDREDS})\s+$", re.I)
_WORDS_BEFORE = 80
_NUMBER_WORD = re.compile(r"[a-z]+", re.I)
# The look-ahead rejects most positions on one character test, as in _AMOUNT_OR_RANGE.
_WORD_DOLLARS = re.compile(
    rf"(?=[efhnost])\b(?:{'|'.join([*_WORD_VALUES, 'hundred', 'thousand'])})\s+(?P<dollars>dollars?)\b", re.I)

_VALUE = re.compile(rf"(?P<number>{_NUMBER})(?P<k>{_THOUSANDS})?")
_PLAIN_NUMBER = re.compile(rf"\s*(?:{_NUMBER})\s*")

COUNT_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    # Spanish, for the Spanish parts of a clinic's site: "paquete de seis infusiones".
    "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "diez": 10, "doce": 12,
}
COUNT = rf"(?:{'|'.join(COUNT_WORDS)}|\d{{1,2}})"
# "5-7", "six to eight", "6 or 8": a series whose length depends on the patient.
COUNT_RANGE = rf"{COUNT}(?:\s*(?:-|–|—|to|or)\s*{COUNT})?"
_COUNT_PARTS = re.compile(COUNT, re.I)


@dataclass(frozen=True)
class Amount:
    start: int
    end: int
    low: float
    high: float | None      # upper bound of a range, else None


def has_money(text: str) -> bool:
    """Whether `text` may hold an amount: a "$" or the words "USD" or "dollar" (a cheap test before the regex)."""
    if "$" in text:
        return True
    lowered = text.lower()
    return "usd" in lowered or "dollar" in lowered


def _value(token: str) -> float:
    match = _VALUE.search(token)
    assert match is not None  # every token handed in matched a pattern built on _NUMBER
    value = float(match["number"].replace(",", ""))
    return value * 1000 if match["k"] else value


def _word_value(words: str) -> float:
    total = current = 0
    for word in _NUMBER_WORD.findall(words.lower()):
        if word == "hundred":
            current *= 100
        elif word == "thousand":
            total, current = (total + current) * 1000, 0
        else:
            current += _WORD_VALUES.get(word, 0)
    return float(total + current)


def find_amounts(text: str) -> list[Amount]:
    """Every money amount or range of amounts in `text`, in order of appearance."""
    found = _digit_amounts(text)
    if "ollar" not in text and "OLLAR" not in text:
        return found
    words = [amount for match in _WORD_DOLLARS.finditer(text) if (amount := _words_before(text, match))]
    return sorted(found + words, key=lambda amount: amount.start) if words else found


def _words_before(text: str, match: re.Match[str]) -> Amount | None:
    """The amount written in words that ends just before "dollars", else None."""
    start = max(0, match.start("dollars") - _WORDS_BEFORE)
    words = _WORD_AMOUNT.search(text, start, match.start("dollars"))
    return Amount(words.start(), match.end(), _word_value(words[0]), None) if words else None


# Another country's money is no fee of a US clinic: "$6,500 MXN", "C$450", "AU$ 300", "2,000 pesos".
_FOREIGN_AFTER = re.compile(r"\s?(?:MXN|CAD|AUD|NZD|EUR|GBP|pesos?|euros?)\b", re.I)
_FOREIGN_BEFORE = re.compile(r"(?<![A-Za-z])(?:CA|C|AU|A|MX|NZ)$")


def _digit_amounts(text: str) -> list[Amount]:
    found: list[Amount] = []
    pos = 0
    while match := _AMOUNT_OR_RANGE.search(text, pos):
        if _FOREIGN_AFTER.match(text, match.end()) or _FOREIGN_BEFORE.search(text, max(0, match.start() - 2),
                                                                              match.start()):
            pos = match.end()
            continue
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


def count_range(words: str) -> tuple[int, int]:
    """The lowest and highest count of a count or count range written in words or digits: "six" → (6, 6),
    "5–7" → (5, 7)."""
    values = [COUNT_WORDS.get(word.lower()) or int(word) for word in _COUNT_PARTS.findall(words)]
    return min(values), max(values)


# A price list set with dot leaders: "Ketamine infusion (mood) .......... 475". The number closing the line is a
# price when it has three digits or cents (a table of contents leads to page numbers) and its label is no count,
# date or contact line ("Established ..... 2016", "Infusions given ..... 4,500").
_LEADER_NUMBER = re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d{3,5})(?:\.\d{2})?|\d{1,2}\.\d{2}")
_LEADER_TAIL = 16
_NOT_LEADER_PRICE = re.compile(
    r"(?<![a-z])(?:given|treated|served|performed|completed|administered|patients|clients|since|established"
    r"|founded|opened|years?|reviews?|rating|members|phone|fax|zip|suite|page|chapter|section|code|cpt)(?![a-z])", re.I)


def mark_leader_price(line: str) -> str:
    """The line with a "$" put before the number that ends it after a dot leader, when that number is a price."""
    stripped = line.rstrip()
    if not stripped or not stripped[-1].isdigit():
        return line
    at = len(stripped)
    floor = max(0, at - _LEADER_TAIL)
    while at > floor and (stripped[at - 1].isdigit() or stripped[at - 1] in ",."):
        at -= 1
    number = stripped[at:].lstrip(".,")
    at = len(stripped) - len(number)
    head = stripped[:at].rstrip()
    label = head.rstrip(". …").rstrip()
    leader = head[len(label):]
    if (leader.count(".") + 3 * leader.count("…") < 3 or not _LEADER_NUMBER.fullmatch(number)
            or not any(c.isalpha() for c in label) or _NOT_LEADER_PRICE.search(label)):
        return line
    return f"{head} ${number}"
