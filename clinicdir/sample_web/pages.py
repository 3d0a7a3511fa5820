"""Every page of a sample site, built from its catalog entry the way site builders build real clinic sites:
a theme stylesheet inline, a menu, a cookie banner, structured data of the site's shape, a footer with the address.
"""

from __future__ import annotations

import json
import zlib
from dataclasses import dataclass
from functools import cache
from html import escape

from clinicdir.sample_web import prose
from clinicdir.sample_web.brochure import brochure_pdf
from clinicdir.sample_web.catalog import Location, Site
from clinicdir.sample_web.layout_sites import layout_pages


@dataclass(frozen=True)
class Page:
    body: bytes
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    location: str = ""        # for redirects


# What a page builder inlines into every page: 10-40 KB of theme rules. Each site's theme has its own weight,
# palette and spacing, as two real themes would.
_BLOCKS = ("group", "columns", "cover", "button", "heading", "media-text")


@cache
def _theme_css(site_key: str) -> str:
    seed = zlib.crc32(site_key.encode())
    return "".join(
        f".wp-block-{name}-{i}{{margin:{(i + seed) % 7}px {i % 5}em;padding:{(i + seed) % 3}rem;"
        f"color:#{(i * 2654435761 + seed) % 0xFFFFFF:06x};font:{12 + (i + seed) % 9}px/1.{i % 9} system-ui,"
        f"sans-serif;border-radius:{(i + seed) % 6}px}}\n"
        for name in _BLOCKS for i in range(20 + seed % 50)
    )


_GENERAL_FAQ = (
    ("How long is a session?", "Plan on about two hours at the clinic, including preparation and rest."),
    ("Can I drive home?", "No. Please bring a friend or family member, or book a ride."),
    ("Will I be asleep?", "No. You stay awake and can talk with the nurse throughout."),
    ("Do I need a referral?", "No, although we are glad to work with the clinicians who already know you."),
    ("How soon will I feel a difference?", "Some people notice a change after the first or second session; others "
     "only toward the end of the first series. We review progress with you at every visit."),
    ("Can I keep taking my other medications?", "Usually yes. A few medications blunt the effect, and we will tell "
     "you at your consultation if any of yours need adjusting with your prescriber."),
)
_WELLNESS_FAQ = (
    ("How long does a drip take?", "Most drips take thirty to forty-five minutes."),
    ("Do I need an appointment?", "Walk-ins are welcome; appointments get priority."),
    ("Who places the IV?", "A registered nurse places every line and stays nearby while your drip runs."),
)
_INSURANCE_TEXT = (
    "Most insurance plans do not cover this care. We give you an itemised receipt you can submit to your plan "
    "yourself, and many patients pay with a health savings or flexible spending card.",
    "We are an out-of-network provider. Ask us for a superbill after each visit: some plans reimburse part of the "
    "cost, and we are happy to help you with the paperwork.",
    "Coverage is changing quickly. Call your plan and ask about out-of-network benefits for outpatient infusion "
    "services; our front desk can give you the codes they will ask for.",
)

# The footer's legal pages: every site builder ships them, nobody reads them, crawlers should skip them.
_LEGAL = {
    "/privacy-policy": ("Privacy policy", (
        "We collect the details you give us when you book, call or write to us, and the health information your "
        "clinicians record during care. Health records are kept under the federal privacy rule and never sold.",
        "This website uses cookies to remember your banner choice and to count visits in aggregate. You can refuse "
        "them in the banner or in your browser settings without losing access to any page.",
        "You may ask for a copy of your records, or for a correction, by writing to our privacy officer at the "
        "address in the footer. We answer within thirty days.",
    )),
    "/terms": ("Terms of use", (
        "The content of this website is general information, not medical advice, and does not create a "
        "clinician-patient relationship. Always ask a qualified clinician about your own situation.",
        "Prices, hours and services shown here may change without notice; the price confirmed at booking is the one "
        "that applies to your visit.",
        "Links to other websites are offered for convenience. We are not responsible for their content.",
    )),
}

_CRISIS_NOTE = ("<p class='crisis'>In a crisis? Call or text 988, the Suicide and Crisis Lifeline, or go to your "
                "nearest emergency room. This clinic does not provide emergency care.</p>")


def site_pages(site: Site, base_url: str) -> dict[str, Page]:
    """Path -> page for one site; `base_url` is the site's root as served (for sitemaps and canonical links)."""
    if (pages := layout_pages(site, base_url)) is not None:
        return pages

    def page(title: str, body: str, structured: bool = False) -> Page:
        return _html(site, title, body, base_url, structured)

    own = site.extra_pages(site, page) if site.extra_pages else {}
    return {**_content_pages(site, base_url), **_fee_pages(site, base_url), **_extra_pages(site, base_url),
            **_crawler_files(site, base_url), **own}


