"""Fourth-round hold-out cases for the fee reader, written before any change they led to and measured first.

The format is that of tests/fee_holdout.py: each case gives, in page order, the reading of every amount — (kind,
amount) or (kind, amount, per-infusion minimum, per-infusion maximum), a kind may be a tuple of kinds equally
right — and the clinic's fee: a (fee_min, fee_max) pair published with high confidence, REVIEW (no fee with high
confidence) or NONE (no fee at all). A page case is (url path, title, body, amounts, fee). This round covers FAQ
answers, tables with several price columns, "investment" wording, drip menus beside ketamine, billing wording,
prices per hour, per milligram or per person, add-ons, gift cards and policies, "starting at" and "up to", prices
whose label stands below or far above them, amounts with no "$" in a price column, and amounts written in words.
All text is written for these tests in the styles clinic sites use; none is copied from a real page.
"""

from tests.fee_holdout import ANY_OTHER, NONE, REVIEW

# --- The clinic's own infusion price, stated in ways earlier rounds did not cover ---------------------------------

OWN = [
    ("How much is one ketamine infusion?\nOur fee is $475 per infusion, paid at the visit.",
     [("infusion", 475.0)], (475.0, 475.0)),
    ("Your investment: $2,700 for the six-infusion induction series.", [("series", 2700.0, 450.0, None)],
     (450.0, 450.0)),
    ("Investment per infusion — $465", [("infusion", 465.0)], (465.0, 465.0)),
    ("Ketamine IV infusion: USD 495 per session", [("infusion", 495.0)], (495.0, 495.0)),
    ("Each ketamine infusion is 480 dollars, paid on the day.", [("infusion", 480.0)], (480.0, 480.0)),
    ("Ketamine infusions start at $399 and go up to $599, depending on your dose.",
     [("infusion", 399.0), ("infusion", 599.0)], (399.0, 599.0)),
    ("Infusions up to $650, depending on length and dose.", [("infusion", 650.0)], (None, 650.0)),
    ("Consultation: $200, credited toward your first infusion. Ketamine infusion: $450.",
     [("consultation", 200.0), ("infusion", 450.0)], (450.0, 450.0)),
    ("Depression, anxiety, PTSD: $450 per infusion. Chronic pain (3-hour infusion): $850.",
     [("infusion", 450.0), ("pain_infusion", 850.0)], (450.0, 450.0)),
    ("Your infusion price of $480 includes anti-nausea medication, IV fluids and monitoring.",
     [("infusion", 480.0)], (480.0, 480.0)),
    ("We accept HSA and FSA cards for infusions, which are $460 each.", [("infusion", 460.0)], (460.0, 460.0)),
    ("Ketamine infusions are a flat $450, whatever the dose.", [("infusion", 450.0)], (450.0, 450.0)),
    ("Per infusion*: $455\n*A mood-disorder infusion of about 40 minutes; pain protocols are priced separately.",
     [("infusion", 455.0)], (455.0, 455.0)),
    ("Initial series (6 visits): $2,580 · Single visit: $460",
     [("series", 2580.0, 430.0, None), ("infusion", 460.0)], (430.0, 460.0)),
    ("Per-visit pricing: $470 per infusion. Per-series pricing: $2,640 for six.",
     [("infusion", 470.0), ("series", 2640.0, 440.0, None)], (440.0, 470.0)),
    ("IV ketamine — $450 per infusion (we provide a superbill for out-of-network claims)",
     [("infusion", 450.0)], (450.0, 450.0)),
    ("Self-pay rate for IV ketamine: $425. We do not bill insurance.", [("infusion", 425.0)], (425.0, 425.0)),
    ("Tricare and VA Community Care may cover infusions for eligible veterans; otherwise each infusion is $450.",
     [("infusion", 450.0)], (450.0, 450.0)),
    ("Ketamine is dosed by weight; we never charge by the milligram. Standard infusion: $460.",
     [("infusion", 460.0)], (460.0, 460.0)),
    ("Spravato treatments are covered by most plans; ketamine infusions are $475 self-pay.",
     [("infusion", 475.0)], (475.0, 475.0)),
    ("Hangover hydration IV: $149. Ketamine infusion: $450.",
     [("other_service", 149.0), ("infusion", 450.0)], (450.0, 450.0)),
]

