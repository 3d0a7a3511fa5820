"""Sample sites built around the traps of reading a clinic's fee, each with pages of its own.

Every trap is one the real web sets: a clinic's blog post on what ketamine costs nationally beside its pricing page,
a press page quoting other clinics, a cost guide with no price of the clinic's own, a services menu of drips,
NAD+, nitrous oxide and TMS, a pricing table with mood and pain rows, a practice offering ketamine-assisted
psychotherapy by lozenge or injection only, deposit and cancellation fees beside the price, CPT codes with billed
amounts, a count range paired with a price range ("respectively"), and a site whose pages disagree on the price.
Names, streets, people, newspapers and phone numbers are invented; cities and ZIP codes are real.
"""

from __future__ import annotations

import json
from html import escape

from clinicdir.sample_web.catalog import Location, Site


def _one(name, street, city, state, zip_code, phone) -> tuple[Location, ...]:
    return (Location(name, street, city, state, zip_code, phone),)


def _ld(data: dict) -> str:
    text = json.dumps(data).replace("</", "<\\/")
    return f"<script type='application/ld+json'>{text}</script>"


def _paragraphs(texts) -> str:
    return "".join(f"<p>{escape(text)}</p>" for text in texts)


def _home(site: Site, page, *texts: str):
    """A home page in the clinic's own words, replacing the standard one (whose hero speaks of IV infusions)."""
    body = (f"<section class='hero'><h1>{escape(site.name)}</h1><p>{escape(site.services)}</p>{_paragraphs(texts)}"
            "<a class='wp-block-button-1' href='/contact'>Book a consultation</a></section>")
    return page("Home", body, structured=True)


# --- a blog post on national prices beside the pricing page ---------------------------------------------------------

def _acacia_pages(site: Site, page) -> dict:
    post = {"@context": "https://schema.org", "@type": "BlogPosting", "headline": "Ketamine therapy cost guide for 2026",
            "author": {"@type": "Person", "name": "Dana Whitfield"}, "datePublished": "2026-03-02"}
    article = (
        f"{_ld(post)}<article class='post-214 post type-post'><h1>Ketamine therapy cost guide for 2026</h1>"
        "<p class='byline'>By Dana Whitfield, RN</p><p class='date'>Posted on March 2, 2026</p>"
        + _paragraphs((
            "If you are weighing ketamine therapy for depression, price is probably one of your first questions. "
            "Here is what patients who shopped around before coming to us have told us.",
            "Nationwide, a single ketamine infusion tends to cost anywhere from $350 to $1,800, and clinics in large "
            "cities often charge $500 to $900. An initial series of six infusions therefore runs $2,400 to $4,800 at "
            "many practices.",
            "Some providers fold an evaluation of $150 to $300 into the first visit; others bill it separately. "
            "Boosters are usually priced like a single infusion.",
            "Insurance rarely pays for infusions for depression, so ask any clinic for a written quote before you "
            "commit to a series.",
        )) + "</article>")
    return {
        "/": _home(site, page, "While many clinics charge $600 to $1,000 per infusion, our fee is $465, and it "
                               "includes monitoring and recovery time."),
        "/resources/ketamine-therapy-cost-guide": page("Ketamine therapy cost guide for 2026", article),
    }


# --- a press page quoting other clinics ---------------------------------------------------------------------------

def _bramble_pages(site: Site, page) -> dict:
    story = {"@context": "https://schema.org", "@type": "NewsArticle",
             "headline": "Demand for ketamine care grows in southern Wisconsin", "datePublished": "2026-01-18"}
    body = (
        f"<h1>Ketamine in the news</h1>{_ld(story)}<article><h2>Demand for ketamine care grows in southern "
        "Wisconsin</h2>" + _paragraphs((
            "MADISON, Wis. (Lakeshore Ledger) — Demand for ketamine infusions has climbed across southern Wisconsin "
            "as more people with depression look beyond their medications.",
            "One clinic in Milwaukee lists its infusions at $1,250, while a practice in Chicago told the Ledger it "
            "charges $850 per session.",
            "“Most people we see have tried four or five medications first,” said Dr. Priya Raman, medical director "
            "of Bramble Ketamine Care, which charges $495 per infusion.",
            "Across the region, an initial series of six infusions costs $2,700 to $6,000, according to figures the "
            "newspaper gathered from twelve providers.",
        )) + "</article>")
    return {"/ketamine-in-the-news": page("Ketamine in the news", body)}


# --- a cost guide, and no price of the clinic's own --------------------------------------------------------------

def _cypress_pages(site: Site, page) -> dict:
    body = "<h1>Ketamine Therapy Cost Guide</h1>" + _paragraphs((
        "How much does ketamine therapy cost? Across the United States, a single ketamine infusion typically costs "
        "$400 to $800, and clinics in large cities may charge $1,000 or more.",
        "Most patients need six infusions, so the first series usually totals $2,400 to $4,800 before any boosters.",
        "Prices vary by clinic and region, and a few centers bundle the consultation into the first visit.",
    ))
    return {"/ketamine-therapy-cost": page("Ketamine Therapy Cost Guide", body)}


# --- conflicting prices on two pages ----------------------------------------------------------------------------

def _larch_pages(site: Site, page) -> dict:
    body = "<h1>New patient FAQ</h1>" + "".join(
        f"<h3>{escape(question)}</h3><p>{escape(answer)}</p>" for question, answer in (
            ("What should I bring?", "A photo ID, a list of your medications and someone to drive you home."),
            ("How much is an infusion?", "Each infusion costs $650, paid on the day of treatment."),
            ("How long does a visit take?", "About two hours from arrival to discharge."),
        ))
    return {"/new-patient-faq": page("New patient FAQ", body)}