def _content_pages(site: Site, base_url: str) -> dict[str, Page]:
    """The menu's pages every site has: home, about, treatments, insurance, contact, FAQ."""
    pages: dict[str, Page] = {}
    wellness = "not_ketamine" in site.quirks
    pool = prose.WELLNESS if wellness else prose.GENERAL
    hero = "" if wellness else f"<p class='lead'>{escape(prose.choice(prose.HEROES, site.key))}</p>"
    home_body = (f"<section class='hero'><h1>{escape(site.name)}</h1>{hero}<p>{escape(site.services)}</p>"
                 "<a class='wp-block-button-1' href='/contact'>Book a consultation</a></section>"
                 + _paragraphs(site, pool, "home", 6))
    pages["/"] = _html(site, "Home", home_body, base_url, structured=True)
    pages["/about"] = _html(site, "About us", "<h1>About us</h1>" + _paragraphs(site, pool, "about", 7), base_url)
    sections = "".join(f"<section class='condition'><h2>{escape(heading)}</h2><p>{escape(text)}</p></section>"
                       for heading, text in (prose.CONDITION_SECTIONS[code] for code in site.treats))
    pages["/treatments"] = _html(site, "Treatments", f"<h1>Treatments</h1><p>{escape(site.services)}</p>"
                                 + sections + _paragraphs(site, pool, "treatments", 4), base_url)
    insurance = "" if wellness else f"<p>{escape(prose.choice(_INSURANCE_TEXT, site.key))}</p>"
    pages["/insurance"] = _html(site, "Insurance", "<h1>Insurance and payment</h1>" + insurance
                                + _paragraphs(site, pool, "insurance", 3), base_url)
    pages["/contact"] = _html(site, "Contact", "<h1>Contact us</h1>" + _contact_block(site) +
                              _paragraphs(site, pool, "contact", 2), base_url, structured=True)
    faq = "".join(f"<h3>{escape(q)}</h3><p>{escape(a)}</p>" for q, a in (_WELLNESS_FAQ if wellness else _GENERAL_FAQ))
    if site.fee_page == "faq":
        question, *answers = site.fee_lines
        faq += f"<h3>{escape(question)}</h3>" + "".join(f"<p>{escape(a)}</p>" for a in answers)
    pages["/faq"] = _html(site, "FAQ", "<h1>Frequently asked questions</h1>" + faq, base_url)
    if "faq_500" in site.quirks:
        pages["/faq"] = Page(b"<h1>Internal Server Error</h1>", status=500)
    for path, (title, paragraphs) in _LEGAL.items():
        pages[path] = _html(site, title, f"<h1>{title}</h1>" + "".join(f"<p>{text}</p>" for text in paragraphs),
                            base_url)
    return pages


def _fee_pages(site: Site, base_url: str) -> dict[str, Page]:
    """The page carrying the prices, wherever the site keeps it, and the members' page robots.txt forbids."""
    pages: dict[str, Page] = {}
    pool = prose.WELLNESS if "not_ketamine" in site.quirks else prose.GENERAL
    label = prose.choice(prose.FEE_MENU_LABELS, site.key)
    pricing = _html(site, label, f"<h1>{escape(label)}</h1>" + _price_block(site) + _paragraphs(site, pool, "fees", 2),
                    base_url)
    if site.fee_page == "pricing":
        pages["/pricing"] = pricing
    elif site.fee_page == "redirect":
        pages["/pricing"] = Page(b"Moved", status=301, location="/our-fees")
        pages["/our-fees"] = pricing
    elif site.fee_page == "sitemap":
        pages["/investment"] = pricing
    if "truncated_pricing" in site.quirks:
        # A page cut off mid-transfer by a broken cache: the fee is there, the document never closes.
        cut = pricing.body.index(b"</li>", pricing.body.index(b"class='prices'")) + len(b"</li>")
        pages["/pricing"] = Page(pricing.body[:cut])
    if "members_rates" in site.quirks:
        pages["/members/rates"] = _html(site, "Member rates", "<h1>Member rates</h1><ul><li>Each ketamine "
                                        "infusion is $300.</li></ul>", base_url)
    return pages


