"""Hold-out cases for the fee reader: statements and page snippets written after its rules, never tuned against.

Each case gives, in page order, the reading of every amount — (kind, amount) or (kind, amount, per-infusion
minimum, per-infusion maximum); a kind may be a tuple of kinds that are equally right — and what the clinic's fee
must come to: a (fee_min, fee_max) pair published with high confidence, REVIEW (no fee with high confidence: a
reviewer decides) or NONE (no fee at all). A page case is (url path, title, body, amounts, fee). The first round
was written before any change it led to; the second after the first round's fixes, and measured before its own.
All text is written for these tests; none is copied from a real page.
"""

REVIEW, NONE = "review", None
ANY_OTHER = ("other_service", "unknown")

# --- 1. Someone else's price -------------------------------------------------------------------------------------

SOMEONE_ELSES = [
    ("Patients who shop around will find quotes of $350 to $1,800 per infusion.", [("market_reference", 350.0)], NONE),
    ("A 2025 pricing survey of 140 clinics found a median infusion fee of $495.", [("market_reference", 495.0)], NONE),
    ("Health economists estimate a full induction course at roughly $3,000.", [("market_reference", 3000.0)], NONE),
    ("In New York and Los Angeles, boutique clinics bill upward of $1,000 for one infusion.",
     [("market_reference", 1000.0)], NONE),
    ("A reporter for a local station found prices ranging from $425 to $950 at five clinics in the metro area.",
     [(("market_reference", "third_party"), 425.0)], NONE),
    ("Nothing regulates what clinics ask, so one center might want $400 while another wants $900.",
     [(("market_reference", "third_party"), 400.0), (("market_reference", "third_party"), 900.0)], NONE),
    ("Hospital-based programs tend to charge more, often $1,200 per infusion or higher.",
     [("market_reference", 1200.0)], NONE),
    ("The typical self-pay patient spends $2,500 to $4,500 on a first round of treatment.",
     [("market_reference", 2500.0)], NONE),
    ("Dr. Patel, medical director of a practice in Phoenix, told the paper her infusions are $600.",
     [("third_party", 600.0)], NONE),
    ("Is ketamine worth it? Most people pay somewhere between $300 and $800 per treatment.",
     [("market_reference", 300.0)], NONE),
    ("Compared to the region's going price of $650 to $800, our $480 infusion is simply fair.",
     [("market_reference", 650.0), ("infusion", 480.0)], (480.0, 480.0)),
    ("Some centers charge over $1,000 — we think care should be affordable, so every infusion here is $425.",
     [("market_reference", 1000.0), ("infusion", 425.0)], (425.0, 425.0)),
    ("Both of our Denver-area centers charge $470 per infusion.", [("infusion", 470.0)], (470.0, 470.0)),
    ("Most clinics in the state charge $800 or more, while our infusions cost $450.",
     [("market_reference", 800.0), ("infusion", 450.0)], (450.0, 450.0)),
]

# --- 2. Charges that are not a treatment price --------------------------------------------------------------------

CHARGES = [
    ("Appointments cancelled with under 24 hours' notice carry a $150 fee.", [("other_charge", 150.0)], NONE),
    ("To hold your infusion slot we take a $200 refundable reservation payment.", [("other_charge", 200.0)], NONE),
    ("Failure to arrive for a scheduled infusion will be charged at $250.", [("other_charge", 250.0)], NONE),
    ("Pre-treatment EKG: $45 | Baseline labs: $90", [("other_charge", 45.0), ("other_charge", 90.0)], NONE),
    ("A $25 paperwork fee applies to FMLA and disability forms.", [(("other_charge", "unknown"), 25.0)], NONE),
    ("Ketamine infusion $475. If you arrive more than 15 minutes late, a $75 late fee applies.",
     [("infusion", 475.0), ("other_charge", 75.0)], (475.0, 475.0)),
    ("Gift an infusion: e-gift cards from $50 to $500.", [("other_charge", 50.0)], NONE),
    ("Securing a chair requires a $150 hold, credited to the $495 infusion fee.",
     [("other_charge", 150.0), ("infusion", 495.0)], (495.0, 495.0)),
    ("Missing your appointment without notice means the full $500 infusion fee is charged.",
     [("other_charge", 500.0)], NONE),
    ("Returned checks are subject to a $35 charge.", [(("other_charge", "unknown"), 35.0)], NONE),
    ("A one-time $95 new-patient paperwork and chart setup fee is added to your first visit.",
     [(("other_charge", "consultation", "unknown"), 95.0)], NONE),
]

