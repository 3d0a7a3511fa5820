"""Fifth-round hold-out cases for the fee reader, written before any change they led to and measured first.

The format is that of tests/fee_holdout.py: each case gives, in page order, the reading of every amount — (kind,
amount) or (kind, amount, per-infusion minimum, per-infusion maximum), a kind may be a tuple of kinds equally
right — and the clinic's fee: a (fee_min, fee_max) pair published with high confidence, REVIEW (no fee with high
confidence) or NONE (no fee at all). A page case is (url path, title, body, amounts, fee). This round weighs whole
pages: a heading, then prose, then the price; cards and definition lists with the amount before the name; dotted
price lists without "$"; buttons; schema.org offers; comparison tables with someone else's columns; testimonials;
prices of other locations of a chain. Its statements cover the clinic's own FAQ hedged like a cost guide ("typically
costs $600 at our clinic"), assessments credited to the first infusion, therapy bundles, per-hour and per-milligram
prices, condition-dependent prices in one sentence, taxes and card fees, "from" beside "up to".
All text is written for these tests in the styles clinic sites use; none is copied from a real page.
"""

import json

from tests.fee_holdout import ANY_OTHER, NONE, REVIEW

CHARGE_OR_OTHER = (*ANY_OTHER, "other_charge")

# --- The clinic's own infusion price ----------------------------------------------------------------------------

OWN = [
    # The clinic's own FAQ answering in a cost guide's words: the hedge is about its own price.
    ("At our clinic, a ketamine infusion for depression usually costs $450.", [("infusion", 450.0)], (450.0, 450.0)),
    ("How much is ketamine for depression here?\nKetamine for depression typically costs $600 per infusion at our "
     "clinic.", [("infusion", 600.0)], (600.0, 600.0)),
    ("With us, IV ketamine generally runs $475 per infusion, medication and monitoring included.",
     [("infusion", 475.0)], (475.0, 475.0)),
    ("Consultation: $250 (credited toward your first infusion) · Ketamine infusion: $475",
     [("consultation", 250.0), ("infusion", 475.0)], (475.0, 475.0)),
    ("Your $150 assessment is credited to your first infusion; each infusion after that is $460.",
     [("consultation", 150.0), ("infusion", 460.0)], (460.0, 460.0)),
    ("Ketamine infusions are $450 for mood disorders and $750 for chronic pain.",
     [("infusion", 450.0), ("pain_infusion", 750.0)], (450.0, 450.0)),
    ("We charge $425 per infusion for depression or anxiety, or $800 when the infusion is for pain.",
     [("infusion", 425.0), ("pain_infusion", 800.0)], (425.0, 425.0)),
    ("Ketamine infusion: $450 + tax", [("infusion", 450.0)], (450.0, 450.0)),
    ("Ketamine infusion $465 (a 3% fee applies to credit card payments)", [("infusion", 465.0)], (465.0, 465.0)),
    ("Ketamine infusion — from $425 — up to $650 for higher doses",
     [("infusion", 425.0), ("infusion", 650.0)], (425.0, 650.0)),
    ("Per-infusion price: $450. Card payments carry a $12 convenience fee.",
     [("infusion", 450.0), ("other_charge", 12.0)], (450.0, 450.0)),
    ("$450: Ketamine infusion, 45 minutes", [("infusion", 450.0)], (450.0, 450.0)),
    ("$2,550 — six ketamine infusions, paid up front", [("series", 2550.0, 425.0, None)], (425.0, 425.0)),
    ("Book your ketamine infusion now — $475", [("infusion", 475.0)], (475.0, 475.0)),
    ("Ketamine infusion for mood: $450 per 40-minute session; for pain: $200 per hour.",
     [("infusion", 450.0), (("pain_infusion", "unknown"), 200.0)], (450.0, 450.0)),
]

# --- Dotted price lists without "$" ------------------------------------------------------------------------------

