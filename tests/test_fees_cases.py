"""The seven ways a page's dollar amount is not the clinic's own infusion fee, one table of statements each.

Every statement is written for these tests in the phrasing clinic sites, cost guides and news pages use; none is
copied from a real page. An expectation lists, in page order, (kind, amount) or (kind, amount, per-infusion
minimum, per-infusion maximum) for each amount of the text.
"""

import pytest

from spiders.extract.fees import KINDS, classify, standard_fee


def read(text):
    return [(m.kind, m.amount, m.per_infusion_min, m.per_infusion_max) for m in classify(text)]


def check(text, expected):
    got = read(text)
    if all(len(e) == 2 for e in expected):
        got = [(kind, amount) for kind, amount, _, _ in got]
    else:
        expected = [e if len(e) == 4 else (*e, None, None)[:4] for e in expected]
    assert got == expected, text


def cases(table):
    return pytest.mark.parametrize("text, expected", table, ids=[text[:60] for text, _ in table])


# --- 1. Someone else's price: market figures, cost guides, quotes --------------------------------------------------

SOMEONE_ELSES = [
    ("Nationwide, a single ketamine infusion tends to cost anywhere from $400 to $2,000.",
     [("market_reference", 400.0)]),
    ("Most clinics charge between $500 and $800 for each infusion.", [("market_reference", 500.0)]),
    ("The average price of one IV ketamine session in the U.S. is about $600.", [("market_reference", 600.0)]),
    ("Across the country, a six-infusion induction series typically runs $2,400 to $4,800.",
     [("market_reference", 2400.0)]),
    ("Prices vary widely from clinic to clinic, from roughly $350 to more than $1,000 per session.",
     [("market_reference", 350.0), ("market_reference", 1000.0)]),
    ("Depending on where you live, an infusion can cost $450 or as much as $1,500.",
     [("market_reference", 450.0), ("market_reference", 1500.0)]),
    ("Some providers ask $1,200 or more for a single infusion.", [("market_reference", 1200.0)]),
    ("You can expect to pay $300 to $800 per infusion at most ketamine centers.", [("market_reference", 300.0)]),
    ("Industry surveys put the typical infusion at around $550.", [("market_reference", 550.0)]),
    ("Ketamine infusions generally range from $400 to $700 per treatment.", [("market_reference", 400.0)]),
    ("In larger cities, infusions may run $900 or more.", [("market_reference", 900.0)]),
    ("Elsewhere in the state, patients say they paid $750 per infusion.", [("market_reference", 750.0)]),
    ("Many clinics bundle six infusions for $3,000 to $4,000.", [("market_reference", 3000.0)]),
    ("While the national average hovers around $650, our infusions are $475.",
     [("market_reference", 650.0), ("infusion", 475.0)]),
    ("Our price of $425 per infusion is well below what most clinics charge ($600 to $900).",
     [("infusion", 425.0), ("market_reference", 600.0)]),
    ("Other practices in the area charge up to $1,100; we charge $500 per infusion.",
     [("market_reference", 1100.0), ("infusion", 500.0)]),
    ("According to a 2024 survey, patients paid a median of $520 per infusion.", [("market_reference", 520.0)]),
    ("“We charge $395 a session,” said Dr. Alvarez, who runs a clinic in Tucson.", [("third_party", 395.0)]),
    ("One clinic in Boston lists its infusions at $1,350.", [("third_party", 1350.0)]),
    ("A psychiatrist quoted in the article said her patients pay $800 per infusion.", [("third_party", 800.0)]),
    ("The Denver Post reported that a local practice raised its infusion price to $700.", [("third_party", 700.0)]),
    ("The drug for one infusion typically costs a clinic less than $15.", [("market_reference", 15.0)]),
    ("In a study at a university hospital, a course of six infusions was estimated at $3,600.",
     [("market_reference", 3600.0)]),
    ("Cost guides list ketamine infusions at $400 to $800 each.", [("market_reference", 400.0)]),
    ("Typical market rates for booster infusions run $350 to $600.", [("market_reference", 350.0)]),
    ("Out-of-pocket costs across the United States usually fall between $2,400 and $4,800 for an initial series.",
     [("market_reference", 2400.0)]),
    ("Nationally, single sessions sell for $400–$800, and packages for more.", [("market_reference", 400.0)]),
    ("Compared with the $700 many clinics charge, our $450 infusion is a relief.",
     [("market_reference", 700.0), ("infusion", 450.0)]),
    ("A competitor down the road charges $900 per infusion.", [("market_reference", 900.0)]),
    ("At some luxury centers, a private-suite infusion can top $2,000.", [("market_reference", 2000.0)]),
    ("Researchers found that patients spent $2,900 on average for a first series.", [("market_reference", 2900.0)]),
    ("Another provider we spoke with charges $1,000 for each infusion.", [("third_party", 1000.0)]),
    ("Ketamine infusions in the US often cost $500 to $1,000 apiece.", [("market_reference", 500.0)]),
]