# --- 3. Other services in an infusion context ----------------------------------------------------------------------

OTHER_SERVICES = [
    ("NAD+ 750 mg (about 4 hours): $650", [("other_service", 650.0)], NONE),
    ("The Recovery drip, with fluids, B vitamins and zinc, is $185.", [("other_service", 185.0)], NONE),
    ("IV ketamine $450 · IV NAD+ $550 · Hydration $125",
     [("infusion", 450.0), ("other_service", 550.0), ("other_service", 125.0)], (450.0, 450.0)),
    ("Nitrous oxide therapy for depression, 1 hour: $200", [("other_service", 200.0)], NONE),
    ("Accelerated TMS (5 days): $4,500", [("other_service", 4500.0)], NONE),
    ("Follow-up medication management with our psychiatrist: $175", [("consultation", 175.0)], NONE),
    ("Post-infusion integration coaching, 50 minutes — $120", [("other_service", 120.0)], NONE),
    ("Spravato treatment for those without coverage runs $900 per visit.", [("spravato", 900.0)], NONE),
    ("Add-on: anti-nausea medication with your infusion, $30", [(ANY_OTHER, 30.0)], NONE),
    ("Esketamine (Spravato) sessions: typically $0–$50 with insurance", [("spravato", 0.0)], NONE),
    ("Psychotherapy with a licensed therapist is offered alongside infusions at $160 per hour.",
     [("other_service", 160.0)], NONE),
    ("Our 60-minute new-patient psychiatric evaluation is $350, and infusions are $475 each.",
     [("consultation", 350.0), ("infusion", 475.0)], (475.0, 475.0)),
    ("Semaglutide weight management visits: $299 per month",
     [(("other_service", "financing", "membership"), 299.0)], NONE),
    ("Ketamine infusion with an added glutathione push: $520", [(("other_service", "infusion"), 520.0)], REVIEW),
]

# --- 4. Insurance and billing --------------------------------------------------------------------------------------

BILLING = [
    ("For PPO plans we provide a superbill coded 96365/96366 at $780 per infusion; our self-pay price is $460.",
     [("insurance", 780.0), ("infusion", 460.0)], (460.0, 460.0)),
    ("Typical out-of-network plans return 40–60% of the billed $700.", [("insurance", 700.0)], NONE),
    ("J3490 ketamine hydrochloride, per unit — $28", [("insurance", 28.0)], NONE),
    ("Code 96374 (IV push): $150", [("insurance", 150.0)], NONE),
    ("Some patients get back $200 or more per infusion from their insurer.", [("insurance", 200.0)], NONE),
    ("Insurance does not cover IV ketamine; infusions are $450, payable at the visit.",
     [("infusion", 450.0)], (450.0, 450.0)),
    ("We are in-network with Aetna for Spravato; patients typically owe $20 to $60 per treatment.",
     [("spravato", 20.0)], NONE),
    ("Your EOB may list a charge of $1,150 for the infusion and monitoring codes.", [("insurance", 1150.0)], NONE),
    ("HSA and FSA cards are accepted for the $495 infusion fee.", [("infusion", 495.0)], (495.0, 495.0)),
    ("Insurers that do pay for ketamine infusions usually allow about $250 per visit.",
     [("insurance", 250.0)], NONE),
]

# --- 5. Tables and lists read row by row ---------------------------------------------------------------------------

