"""Judging one amount from its contexts: its kind, infusion count, qualifier, voice and confidence.

Kind
    The nearest step of context holding a cue decides; at one step, cues naming something other than a standard
    infusion (discounts, charges, financing, memberships, Spravato, insurance, consultations, other services,
    sessions by another route, pain infusions, intro offers, boosters) win over the plain word "infusion".
    A plain infusion price is read as a pain or booster price when its own part of the sentence or its heading
    says so, unless that names a mood disorder or a regular price ("for depression", "regularly $450"). Words
    that name no route ("ketamine", "sessions") take the route or product their sentence names when it names no
    infusion ("Sublingual ketamine program — 8 sessions for $1,200" is a session). A price referred to as a
    penalty ("forfeit ... the $450 infusion fee") is a charge, and so is a gift card's value ("Gift cards: one
    infusion $450"). What an amount is applied to or leaves out says nothing of what it is ("$100, applied to your
    first infusion"). A treatment price in a sentence naming no product takes Spravato from the sentence before
    or the heading; one in a sentence naming another service and no ketamine is that service's, and so is a plain
    infusion price under a heading naming another service ("IV Vitamin Therapy"). Ketamine sessions sold with
    therapy sessions are a KAP bundle (a session). A price per hour or per milligram is no infusion's price.
Count
    A count beside an amount ("six infusions for $2,700", "package of four", "5–7 sessions") makes it a series
    total, divided by the count, unless the amount is priced per unit ("$450 each", "per infusion"). A count range
    pairs with an amount range in order ("5–7 sessions: $2,600–$3,500" is $520 and $500 per infusion); with a
    single amount it leaves the figure in doubt. A count is looked for as far out as the step that named the kind
    (a card's "6 infusions" title over its bare "$2,700"), and for a package in the whole sentence, the one
    before and the heading ("most people need six ... about $2,700 in total"), for a regular price in its sentence,
    and in a plan card's caption under a bare price ("Valid for 6 infusions"). A per-infusion figure below $100 is
    not an infusion fee.
Voice
    On an article or press page every amount is a market_reference or third_party. Elsewhere the voice cue nearest
    the amount decides: the clinic's own ("we", "our", "your"), the market's ("most clinics", "on average",
    "typically", "can cost") or someone else's ("said", "according to", "a clinic in Boston"). A hedge ("usually
    costs") is the clinic's own when its sentence places the price at the clinic ("at our clinic", "here") and
    names no one else. A quotation in the first person singular, or signed with a name, is a patient's
    testimonial: someone else's; one the page gives to its own staff ("says Dr. Alvarez, our medical director")
    is the clinic's. Someone else named only in the sentence before, speaking of no price ("Most clinics ask for a
    referral. Infusions are $450."), leaves the price in doubt rather than making it theirs. A table column for a
    hospital or competitors holds market figures.
Confidence
    A standard price is in doubt (confidence "low") when it stands near a treatment word with no pricing context,
    when a range is given in no one's voice on an ordinary page (a label's range, "6 to 8 infusions: $2,700 to
    $3,400", is a price list's line), when its count is a range, when it names no infusion beside a mention of
    Spravato, when a bare price has another service's title under it and no infusion heading above it, or when it
    is far beyond what one infusion costs.
"""

from __future__ import annotations

import re

from spiders.extract.amounts import COUNT, COUNT_RANGE, Amount, count_range
from spiders.extract.fees import cues
from spiders.extract.fees.context import Contexts
from spiders.extract.fees.mention import PRICED_KINDS, STANDARD_KINDS, FeeMention
from spiders.extract.fees.page_kinds import PRICING, REFERENCE_KIND

MIN_PLAUSIBLE_PER_INFUSION = 100.0
MAX_LIKELY_PER_INFUSION = 3_000.0
_MARK = cues.MARK
_VOICED_KINDS = (*PRICED_KINDS, "session", "unknown")
_REFERENCE = {"market": "market_reference", "third": "third_party"}
# Cue groups of a charge or of paying: a sentence naming one speaks of prices ("Most insurers reimburse part").
_PRICE_NAMING = frozenset({"charge", "insurance", "financing", "membership", "discount"})
_NOT_PRICED = frozenset(kind for _, kind, _ in cues.KIND_CUES) - {*PRICED_KINDS, "unknown"}

