"""Lines cards print between a street and its city that are no part of the address: opening hours, a phone number.

"601 W Riverside Ave / Mon–Fri 8am–5pm / Spokane, WA 99201", "3330 S Peoria Ave | Hours: Mon–Thu 9:00–5:00 | Tulsa, OK
74105", "1420 Larimer St | 303-555-0142 | Denver, CO 80202": the address reader passes over them when it reads back
from the city to the street.
"""

from __future__ import annotations

import re

_DAY = r"(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)"
_TIME = r"\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?)?"
# A line of opening hours ("Mon–Fri 8am–5pm", "Hours: Mon–Thu 9:00–5:00", "Office Hours", "By appointment only",
# "Sat | Closed") or a phone number with or without its label.
_BETWEEN = re.compile(
    rf"\s*(?:(?:(?:office|clinic|opening|business)\s+)?hours\s*:?\s*|by\s+appointment(?:\s+only)?\s*"
    rf"|(?:(?:office\s+)?hours\s*:?\s*)?{_DAY}\.?(?:\s*[-–—&,/]\s*{_DAY}\.?)*\s*[:|]?\s*"
    rf"(?:{_TIME}\s*[-–—]\s*{_TIME}|closed|by\s+appointment)\s*"
    r"|(?:(?:phone|tel|call|p)\s*[:.]?\s*)?(?:\+?1[-. ]?)?\(?\d{3}\)?[-. ]?\d{3}[-. ]\d{4}\s*)", re.I)
# The longest such line: a longer one is something else (and its ends are looked for no further).
_HOURS_CHARS = 60


def passed_over(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a phone number or lies on a line of opening hours (a short line: the search for
    its ends reaches no further than such a line's length)."""
    if _BETWEEN.fullmatch(text, start, end):
        return True
    line_start = text.rfind("\n", max(0, start - _HOURS_CHARS), start) + 1
    line_end = text.find("\n", end, end + _HOURS_CHARS + 1)
    if (line_start == 0 and start > _HOURS_CHARS) or line_end < 0 <= len(text) - end - _HOURS_CHARS:
        return False
    line_end = len(text) if line_end < 0 else line_end
    return line_end - line_start <= _HOURS_CHARS and _BETWEEN.fullmatch(text, line_start, line_end) is not None