TABLES = [
    ("Service | Price\nKetamine IV (single) | $500\nKetamine IV (package of 6) | $2,700\nKetamine IM | $300\n"
     "NAD+ drip | $450\nConsult | Free",
     [("infusion", 500.0, 500.0, None), ("series", 2700.0, 450.0, None), ("session", 300.0, None, None),
      ("other_service", 450.0, None, None)], (450.0, 500.0)),
    ("Fees\nInitial consult — $250\nInfusion — $480\nBooster (within 90 days) — $430\n"
     "Missed appointment — $240",
     [("consultation", 250.0), ("infusion", 480.0), ("booster", 430.0), ("other_charge", 240.0)], (480.0, 480.0)),
    ("Item | Cost\nCancellation (under 48 h) | $200\nKetamine infusion, 40 min | $495\nPain infusion, 4 h | $1,100",
     [("other_charge", 200.0), ("infusion", 495.0), ("pain_infusion", 1100.0)], (495.0, 495.0)),
    ("Plan | Infusions | Price | Per infusion\nStarter | 3 | $1,380 | $460\nFull series | 6 | $2,640 | $440",
     [("series", 1380.0, 460.0, None), ("infusion", 460.0, 460.0, None), ("series", 2640.0, 440.0, None),
      ("infusion", 440.0, 440.0, None)], (440.0, 460.0)),
    ("Single infusion: $525\nSeries of six: $2,850\nMonthly membership: $99",
     [("infusion", 525.0, 525.0, None), ("series", 2850.0, 475.0, None), ("membership", 99.0, None, None)],
     (475.0, 525.0)),
    ("Option | Price\nSix-infusion series | $2,700\nDeposit (applied to series) | $500",
     [("series", 2700.0, 450.0, None), ("other_charge", 500.0, None, None)], (450.0, 450.0)),
    ("Treatment | Depression | Chronic pain\nSingle infusion | $450 | $1,000\nBooster | $400 | $900",
     [("infusion", 450.0), ("pain_infusion", 1000.0), ("booster", 400.0), ("pain_infusion", 900.0)], (450.0, 450.0)),
    ("Ketamine Infusions\n$475 per infusion\nSpravato\nCovered by most insurance\nIV Vitamin Therapy\n$150 per drip",
     [("infusion", 475.0), ("other_service", 150.0)], (475.0, 475.0)),
    ("Our rates\nIV hydration add-on | $60\nLab panel | $110\nKetamine infusion | $465",
     [(ANY_OTHER, 60.0), ("other_charge", 110.0), ("infusion", 465.0)], (465.0, 465.0)),
]

# --- 6. Paired ranges ---------------------------------------------------------------------------------------------

PAIRED = [
    ("Our induction series of 6–8 infusions is $2,640–$3,360, respectively.",
     [("series", 2640.0, 420.0, 440.0)], (420.0, 440.0)),
    ("Mood protocol: six infusions for $2,700; pain protocol: five infusions for $5,500.",
     [("series", 2700.0, 450.0, None), ("pain_infusion", 5500.0, 1100.0, None)], (450.0, 450.0)),
    ("Packages: 3 / 6 / 9 infusions — $1,395 / $2,700 / $3,960",
     [("series", 1395.0, 465.0, None), ("series", 2700.0, 450.0, None), ("series", 3960.0, 440.0, None)],
     (440.0, 465.0)),
    ("Boosters after the series are $400 to $450 depending on dose; the series of six is $2,700.",
     [("booster", 400.0), ("series", 2700.0)], (450.0, 450.0)),
    ("Loading phase: 6 infusions over 2–3 weeks ($2,820 total, or $470 each).",
     [("series", 2820.0, 470.0, None), ("infusion", 470.0, 470.0, None)], (470.0, 470.0)),
    ("Between 5 and 8 treatments are usual, at $3,000 to $4,400 respectively.",
     [("series", 3000.0, 550.0, 600.0)], REVIEW),
    ("Expect 4 or 6 infusions in your first month, totalling $1,900 or $2,700 respectively.",
     [("series", 1900.0, 475.0, None), ("series", 2700.0, 450.0, None)], (450.0, 475.0)),
]