@cases(SOMEONE_ELSES)
def test_someone_elses_price_is_a_reference(text, expected):
    check(text, expected)


# --- 2. Charges that are not a treatment price -------------------------------------------------------------------

CHARGES = [
    ("Cancellations made less than 24 hours ahead are charged $100.", [("other_charge", 100.0)]),
    ("No-show fee: $150", [("other_charge", 150.0)]),
    ("A late cancellation forfeits your $200 deposit.", [("other_charge", 200.0)]),
    ("A non-refundable $75 booking fee secures your appointment.", [("other_charge", 75.0)]),
    ("We ask for a $250 deposit to reserve your first infusion; it is credited toward the cost.",
     [("other_charge", 250.0)]),
    ("Ketamine infusion: $525. A $100 deposit holds your chair.", [("infusion", 525.0), ("other_charge", 100.0)]),
    ("Missed appointments are billed at the full $450 infusion rate.", [("other_charge", 450.0)]),
    ("Arriving more than 20 minutes late may incur a $50 late fee.", [("other_charge", 50.0)]),
    ("Pre-infusion lab work, if your doctor has not sent recent results, is $85.", [("other_charge", 85.0)]),
    ("An ECG before your first treatment costs $60.", [("other_charge", 60.0)]),
    ("Blood work panel: $120", [("other_charge", 120.0)]),
    ("Administrative fee for records requests: $25", [("other_charge", 25.0)]),
    ("Gift certificates start at $100 and can be used toward any infusion.", [("other_charge", 100.0)]),
    ("Give the gift of calm: $500 gift cards for family and friends.", [("other_charge", 500.0)]),
    ("A $35 card processing fee applies to payments made by phone.", [("other_charge", 35.0)]),
    ("Our concierge fee of $300 covers a private driver to and from each visit.", [("other_charge", 300.0)]),
    ("Rescheduling with under 48 hours' notice costs $95.", [("other_charge", 95.0)]),
    ("Each infusion is $480; cancel within 48 hours and you will be charged $240.",
     [("infusion", 480.0), ("other_charge", 240.0)]),
    ("Infusions: $450 per session | Deposit: $150 | Late cancellation: $200",
     [("infusion", 450.0), ("other_charge", 150.0), ("other_charge", 200.0)]),
    ("Refunds of unused package infusions are issued minus a $50 administrative fee.", [("other_charge", 50.0)]),
    ("A facility fee of $125 is added to each pain infusion.", [("other_charge", 125.0)]),
    ("If you cancel a prepaid series, we keep a $300 cancellation fee.", [("other_charge", 300.0)]),
    ("Booking requires a $50 non-refundable deposit, applied to your $495 infusion.",
     [("other_charge", 50.0), ("infusion", 495.0)]),
    ("Travel fee for in-home infusions within 20 miles: $150", [("other_charge", 150.0)]),
    ("A $100 retainer is required before your intake.", [("other_charge", 100.0)]),
    ("Our infusion suites were renovated with a $40,000 grant from a local foundation.", [("unknown", 40000.0)]),
    ("Last spring our patients and staff raised $6,200 for suicide prevention.", [("unknown", 6200.0)]),
]


