"""Third-round hold-out cases for the fee reader, written before any change they led to and measured first.

The format is that of tests/fee_holdout.py: each case gives, in page order, the reading of every amount — (kind,
amount) or (kind, amount, per-infusion minimum, per-infusion maximum), a kind may be a tuple of kinds equally
right — and the clinic's fee: a (fee_min, fee_max) pair published with high confidence, REVIEW (no fee with high
confidence) or NONE (no fee at all). A page case is (url path, title, body, amounts, fee). All text is written
for these tests in the styles clinic sites use; none is copied from a real page.
"""

from tests.fee_holdout import ANY_OTHER, NONE, REVIEW

NOT_STANDARD = ("unknown", "discount", "intro", "other_charge")

# --- The clinic's own infusion price, stated many ways ------------------------------------------------------------

OWN = [
    ("Ketamine Infusion — $425 per session", [("infusion", 425.0, 425.0, None)], (425.0, 425.0)),
    ("How much does an infusion cost?\nEach ketamine infusion is $475, which covers the medication, monitoring "
     "and recovery time.", [("infusion", 475.0)], (475.0, 475.0)),
    ("Infusions starting at $399", [("infusion", 399.0)], (399.0, None)),
    ("Our six-infusion starter series is $2,550 when paid in full up front.",
     [("series", 2550.0, 425.0, None)], (425.0, 425.0)),
    ("We charge between $450 and $650 per infusion depending on the dose and length.",
     [("infusion", 450.0, 450.0, 650.0)], (450.0, 650.0)),
    ("Infusions are priced by weight: $400 for patients under 200 lbs, $475 for 200 lbs and over.",
     [("infusion", 400.0), ("infusion", 475.0)], (400.0, 475.0)),
    ("Infusion pricing follows the dose: 0.5 mg/kg $450, 0.75 mg/kg $500, 1 mg/kg $550.",
     [("infusion", 450.0), ("infusion", 500.0), ("infusion", 550.0)], (450.0, 550.0)),
    ("Mood Protocol\n$495\n40-minute IV infusion with continuous monitoring", [("infusion", 495.0)], (495.0, 495.0)),
    ("Initial Series\n6 infusions\n$2,700\nSave $300 compared with single visits",
     [("series", 2700.0, 450.0, None), ("discount", 300.0)], (450.0, 450.0)),
    ("Single infusion $450. Members pay $380 per infusion with a $99 monthly membership.",
     [("infusion", 450.0), ("membership", 380.0), (("membership", "financing"), 99.0)], (450.0, 450.0)),
    ("We offer a sliding scale for infusions from $250 to $450 based on household income.",
     [("infusion", 250.0, 250.0, 450.0)], (250.0, 450.0)),
    ("Ketamine infusions are $500. Veterans, active-duty military and first responders receive $50 off each "
     "infusion.", [("infusion", 500.0), ("discount", 50.0)], (500.0, 500.0)),
    ("Standard infusion $475; veterans and first responders pay $425.",
     [("infusion", 475.0), ("discount", 425.0)], (475.0, 475.0)),
    ("Infusions were $550, now $450 for all new and returning patients.",
     [(("unknown", "discount"), 550.0), ("infusion", 450.0)], (450.0, 450.0)),
    ("Booster infusions: $400\nInitial infusions: $475", [("booster", 400.0), ("infusion", 475.0)], (475.0, 475.0)),
    ("A full course of treatment (six infusions) runs $2,850.", [("series", 2850.0, 475.0, None)], (475.0, 475.0)),
    ("Pricing\nFirst infusion: $350 (new patients)\nEach additional infusion: $475",
     [("intro", 350.0), ("infusion", 475.0)], (475.0, 475.0)),
    ("Financing available from $89/month with approved credit. Infusions are $495.",
     [("financing", 89.0), ("infusion", 495.0)], (495.0, 495.0)),
    ("Ketamine for depression: $450 per infusion. Ketamine for chronic pain (4-hour infusion): $900.",
     [("infusion", 450.0), ("pain_infusion", 900.0)], (450.0, 450.0)),
    ("Join our Wellness Club for $149 a month and get 20% off every infusion (regular price $500).",
     [("membership", 149.0), ("infusion", 500.0)], (500.0, 500.0)),
    ("$465/infusion", [("infusion", 465.0)], (465.0, 465.0)),
    ("Depending on your weight and dose, your infusion will be $425–$525.",
     [("infusion", 425.0, 425.0, 525.0)], (425.0, 525.0)),
    ("Ketamine IV: $450 • 6-pack: $2,400 • Booster: $400",
     [("infusion", 450.0), ("series", 2400.0, 400.0, None), ("booster", 400.0)], (400.0, 450.0)),
    ("Total for six infusions: $2,700 ($450 each)",
     [("series", 2700.0, 450.0, None), ("infusion", 450.0)], (450.0, 450.0)),
    ("Price per infusion: $450 (cash, HSA or FSA accepted)", [("infusion", 450.0)], (450.0, 450.0)),
    ("New patients: your first infusion is just $299.", [("intro", 299.0)], NONE),
    ("Medicare does not cover ketamine infusions, which are $495 each at our clinic.",
     [("infusion", 495.0)], (495.0, 495.0)),
]