# --- 7. Routes other than an IV infusion ---------------------------------------------------------------------------

ROUTES = [
    ("Intramuscular ketamine: $350 per session. IV ketamine: $475 per infusion.",
     [("session", 350.0), ("infusion", 475.0)], (475.0, 475.0)),
    ("At-home ketamine therapy (four sessions, with telehealth check-ins): $450", [("session", 450.0)], NONE),
    ("KAP: each dosing session with an ODT is $400; integration visits are $150.",
     [("session", 400.0), ("other_service", 150.0)], NONE),
    ("Sublingual ketamine program — 8 sessions for $1,200", [("session", 1200.0)], NONE),
    ("Ketamine shots (IM) in our office cost $275 per visit.", [("session", 275.0)], NONE),
    ("Our ketamine lozenge protocol costs $300 a month, prescriptions included.",
     [(("session", "financing"), 300.0)], NONE),
    ("We offer ketamine by IV ($495) or by intramuscular injection ($325).",
     [("infusion", 495.0), ("session", 325.0)], (495.0, 495.0)),
    ("Ketamine-assisted psychotherapy (KAP) using an IV infusion: $750 per session", [("session", 750.0)], NONE),
    ("Oral ketamine telehealth plans start at $129 for the first month.", [("session", 129.0)], NONE),
]

# --- The clinic's own price, stated in many ways, and amounts that are no price at all -------------------------------

OWN_PRICES = [
    ("Each infusion is $495.", [("infusion", 495.0)], (495.0, 495.0)),
    ("$2,700 for the series of six", [("series", 2700.0, 450.0, None)], (450.0, 450.0)),
    ("Initial series (6 infusions) — $2,550", [("series", 2550.0, 425.0, None)], (425.0, 425.0)),
    ("Starting at $450 per infusion", [("infusion", 450.0)], (450.0, None)),
    ("Ketamine infusions from $450", [("infusion", 450.0)], (450.0, None)),
    ("Sliding scale: $300–$500 per infusion based on household income", [("infusion", 300.0)], (300.0, 500.0)),
    ("Ketamine infusion: $450 + tax", [("infusion", 450.0)], (450.0, 450.0)),
    ("$450–$550 per infusion, depending on your dose", [("infusion", 450.0)], (450.0, 550.0)),
    ("Price per infusion: 450 USD", [("infusion", 450.0)], (450.0, 450.0)),
    ("Ketamine infusion — $450.00", [("infusion", 450.0)], (450.0, 450.0)),
    ("Ketamine Infusion — $475\nA 40-minute infusion in a private room, monitored by a nurse anesthetist.",
     [("infusion", 475.0)], (475.0, 475.0)),
    ("Our fee for a standard 40-minute infusion is $465, and we never add facility charges.",
     [("infusion", 465.0)], (465.0, 465.0)),
    ("New patients pay $299 for a first infusion, then $450 per infusion.",
     [("intro", 299.0), ("infusion", 450.0)], (450.0, 450.0)),
    ("Veterans receive 15% off our $500 infusion price.", [("infusion", 500.0)], (500.0, 500.0)),
    ("Infusions are $450 each when you prepay a package of six, or $500 individually.",
     [("infusion", 450.0), ("infusion", 500.0)], (450.0, 500.0)),
    ("What does treatment cost? One infusion: $485. Six infusions: $2,760.",
     [("infusion", 485.0, 485.0, None), ("series", 2760.0, 460.0, None)], (460.0, 485.0)),
    ("Investment: $2,400 for the six-infusion induction, boosters $395.",
     [("series", 2400.0, 400.0, None), ("booster", 395.0, 395.0, None)], (400.0, 400.0)),
    ("IV ketamine is $510 per treatment, with the same price for every condition we treat.",
     [("infusion", 510.0)], (510.0, 510.0)),
    ("Consultations are free; each treatment is $450.", [("infusion", 450.0)], (450.0, 450.0)),
    ("We also offer Spravato, and ketamine treatments here are $460.", [("infusion", 460.0)], (460.0, 460.0)),
    ("A $100 deposit holds your place and is applied toward your six-infusion series.",
     [("other_charge", 100.0)], NONE),
    ("Questions about price?\nEach ketamine infusion is $485, paid at the visit.", [("infusion", 485.0)],
     (485.0, 485.0)),
    # A number with no currency marker is not read: codes, counts and phone numbers look the same.
    ("IV ketamine: 475 per session", [], NONE),
    # No price at all, or not the infusion's.
    ("Save $500 when you book the full series.", [("discount", 500.0)], NONE),
    ("Financing through CareCredit: infusions from $42/month.", [("financing", 42.0)], NONE),
    ("Ketamine itself is inexpensive — a vial costs under $10 — what you pay for is monitoring.",
     [("unknown", 10.0)], NONE),
    ("Membership: $149/month includes one booster infusion.", [("membership", 149.0)], NONE),
    ("Our team donated $5,000 worth of free infusions to veterans last year.", [("unknown", 5000.0)], NONE),
    ("Each treatment suite holds $20,000 of monitoring equipment.", [("unknown", 20000.0)], NONE),
]