DOTTED = [
    ("Ketamine infusion (mood) .......... 475\nKetamine infusion (pain) .......... 850\n"
     "Booster infusion .......... 425",
     [("infusion", 475.0), ("pain_infusion", 850.0), ("booster", 425.0)], (475.0, 475.0)),
    ("IV Ketamine ... 450\nIM Ketamine ... 300", [("infusion", 450.0), ("session", 300.0)], (450.0, 450.0)),
    ("Myers' Cocktail ........ 159\nNAD+ 500 mg ........ 499",
     [("other_service", 159.0), ("other_service", 499.0)], NONE),
    ("Ketamine infusion ..... $450\nSix-infusion series ..... $2,550",
     [("infusion", 450.0), ("series", 2550.0, 425.0, None)], (425.0, 450.0)),
    # Leaders that lead to no price: a table of contents, a year, a count.
    ("Introduction .......... 3\nWhat a series costs .......... 12\nPaying with HSA funds .......... 27", [], NONE),
    ("Established .......... 2016\nInfusions given .......... 4,500\nPhone .......... 303-555-0142", [], NONE),
]

# --- Someone else's price ----------------------------------------------------------------------------------------

SOMEONE_ELSES = [
    ("Ketamine for depression typically costs $600 per infusion nationwide.", [("market_reference", 600.0)], NONE),
    ("According to one cost guide, ketamine for depression typically costs between $400 and $800 per infusion.",
     [("market_reference", 400.0)], NONE),
    ("At hospital-based programs, a ketamine infusion for chronic pain can top $2,000.",
     [("market_reference", 2000.0)], NONE),
    ("Infusions at university medical centers often run $1,200.", [("market_reference", 1200.0)], NONE),
    ("“I was paying $900 a session before I switched,” says Mark, a patient since 2024.",
     [("third_party", 900.0)], NONE),
    ("One reader wrote in to say her infusions in Chicago cost $700 each.", [("third_party", 700.0)], NONE),
    ("Clinics in Denver average $575 per infusion, according to a 2025 survey.",
     [("market_reference", 575.0)], NONE),
    ("Ketamine infusions in Texas usually cost $400 to $700.", [("market_reference", 400.0)], NONE),
    ("Other ketamine providers in the area list prices between $500 and $950.",
     [("market_reference", 500.0)], NONE),
    ("Expect to pay about $450 per infusion for ketamine for depression in most of the country.",
     [("market_reference", 450.0)], NONE),
]

# --- Charges that are not a treatment price ----------------------------------------------------------------------

CHARGES = [
    ("A $100 deposit secures each infusion appointment and is applied to that day's bill.",
     [("other_charge", 100.0)], NONE),
    ("All card payments incur a 3% processing fee; ACH payments are free.", [], NONE),
    ("Prepaid infusions not used within 12 months expire; a $50 reinstatement fee applies.",
     [(CHARGE_OR_OTHER, 50.0)], NONE),
    ("The $250 evaluation fee is credited toward your first infusion.", [("consultation", 250.0)], NONE),
    ("Your first-visit assessment ($295) is applied in full to your infusion package.",
     [("consultation", 295.0)], NONE),
    ("Parking in our garage is $12 per visit.", [(CHARGE_OR_OTHER, 12.0)], NONE),
    ("Weekend and evening infusions carry a $75 after-hours surcharge.", [("other_charge", 75.0)], NONE),
    ("Sales tax of $36 is added to each infusion.", [(CHARGE_OR_OTHER, 36.0)], NONE),
]

# --- Bundles with therapy, other services, per-hour and per-milligram prices ---------------------------------------