# --- Amounts with no "$": a price column, "USD", "dollars", amounts written in words -----------------------------

UNMARKED = [
    ("Treatment | Price\nKetamine infusion | 475\nBooster infusion | 425",
     [("infusion", 475.0), ("booster", 425.0)], (475.0, 475.0)),
    ("Service | Duration | Price (USD)\nKetamine infusion, mood | 45 min | 475\nKetamine infusion, pain | 4 hours | "
     "1,100\nBooster | 45 min | 425",
     [("infusion", 475.0), ("pain_infusion", 1100.0), ("booster", 425.0)], (475.0, 475.0)),
    ("Infusions | 1 | 3 | 6\nPrice | 490 | 1,410 | 2,700",
     [("infusion", 490.0, 490.0, None), ("series", 1410.0, 470.0, None), ("series", 2700.0, 450.0, None)],
     (450.0, 490.0)),
    ("A single ketamine infusion costs four hundred seventy-five dollars.", [("infusion", 475.0)], (475.0, 475.0)),
    ("Booster infusions are four hundred and twenty-five dollars each.", [("booster", 425.0)], REVIEW),
    ("The induction series of six infusions is two thousand seven hundred dollars.",
     [("series", 2700.0, 450.0, None)], (450.0, 450.0)),
]

# Numbers that are no price, beside price words: billing codes, doses, minutes, phone numbers, ZIPs, years, counts.
UNMARKED_GUARDS = [
    ("Service | CPT code | Price\nKetamine infusion | 96365 | $450", [("infusion", 450.0)], (450.0, 450.0)),
    ("Treatment | Dose (mg/kg) | Minutes\nKetamine infusion | 0.5 | 40\nPain infusion | 1.0 | 240", [], NONE),
    ("Location | Phone | ZIP\nDenver | 303-555-0142 | 80202", [], NONE),
    ("Year | Patients treated\n2024 | 450\n2025 | 620", [], NONE),
    ("Price list updated 2026 | Infusions given since opening: 4,500", [], NONE),
    ("Our team has given more than four thousand infusions since 2018.", [], NONE),
    ("Infusions last forty-five minutes; most patients need six over three weeks.", [], NONE),
    ("Five dollars from every infusion goes to a suicide-prevention charity.", [("unknown", 5.0)], NONE),
    ("Ketamine 0.5 mg per kg over forty minutes, price per infusion quoted at your consultation.", [], NONE),
]

# --- Someone else's price ----------------------------------------------------------------------------------------

SOMEONE_ELSES = [
    ("The national average for one ketamine infusion is around $550.", [("market_reference", 550.0)], NONE),
    ("A consumer health website puts the typical cost of one infusion at $400 to $800.",
     [("market_reference", 400.0)], NONE),
    ("Hospital outpatient departments often bill $1,200 or more for the same infusion.",
     [("market_reference", 1200.0)], NONE),
    # The sentence names no service: the clinic's own $450 could be for anything.
    ("Our competitors charge $650; we charge $450.", [("market_reference", 650.0), ("unknown", 450.0)], NONE),
    ("A patient who came to us from out of state had been paying $800 per infusion back home.",
     [("third_party", 800.0)], NONE),
    ("Esketamine clinics report cash prices near $900 per dose.",
     [(("spravato", "market_reference"), 900.0)], NONE),
    ("A 2023 study put the cost of a six-infusion course at $2,400 to $4,800 nationwide.",
     [("market_reference", 2400.0)], NONE),
    ("Prices quoted by ketamine clinics in our area range from $350 to $900.",
     [(("market_reference", "third_party"), 350.0)], NONE),
    ("Before finding us, Maria was paying $750 a session at a hospital clinic.", [("third_party", 750.0)], NONE),
    ("The typical hospital program charges $1,100 per infusion.", [("market_reference", 1100.0)], NONE),
]

# --- Charges that are not a treatment price, add-ons, gift cards ---------------------------------------------------