# --- A second round, written after the first round's fixes and measured before any further change ------------------

SECOND_ROUND = [
    # Someone else's price.
    ("Ketamine infusion pricing in Texas runs from about $400 in smaller towns to $900 in Dallas.",
     [("market_reference", 400.0), ("market_reference", 900.0)], NONE),
    ("When we opened, the closest provider was charging patients $1,100 per visit.",
     [(("market_reference", "third_party"), 1100.0)], NONE),
    ("Prices quoted online ($395–$1,500) rarely include the consultation.", [("market_reference", 395.0)], NONE),
    ("Patients traveling from out of state told us they had paid $800 elsewhere.",
     [(("market_reference", "third_party"), 800.0)], NONE),
    ("According to a national directory, an IV ketamine session averages $600.",
     [(("market_reference", "third_party"), 600.0)], NONE),
    ("We are often asked why some clinics advertise $299 infusions.", [("market_reference", 299.0)], NONE),
    ("A magazine article from 2023 put the cost at $450 to $800 per infusion.",
     [(("market_reference", "third_party"), 450.0)], NONE),
    # Charges.
    ("We keep a card on file; no-call no-shows are billed $200.", [("other_charge", 200.0)], NONE),
    ("Ending a prepaid package early incurs a $150 administrative fee.", [("other_charge", 150.0)], NONE),
    ("Urine drug screen on arrival: $25", [(("other_charge", "unknown"), 25.0)], NONE),
    ("Late arrivals over 20 minutes forfeit the appointment and the $450 infusion fee.",
     [("other_charge", 450.0)], NONE),
    ("Appointments moved within 48 hours of the start time cost $100.",
     [(("other_charge", "unknown"), 100.0)], NONE),
    # Other services.
    ("Esketamine nasal spray treatment (self-pay): $850 per session", [("spravato", 850.0)], NONE),
    ("Our Spravato program is covered by most commercial insurance; ketamine infusions are self-pay at $450.",
     [("infusion", 450.0)], (450.0, 450.0)),
    ("Stellate ganglion blocks are $1,500; ketamine infusions start at $475.",
     [("other_service", 1500.0), ("infusion", 475.0)], (475.0, None)),
    ("IV NAD+ therapy for addiction: from $500 per session", [("other_service", 500.0)], NONE),
    ("Brainspotting and EMDR intensives: $250 per hour", [("other_service", 250.0)], NONE),
    ("Virtual psychiatric intake before your first infusion: $300", [("consultation", 300.0)], NONE),
    ("IV ketamine with a Myers' add-on: $575", [(("other_service", "infusion"), 575.0)], REVIEW),
    # Insurance and billing.
    ("Some PPO plans have reimbursed our patients up to $350 per infusion.", [("insurance", 350.0)], NONE),
    ("Our cash price is $480; we can give you codes 96365 and J3490 for your own claim.",
     [("infusion", 480.0)], (480.0, 480.0)),
    ("Billed charges: $1,200 per infusion (insurance); cash pay: $500",
     [("insurance", 1200.0), ("infusion", 500.0)], (500.0, 500.0)),
    ("The Medicare allowable for 96365 is roughly $75.", [("insurance", 75.0)], NONE),
    # Tables and lists.
    ("Service\tFee\nKetamine infusion (mood)\t$450\nKetamine infusion (pain, 4 hr)\t$1,150\nBooster\t$425\n"
     "No-show\t$225",
     [("infusion", 450.0), ("pain_infusion", 1150.0), ("booster", 425.0), ("other_charge", 225.0)], (450.0, 450.0)),
    ("Infusions | 1 | 3 | 6\nPrice | $500 | $1,425 | $2,700",
     [("infusion", 500.0, 500.0, None), ("series", 1425.0, 475.0, None), ("series", 2700.0, 450.0, None)],
     (450.0, 500.0)),
    ("Ketamine\nSingle infusion ........ $495\nSix infusions ........ $2,700",
     [("infusion", 495.0, 495.0, None), ("series", 2700.0, 450.0, None)], (450.0, 495.0)),
    ("Our rates\nKetamine infusion: $450\nAdd NAD+: $150\nAdd hydration: $50",
     [("infusion", 450.0), ("other_service", 150.0), (ANY_OTHER, 50.0)], (450.0, 450.0)),
    # Paired counts and totals.
    ("Induction: 6 infusions / $2,640. Maintenance: 3 infusions / $1,260.",
     [("series", 2640.0, 440.0, None), ("booster", 1260.0, 420.0, None)], (440.0, 440.0)),
    ("Choose 4 infusions for $1,880 or 8 infusions for $3,600.",
     [("series", 1880.0, 470.0, None), ("series", 3600.0, 450.0, None)], (450.0, 470.0)),
    ("Pain protocol (5 consecutive days, 4 hours daily): $5,250", [("pain_infusion", 5250.0)], NONE),
    ("Series pricing: 3 for $1,350, 6 for $2,580",
     [("series", 1350.0, 450.0, None), ("series", 2580.0, 430.0, None)], (430.0, 450.0)),
    # Routes.
    ("In-office IM ketamine: $300. IV infusion: $450.", [("session", 300.0), ("infusion", 450.0)], (450.0, 450.0)),
    ("Our at-home program ships ketamine tablets monthly for $199.",
     [(("session", "financing"), 199.0)], NONE),
    ("Guided ketamine sessions (intramuscular), 2 hours, $400", [("session", 400.0)], NONE),
    ("Ketamine lozenges with a therapist present: $350 per journey", [("session", 350.0)], NONE),
    ("IV ketamine sessions cost $475; sublingual sessions at home are $150.",
     [("infusion", 475.0), ("session", 150.0)], (475.0, 475.0)),
    # The clinic's own price.
    ("Per-infusion cost: $465 (45 minutes, nurse-monitored)", [("infusion", 465.0)], (465.0, 465.0)),
    ("One price, no surprises: $475 covers the infusion, monitoring and recovery.",
     [("infusion", 475.0)], (475.0, 475.0)),
    ("Infusions: $425 for veterans and first responders, $475 for everyone else.",
     [("infusion", 425.0), ("infusion", 475.0)], (425.0, 475.0)),
    ("The price of a single IV ketamine infusion at our clinic is US$520.", [("infusion", 520.0)], (520.0, 520.0)),
    ("Infusion (mood disorders) ........ 495.00 USD", [("infusion", 495.0)], (495.0, 495.0)),
    ("Pay as you go: $490 per infusion, or prepay six for $2,640.",
     [("infusion", 490.0, 490.0, None), ("series", 2640.0, 440.0, None)], (440.0, 490.0)),
]

