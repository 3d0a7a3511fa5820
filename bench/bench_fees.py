"""Median time of fee classification on a ~70 KB page of clinic text (target: classify ~1 ms, well under 5 ms),
and on hostile text: a 50 KB line full of amounts and cue words, a 1 MB page, 200 lines of pipes and dollar signs,
and a 20,000-row table of bare numbers under price headers (target: well under a second each).

    python -m bench.bench_fees [--repeat N]
"""

from __future__ import annotations

import argparse
import json

from bench.harness import median_seconds
from spiders.extract.fees import call_for_pricing, classify, read_offers, standard_fee
from spiders.extract.page import parse_html

PAGE_BYTES = 70_000

_HEADER = """Skip to content
Home | About | Conditions | Ketamine Infusions | Spravato | Pricing | FAQ | Blog | Contact
Call (720) 555-0131 | Book a free consultation
Summit Ketamine & Wellness
Relief when nothing else has worked
"""

# Prose of the kind clinic pages repeat in their about, condition and FAQ sections: mostly without amounts.
_PARAGRAPHS = (
    "Ketamine is an anesthetic that has been used safely in hospitals since 1970. At low doses, given slowly "
    "through an IV, it can relieve the symptoms of treatment-resistant depression within hours rather than weeks.",
    "Our team includes board-certified anesthesiologists and critical-care nurses who monitor your heart rate, "
    "blood pressure and oxygen levels for the whole infusion, which lasts about 40 to 55 minutes.",
    "Most patients begin with a series of six infusions over two to three weeks. Many notice a lift in mood after "
    "the second or third treatment, and we review your progress with you after every visit.",
    "We treat major depression, bipolar depression, postpartum depression, PTSD, anxiety, OCD and suicidal "
    "ideation, as well as chronic pain conditions such as CRPS, fibromyalgia, neuropathy and migraine.",
    "Please arrange for a friend or family member to drive you home. You should not drive, operate machinery or "
    "make important decisions for the rest of the day after an infusion.",
    "Ketamine blocks NMDA receptors and triggers the growth of new connections between nerve cells. Researchers at "
    "Yale first described its rapid antidepressant effect in 2000, and hundreds of studies have followed.",
    "Side effects are usually mild and short-lived: a floating or dreamlike feeling, blurred vision, nausea or a "
    "rise in blood pressure. They fade within an hour of the end of the infusion.",
    "Will my insurance cover ketamine? Most plans do not cover IV ketamine for depression because the use is off "
    "label. We provide a superbill you can submit for possible out-of-network reimbursement.",
    "Spravato (esketamine) nasal spray is FDA approved for treatment-resistant depression. We are a certified "
    "treatment center and bill Spravato sessions to your insurance plan.",
    "Our office is open Monday to Friday from 8 am to 6 pm and Saturday mornings. Parking is free in the garage "
    "behind the building, and the clinic is accessible by wheelchair.",
)

_PRICING = """Pricing
We believe in transparent pricing. There are no hidden fees.
Initial consultation\t$250
Single ketamine infusion (depression, anxiety, PTSD)\t$495
Series of six infusions\t$2,700 ($450 each)
Booster infusion\t$425
4-hour pain infusion (CRPS, fibromyalgia)\t$1,100
New patient special: your first infusion is $399.
Save $300 when you prepay the full series.
Financing available with CareCredit, as low as $89/month.
NAD+ IV therapy from $350. IV hydration $150.
Spravato sessions are billed to insurance; copays can be as low as $10.
We have helped patients recover up to $1,000 in out-of-network reimbursement.
"""

_FOOTER = """Summit Ketamine & Wellness
1420 Larimer Street, Suite 300, Denver, CO 80202
Phone (720) 555-0131 | Fax (720) 555-0132
Hours: Mon-Fri 8:00-6:00
© 2015-2026 Summit Ketamine & Wellness. All rights reserved. Privacy Policy | Terms
"""


