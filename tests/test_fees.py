"""Fee classification: every dollar amount of clinic page text read by its context, and the standard fee derived."""

import pytest

from spiders.extract.fees import FeeMention, StandardFee, call_for_pricing, classify, standard_fee


def fee(kind, amount, per_min=None, per_max=None, *, count=None, q="", amax=None):
    """One expected mention: (kind, amount, amount_max, count, per_infusion_min, per_infusion_max, qualifier)."""
    return (kind, amount, amax, count, per_min, per_max, q)


def summary(mentions: list[FeeMention]) -> list[tuple]:
    return [
        (m.kind, m.amount, m.amount_max, m.count, m.per_infusion_min, m.per_infusion_max, m.qualifier)
        for m in mentions
    ]


# ------------------------------------------------------------------------------------------------ classify

CLASSIFY_CASES = [
    # A per-infusion price, in many phrasings and notations.
    ("Each IV ketamine infusion is $450.", [fee("infusion", 450.0, 450.0)]),
    ("Ketamine infusion: $475", [fee("infusion", 475.0, 475.0)]),
    ("IV ketamine treatments cost $500 per session.", [fee("infusion", 500.0, 500.0)]),
    ("Our fee is $425 per infusion.", [fee("infusion", 425.0, 425.0)]),
    ("The cost of a single infusion for depression is $550.", [fee("infusion", 550.0, 550.0)]),
    ("Ketamine Infusion Therapy\t$450", [fee("infusion", 450.0, 450.0)]),
    ("Infusion | $395", [fee("infusion", 395.0, 395.0)]),
    ("IV Ketamine — $600/infusion", [fee("infusion", 600.0, 600.0)]),
    ("Ketamine infusions are USD 550 each.", [fee("infusion", 550.0, 550.0)]),
    ("Infusions: 650 dollars", [fee("infusion", 650.0, 650.0)]),
    ("A 40-minute ketamine infusion costs $1250.00.", [fee("infusion", 1250.0, 1250.0)]),
    ("Depression, anxiety & PTSD infusions: $525", [fee("infusion", 525.0, 525.0)]),
    ("Infusion price: $2k", [fee("infusion", 2000.0, 2000.0)]),
    ("Ketamine infusion — US$ 600", [fee("infusion", 600.0, 600.0)]),
    ("We offer IV ketamine ($450) and Spravato.", [fee("infusion", 450.0, 450.0)]),
    ("IV ketamine is $450 (not covered by insurance).", [fee("infusion", 450.0, 450.0)]),
    ("Insurance does not cover ketamine infusions, which cost $450 each.", [fee("infusion", 450.0, 450.0)]),
    ("Financing available through CareCredit. Infusions $450.",
     [fee("infusion", 450.0, 450.0)]),
    # Ranges, floors, ceilings and sliding scales.
    ("$400 to $650 per infusion", [fee("infusion", 400.0, 400.0, 650.0, q="range", amax=650.0)]),
    ("Infusions are $400-$650 depending on dosage.",
     [fee("infusion", 400.0, 400.0, 650.0, q="range", amax=650.0)]),
    ("Ketamine infusions range between $450 and $700.",
     [fee("infusion", 450.0, 450.0, 700.0, q="range", amax=700.0)]),
    ("Infusion pricing: $500–700", [fee("infusion", 500.0, 500.0, 700.0, q="range", amax=700.0)]),
    ("Infusions starting at $450.", [fee("infusion", 450.0, 450.0, q="from")]),
    ("Ketamine infusions from $399.", [fee("infusion", 399.0, 399.0, q="from")]),
    ("Prices start at $400 per infusion.", [fee("infusion", 400.0, 400.0, q="from")]),
    ("IV ketamine infusions as low as $350 each", [fee("infusion", 350.0, 350.0, q="from")]),
    ("Ketamine infusions $500+", [fee("infusion", 500.0, 500.0, q="from")]),
    ("We offer a sliding scale from $300 to $600 based on income.",
     [fee("infusion", 300.0, 300.0, 600.0, q="sliding", amax=600.0)]),
    ("Sliding-scale infusion fees from $250 for qualifying patients.",
     [fee("infusion", 250.0, 250.0, q="sliding")]),
    ("Infusions cost up to $800 depending on dose.", [fee("infusion", 800.0, None, 800.0, q="up_to")]),
    # Series and package totals, divided by their count.
    ("Six infusions for $2,700.", [fee("series", 2700.0, 450.0, count=6)]),
    ("Package of four: $5,600", [fee("series", 5600.0, 1400.0, count=4)]),
    ("A series of 6 infusions ($2,400) is recommended.", [fee("series", 2400.0, 400.0, count=6)]),
    ("6-infusion series $2,550", [fee("series", 2550.0, 425.0, count=6)]),
    ("Our initial series of six ketamine infusions costs $3,000.", [fee("series", 3000.0, 500.0, count=6)]),
    ("Three-infusion package: $1,350", [fee("series", 1350.0, 450.0, count=3)]),
    ("We recommend six infusions; the total cost is $2,700.", [fee("series", 2700.0, 450.0, count=6)]),
    ("Depression protocol: 6 infusions over 2-3 weeks, $3,000 total.", [fee("series", 3000.0, 500.0, count=6)]),
    ("Bundle of 12 infusions | $4,800", [fee("series", 4800.0, 400.0, count=12)]),
    ("Series package (six treatments): $2,400", [fee("series", 2400.0, 400.0, count=6)]),
    ("2,700 dollars for six infusions", [fee("series", 2700.0, 450.0, count=6)]),
    ("Six infusions for $2.7k", [fee("series", 2700.0, 450.0, count=6)]),
    ("Complete series (6 sessions) — $2,850", [fee("series", 2850.0, 475.0, count=6)]),
    ("Depression infusion series (6): $2,700", [fee("series", 2700.0, 450.0, count=6)]),
    ("Prices: $450/infusion; $2,400/6 infusions",
     [fee("infusion", 450.0, 450.0), fee("series", 2400.0, 400.0, count=6)]),
    ("Six infusions: $2,400 to $3,000", [fee("series", 2400.0, 400.0, 500.0, count=6, q="range", amax=3000.0)]),
    ("Our initial series is six infusions over two weeks. The package price is $2,550.",
     [fee("series", 2550.0, 425.0, count=6)]),
    ("Ask about our ketamine package: $2,700", [fee("series", 2700.0)]),
    # A per-infusion price beside a series total: both read, consistent, never multiplied.
    ("Six infusions: $2700 ($450 each)", [fee("series", 2700.0, 450.0, count=6), fee("infusion", 450.0, 450.0)]),
    ("$450 per infusion or $2,400 for the series of six",
     [fee("infusion", 450.0, 450.0), fee("series", 2400.0, 400.0, count=6)]),
    ("$2,400 for six infusions ($400 per infusion)",
     [fee("series", 2400.0, 400.0, count=6), fee("infusion", 400.0, 400.0)]),
    ("Single infusion $475 | Series of six $2,550",
     [fee("infusion", 475.0, 475.0), fee("series", 2550.0, 425.0, count=6)]),
    ("Ketamine infusions are $450, or six for $2,400.",
     [fee("infusion", 450.0, 450.0), fee("series", 2400.0, 400.0, count=6)]),
    ("A series of six infusions at $450 each.", [fee("infusion", 450.0, 450.0)]),
    ("A series of three infusions at $600 each.", [fee("infusion", 600.0, 600.0)]),
    ("We recommend two infusions a week, and each infusion is $450.", [fee("infusion", 450.0, 450.0)]),
    ("Our package of four infusions is priced at $700 per infusion.", [fee("infusion", 700.0, 700.0)]),
    ("We recommend six infusions, and each costs $450.", [fee("infusion", 450.0, 450.0)]),
    ("Our fee for each ketamine infusion is $495, and most patients complete a series of six.",
     [fee("infusion", 495.0, 495.0)]),
    ("Six infusions for $2,700 or $500 per infusion.",
     [fee("series", 2700.0, 450.0, count=6), fee("infusion", 500.0, 500.0)]),
    # Boosters.
    ("Booster infusions are $395.", [fee("booster", 395.0, 395.0)]),
    ("Maintenance infusions every 4-8 weeks: $425", [fee("booster", 425.0, 425.0)]),
    ("Boosters $350 each", [fee("booster", 350.0, 350.0)]),
    ("After your initial series, booster infusions are $400.", [fee("booster", 400.0, 400.0)]),
    ("Top-up infusion | $375", [fee("booster", 375.0, 375.0)]),
    ("Booster infusions are $395 and a single infusion is $475.",
     [fee("booster", 395.0, 395.0), fee("infusion", 475.0, 475.0)]),
    ("Infusions are $450. Boosters every 4-6 weeks are $400.",
     [fee("infusion", 450.0, 450.0), fee("booster", 400.0, 400.0)]),
    ("Booster package of three: $1,050", [fee("booster", 1050.0, 350.0, count=3)]),
    # Introductory offers.
    ("First infusion $299 for new patients!", [fee("intro", 299.0, 299.0)]),
    ("New patient special: $350 infusion", [fee("intro", 350.0, 350.0)]),
    ("Introductory offer: your first ketamine treatment is only $250.", [fee("intro", 250.0, 250.0)]),
    ("$99 first infusion special", [fee("intro", 99.0, 99.0)]),
    ("We charge $500 for the first infusion and $400 for each additional infusion.",
     [fee("intro", 500.0, 500.0), fee("infusion", 400.0, 400.0)]),
    ("A limited-time offer: your first infusion is just $299 (regularly $450).",
     [fee("intro", 299.0, 299.0), fee("infusion", 450.0, 450.0)]),
    # Chronic-pain infusions priced separately.
    ("4-hour pain infusions (CRPS, fibromyalgia) are $1,200", [fee("pain_infusion", 1200.0, 1200.0)]),
    ("Chronic pain infusions: $750 per session", [fee("pain_infusion", 750.0, 750.0)]),
    ("For chronic pain, infusions are $1,200.", [fee("pain_infusion", 1200.0, 1200.0)]),
    ("Migraine infusion protocol $900", [fee("pain_infusion", 900.0, 900.0)]),
    ("Pain infusions run $2.5K for a 4-hour session", [fee("pain_infusion", 2500.0, 2500.0)]),
    ("Ketamine infusions for depression are $450 and infusions for CRPS are $850.",
     [fee("infusion", 450.0, 450.0), fee("pain_infusion", 850.0, 850.0)]),
    ("Infusions for depression and chronic pain: $500", [fee("infusion", 500.0, 500.0)]),
    ("Two-day infusion for pain: $1,800 ($900 per day).",
     [fee("pain_infusion", 1800.0, 1800.0), fee("pain_infusion", 900.0, 900.0)]),
    # Consultations and assessments.
    ("Initial consultation $250", [fee("consultation", 250.0)]),
    ("Free consultation", []),
    ("Consultation fee of $200 applied to your first infusion.", [fee("consultation", 200.0)]),
    ("Psychiatric evaluation: $350", [fee("consultation", 350.0)]),
    ("Medical intake and assessment: $175.", [fee("consultation", 175.0)]),
    ("Psychiatric med management visits are $150; ketamine infusions are $450.",
     [fee("consultation", 150.0), fee("infusion", 450.0, 450.0)]),
    ("Ketamine Infusion: $450 | Booster: $395 | Consultation: $150",
     [fee("infusion", 450.0, 450.0), fee("booster", 395.0, 395.0), fee("consultation", 150.0)]),
    ("Initial consultation $250, infusions $475 each.",
     [fee("consultation", 250.0), fee("infusion", 475.0, 475.0)]),
    ("Initial evaluation: $300. Ketamine infusion: $500.",
     [fee("consultation", 300.0), fee("infusion", 500.0, 500.0)]),
    # Discounts and savings.
    ("Save $300 when you prepay six infusions.", [fee("discount", 300.0)]),
    ("Get $100 off your second infusion.", [fee("discount", 100.0)]),
    ("New patients: $100 off your first infusion", [fee("discount", 100.0)]),
    ("Save $500 on a six-infusion series ($2,200).",
     [fee("discount", 500.0), fee("series", 2200.0, 366.67, count=6)]),
    ("Veterans receive a $500 discount on the series.", [fee("discount", 500.0)]),
    ("The six-infusion package costs $2,700, a savings of $300.",
     [fee("series", 2700.0, 450.0, count=6), fee("discount", 300.0)]),
    # Financing and memberships.
    ("Financing as low as $89/month with CareCredit.", [fee("financing", 89.0, q="from")]),
    ("Payment plans from $150 per month.", [fee("financing", 150.0, q="from")]),
    ("Monthly payments of $120 through Advance Care Card", [fee("financing", 120.0)]),
    ("Our at-home ketamine program is $199 per month.", [fee("financing", 199.0)]),
    ("Membership: $99 per month", [fee("membership", 99.0)]),
    ("Annual membership $1,000, includes two booster infusions.", [fee("membership", 1000.0)]),
    ("Members pay $400 per infusion", [fee("membership", 400.0)]),
    # Insurance and reimbursement amounts.
    ("We have helped patients receive up to $1,000 in reimbursement.", [fee("insurance", 1000.0, q="up_to")]),
    ("With insurance, your cost may be as low as $150.", [fee("insurance", 150.0, q="from")]),
    ("Most patients pay a $40 copay for office visits.", [fee("insurance", 40.0)]),
    ("Out-of-network reimbursement averages $300 per infusion.", [fee("insurance", 300.0)]),
    # Spravato billing.
    ("Spravato sessions are billed to insurance; copays as low as $10.", [fee("spravato", 10.0, q="from")]),
    ("Spravato (esketamine) treatment: $900 per session without insurance", [fee("spravato", 900.0)]),
    ("Esketamine nasal spray sessions: $750", [fee("spravato", 750.0)]),
    # Services that are not ketamine infusions.
    ("NAD+ IV therapy: $350", [fee("other_service", 350.0)]),
    ("NAD+ IV therapy from $350. IV hydration $150.",
     [fee("other_service", 350.0, q="from"), fee("other_service", 150.0)]),
    ("Vitamin B12 injection $35", [fee("other_service", 35.0)]),
    ("TMS sessions are $300 each.", [fee("other_service", 300.0)]),
    ("The Stellate Ganglion Block (SGB) for PTSD is $1,500.", [fee("other_service", 1500.0)]),
    ("IM ketamine injections: $250", [fee("session", 250.0)]),
    ("Ketamine-assisted psychotherapy (KAP) sessions: $600", [fee("session", 600.0)]),
    ("Integration coaching $120 per hour", [fee("other_service", 120.0)]),
    ("Our IV infusions cost $550. We also offer IM ketamine injections for $250.",
     [fee("infusion", 550.0, 550.0), fee("session", 250.0)]),
    # Numbers that are not prices, and prices of nothing in particular.
    ("Price: $$$", []),
    ("Call (303) 555-0142 today", []),
    ("Serving Denver since 2015. 1420 Larimer St, Denver, CO 80202", []),
    ("Get 20% off your first booster", []),
    ("Over 1,200 infusions performed, rated 4.9 by 350 patients", []),
    ("Gift cards available in $50 and $100 amounts.", [fee("other_charge", 50.0), fee("other_charge", 100.0)]),
    ("The drug used in a typical infusion costs less than $10.", [fee("unknown", 10.0)]),
    ("Call for pricing.", []),
]


