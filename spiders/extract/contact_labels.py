"""Words before or after an address that make it no place to visit the clinic at.

Post and payments, parking, a former or future location, a chain's corporate office, the web studio's credit, and
other organisations' addresses (a pharmacy, a library, a licensing board) are printed beside the clinic's own; so are
branches closed for good and landmarks in directions. English and Spanish labels are read.
"""

from __future__ import annotations

import re
from functools import lru_cache

# A street address given for post or payments only: kept out of the places a clinic can be visited.
# Whole words: "Billings, MT" and "Call or email to book" are no post. Spanish pages say "Dirección postal",
# "Oficina de facturación" (billing), "Envíe sus pagos a".
_MAILING = re.compile(r"mailing|(?<![\w-])mail\s+to\b|\bbilling\b|remit|payments?\s+to|correspondenc"
                      r"|direcci[oó]n\s+postal|facturaci[oó]n|env[ií]e\w*\s[\w\s]{0,20}?\bpagos\b", re.I)
# "Please mail payments to our office: ...": post sent to the clinic's own door, which is a place to visit.
_TO_OUR_DOOR = re.compile(
    r"(?:\b(?:please\s+)?(?:send|mail|submit|forward)\w*\s[\w\s']{0,30}?|\b(?:checks?|payments?)\s[\w\s']{0,20}?)?"
    r"\bto\s+(?:our|the)\s+(?:office|clinic)(?:\s+at)?\s*[:,]?\s*$", re.I)
# A corporate office that is the clinic as well ("Corporate Office & Clinic", "Headquarters and Infusion Center",
# "corporate offices and main clinic"): the words are taken out before the labels are judged.
_HEAD_OFFICE = r"(?:corporate\s+offices?|headquarters|hq|administrative\s+offices?)"
_CARE_SITE = r"(?:our\s+)?(?:main\s+)?(?:clinic|infusion\s+(?:center|centre|suite)|treatment\s+(?:center|centre))"
_SHARED = re.compile(rf"\b(?:{_HEAD_OFFICE}\s*(?:&|\+|/|\band\b)\s*{_CARE_SITE}|{_CARE_SITE}\s*(?:&|\+|/|\band\b)\s*"
                     rf"(?:our\s+)?{_HEAD_OFFICE})", re.I)
# A location not open yet: named in the label, or in a short heading above a short label ("Opening spring 2027" over
# "Our first clinic: ...").
_NOT_YET = (r"coming\s+soon|opening\s+(?:soon|in|this|next|early|late|spring|summer|fall|autumn|winter|\d)"
            r"|opens\s+(?:soon|in|this|next|on\s+(?!mon|tue|wed|thu|fri|sat|sun|week))"
            r"|future\s+(?:home|location|site)")
_NOT_YET_HEADING = re.compile(rf"\b(?:{_NOT_YET})\b", re.I)
# Labels that make an address no place to visit, wherever they stand in the words before it or in the short heading
# above it: a chain's corporate or administrative office, a location not open yet, the web studio that built the
# site, an address to send things to, the emergency room to go to, a group or seminar that meets somewhere else,
# an example in a form's help text.
_NOT_A_PLACE = re.compile(
    r"\b(?:corporate\s+(?:office|offices|headquarters|address|hq)|headquarters|hq|administrative\s+offices?"
    r"|admin\s+offices?|business\s+office"
    r"|" + _NOT_YET +
    r"|(?:website|web\s+site|web\s+design|site|designed|developed|powered|hosted|marketing)\s+by"
    # The building's landlord or manager ("Suite leased through ...", "Property managed by ...").
    r"|(?:leased|managed|owned)\s+(?:through|by)|property\s+management|leasing\s+office"
    # A move not made yet ("Moving soon! Our new office at ...", "We are relocating to ..."), a business or
    # registered agent's address (a virtual practice's, or a filing's).
    r"|moving\s+(?:soon|to|in|this|next)|relocating\s+(?:soon|to|in|this|next)|business\s+address"
    r"|registered\s+(?:agent|office)"
    r"|(?<![\w-])(?:send|mail|submit|ship|deliver|forward|fax)\b[\w\s']{0,20}?\b(?:checks?|payments?|claims?|"
    r"records?|forms?|correspondence|letters?|packages?|deliveries|specimens?|documents?|paperwork)\b[\w\s']{0,20}?"
    r"\bto"
    r"|emergency\s+(?:room|department)|seminar|workshop|webinar|support\s+group|meetup|fundraiser"
    r"|example|for\s+instance)\b|\be\.g\.",
    re.I)
# Another organisation named right before the address ("... at Lakeview Pharmacy, 6500 Monona Dr"): a pharmacy,
# library, church, airport, hotel, laboratory, licensing board or health plan is not the clinic; a word naming a street
# ("Church Street Ketamine, 120 Church St") or saying insurance is taken ("Most insurance accepted") is no such place.
_OTHER_PLACE = re.compile(
    r"\b(?:pharmacy|library|church|airport|hotel|motel|inn|laboratory|board\s+of\b[\w\s]{0,40}|health\s+plan|"
    r"insurance(?:\s+company)?(?!\s+(?:plans?\s+)?(?:accepted|welcome))"
    r")\b(?!\s+(?:st|street|ave|avenue|rd|road|dr|drive|ln|lane|blvd|way|pl|place|sq|square|hill)\b)"
    r"[\w\s'.&-]{0,30}?[,:]?\s*$", re.I)
