"""Phone numbers in page text, each labelled a phone, a fax, an identifier, a hotline or someone else's line.

Clinic sites print their number as plain text as often as in a `tel:` link ("Call or text (503) 555-0110",
"P: 503.555.0110 F: 503.555.0111"), beside fax numbers, NPI and tax numbers, dates and crisis lines. Every US
number ends with a group of four digits, so a byte scan finds the few places worth a look; phonenumbers'
PhoneNumberMatcher then reads only the few characters before each, which keeps the cost linear in the text.
Toll-free numbers spelled in letters ("1-800-KETAMINE") are read as they are dialled.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

import phonenumbers

PHONE, FAX, IDENTIFIER, HOTLINE, OTHER, UNLABELLED = "phone", "fax", "identifier", "hotline", "other", ""
# The clinic's own line, but not the one to call first: a text-only line, a line for existing patients.
SECONDARY = "secondary"
# The longest way a US number is written before its last four digits: "+1 (503) 555-" and a little slack.
_REACH = 24
# How far back a label is looked for: "Phone:", "Call or text", "Fax", "NPI".
_LABEL_REACH = 32
# A run of digits this long is an identifier or a reference, never a phone number ("+1" and ten digits is 11).
_LONGEST_RUN = 11
_RETRIES = 4
# The most numbers read on one page, and the most places looked at: a chain's locations page prints a phone and a
# fax for each of dozens of clinics; a page with more is a list of something else.
MAX_NUMBERS = 300
MAX_LOOKS = 1000

_DIGITS_AS_ZERO = bytes.maketrans(b"0123456789", b"0" * 10)
_RUN_OF_ZEROS = re.compile(rb"0000+")
_RUN_OF_DIGITS = re.compile(r"\d{4,}")

# A crisis line printed on the page is never the clinic's number, whatever else labels it.
_HOTLINE = re.compile(r"crisis|hotline|lifeline|helpline|suicide|(?<!non-)(?<!non )emergenc|poison|samhsa|\b988\b")
# "In crisis? Call or text 988. To book, call ...": a sentence that starts after the hotline's, naming a visit, labels
# the clinic's own number.
_SENTENCE_END = re.compile(r"[.!]\s+")
_VISIT = re.compile(r"book|schedul|appointment|office|clinic|front\s+desk|reception|intake|consult|cita|oficina")
# Labels of a number; the one nearest the number wins: "Fax: 503-555-0111 | Phone: 503-555-0110",
# "NPI 2345678901 · Call 503-555-0110". The group names are the labels.
_LABEL = re.compile(
    r"(?P<phone>(?:phone|tel)\s*/\s*fax|phone|\btel\b|\b[tpomc]\s*[:.]|call|text|office|main|mobile|cell|"
    r"appointment|book|schedul|reach|contact|toll[- ]?free|local|direct|new\s+(?:patient|client)|"
    r"tel[eé]fono|ll[aá]m|celular)"
    r"|(?P<fax>fax|facsimile|facs[ií]mil|\bfx\b|\bf\s*[:.]|\bf\s*$)"
    # Someone else's line, or a line for something other than the visit: a billing company, a pharmacy, the
    # hospital's operator, a drug maker's support programme, an answering service.
    r"|(?P<other>\bbilling\b|pharmacy|hospital|operator|switchboard|manufacturer|support\s+program|answering\s+service|"
    r"after[- ]hours|insurance|insurer|records|facturaci[oó]n)"
    r"|(?P<identifier>\b(?:npi|ein|tin|dea|licen[cs]e|lic|tax\s*id|taxpayer|ssn|acct|account|member\s*id|policy|"
    r"invoice|claim|routing|confirmation|reference|ptan|caqh)\b|\bid\s*(?:[:#]|no\b|number)|#\s*$)")
# A line to text and not to call ("Text us at", "SMS:"; not "Call or text"), unless a call label follows it; a line
# for patients already in care ("Existing patients:"), unless new patients are named after it.
_TEXT_ONLY = re.compile(r"(?<!or )(?<!/)(?<!& )\b(?:text(?:ing)?|sms|mensajes?\s+de\s+texto|solo\s+texto)\b")
# "Llame o envíe un mensaje de texto": call or text, in Spanish.
_CALL_OR = re.compile(r"ll[aá]m\w*\s+o\b")
# Labels after "text" that make the line one to call: not what the text is for ("to book", "appointment reminders").
_CALL_AFTER = re.compile(r"call|phone|\btel\b|office|main|mobile|cell|contact|toll[- ]?free|local|direct")
_EXISTING = re.compile(r"\b(?:existing|current|established|returning)\s+(?:patients?|clients?)")
_NEW_PATIENTS = re.compile(r"\bnew\s+(?:patients?|clients?)")
# "503-555-0111 (fax)": a label after the number, unless it is the label of a number that follows.
_FAX_AFTER = re.compile(r"[ \t]*(?:\(\s*fax\s*\)|fax\b(?!\s*[:.#]?\s*[(+\d]))")
# A US (NANP) number: area code and exchange never start with 0 or 1. Local seven-digit numbers, NPI numbers read as
# "+1 123..." and numbers of other countries are not a US clinic's phone.
_NANP = re.compile(r"\+1[2-9]\d\d[2-9]\d{6}")
# A toll-free vanity number ("1-800-KETAMINE", "(888) KET-CARE"): the area code, then seven keypad characters with
# three capital letters at least; letters past the seventh are left off when dialling. The area code is set off as
# one ("800-", "(800)"): "OVER 800 PATIENTS" in a heading is a count.
_VANITY = re.compile(
    r"8(?:00|33|44|55|66|77|88)(?:\)\s?|[-.])(?=[A-Z0-9-]{0,4}[A-Z]{3})((?:[A-Z0-9][-.]?){6}[A-Z0-9])[A-Z]*\b")
# "1-" or "+1 (" before a vanity number's area code.
_COUNTRY_BEFORE = re.compile(r"(?:\+?1[-. ]?)?\(?$")
# Digits printed right after a vanity number are the same number spelled out: they are read instead.
_DIGITS_NEXT = re.compile(r"\s*[(\[]?\s*(?:\+?1[-. ]?)?\(?\d{3}")
# An area code's end and the rest of a number: "-555-0134", ") 555-0134".
_AREA_CODE_NEXT = re.compile(r"[-.)]\s?\d{3}[-.]\d{4}\b")
_DATE = re.compile(r"\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class FoundPhone:
    number: str      # E.164, a US number
    start: int
    end: int
    label: str       # PHONE, FAX, IDENTIFIER, HOTLINE, OTHER or UNLABELLED

    @property
    def callable(self) -> bool:
        """Whether a patient can reach the clinic on it: a phone, labelled or not, or a secondary line."""
        return self.label in (PHONE, UNLABELLED, SECONDARY)


def find_phones(text: str) -> list[FoundPhone]:
    """Every phone-like number in `text`, in the order printed, labelled from the words before (and after) it."""
    found: list[FoundPhone] = []
    previous_run = looks = 0
    for run_start, run_end in _digit_runs(text):
        # Neither a number nor its label reaches back past the digits before it (a ZIP code, an account number).
        reach = max(previous_run, run_start - _REACH - _LABEL_REACH)
        floor = max(reach, text.rfind("\n", reach, run_start) + 1)
        # A ZIP code run into the area code that follows it ("59715406-555-0134"): the number starts after the ZIP.
        previous_run = run_end - 3 if run_end - run_start == 8 and _AREA_CODE_NEXT.match(text, run_end) else run_end
        if run_end - run_start > _LONGEST_RUN:
            continue
        window = text[max(floor, run_start - _REACH):run_end]
        if _digits(window) < 10:    # area code, exchange and line: ten digits
            continue
        looks += 1
        if looks > MAX_LOOKS:
            break
        match = _number_ending_at(window)
        if match is None:
            continue
        raw, offset, number = match
        start = run_end - len(window) + offset
        if _DATE.fullmatch(raw) or not _NANP.fullmatch(number):
            continue
        label = _label(text[max(floor, start - _LABEL_REACH):start].lower(), text[run_end:run_end + 12].lower())
        found.append(FoundPhone(number, start, run_end, label))
        if len(found) >= MAX_NUMBERS:
            break
    vanity = list(islice(_vanity_numbers(text), MAX_NUMBERS))
    return sorted(found + vanity, key=lambda phone: phone.start)[:MAX_NUMBERS] if vanity else found


def best_phone(phones: list[FoundPhone]) -> str:
    """The number a patient should call: the first labelled as a phone, else the first unlabelled one, else the first
    secondary line."""
    for wanted in (PHONE, UNLABELLED, SECONDARY):
        for phone in phones:
            if phone.label == wanted:
                return phone.number
    return ""


def _vanity_numbers(text: str) -> Iterator[FoundPhone]:
    """Toll-free numbers spelled in letters, as dialled, labelled as digit numbers are."""
    # The pattern starts with a plain "8", which the regex engine scans for quickly; what comes before is tested here.
    for match in _VANITY.finditer(text):
        if (match.start() and text[match.start() - 1].isalnum()) or _DIGITS_NEXT.match(text, match.end()):
            continue
        keys = phonenumbers.convert_alpha_characters_in_number(match.group(1).replace("-", "").replace(".", ""))
        start = match.start()
        prefix = _COUNTRY_BEFORE.search(text, max(0, start - 4), start)
        start = prefix.start() if prefix else start
        label = _label(text[max(0, start - _LABEL_REACH):start].lower(), text[match.end():match.end() + 12].lower())
        yield FoundPhone(f"+1{text[match.start():match.start() + 3]}{keys}", start, match.end(), label)


def _digit_runs(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each run of four or more digits. Most page text is Latin-1, whose only decimal digits are
    0-9: a byte regex in C then finds the runs without testing each character in Python's regex engine."""
    try:
        digits = text.encode("latin-1").translate(_DIGITS_AS_ZERO)
    except UnicodeEncodeError:
        yield from (m.span() for m in _RUN_OF_DIGITS.finditer(text))
        return
    yield from (m.span() for m in _RUN_OF_ZEROS.finditer(digits))