CHARGES = [
    ("No-shows and same-day cancellations are charged the full infusion price of $450.",
     [("other_charge", 450.0)], REVIEW),
    ("Unused infusions from a prepaid package are refunded at $400 each, less a $50 processing fee.",
     [("other_charge", 400.0), ("other_charge", 50.0)], NONE),
    ("Ketamine infusion gift cards: $475 (one infusion) or $2,700 (a full series).",
     [("other_charge", 475.0), ("other_charge", 2700.0)], REVIEW),
    ("Zofran add-on: $20 · Extra IV fluids: $40", [(ANY_OTHER, 20.0), (ANY_OTHER, 40.0)], NONE),
    ("An IV push of glutathione can be added to any infusion for $35.", [(ANY_OTHER, 35.0)], NONE),
    ("Membership freeze: $15 per month.", [(("membership", "financing", "other_charge", "unknown"), 15.0)], NONE),
    ("Records requests are $25; disability forms completed for your employer are $40.",
     [("other_charge", 25.0), (ANY_OTHER + ("other_charge",), 40.0)], NONE),
    ("Mobile infusions at your home carry a $150 travel fee on top of the infusion price.",
     [("other_charge", 150.0)], NONE),
]

# --- Other services and routes beside ketamine ---------------------------------------------------------------------

OTHER_SERVICES = [
    ("IV Vitamin Drips — Myers' Cocktail $159 · Immunity Boost $179 · NAD+ 500 mg $499",
     [("other_service", 159.0), ("other_service", 179.0), ("other_service", 499.0)], NONE),
    ("Spravato self-pay: $950 per treatment session.", [("spravato", 950.0)], NONE),
    ("Weight-loss injections (semaglutide): $299 per month", [(("other_service", "financing"), 299.0)], NONE),
    ("Group ketamine sessions for up to six participants: $250 per person.",
     [(("session", "other_service"), 250.0)], NONE),
    ("Couples ketamine session (two partners, one suite): $900", [(("session", "other_service"), 900.0)], NONE),
    ("Integration coaching after your infusion: $125 per hour.", [("other_service", 125.0)], NONE),
    ("Ketamine-assisted psychotherapy with our therapist: $300 per 90-minute session.",
     [(("session", "other_service"), 300.0)], NONE),
    ("Extended pain infusions are billed by the hour at $300 per hour.",
     [(("pain_infusion", "unknown"), 300.0)], NONE),
    ("Compounded ketamine troches cost about $3 per 100 mg tablet.", [(("session", "unknown"), 3.0)], NONE),
    ("New to ketamine? Your introductory infusion, consultation included, is $375.",
     [(("intro", "consultation"), 375.0)], NONE),
    ("Finance your induction series with monthly payments as low as $118.", [("financing", 118.0)], NONE),
    ("Maintenance membership: $425/month includes one booster infusion.",
     [(("membership", "financing"), 425.0)], NONE),
]

# --- Insurance and billing ----------------------------------------------------------------------------------------

BILLING = [
    ("Patients with PPO plans often get back $150 to $300 of each infusion after submitting our superbill.",
     [("insurance", 150.0)], NONE),
    ("Our superbill lists CPT 96365 at $650 and 96366 at $175 for your insurer.",
     [("insurance", 650.0), ("insurance", 175.0)], NONE),
    ("Spravato copays after insurance usually range from $0 to $60 per session.",
     [(("spravato", "insurance"), 0.0)], NONE),
    ("HSA and FSA funds can be used; your plan may reimburse part of the $120 consultation.",
     [(("consultation", "insurance"), 120.0)], NONE),
]

TEXT_CASES = {
    "own": OWN, "unmarked": UNMARKED, "unmarked_guards": UNMARKED_GUARDS, "someone_elses": SOMEONE_ELSES,
    "charges": CHARGES, "other_services": OTHER_SERVICES, "billing": BILLING,
}

# --- Whole pages --------------------------------------------------------------------------------------------------