OTHER_SERVICES = [
    ("Ketamine-assisted psychotherapy package: three ketamine sessions with three integration sessions, $3,300.",
     [(("session", "other_service"), 3300.0)], NONE),
    ("KAP program — 6 IV ketamine sessions, plus preparation and integration therapy: $4,800",
     [(("session", "other_service"), 4800.0)], NONE),
    ("Our KAP bundle pairs each infusion with a 60-minute therapy session for $650.",
     [(("session", "other_service"), 650.0)], NONE),
    ("Ketamine lozenges are priced at $2.50 per mg.", [(("session", "unknown"), 2.5)], NONE),
    ("IM ketamine: $300 a visit.", [("session", 300.0)], NONE),
    ("Spravato without insurance: $780 per treatment; IV ketamine: call for pricing.",
     [("spravato", 780.0)], NONE),
    ("NAD+ infusions start at $400 and go up to $900 for the 1,000 mg protocol.",
     [("other_service", 400.0), ("other_service", 900.0)], NONE),
    ("Iron infusion: $350 · Ketamine infusion: $450", [("other_service", 350.0), ("infusion", 450.0)],
     (450.0, 450.0)),
    ("Integration sessions are billed separately at $180 per hour.", [("other_service", 180.0)], NONE),
    ("Psychiatric medication management: $225 per visit.", [("consultation", 225.0)], NONE),
    ("Extended ketamine infusions for pain are $275 per hour of infusion time.", [("pain_infusion", 275.0)], NONE),
    # Time is no infusion: a price per hour of chair time is no price per infusion.
    ("Infusion time is billed at $250 per hour; a typical mood infusion takes 45 minutes.",
     [("unknown", 250.0)], NONE),
    ("Ketamine infusions are priced by dose, at $4 per milligram.", [("unknown", 4.0)], NONE),
]

TEXT_CASES = {
    "own": OWN, "dotted": DOTTED, "someone_elses": SOMEONE_ELSES, "charges": CHARGES,
    "other_services": OTHER_SERVICES,
}


def _offer(name: str, price: str, **extra) -> str:
    data = {"@context": "https://schema.org", "@type": "MedicalClinic", "name": "Clinic",
            "makesOffer": {"@type": "Offer", "itemOffered": {"@type": "Service", "name": name}, "price": price,
                           "priceCurrency": "USD", **extra}}
    return f"<script type='application/ld+json'>{json.dumps(data)}</script>"


# --- Whole pages --------------------------------------------------------------------------------------------------