@pytest.mark.parametrize("text, expected", CLASSIFY_CASES, ids=[c[0][:60] for c in CLASSIFY_CASES])
def test_classify(text, expected):
    assert summary(classify(text)) == expected


HEADING_CASES = [
    ("Pricing\nSingle infusion ........ $475\nSeries of six ........ $2,550\nBooster ........ $395",
     [fee("infusion", 475.0, 475.0), fee("series", 2550.0, 425.0, count=6), fee("booster", 395.0, 395.0)]),
    ("Chronic Pain Infusions\nSingle infusion | $1,200\nSeries of three | $3,300",
     [fee("pain_infusion", 1200.0, 1200.0), fee("pain_infusion", 3300.0, 1100.0, count=3)]),
    ("Booster Infusions\n\n$395 each", [fee("booster", 395.0, 395.0)]),
    ("NAD+ Therapy\n500 mg drip | $350", [fee("other_service", 350.0)]),
    ("Ketamine Infusion Packages\n\nSix infusions\t$2,700\nTwelve infusions\t$5,100",
     [fee("series", 2700.0, 450.0, count=6), fee("series", 5100.0, 425.0, count=12)]),
    ("Service | Price\nKetamine infusion (mood) | $495\nIV vitamin therapy | $150\nConsultation | Free",
     [fee("infusion", 495.0, 495.0), fee("other_service", 150.0)]),
    ("Spravato\nOur team bills your insurance plan directly.\nKetamine infusion | $450",
     [fee("infusion", 450.0, 450.0)]),
    ("Depression Infusions\nPain patients are welcome too.\nSeries of six | $2,700",
     [fee("series", 2700.0, 450.0, count=6)]),
]