def _extra_pages(site: Site, base_url: str) -> dict[str, Page]:
    """What only some sites have: a PDF brochure, a locations page (and one location's own page), a blog."""
    pages: dict[str, Page] = {}
    if "pdf" in site.quirks:
        leaflet = (site.name, site.services, *site.fee_lines, f"Call {site.locations[0].phone} to book.")
        pages["/brochure.pdf"] = Page(brochure_pdf(leaflet), content_type="application/pdf")
    if len(site.locations) > 1:
        blocks = "".join(f"<section class='location'><h2>{escape(loc.name)}</h2>{_address_html(loc)}"
                         f"<script type='application/ld+json'>{_json(_local_business(loc, base_url))}</script>"
                         "</section>" for loc in site.locations)
        if site.own_price:
            name, line = site.own_price
            own = next(loc for loc in site.locations if loc.name == name)
            slug = own.city.lower().replace(" ", "-")
            blocks += f"<p><a href='/locations/{slug}'>{escape(own.city)} clinic details</a></p>"
            pages[f"/locations/{slug}"] = _html(site, own.name, f"<h1>{escape(own.name)}</h1>{_address_html(own)}"
                                                f"<p>{escape(line)}</p>", base_url)
        pages["/locations"] = _html(site, "Locations", "<h1>Our locations</h1>" + blocks, base_url)
    if "blog" in site.quirks:
        posts = "".join(f"<article><h2>{escape(title)}</h2><p>{escape(text)}</p></article>"
                        for title, text in prose.BLOG_POSTS)
        pages["/blog"] = _html(site, "Blog", f"<h1>Blog</h1>{posts}", base_url)
    return pages


def _crawler_files(site: Site, base_url: str) -> dict[str, Page]:
    """robots.txt, and the sitemap it names on the site whose pricing page nothing links to."""
    pages: dict[str, Page] = {}
    disallow = "Disallow: /members/\n" if "members_rates" in site.quirks else ""
    robots = f"User-agent: *\nDisallow: /wp-admin/\n{disallow}"
    if site.fee_page == "sitemap":
        robots += f"\nSitemap: {base_url}sitemap.xml\n"
        urls = "".join(f"<url><loc>{base_url}{path.lstrip('/')}</loc></url>"
                       for path in ("/", "/about", "/treatments", "/investment", "/faq", "/contact"))
        pages["/sitemap.xml"] = Page(
            f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"{urls}</urlset>".encode(), content_type="application/xml")
    pages["/robots.txt"] = Page(robots.encode(), content_type="text/plain; charset=utf-8")
    return pages


def _html(site: Site, title: str, body: str, base_url: str, structured: bool = False) -> Page:
    head_data = _structured(site, base_url) if structured else ""
    main_office = site.locations[0]
    microdata = structured and site.structured == "microdata"
    footer_address = (_microdata_footer(main_office) if microdata else
                      f"<p>{escape(site.name)} · {escape(main_office.street)}, {escape(main_office.city)}, "
                      f"{main_office.state} {main_office.postal_code} · "
                      f"<a href='{_tel(main_office.phone)}'>{escape(main_office.phone)}</a></p>")
    if len(site.locations) > 1:
        footer_address = (f"<p>{escape(site.key.title())} Ketamine · {len(site.locations)} locations in the valley · "
                          "<a href='/locations'>Find a location</a></p>")
    page = f"""<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)} | {escape(_brand(site))}</title>
<link rel="canonical" href="{base_url}">
<style id="theme-inline-css">{_theme_css(site.key)}</style>
{head_data}</head>
<body class="page-template-default">
<div class="cookie-banner" role="dialog" aria-label="Cookies"><p>We use cookies to understand how visitors use
this site. <button type="button">Accept</button> <button type="button">Decline</button></p></div>
<header class="site-header"><a class="logo" href="/">{escape(_brand(site))}</a>
<nav class="main-navigation" aria-label="Main"><ul>{_menu(site)}</ul></nav></header>
<main id="content">{body}</main>
<footer class="site-footer">{footer_address}
<ul class="footer-links"><li><a href="/privacy-policy">Privacy policy</a></li><li><a href="/terms">Terms of use</a>
</li><li><a href="/careers">Careers</a></li></ul>
{_CRISIS_NOTE if "not_ketamine" not in site.quirks else ""}
<p class="copyright">© 2026 {escape(_brand(site))}. This website does not provide medical advice.</p></footer>
</body></html>"""
    return Page(page.encode())


def _brand(site: Site) -> str:
    return f"{site.key.title()} Ketamine" if len(site.locations) > 1 else site.name


def _menu(site: Site) -> str:
    items = [("/", "Home"), ("/about", "About"), ("/treatments", "Treatments")]
    if site.fee_page in ("pricing", "redirect"):
        items.append(("/pricing", prose.choice(prose.FEE_MENU_LABELS, site.key)))
    items += [("/faq", "FAQ"), ("/insurance", "Insurance"), ("/contact", "Contact")]
    if len(site.locations) > 1:
        items.append(("/locations", "Locations"))
    if "blog" in site.quirks:
        items.append(("/blog", "Blog"))
    if "members_rates" in site.quirks:
        items.append(("/members/rates", "Member rates"))
    if "pdf" in site.quirks:
        items.append(("/brochure.pdf", "Pricing brochure (PDF)"))
    items += site.extra_links
    return "".join(f"<li><a href='{href}'>{label}</a></li>" for href, label in items)