@cases(CHARGES)
def test_charges_are_not_a_treatment_price(text, expected):
    check(text, expected)


# --- 3. Other services in an infusion context --------------------------------------------------------------------

OTHER_SERVICES = [
    ("NAD+ infusions start at $495 for a 500 mg drip.", [("other_service", 495.0)]),
    ("Our IV hydration infusions are $175.", [("other_service", 175.0)]),
    ("Myers' Cocktail vitamin infusion: $150", [("other_service", 150.0)]),
    ("Nitrous oxide sessions for anxiety are $150 each.", [("other_service", 150.0)]),
    ("TMS therapy is $300 per session without insurance.", [("other_service", 300.0)]),
    ("Psychiatric medication visits are $200.", [("consultation", 200.0)]),
    ("Integration therapy sessions with our counselor are $140.", [("other_service", 140.0)]),
    ("Weekly psychotherapy: $180 per 50-minute hour", [("other_service", 180.0)]),
    ("Spravato treatment visits cost $250 after insurance.", [("spravato", 250.0)]),
    ("Esketamine sessions are covered by most plans; without coverage they are $890.", [("spravato", 890.0)]),
    ("IV iron infusions: $400", [("other_service", 400.0)]),
    ("Glutathione push with any infusion: $50", [("other_service", 50.0)]),
    ("Vitamin B12 shot $25", [("other_service", 25.0)]),
    ("Stellate ganglion block for PTSD: $1,200", [("other_service", 1200.0)]),
    ("Hangover recovery drip $199", [("other_service", 199.0)]),
    ("Add an immune boost to your ketamine infusion for $45.", [("other_service", 45.0)]),
    ("Our infusion menu: ketamine $450, NAD+ $600, hydration $150.",
     [("infusion", 450.0), ("other_service", 600.0), ("other_service", 150.0)]),
    ("Intake session with our nurse practitioner: $200", [("consultation", 200.0)]),
    ("Preparation session before your first infusion: $150", [("consultation", 150.0)]),
    ("Lidocaine infusions for migraine are $350.", [("other_service", 350.0)]),
    ("Neurofeedback sessions run $120.", [("other_service", 120.0)]),
    ("Hyperbaric oxygen: $175 per dive", [("other_service", 175.0)]),
    ("Group integration circle, $40 a seat", [("other_service", 40.0)]),
    ("Ketamine infusions are $450 and TMS sessions are $275.", [("infusion", 450.0), ("other_service", 275.0)]),
    ("Each infusion visit includes an IV hydration bag; hydration on its own is $120.", [("other_service", 120.0)]),
    ("Psychiatric evaluation before ketamine: $400", [("consultation", 400.0)]),
    ("Laughing gas (nitrous) for needle anxiety adds $75 to any visit.", [("other_service", 75.0)]),
    ("Magnesium and vitamin C infusion, 45 minutes: $165", [("other_service", 165.0)]),
    ("Our weight loss program with semaglutide: $350 for the first visit", [("other_service", 350.0)]),
]


@cases(OTHER_SERVICES)
def test_other_services_are_not_the_infusion(text, expected):
    check(text, expected)


# --- 4. Insurance and billing ------------------------------------------------------------------------------------

