"""Controlled vocabularies for routes of administration and conditions treated.

Each code maps to a label patients read and to the phrases that reveal it in page text: lower-case regular
expressions, found anywhere in the lower-cased text except where the page names them to deny them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Term:
    code: str
    label: str
    patterns: tuple[str, ...]


ROUTES: tuple[Term, ...] = (
    Term("iv_infusion", "IV infusion", (
        r"iv ketamine", r"ketamine infusions?", r"intravenous", r"\biv infusions?",
        r"infusion therapy", r"ketamine iv",
    )),
    Term("im_injection", "IM injection", (
        r"intramuscular", r"\bim injections?", r"\bim ketamine", r"ketamine injections?",
    )),
    Term("esketamine_spravato", "Intranasal esketamine (Spravato)", (
        r"spravato", r"esketamine",
    )),
    Term("intranasal_other", "Other intranasal ketamine", (
        r"\bketamine nasal spray", r"compounded nasal", r"intranasal ketamine",
    )),
    Term("oral_sublingual", "Oral / sublingual ketamine", (
        r"sublingual", r"troches?", r"lozenges?", r"oral ketamine", r"rapid[- ]dissolve tablets?",
    )),
    Term("at_home_telehealth", "At-home / telehealth ketamine", (
        r"at[- ]home ketamine", r"telehealth ketamine", r"ketamine telehealth", r"home[- ]based ketamine",
        r"virtual ketamine",
    )),
)

CONDITIONS: tuple[Term, ...] = (
    Term("depression", "Depression", (
        r"depression", r"depressive disorder", r"\bmdd\b", r"\btrd\b",
    )),
    Term("bipolar_depression", "Bipolar depression", (r"bipolar",)),
    Term("postpartum_depression", "Postpartum depression", (r"post-?partum depression", r"perinatal depression")),
    Term("ptsd", "PTSD", (r"\bptsd\b", r"post-?traumatic stress")),
    Term("anxiety", "Anxiety", (r"anxiety",)),
    Term("ocd", "OCD", (r"\bocd\b", r"obsessive[- ]compulsive")),
    Term("suicidal_ideation", "Suicidal ideation", (r"suicidal (?:ideation|thoughts)", r"suicidality")),
    Term("substance_use", "Substance use disorders", (
        r"substance use", r"alcohol use disorder", r"addiction recovery", r"opioid use disorder",
    )),
    Term("chronic_pain", "Chronic pain", (r"chronic pain", r"centralized pain", r"central sensitization")),
    Term("crps", "CRPS", (r"\bcrps\b", r"complex regional pain", r"reflex sympathetic dystrophy", r"\brsd\b")),
    Term("fibromyalgia", "Fibromyalgia", (r"fibromyalgia",)),
    Term("migraine", "Migraine and headache", (r"migraines?", r"cluster headaches?", r"chronic headaches?")),
    Term("neuropathic_pain", "Neuropathic pain", (
        r"neuropathic pain", r"neuropathy", r"phantom limb", r"diabetic nerve pain", r"postherpetic",
    )),
    Term("hyperalgesia", "Opioid-induced hyperalgesia", (r"hyperalgesia", r"allodynia")),
)

ROUTE_CODES = tuple(t.code for t in ROUTES)
CONDITION_CODES = tuple(t.code for t in CONDITIONS)
ROUTE_LABELS = {t.code: t.label for t in ROUTES}
CONDITION_LABELS = {t.code: t.label for t in CONDITIONS}


# "We do not offer IV infusions", "no longer provides Spravato", "infusions are not offered here": a phrase
# a page names only to deny it reveals nothing. The denial stands in the words just before the phrase (same clause),
# or just after it.
_DENIED_BEFORE = re.compile(
    r"(?:\b(?:do|does|did|will|can)\s+not|\b(?:don't|doesn't|won't|cannot|can't)|\bno\s+longer|\bnot)"
    r"\s+(?:currently\s+|yet\s+)?(?:offer|provide|administer|prescribe|perform|treat|carry)\w*"
    r"(?:\s+(?:any|the|iv|im|ketamine|services?\s+for|for|with))*\s+$"
)
_DENIED_AFTER = re.compile(
    r"[\w\s()-]{0,30}?\b(?:is|are)\s+(?:not|no\s+longer)\s+(?:offered|available|provided|given|treated)\b")
_CLAUSE_CHARS = 60


def denied(lowered: str, start: int, end: int) -> bool:
    """Whether the phrase at lowered[start:end] is named to say it is not offered."""
    before = lowered[max(0, start - _CLAUSE_CHARS):start]
    before = before[max(before.rfind(mark) for mark in ".;!?\n") + 1:]
    return bool(_DENIED_BEFORE.search(before) or _DENIED_AFTER.match(lowered, end, end + _CLAUSE_CHARS))


Compiled = list[tuple[str, bool, re.Pattern[str]]]


def _compile(terms: tuple[Term, ...]) -> Compiled:
    """One regex per phrase, so that a phrase opening with a literal is found by the regex engine's fast literal
    search. A pattern opening with \\b loses that search (30 times slower: a millisecond a page for six short
    phrases), so its opening \\b is checked by hand on each match instead."""
    return [(term.code, pattern.startswith(r"\b"), re.compile(pattern.removeprefix(r"\b")))
            for term in terms for pattern in term.patterns]


_ROUTE_RES = _compile(ROUTES)
_CONDITION_RES = _compile(CONDITIONS)


def _find(lowered: str, compiled: Compiled) -> list[str]:
    """Codes named in `lowered` (page text, lower-cased) at least once other than to deny them."""
    found: list[str] = []
    for code, bounded, rx in compiled:
        if code not in found and any(
            not (bounded and m.start() and lowered[m.start() - 1].isalnum()) and not denied(lowered, m.start(), m.end())
            for m in rx.finditer(lowered)
        ):
            found.append(code)
    return found


# `lowered` is text.lower(), passed by a caller that has it already.
def find_routes(text: str, lowered: str | None = None) -> list[str]:
    return _find(text.lower() if lowered is None else lowered, _ROUTE_RES)


def find_conditions(text: str, lowered: str | None = None) -> list[str]:
    return _find(text.lower() if lowered is None else lowered, _CONDITION_RES)