PAGES = [
    ("/faq", "FAQ | Juniper Ketamine",
     "<details><summary>How much does a ketamine infusion cost?</summary><p>$475. That covers the medication, "
     "nursing care and your recovery time.</p></details><details><summary>Is there a cancellation fee?</summary>"
     "<p>$100 if you cancel within 24 hours.</p></details><details><summary>Do you take insurance?</summary><p>No, "
     "but we give you a superbill. Patients have been reimbursed up to $200.</p></details>",
     [("infusion", 475.0), ("other_charge", 100.0), ("insurance", 200.0)], (475.0, 475.0)),
    ("/ketamine-infusions", "Ketamine Infusions | Juniper Ketamine",
     "<h1>Ketamine Infusion Therapy</h1><p>Ketamine is given through an IV over about 40 minutes while a nurse "
     "watches over you.</p><h2>Investment</h2><p>$2,550</p><p>for the initial series of six infusions</p>"
     "<h2>Boosters</h2><p>$425</p><p>per booster infusion</p>",
     [("series", 2550.0, 425.0, None), ("booster", 425.0)], (425.0, 425.0)),
    ("/pricing", "Pricing | Juniper Ketamine",
     "<table><tr><th>Service</th><th>Length</th><th>Price</th></tr><tr><td>Ketamine infusion</td>"
     "<td>45 minutes</td><td>465</td></tr><tr><td>NAD+ infusion</td><td>2 hours</td><td>550</td></tr>"
     "<tr><td>IM ketamine</td><td>30 minutes</td><td>300</td></tr></table>"
     "<p>Prices in US dollars. Questions? Call 303-555-0142.</p>",
     [("infusion", 465.0), ("other_service", 550.0), ("session", 300.0)], (465.0, 465.0)),
    ("/iv-menu", "IV Menu | Aspen Wellness",
     "<h2>IV Drip Menu</h2><ul><li>Myers' Cocktail — $165</li><li>Hydration Plus — $135</li>"
     "<li>NAD+ 250 mg — $325</li></ul><h2>Ketamine</h2><ul><li>Ketamine infusion — $450</li>"
     "<li>Spravato — billed to insurance</li></ul>",
     [("other_service", 165.0), ("other_service", 135.0), ("other_service", 325.0), ("infusion", 450.0)],
     (450.0, 450.0)),
    ("/resources/ketamine-cost", "What Does Ketamine Cost? | Peak Ketamine",
     "<h1>What does ketamine cost?</h1><p>Written by Dr. Maya Chen</p><p>Across the country, a single infusion "
     "usually runs $400 to $800.</p><p>Pain infusions often cost $1,000 or more.</p>",
     [("market_reference", 400.0), ("market_reference", 1000.0)], NONE),
    ("/about/media", "Media | Peak Ketamine",
     "<p>PORTLAND, Ore., June 2, 2026 — Peak Ketamine opened its doors this week and charges $425 per "
     "infusion, its founder said.</p>", [("third_party", 425.0)], NONE),
    ("/reviews", "Reviews | Peak Ketamine",
     "<h2>What patients say</h2><blockquote>“I spent $3,000 at another clinic before finding this one.” — J.R."
     "</blockquote><h2>Our prices</h2><p>Infusions are $450 each.</p>",
     [("third_party", 3000.0), ("infusion", 450.0)], (450.0, 450.0)),
    ("/gift-cards", "Gift Cards | Peak Ketamine",
     "<h1>Gift Cards</h1><p>Give someone a single ketamine infusion: $450</p><p>Or a full six-infusion series: "
     "$2,550</p>", [("other_charge", 450.0), ("other_charge", 2550.0)], REVIEW),
    ("/policies", "Policies | Peak Ketamine",
     "<h2>Cancellation policy</h2><p>Infusions cancelled with less than 48 hours' notice are charged $200.</p>"
     "<p>No-shows are charged the full $475.</p><h2>Refunds</h2><p>Unused prepaid infusions are refunded in full, "
     "minus a $35 processing fee.</p>",
     [("other_charge", 200.0), ("other_charge", 475.0), ("other_charge", 35.0)], REVIEW),
    ("/membership", "Membership | Peak Ketamine",
     "<table><tr><th>Treatment</th><th>Non-member</th><th>Member ($99/mo)</th></tr><tr><td>Ketamine infusion</td>"
     "<td>$495</td><td>$445</td></tr><tr><td>Booster</td><td>$450</td><td>$399</td></tr></table>",
     [(("membership", "financing"), 99.0), ("infusion", 495.0), ("membership", 445.0), ("booster", 450.0),
      ("membership", 399.0)], (495.0, 495.0)),
    ("/", "Calm Valley Ketamine",
     "<h1>Calm Valley Ketamine</h1><p>IV ketamine for depression, anxiety and PTSD in a quiet private suite.</p>"
     "<section><h2>Simple pricing</h2><h3>$450</h3><p>per ketamine infusion, everything included</p></section>",
     [("infusion", 450.0)], (450.0, 450.0)),
    ("/spravato", "Spravato | Calm Valley Ketamine",
     "<h1>Spravato</h1><p>Spravato is billed to your insurance. Without coverage, each treatment is $890.</p>"
     "<p>Prefer IV ketamine? Infusions are $450.</p>", [("spravato", 890.0), ("infusion", 450.0)],
     (450.0, 450.0)),
    ("/pricing", "Pricing | Calm Valley Ketamine",
     "<h2>Ketamine infusions</h2><p>Starting at $425</p><p>Your final price depends on your dose and infusion "
     "length.</p><h2>Add-ons</h2><p>Anti-nausea medication $25 · IV push of B12 $30</p>",
     [("infusion", 425.0), (ANY_OTHER, 25.0), (ANY_OTHER, 30.0)], (425.0, None)),
    ("/en/pricing", "Pricing | Maple Ketamine",
     "<p>Ketamine infusion: 450 USD</p><p>Six-infusion package: 2,550 USD</p>",
     [("infusion", 450.0), ("series", 2550.0, 425.0, None)], (425.0, 450.0)),
    ("/faq", "FAQ | Maple Ketamine",
     "<h3>What does a booster cost?</h3><p>Boosters are three hundred ninety-five dollars.</p>"
     "<h3>And the first series?</h3><p>Six infusions for two thousand five hundred fifty dollars.</p>",
     [("booster", 395.0), ("series", 2550.0, 425.0, None)], (425.0, 425.0)),
    ("/why-us", "Why Us | Maple Ketamine",
     "<h2>How we compare</h2><table><tr><th></th><th>Our clinic</th><th>Typical hospital program</th></tr>"
     "<tr><td>Single infusion</td><td>$450</td><td>$1,100</td></tr><tr><td>Six-infusion series</td><td>$2,550</td>"
     "<td>$6,000</td></tr></table>",
     [("infusion", 450.0), ("market_reference", 1100.0), ("series", 2550.0, 425.0, None),
      ("market_reference", 6000.0)], (425.0, 450.0)),
]