BILLING = [
    ("CPT 96365 (first hour of IV infusion): $650", [("insurance", 650.0)]),
    ("We code infusions as 96365 and 96366 with a billed charge of $800.", [("insurance", 800.0)]),
    ("HCPCS J3490 (ketamine, per 10 mg) is listed at $35 on your superbill.", [("insurance", 35.0)]),
    ("Your superbill will show $750 per infusion; self-pay patients pay $450.",
     [("insurance", 750.0), ("infusion", 450.0)]),
    ("Many plans reimburse out-of-network infusions at around $300.", [("insurance", 300.0)]),
    ("After your deductible, patients owe a $40 copay.", [("insurance", 40.0)]),
    ("The allowed amount for an IV infusion code is often near $180.", [("insurance", 180.0)]),
    ("Medicare does not cover off-label ketamine; Spravato visits average a $25 copay.", [("spravato", 25.0)]),
    ("We file claims for your evaluation, which insurers usually pay at $150 to $250.", [("insurance", 150.0)]),
    ("In-network patients pay $0 to $50 per visit.", [("insurance", 0.0)]),
    ("Reimbursement checks of $200 to $400 per infusion are common.", [("insurance", 200.0)]),
    ("Billing code 90791 for the psychiatric evaluation is charged at $350.", [("insurance", 350.0)]),
    ("Explanation of benefits: billed $650, allowed $310, you owe $62.",
     [("insurance", 650.0), ("insurance", 310.0), ("insurance", 62.0)]),
    ("With out-of-network benefits, your net cost could drop to about $200 per infusion.", [("insurance", 200.0)]),
    ("Tricare members pay a $30 copay for Spravato.", [("spravato", 30.0)]),
    ("The out-of-network reimbursement for a 40-minute infusion was $220 last year.", [("insurance", 220.0)]),
    ("We submit claims for Spravato; the drug is billed at $590 per 56 mg dose.", [("spravato", 590.0)]),
    ("Insurance pays $0 toward IV ketamine for depression; the self-pay rate is $425.",
     [("insurance", 0.0), ("infusion", 425.0)]),
    ("Ask us for a superbill: clients have recovered $100 to $300 per session.", [("insurance", 100.0)]),
    ("CPT 99214 follow-up visits are charged at $180.", [("insurance", 180.0)]),
    ("Usual and customary rates for code 96365 sit around $400 in our region.", [("insurance", 400.0)]),
]


@cases(BILLING)
def test_insurance_and_billing_amounts(text, expected):
    check(text, expected)


# --- 5. Tables and lists: a row's label and a column's header say what its price is -------------------------------

