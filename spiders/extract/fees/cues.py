"""The words that say what a dollar amount is: cue words by kind, the voice of a statement, tiers and price words.

Every pattern is matched on lower-cased text in which the amount being judged is replaced by MARK, so that a cue
can say where it stands relative to the amount ("save ¤", "¤ off"). The text has lost the accents of Spanish words
(context.lower), so a few Spanish cue words ("infusion", "paquete", "promedio") serve the Spanish parts of a site.
Adding a cue word means adding it to one pattern below; tests/test_fees_cases.py (or tests/fee_round3.py to
tests/fee_round6.py, for the later ones) holds a sentence for each.
"""

from __future__ import annotations

import re

MARK = "¤"

# (group, kind, pattern), most specific first: when one context holds cues of several groups, the first group
# listed wins ("consultation deposit" is a charge, "NAD+ infusion" another service). The last six groups are the
# plain words of a standard infusion: "mood" and "regular" name the standard price ("for depression",
# "regularly $450"), "series" a package, "infusion" the treatment itself, "ketamine" and "treatment" words that
# name no route.
KIND_CUES: tuple[tuple[str, str, str], ...] = (
    ("discount", "discount",
     rf"(?:save|saved|saving|savings\s+of|discount\s+of|rebate\s+of|credit\s+of|reduced\s+by)\s+"
     rf"(?:up\s+to\s+|over\s+|more\s+than\s+|an\s+extra\s+|an\s+additional\s+)?{MARK}"
     rf"|{MARK}[\s-]*(?:off\b|discount|savings|in\s+savings|rebate|credit\b)"
     # A price for a group of patients is the standard price less a discount: "veterans pay ¤", "military rate".
     r"|(?:veterans?|military|active[\s-]duty|first[\s-]responders?|seniors?|students?|teachers?|educators?"
     r"|healthcare\s+workers?)(?:['’]s?)?\s+(?:only\s+)?(?:pay|rate|price|pricing)\b"),
    ("charge", "other_charge",
     r"cancel\w*|no[\s-]shows?|late\s+(?:fee|arrival|charge|payment)s?"
     r"|miss(?:ed|ing)?\s+(?:an?\s+|your\s+|the\s+)?(?:scheduled\s+)?(?:appointment|visit|session|infusion)s?"
     rf"|fail(?:ure|s|ed|ing)?\s+to\s+(?:arrive|show|attend|appear|cancel)|{MARK}\s+(?:card\s+)?holds?\b"
     r"|(?:hold|reservation)\s+(?:fees?|payments?|charges?)"
     r"|reschedul\w*|deposits?|booking\s+fees?|reservation\s+fees?|admin(?:istrative|istration)?\s+fees?"
     r"|processing\s+fees?|convenience\s+fees?|facility\s+fees?|service\s+charges?|surcharges?|concierge\s+fees?"
     r"|travel\s+fees?|(?:home[\s-]visit|house[\s-]call|mileage|trip)\s+(?:fees?|charges?)"
     r"|(?:declined|returned|bounced|rejected)[\s-]+(?:cards?|checks?|cheques?|payments?)|nsf\b"
     # "A $25 fee applies", "a $75 after-hours fee": a fee named by no treatment.
     rf"|cargos?\b|an?\s+{MARK}\s+(?:(?!infusion|treatment|session|ketamine|iv\b|visit|consult)[a-z-]+\s+)?"
     r"(?:fee|charge|surcharge)s?\b"
     r"|forfeit\w*|non[\s-]?refundable|refund\w*|retainer|labs?\b|lab\s*work|blood\s*work"
     r"|blood\s+tests?|ekg\b|ecg\b|electrocardiograms?|records?\s+(?:requests?|fees?)"),
    # A gift card's value is no price paid for a treatment, even one named beside it ("a full series: $2,550").
    ("gift", "other_charge", r"gift\s+(?:cards?|certificates?|vouchers?)|e-?gift"),
    ("not_price", "unknown",
     r"grants?\b|donat\w*|raised\b|fund[\s-]?rais\w*|revenue|salar(?:y|ies)|valued\s+at"
     # "$20,000 of equipment", "$5,000 worth of free infusions": a quantity of something, not a price.
     # Not a share of a price: "$150 of each infusion", "$100 of the cost".
     rf"|{MARK}\s+(?:worth\s+)?of\s+(?!which\b|each\b|every\b|the\s+(?:cost|price|fee)|your\b|an?\s)"),
    ("spravato", "spravato", r"spravato|esketamine"),
    ("insurance", "insurance",
     r"reimburs\w*|co-?pays?\b|co-?insurance|deductibles?|superbill|out[\s-]of[\s-]network|in[\s-]network"
     r"|insurers?\b|insurance\s+compan(?:y|ies)|health\s+plans?\b"
     r"|insurance\s+(?:may\s+|will\s+|can\s+|often\s+)?(?:pays?|covers?|reimburses?)\b"
     r"|billed\s+to\s+(?:your\s+)?insurance|with\s+insurance|after\s+insurance|insurance\s+benefits?"
     r"|cpt\b|hcpcs\b|j\d{4}\b|(?:billing|procedure)\s+codes?|codes?\s+\d{5}\b|allowed\s+amounts?|allowable"
     rf"|claims?\b|(?:get|gets|got|getting|paid|pay|pays)\s+back\s+(?:up\s+to\s+|about\s+|around\s+|as\s+much\s+as\s+)?"
     rf"(?:{MARK}|\$)|eobs?\b|explanation\s+of\s+benefits"
     r"|usual\s+and\s+customary|ucr\b|chargemaster"
     r"|fee\s+schedule|medicare|medicaid|tricare|billed\s+(?:charges?|amounts?)|net\s+cost"),
    ("membership", "membership",
     r"(?<!non-)(?<!non\s)member(?:ship)?s?\b|clubs?\b|subscri\w+|per\s+year\b|/\s*(?:yr|year)\b|annual(?:ly)?\b"
     r"|a\s+year\b"),
    ("financing", "financing",
     rf"care\s?credit|financ\w*|payment\s+plans?|install?ments?\b|klarna\b|affirm\b|cherry\b"
     rf"|{MARK}\s*(?:/\s*|per\s+|a\s+|each\s+)(?:mo\b|mo\.|month)|{MARK}\s+monthly|monthly\s+payments?"),
    ("consultation", "consultation",
     r"consult\w*|assessment|evaluation|eval\b|intake\b|screening|initial\s+visit|office\s+visit"
     r"|new[\s-]patient\s+visit|medical\s+(?:clearance|exam)|physical\s+exam|follow[\s-]up\s+(?:visit|appointment)"
     r"|med(?:ication)?\s+(?:management|checks?|visits?)|psychiatr(?:ic|ist)\s+(?:\w+\s+)?(?:visit|appointment)s?"
     r"|prep(?:aration)?\s+sessions?|(?:virtual|video)\s+(?:visits?|follow[\s-]?ups?|check[\s-]?ins?|appointments?)"
     r"|follow[\s-]?ups?\s+with\b"),
    ("other_service", "other_service",
     r"nad\b|hydration|vitamin\w*|myers|b-?12\b|biotin|glutathione|iron\s+infusions?|magnesium|lidocaine|ivig\b"
     r"|immun\w*\s+(?:boost|blend|drip)|hangover|beauty\s+(?:blend|drip)|energy\s+(?:boost|blend|drip)"
     r"|tms\b|transcranial|stellate|sgb\b|botox|fillers?\b|weight\s+loss|semaglutide|tirzepatide|ozempic|wegovy"
     r"|ozone\b|prp\b|exosomes?|peptides?\b|testosterone|hormones?\b|hrt\b|neurofeedback|emdr\b|hyperbaric"
     r"|cryotherapy|massage|acupuncture|red[\s-]light|sauna|nitrous|laughing\s+gas"
     # The other lines of a multi-specialty practice: "Annual physical — $180 self-pay", "Skin check — $120".
     r"|physical\s+therapy|(?:(?<=annual\s)|(?<=sports\s)|(?<=school\s))physicals?\b|wellness\s+(?:exams?|visits?)"
     r"|skin\s+(?:checks?|exams?)|mole\s+removals?|allergy\s+(?:test\w*|shots?)|vaccin\w*|immuni[sz]ations?"
     r"|flu\s+shots?|chiropractic|dermatolog\w*|x-?rays?\b|ultrasounds?\b|mri\b"),
    # Ketamine by another route than an IV infusion: priced per session, recorded with its route.
    ("session", "session",
     r"im\b|intramuscular|injections?\b|troches?|lozenges?|sublingual|oral\b|rdts?\b|odts?\b|rapid[\s-]dissolv\w*"
     r"|at[\s-]home|home[\s-](?:kits?|programs?|based)|kits?\b|telehealth|telemedicine|nasal\s+sprays?|intranasal"
     r"|kap\b|ketamine[\s-]assisted|psychedelic[\s-]assisted"
     # Sessions shared by several people, priced per head or per pair: not one patient's infusion.
     r"|group\s+(?:[\w-]+\s+){0,2}?(?:sessions?|journeys?|ceremon\w*)|couples?\b(?!\s+of\b)"
     r"|per\s+(?:person|participant|couple|pair)\b"),
    ("therapy", "other_service",
     r"psychotherapy|talk\s+therapy|group\s+therapy|integration|coaching|counsell?ing"),
    ("pain_infusion", "pain_infusion",
     r"pain\b|crps\b|rsd\b|fibromyalgia|neuropath\w*|migraines?|headaches?|lyme\b|hyperalgesia"
     r"|phantom\s+limb|dolor\b|[2-6][\s-]hours?\b|(?:two|three|four|five|six)[\s-]hours?\b|extended\s+infusions?"),
    ("intro", "intro",
     r"first\s+(?:ketamine\s+|iv\s+)?(?:infusion|treatment|session)|introductory|intro\b|first[\s-]time"
     r"|new[\s-]patient\s+(?:special|offer|rate|price|pricing|discount)|trial\s+(?:infusion|session)"
     # A chain's offer held at some of its clinics, not this one's price: "from $399 at select locations".
     r"|(?:select|participating)\s+(?:locations?|clinics?|offices?|centers?|centres?)"
     r"|specials?\b(?!\s+(?:interest|needs|care|training|attention|populations?))|limited[\s-]time"
     r"|promo(?:tion(?:al)?|s)?\b"
     r"|(?:spring|summer|fall|autumn|winter|holiday|seasonal|black\s+friday)\s+(?:special|sale|offer|pricing|rate)"
     # A price that holds until a date: "$450 per infusion through May 31".
     r"|(?:through|thru|until|till|ends?|(?:when\s+|if\s+)?booked\s+by|book\s+by|expires?)\s+"
     r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d"
     r"|the\s+end\s+of\s+(?:the\s+)?(?:month|week|year|summer|spring|winter|fall))"),
    ("booster", "booster",
     r"booster|maintenance|mantenimiento|refuerzos?\b|top[\s-]?ups?\b|touch[\s-]?ups?\b|follow[\s-]up\s+infusions?"
     r"|repeat\s+infusions?"),
    # A price that no longer holds ("were ¤, now $450", "originally ¤"); any cue above says more about it.
    ("former", "unknown",
     rf"(?:was|were|previously|originally|formerly|used\s+to\s+be)\s+{MARK}"
     rf"|{MARK},?\s+now\s+(?:just\s+|only\s+)?\$"),
    ("mood", "infusion",
     r"depress\w*|mood\b|anxiety|ansiedad|ptsd\b|ocd\b|bipolar|suicid\w*|mental\s+health|psychiatric"),
    ("regular", "infusion",
     rf"regular(?:ly)?\b|normally\b|standard:?\s+{MARK}|instead\s+of\s+{MARK}|usual\s+(?:price|rate|fee)|full\s+price"
     r"|standard\s+(?:price|rate|fee)|self[\s-]pay|cash\s+(?:price|rate|pay)|private[\s-]pay"),
    ("series", "infusion", r"series\b|packages?|bundles?|course\b|program\b|protocol\b|total\b|paquetes?|serie\b"
     r"|(?:three|four|five|six|eight|ten|twelve|\d{1,2})[\s-]*(?:infusion[\s-]+)?packs?\b"),
    ("infusion", "infusion", r"infusions?|iv\b|intravenous|sliding[\s-]+(?:fee\s+)?scale"),
    # Words that name no route: ketamine may be given another way, a treatment may be a Spravato dose.
    ("ketamine", "infusion", r"ketamin[ae]"),
    ("treatment", "infusion", r"treatments?|sessions?|sesion(?:es)?\b|tratamientos?"),
)
KIND_OF_GROUP = {group: kind for group, kind, _ in KIND_CUES}
SPECIFIC_GROUPS = tuple(group for group, kind, _ in KIND_CUES if kind != "infusion")
INFUSION_WORDS = frozenset({"mood", "regular", "series", "infusion", "ketamine", "treatment"})
# Cues start a word (or are the mark itself): nothing alphanumeric just before them.
_CUE_RE = re.compile("(?<![a-z0-9])(?:" + "|".join(f"(?P<{group}>{pattern})" for group, _, pattern in KIND_CUES) + ")")