# --- a practice offering ketamine by lozenge or injection only -------------------------------------------------------

def _fern_pages(site: Site, page) -> dict:
    return {"/": _home(site, page, "Each session pairs a measured dose with a therapist who stays with you, "
                                   "followed by an integration session in the week after.")}


FEE_SITES: tuple[Site, ...] = (
    Site("acacia", _one("Acacia Ketamine Tucson", "410 North Stone Avenue", "Tucson", "AZ", "85701",
                        "(520) 555-0117"), "jsonld",
         ("Each ketamine infusion is $465, including monitoring and recovery.", "Initial consultation: $200."),
         treats=("depression",),
         services="Low-dose IV ketamine infusions for treatment-resistant depression.",
         extra_pages=_acacia_pages, extra_links=(("/resources/ketamine-therapy-cost-guide", "Ketamine cost guide"),)),
    Site("bramble", _one("Bramble Ketamine Care", "25 West Main Street", "Madison", "WI", "53703",
                         "(608) 555-0165"), "jsonld",
         ("Ketamine infusion for depression or anxiety: $495.", "A series of six infusions paid in advance: $2,790."),
         treats=("depression", "anxiety"),
         services="IV ketamine infusions for depression and anxiety.",
         extra_pages=_bramble_pages, extra_links=(("/ketamine-in-the-news", "Ketamine in the news"),)),
    Site("cypress", _one("Cypress Ketamine Richmond", "700 East Main Street", "Richmond", "VA", "23219",
                         "(804) 555-0172"), "jsonld",
         ("Our fees depend on the treatment plan we build with you.", "Call us for current pricing."),
         treats=("depression",),
         services="IV ketamine infusions for depression.",
         extra_pages=_cypress_pages, extra_links=(("/ketamine-therapy-cost", "Ketamine therapy cost guide"),)),
    Site("dune", _one("Dune Wellness and Ketamine", "100 West Liberty Street", "Reno", "NV", "89501",
                      "(775) 555-0183"), "jsonld",
         ("Service | Price", "Ketamine infusion (depression, anxiety) | $495", "NAD+ infusion (500 mg) | $450",
          "Myers' cocktail vitamin drip | $175", "Nitrous oxide session | $150", "TMS session | $300",
          "Hydration drip | $140"),
         treats=("depression", "anxiety"),
         services="IV ketamine infusions for depression and anxiety, beside hydration, vitamin and NAD+ drips, "
                  "nitrous oxide and TMS."),
    Site("ember", _one("Ember Ketamine and Pain Center", "325 West Main Street", "Louisville", "KY", "40202",
                       "(502) 555-0129"), "jsonld",
         ("Protocol | Length | Single infusion | Series",
          "Mood (depression, anxiety, PTSD) | 45 minutes | $475 | 6 for $2,640",
          "Chronic pain (CRPS, fibromyalgia) | 4 hours | $1,350 | 5 for $6,250",
          "Booster | 45 minutes | $450 | -"),
         treats=("depression", "anxiety", "ptsd", "chronic_pain", "crps", "fibromyalgia"),
         services="IV ketamine infusions for depression, anxiety, PTSD and chronic pain conditions such as CRPS "
                  "and fibromyalgia."),
    Site("fern", _one("Fern Psychedelic Therapy", "60 Biltmore Avenue", "Asheville", "NC", "28801",
                      "(828) 555-0146"), "jsonld",
         ("Ketamine-assisted psychotherapy session with sublingual lozenges (2.5 hours): $400",
          "Ketamine-assisted psychotherapy session with an intramuscular injection: $475",
          "Integration session: $175", "Medical intake: $250"),
         services="Ketamine-assisted psychotherapy for depression and PTSD, with sublingual lozenges or an "
                  "intramuscular injection.",
         extra_pages=_fern_pages),
    Site("garnet", _one("Garnet Ketamine Clinic", "400 Locust Street", "Des Moines", "IA", "50309",
                        "(515) 555-0138"), "jsonld",
         ("Ketamine infusion: $525 per session.", "A $100 deposit holds your chair and is applied to your infusion.",
          "Cancellations with less than 48 hours' notice are charged $150.", "No-shows forfeit the full $525.",
          "Pre-treatment ECG, if your doctor has not sent one: $60."),
         treats=("depression", "ptsd"),
         services="IV ketamine infusions for depression and PTSD."),
    Site("hazel", _one("Hazel Ketamine Little Rock", "200 West Capitol Avenue", "Little Rock", "AR", "72201",
                       "(501) 555-0151"), "jsonld",
         ("Self-pay price: $450 per infusion.",
          "On your superbill we list CPT 96365 (first hour) at $650 and CPT 96366 (each added hour) at $180.",
          "Most of our patients are reimbursed $150 to $300 per infusion, depending on their plan."),
         treats=("depression",),
         services="IV ketamine infusions for depression, with superbills for out-of-network claims."),
    Site("indigo", _one("Indigo Ketamine Spokane", "818 West Riverside Avenue", "Spokane", "WA", "99201",
                        "(509) 555-0174"), "jsonld",
         ("Initial series: 5 to 7 infusions, $2,600 to $3,500 respectively, depending on your response.",
          "Booster infusions: $495."),
         treats=("depression", "anxiety"),
         services="IV ketamine infusions for depression and anxiety."),
    Site("larch", _one("Larch Street Ketamine", "10 Weybosset Street", "Providence", "RI", "02903",
                       "(401) 555-0186"), "jsonld", ("Each ketamine infusion is $450.",),
         treats=("depression",),
         services="IV ketamine infusions for depression.",
         extra_pages=_larch_pages, extra_links=(("/new-patient-faq", "New patient FAQ"),)),
)