@pytest.mark.parametrize("text, expected", HEADING_CASES, ids=[c[0].split("\n")[0] for c in HEADING_CASES])
def test_classify_reads_headings_above_list_items(text, expected):
    assert summary(classify(text)) == expected


@pytest.mark.parametrize("word, count", [
    ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7), ("eight", 8), ("nine", 9),
    ("ten", 10), ("eleven", 11), ("twelve", 12), ("Six", 6), ("4", 4), ("10", 10),
])
def test_series_counts_in_words_and_digits(word, count):
    [mention] = classify(f"Package of {word} infusions: ${count * 500:,}")
    assert (mention.kind, mention.count, mention.per_infusion_min) == ("series", count, 500.0)


def test_one_infusion_is_not_a_series():
    assert summary(classify("One infusion: $450")) == [fee("infusion", 450.0, 450.0)]


def test_mentions_keep_evidence_and_url():
    text = "Welcome!\n  Each   IV ketamine\tinfusion is $450.  Boosters are $395.\nCall (303) 555-0142."
    mentions = classify(text, "https://clinic.example/pricing")
    # The tab makes the line a table row: each amount is shown with the row's label cell.
    assert [(m.evidence, m.url) for m in mentions] == [
        ("Each IV ketamine | infusion is $450.", "https://clinic.example/pricing"),
        ("Each IV ketamine | Boosters are $395.", "https://clinic.example/pricing"),
    ]
    assert mentions[0].as_dict() == {
        "kind": "infusion", "amount": 450.0, "amount_max": None, "count": None, "count_max": None,
        "per_infusion_min": 450.0, "per_infusion_max": None, "qualifier": "", "route": "", "confidence": "high",
        "doubt": "", "evidence": "Each IV ketamine | infusion is $450.", "url": "https://clinic.example/pricing",
    }