# What an amount is applied to, or leaves out, is not what it is: "$100, applied to your first infusion" is a
# deposit; "($395–$1,500) rarely include the consultation" is not a consultation's price.
_NOT_WHAT_IT_IS = re.compile(
    r"(?<![a-z0-9])(?:(?:appl(?:ied|ies)|credit(?:ed|s)|counts?|counted|goes|go|added|adds)\s+(?:in\s+full\s+)?"
    r"(?:to|toward|towards|against)\b|(?:rarely|seldom|never|not|(?:does|do|is|are)n[’']t)\s+includ\w*"
    r"|exclud\w*|on\s+top\s+of|in\s+addition\s+to)[^;|.]*")


# Insurance that does not pay says the price is paid by the patient: "Medicare does not cover ketamine infusions,
# which are $495 each" is the clinic's own price, not a reimbursement.
_NOT_COVERED = re.compile(
    r"(?<![a-z0-9])(?:(?:insurance|insurers?|medicare|medicaid|tricare|health\s+plans?|plans)\s+(?:\w+\s+)?"
    r"(?:does|do|will|can|is|are)(?:\s+not|n[’']t)\s+(?:(?:typically|usually|generally|currently)\s+)?"
    r"(?:cover|reimburse|pay\s+for)\w*"
    r"|not\s+(?:\w+\s+)?covered\s+by\s+(?:\w+\s+)?(?:insurance|medicare|medicaid|tricare|health\s+plans?))")


