"""Controlled vocabularies for routes of administration and conditions treated.

Each code maps to a label patients read and to the phrases that reveal it in page text.
Phrases are lower-case regular expressions matched on word boundaries.
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


Compiled = list[tuple[str, bool, str, re.Pattern[str]]]

# Parts of a phrase pattern that a match need not spell out as written: escapes, character classes, groups, and a
# character made optional by "?" or "*".
_NOT_PLAIN = re.compile(r"\\.|\[[^\]]*\]|\((?:[^()]|\([^()]*\))*\)|.[?*]")
_PLAIN = re.compile(r"[a-z0-9 '-]+")


def _anchor(pattern: str) -> str:
    """The longest stretch of plain text every match of `pattern` contains, or "" when none is certain. Most phrases
    are absent from a page, and a substring test proves it in half the time of a regex scan."""
    if "|" in _NOT_PLAIN.sub("", pattern):
        return ""    # alternatives at the top level
    return max((run for run in _NOT_PLAIN.split(pattern) if _PLAIN.fullmatch(run)), key=len, default="")


def _compile(terms: tuple[Term, ...]) -> Compiled:
    """One regex per phrase. A leading \\b is checked by hand after the match: a pattern that starts with an
    assertion (or an alternation with one such branch) loses the regex engine's fast literal search, which made
    scanning a 70 KB page several milliseconds slower."""
    compiled: Compiled = []
    for term in terms:
        for pattern in term.patterns:
            bounded = pattern.startswith(r"\b")
            pattern = pattern[2:] if bounded else pattern
            compiled.append((term.code, bounded, _anchor(pattern), re.compile(pattern)))
    return compiled


_ROUTE_RES = _compile(ROUTES)
_CONDITION_RES = _compile(CONDITIONS)


def find_terms(lowered: str, compiled: Compiled) -> list[str]:
    """Codes whose phrases occur in `lowered`, the page text lower-cased."""
    found: list[str] = []
    for code, bounded, anchor, rx in compiled:
        if code in found or anchor not in lowered:
            continue
        for match in rx.finditer(lowered):
            if not bounded or match.start() == 0 or not lowered[match.start() - 1].isalnum():
                found.append(code)
                break
    return found


# `lowered` is text.lower(), passed by a caller that has it already (lower-casing a page costs as much as a scan).
def find_routes(text: str, lowered: str | None = None) -> list[str]:
    return find_terms(text.lower() if lowered is None else lowered, _ROUTE_RES)


def find_conditions(text: str, lowered: str | None = None) -> list[str]:
    return find_terms(text.lower() if lowered is None else lowered, _CONDITION_RES)