# --- Guards: the clinic's own price beside the words the hold-out's fixes look for ---------------------------------

GUARDS = [
    ("Pay the $450 infusion fee at check-in; cancellations need 24 hours' notice.", [("infusion", 450.0)],
     (450.0, 450.0)),
    ("We see patients from many states. Infusions: $450", [("infusion", 450.0)], (450.0, 450.0)),
    ("Your local clinic for ketamine infusions: $450 each", [("infusion", 450.0)], (450.0, 450.0)),
    ("Each infusion is $450 and includes a progress report.", [("infusion", 450.0)], (450.0, 450.0)),
    ("You will pay $450 per infusion and get back to your day within hours.", [("infusion", 450.0)], (450.0, 450.0)),
    ("Ready to feel better?\nKetamine infusion $450", [("infusion", 450.0)], (450.0, 450.0)),
    ("Our Austin and Round Rock clinics charge $465 per infusion.", [("infusion", 465.0)], (465.0, 465.0)),
    ("The $475 fee includes the infusion, monitoring and recovery.", [("infusion", 475.0)], (475.0, 475.0)),
    ("Book a free consultation; each ketamine session is $455.", [("infusion", 455.0)], (455.0, 455.0)),
]

TEXT_CASES = {
    "someone_elses": SOMEONE_ELSES, "charges": CHARGES, "other_services": OTHER_SERVICES, "billing": BILLING,
    "tables": TABLES, "paired": PAIRED, "routes": ROUTES, "own_prices": OWN_PRICES, "second_round": SECOND_ROUND,
    "guards": GUARDS,
}