# --- Someone else's price ----------------------------------------------------------------------------------------

SOMEONE_ELSES = [
    ("Most clinics in the country charge $400 to $800 per infusion.", [("market_reference", 400.0)], NONE),
    ("Other clinics charge $1,000 or more per infusion; we keep ours at $450.",
     [("market_reference", 1000.0), ("infusion", 450.0)], (450.0, 450.0)),
    ("According to a 2024 survey of providers, the average ketamine infusion costs about $560.",
     [(("market_reference", "third_party"), 560.0)], NONE),
    ("A clinic in Denver quoted me $900 for one infusion, so I was relieved to find this place.",
     [("third_party", 900.0)], NONE),
    ("In a recent interview, Dr. Patel noted that infusions at her Seattle practice run $700.",
     [("third_party", 700.0)], NONE),
    ("Ketamine therapy can cost anywhere from $300 to $2,000 per session, depending on where you live.",
     [("market_reference", 300.0)], NONE),
    ("Nationally, a six-infusion series averages roughly $3,000 to $4,800.", [("market_reference", 3000.0)], NONE),
    ("The going rate for IV ketamine in Southern California is $600–$1,000 a session.",
     [("market_reference", 600.0)], NONE),
    ("One patient told us she had paid $1,100 per infusion at a hospital clinic before coming here.",
     [("third_party", 1100.0)], NONE),
    ("“I paid $650 a session in Chicago,” one reader wrote.", [("third_party", 650.0)], NONE),
    ("Hospital-based programs bill $1,200 or more per infusion. Ours: $475.",
     [("market_reference", 1200.0), ("infusion", 475.0)], (475.0, 475.0)),
]

# --- Charges that are not a treatment price -----------------------------------------------------------------------

CHARGES = [
    ("Cancellations with less than 48 hours' notice incur a $200 fee.", [("other_charge", 200.0)], NONE),
    ("Infusions are $460. A $100 non-refundable deposit is required to book.",
     [("infusion", 460.0), ("other_charge", 100.0)], (460.0, 460.0)),
    ("Pre-treatment labs (CBC and metabolic panel) are $85 if not done by your doctor.",
     [("other_charge", 85.0)], NONE),
    ("An ECG is required before your first infusion ($60).", [("other_charge", 60.0)], NONE),
    ("Gift cards are available in any amount from $50 to $500.", [("other_charge", 50.0)], NONE),
    ("Arriving more than 20 minutes late may result in a $75 late fee.", [("other_charge", 75.0)], NONE),
    ("Missed infusions are billed at the full $475.", [("other_charge", 475.0)], REVIEW),
    ("Infusion $450 | Late cancellation $225 | Card on file required",
     [("infusion", 450.0), ("other_charge", 225.0)], (450.0, 450.0)),
    ("Rescheduling within 24 hours of your appointment carries a $150 charge.", [("other_charge", 150.0)], NONE),
]