# --- Cases left as they read: the reading above is the right one, the reader's differs but publishes no wrong fee --

LEFT: dict[str, str] = {}

# --- Written after the fixes: each new rule beside a sentence it must leave alone ----------------------------------

AFTER_FIXES = [
    ("Package | Infusions | Total\nStarter | 6 | 2,700", [("series", 2700.0, 450.0, None)], (450.0, 450.0)),
    ("Infusion | Minutes | Price\nKetamine | 40 | 450", [("infusion", 450.0)], (450.0, 450.0)),
    ("Clinic | ZIP | Fee\nDenver | 80202 | $450", [("unknown", 450.0)], NONE),
    ("Parking is free, and we refund up to two dollars of street meters.", [(ANY_OTHER + ("other_charge",), 2.0)],
     NONE),
    ("One hundred percent of our nurses are certified in advanced cardiac life support.", [], NONE),
    ("Infusions are $450; gift cards are also available.", [("infusion", 450.0)], (450.0, 450.0)),
    ("A couple of infusions may be enough for some patients; each is $450.", [("infusion", 450.0)],
     (450.0, 450.0)),
    ("Group discounts are available for employers; standard infusions are $450.", [("infusion", 450.0)],
     (450.0, 450.0)),
    ("Our patients have been paying $450 per infusion since we opened.", [("infusion", 450.0)], (450.0, 450.0)),
    ("Our typical infusion program of six infusions is $2,700.", [("series", 2700.0, 450.0, None)],
     (450.0, 450.0)),
    ("Call us to get back on the schedule; infusions are $450.", [("infusion", 450.0)], (450.0, 450.0)),
    ("Most patients come for 2 visits a week; infusions are $450.", [("infusion", 450.0)], (450.0, 450.0)),
    ("We charge $450 for one infusion.", [("infusion", 450.0)], (450.0, 450.0)),
    ("Boosters are $400 for 6 weeks of relief; single infusions are $450.",
     [("booster", 400.0), ("infusion", 450.0)], (450.0, 450.0)),
    ("Non-members pay $495 per infusion.", [("infusion", 495.0)], (495.0, 495.0)),
    ("Ketamine infusions at our Tempe and Mesa clinics are $450; the average clinic in Arizona charges $650.",
     [("infusion", 450.0), ("market_reference", 650.0)], (450.0, 450.0)),
]

