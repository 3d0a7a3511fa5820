"""Fees read from clinic page text: every dollar amount classified by its context, then the clinic's standard fee.

Reading an amount
    The text arrives as newline-separated blocks (headings, paragraphs, list items, table rows with cells joined
    by " | " or tabs). Only blocks holding an amount are read. Each amount is judged by the words around it, widening
    step by step until a cue decides: its own clause (up to the nearest ";", "|", comma, parenthesis, "or", "and"),
    the stretch of the sentence no other amount claims, the whole sentence, the sentence before it in the block,
    and the heading above the block ("Pricing" / "Single infusion $475").
    Cues that name something other than a standard infusion (discounts, financing, memberships, Spravato,
    insurance, consultations, other services, pain infusions, intro offers, boosters) win over the plain word
    "infusion" at the same step. A plain infusion price is read as a pain or booster price when its own part of
    the sentence or its heading says so, unless that names a mood disorder or a regular price ("for depression",
    "regularly $450"). A price in a sentence about Spravato that mentions insurance or copays is Spravato's.
    A count of infusions beside an amount ("six infusions for $2,700", "package of four", "6-infusion series")
    makes it a series total, divided by the count, unless the amount is priced per unit ("$450 each",
    "per infusion"). A per-infusion figure below $100 is not a clinic's infusion fee (drug cost, a typo): with a
    count it is read as the unit price, without one the amount is left "unknown" (intro offers excepted: "$99
    first infusion" is a real offer, and intro offers never set the standard fee).

standard_fee rules
    - The standard fee comes from per-infusion prices of kind "infusion" and "series" (series totals divided by
      their count); fee_min is the lowest, fee_max the highest.
    - A "from $X" price (or a sliding scale with only its floor) gives a minimum only: fee_max stays None unless
      a range, a plain price or several different prices give it. An "up to $X" price gives a maximum only.
    - Boosters, intro offers and pain infusions never set the standard fee when infusion or series prices exist.
      When boosters are the only prices, they set it (the note says so). Intro offers and pain infusions alone
      never set it: fee_min and fee_max stay None and the note says why.
    - With no usable price, fee_min and fee_max are None and the note is "call for pricing" when such a sentence
      was found, else "no published price".
    - Evidence and url are those of the mention that gave fee_min (else fee_max). The note says how the fee was
      derived: "series price divided by N", "booster price only", "from price only", "sliding scale",
      "upper bound only", or empty for plain prices.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass
from functools import cached_property

from spiders.extract.amounts import COUNT, MONEY_HINT, Amount, count_value, find_amounts, parse_amount

__all__ = [
    "KINDS", "FeeMention", "StandardFee", "call_for_pricing", "classify", "parse_amount", "standard_fee",
]

KINDS = (
    "infusion", "series", "booster", "intro", "pain_infusion", "consultation", "discount", "financing",
    "membership", "insurance", "spravato", "other_service", "unknown",
)
PRICED_KINDS = ("infusion", "series", "booster", "intro", "pain_infusion")
MIN_PLAUSIBLE_PER_INFUSION = 100.0
EVIDENCE_CHARS = 300


@dataclass(frozen=True)
class FeeMention:
    kind: str
    amount: float
    amount_max: float | None
    count: int | None
    per_infusion_min: float | None
    per_infusion_max: float | None
    qualifier: str
    evidence: str
    url: str = ""

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class StandardFee:
    fee_min: float | None
    fee_max: float | None
    evidence: str
    url: str
    note: str


# The amount being judged is replaced by this mark, so cues can say where they stand relative to it.
_MARK = "¤"

# Cue words by kind, most specific first: the first kind found at a step wins. "mood" and "regular" name the
# standard infusion ("for depression", "regularly $450"); "series" and "infusion" are the plain infusion words
# (a sliding scale is how clinics price infusions).
_CUES: tuple[tuple[str, str], ...] = (
    ("discount",
     rf"(?:\bsave|\bsaving|savings\s+of|discount\s+of|rebate\s+of|credit\s+of|reduced\s+by)\s+"
     rf"(?:up\s+to\s+|over\s+|more\s+than\s+|an\s+extra\s+|an\s+additional\s+)?{_MARK}"
     rf"|{_MARK}[\s-]*(?:off\b|discount|savings|in\s+savings|rebate|credit\b)"),
    ("membership",
     r"\bmember(?:ship)?s?\b|\bsubscri\w+|\bper\s+year\b|/\s*(?:yr|year)\b|\bannual(?:ly)?\b|\ba\s+year\b"),
    ("financing",
     rf"care\s?credit|\bfinanc\w*|payment\s+plans?|\binstall?ments?\b|\bklarna\b|\baffirm\b|\bcherry\b"
     rf"|{_MARK}\s*(?:/\s*|per\s+|a\s+|each\s+)(?:mo\b|mo\.|month)|{_MARK}\s+monthly|monthly\s+payments?"),
    ("spravato", r"spravato|esketamine|nasal\s+spray"),
    ("insurance",
     r"reimburs\w*|\bco-?pays?\b|co-?insurance|deductibles?|superbill|out[\s-]of[\s-]network|\bin[\s-]network"
     r"|insurance\s+(?:may\s+|will\s+|can\s+|often\s+)?(?:pays?|covers?|reimburses?)\b"
     r"|billed\s+to\s+(?:your\s+)?insurance"
     r"|\bwith\s+insurance|after\s+insurance|insurance\s+benefits?"),
    ("consultation",
     r"consult\w*|assessment|evaluation|\beval\b|\bintake\b|screening|initial\s+visit|office\s+visit"
     r"|new[\s-]patient\s+visit|medical\s+clearance|follow[\s-]up\s+(?:visit|appointment)"
     r"|med(?:ication)?\s+management|psychiatr(?:ic|ist)\s+(?:visit|appointment)"),
    ("other_service",
     r"\bnad\b|\bnad\+|hydration|vitamin|myers|\bb-?12\b|glutathione|\btms\b|transcranial|stellate|\bsgb\b"
     r"|botox|weight\s+loss|semaglutide|tirzepatide|\bozone\b|\bprp\b|\bim\s+(?:ketamine|injections?)|intramuscular"
     r"|troches?|lozenges?|sublingual|oral\s+ketamine|at[\s-]home|telehealth|psychotherapy|integration"
     r"|coaching|counsell?ing|\bkap\b|ketamine[\s-]assisted"),
    ("pain_infusion",
     r"\bpain\b|\bcrps\b|\brsd\b|fibromyalgia|neuropath\w*|migraines?|headaches?|\blyme\b|hyperalgesia"
     r"|phantom\s+limb|\b[2-6][\s-]hours?\b|\b(?:two|three|four|five|six)[\s-]hours?\b|extended\s+infusions?"),
    ("intro",
     r"first\s+(?:ketamine\s+|iv\s+)?(?:infusion|treatment|session)|introductory|\bintro\b|first[\s-]time"
     r"|new[\s-]patient\s+(?:special|offer|rate|price|pricing|discount)|trial\s+(?:infusion|session)"
     r"|special\s+offer|limited[\s-]time"),
    ("booster",
     r"booster|maintenance|top[\s-]?ups?\b|touch[\s-]?ups?\b|follow[\s-]up\s+infusions?|repeat\s+infusions?"),
    ("mood", r"depress\w*|\bmood\b|anxiety|\bptsd\b|\bocd\b|bipolar|suicid\w*|mental\s+health|psychiatric"),
    ("regular", r"\bregular(?:ly)?\b|\bnormally\b|\busual(?:ly)?\b|full\s+price|standard\s+(?:price|rate|fee)"),
    ("series", r"\bseries\b|packages?|bundles?|\bcourse\b|\bprogram\b|\bprotocol\b|\btotal\b"),
    ("infusion", r"infusions?|ketamine|\biv\b|treatments?|sessions?|sliding[\s-]+(?:fee\s+)?scale"),
)
# Cues start a word (or are the amount's mark or a "/"): the look-behind lets the engine skip the inside of words.
_CUE_RE = re.compile("(?<![a-z0-9])(?:" + "|".join(f"(?P<{kind}>{pattern})" for kind, pattern in _CUES) + ")")
# A regex split into escapes, character classes, parentheses, "|" and runs of other characters.
_REGEX_TOKEN = re.compile(r"\\.|\[(?:\\.|[^\]\\])*\]|[()|]|[^\\\[()|]+")


def _without_opening_boundaries(pattern: str) -> str:
    """`pattern` without the \\b that opens a top-level alternative before a letter or a digit."""
    alternatives, depth, current = [], 0, ""
    for token in _REGEX_TOKEN.findall(pattern):
        depth += (token == "(") - (token == ")")
        if token == "|" and depth == 0:
            alternatives.append(current)
            current = ""
        else:
            current += token
    alternatives.append(current)
    return "|".join(a[2:] if re.match(r"\\b[a-z0-9]", a) else a for a in alternatives)


# The same cues for text whose word characters are all a-z and 0-9 (nearly all page text). There the look-behind
# already says a cue starts a word: without the \b, each cue is skipped on its first letter. The kind is an empty
# group after the cue, which costs less than a group around it.
# Look-ahead guards like "(?=[a-z0-9/¤])" here and below list the characters a match can start with (for the cues of
# each kind, _CUE_STARTS), so that the engine fails other positions on one test instead of trying each alternative
# there; a test checks every guard against its pattern. Together they read cue contexts three times as fast.
_CUE_STARTS = {
    "discount": "cdrs¤", "membership": "amps/", "financing": "acfikmp¤", "spravato": "ens",
    "insurance": "abcdiorsw", "consultation": "acefimnops", "other_service": "abcghiklmnopstvw",
    "pain_infusion": "cefhlmnprst23456", "intro": "filnst", "booster": "bfmrt", "mood": "abdmops",
    "regular": "fnrsu", "series": "bcpst", "infusion": "ikst",
}
_PLAIN_CUE_RE = re.compile(
    "(?<![a-z0-9])(?=[a-z0-9/¤])(?:" + "|".join(
        f"(?=[{_CUE_STARTS[kind]}])(?:{_without_opening_boundaries(pattern)})(?P<{kind}>)" for kind, pattern in _CUES
    ) + ")"
)
# A word character other than a-z and 0-9 ("_", "é"): after one, the \b of a cue can fail where the look-behind holds.
_OTHER_WORD_CHAR = re.compile(r"[^\W0-9a-z]")
_PRIORITY = [kind for kind, _ in _CUES]
_SPECIFIC = _PRIORITY[:_PRIORITY.index("mood")]
_MODIFIERS = ("pain_infusion", "booster")
_STANDARD_WORDS = ("mood", "regular")
_INFUSION_WORDS = ("mood", "regular", "series", "infusion")

_PAREN_GROUP = re.compile(r"\([^()]*\)")
_PUNCTUATION = r"[;|\[\]•]|,\s|\s[-–—]\s"
_CLAUSE_BREAK = rf"{_PUNCTUATION}|\s(?:or|and|but|while|plus|then|versus|vs\.?)\s"
_SEPARATOR = re.compile(rf"[()]|{_CLAUSE_BREAK}")
_PHRASE_BREAK = re.compile(rf"[()]|{_PUNCTUATION}")
_CLAUSE_END = re.compile(_CLAUSE_BREAK)
_LEADING_UNIT = re.compile(r"\s*(?:each|apiece|per\s+\w+|/\s*\w+|an?\s+(?:month|session|infusion|treatment))")
_PER_UNIT = re.compile(
    rf"{_MARK}\s*(?:each|apiece|/\s*(?:infusion|session|treatment))"
    r"|\b(?:each|per|a\s+single|one|single)\s+(?:(?:ketamine|iv)\s+)*(?:infusion|session|treatment|visit)s?\b"
    rf"|(?:infusions?|sessions?|treatments?)\s+at\s+{_MARK}"
)
_COUNT_RE = re.compile(
    rf"(?=[bcefnoprst\d])"
    rf"(?:\b(?P<a>{COUNT})[\s-]+(?:(?:ketamine|iv|mood|standard|initial)[\s-]+)*(?:infusions?|treatments?|sessions?)\b"
    rf"|\b(?:series|package|bundle|course|set|pack|block|round)\s+of\s+(?:the\s+)?(?P<b>{COUNT})\b"
    rf"|\b(?:series|package|bundle)\s*\(\s*(?P<e>{COUNT})\s*\)"
    rf"|\b(?P<c>{COUNT})[\s-]*pack\b"
    rf"|\b(?P<d>{COUNT})\s+for\s+{_MARK})"
)
_FROM = re.compile(
    r"(?=[abfms¤])"
    r"(?:(?:\bfrom|starting\s+(?:at|from)|starts?\s+at|beginning\s+at|begins?\s+at|as\s+low\s+as|as\s+little\s+as"
    rf"|at\s+least|minimum\s+of)\s+(?:just\s+|only\s+)?{_MARK}|{_MARK}\s*(?:\+|and\s+up\b|or\s+more\b))"
)
_UP_TO = re.compile(rf"(?:up\s+to|as\s+much\s+as|maximum\s+of|no\s+more\s+than|not\s+to\s+exceed|at\s+most)\s+{_MARK}")
_SLIDING = re.compile(r"sliding[\s-]+(?:fee\s+)?scale|income[\s-]based|based\s+on\s+(?:your\s+)?(?:income|ability)")

# The stop itself is matched (the sentence ends after it): a pattern opening with a character class lets the regex
# engine skip to the next stop in C instead of trying a look-behind at every character.
_SENTENCE_END = re.compile(r"[.!?](?<!\.\.)[\"”')\]]*\s+(?=[\"“(\[]?[A-Z0-9$])")
_ABBREVIATION = re.compile(r"\b(?:dr|mr|mrs|ms|st|ste|approx|vs|e\.g|i\.e|inc|no|jr|sr)\.$", re.I)
_HEADING_LOOKBACK = 8
_HEADING_CHARS = 80


@dataclass(frozen=True)
class _Trigger:
    """A phrase saying prices are given on request: a literal word, checked against the text before and after it.
    Scanning for literals is what keeps this fast on long pages; one regex over the whole page is ten times slower."""
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
# Triggers by their word: one scan of the page finds the word for all of them.
_TRIGGERS_BY_WORD = {
    word: tuple(trigger for trigger in _TRIGGERS if trigger.word == word)
    for word in dict.fromkeys(trigger.word for trigger in _TRIGGERS)
}
_CONTEXT_CHARS = 60
# Money markers by their lower-case form: most pages write no "USD" or "dollar" at all, which one scan of the
# lower-cased page proves for all spellings.
_MONEY_MARKERS = {"$": ("$",), "usd": ("USD", "usd"), "dollar": ("dollar", "Dollar", "DOLLAR")}


# ---------------------------------------------------------------------------------------------------------------
# Reading the page


def classify(text: str, url: str = "", lowered: str | None = None) -> list[FeeMention]:
    """Every dollar amount of the page text, classified by its context, in page order. `lowered` is text.lower(),
    when the caller has it already."""
    mentions: list[FeeMention] = []
    for line_start in _money_line_starts(text, lowered):
        line_end = text.find("\n", line_start)
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        if not MONEY_HINT.search(line):
            continue
        heading = _Heading(text, line_start)
        previous = ""
        for sentence in _sentences(line):
            amounts = find_amounts(sentence)
            if amounts:
                mentions.extend(_read_sentence(sentence, amounts, previous, heading, url))
            previous = sentence
    return mentions


def _money_line_starts(text: str, lowered: str | None) -> list[int]:
    """Start offsets of the lines holding a money marker, in page order."""
    starts: set[int] = set()
    for lower, markers in _MONEY_MARKERS.items():
        if lowered is not None and lower not in lowered:
            continue
        for marker in markers:
            position = text.find(marker)
            while position >= 0:
                line_start = text.rfind("\n", 0, position) + 1
                starts.add(line_start)
                line_end = text.find("\n", position)
                if line_end < 0:
                    break
                position = text.find(marker, line_end)
    return sorted(starts)


def call_for_pricing(text: str, lowered: str | None = None) -> str | None:
    """The sentence saying prices are given on request ("call for pricing", "varies by insurance"...), else None.
    `lowered` is text.lower(), when the caller has it already."""
    lowered = text.lower() if lowered is None else lowered
    if len(lowered) != len(text):
        # A few characters ("İ") grow when lower-cased; keep them so offsets still point into `text`.
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    found = [
        position for word, triggers in _TRIGGERS_BY_WORD.items()
        if (position := _first_trigger(lowered, word, triggers)) >= 0
    ]
    if not found:
        return None
    position = min(found)
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", position)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    offset = position - line_start
    sentence = next(s for start, s in reversed(_sentence_spans(line)) if start <= offset)
    return _evidence(_collapse(sentence), 0)


def _first_trigger(lowered: str, word: str, triggers: tuple[_Trigger, ...]) -> int:
    position = lowered.find(word)
    while position >= 0:
        end = position + len(word)
        if (position == 0 or not lowered[position - 1].isalnum()) and any(
            (trigger.before is None or trigger.before.search(lowered, max(0, position - _CONTEXT_CHARS), position))
            and (trigger.after is None or trigger.after.match(lowered[end:end + _CONTEXT_CHARS]))
            for trigger in triggers
        ):
            return position
        position = lowered.find(word, end)
    return -1


def _collapse(text: str) -> str:
    # Tabs separate table cells: keep them apart as " | " before spaces are collapsed.
    return " ".join(text.replace("\t", " | ").split())


def _sentence_spans(line: str) -> list[tuple[int, str]]:
    spans: list[tuple[int, str]] = []
    start = 0
    for end in _SENTENCE_END.finditer(line):
        stop = end.start() + 1    # just after the full stop
        if _ABBREVIATION.search(line, max(start, stop - 8), stop):
            continue
        spans.append((start, line[start:stop]))
        start = end.end()
    spans.append((start, line[start:]))
    return spans


def _sentences(line: str) -> list[str]:
    return [s for s in (_collapse(sentence) for _, sentence in _sentence_spans(line)) if s]


class _Heading:
    """The heading above a block of text, looked up only when an amount's own sentence does not decide its kind."""

    def __init__(self, text: str, line_start: int) -> None:
        self._text = text
        self._line_start = line_start

    @cached_property
    def lowered(self) -> str:
        return _heading_above(self._text, self._line_start).lower()