# --- Whole pages ----------------------------------------------------------------------------------------------------

PAGES = [
    ("/pricing", "Pricing | Clinic",
     "<h2>Ketamine infusion</h2><p class='price'><span class='cur'>$</span><span class='num'>450</span></p>"
     "<p>per infusion, 40 minutes</p>",
     [("infusion", 450.0)], (450.0, 450.0)),
    ("/services", "Services | Clinic",
     "<p>IV Ketamine <strong>$</strong><strong>495</strong> <small>per infusion</small></p>",
     [("infusion", 495.0)], (495.0, 495.0)),
    ("/pricing", "Pricing | Clinic",
     "<dl><dt>IV ketamine infusion</dt><dd>$495</dd><dt>Cancellation within 24 hours</dt><dd>$100</dd></dl>",
     [("infusion", 495.0), ("other_charge", 100.0)], (495.0, 495.0)),
    ("/pricing", "Pricing | Clinic",
     "<div class='card'><h3>Single Infusion</h3><p class='price'>$475</p></div>"
     "<div class='card'><h3>Six-Pack</h3><p class='price'>$2,550</p><p>Save $300</p></div>",
     [("infusion", 475.0, 475.0, None), ("series", 2550.0, 425.0, None), ("discount", 300.0, None, None)],
     (425.0, 475.0)),
    ("/about/press-coverage", "Press coverage | Clinic",
     "<h1>Press coverage</h1><p>“Prices around town run from $500 to $1,200 an infusion,” Dr. Moss told the "
     "Herald. "
     "A patient interviewed for the story paid $650 per infusion at another clinic.</p>",
     [("third_party", 500.0), ("third_party", 650.0)], NONE),
    ("/faq", "FAQ | Clinic",
     "<h3>Is there a deposit?</h3><p>Yes, $100, applied to your first infusion.</p>"
     "<h3>How much is an infusion?</h3><p>$450.</p>",
     [("other_charge", 100.0), ("infusion", 450.0)], (450.0, 450.0)),
    ("/services", "Services | Clinic",
     "<table><tr><th>Service</th><th>Price</th></tr><tr><td>Ketamine (IV)</td><td>$450</td></tr>"
     "<tr><td>Ketamine (IM)</td><td>$300</td></tr><tr><td>Spravato</td><td>Billed to insurance</td></tr></table>",
     [("infusion", 450.0), ("session", 300.0)], (450.0, 450.0)),
    ("/", "Home | Clinic",
     "<h2>Ketamine Infusions $450</h2><p>Each session lasts about 45 minutes in a private suite.</p>",
     [("infusion", 450.0)], (450.0, 450.0)),
    ("/resources/how-much-does-ketamine-therapy-cost", "How much does ketamine therapy cost? | Clinic",
     "<h1>How much does ketamine therapy cost?</h1><p>Across the country, most patients pay $400 to $800 for a single "
     "infusion, and a first series often totals $2,400 to $4,800.</p><p>Prices depend on the city, the length of "
     "the infusion and who is monitoring it.</p>",
     [("market_reference", 400.0), ("market_reference", 2400.0)], NONE),
    ("/pricing", "Pricing | Clinic",
     "<ul><li>Ketamine infusion (depression, anxiety, PTSD) — $465</li><li>Late cancellation — $150</li>"
     "<li>IV vitamin add-on — $45</li><li>ECG, if needed — $40</li></ul>",
     [("infusion", 465.0), ("other_charge", 150.0), (ANY_OTHER, 45.0), ("other_charge", 40.0)], (465.0, 465.0)),
]