def cues_in(text: str) -> frozenset[str]:
    """The cue groups found in `text` (lower-cased), leaving out what the amount is applied to or leaves out, and
    an insurance that does not pay."""
    at = text.find(MARK)
    if at >= 0 and _NOT_WHAT_IT_IS.search(text, at):
        text = text[:at] + _NOT_WHAT_IT_IS.sub(" ", text[at:])
    if "cover" in text or "reimburs" in text or "pay for" in text:
        text = _NOT_COVERED.sub(" ", text)
    return frozenset(match.lastgroup for match in _CUE_RE.finditer(text) if match.lastgroup)


# Voice: the clinic speaking of its own offer, a general statement about the market, or someone else's words.
_OWN = r"we|we're|we've|we'll|our|ours|my|your"
_MARKET = (
    r"(?:average|avg\.?)\s+(?:\w+\s+)?(?:costs?|prices?|rates?|fees?|charges?|totals?|spend)"
    r"|averag(?:e|es|ed|ing)\s+(?:around|about|roughly|near|of|¤)|on\s+average|(?:u\.s\.|us|market|industry)\s+average"
    r"|nation(?:wide|al(?:ly)?)|across\s+the\s+(?:country|nation|u\.s\.|us\b|united\s+states)"
    r"|in\s+the\s+(?:u\.s\.|us\b|united\s+states|country)|industry|market\s+(?:rates?|prices?)|going\s+rate"
    r"|(?:most|many|some|other|few|certain)\s+(?:\w+\s+)?(?:clinics|providers|practices|centers|centres"
    r"|offices|doctors|physicians|facilities|places)"
    r"|promedio|(?:en|de)\s+(?:los\s+)?estados\s+unidos|otras\s+clinicas|la\s+mayoria\s+de\s+(?:las\s+)?clinicas"
    r"|anywhere\s+from|ballpark|typical\s+(?:costs?|prices?|ranges?|fees?)"
    r"|(?:can|could|may|might)\s+(?:\w+\s+)?(?:cost|run|range|vary|reach|exceed|climb|top|set\s+you\s+back"
    r"|be\s+as\s+(?:much|high|low)\s+as)"
    r"|var(?:y|ies|ying)\s+(?:widely|greatly|considerably|significantly|a\s+lot|by\s+(?:clinic|provider|region"
    r"|location|state|city|area|practice)|from\s+(?:clinic|provider|place|one))"
    r"|depending\s+on\s+(?:the\s+)?(?:clinic|provider|practice|location|region|state|city|area|where\s+you\s+live)"
    r"|expect\s+to\s+(?:pay|spend)|cost\s+guides?|price\s+guides?|elsewhere|competitors?|stud(?:y|ies)\b"
    r"|surveys?\b|researchers|economists|analysts|estimated\s+at|going\s+(?:rates?|prices?)|shop(?:s|ping)?\s+around"
    r"|in\s+(?:smaller|larger|bigger|major|big|small|rural|urban)\s+(?:towns|cities|metros|markets|states|regions"
    r"|areas)|quoted\s+online|online\s+(?:quotes|listings)"
    # People in general paying, and clinics in general charging: "most people pay", "boutique clinics bill". Not
    # "many of our patients" nor "our clinics charge".
    r"|(?:most|many|some|the\s+typical|the\s+average|a\s+typical)\s+(?!of\s)(?:[\w-]+\s+)?(?:people|patients"
    r"|patient|consumers?|americans?|clients?)\s+(?:\w+\s+)?(?:pay|paid|spend|spent|shell\s+out)"
    r"|(?P<plural>(?:clinics|providers|practices|centers|centres|programs|hospitals)\s+"
    r"(?:in\s+(?:[\w.-]+\s+){1,3}?)?(?:often\s+|usually\s+"
    r"|may\s+|can\s+|might\s+)?(?:charge|bill|ask|list|quote|want)s?\b"
    # "The typical hospital program", a table column headed "Average clinic": a stand-in for clinics in general.
    r"|(?:typical|average)\s+(?:[\w-]+\s+){0,2}?(?:clinics?|providers?|programs?|practices?|centers?|centres?"
    r"|hospitals?)\b)"
)
_THIRD = (
    r"said|says|told|wrote|writes|noted|recall(?:s|ed)|explain(?:s|ed)|according\s+to|reported|reporters?"
    r"|journalists?|quoted|interview\w*|spokes(?:person|man|woman)"
    r"|(?:one|another)\s+(?:clinic|provider|practice|center|centre|doctor|physician|psychiatrist)\b"
    r"|an?\s+(?:clinic|provider|practice|center|centre)\s+in\s"
    r"|(?:closest|nearest|previous|former|last|other)\s+(?:clinic|provider|practice|center|centre|doctor|place"
    r"|office|psychiatrist)\b"
    # A clinic the site refers patients to is another business: "our partner clinic", "the sister practice"; not
    # the clinic itself: "we are a partner clinic of...". Partner clinics charging are the market's (below).
    r"|(?:(?<=our\s)|(?<=the\s)|(?<=their\s))(?:partner|sister|affiliated|referral|partnering|neighbou?ring)\s+"
    r"(?:ketamine\s+)?(?:clinic|provider|practice|center|centre|office|location)\b"
    r"|(?:an?|one)\s+(?:[\w-]+\s+){0,2}?(?:article|magazine|newspaper|news\s+story)\b"
    # What a patient paid before, somewhere else: "had been paying $800", "was paying $750 a session".
    r"|(?:had\s+been|was|were|used\s+to\s+be)\s+(?:paying|charged|quoted|billed)\b"
    r"|used\s+to\s+pay\b|previously\s+paid\b"
    # A clinic the site sends its patients to: "we refer patients to Clearmind Infusion Center, which charges".
    r"|refer(?:s|red|ring)?\s+(?:(?:our\s+|all\s+)?(?:patients?|clients?|you|them)\s+)(?:out\s+)?to\b"
    # Someone the page tells of: "a friend paid $600", "Dr. Lee previously ran a hospital program where...".
    r"|(?:a|my|one|another)\s+(?:friend|relative|cousin|colleague|co-?worker|neighbou?r|family\s+member)s?\s+"
    r"(?:[\w-]+\s+){0,4}?(?:paid|spent|was\s+charged|got\s+charged)\b"
    r"|(?:previously|formerly|once)\s+(?:ran|worked|led|practi[cs]ed|managed|directed|trained)\b"
)
# A hedge on a price, not on anything else: "typically cost", not "typically last". It is the market's, unless the
# sentence places the price at the clinic and names no one else: "At our clinic, an infusion usually costs $450".
_HEDGE = (r"(?:typically|generally|usually|often|tends?\s+to)\s+(?:\w+\s+)?(?:costs?|run|runs|ranges?|charges?"
          r"|fall|falls|sells?|priced|totals?|between|from|around|about|be\s+(?:between|around|about)|¤)")