def test_long_sentences_are_cut_around_the_amount():
    filler = "Our caring team walks beside you through every step of treatment and recovery " * 6
    [mention] = classify(f"{filler}and each ketamine infusion is $450, {filler}")
    assert len(mention.evidence) <= 302
    assert "$450" in mention.evidence


def test_page_order_across_blocks():
    text = "Home | About | Pricing\n\nInitial consultation $250\n\nProse without prices.\n\nInfusions $450\n"
    assert [m.kind for m in classify(text)] == ["consultation", "infusion"]


def test_a_caller_may_pass_the_lower_cased_text():
    texts = [case[0] for case in CLASSIFY_CASES + HEADING_CASES] + [
        "Fees in USD: 450 USD", "Two Dollars: 2 dollars", "İnfusion $450"]
    for text in texts:
        assert classify(text, "u", text.lower()) == classify(text, "u")
        assert call_for_pricing(text, text.lower()) == call_for_pricing(text)


# ------------------------------------------------------------------------------------------------ standard fee

STANDARD_CASES = [
    ("Each infusion is $450.", (450.0, 450.0, "")),
    ("Infusions from $450.", (450.0, None, "from price only")),
    ("Infusions from $400. Infusions for PTSD from $500.", (400.0, 500.0, "")),
    ("Infusions from $450. Six infusions for $2,400.", (400.0, 450.0, "series price divided by 6")),
    ("$400 to $650 per infusion.", (400.0, 650.0, "low confidence: voice unclear")),   # whose range is it?
    ("Six infusions for $2,700.", (450.0, 450.0, "series price divided by 6")),
    ("$450 per infusion or $2,400 for the series of six.", (400.0, 450.0, "series price divided by 6")),
    ("Six infusions: $2700 ($450 each)", (450.0, 450.0, "series price divided by 6")),
    ("Booster infusions are $395.", (395.0, 395.0, "low confidence: booster price only")),
    ("Booster infusions are $395. Single infusions are $475.", (475.0, 475.0, "")),
    ("First infusion $299.", (None, None, "no published price; not counted: intro offer")),
    ("4-hour pain infusions are $1,200.", (None, None, "no published price; not counted: pain infusion")),
    ("First infusion $299. Pain infusions $1,200. Call for pricing.",
     (None, None, "call for pricing; not counted: intro offer, pain infusion")),
    ("Please call for pricing.", (None, None, "call for pricing")),
    ("Initial consultation $250. Save $100. Financing from $89/month. NAD+ drips $300.",
     (None, None, "no published price")),
    ("Sliding scale from $300 to $600 based on income.", (300.0, 600.0, "sliding scale")),
    ("Infusions up to $800.", (None, 800.0, "upper bound only")),
    ("4-hour pain infusions (CRPS, fibromyalgia) are $1,200. Infusions for depression are $475. "
     "Boosters $395. First infusion $299.", (475.0, 475.0, "")),
    ("Ketamine infusions $1,350 each.", (1350.0, 1350.0, "")),
]