# --- Other services in an infusion context -----------------------------------------------------------------------

OTHER_SERVICES = [
    ("NAD+ infusions start at $600 for a 500 mg drip.", [("other_service", 600.0)], NONE),
    ("Myers' Cocktail $150 · Hydration drip $125 · Ketamine infusion $450",
     [("other_service", 150.0), ("other_service", 125.0), ("infusion", 450.0)], (450.0, 450.0)),
    ("TMS therapy is $300 per session, or $9,000 for a 36-session course.",
     [("other_service", 300.0), ("other_service", 9000.0)], NONE),
    ("Spravato sessions are billed to insurance; self-pay patients pay $890 per treatment.",
     [("spravato", 890.0)], NONE),
    ("Psychiatric evaluation with our psychiatrist: $350. Follow-up med management: $150.",
     [("consultation", 350.0), ("consultation", 150.0)], NONE),
    ("Integration therapy sessions with a licensed counselor are $175 each.", [("other_service", 175.0)], NONE),
    ("The new-patient intake ($250) is credited toward your first infusion.", [("consultation", 250.0)], NONE),
    ("We also offer stellate ganglion block for PTSD at $1,500 per injection.", [("other_service", 1500.0)], NONE),
    ("Ketamine infusions $475; NAD+ add-on to any infusion $150.",
     [("infusion", 475.0), ("other_service", 150.0)], (475.0, 475.0)),
]

# --- Insurance and billing ---------------------------------------------------------------------------------------

BILLING = [
    ("We provide a superbill with CPT codes 96365 and 96366; many patients are reimbursed $150 to $300 per "
     "infusion.", [("insurance", 150.0)], NONE),
    ("Your copay for Spravato may be as low as $10 with the manufacturer's savings program.",
     [(("spravato", "discount", "insurance"), 10.0)], NONE),
    ("Billed charges for CPT 96365 are $650; the self-pay price for the same infusion is $450.",
     [("insurance", 650.0), ("infusion", 450.0)], (450.0, 450.0)),
    ("After meeting your deductible, in-network patients typically owe a $40 copay per visit.",
     [("insurance", 40.0)], NONE),
    ("Ketamine infusion (CPT 96365 + J3490): $460", [("infusion", 460.0)], (460.0, 460.0)),
    ("Out-of-network plans have paid back between $120 and $280 of each infusion for our patients.",
     [("insurance", 120.0)], NONE),
    ("Some patients recover $200 or more per infusion through their HSA-eligible PPO plan claims.",
     [("insurance", 200.0)], NONE),
]

# --- Other routes: sessions ---------------------------------------------------------------------------------------

ROUTES = [
    ("IM ketamine injections are $300 per session.", [("session", 300.0)], NONE),
    ("At-home sublingual ketamine program: $199 for the first month, including telehealth visits.",
     [(("session", "membership", "financing"), 199.0)], NONE),
    ("KAP sessions (ketamine-assisted psychotherapy, 3 hours) are $750.", [("session", 750.0)], NONE),
    ("Oral ketamine troches are prescribed after your consultation; a 30-day supply is $120.",
     [("session", 120.0)], NONE),
    ("Ketamine lozenges: $150 per month, shipped to your home.",
     [(("session", "financing", "membership"), 150.0)], NONE),
    ("IV infusion $450; IM injection $325.", [("infusion", 450.0), ("session", 325.0)], (450.0, 450.0)),
    ("Ketamine-assisted therapy package: 3 KAP sessions with integration for $2,100.", [("session", 2100.0)], NONE),
]

# --- Tables and paired ranges -------------------------------------------------------------------------------------