# Words that place the clinic beside such an organisation ("next to the library, 88 W Main St", "minutes from the
# airport"): the address is the clinic's then.
_BESIDE = re.compile(r"\b(?:next\s+to|across\s+from|near|behind|beside|opposite|adjacent\s+to|inside|within|close\s+to"
                     r"|(?:minutes?|miles?|blocks?|steps|walk|drive|away)\s+from)\b", re.I)
# Words right before an address that make it some other place: where to park ("Parking: ...", "the garage at ..."),
# or where the clinic was before it moved ("Formerly at ...", "Old address: ...", "relocated from ...").
_ELSEWHERE = re.compile(
    r"(?:\b(?:parking|garage|park|formerly|previously)\b[\w\s]{0,20}?\b(?:at|in|on|behind|from)"
    r"|\b(?:parking|formerly|previously|estacionamiento)\s*:|\b(?:moved|relocated|moving|relocating)\s+from)\s*$",
    re.I)
# Place names with "Park" in them ("Park City", "Overland Park"): a town, not where to park. Matched case-sensitively.
_PARK_NAME = re.compile(r"\b[A-Z][a-z]+\s+Park\b|\bPark\s+[A-Z][a-z]+")
# A former place named anywhere in the label or the heading above ("Previous Location (closed)", "Our former clinic
# at ...").
_FORMER = re.compile(r"\b(?:old|former|previous)\s+(?:address|location|office|clinic|site)", re.I)
# A place someone went to before, a colleague's or partner's practice, or a business told apart from the clinic,
# named right before the address ("We toured Ozark Ketamine, ...", "Kim trained at Granite State Ketamine, ...", "Dr.
# Lee led anesthesia at ... Medical Center, ...", "our colleagues (or friends) at Lakes Neuromodulation, ...", "our partner, Grant
# Street Counseling, next door at ...", "Not to be confused with ..."): only a name stands between those words and the
# address, no sentence end and no word of the clinic's own ("trained at Stanford and now practices at our office").
# "Partners" in capitals is a name ("Ketamine Partners of Ohio").
_OTHERS_BEFORE = re.compile(
    r"\b(?:toured|trained|interned|volunteered|studied|(?:spent|led)\s[\w\s]{0,25}?\bat"
    r"|(?-i:colleagues|partners?|friends)(?:\s+at|\s+with|,)|not\s+(?:to\s+be\s+confused|affiliated)\s+with)"
    r"\b(?P<tail>[\w\s'&-]{0,50}?)[,:(]?\s*$", re.I)
_OWN_WORDS = re.compile(r"\b(?:our|us|we|now|today|current|new)\b", re.I)
# "Unlike our former office, the new clinic at ...": a present place named after the former one.
_PRESENT = re.compile(r"\b(?:new|now|current|today)\b", re.I)


# A site repeats its footer on every page: the same label is judged once per crawl.
@lru_cache(maxsize=4096)
def not_a_place(label: str) -> bool:
    """Whether the words labelling an address (on its line before it, or a short heading above it) make it no place
    a patient visits the clinic at."""
    label = _PARK_NAME.sub(" ", _SHARED.sub(" ", label))
    door = _TO_OUR_DOOR.search(label)
    if door:
        # The words that send post to the clinic's door are left out; what comes before them is still judged.
        label = label[:door.start()]
    former = _FORMER.search(label)
    if former and not _PRESENT.search(label, former.end()):
        return True
    others = _OTHERS_BEFORE.search(label)
    if others and not _OWN_WORDS.search(others["tail"]):
        return True
    return any(pattern.search(label) for pattern in (_MAILING, _ELSEWHERE, _NOT_A_PLACE)) or \
        bool(_OTHER_PLACE.search(label) and not _BESIDE.search(label))


def not_yet_open(heading: str) -> bool:
    """Whether a short heading above an address's labelled line says the place is not open yet."""
    return bool(_NOT_YET_HEADING.search(heading))


# Words right after an address that make it no place to visit: a branch closed for good ("... ND 58501 — Permanently
# closed", "This location is now closed.", "... has closed permanently"), a phone printed between them; a closed day
# ("Sun: Closed") is not.
_CLOSED_AFTER = re.compile(
    r"[\s,.;:|•·–—-]*(?:\(?\d{3}\)?[-.\s]\d{3}[-.]\d{4}[\s,.;:|•·–—-]*)?\(?"
    r"(?:permanently\s+closed|closed\s+(?:permanently|for\s+good)"
    r"|(?:this\s+(?:location|office|clinic|branch)\s+(?:is|has)|has|have)\s+(?:now\s+)?(?:permanently\s+)?closed"
    r"(?!\s+(?:on|until|for\s+the|every|at|from|today|early|weekends)\b))(?!\s*:)", re.I)
# A landmark in directions that start from it: "From the depot at ..., walk three blocks south"; not the clinic's
# door in "Enter at ..., then turn left".
_DIRECTIONS_AFTER = re.compile(
    r"[,;]?\s*(?:then\s+)?(?:walk|drive|turn|head|continue)\s+(?:\w+\s+){0,3}?"
    r"(?:north|south|east|west|left|right|blocks?|miles?|straight|toward|onto)\b", re.I)
_FROM_LANDMARK = re.compile(r"\bfrom\b.*\b(?:at|on)\s*$", re.I)


def not_a_place_after(text: str, end: int, label: str) -> bool:
    """Whether the words right after an address ending at `end` (labelled `label`) make it no place to visit."""
    return bool(_CLOSED_AFTER.match(text, end, end + 80)) or \
        bool(_DIRECTIONS_AFTER.match(text, end, end + 80) and _FROM_LANDMARK.search(label))
