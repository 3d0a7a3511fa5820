"""Fees read from whole pages and sites: page kinds, tables and lists as units, and the clinic's fee across pages."""

import json

import pytest

from clinicdir.sample_web.catalog import SITES
from clinicdir.sample_web.pages import site_pages
from spiders.extract.fees import page_kind
from spiders.extract.page import parse_html, read_page
from spiders.extract.site import clinics_from_site
from spiders.extract.text import visible_text

ROOT = "https://clinic.example/"


def html(body: str, title: str = "Clinic", head: str = "") -> str:
    return f"<!doctype html><html><head><title>{title}</title>{head}</head><body><main>{body}</main></body></html>"


def ld(data: dict) -> str:
    return f"<script type='application/ld+json'>{json.dumps(data)}</script>"


def kind_of(body: str, url: str = ROOT, title: str = "Clinic", head: str = "") -> str:
    page = html(body, title, head)
    return page_kind(parse_html(page), url, title, visible_text(parse_html(page)))


PROSE = "".join(f"<p>{'Ketamine has a long safety record and many people feel better within days. ' * 5}</p>"
                for _ in range(5))


# --- page kinds -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("url, kind", [
    ("https://clinic.example/blog/what-ketamine-costs", "article"),
    ("https://clinic.example/articles/ketamine-vs-spravato/", "article"),
    ("https://clinic.example/2025/04/what-to-expect/", "article"),
    ("https://clinic.example/news/clinic-opens-second-office", "press"),
    ("https://clinic.example/press-releases/2026-expansion", "press"),
    ("https://clinic.example/ketamine-in-the-news", "press"),
    ("https://clinic.example/media/", "press"),
    ("https://clinic.example/pricing", "pricing"),
    ("https://clinic.example/our-fees", "pricing"),
    ("https://clinic.example/investment", "pricing"),
    ("https://clinic.example/faq", "pricing"),
    ("https://clinic.example/", "page"),
    ("https://clinic.example/resources/patient-forms", "page"),
    ("https://clinic.example/newsletter-signup", "page"),
])
def test_page_kind_from_the_url(url, kind):
    assert kind_of("<p>Welcome.</p>", url) == kind


@pytest.mark.parametrize("head, body, kind", [
    (ld({"@context": "https://schema.org", "@type": "BlogPosting", "headline": "Costs"}), "", "article"),
    (ld({"@context": "https://schema.org", "@type": ["WebPage", "Article"]}), "", "article"),
    (ld({"@context": "https://schema.org", "@type": "NewsArticle"}), "", "press"),
    (ld({"@context": "https://schema.org", "@type": "MedicalClinic", "name": "Clinic"}), "", "page"),
    ("", "<div itemscope itemtype='https://schema.org/BlogPosting'><p>Post</p></div>", "article"),
    ("", "<p>By Jane Doe, MD</p><p>Ketamine costs vary.</p>", "article"),
    ("", "<p>Written by Dr. Samuel Ortiz</p>", "article"),
    ("", "<p>Posted on March 4, 2026</p>", "article"),
    ("", "<p>Published: 2026-03-04</p>", "article"),
    ("", "<p>By Appointment Only</p>", "page"),
    ("", "<p>Updated January 5, 2026</p>", "page"),
    ("", "<p>DENVER (AP) — A new ketamine clinic opened downtown on Monday.</p>", "press"),
    ("", "<p>AUSTIN, Texas, May 4, 2026 /PRNewswire/ -- A clinic group announced a third site.</p>", "press"),
    ("", "<p>HOME - ABOUT - PRICING</p>", "page"),
    ("", f"<article class='post-12 post type-post'>{PROSE}</article>", "article"),
    ("", f"<article>{PROSE}</article>", "article"),
    ("", f"<article class='post-7 page type-page'>{PROSE}</article>", "page"),
    ("", "<article><p>Short news item.</p></article>", "page"),
])
def test_page_kind_from_structured_data_byline_dateline_and_prose(head, body, kind):
    assert kind_of(body, head=head) == kind


@pytest.mark.parametrize("title, kind", [
    ("Ketamine Therapy Cost Guide | Clinic", "article"),
    ("Average Cost of Ketamine Infusions | Clinic", "article"),
    ("How Much Does Ketamine Therapy Cost in 2026? | Clinic", "article"),
    ("Ketamine vs. Spravato: Which Is Right for You?", "article"),
    ("Pricing | Clinic", "pricing"),
    ("Fees & Insurance | Clinic", "pricing"),
    ("About us | Clinic", "page"),
])
def test_page_kind_from_the_title(title, kind):
    assert kind_of("<p>Welcome.</p>", title=title) == kind