PAIRED = [
    ("Infusions | 1 | 4 | 6\nPrice | $475 | $1,800 | $2,550",
     [("infusion", 475.0, 475.0, None), ("series", 1800.0, 450.0, None), ("series", 2550.0, 425.0, None)],
     (425.0, 475.0)),
    ("Package | Total | Per infusion\nSingle | $490 | $490\nSix | $2,640 | $440",
     [("infusion", 490.0), ("infusion", 490.0), ("series", 2640.0, 440.0, None), ("infusion", 440.0)],
     (440.0, 490.0)),
    ("Four or eight infusions cost $1,900 or $3,600 respectively.",
     [("series", 1900.0, 475.0, None), ("series", 3600.0, 450.0, None)], (450.0, 475.0)),
    ("Induction (6 infusions over 3 weeks): $2,700 – booster infusions thereafter: $425 each",
     [("series", 2700.0, 450.0, None), ("booster", 425.0)], (450.0, 450.0)),
    ("6 to 8 infusions: $2,700 to $3,400", [("series", 2700.0, 425.0, 450.0)], (425.0, 450.0)),
    ("Depression series (6): $2,580 | Pain series (5 × 4 hours): $4,750",
     [("series", 2580.0, 430.0, None), ("pain_infusion", 4750.0)], (430.0, 430.0)),
    ("The loading phase of six infusions runs $2,400–$2,700 depending on dosage.",
     [("series", 2400.0, 400.0, 450.0)], REVIEW),
]

GUARDS = [
    ("Our founder donated $10,000 to veteran mental health charities.", [("unknown", 10000.0)], NONE),
    ("A vial of generic ketamine costs the pharmacy less than $10.", [(ANY_OTHER + ("market_reference",), 10.0)],
     NONE),
    ("We have raised $250,000 for ketamine research since opening our infusion center.",
     [("unknown", 250000.0)], NONE),
]

TEXT_CASES = {
    "own": OWN, "someone_elses": SOMEONE_ELSES, "charges": CHARGES, "other_services": OTHER_SERVICES,
    "billing": BILLING, "routes": ROUTES, "paired": PAIRED, "guards": GUARDS,
}

# --- Whole pages --------------------------------------------------------------------------------------------------