PAGES = [
    # A heading, then prose, then the price: the heading still says what the price is for.
    ("/services", "Services | Quarry Ketamine",
     "<h2>Spravato and ketamine</h2><p>Both treatments are given in our calm, private suites under a nurse's "
     "watch.</p><p>Each treatment is $450.</p>", [("infusion", 450.0)], REVIEW),
    ("/chronic-pain", "Chronic Pain | Quarry Ketamine",
     "<h2>Ketamine for chronic pain</h2><p>Pain protocols run three to four hours with IV fluids and continuous "
     "monitoring.</p><p>Each infusion is $950.</p>", [("pain_infusion", 950.0)], NONE),
    ("/boosters", "Boosters | Quarry Ketamine",
     "<h2>Booster infusions</h2><p>Most patients come back every four to eight weeks to keep their results.</p>"
     "<p>Each infusion is $400.</p>", [("booster", 400.0)], REVIEW),
    ("/iv-therapy", "IV Therapy | Quarry Wellness",
     "<h2>IV Vitamin Therapy</h2><p>Our nurses tailor each drip to what your body needs that day.</p>"
     "<p>Each infusion is $199.</p>", [("other_service", 199.0)], NONE),
    ("/ketamine", "Ketamine | Quarry Ketamine",
     "<h2>IV ketamine infusions</h2><p>An infusion takes about 45 minutes, and you rest with us afterwards.</p>"
     "<p>Each treatment is $450.</p>", [("infusion", 450.0)], (450.0, 450.0)),
    ("/pain", "Pain | Quarry Ketamine",
     "<h2>Ketamine for Pain</h2><p>Pain infusions are tailored to your condition and can last four hours.</p>"
     "<p>We bill $250 per hour of infusion.</p>", [(("pain_infusion", "unknown"), 250.0)], NONE),
    # The clinic's own FAQ beside a national figure.
    ("/faq", "FAQ | Slate Ketamine",
     "<h3>How much does ketamine for depression cost?</h3><p>At our clinic, ketamine for depression typically "
     "costs $600 per infusion.</p><h3>How does that compare?</h3><p>Across the country, infusions average $550."
     "</p>", [("infusion", 600.0), ("market_reference", 550.0)], (600.0, 600.0)),
    # Dotted menu, definition list and cards with the amount first, a button.
    ("/menu", "Menu | Slate Wellness",
     "<h2>Menu</h2><p>Ketamine infusion (mood) .......... 475</p><p>Ketamine infusion (pain) .......... 900</p>"
     "<p>Hydration drip .......... 149</p>",
     [("infusion", 475.0), ("pain_infusion", 900.0), ("other_service", 149.0)], (475.0, 475.0)),
    ("/rates", "Rates | Slate Ketamine",
     "<dl><dt>$450</dt><dd>Single ketamine infusion</dd><dt>$2,400</dt><dd>Six-infusion series</dd></dl>",
     [("infusion", 450.0), ("series", 2400.0, 400.0, None)], (400.0, 450.0)),
    ("/treatments", "Treatments | Slate Wellness",
     "<div class='card'><p class='price'>$475</p><h3>Ketamine Infusion</h3><p>For depression, anxiety and PTSD</p>"
     "</div><div class='card'><p class='price'>$149</p><h3>Hydration Drip</h3><p>Fluids and electrolytes</p>"
     "</div>", [("infusion", 475.0), (("other_service", "infusion", "unknown"), 149.0)], (475.0, 475.0)),
    ("/ketamine", "Ketamine | Slate Ketamine",
     "<h2>Ketamine Infusion Therapy</h2><p>Relief in hours, not weeks.</p><a class='btn' href='/book'>Book now - "
     "$475</a>", [("infusion", 475.0)], (475.0, 475.0)),
    # schema.org offers in JSON-LD, with no price in the visible text.
    ("/ketamine-infusions", "Ketamine Infusions | Ridge Ketamine",
     _offer("Ketamine Infusion", "450") + "<h1>Ketamine Infusions</h1><p>Call us to book your first visit.</p>",
     [("infusion", 450.0)], (450.0, 450.0)),
    ("/drips", "IV Drips | Ridge Wellness",
     _offer("Myers' Cocktail IV", "159") + "<h1>IV Drips</h1><p>Walk-ins welcome.</p>",
     [("other_service", 159.0)], NONE),
    ("/pricing", "Pricing | Ridge Ketamine",
     _offer("Ketamine Infusion", "475") + "<h1>Pricing</h1><p>Ketamine infusion: $475</p>",
     [("infusion", 475.0), ("infusion", 475.0)], (475.0, 475.0)),
    # Comparison table: the clinic against a hospital and other clinics.
    ("/why-us", "Why Us | Ridge Ketamine",
     "<table><tr><th></th><th>Our clinic</th><th>Hospital</th><th>Other clinics</th></tr><tr><td>Ketamine "
     "infusion</td><td>$450</td><td>$1,200</td><td>$650</td></tr></table>",
     [("infusion", 450.0), ("market_reference", 1200.0), ("market_reference", 650.0)], (450.0, 450.0)),
    # Testimonials quoting prices.
    ("/testimonials", "Testimonials | Ridge Ketamine",
     "<h2>Patient stories</h2><blockquote><p>“I had spent over $5,000 on medications that didn't help.” — Dana"
     "</p></blockquote><blockquote><p>“At $450 an infusion it was worth every penny.” — Luis</p></blockquote>",
     [("third_party", 5000.0), ("third_party", 450.0)], NONE),
    # Prices of other locations of a chain: a reviewer decides which is this clinic's.
    ("/locations", "Locations | Summit Ketamine",
     "<h2>Denver</h2><p>Ketamine infusions: $450</p><h2>Boulder</h2><p>Ketamine infusions: $495</p>"
     "<h2>Colorado Springs</h2><p>Ketamine infusions: $425</p>",
     [("infusion", 450.0), ("infusion", 495.0), ("infusion", 425.0)], REVIEW),
    ("/locations/pricing", "Pricing by location | Summit Ketamine",
     "<table><tr><th>Location</th><th>Ketamine infusion</th><th>Booster</th></tr><tr><td>Austin</td><td>$450</td>"
     "<td>$400</td></tr><tr><td>Dallas</td><td>$525</td><td>$450</td></tr></table>",
     [("infusion", 450.0), ("booster", 400.0), ("infusion", 525.0), ("booster", 450.0)], REVIEW),
    # Taxes and card fees beside the price; "from" beside "up to" in one card.
    ("/pricing", "Pricing | Summit Ketamine",
     "<h2>Pricing</h2><p>Ketamine infusion: $450</p><p>Prices do not include sales tax where it applies.</p>"
     "<p>Card payments: 3% processing fee. Cash and HSA cards: no fee.</p><p>Late cancellation: $100</p>",
     [("infusion", 450.0), ("other_charge", 100.0)], (450.0, 450.0)),
    ("/ketamine", "Ketamine | Summit Ketamine",
     "<div class='card'><h3>Ketamine Infusion</h3><p>From $425</p><p>Up to $650</p><p>Depending on dose and "
     "length</p></div>", [("infusion", 425.0), ("infusion", 650.0)], (425.0, 650.0)),
    # An assessment credited to the first infusion; a therapy bundle.
    ("/new-patients", "New Patients | Summit Ketamine",
     "<h2>Getting started</h2><p>Every new patient begins with a medical assessment.</p><p>Assessment: $250, "
     "credited toward your first infusion</p><p>Ketamine infusion: $475</p>",
     [("consultation", 250.0), ("infusion", 475.0)], (475.0, 475.0)),
    ("/kap", "KAP | Summit Ketamine",
     "<h1>Ketamine-Assisted Psychotherapy</h1><p>Our KAP program combines IV ketamine with therapy.</p>"
     "<h2>Program price</h2><p>$4,500</p><p>includes 6 ketamine sessions and 6 integration sessions</p>",
     [(("session", "other_service"), 4500.0)], NONE),
    # One sentence, two conditions; a price in an image's alt text is not read.
    ("/pricing", "Pricing | Alder Ketamine",
     "<p>Ketamine infusions cost $450 for depression, anxiety or PTSD and $900 for chronic pain conditions such as "
     "CRPS.</p>", [("infusion", 450.0), ("pain_infusion", 900.0)], (450.0, 450.0)),
    ("/", "Alder Ketamine",
     "<img src='sale.jpg' alt='Summer special: ketamine infusions $299'><h2>Ketamine infusions</h2>"
     "<p>Ketamine infusion: $450</p>", [("infusion", 450.0)], (450.0, 450.0)),
]

