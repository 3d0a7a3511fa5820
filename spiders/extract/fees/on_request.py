"""The sentence saying a clinic gives its prices on request: "call for pricing", "cost varies by insurance".

A few literal words ("call", "contact", "request", "var"...) are looked for in the lower-cased page, each checked
against the words just before and after it: one pass over the page per word, however long the page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spiders.extract.fees.context import collapse, evidence, sentence_spans


@dataclass(frozen=True)
class _Trigger:
    word: str
    before: re.Pattern[str] | None = None    # must match the text just before the word (anchored at its end)
    after: re.Pattern[str] | None = None     # must match the text just after the word


_PRICE_WORDS = r"(?:pricing|prices?|costs?|rates|fees|quotes?)"
_ASKING = re.compile(
    r"(?![a-z0-9])[^.!?\n]{0,40}?\b(?:for|about|to\s+discuss|to\s+learn\s+about|to\s+get|regarding)\b[^.!?\n]{0,25}?\b"
    + _PRICE_WORDS + r"\b"
)
_TRIGGERS = (
    *(_Trigger(verb, after=_ASKING) for verb in ("call", "contact", "phone", "email", "ask", "reach out", "text us")),
    _Trigger("request", before=re.compile(
        _PRICE_WORDS + r"\b[^.!?\n]{0,30}?\b(?:available|provided|given|shared)\s+(?:up)?on\s+$")),
    _Trigger("request", after=re.compile(r"\s+an?\s+(?:quote|price|estimate)")),
    _Trigger("inquire", after=re.compile(r"\s+(?:about|for)\s+" + _PRICE_WORDS)),
    _Trigger("var", before=re.compile(_PRICE_WORDS + r"\s+(?:may\s+|will\s+|can\s+)?$"),
             after=re.compile(r"(?:y|ies)\b")),
    _Trigger("var", after=re.compile(
        r"(?:y|ies)\s+(?:by|with|based\s+on|depending\s+on)\s+(?:your\s+)?(?:insurance|plan|coverage)")),
)
_CONTEXT_CHARS = 60


def call_for_pricing(text: str, lowered: str | None = None) -> str | None:
    """The first sentence saying prices are given on request, else None. `lowered` is text.lower(), when the
    caller has it already."""
    lowered = text.lower() if lowered is None else lowered
    if len(lowered) != len(text):
        # A few characters ("İ") grow when lower-cased; keep them so offsets still point into `text`.
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    found = [position for trigger in _TRIGGERS if (position := _first(lowered, trigger)) >= 0]
    if not found:
        return None
    position = min(found)
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", position)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    offset = position - line_start
    sentence = next(s for start, s in reversed(sentence_spans(line)) if start <= offset)
    return evidence(collapse(sentence), 0)


def _first(lowered: str, trigger: _Trigger) -> int:
    word = trigger.word
    position = lowered.find(word)
    while position >= 0:
        end = position + len(word)
        if ((position == 0 or not lowered[position - 1].isalnum())
                and (trigger.before is None or trigger.before.search(lowered, max(0, position - _CONTEXT_CHARS), position))
                and (trigger.after is None or trigger.after.match(lowered[end:end + _CONTEXT_CHARS]))):
            return position
        position = lowered.find(word, end)
    return -1