@pytest.mark.parametrize("text, expected", STANDARD_CASES, ids=[c[0][:60] for c in STANDARD_CASES])
def test_standard_fee(text, expected):
    result = standard_fee(classify(text), call_for_pricing(text))
    assert (result.fee_min, result.fee_max, result.note) == expected
    known = result.fee_min is not None or result.fee_max is not None
    assert result.confidence == ("" if not known else "low" if "low confidence" in result.note else "high")


def test_standard_fee_evidence_comes_from_the_lowest_price_across_pages():
    mentions = [
        *classify("Single infusions are $495.", "https://clinic.example/"),
        *classify("Boosters $300.\nSix infusions for $2,550.", "https://clinic.example/pricing"),
    ]
    assert standard_fee(mentions) == StandardFee(
        425.0, 495.0, "Six infusions for $2,550.", "https://clinic.example/pricing", "series price divided by 6",
        "high",
    )


def test_standard_fee_of_nothing():
    assert standard_fee([]) == StandardFee(None, None, "", "", "no published price")


# ------------------------------------------------------------------------------------------------ confidence

@pytest.mark.parametrize("text, confidence, doubt", [
    ("Each IV ketamine infusion is $450.", "high", ""),
    ("Ketamine infusion: $475", "high", ""),
    ("Ketamine infusions cost $400 to $800.", "low", "voice unclear"),
    ("Our ketamine infusions cost $400 to $800.", "high", ""),
    ("Our infusion suites were renovated with a $40,000 upgrade last spring.", "low",
     "no pricing context; unusually high for one infusion"),
    ("A series of 6–8 infusions is $3,200.", "low", "count given as a range"),
    ("Private ketamine infusion: $4,500", "low", "unusually high for one infusion"),
])
def test_each_standard_price_says_how_far_it_can_be_trusted(text, confidence, doubt):
    [mention] = classify(text)
    assert (mention.confidence, mention.doubt) == (confidence, doubt)