# --- Cases left as they read: the reading above is the right one, the reader's differs but publishes no wrong fee --

LEFT = {
    "Your medical intake": "'your first infusion' reads as an intro offer, not the standing price: no fee",
    "Glutathione push": "a two-digit number after a dot leader is not read (page numbers look the same): no fee",
    "/compare": "the row label 'Mood protocol' reads as a package without a count; the corner header 'Cost per "
                "infusion' is not read with it: no fee",
    "/book": "a 'Book your first infusion' heading makes the button's price an intro offer: no fee",
}

# --- Written after the fixes: each new rule beside a sentence it must leave alone ----------------------------------

AFTER_FIXES = [
    # A hedge placed at the clinic, beside someone else's price.
    ("Clinics near us typically charge $700; at our clinic infusions are $450.",
     [("market_reference", 700.0), ("infusion", 450.0)], (450.0, 450.0)),
    ("At our clinic we often hear that hospital infusions typically cost $1,500.",
     [("market_reference", 1500.0)], NONE),
    ("Prices here in Denver typically run $500 to $900 per infusion.", [("market_reference", 500.0)], NONE),
    ("Around here, infusions usually cost about $600.", [("market_reference", 600.0)], NONE),
    # Per hour or per minute beside the price of one infusion.
    ("Infusions are $450, about $10 per minute of nurse time.", [("infusion", 450.0), ("unknown", 10.0)],
     (450.0, 450.0)),
    ("Ketamine infusion: $450 per hour-long session", [("infusion", 450.0)], (450.0, 450.0)),
    # Another service named beside the ketamine infusion.
    ("Our infusions are $450; we also offer NAD+ drips.", [("infusion", 450.0)], (450.0, 450.0)),
    ("IV ketamine infusions are $450; integration therapy sessions are $150.",
     [("infusion", 450.0), ("other_service", 150.0)], (450.0, 450.0)),
    # A conjunction opening the next amount's clause.
    ("Infusions are $450 each, and packages of six are $2,400.",
     [("infusion", 450.0), ("series", 2400.0, 400.0, None)], (400.0, 450.0)),
    ("$450 for one infusion or $2,400 for six", [("infusion", 450.0), ("series", 2400.0, 400.0, None)],
     (400.0, 450.0)),
    # Dot leaders.
    ("Ketamine infusion, 45 minutes .......... 450", [("infusion", 450.0)], (450.0, 450.0)),
    ("Call us ........ 303-555-0100\nPatients treated since 2018 ........ 1,200", [], NONE),
    # A comparison column that is the clinic's own.
    ("Service | Price (our clinic)\nKetamine infusion | $450", [("infusion", 450.0)], (450.0, 450.0)),
]