# --- tables, rows, cells and list items as units ------------------------------------------------------------------

@pytest.mark.parametrize("body, lines", [
    ("<table><tr><th>Protocol</th><th>Price</th></tr><tr><td><p>Mood protocol</p><p>45 minutes</p></td>"
     "<td><div>$450</div></td></tr><tr><td>Pain<br>4 hours</td><td>$1,200</td></tr></table>",
     ["Protocol | Price", "Mood protocol, 45 minutes | $450", "Pain, 4 hours | $1,200"]),
    # Laid out over several lines of source, as most sites are: a cell is still one line.
    ("<table>\n <tr>\n  <td>\n   <p>Mood protocol</p>\n   <p>45\n minutes</p>\n  </td>\n  <td>$450</td>\n </tr>\n</table>",
     ["Mood protocol, 45 minutes | $450"]),
    ("<ul><li><h4>Booster</h4><p>Every 4-8 weeks, $395</p></li><li><h4>Single infusion</h4><p>$475</p></li></ul>",
     ["Booster, Every 4-8 weeks, $395", "Single infusion, $475"]),
    ("<dl><dt>Single infusion</dt><dd>$475</dd><dt>Six infusions</dt><dd>$2,550</dd></dl>",
     ["Single infusion: $475", "Six infusions: $2,550"]),
    ("<ul><li>Ketamine<ul><li>Single $450</li><li>Six for $2,400</li></ul></li></ul>",
     ["Ketamine", "Single $450", "Six for $2,400"]),
    ("<table><tr><td><h2>Our clinic</h2><p>Calm rooms.</p><table><tr><td>Infusion</td><td>$450</td></tr></table>"
     "</td></tr></table>", ["Our clinic", "Calm rooms.", "Infusion | $450"]),
])
def test_rows_cells_and_list_items_are_read_as_units(body, lines):
    assert visible_text(parse_html(html(body))).split("\n")[1:] == lines


@pytest.mark.timeout(30)   # a test of each block's siblings took minutes here; bench/bench_extract.py measures it
def test_a_unit_of_thousands_of_blocks_is_read_whole():
    tree = parse_html(html("<ul><li>" + "x<br>" * 40_000 + "</li></ul><table><tr><td>" + "<p>y</p>\n" * 40_000
                           + "</td></tr></table>"))
    lines = visible_text(tree).split("\n")
    assert lines[1].startswith("x, x, x") and lines[2].startswith("y, y, y")


def test_a_label_is_never_run_into_the_next_rows_price():
    page = html("<h2>Pricing</h2><div class='grid'><div><div>Mood infusion</div><div>$450</div></div>"
                "<div><div>Pain infusion (4 hours)</div><div>$1,100</div></div></div>")
    assert [(m.kind, m.amount) for m in read_page(page, ROOT + "pricing").fees] == [
        ("infusion", 450.0), ("pain_infusion", 1100.0)]


# --- whole sites ------------------------------------------------------------------------------------------------

def site(pages: dict[str, str]):
    facts = [read_page(body, ROOT + path.lstrip("/")) for path, body in pages.items()]
    [clinic] = clinics_from_site(ROOT, facts, "clinic_sites", "2026-12-01T00:00:00+00:00")
    return clinic


HOME = html("<h1>Clinic</h1><p>IV ketamine infusions for depression.</p>", "Home | Clinic",
            ld({"@context": "https://schema.org", "@type": "MedicalClinic", "name": "Clinic",
                "address": {"@type": "PostalAddress", "streetAddress": "1 Main Street", "addressLocality": "Denver",
                            "addressRegion": "CO", "postalCode": "80202"}}))


def test_a_blog_post_beside_the_pricing_page_never_gives_the_fee():
    blog = html("<article class='post type-post'><h1>What ketamine costs</h1><p>By Jane Doe, RN</p>"
                "<p>Most clinics charge $600 to $1,000 per infusion, and we think that is too much.</p>"
                "<p>At our clinic, each infusion is $395 this spring.</p></article>", "What ketamine costs | Clinic")
    clinic = site({"/": HOME, "/pricing": html("<p>Each ketamine infusion is $475.</p>", "Pricing | Clinic"),
                   "/blog/what-ketamine-costs": blog})
    assert (clinic.fee_min, clinic.fee_max, clinic.fee_confidence) == (475.0, 475.0, "high")
    assert [f["kind"] for f in clinic.fees if "/blog/" in f["url"]] == ["market_reference", "market_reference"]