TABLES = [
    ("Service | Mood protocol (45 min) | Pain protocol (4 hours)\nSingle infusion | $475 | $1,300\n"
     "Six-infusion series | $2,640 | $7,200\nBooster | $450 | $1,250\nConsultation | $200 | $200",
     [("infusion", 475.0, 475.0, None), ("pain_infusion", 1300.0, 1300.0, None), ("series", 2640.0, 440.0, None),
      ("pain_infusion", 7200.0, 1200.0, None), ("booster", 450.0, 450.0, None),
      ("pain_infusion", 1250.0, 1250.0, None), ("consultation", 200.0, None, None),
      ("consultation", 200.0, None, None)]),
    ("Treatment | Price\nKetamine infusion for depression | $450\nKetamine infusion for CRPS | $900\n"
     "Initial consultation | $200\nNAD+ infusion | $350",
     [("infusion", 450.0), ("pain_infusion", 900.0), ("consultation", 200.0), ("other_service", 350.0)]),
    ("Our prices\nKetamine infusion (mood): $475\nPain infusion (3 hours): $950\nConsultation: free\nBooster: $425",
     [("infusion", 475.0), ("pain_infusion", 950.0), ("booster", 425.0)]),
    ("Packages\n1 infusion — $500\n3 infusions — $1,400\n6 infusions — $2,700",
     [("infusion", 500.0, 500.0, None), ("series", 1400.0, 466.67, None), ("series", 2700.0, 450.0, None)]),
    ("Protocol | Infusions | Total\nDepression | 6 | $2,700\nChronic pain | 5 | $6,000",
     [("series", 2700.0, 450.0, None), ("pain_infusion", 6000.0, 1200.0, None)]),
    ("Single infusion | $495\nSeries of 6 | $2,700 ($450 each)\nMaintenance infusion | $425\n"
     "Intramuscular ketamine session | $300",
     [("infusion", 495.0, 495.0, None), ("series", 2700.0, 450.0, None), ("infusion", 450.0, 450.0, None),
      ("booster", 425.0, 425.0, None), ("session", 300.0, None, None)]),
    ("Ketamine Infusion Therapy\nDepression & anxiety: $450 per infusion\nPTSD: $450 per infusion\n"
     "Chronic pain (4 hours): $1,100 per infusion",
     [("infusion", 450.0), ("infusion", 450.0), ("pain_infusion", 1100.0)]),
    ("Menu | Price\nKetamine IV (mood) | $495\nKetamine IM session | $325\nSpravato (with insurance) | $35 copay\n"
     "Vitamin drip | $150",
     [("infusion", 495.0), ("session", 325.0), ("spravato", 35.0), ("other_service", 150.0)]),
    ("Treatment | Per infusion | Package of 6\nKetamine infusion | $475 | $2,550",
     [("infusion", 475.0, 475.0, None), ("series", 2550.0, 425.0, None)]),
    ("Pricing\nStandard infusion\n$450\nExtended pain infusion\n$1,150",
     [("infusion", 450.0), ("pain_infusion", 1150.0)]),
    ("Infusion type | Length | Price\nDepression, anxiety, PTSD | 40 minutes | $450\nFibromyalgia, CRPS | 4 hours | $1,200",
     [("infusion", 450.0), ("pain_infusion", 1200.0)]),
    ("Ketamine infusions\nSingle: $500\nFive: $2,250\nTen: $4,000",
     [("infusion", 500.0, 500.0, None), ("series", 2250.0, 450.0, None), ("series", 4000.0, 400.0, None)]),
    ("Ketamine for depression — 6 infusions — $2,850 total", [("series", 2850.0, 475.0, None)]),
    ("IV ketamine (per infusion) ......... $525\nIV ketamine (series of 6) ......... $2,850",
     [("infusion", 525.0, 525.0, None), ("series", 2850.0, 475.0, None)]),
    ("Booster infusions\nMood | $400\nPain | $900", [("booster", 400.0), ("pain_infusion", 900.0)]),
    ("Mood infusions: $450 • Pain infusions: $975", [("infusion", 450.0), ("pain_infusion", 975.0)]),
    ("What it costs\nInitial evaluation\t$250\nKetamine infusion\t$480\nSpravato session\tbilled to insurance",
     [("consultation", 250.0), ("infusion", 480.0)]),
    ("Pain protocols | 1 day | 3 days\nCRPS | $1,400 | $3,900",
     [("pain_infusion", 1400.0), ("pain_infusion", 3900.0)]),
]


@cases(TABLES)
def test_tables_and_lists_are_read_row_by_row(text, expected):
    check(text, expected)


# --- 6. Paired ranges ----------------------------------------------------------------------------------------------