AFTER_FIXES_PAGES = [
    ("/pricing", "Pricing | Quarry Ketamine",
     "<h2>Pricing</h2><p>We keep our prices simple and transparent.</p><p>Infusions are $450 each.</p>",
     [("infusion", 450.0)], (450.0, 450.0)),
    ("/services", "Services | Quarry Wellness",
     "<h2>IV Hydration and Ketamine</h2><p>Both are given in our infusion suites.</p><p>Each infusion is $450.</p>",
     [("infusion", 450.0)], (450.0, 450.0)),
    ("/pricing", "Pricing | Slate Wellness",
     "<h3>Ketamine infusion</h3><p>$450</p><h3>NAD+ infusion</h3><p>$550</p>",
     [("infusion", 450.0), ("other_service", 550.0)], (450.0, 450.0)),
    ("/ketamine", "Ketamine | Ridge Ketamine",
     _offer("Ketamine Infusion", "610", priceCurrency="CAD") + "<h1>Ketamine</h1>", [], NONE),
    ("/ketamine", "Ketamine | Ridge Ketamine",
     _offer("Ketamine Infusion", "250", unitText="hour") + "<h1>Ketamine</h1>", [("unknown", 250.0)], NONE),
    ("/ketamine", "Ketamine | Ridge Ketamine",
     _offer("Ketamine Infusion", "", **{"@type": "AggregateOffer", "lowPrice": "425", "highPrice": "650"})
     + "<h1>Ketamine</h1>", [("infusion", 425.0, 425.0, 650.0)], (425.0, 650.0)),
    ("/blog/what-ketamine-costs", "What Ketamine Costs | Ridge Ketamine",
     _offer("Ketamine Infusion", "450") + "<h1>What ketamine costs</h1>", [("market_reference", 450.0)], NONE),
]

# --- A second fresh batch, written after the fixes above and measured before any change it led to ----------------