_OWN_PLACE = re.compile(
    r"(?<![a-z0-9])(?:(?:at|in|with)\s+(?:our|this)\s+(?:[\w-]+\s+){0,2}?(?:clinic|practice|center|centre|office"
    r"|suite|location|team)s?\b|with\s+us\b"
    r"|(?<!around\s)(?<!near\s)here\b(?!\s*(?:is|are|in|['’]s)\b))")
# Anyone else the sentence names, to whom a hedged price may belong: "Clinics near us typically charge $700".
_OTHERS = re.compile(
    r"(?<![a-z0-9])(?:clinics|providers|practices|centers|centres|hospitals?|programs|places|offices|elsewhere"
    r"|others?|competitors?|nation\w*|country|average|industry|market)(?![a-z0-9])")
_VOICE_RE = re.compile(
    rf"(?<![a-z0-9])(?:(?P<own>(?:{_OWN})\b)|(?P<market>{_MARKET})|(?P<third>{_THIRD})|(?P<hedge>{_HEDGE}))")
# A speaker the page names as its own staff speaks for the clinic: "says Dr. Alvarez, our medical director", "our
# founder, Dr. Reyes, said". A patient of "ours" does not.
_SPEECH = re.compile(r"said|says|told|wrote|writes|noted|explain(?:s|ed)")
_STAFF = (r"(?:our|the\s+clinic['’]s)\s+(?:co-?)?(?:founder|owner|(?:medical\s+|clinical\s+)?director|ceo|president"
          r"|lead\s+(?:nurse|physician|provider)|nurse\s+practitioner|physician|doctor|anesthesiologist|psychiatrist"
          r"|crna|team)s?\b")