def test_a_press_page_quoting_other_clinics_gives_no_fee():
    press = html("<h1>In the news</h1><p>DENVER (Front Range Daily) — Clinics across the state charge $450 to "
                 "$1,500 per infusion, Dr. Lee said. Call your clinic for pricing before you commit.</p>",
                 "In the news | Clinic")
    clinic = site({"/": HOME, "/media": press})
    assert (clinic.fee_min, clinic.fee_confidence, clinic.fee_note) == (
        None, "", "no published price; not counted: third-party figure")


def test_a_services_menu_gives_only_the_ketamine_infusion():
    menu = html("<h1>Menu</h1><table><tr><th>Service</th><th>Price</th></tr>"
                + "".join(f"<tr><td>{name}</td><td>{price}</td></tr>" for name, price in (
                    ("Ketamine infusion (depression)", "$495"), ("NAD+ 500 mg", "$450"), ("Myers' cocktail", "$175"),
                    ("Nitrous oxide", "$150"), ("TMS session", "$300"), ("IV hydration", "$140")))
                + "</table>", "Services & Pricing | Clinic")
    clinic = site({"/": HOME, "/services-pricing": menu})
    assert (clinic.fee_min, clinic.fee_max, clinic.fee_confidence) == (495.0, 495.0, "high")
    assert [f["kind"] for f in clinic.fees].count("other_service") == 5


def test_a_pricing_table_with_mood_and_pain_rows():
    table = html("<table><tr><th>Protocol</th><th>Per infusion</th><th>Series</th></tr>"
                 "<tr><td><strong>Mood</strong><p>depression, PTSD</p></td><td>$480</td><td>6 for $2,700</td></tr>"
                 "<tr><td><strong>Pain</strong><p>CRPS, 4 hours</p></td><td>$1,250</td><td>5 for $5,900</td></tr>"
                 "</table>", "Pricing | Clinic")
    clinic = site({"/": HOME, "/pricing": table})
    assert (clinic.fee_min, clinic.fee_max, clinic.fee_confidence, clinic.fee_note) == (
        450.0, 480.0, "high", "series price divided by 6")


def test_a_kap_practice_offering_no_infusion():
    home = html("<h1>Clinic</h1><p>Ketamine-assisted psychotherapy with sublingual lozenges.</p>", "Home | Clinic")
    fees = html("<ul><li>KAP session with lozenges: $400</li><li>KAP session with an intramuscular injection: $475"
                "</li><li>Integration session: $150</li></ul>", "Fees | Clinic")
    guide = html("<p>By Ana Ruiz, LCSW</p><p>IV ketamine infusions cost $400 to $800 at most clinics.</p>",
                 "Ketamine options | Clinic")
    clinic = site({"/": home, "/fees": fees, "/learn/ketamine-options": guide})
    assert (clinic.fee_min, clinic.fee_confidence) == (None, "")
    assert [(f["kind"], f["route"]) for f in clinic.fees if f["kind"] == "session"] == [
        ("session", "oral_sublingual"), ("session", "im_injection")]
    assert clinic.routes == ["im_injection", "oral_sublingual"]    # the article's IV infusions are not an offer


def test_pages_that_disagree_make_the_fee_doubtful():
    clinic = site({"/": HOME, "/pricing": html("<p>Each ketamine infusion is $450.</p>", "Pricing | Clinic"),
                   "/faq": html("<h3>How much is an infusion?</h3><p>Each infusion costs $650.</p>", "FAQ | Clinic")})
    assert (clinic.fee_min, clinic.fee_max, clinic.fee_confidence) == (450.0, 650.0, "low")
    assert clinic.fee_note == "low confidence: conflicting prices"


# --- the sample web covers every trap ------------------------------------------------------------------------------

def test_the_sample_web_sets_every_trap():
    mentions = []
    for sample in SITES:
        for path, page in site_pages(sample, "http://127.0.0.1:1/").items():
            if page.status == 200 and page.content_type.startswith("text/html"):
                mentions += read_page(page.body, f"http://127.0.0.1:1{path}").fees
    kinds = {m.kind for m in mentions}
    assert kinds >= {"market_reference", "third_party", "other_charge", "other_service", "insurance", "session",
                     "pain_infusion", "series"}
    assert any(m.count_max for m in mentions)                               # a paired count range
    assert any(m.kind == "insurance" and "CPT" in m.evidence for m in mentions)