SECOND_BATCH = [
    ("Q. What is the cost?\nA. Ketamine infusions here generally cost $495, all-inclusive.", [("infusion", 495.0)],
     (495.0, 495.0)),
    ("Ketamine infusion ........................ $ 465", [("infusion", 465.0)], (465.0, 465.0)),
    ("Six-infusion induction ..... 2,640", [("series", 2640.0, 440.0, None)], (440.0, 440.0)),
    ("Your medical intake ($199) comes off the price of your first infusion, which is $475.",
     [("consultation", 199.0), (("infusion", "intro"), 475.0)], (475.0, 475.0)),
    ("Mood infusions, 40 minutes, $450 · Pain infusions, 4 hours, $1,050",
     [("infusion", 450.0), ("pain_infusion", 1050.0)], (450.0, 450.0)),
    ("All ketamine infusions are $460 plus applicable sales tax.", [("infusion", 460.0)], (460.0, 460.0)),
    # Corrected after measuring: the total "instead of" is six infusions paid one by one, $460 each, so the reader's
    # 420–460 is right and the first expectation (420 only) was not.
    ("Pay in full for six infusions and the total is $2,520 instead of $2,760.",
     [("series", 2520.0, 420.0, None), ("series", 2760.0, 460.0, None)], (420.0, 460.0)),
    ("Ketamine infusion — $450 | Book online", [("infusion", 450.0)], (450.0, 450.0)),
    # Traps
    ("Ketamine for pain typically costs $1,000 or more per infusion in most of the country.",
     [("market_reference", 1000.0)], NONE),
    ("We are often asked why infusions elsewhere usually cost $700 or more.", [("market_reference", 700.0)], NONE),
    ("Credit card payments carry a 3.5% surcharge, about $16 on a typical infusion.",
     [(CHARGE_OR_OTHER, 16.0)], NONE),
    ("KAP intensive: two IV ketamine sessions with a psychotherapist present, $1,900.",
     [(("session", "other_service"), 1900.0)], NONE),
    ("Ketamine-assisted therapy with a licensed counselor runs $350 per session.",
     [(("session", "other_service"), 350.0)], NONE),
    ("Esketamine nasal spray sessions are $650 each without insurance.", [("spravato", 650.0)], NONE),
    ("Glutathione push ..... 45\nVitamin C (25 g) ..... 225", [(ANY_OTHER, 45.0), ("other_service", 225.0)],
     NONE),
    ("Hospital ER visits for a depression crisis average $2,200.", [("market_reference", 2200.0)], NONE),
    ("A mother in our support group spent $12,000 on infusions elsewhere before finding us.",
     [(("third_party", "market_reference"), 12000.0)], NONE),
    ("Chair time beyond the first hour is billed at $150 per hour.", [(("unknown", "other_charge"), 150.0)], NONE),
]

SECOND_BATCH_PAGES = [
    ("/services/ketamine", "Ketamine | Fern Ketamine",
     "<h2>Ketamine infusions for depression</h2><p>Ketamine acts on glutamate, not serotonin.</p><p>Many patients "
     "notice a change within a day.</p><p>The investment is $475 per infusion.</p>", [("infusion", 475.0)],
     (475.0, 475.0)),
    ("/services/spravato", "Spravato | Fern Ketamine",
     "<h2>Spravato (esketamine)</h2><p>Spravato is a nasal spray given under observation.</p><p>Each session is "
     "$890 for patients paying themselves.</p>", [("spravato", 890.0)], NONE),
    ("/pricing", "Pricing | Fern Ketamine",
     "<div class='plan'><span class='price'>$2,700</span><h4>Induction Series</h4><p>six infusions over three "
     "weeks</p></div><div class='plan'><span class='price'>$450</span><h4>Booster</h4><p>one infusion</p></div>",
     [(("series", "infusion"), 2700.0), ("booster", 450.0)], REVIEW),
    ("/compare", "Compare | Fern Ketamine",
     "<table><tr><th>Cost per infusion</th><th>Fern Ketamine</th><th>Hospital outpatient</th></tr><tr><td>Mood "
     "protocol</td><td>$450</td><td>$1,400</td></tr></table>",
     [("infusion", 450.0), ("market_reference", 1400.0)], (450.0, 450.0)),
    ("/reviews", "Reviews | Fern Ketamine",
     "<h2>Reviews</h2><p>“Best $450 I ever spent.” – Priya S.</p><p>“The staff were kind and calm.” – Tom R.</p>",
     [("third_party", 450.0)], NONE),
    ("/locations", "Locations | Fern Ketamine",
     "<h2>Fern Ketamine Portland</h2><p>Infusions $450</p><h2>Fern Ketamine Seattle</h2><p>Infusions $525</p>",
     [("infusion", 450.0), ("infusion", 525.0)], REVIEW),
    ("/iv-lounge", "IV Lounge | Fern Wellness",
     "<h2>IV Lounge</h2><p>Relax in a recliner while your drip runs.</p><p>Immunity Boost $179</p><p>Myers' "
     "Cocktail $159</p><p>Each drip takes about 45 minutes.</p>",
     [("other_service", 179.0), ("other_service", 159.0)], NONE),
    ("/book", "Book | Fern Ketamine",
     "<h2>Book your first infusion</h2><p>New patients start with a free phone screening.</p>"
     "<button>Book ketamine infusion – $450</button>", [(("infusion", "intro"), 450.0)], (450.0, 450.0)),
]