_STAFF_AFTER = re.compile(rf"\w+\s+(?:[\w.'’-]+,?\s+){{0,4}}?{_STAFF}")
_STAFF_BEFORE = re.compile(rf"(?<![a-z0-9]){_STAFF}[^;“”\"]{{0,40}}$")
# "Our Phoenix and Tempe clinics charge": clinics charging are the market's unless the clinic names them its own.
# Not clinics the clinic names as another's: "our parent company's clinics", "our partner clinics".
_OWN_BEFORE = re.compile(
    rf"(?<![a-z0-9])(?:{_OWN})\b(?:(?!partner|sister|affiliat|parent|referr|franchise|network)[^.;,:|'’])*$")


def voice_in(text: str, sentence: str = "") -> str | None:
    """"own", "market" or "third" for the voice cue nearest the mark in `text` (the last one when `text` holds no
    mark); None when `text` has no voice cue. Someone else named in the same stretch outweighs "we": "another
    provider we spoke with charges $1,000". `sentence`, the whole sentence `text` was cut from, shows whose clinics
    are charging when `text` is cut short of it: "Our Phoenix and Tempe clinics charge ¤"."""
    at = text.find(MARK)
    whole, shift = (sentence, sentence.find(MARK) - at) if sentence and at >= 0 and MARK in sentence else (text, 0)
    best, distance = None, None
    voices = set()
    for match in _VOICE_RE.finditer(text):
        voice = match.lastgroup
        start = match.start() + shift
        if match["plural"] and start >= 0 and _OWN_BEFORE.search(whole, max(0, start - 60), start):
            voice = "own"
        elif voice == "third" and start >= 0 and _SPEECH.fullmatch(match.group()) and (
                _STAFF_AFTER.match(whole, start) or _STAFF_BEFORE.search(whole, max(0, start - 80), start)):
            voice = "own"
        elif voice == "hedge":
            voice = "own_hedge" if _OWN_PLACE.search(whole) and not _OTHERS.search(whole) else "market"
        voices.add(voice)
        gap = (at - match.end() if match.end() <= at else match.start() - at) if at >= 0 else -match.start()
        if distance is None or gap < distance or (gap == distance and voice != "own"):
            best, distance = voice, gap
    if best == "own_hedge":
        best = "market" if voices & {"market", "third"} else "own"
    return "third" if best == "own" and "third" in voices else best