_PER_UNIT = re.compile(
    rf"{_MARK}\s*(?:each|apiece|/\s*(?:infusion|session|treatment))"
    r"|\b(?:por|cada)\s+(?:infusion|sesion|tratamiento)\b"
    r"|\b(?:each|per|a\s+single|one|single)\s+(?:(?:ketamine|iv)\s+)*(?:infusion|session|treatment|visit)s?\b"
    r"(?![\s-]+(?:packages?|series|bundles?|programs?|courses?|plans?)\b)"
    rf"|(?:infusions?|sessions?|treatments?)\s+at\s+{_MARK}"
)
_BETWEEN = r"(?:ketamine|iv|mood|standard|initial|recommended|consecutive|individual|separate|loading|induction" \
           r"|additional|booster|maintenance|depression|pain|ptsd)"
_COUNT_RE = re.compile(
    rf"\bbetween\s+(?P<g>{COUNT}\s+and\s+{COUNT})[\s-]+(?:{_BETWEEN}[\s-]+){{0,2}}"
    rf"(?:infusions?|treatments?|sessions?)\b"
    rf"|\b(?P<a>{COUNT_RANGE})[\s-]+(?:{_BETWEEN}[\s-]+){{0,2}}"
    r"(?:infusions?|treatments?|sessions?|visits?|infusiones|sesiones|tratamientos)\b"
    r"(?!\s+(?:a|per|each)\s+(?:week|month|day)\b)"
    rf"|\b(?:series|packages?|bundles?|courses?|sets?|packs?|blocks?|rounds?|protocols?|paquetes?)\s+(?:of|de)\s+"
    rf"(?:the\s+)?(?P<b>{COUNT_RANGE})\b"
    rf"|\b(?:series|package|bundle)\s*\(\s*(?P<e>{COUNT})(?:\s+(?:infusions?|sessions?|treatments?|visits?))?\s*\)"
    # "$2,640 for six", "$2,250 for 5 infusions": the count after the price, when nothing else follows it.
    rf"|{_MARK}\s+for\s+(?:all\s+)?(?P<i>{COUNT})(?:\s+(?:infusions?|sessions?|treatments?|visits?))?\s*(?:[.;,|)]|$)"
    rf"|\b(?P<c>{COUNT})[\s-]*pack\b"
    rf"|\b(?P<d>{COUNT})\s+for\s+{_MARK}"
    # How many a patient needs, said of the package: "most people need six ... about $2,700 in total".
    rf"|\b(?:needs?|needed|requires?|recommends?|recommended|start\s+with|begin\s+with)\s+(?P<h>{COUNT_RANGE})\b"
    r"(?![\s-]*(?:%|percent|weeks?|days?|hours?|minutes?|months?|mg|years?)\b)"
    # A count just before the price in a list: "Five: $2,250", "six $2,700", "3-infusion — $1,350", a table
    # row's "Six | $2,640".
    rf"|\b(?P<f>{COUNT_RANGE})[\s-]*(?:(?:infusions?|sessions?|treatments?)\b\s*)?[:–—|-]?\s*{_MARK}"
)
_PER_MEASURE = re.compile(
    rf"{_MARK}\s*(?:per|/|an?|each)\s*(?:hours?|hr|minutes?|min|milligrams?|mg|ml|kg|pounds?|lbs?)(?![\w-])")
_FROM = re.compile(
    r"(?:\bfrom|starting\s+(?:at|from)|starts?\s+at|beginning\s+at|begins?\s+at|as\s+low\s+as|as\s+little\s+as"
    rf"|at\s+least|minimum\s+of)\s+(?:just\s+|only\s+)?{_MARK}|{_MARK}\s*(?:\+(?!\s*(?:tax|gst|hst|vat)\b)"
    r"|and\s+up\b|or\s+more\b)"
)
_UP_TO = re.compile(rf"(?:up\s+to|as\s+much\s+as|maximum\s+of|no\s+more\s+than|not\s+to\s+exceed|at\s+most)\s+{_MARK}")
_REFERRED = re.compile(rf"(?<![a-z0-9])the\s+(?:full\s+|entire\s+|whole\s+)?{_MARK}")
_LABELLED = re.compile(rf"[a-z][^{_MARK}]*(?::|\s[–—-])\s*{_MARK}")
_SLIDING = re.compile(r"sliding[\s-]+(?:fee\s+)?scale|income[\s-]based|based\s+on\s+(?:your\s+)?(?:income|ability)")