PAIRED = [
    ("5–7 sessions: $2,600–$3,500 respectively", [("series", 2600.0, 500.0, 520.0)]),
    ("An initial series of 6 to 8 infusions costs $2,700 to $3,440, respectively.", [("series", 2700.0, 430.0, 450.0)]),
    ("Six or eight infusions: $2,880 or $3,680 respectively",
     [("series", 2880.0, 480.0, None), ("series", 3680.0, 460.0, None)]),
    ("Series of 4, 6 or 8 infusions: $1,900, $2,700 and $3,400 respectively.",
     [("series", 1900.0, 475.0, None), ("series", 2700.0, 450.0, None), ("series", 3400.0, 425.0, None)]),
    ("Induction (six infusions) and maintenance (three infusions) packages are $2,700 and $1,200, respectively.",
     [("series", 2700.0, 450.0, None), ("booster", 1200.0, 400.0, None)]),
    ("Depression and pain infusions are $475 and $1,150 respectively.",
     [("infusion", 475.0, 475.0, None), ("pain_infusion", 1150.0, 1150.0, None)]),
    ("We offer 3-, 6- and 9-infusion packages for $1,425, $2,700 and $3,825 respectively.",
     [("series", 1425.0, 475.0, None), ("series", 2700.0, 450.0, None), ("series", 3825.0, 425.0, None)]),
    ("Packages of five or ten infusions cost $2,250 and $4,300, respectively.",
     [("series", 2250.0, 450.0, None), ("series", 4300.0, 430.0, None)]),
    ("Six-infusion series: $2,400–$3,000 depending on dose", [("series", 2400.0, 400.0, 500.0)]),
    ("A series of 6–8 infusions is $3,200.", [("series", 3200.0, 400.0, 533.33)]),
    ("Loading series (4–6 infusions): $1,900–$2,700, respectively", [("series", 1900.0, 450.0, 475.0)]),
    ("3 infusions $1,350; 6 infusions $2,520; 9 infusions $3,645",
     [("series", 1350.0, 450.0, None), ("series", 2520.0, 420.0, None), ("series", 3645.0, 405.0, None)]),
    ("The full protocol runs between $2,500 and $3,300 for five to seven infusions.",
     [("series", 2500.0, 471.43, 500.0)]),
    ("Each of the 6 infusions in the series costs $450, so the total is $2,700.",
     [("infusion", 450.0, 450.0, None), ("series", 2700.0, 450.0, None)]),
    ("Six to eight treatments ($2,820–$3,600 respectively) make up the first phase.",
     [("series", 2820.0, 450.0, 470.0)]),
]


@cases(PAIRED)
def test_paired_counts_and_totals_divide_in_order(text, expected):
    check(text, expected)


def test_a_count_range_with_one_total_leaves_the_fee_in_doubt():
    [mention] = classify("A series of 6–8 infusions is $3,200.")
    assert (mention.count, mention.count_max, mention.confidence, mention.doubt) == (
        6, 8, "low", "count given as a range")
    assert standard_fee([mention]).confidence == "low"


def test_paired_ranges_are_not_in_doubt():
    [mention] = classify("5–7 sessions: $2,600–$3,500 respectively", page="pricing")
    assert (mention.count, mention.count_max, mention.confidence) == (5, 7, "high")


# --- 7. Routes: a session by another route is not an infusion ------------------------------------------------------

ROUTES = [
    ("Ketamine-assisted psychotherapy session with oral lozenges: $400", [("session", 400.0, "oral_sublingual")]),
    ("KAP with an intramuscular injection (2.5 hours): $550", [("session", 550.0, "im_injection")]),
    ("IM ketamine sessions are $350 each.", [("session", 350.0, "im_injection")]),
    ("Our at-home ketamine program is $249 for the first month.", [("session", 249.0, "at_home_telehealth")]),
    ("Sublingual ketamine troches, 10-dose pack: $120", [("session", 120.0, "oral_sublingual")]),
    ("Rapid-dissolve ketamine tablets with a guide on video: $199 per session", [("session", 199.0, "oral_sublingual")]),
    ("Telehealth ketamine treatment, including medication and two check-ins, is $300.",
     [("session", 300.0, "at_home_telehealth")]),
    ("In-office IM ketamine with integration: $425 per session", [("session", 425.0, "im_injection")]),
    ("Psychedelic-assisted therapy using ketamine lozenges costs $375 per dosing session.",
     [("session", 375.0, "oral_sublingual")]),
    ("Our KAP program (3 medicine sessions, 3 integration sessions) is $2,400.", [("session", 2400.0, "")]),
    ("Compounded ketamine nasal spray, monthly prescription: $180", [("session", 180.0, "intranasal_other")]),
    ("Ketamine injections for depression (IM), $325 a visit", [("session", 325.0, "im_injection")]),
    ("An IV infusion is $500; the same dose as an IM shot is $300.",
     [("infusion", 500.0, ""), ("session", 300.0, "im_injection")]),
    ("KAP sessions run $450 with lozenges and $525 with intramuscular dosing.",
     [("session", 450.0, "oral_sublingual"), ("session", 525.0, "im_injection")]),
    ("We do not offer IV infusions; ketamine-assisted therapy with troches is $350.",
     [("session", 350.0, "oral_sublingual")]),
    ("Spravato nasal spray sessions: $800 self-pay", [("spravato", 800.0, "")]),
    ("Home ketamine kit, shipped monthly, from $199", [("session", 199.0, "at_home_telehealth")]),
    ("Our KAP intake is $250 and each KAP dosing session is $450.",
     [("consultation", 250.0, ""), ("session", 450.0, "")]),
    ("IM ketamine for chronic pain: $600 per two-hour visit", [("session", 600.0, "im_injection")]),
    ("Oral ketamine between infusions: $90 per dose", [("session", 90.0, "oral_sublingual")]),
]