AFTER_FIXES_PAGES = [
    ("/spravato-and-ketamine", "Spravato and IV Ketamine | Calm Valley Ketamine",
     "<h2>Spravato and IV ketamine</h2><p>Both are given in our clinic.</p><p>Each treatment is $450.</p>",
     [("infusion", 450.0)], (450.0, 450.0)),
    ("/pricing", "Pricing | Calm Valley Ketamine",
     "<p>$450</p><p>Six infusions</p><p>$2,400</p>", [("infusion", 450.0), ("series", 2400.0, 400.0, None)],
     (400.0, 450.0)),
    ("/pricing", "Pricing | Calm Valley Ketamine",
     "<h3>Ketamine infusion</h3><p>$450</p><p>$75 late cancellation fee applies</p>",
     [("infusion", 450.0), ("other_charge", 75.0)], (450.0, 450.0)),
    ("/gift-cards", "Gift Cards | Calm Valley Ketamine",
     "<h2>Our prices</h2><p>Ketamine infusion: $450</p><h2>Gift cards</h2><p>Available in any amount.</p>",
     [("infusion", 450.0)], (450.0, 450.0)),
]

# --- A second fresh batch, written after the fixes above and measured before any change it led to ----------------

SECOND_BATCH = [
    ("Q: What will I pay per infusion?\nA: $465, with no hidden fees.", [("infusion", 465.0)], (465.0, 465.0)),
    ("Ketamine Infusion\nSingle: $475\nPackage of 6: $2,550\nMembers: $425",
     [("infusion", 475.0), ("series", 2550.0, 425.0, None), ("membership", 425.0)], (425.0, 475.0)),
    ("IV ketamine is $450 — that's about $11 per minute of one-on-one nursing care.",
     [("infusion", 450.0), ("unknown", 11.0)], (450.0, 450.0)),
    ("Infusion pricing: $425 (HSA/FSA eligible; superbill available)", [("infusion", 425.0)], (425.0, 425.0)),
    ("Ketamine infusions: $450 each or 6 for $2,400. Spravato: covered by most insurance.",
     [("infusion", 450.0), ("series", 2400.0, 400.0, None)], (400.0, 450.0)),
    ("Price match promise: if another local clinic lists a lower infusion price, we will match it. Our current "
     "price: $475.", [("infusion", 475.0)], (475.0, 475.0)),
    ("Ketamine infusion therapy: four hundred fifty dollars per session", [("infusion", 450.0)], (450.0, 450.0)),
    ("Infusion price: 450.00 USD", [("infusion", 450.0)], (450.0, 450.0)),
    ("Infusion | Price\nKetamine, standard | 465.00\nKetamine, extended (pain) | 895.00",
     [("infusion", 465.0), ("pain_infusion", 895.0)], (465.0, 465.0)),
    ("Treatment | Cost per session | Sessions\nIV ketamine | 450 | 6\nIM ketamine | 300 | 4",
     [("infusion", 450.0), ("session", 300.0)], (450.0, 450.0)),
    # Traps
    ("Ketamine infusions average $500 in our state, though prices vary widely by clinic.",
     [("market_reference", 500.0)], NONE),
    ("Insurance companies typically reimburse between $100 and $200 per infusion.", [("insurance", 100.0)], NONE),
    ("Ketamine lozenges for at-home use: $180 for a 30-day supply.", [("session", 180.0)], NONE),
    ("Each infusion includes a $50 credit toward integration coaching.", [("discount", 50.0)], NONE),
    ("A friend paid $600 per infusion in Seattle last year.", [("third_party", 600.0)], NONE),
    ("Boutique clinics in Manhattan list infusions at $1,200.", [("market_reference", 1200.0)], NONE),
    ("Stellate ganglion block (SGB): $1,200 per side", [("other_service", 1200.0)], NONE),
    ("Cash-pay Spravato: $780 per session plus an observation fee of $150.",
     [("spravato", 780.0), (("spravato", "other_charge"), 150.0)], NONE),
    ("Medical clearance with labs and EKG: $175", [(("consultation", "other_charge"), 175.0)], NONE),
    ("We donated $25,000 worth of infusions to veterans last year.", [("unknown", 25000.0)], NONE),
    ("Average wait | 3 days\nNew-patient fee | 250", [(("consultation", "unknown", "other_charge"), 250.0)], NONE),
    ("Hours | Mon–Fri 8–5\nPhone | 720-555-0110\nFax | 720-555-0111", [], NONE),
]