# A comparison table's column for someone else: "Our clinic | Hospital | Other clinics".
_OTHER_COLUMN = re.compile(r"(?<![a-z])(?:hospitals?|emergency|er|others?|competitors?|elsewhere|national|industry)"
                           r"(?![a-z])")
_OUR_COLUMN = re.compile(rf"(?<![a-z])(?:{_OWN}|us|this)(?![a-z])")


def other_column(column: str) -> bool:
    """Whether a table column (lower-cased header) stands for prices other than the clinic's own."""
    return _OTHER_COLUMN.search(column) is not None and _OUR_COLUMN.search(column) is None


def quoted(text: str) -> bool:
    """Whether the mark stands inside quotation marks: someone's words, not the page's."""
    before = text[:max(text.find(MARK), 0)]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


_FIRST_PERSON = re.compile(r"(?<![a-z0-9])(?:i|me|i['’](?:ve|d|m))(?![a-z0-9])")


# A quotation signed by a name after it: "“At $450 an infusion it was worth it.” — Luis".
_ATTRIBUTION = re.compile(r"[”\"]\s*[—–-]{1,2}\s*[a-z]")


def testimonial(text: str) -> bool:
    """Whether the mark stands in a quotation in the first person singular, or one signed with a name: a patient's
    words ("“The last place I went charged me $900”"), not the clinic's."""
    return quoted(text) and (_FIRST_PERSON.search(text) is not None
                             or _ATTRIBUTION.search(text, text.find(MARK)) is not None)