@pytest.mark.parametrize("text, expected", ROUTES, ids=[text[:60] for text, _ in ROUTES])
def test_sessions_by_another_route_keep_their_route(text, expected):
    assert [(m.kind, m.amount, m.route) for m in classify(text)] == expected
    assert standard_fee(classify(text)).fee_min in {e[1] for e in expected if e[0] == "infusion"} | {None}


# --- The clinic's own price, in the many ways clinics state it ----------------------------------------------------

OWN_PRICES = [
    ("Your investment: $495 per infusion", [("infusion", 495.0)]),
    ("Transparent pricing — each 45-minute infusion is $460, with no hidden fees.", [("infusion", 460.0)]),
    ("We keep it simple: $425 per ketamine infusion.", [("infusion", 425.0)]),
    ("Infusion pricing starts at $399 for mood disorders.", [("infusion", 399.0)]),
    ("Cash price per IV ketamine treatment: $550", [("infusion", 550.0)]),
    ("Six infusions, billed as one package: $2,580", [("series", 2580.0, 430.0, None)]),
    ("We offer IV ketamine at $450 per visit.", [("infusion", 450.0)]),
    ("Self-pay rate: $500 per infusion (we do not bill insurance).", [("infusion", 500.0)]),
    ("The first series of six infusions costs $2,850; boosters after that are $450.",
     [("series", 2850.0, 475.0, None), ("booster", 450.0, 450.0, None)]),
    ("All infusions are priced at $495, whatever the condition.", [("infusion", 495.0)]),
    ("Infusion therapy for depression — $425 per session, six sessions recommended.", [("infusion", 425.0)]),
    ("Ketamine infusions at our Austin clinic are $475.", [("infusion", 475.0)]),
    ("Many of our patients choose the six-infusion package at $2,700.", [("series", 2700.0, 450.0, None)]),
    ("Patients who finish the series have saved $3,000 on medications, many tell us.", [("discount", 3000.0)]),
    # Hedge words that are not about the price.
    ("Infusions typically last 40 minutes and cost $450.", [("infusion", 450.0)]),
    ("Patients usually need six infusions; each infusion is $450.", [("infusion", 450.0)]),
    ("Our average infusion takes 45 minutes; cost: $450", [("infusion", 450.0)]),
    ("Many patients feel better after two sessions, and each session here is $475.", [("infusion", 475.0)]),
]


@cases(OWN_PRICES)
def test_the_clinics_own_price_is_still_read(text, expected):
    check(text, expected)


def test_every_kind_is_a_known_kind_and_each_is_exercised():
    tables = SOMEONE_ELSES + CHARGES + OTHER_SERVICES + BILLING + TABLES + PAIRED + OWN_PRICES
    texts = [text for text, _ in tables] + [text for text, _ in ROUTES] + [
        "First infusion $299 for new patients!", "Save $300 when you prepay six infusions.",
        "Financing as low as $89/month with CareCredit.", "Membership: $99 per month",
    ]
    kinds = {m.kind for text in texts for m in classify(text)}
    assert kinds == set(KINDS)


def test_the_case_tables_hold_at_least_150_new_statements():
    tables = SOMEONE_ELSES + CHARGES + OTHER_SERVICES + BILLING + TABLES + PAIRED + ROUTES + OWN_PRICES
    assert len(tables) >= 150