SECOND_BATCH_PAGES = [
    ("/pricing", "Pricing | Birch Ketamine",
     "<div class='accordion'><button>How much is an infusion?</button><div class='panel'><p>We charge $450 per "
     "infusion. Packages are available.</p></div><button>Do you offer financing?</button><div class='panel'>"
     "<p>Yes — through a lending partner, from $79 a month.</p></div></div>",
     [("infusion", 450.0), ("financing", 79.0)], (450.0, 450.0)),
    ("/ketamine", "Ketamine | Birch Ketamine",
     "<h2>Ketamine infusions</h2><p>Relief for depression, PTSD and anxiety.</p><div class='price-card'>"
     "<span class='amount'>$495</span><span class='unit'>/ infusion</span></div>", [("infusion", 495.0)],
     (495.0, 495.0)),
    ("/blog/2026/01/price-update", "Our 2026 Price Update | Birch Ketamine",
     "<h1>Our 2026 price update</h1><p>Starting January 1, infusions at our clinic are $475.</p>",
     [("market_reference", 475.0)], NONE),
    ("/team", "Our Team | Birch Ketamine",
     "<h3>Dr. Lee</h3><p>Dr. Lee previously ran a hospital infusion program where a single infusion cost $1,400.</p>",
     [(("third_party", "market_reference"), 1400.0)], NONE),
    ("/specials", "Specials | Birch Ketamine",
     "<h2>Summer special</h2><p>Six infusions for $2,100 when booked by August 31.</p>", [("intro", 2100.0)],
     REVIEW),
    ("/contact", "Contact | Birch Ketamine",
     "<p>123 Main St, Suite 450, Denver, CO 80202</p><p>Call 303-555-0100</p>", [], NONE),
    ("/pricing", "Pricing | Birch Ketamine",
     "<table><tr><th>Program</th><th>Infusions</th><th>Investment</th></tr><tr><td>Depression</td><td>6</td>"
     "<td>2,700</td></tr><tr><td>Booster</td><td>1</td><td>450</td></tr></table>",
     [("series", 2700.0, 450.0, None), ("booster", 450.0)], (450.0, 450.0)),
    ("/faq", "FAQ | Birch Ketamine",
     "<h3>Is Spravato covered?</h3><p>Usually. Without insurance it is about $900 per treatment.</p>"
     "<h3>What about IV ketamine?</h3><p>$450 per infusion, self-pay.</p>",
     [("spravato", 900.0), ("infusion", 450.0)], (450.0, 450.0)),
]

# Written with the last two tightenings: a return to health is no reimbursement; a heading naming Spravato and
# ketamine names no one product.
AFTER_FIXES += [
    ("Get back to feeling like yourself: ketamine infusions are $450.", [("infusion", 450.0)], (450.0, 450.0)),
    ("Some plans paid back about $200 of each infusion.", [("insurance", 200.0)], NONE),
]
AFTER_FIXES_PAGES += [
    ("/services", "Services | Calm Valley Ketamine",
     "<h2>Spravato and ketamine</h2><p>Each treatment is $450.</p>",
     [("infusion", 450.0)], REVIEW),
]