def judge(amount: Amount, contexts: Contexts, evidence: str, url: str, page: str) -> FeeMention:
    kind, cues_found, step = _kind(contexts)
    if kind == "pain_infusion" and ("mood" in cues_found or "mood" in contexts.cues(contexts.phrase)):
        # "Infusions for depression and chronic pain: $500": a price shared with mood disorders is the standard one.
        kind = "infusion"
    if kind == "insurance" and "spravato" in contexts.cues(contexts.own) | contexts.cues(contexts.sentence):
        # Copays and insurance billing in a sentence about Spravato are Spravato's price, not a reimbursement.
        kind = "spravato"
    if kind in PRICED_KINDS and _gift(contexts):
        kind = "other_charge"     # "Gift cards: a single infusion $450": the value of a card, whatever it buys
    if kind in STANDARD_KINDS and _REFERRED.search(contexts.near) and "charge" in contexts.cues(contexts.phrase):
        # "forfeit the appointment and the $450 infusion fee": a price referred to as a penalty is a charge.
        kind = "other_charge"
    qualifier = _qualifier(amount, contexts)
    count = None
    if kind in PRICED_KINDS:
        if kind == "infusion":
            kind = _modifier(contexts) or kind
        if kind != "pain_infusion" and _PER_MEASURE.search(contexts.near):
            kind = "unknown"    # "$250 per hour of chair time", "$4 per milligram": no price of one infusion
        if not any(_PER_UNIT.search(text) for text in (contexts.near, contexts.column, contexts.own)):
            # A count is looked for as far as the step that named the kind: "6 infusions" heading a card whose
            # only text is "$2,700"; further for a series ("most start with six ... a package for $2,550"), and for
            # a regular price as far as its sentence ("six infusions ... $2,520 instead of $2,760").
            steps = contexts.steps()
            reach = max(2, step + 1) if "regular" not in cues_found else max(3, step + 1)
            count = _count(steps[:reach] if "series" not in cues_found else steps) or _plan_count(contexts.below)
            if kind == "infusion" and (count or "series" in cues_found):
                kind = "series"
        kind, count = _plausible(kind, count, amount.low)

    voice = _voice(contexts, page) if kind in _VOICED_KINDS else "own"
    if page in REFERENCE_KIND:
        kind = REFERENCE_KIND[page]
    elif voice in _REFERENCE:
        kind = _REFERENCE[voice]

    per_min = per_max = None
    if kind in PRICED_KINDS and (kind != "series" or count):
        per_min, per_max = _per_infusion(amount, count, qualifier)
    doubts = _doubts(amount, contexts, count, (per_min, per_max), voice, page) if kind in STANDARD_KINDS else []
    return FeeMention(
        kind=kind, amount=amount.low, amount_max=amount.high, count=count[0] if count else None,
        count_max=count[1] if count and count[1] != count[0] else None, per_infusion_min=per_min,
        per_infusion_max=per_max, qualifier=qualifier,
        route=cues.route_in(contexts.near) or cues.route_in(contexts.own) if kind == "session" else "",
        confidence=("low" if doubts else "high") if kind in STANDARD_KINDS else "", doubt="; ".join(doubts),
        evidence=evidence, url=url,
    )


def _kind(contexts: Contexts) -> tuple[str, frozenset[str], int]:
    """The kind the nearest deciding step names, the cues of that step and its place among the steps."""
    for step, text in enumerate(contexts.steps()):
        found = contexts.cues(text)
        if not found:
            continue
        for group in cues.SPECIFIC_GROUPS:
            if group in found:
                return cues.KIND_OF_GROUP[group], found, step
        if not found.isdisjoint(cues.INFUSION_WORDS):
            return _routed(contexts, found), found, step
    return "unknown", frozenset(), -1


def _gift(contexts: Contexts) -> bool:
    """Whether a gift card is named before the amount in its sentence, or in its heading."""
    before = contexts.sentence[:contexts.sentence.find(_MARK)]
    return any("gift" in text and "gift" in contexts.cues(text) for text in (before, contexts.heading))