def clinic_page_text(target: int = PAGE_BYTES) -> str:
    """A pricing page as html_text renders it: navigation, long prose, one pricing section, a footer."""
    body: list[str] = []
    size = len(_HEADER) + len(_PRICING) + len(_FOOTER)
    i = 0
    while size < target:
        paragraph = f"{_PARAGRAPHS[i % len(_PARAGRAPHS)]} (Section {i + 1}.)"
        body.append(paragraph)
        size += len(paragraph) + 2
        i += 1
    middle = len(body) // 2
    return "\n\n".join([_HEADER, *body[:middle], _PRICING, *body[middle:], _FOOTER])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=200)
    args = parser.parse_args()
    text = clinic_page_text()
    mentions = classify(text, "https://clinic.example/pricing")
    sentence = call_for_pricing(text)

    def whole() -> None:
        standard_fee(classify(text), call_for_pricing(text))

    print(f"page: {len(text.encode()):,} bytes, {len(mentions)} amounts classified")
    print(f"classify:          {1000 * median_seconds(lambda: classify(text), args.repeat):.3f} ms median of {args.repeat}")
    print(f"call_for_pricing:  {1000 * median_seconds(lambda: call_for_pricing(text), args.repeat):.3f} ms median")
    print(f"whole fee step:    {1000 * median_seconds(whole, args.repeat):.3f} ms median "
          "(classify + call_for_pricing + standard_fee)")
    fee = standard_fee(mentions, sentence)
    print(f"standard fee: {fee.fee_min}-{fee.fee_max} ({fee.note or 'plain price'}, confidence {fee.confidence})")
    pipes = "\n".join(["| $ | $$ | dollar | USD |" * 200] * 200)
    for label, hostile in (("50 KB line of amounts", hostile_line()), ("1 MB page", clinic_page_text(1_000_000)),
                           ("200 lines of pipes and dollar signs", pipes),
                           ("20,000 table rows of bare numbers under Price", price_table()),
                           ("20,000 dot-leader price lines", leader_list()),
                           ("50 KB line of dots ending in a number", "." * 50_000 + " 450")):
        seconds = median_seconds(lambda hostile=hostile: standard_fee(classify(hostile), call_for_pricing(hostile)),
                                 max(3, args.repeat // 40))
        print(f"{label}: {1000 * seconds:.1f} ms median (whole fee step)")
    graph = offer_graph()
    seconds = median_seconds(lambda: read_offers(graph), max(3, args.repeat // 40))
    print(f"JSON-LD graph of 10,000 offers: {1000 * seconds:.1f} ms median (read_offers)")


def leader_list(rows: int = 20_000) -> str:
    """A price list set with dot leaders and no "$": each line's number is an amount to read."""
    return "\n".join(f"Service {i} {'.' * (i % 40 + 3)} {100 + i}" for i in range(rows))


def offer_graph(offers: int = 10_000):
    """A page whose JSON-LD lists `offers` priced offers: read up to offers.MAX_NODES nodes."""
    data = {"@graph": [{"@type": "Offer", "itemOffered": {"name": f"Service {i}"}, "price": 100 + i,
                        "priceCurrency": "USD"} for i in range(offers)]}
    return parse_html(f"<html><head><script type='application/ld+json'>{json.dumps(data)}</script></head></html>")


def price_table(rows: int = 20_000) -> str:
    """A table whose columns are headed as prices, every cell a bare number: each one is an amount to read."""
    body = "\n".join(f"Widget {i} | {i + 10} | {2 * i + 10} | {3 * i + 10}" for i in range(rows))
    return f"Item | Price | Cost | Fee\n{body}"


def hostile_line(size: int = 50_000) -> str:
    """One line of `size` characters, dense with amounts, counts and cue words of every kind."""
    words = ("Each ketamine infusion is $450, or six for $2,400 ($400 each) with a $100 deposit; most clinics "
             "charge $350 to $1,800 nationwide, 5–7 sessions run $2,600–$3,500 respectively, and we save you $300 ")
    return (words * (size // len(words) + 1))[:size]


if __name__ == "__main__":
    main()