# Words that make a statement about a price: without any, an amount near "infusion" is weak evidence.
_PRICE_CONTEXT = re.compile(
    rf"(?<![a-z0-9])(?:pric\w*|precios?|costos?|tarifas?|costs?\b|fees?\b|rates?\b|charges?\b|charged|pay\b|paid"
    rf"|payment|self[\s-]pay|cash\b"
    rf"|total\w*|investment|tuition|sliding[\s-]+(?:fee\s+)?scale)"
    rf"|(?:is|are|was|were|be|now|runs?|only|just|for|at|from|between|regularly|normally|:|—|–|-|\()\s*"
    rf"(?:{MARK}|\$\d)"
    rf"|{MARK}\s*(?:each|apiece|per\b|/|individually|separately|alone\b|on\s+its\s+own)"
)
_PRICING_HEADING = re.compile(r"(?<![a-z0-9])(?:pric\w*|precios?|tarifas?|fees?\b|costs?\b|rates\b|investment|payment)")


def price_context(text: str) -> bool:
    return _PRICE_CONTEXT.search(text) is not None


def pricing_heading(text: str) -> bool:
    return _PRICING_HEADING.search(text) is not None


# What sets one standard price apart from another of the same clinic: a condition, a length, a tier, a package.
_TIERS = re.compile(
    r"(?<![a-z0-9])(?:depress\w*|anxiety|ptsd|ocd|bipolar|suicid\w*|postpartum|mood|pain|crps|migraines?|fibro\w*"
    r"|\d+[\s-]*(?:min|minutes?|hours?|hrs?)\b|private|suite|vip|premium|deluxe|luxury|concierge|standard|basic"
    r"|signature|weekends?|evenings?|after[\s-]hours|veterans?|military|first\s+responders?|students?|seniors?"
    r"|low[\s-]dose|high[\s-]dose|extended|single|package|series|bundle|prepa(?:id|y)|members?)"
)


def tiers_in(text: str) -> frozenset[str]:
    return frozenset(_TIERS.findall(text.lower()))


# Routes of a session kind, as vocabulary codes (common/vocabulary.py).
_ROUTES = re.compile(
    r"(?<![a-z0-9])(?:(?P<im_injection>im\b|intramuscular|injections?\b)"
    r"|(?P<oral_sublingual>troches?|lozenges?|sublingual|oral\b|rdts?\b|odts?\b|rapid[\s-]dissolv\w*)"
    r"|(?P<at_home_telehealth>at[\s-]home|home\b|telehealth|telemedicine)"
    r"|(?P<intranasal_other>nasal\s+sprays?|intranasal)"
    r"|(?P<iv_infusion>iv\b|intravenous))"
)


def route_in(text: str) -> str:
    """The route named nearest the mark in `text`, as a vocabulary code, IV only when no other is named ("oral
    ketamine between infusions"); "" when none is named."""
    at = max(text.find(MARK), 0)
    found = [(match.lastgroup == "iv_infusion", abs(match.start() - at), match.lastgroup)
             for match in _ROUTES.finditer(text) if match.lastgroup]
    return min(found)[2] if found else ""