def _routed(contexts: Contexts, found: frozenset[str]) -> str:
    """A plain treatment word takes the route or product its sentence names when the sentence names no infusion:
    "Sublingual ketamine program — 8 sessions for $1,200" is a session, "Spravato: patients owe $20 per treatment"
    Spravato's price ("ketamine treatments" beside Spravato are not Spravato's); a sentence naming none takes
    Spravato from the sentence before or the heading."""
    wider = contexts.cues(contexts.own) | contexts.cues(contexts.sentence)
    if "infusion" not in found and {"infusion", "other_service"} <= wider and "ketamine" not in found | wider:
        return "other_service"    # "NAD+ infusions start at $400 and go up to $900 for the 1,000 mg protocol"
    if "infusion" in found or "infusion" in wider:
        return "infusion"
    if "session" in wider or "therapy" in wider:
        # "$4,500 includes 6 ketamine sessions and 6 integration sessions": ketamine bundled with therapy (KAP).
        return "session"
    if "spravato" in wider and "ketamine" not in found:
        return "spravato"
    if "other_service" in wider and "ketamine" not in found | wider:
        return "other_service"    # "TMS therapy is $300 per session, or $9,000 for a 36-session course"
    # A sentence naming nothing takes the product of the sentence before or the heading: "Spravato is billed to
    # your insurance. Without coverage, each treatment is $890."
    around = contexts.cues(contexts.previous) | contexts.cues(contexts.heading)
    if "spravato" in around and "ketamine" not in found | wider and around.isdisjoint(("infusion", "session",
                                                                                      "ketamine")):
        return "spravato"
    return "infusion"


def _modifier(contexts: Contexts) -> str | None:
    """Pain or booster named by the amount's own part of the sentence or its heading, or an offer by its heading.
    A regular price named there first keeps the standard price ("regularly $450"); a mood disorder keeps it from
    pain ("for depression and chronic pain"), not from a booster (a booster for depression is still a booster)."""
    for text in (contexts.own, contexts.heading):
        found = contexts.cues(text)
        if "regular" in found:
            return None
        if "booster" in found:
            return "booster"
    if "intro" in contexts.cues(contexts.heading):
        return "intro"      # "Summer special" over "Six infusions for $2,100": an offer, not the standing price
    heading = contexts.cues(contexts.heading)
    if "other_service" in heading and "ketamine" not in heading | contexts.cues(contexts.own):
        return "other_service"    # "IV Vitamin Therapy" heading "Each infusion is $199": a drip's price
    for text in (contexts.own, contexts.heading):
        found = contexts.cues(text)
        if "mood" in found:
            return None
        if "pain_infusion" in found:
            return "pain_infusion"
    return None


# A plan card's caption under its bare price: "$2,550" / "Valid for 6 infusions".
_PLAN_CAPTION = re.compile(rf"(?:valid|good)\s+for\s+(?P<n>{COUNT_RANGE})\s+(?:ketamine\s+|iv\s+)?"
                           r"(?:infusions?|sessions?|treatments?|visits?)\b")


def _plan_count(below: str) -> tuple[int, int] | None:
    match = _PLAN_CAPTION.match(below)
    low, high = count_range(match["n"]) if match else (0, 0)
    return (low, high) if high > 1 else None


def _count(texts) -> tuple[int, int] | None:
    for text in texts:
        match = _COUNT_RE.search(text)
        if match:
            low, high = count_range(next(group for group in match.groups() if group))
            return (low, high) if high > 1 else None
    return None


def _qualifier(amount: Amount, contexts: Contexts) -> str:
    if _SLIDING.search(contexts.own):
        return "sliding"
    if amount.high is not None:
        return "range"
    if _UP_TO.search(contexts.own):
        return "up_to"
    if _FROM.search(contexts.own):
        return "from"
    return ""


def _plausible(kind: str, count: tuple[int, int] | None, amount: float) -> tuple[str, tuple[int, int] | None]:
    """Guard against reading a unit price as a total, or a drug cost as an infusion fee."""
    if count and amount / count[0] < MIN_PLAUSIBLE_PER_INFUSION:
        if amount >= MIN_PLAUSIBLE_PER_INFUSION:
            return ("infusion" if kind == "series" else kind), None
        return "unknown", None
    if not count and amount < MIN_PLAUSIBLE_PER_INFUSION and kind != "intro":
        return "unknown", None
    return kind, count


