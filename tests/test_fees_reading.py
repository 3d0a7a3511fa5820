"""Reading page text for fees: dollar amounts and counts, sentences, "call for pricing", and hostile input."""

import pytest

from spiders.extract.amounts import count_range, find_amounts
from spiders.extract.fees import call_for_pricing, classify, parse_amount, standard_fee
from spiders.extract.fees.context import sentence_spans


# ------------------------------------------------------------------------------------------------ amounts

@pytest.mark.parametrize("text, expected", [
    ("$1,250", 1250.0),
    ("$1250.00", 1250.0),
    ("$1,250.50", 1250.5),
    ("USD 550", 550.0),
    ("US$ 600", 600.0),
    ("$2k", 2000.0),
    ("$2.5K", 2500.0),
    ("$ 450", 450.0),
    ("550 dollars", 550.0),
    ("2,700 dollars", 2700.0),
    ("350 USD", 350.0),
    ("$400-$650 per infusion", 400.0),
    ("between $400 and $650", 400.0),
    ("six infusions for $2,700", 2700.0),
    ("1,250", 1250.0),
    ("$$$", None),
    ("Call (303) 555-0142", None),
    ("Since 2015", None),
    ("20% off", None),
    ("", None),
])
def test_parse_amount(text, expected):
    assert parse_amount(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("$400 to $650", [(400.0, 650.0)]),
    ("$400-$650", [(400.0, 650.0)]),
    ("$400 - 650", [(400.0, 650.0)]),
    ("$500–700", [(500.0, 700.0)]),
    ("$2,400 to 3,000", [(2400.0, 3000.0)]),
    ("between $450 and $700", [(450.0, 700.0)]),
    ("$475 - 6 infusions $2,700", [(475.0, None), (2700.0, None)]),
    ("$2,700 - $450 each", [(2700.0, None), (450.0, None)]),
    ("$50 and $100", [(50.0, None), (100.0, None)]),
    ("$5 ketamine kits", [(5.0, None)]),
    ("$$ | 80202 | 1-800-555-0100 | 2023 | 15%", []),
])
def test_find_amounts_reads_ranges(text, expected):
    assert [(a.low, a.high) for a in find_amounts(text)] == expected


@pytest.mark.parametrize("words, expected", [
    ("six", (6, 6)), ("Six", (6, 6)), ("12", (12, 12)), ("5-7", (5, 7)), ("5–7", (5, 7)), ("six to eight", (6, 8)),
    ("6 or 8", (6, 8)), ("eight-6", (6, 8)),
])
def test_count_range(words, expected):
    assert count_range(words) == expected


@pytest.mark.parametrize("line, expected", [
    ("Dr. Smith sees you. Then we start.", [(0, "Dr. Smith sees you."), (20, "Then we start.")]),
    ("Wait... Then go.", [(0, "Wait... Then go.")]),
    ("Prices vary! Call us? Yes.", [(0, "Prices vary!"), (13, "Call us?"), (22, "Yes.")]),
    ('He said "Hi." Then left.', [(0, 'He said "Hi.'), (14, "Then left.")]),
    ("Fees: $5. $6 more.", [(0, "Fees: $5."), (10, "$6 more.")]),
    ("A.B and 1.5 stay.", [(0, "A.B and 1.5 stay.")]),
    ("End.\tNext one.", [(0, "End."), (5, "Next one.")]),
    ("Ste. 200 is upstairs. Park behind.", [(0, "Ste. 200 is upstairs."), (22, "Park behind.")]),
    ("One (see below). Two.", [(0, "One (see below)."), (17, "Two.")]),
    ("", [(0, "")]),
])
def test_sentence_spans(line, expected):
    assert sentence_spans(line) == expected


# ------------------------------------------------------------------------------------------------ call for pricing

@pytest.mark.parametrize("text, expected", [
    ("Call for pricing.", "Call for pricing."),
    ("Please call us for current pricing!", "Please call us for current pricing!"),
    ("Contact us for current pricing.", "Contact us for current pricing."),
    ("Pricing available upon request.", "Pricing available upon request."),
    ("Prices are available on request", "Prices are available on request"),
    ("Cost varies by insurance.", "Cost varies by insurance."),
    ("Pricing varies.", "Pricing varies."),
    ("Fees may vary based on your treatment plan.", "Fees may vary based on your treatment plan."),
    ("Email us to get a quote.", "Email us to get a quote."),
    ("Request a quote today.", "Request a quote today."),
    ("Inquire about pricing at the front desk.", "Inquire about pricing at the front desk."),
    ("Reach out to learn about our rates.", "Reach out to learn about our rates."),
    ("Infusions are life-changing.  Call   us for pricing on packages. We are open daily.",
     "Call us for pricing on packages."),
    ("Ketamine\nOur team\nPrice depends on coverage; it varies with your insurance plan.\nHours",
     "Price depends on coverage; it varies with your insurance plan."),
    ("Call us today to schedule your consultation.", None),
    ("Contact us", None),
    ("Our prices are transparent.", None),
    ("Results vary from patient to patient.", None),
    ("We accept most insurance plans.", None),
    ("Recall that the fee is due at booking.", None),
    ("", None),
])
def test_call_for_pricing(text, expected):
    assert call_for_pricing(text) == expected


# ------------------------------------------------------------------------------------------------ hostile input
# Each is read in a fraction of a second (bench/bench_extract.py measures it); a reader whose cost grows with the
# square of a line's length takes minutes, and the timeout stops it.

@pytest.mark.timeout(30)
def test_a_50_kb_line_full_of_amounts_and_cue_words_is_read_whole():
    words = ("Each ketamine infusion is $450, or six for $2,400 ($400 each) with a $100 deposit; most clinics charge "
             "$350 to $1,800 nationwide and we save you $300 ")
    line = (words * (50_000 // len(words) + 1))[:50_000]
    assert "\n" not in line and len(line) == 50_000
    fee = standard_fee(classify(line), call_for_pricing(line))
    assert (fee.fee_min, fee.fee_max) == (450.0, 450.0)   # not the market's $350 to $1,800
    assert 0 < len(classify(line)) <= 300


@pytest.mark.timeout(30)
def test_a_one_megabyte_page_is_read_whole():
    block = ("Pricing\nSingle infusion | $475\nSix infusions | $2,550\n"
             + "Ketamine is given slowly through an IV while nurses watch. Call us for pricing on packages. " * 40)
    page = "\n".join([block] * (1_000_000 // len(block) + 1))
    assert len(page) >= 1_000_000
    fee = standard_fee(classify(page), call_for_pricing(page))
    assert (fee.fee_min, fee.fee_max) == (425.0, 475.0)


@pytest.mark.timeout(30)
def test_a_page_of_pipes_and_dollar_signs_without_amounts():
    page = "\n".join(["| $ | $$ | dollar | USD |" * 200] * 200)
    assert classify(page) == []