def test_a_range_in_no_ones_voice_is_the_clinics_own_on_its_pricing_page():
    [mention] = classify("Ketamine infusions cost $400 to $800.", page="pricing")
    assert (mention.kind, mention.confidence) == ("infusion", "high")


@pytest.mark.parametrize("pages, expected", [
    # Two pages state different prices for the same thing, with nothing to tell which applies.
    ((("Each ketamine infusion is $450.", "https://c.example/pricing"),
      ("How much is an infusion? Each infusion costs $650.", "https://c.example/faq")),
     (450.0, 650.0, "low", "low confidence: conflicting prices")),
    # Different conditions, or a package against a single price, are told apart: no conflict.
    ((("Infusions for depression are $450.", "https://c.example/pricing"),
      ("Infusions for PTSD are $525.", "https://c.example/ptsd")),
     (450.0, 525.0, "high", "")),
    ((("A single infusion is $500.", "https://c.example/pricing"),
      ("A package of six infusions is $2,700.", "https://c.example/pricing")),
     (450.0, 500.0, "high", "series price divided by 6")),
    # A range that contains the other price is consistent with it.
    ((("Infusions are $400 to $650 depending on dose.", "https://c.example/"),
      ("Each infusion is $450.", "https://c.example/pricing")),
     (450.0, 450.0, "high", "")),
    # The same price twice is one price.
    ((("Each infusion is $450.", "https://c.example/"), ("Infusion: $450", "https://c.example/pricing")),
     (450.0, 450.0, "high", "")),
    # A doubted price that disagrees with a trusted one makes the fee doubtful.
    ((("Ketamine infusions cost $700 to $900.", "https://c.example/"),
      ("Each infusion is $450.", "https://c.example/pricing")),
     (450.0, 900.0, "low", "low confidence: conflicting prices")),
])
def test_standard_fee_confidence(pages, expected):
    mentions = [m for text, url in pages for m in classify(text, url)]
    fee = standard_fee(mentions)
    assert (fee.fee_min, fee.fee_max, fee.confidence, fee.note) == expected