SECOND_ROUND_PAGES = [
    ("/our-pricing", "Our pricing | Clinic",
     "<table><thead><tr><th>Treatment</th><th>Cost</th></tr></thead><tbody>"
     "<tr><td>IV ketamine, single infusion</td><td>$470</td></tr><tr><td>Series of six</td><td>$2,640</td></tr>"
     "<tr><td>Late cancellation</td><td>$100</td></tr></tbody></table>",
     [("infusion", 470.0, 470.0, None), ("series", 2640.0, 440.0, None), ("other_charge", 100.0, None, None)],
     (440.0, 470.0)),
    ("/learn/what-does-ketamine-cost", "What does ketamine cost? | Clinic",
     "<h1>What does ketamine cost?</h1><p>By Maria Chen, PMHNP</p><p>Most clinics charge $400 to $800 per infusion. "
     "Here, each infusion is $450.</p>",
     [("market_reference", 400.0), ("market_reference", 450.0)], NONE),
    ("/services/iv-therapy", "IV therapy | Clinic",
     "<ul><li>Ketamine (IV), 45 min — $450</li><li>NAD+ 500 mg — $500</li><li>Immunity drip — $175</li>"
     "<li>Spravato — ask about insurance</li></ul>",
     [("infusion", 450.0), ("other_service", 500.0), ("other_service", 175.0)], (450.0, 450.0)),
    ("/news/second-office-opens", "We opened a second office | Clinic",
     "<p>The new office charges $450 per infusion, said founder Jane Doe.</p>", [("third_party", 450.0)], NONE),
    ("/pricing", "Pricing | Clinic", "<h3>Ketamine infusion</h3><p><sup>$</sup>450<sub>/infusion</sub></p>",
     [("infusion", 450.0)], (450.0, 450.0)),
    ("/faq", "FAQ | Clinic",
     "<h3>Do you take insurance?</h3><p>No. Infusions are $475 and we provide a superbill.</p>",
     [("infusion", 475.0)], (475.0, 475.0)),
    ("/pricing", "Pricing | Clinic",
     "<dl><dt>Cancellation fee</dt><dd>$150</dd><dt>Infusion</dt><dd>$460</dd><dt>Package of 6</dt>"
     "<dd>$2,520</dd></dl>",
     [("other_charge", 150.0, None, None), ("infusion", 460.0, 460.0, None), ("series", 2520.0, 420.0, None)],
     (420.0, 460.0)),
]
PAGES += SECOND_ROUND_PAGES