PAGES = [
    ("/pricing", "Pricing | Calm Harbor Ketamine",
     "<section><h2>Ketamine Infusion</h2><p class='price'><span class='currency'>$</span><span>450</span></p>"
     "<p>per infusion</p></section><section><h2>Six-Infusion Series</h2><p class='price'>$2,400</p>"
     "<p>Save $300 when you prepay</p></section><h3>Policies</h3>"
     "<p>Late cancellations (under 24 hours) are charged $100.</p>",
     [("infusion", 450.0), ("series", 2400.0, 400.0, None), ("discount", 300.0), ("other_charge", 100.0)],
     (400.0, 450.0)),
    ("/blog/how-much-does-ketamine-cost", "How Much Does Ketamine Cost? | North Star Ketamine",
     "<article><h1>How Much Does Ketamine Cost?</h1><p>Posted on March 3, 2026</p>"
     "<p>Infusions generally cost $400 to $800 each across the United States.</p>"
     "<p>At our clinic, a single infusion is $450.</p></article>",
     [("market_reference", 400.0), ("market_reference", 450.0)], NONE),
    ("/press", "In the News | Bright Path",
     "<h1>In the News</h1><p>DENVER, May 4, 2026 — Bright Path Ketamine opened its second clinic this week. "
     "Infusions cost $500, said founder Dr. Amy Reyes.</p>", [("third_party", 500.0)], NONE),
    ("/faq", "FAQ | Stillwater Ketamine",
     "<h3>What does treatment cost?</h3><p>A single infusion is $475. Most patients start with six, which we offer "
     "as a package for $2,550.</p><h3>Is there a cancellation fee?</h3><p>Yes, $150 with less than 48 hours' "
     "notice.</p><h3>Do you take insurance?</h3><p>We are out-of-network but will give you a superbill; patients "
     "have been reimbursed up to $200 per infusion.</p>",
     [("infusion", 475.0), ("series", 2550.0, 425.0, None), ("other_charge", 150.0), ("insurance", 200.0)],
     (425.0, 475.0)),
    ("/", "Lakeside Ketamine | Relief in hours",
     "<h1>Relief in hours, not weeks</h1><p>Ketamine infusions from $399</p><p>Other clinics charge up to $1,000 "
     "per infusion. We believe care should be affordable.</p><p>NAD+ IV therapy also available — $550</p>",
     [("infusion", 399.0), ("market_reference", 1000.0), ("other_service", 550.0)], (399.0, None)),
    ("/services", "Services | Ridge Ketamine",
     "<table><tr><th>Service</th><th>Price</th></tr><tr><td>Ketamine infusion (depression, anxiety)</td>"
     "<td>$495</td></tr><tr><td>Ketamine infusion (chronic pain, 4 hours)</td><td>$1,100</td></tr>"
     "<tr><td>Spravato</td><td>Billed to insurance</td></tr><tr><td>IM ketamine</td><td>$350</td></tr>"
     "<tr><td>Vitamin IV</td><td>$175</td></tr></table>",
     [("infusion", 495.0), ("pain_infusion", 1100.0), ("session", 350.0), ("other_service", 175.0)],
     (495.0, 495.0)),
    ("/membership", "Membership | Ridge Ketamine",
     "<h2>Ketamine Maintenance Membership</h2><p>$399 per month</p><ul><li>One booster infusion each month</li>"
     "<li>10% off extra infusions</li></ul><p>Non-members: boosters $450.</p>",
     [(("membership", "financing"), 399.0), (("booster", "membership"), 450.0)], REVIEW),
    ("/specials", "Specials | Ridge Ketamine",
     "<h2>Spring special</h2><p><s>$550</s> $450 per infusion through May 31</p>",
     # Written with the struck price read as some kind; after the fixes struck-through text is not read at all.
     [(("infusion", "intro"), 450.0)], REVIEW),
    ("/pricing", "Pricing | Harbor Light",
     "<div class='card'><h3>Single Infusion</h3><div class='price'><sup>$</sup>475</div></div>"
     "<div class='card'><h3>Series of 6</h3><div class='price'><sup>$</sup>2,550</div>"
     "<p>$425 per infusion</p></div>",
     [("infusion", 475.0), ("series", 2550.0, 425.0, None), ("infusion", 425.0)], (425.0, 475.0)),
]

# --- Cases left as they read: the reading above is the right one, the reader's differs but publishes no wrong fee --

LEFT = {
    "Mood Protocol": "a countless 'protocol' is read as a package: no fee, a reviewer decides",
    "Ketamine infusion (CPT": "a billing code in the label makes the price an insurance figure: no fee",
    "Out-of-network plans have paid back": "'paid back' is no reimbursement cue: read as unknown",
    "Oral ketamine troches": "the consultation named earlier in the sentence wins over the troches",
    "Package | Total": "the 'Single' row's total is read as an uncounted package (the fee is still right)",
    "A typical first month": "the consultation named in the sentence makes it a consultation's price: no fee",
    "When I called around": "'quotes ranged' names no one: read as unknown, no fee",
    "“I was nervous": "the voice of the sentence before ('one patient said') is taken for the price's: no fee",
}

# --- Written after the fixes: each new rule beside a sentence it must leave alone ----------------------------------