def _paragraphs(site: Site, pool: tuple[str, ...], page: str, count: int) -> str:
    return "".join(f"<div class='wp-block-group-{i}'><p>{escape(text)}</p></div>"
                   for i, text in enumerate(prose.pick(pool, site.key, count, page)))


def _price_block(site: Site) -> str:
    if any(" | " in line for line in site.fee_lines):
        rows = "".join("<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in line.split(" | ")) + "</tr>"
                       for line in site.fee_lines)
        return f"<table class='prices'>{rows}</table>"
    return "<ul class='prices'>" + "".join(f"<li>{escape(line)}</li>" for line in site.fee_lines) + "</ul>"


def _contact_block(site: Site) -> str:
    return "".join(f"<div class='contact'><h2>{escape(loc.name)}</h2>{_address_html(loc)}</div>"
                   for loc in site.locations)


def _address_html(loc: Location) -> str:
    return (f"<p>{escape(loc.street)}<br>{escape(loc.city)}, {loc.state} {loc.postal_code}</p>"
            f"<p>Call <a href='{_tel(loc.phone)}'>{escape(loc.phone)}</a></p>")


def _microdata_footer(loc: Location) -> str:
    return (f"<div itemscope itemtype='https://schema.org/MedicalClinic'><p><span itemprop='name'>"
            f"{escape(loc.name)}</span> · <span itemprop='address' itemscope "
            f"itemtype='https://schema.org/PostalAddress'><span itemprop='streetAddress'>{escape(loc.street)}</span>, "
            f"<span itemprop='addressLocality'>{escape(loc.city)}</span>, <span itemprop='addressRegion'>"
            f"{loc.state}</span> <span itemprop='postalCode'>{loc.postal_code}</span></span> · "
            f"<a itemprop='telephone' href='{_tel(loc.phone)}'>{escape(loc.phone)}</a></p></div>")


def _tel(phone: str) -> str:
    return "tel:+1" + "".join(ch for ch in phone if ch.isdigit())


def _postal(loc: Location) -> dict:
    return {"@type": "PostalAddress", "streetAddress": loc.street, "addressLocality": loc.city,
            "addressRegion": loc.state, "postalCode": loc.postal_code, "addressCountry": "US"}


def _local_business(loc: Location, base_url: str) -> dict:
    return {"@context": "https://schema.org", "@type": "MedicalClinic", "name": loc.name, "url": base_url,
            "telephone": loc.phone, "address": _postal(loc)}


def _json(data: dict) -> str:
    return json.dumps(data).replace("</", "<\\/")


def _structured(site: Site, base_url: str) -> str:
    loc = site.locations[0]
    if site.structured in ("none", "microdata"):
        return ""
    if len(site.locations) > 1:
        node = {"@context": "https://schema.org", "@type": "Organization", "name": _brand(site), "url": base_url}
        return f"<script type='application/ld+json'>{_json(node)}</script>"
    clinic = _local_business(loc, base_url)
    clinic["priceRange"] = "$$$"
    if loc.latitude is not None:
        clinic["geo"] = {"@type": "GeoCoordinates", "latitude": loc.latitude, "longitude": loc.longitude}
    if site.structured == "graph":
        graph = {"@context": "https://schema.org", "@graph": [
            {"@type": "WebSite", "@id": f"{base_url}#website", "url": base_url, "name": site.name},
            {"@type": "WebPage", "@id": f"{base_url}#webpage", "isPartOf": {"@id": f"{base_url}#website"}},
            {"@type": ["MedicalBusiness", "LocalBusiness"], "@id": f"{base_url}#organization", "name": site.name,
             "telephone": loc.phone, "address": {"@id": f"{base_url}#address"}},
            {"@id": f"{base_url}#address", **_postal(loc)},
        ]}
        return f"<script type='application/ld+json' class='yoast-schema-graph'>{_json(graph)}</script>"
    blocks = f"<script type='application/ld+json'>{_json(clinic)}</script>"
    if site.structured == "malformed":
        # A plugin's breadcrumb block with a trailing comma, beside the valid clinic block.
        broken = ('{"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": '
                  '[{"@type": "ListItem", "position": 1, "name": "Home"},]}')
        # And an FAQ block pasted from a word processor: a raw line break inside a string, which JSON forbids.
        pasted = ('{"@context": "https://schema.org", "@type": "FAQPage", "mainEntity": [{"@type": "Question", '
                  '"name": "What should I wear?", "acceptedAnswer": {"@type": "Answer", "text": "Comfortable '
                  'clothes.\nA sweater helps: the room is kept cool."}}]}')
        blocks = (f"<script type='application/ld+json'>{broken}</script>" + blocks
                  + f"<script type='application/ld+json'>{pasted}</script>")
    return blocks