# A site repeats its footer on every page: the same snippet is read once per crawl.
@lru_cache(maxsize=4096)
def _number_ending_at(window: str) -> tuple[str, int, str] | None:
    """(raw text, offset, E.164) of the number PhoneNumberMatcher reads at the very end of `window`, if any. Digits
    just before a number ("CO 80202 303 555 0142") make the matcher read one impossible number: it is asked again
    without the leading words, a few times at most."""
    offset = 0
    for _ in range(_RETRIES):
        if _digits(window[offset:]) < 10:
            return None
        for match in phonenumbers.PhoneNumberMatcher(window[offset:], "US", leniency=phonenumbers.Leniency.POSSIBLE):
            if offset + match.end == len(window):
                return match.raw_string, offset + match.start, phonenumbers.format_number(
                    match.number, phonenumbers.PhoneNumberFormat.E164)
        space = window.find(" ", offset) + 1
        if not space:
            return None
        offset = space
    return None


def _digits(text: str) -> int:
    return sum(ch.isdigit() for ch in text)


def _label(before: str, after: str) -> str:
    hotline = None
    for hotline in _HOTLINE.finditer(before):
        pass
    if hotline:
        sentence = None
        for sentence in _SENTENCE_END.finditer(before, hotline.end()):
            pass
        if sentence is None or not _VISIT.search(before, sentence.end()):
            return HOTLINE
        before = before[sentence.end():]
    if _FAX_AFTER.match(after):
        return FAX
    label = UNLABELLED
    for match in _LABEL.finditer(before):
        label = match.lastgroup
    if label in (PHONE, UNLABELLED) and _secondary(before):
        return SECONDARY
    return label


def _secondary(before: str) -> bool:
    """Whether the words before a number make it a secondary line: to text only, or for existing patients."""
    texted = existing = None
    for texted in _TEXT_ONLY.finditer(before):
        pass
    for existing in _EXISTING.finditer(before):
        pass
    return bool(texted and not _CALL_AFTER.search(before, texted.end()) and
                not _CALL_OR.search(before, 0, texted.start())) or \
        bool(existing and not _NEW_PATIENTS.search(before, existing.end()))