AFTER_FIXES = [
    ("Ketamine infusions for veterans with PTSD: $450", [("infusion", 450.0)], (450.0, 450.0)),
    ("Military rate: $400 per infusion (standard $475).", [("discount", 400.0), ("infusion", 475.0)],
     (475.0, 475.0)),
    ("Student pricing: $395 per infusion with a valid student ID. Regular infusions are $450.",
     [("discount", 395.0), ("infusion", 450.0)], (450.0, 450.0)),
    ("Our infusion price was $450 when we opened in 2019 and is $495 today.",
     [("unknown", 450.0), ("infusion", 495.0)], (495.0, 495.0)),
    ("Holiday special: $399 per infusion until Jan 15", [("intro", 399.0)], NONE),
    ("Ketamine infusions $450, now offered at our Tempe office too.", [("infusion", 450.0)], REVIEW),
    ("Infusions: $450 now through the end of the month", [("intro", 450.0)], NONE),
    ("We offer TMS as well as ketamine; ketamine sessions are $450.", [("infusion", 450.0)], (450.0, 450.0)),
    ("Insurance does not cover infusions; we can give you a superbill, and reimbursement is often $150.",
     [("insurance", 150.0)], NONE),
    ("TMS: $300 per session · IV ketamine: $450 per session", [("other_service", 300.0), ("infusion", 450.0)],
     (450.0, 450.0)),
    ("$400 to $650 per infusion.", [("infusion", 400.0, 400.0, 650.0)], REVIEW),
    ("Ketamine infusions | $450\nSix infusions | $2,700\nNAD+ package | $1,800",
     [("infusion", 450.0), ("series", 2700.0, 450.0, None), ("other_service", 1800.0)], (450.0, 450.0)),
    ("Single infusion $450. Ask about our prepaid bundle, $3,000.", [("infusion", 450.0), ("series", 3000.0)],
     REVIEW),
    ("Single infusion $450. Our prepaid bundle is $500 and includes parking.",
     [("infusion", 450.0), ("series", 500.0)], (450.0, 450.0)),
    ("We have a special interest in PTSD; infusions are $450.", [("infusion", 450.0)], (450.0, 450.0)),
    ("Ketamine infusion $450 / infusion, IM ketamine $300 / session", [("infusion", 450.0), ("session", 300.0)],
     (450.0, 450.0)),
    ("Most patients need 6 weeks of care; each infusion package is $2,700.", [("series", 2700.0)], REVIEW),
    ("“I was nervous about the cost,” one patient said. Infusions here are $460.", [("infusion", 460.0)],
     (460.0, 460.0)),
    ("“My first infusion changed everything. I paid $460 and it was worth it.”",
     [("third_party", 460.0)], NONE),
]

# --- A second fresh batch, written after the fixes above and measured before any change it led to ----------------