def _per_infusion(amount: Amount, count: tuple[int, int] | None, qualifier: str) -> tuple[float | None, ...]:
    """The per-infusion figures of an amount: a total divided by its count, a count range paired with an amount
    range in order ("5–7 infusions: $2,600–$3,500" is $520 and $500)."""
    low_count, high_count = count or (1, 1)
    if amount.high is not None:
        figures = (amount.low / low_count, amount.high / high_count)
    elif high_count != low_count:
        figures = (amount.low / high_count, amount.low / low_count)
    else:
        figures = (amount.low / low_count,)
    low, high = round(min(figures), 2), round(max(figures), 2)
    if qualifier == "up_to":
        return None, high
    return low, (high if len(figures) > 1 else None)


def _voice(contexts: Contexts, page: str) -> str:
    """"own", "market", "third", or "" when nothing says whose price it is; "unclear" when only the sentence
    before names someone else and it speaks of no price ("Most clinics ask for a referral. Infusions are $450.")."""
    if cues.quoted(contexts.sentence) and cues.voice_in(contexts.sentence.replace(_MARK, " ")) == "third":
        return "third"     # “We charge $395,” said Dr. Alvarez: the quote is the speaker's voice
    if cues.testimonial(f"{contexts.previous} {contexts.sentence}"):
        return "third"
    if cues.other_column(contexts.column):
        return "market"     # "Our clinic | Hospital": the hospital column's price is no clinic's own
    for text in contexts.steps():
        voice = cues.voice_in(text, contexts.sentence)
        if voice in _REFERENCE and text is contexts.previous and not (
                "$" in text or cues.price_context(text) or contexts.cues(text) & _PRICE_NAMING):
            return "unclear"
        if voice:
            return voice
    return "own" if page == PRICING or cues.pricing_heading(contexts.heading) else ""


def _route_unclear(contexts: Contexts) -> bool:
    """Whether a price naming no infusion ("Each treatment is $450") stands under a heading or after a sentence
    naming Spravato and no infusion: it may be either's ("Spravato and IV ketamine" names the infusion)."""
    around = f"{contexts.previous} {contexts.heading}"
    return (("spravato" in around or "esketamine" in around)
            and "infusion" not in contexts.cues(contexts.own) | contexts.cues(contexts.sentence)
            | contexts.cues(contexts.previous) | contexts.cues(contexts.heading))


def _other_title_below(contexts: Contexts) -> bool:
    """Whether a bare price has a title naming another service under it and no heading naming the infusion above
    it: "For depression and PTSD" / "$149" / "Hydration Drip" may be a card whose price stands above its name."""
    below = {cues.KIND_OF_GROUP[group] for group in contexts.cues(contexts.below)}
    return (not below.isdisjoint(_NOT_PRICED) and contexts.cues(contexts.heading).isdisjoint(("infusion", "ketamine")))


def _doubts(amount: Amount, contexts: Contexts, count, figures, voice: str, page: str) -> list[str]:
    doubts = []
    pricing_page = page == PRICING or cues.pricing_heading(contexts.heading)
    if not (pricing_page or contexts.label_line or cues.price_context(contexts.own)
            or cues.price_context(contexts.sentence)):
        doubts.append("no pricing context")
    # "Infusions cost $400 to $800": this clinic's range, or everyone's? (A sliding scale is always a clinic's own.)
    # A label and its range ("6 to 8 infusions: $2,700 to $3,400") is a price list's line, not a statement.
    if (not voice and amount.high is not None and not pricing_page and not _SLIDING.search(contexts.own)
            and not (contexts.label_line and _LABELLED.search(contexts.own))):
        doubts.append("voice unclear")
    if count and count[0] != count[1] and amount.high is None:
        doubts.append("count given as a range")
    if voice == "unclear":
        doubts.append("someone else named in the sentence before")
    if _route_unclear(contexts):
        doubts.append("Spravato named nearby")
    if _other_title_below(contexts):
        doubts.append("another service named under the price")
    if max((f for f in figures if f is not None), default=0) > MAX_LIKELY_PER_INFUSION:
        doubts.append("unusually high for one infusion")
    return doubts
