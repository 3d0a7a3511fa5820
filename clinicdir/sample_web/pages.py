"""Every page of a sample site, built from its catalog entry the way site builders build real clinic sites:
a theme stylesheet inline, a menu, a cookie banner, structured data of the site's shape, a footer with the address.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from html import escape

from clinicdir.sample_web.catalog import Location, Site


@dataclass(frozen=True)
class Page:
    body: bytes
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    location: str = ""        # for redirects


# A theme stylesheet of realistic weight: page builders inline 10-20 KB of it in every page.
_THEME_CSS = "".join(
    f".wp-block-{name}-{i}{{margin:{i % 7}px {i % 5}em;padding:{i % 3}rem;color:#{(i * 2654435761) % 0xFFFFFF:06x};"
    f"font:{12 + i % 9}px/1.{i % 9} system-ui,sans-serif;border-radius:{i % 6}px}}\n"
    for name in ("group", "columns", "cover", "button", "heading", "media-text") for i in range(40)
)

_PROSE = (
    "Ketamine has been used safely in hospitals and surgery centers for more than fifty years. At the low doses "
    "used for mood care it is given slowly, with a nurse at your side the whole time, and most people are ready "
    "to go home within an hour of the end of their session.",
    "Many of the people who come to us have tried several medications and years of talk therapy without the "
    "relief they hoped for. Treatment-resistant depression is common, and it is not a personal failure.",
    "Your first visit starts with a conversation: your history, your current medications, and what you hope to "
    "change. We then plan a first series of sessions over two to three weeks and review how you feel after each.",
    "During a session you rest in a quiet, private room. Some people listen to music; others prefer silence. "
    "Vital signs are watched continuously, and the dose can be adjusted or stopped at any moment.",
    "Relief often shows first in small ways: getting out of bed more easily, noticing colours again, answering a "
    "friend's message. We ask you to keep a short journal so that we can see these changes together.",
    "After your first series, some people need nothing more for months; others come back for a maintenance "
    "session when they feel the old heaviness returning. We plan that with you, never by default.",
    "Please arrange for someone to drive you home after each visit. You should not drive, work or make important "
    "decisions for the rest of the day.",
    "We work with your psychiatrist, therapist or family doctor, and with your permission we send them a short "
    "summary after each phase of care.",
)
_WELLNESS_PROSE = (
    "Our lounge is a calm place to rehydrate after travel, a long week or a hard workout. Every drip is mixed to "
    "order by a registered nurse and takes about forty-five minutes.",
    "Choose a recovery blend, an immunity boost or a beauty blend, relax in a reclining chair, and leave feeling "
    "refreshed. Memberships and group bookings are available.",
    "Walk-ins are welcome, but booking ahead guarantees your chair. Please drink water and eat a light meal before "
    "your appointment.",
)
_GENERAL_FAQ = (
    ("How long is a session?", "Plan on about two hours at the clinic, including preparation and rest."),
    ("Can I drive home?", "No. Please bring a friend or family member, or book a ride."),
    ("Will I be asleep?", "No. You stay awake and can talk with the nurse throughout."),
    ("Do I need a referral?", "No, although we are glad to work with the clinicians who already know you."),
)
_BLOG_POST = (
    "Five things we learned this year",
    "The average household spends about $1,200 a year on over-the-counter sleep aids, and a gym membership runs "
    "$60 a month. Small habits add up: a walk costs nothing, and so does a regular bedtime.",
)


def site_pages(site: Site, base_url: str) -> dict[str, Page]:
    """Path -> page for one site; `base_url` is the site's root as served (for sitemaps and canonical links)."""
    pages: dict[str, Page] = {}
    wellness = "not_ketamine" in site.quirks
    prose = _WELLNESS_PROSE if wellness else _PROSE
    home_body = (f"<section class='hero'><h1>{escape(site.name)}</h1><p>{escape(site.services)}</p>"
                 "<a class='wp-block-button-1' href='/contact'>Book a consultation</a></section>"
                 + _paragraphs(prose, 0, 6))
    pages["/"] = _html(site, "Home", home_body, base_url, structured=True)
    pages["/about"] = _html(site, "About us", "<h1>About us</h1>" + _paragraphs(prose, 2, 8), base_url)
    pages["/treatments"] = _html(site, "Treatments", f"<h1>Treatments</h1><p>{escape(site.services)}</p>"
                                 + _paragraphs(prose, 1, 6), base_url)
    pages["/insurance"] = _html(site, "Insurance", "<h1>Insurance and payment</h1><p>Most insurance plans do not "
                                "cover this care. We give you an itemised receipt you can submit to your plan "
                                "yourself.</p>" + _paragraphs(prose, 4, 3), base_url)
    pages["/contact"] = _html(site, "Contact", "<h1>Contact us</h1>" + _contact_block(site) +
                              _paragraphs(prose, 5, 2), base_url, structured=True)
    faq = "".join(f"<h3>{escape(q)}</h3><p>{escape(a)}</p>" for q, a in _GENERAL_FAQ)
    if site.fee_page == "faq":
        question, *answers = site.fee_lines
        faq += f"<h3>{escape(question)}</h3>" + "".join(f"<p>{escape(a)}</p>" for a in answers)
    pages["/faq"] = _html(site, "FAQ", "<h1>Frequently asked questions</h1>" + faq, base_url)
    if "faq_500" in site.quirks:
        pages["/faq"] = Page(b"<h1>Internal Server Error</h1>", status=500)

    pricing = _html(site, "Pricing", "<h1>Pricing</h1>" + _price_block(site) + _paragraphs(prose, 3, 2), base_url)
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
    if "pdf" in site.quirks:
        pages["/brochure.pdf"] = Page(b"%PDF-1.4\n% sample brochure\n%%EOF\n", content_type="application/pdf")
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
        title, text = _BLOG_POST
        pages["/blog"] = _html(site, "Blog", f"<h1>Blog</h1><article><h2>{title}</h2><p>{text}</p></article>",
                               base_url)

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
<style id="theme-inline-css">{_THEME_CSS}</style>
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
<p class="copyright">© 2026 {escape(_brand(site))}. This website does not provide medical advice.</p></footer>
</body></html>"""
    return Page(page.encode())


def _brand(site: Site) -> str:
    return f"{site.key.title()} Ketamine" if len(site.locations) > 1 else site.name


def _menu(site: Site) -> str:
    items = [("/", "Home"), ("/about", "About"), ("/treatments", "Treatments")]
    if site.fee_page in ("pricing", "redirect"):
        items.append(("/pricing", "Pricing"))
    items += [("/faq", "FAQ"), ("/insurance", "Insurance"), ("/contact", "Contact")]
    if len(site.locations) > 1:
        items.append(("/locations", "Locations"))
    if "blog" in site.quirks:
        items.append(("/blog", "Blog"))
    if "members_rates" in site.quirks:
        items.append(("/members/rates", "Member rates"))
    if "pdf" in site.quirks:
        items.append(("/brochure.pdf", "Pricing brochure (PDF)"))
    return "".join(f"<li><a href='{href}'>{label}</a></li>" for href, label in items)


def _paragraphs(prose: tuple[str, ...], start: int, count: int) -> str:
    return "".join(f"<div class='wp-block-group-{(start + i) % 40}'><p>{escape(prose[(start + i) % len(prose)])}"
                   "</p></div>" for i in range(count))


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
        blocks = f"<script type='application/ld+json'>{broken}</script>" + blocks
    return blocks