SECOND_BATCH = [
    ("Ketamine IV Therapy ........ $460", [("infusion", 460.0)], (460.0, 460.0)),
    ("Price: $2,995 for the complete 6-infusion induction", [("series", 2995.0, 499.17, None)], (499.17, 499.17)),
    ("Infusion fee — $515 (includes vitals monitoring and a recovery snack)", [("infusion", 515.0)], (515.0, 515.0)),
    ("Maintenance boosters are $395; the initial six-infusion series is $2,610.",
     [("booster", 395.0), ("series", 2610.0, 435.0, None)], (435.0, 435.0)),
    ("A typical first month, including the six-infusion series and the consultation, comes to about $3,100 at most "
     "clinics.", [("market_reference", 3100.0)], NONE),
    ("Pain infusions (CRPS, fibromyalgia): $795 for a 4-hour session", [("pain_infusion", 795.0)], NONE),
    ("Ketamine infusion therapy for depression and chronic pain: $550 per visit", [("infusion", 550.0)],
     (550.0, 550.0)),
    ("IV ketamine | $475 per infusion | 6 infusions recommended", [("infusion", 475.0)], (475.0, 475.0)),
    ("Our prices: infusion $450, series of six $2,520, booster $400, consultation free.",
     [("infusion", 450.0), ("series", 2520.0, 420.0, None), ("booster", 400.0)], (420.0, 450.0)),
    ("Many of our patients use HSA or FSA funds; each infusion is $480.", [("infusion", 480.0)], (480.0, 480.0)),
    ("Ketamine prices in Texas range from $350 to $900 per infusion, according to a 2025 review of clinic websites.",
     [(("market_reference", "third_party"), 350.0)], NONE),
    ("When I called around, quotes ranged from $600 to $1,200.", [(("market_reference", "third_party"), 600.0)],
     NONE),
    ("We bill a $50 fee for any infusion rescheduled with under 24 hours' notice.", [("other_charge", 50.0)], NONE),
    ("Infusions: $450. Nitrous oxide add-on: $50. Zofran for nausea: $25.",
     [("infusion", 450.0), (ANY_OTHER, 50.0), (ANY_OTHER, 25.0)], (450.0, 450.0)),
    ("Veterans Day special: infusions $375 all week (regularly $475).",
     [(("intro", "discount"), 375.0), ("infusion", 475.0)], (475.0, 475.0)),
    ("Sliding-scale infusions available for qualifying patients: $300–$450.",
     [("infusion", 300.0, 300.0, 450.0)], (300.0, 450.0)),
    ("Ketamine troche program, 4 weeks: $349", [("session", 349.0)], NONE),
    ("Spravato (esketamine) — most commercial plans; cash price $1,050 per session", [("spravato", 1050.0)], NONE),
    ("IV NAD+ 250 mg $325 | IV NAD+ 500 mg $550 | IV ketamine $450",
     [("other_service", 325.0), ("other_service", 550.0), ("infusion", 450.0)], (450.0, 450.0)),
    ("$2,250 for 5 infusions, or $475 each à la carte",
     [("series", 2250.0, 450.0, None), ("infusion", 475.0)], (450.0, 475.0)),
    ("The cost is $450 per infusion, and most people need six for the first round — about $2,700 in total.",
     [("infusion", 450.0), ("series", 2700.0, 450.0, None)], (450.0, 450.0)),
    ("IM ketamine $250 / IV ketamine $450 / Spravato: insurance", [("session", 250.0), ("infusion", 450.0)],
     (450.0, 450.0)),
    ("Gift certificates for a single ketamine infusion ($450) make a thoughtful present.",
     [("other_charge", 450.0)], NONE),
]

SECOND_BATCH_PAGES = [
    ("/about", "About | Cedar Ketamine",
     "<blockquote>“The last place I went charged me $900 per infusion. Here it was half that.”</blockquote>"
     "<p>Single infusions are $450.</p>", [("third_party", 900.0), ("infusion", 450.0)], (450.0, 450.0)),
    ("/pricing", "Pricing | Cedar Ketamine",
     "<dl><dt>Initial infusion series (6)</dt><dd>$2,700</dd><dt>Booster</dt><dd>$450</dd>"
     "<dt>Labs, if needed</dt><dd>$95</dd></dl>",
     [("series", 2700.0, 450.0, None), ("booster", 450.0), ("other_charge", 95.0)], (450.0, 450.0)),
    ("/blog/what-we-charge", "What We Charge | Cedar Ketamine",
     "<article><h1>What we charge and why</h1><p>By Dr. Lena Ortiz</p><p>Our infusions are $425.</p></article>",
     [("market_reference", 425.0)], NONE),
    ("/", "Cedar Ketamine",
     "<h2>Transparent pricing</h2><p>One infusion</p><p>$450</p><p>Six infusions</p><p>$2,400</p>",
     [("infusion", 450.0), ("series", 2400.0, 400.0, None)], (400.0, 450.0)),
]

AFTER_FIXES_PAGES = [
    ("/pricing", "Pricing | Cedar Ketamine",
     "<div><h3>Single infusion</h3><p><del>$550</del> <ins>$450</ins></p></div>", [("infusion", 450.0)],
     (450.0, 450.0)),
    ("/pricing", "Pricing | Cedar Ketamine",
     "<div><h3>Series of six</h3><p>$2,400</p></div><div><h3>Booster</h3><p>$425</p></div>",
     [("series", 2400.0, 400.0, None), ("booster", 425.0)], (400.0, 400.0)),
]