def _heading_above(text: str, line_start: int) -> str:
    """The short title line above a block, skipping sibling list items that hold their own amounts."""
    end = line_start - 1
    for _ in range(_HEADING_LOOKBACK):
        if end < 0:
            return ""
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        end = start - 1
        if not line or MONEY_HINT.search(line):
            continue
        if len(line) <= _HEADING_CHARS and not line.endswith((".", "!", "?")):
            return _collapse(line)
        return ""
    return ""


def _evidence(sentence: str, around: int) -> str:
    if len(sentence) <= EVIDENCE_CHARS:
        return sentence
    start = max(0, min(around - EVIDENCE_CHARS // 2, len(sentence) - EVIDENCE_CHARS))
    window = sentence[start:start + EVIDENCE_CHARS]
    return ("…" if start else "") + window.strip() + ("…" if start + EVIDENCE_CHARS < len(sentence) else "")


# ---------------------------------------------------------------------------------------------------------------
# Judging one amount


class _Contexts:
    """The widening steps of context around one amount, lower-cased, the amount replaced by _MARK; the cues of
    each step are found once."""

    def __init__(
        self, near: str, phrase: str, own: str, sentence: str, previous: str, heading: _Heading,
    ) -> None:
        self.near = near
        self.phrase = phrase    # the clause without cutting at "and"/"or": "depression and chronic pain: $500"
        self.own = own
        self.sentence = sentence
        self.previous = previous
        self._heading = heading
        self._cues: dict[str, set[str]] = {}

    @property
    def heading(self) -> str:
        return self._heading.lowered

    def steps(self) -> Iterator[str]:
        yield self.near
        yield self.own
        yield self.sentence
        yield self.previous
        yield self.heading

    def cues(self, text: str) -> set[str]:
        if text not in self._cues:
            cue_re = _CUE_RE if _OTHER_WORD_CHAR.search(text) else _PLAIN_CUE_RE
            self._cues[text] = {match.lastgroup for match in cue_re.finditer(text) if match.lastgroup}
        return self._cues[text]


def _read_sentence(
    sentence: str, amounts: Sequence[Amount], previous: str, heading: _Heading, url: str,
) -> list[FeeMention]:
    lowered = sentence.lower()
    starts = [0] * len(amounts)
    ends = [len(sentence)] * len(amounts)
    for i in range(len(amounts) - 1):
        # The words between two amounts are shared out at the first separator: "$450 each | six for $2,400".
        between = lowered[amounts[i].end:amounts[i + 1].start]
        cut = _SEPARATOR.search(between)
        if cut is not None:
            split = cut.start()
        else:
            unit = _LEADING_UNIT.match(between)
            split = unit.end() if unit else 0
        ends[i] = starts[i + 1] = amounts[i].end + split

    mentions = []
    for amount, start, end in zip(amounts, starts, ends):
        left = lowered[start:amount.start]
        right = lowered[amount.end:end]
        # After the amount, its part of the sentence runs past a closing parenthesis ("ketamine ($450)") but ends
        # at the next clause: "and Spravato" after it is about something else.
        clause_end = _CLAUSE_END.search(right)
        right = right[:clause_end.start()] if clause_end else right
        # A closed parenthesis before the amount is part of its label ("Stellate Ganglion Block (SGB) for PTSD"):
        # its commas do not cut the clause. One open before it holds the amount ("six infusions ($2,400)").
        masked = _PAREN_GROUP.sub(_blank, left) if "(" in left else left
        near_left = phrase_left = left
        for separator in _SEPARATOR.finditer(masked):
            near_left = left[separator.end():]
        for separator in _PHRASE_BREAK.finditer(masked):
            phrase_left = left[separator.end():]
        cut = _SEPARATOR.search(right)
        near_right = right[:cut.start()] if cut else right
        contexts = _Contexts(
            near=near_left + _MARK + near_right,
            phrase=phrase_left + _MARK + near_right,
            own=left + _MARK + right,
            sentence=lowered[:amount.start] + _MARK + lowered[amount.end:],
            previous=previous.lower(),
            heading=heading,
        )
        mentions.append(_judge(amount, contexts, _evidence(sentence, amount.start), url))
    return mentions


def _blank(group: re.Match[str]) -> str:
    return "_" * len(group[0])


def _kind(contexts: _Contexts) -> tuple[str, set[str]]:
    """The kind the nearest deciding step names, and the cues of that step."""
    for text in contexts.steps():
        cues = contexts.cues(text)
        if not cues:
            continue
        for kind in _SPECIFIC:
            if kind in cues:
                return kind, cues
        if not cues.isdisjoint(_INFUSION_WORDS):
            return "infusion", cues
    return "unknown", set()


def _modifier(contexts: _Contexts) -> str | None:
    """Pain or booster named by the amount's own part of the sentence or its heading, unless a mood disorder or a
    regular price is named there first."""
    for text in (contexts.own, contexts.heading):
        cues = contexts.cues(text)
        if not cues.isdisjoint(_STANDARD_WORDS):
            return None
        for kind in _MODIFIERS:
            if kind in cues:
                return kind
    return None


def _count(texts: Iterable[str]) -> int | None:
    for text in texts:
        match = _COUNT_RE.search(text)
        if match:
            value = count_value(next(group for group in match.groups() if group))
            return value if value > 1 else None
    return None


def _qualifier(amount: Amount, contexts: _Contexts) -> str:
    if _SLIDING.search(contexts.own):
        return "sliding"
    if amount.high is not None:
        return "range"
    if _UP_TO.search(contexts.own):
        return "up_to"
    if _FROM.search(contexts.own):
        return "from"
    return ""


def _judge(amount: Amount, contexts: _Contexts, evidence: str, url: str) -> FeeMention:
    kind, cues = _kind(contexts)
    if kind == "pain_infusion" and ("mood" in cues or "mood" in contexts.cues(contexts.phrase)):
        # "Infusions for depression and chronic pain: $500": a price shared with mood disorders is the standard one.
        kind = "infusion"
    if kind == "insurance" and "spravato" in contexts.cues(contexts.sentence):
        # Copays and insurance billing in a sentence about Spravato are Spravato's price, not a reimbursement.
        kind = "spravato"
    qualifier = _qualifier(amount, contexts)
    count = None
    if kind in PRICED_KINDS:
        if kind == "infusion" and cues.isdisjoint(_STANDARD_WORDS):
            kind = _modifier(contexts) or kind
        if not _PER_UNIT.search(contexts.near):
            count = _count((contexts.near, contexts.own))
            if count is None and "series" in cues:
                count = _count((contexts.sentence, contexts.previous, contexts.heading))
            if kind == "infusion" and (count or "series" in cues):
                kind = "series"
        kind, count = _plausible(kind, count, amount.low)

    per_min = per_max = None
    if kind in PRICED_KINDS and (kind != "series" or count):
        divisor = count or 1
        low = round(amount.low / divisor, 2)
        high = round(amount.high / divisor, 2) if amount.high is not None else None
        per_min, per_max = (None, low) if qualifier == "up_to" else (low, high)
    return FeeMention(
        kind=kind, amount=amount.low, amount_max=amount.high, count=count,
        per_infusion_min=per_min, per_infusion_max=per_max, qualifier=qualifier, evidence=evidence, url=url,
    )


def _plausible(kind: str, count: int | None, amount: float) -> tuple[str, int | None]:
    """Guard against reading a unit price as a total, or a drug cost as an infusion fee."""
    if count and amount / count < MIN_PLAUSIBLE_PER_INFUSION:
        if amount >= MIN_PLAUSIBLE_PER_INFUSION:
            return ("infusion" if kind == "series" else kind), None
        return "unknown", None
    if not count and amount < MIN_PLAUSIBLE_PER_INFUSION and kind != "intro":
        return "unknown", None
    return kind, count


# ---------------------------------------------------------------------------------------------------------------
# The clinic's standard fee


def _figure(mention: FeeMention) -> float:
    """The highest per-infusion figure a mention states."""
    top = mention.per_infusion_max if mention.per_infusion_max is not None else mention.per_infusion_min
    assert top is not None  # only mentions with a per-infusion figure are judged
    return top


def _bounded(mention: FeeMention) -> bool:
    # A plain price or a range states its top; a "from" or sliding-scale floor does not.
    return mention.per_infusion_max is not None or mention.qualifier == ""


def standard_fee(mentions: Iterable[FeeMention], call_for_pricing_sentence: str | None = None) -> StandardFee:
    """The per-infusion fee the inclusion policy judges; see the module docstring for the rules."""
    priced = [m for m in mentions if m.per_infusion_min is not None or m.per_infusion_max is not None]
    notes: list[str] = []
    chosen = [m for m in priced if m.kind in ("infusion", "series")]
    if not chosen:
        chosen = [m for m in priced if m.kind == "booster"]
        if chosen:
            notes.append("booster price only")
    if not chosen:
        return StandardFee(None, None, "", "", _no_fee_note(priced, call_for_pricing_sentence))

    with_min = [m for m in chosen if m.per_infusion_min is not None]
    lowest = min(with_min, key=lambda m: m.per_infusion_min or 0.0) if with_min else None
    highest = max(chosen, key=_figure)
    several = len({_figure(m) for m in chosen}) > 1
    fee_min = lowest.per_infusion_min if lowest else None
    fee_max = _figure(highest) if several or any(_bounded(m) for m in chosen) else None
    source = lowest or highest

    if source.kind == "series" and source.count:
        notes.append(f"series price divided by {source.count}")
    if source.qualifier == "sliding":
        notes.append("sliding scale")
    if fee_min is None:
        notes.append("upper bound only")
    elif fee_max is None:
        notes.append("from price only")
    return StandardFee(fee_min, fee_max, source.evidence, source.url, "; ".join(notes))


def _no_fee_note(priced: list[FeeMention], call_sentence: str | None) -> str:
    notes = ["call for pricing" if call_sentence else "no published price"]
    others = sorted({m.kind for m in priced if m.kind in ("intro", "pain_infusion")})
    if others:
        labels = {"intro": "intro offer", "pain_infusion": "pain infusion"}
        notes.append("only " + " and ".join(labels[k] for k in others) + " prices published")
    return "; ".join(notes)
