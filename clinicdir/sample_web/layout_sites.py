"""Sample sites that print their contact details as real clinic sites do, and carry no structured data to lean on.

One-line footers with "|", "·", "•", "–", "/" or commas; the street before the clinic's name; suite, unit, floor and
building forms; an <address> block with the suite on a line of its own; prose; an address printed only on the
contact page; a chain of three without structured data; a PO box beside the street; map links and embedded maps
(Google Maps `q=`, `/place/` with `@lat,lng` and `!3d!4d`, an embed's `!2d!3d`, OpenStreetMap `mlat`/`mlon`);
phones as plain text ("Call or text", "P:"), beside faxes, an NPI number and a crisis line. Every name and phone
number is invented (555-01xx); cities and ZIP codes are real, and every map point lies within the clinic's ZIP area.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from clinicdir.sample_web.catalog import Location, Site


@dataclass(frozen=True)
class Layout:
    footer: str             # HTML of the footer's contact line(s), on every page
    contact: str = ""       # HTML of the contact page's own contact block
    home: str = ""          # HTML added to the home page
    locations: str = ""     # HTML of a chain's locations page


def _one(name, street, city, state, zip_code, phone) -> tuple[Location, ...]:
    return (Location(name, street, city, state, zip_code, phone),)


_CONTACT_FORM = ("<form class='contact-form'><label>Your name <input name='name'></label><label>Phone "
                 "<input name='phone'></label><label>Message <textarea name='message'></textarea></label>"
                 "<button type='submit'>Send</button></form>")

_LARKSPUR = (
    Location("Larkspur Ketamine Dallas", "2001 Bryan St", "Dallas", "TX", "75201", "(214) 555-0182"),
    Location("Larkspur Ketamine Plano", "5800 Granite Pkwy", "Plano", "TX", "75024", "(469) 555-0183"),
    Location("Larkspur Ketamine Fort Worth", "500 W 7th St", "Fort Worth", "TX", "76102", "(817) 555-0184"),
)

_SITES: tuple[tuple[Site, Layout], ...] = (
    (Site("azalea", _one("Azalea Ketamine Clinic", "245 Court St NE", "Salem", "OR", "97301", "(503) 555-0171"),
          "none", ("Each ketamine infusion is $475.",), treats=("depression", "anxiety"),
          services="IV ketamine infusions for depression and anxiety."),
     Layout("<p>Azalea Ketamine Clinic | 245 Court St NE | Salem, OR 97301 | (503) 555-0171</p>",
            contact="<p>Send us a message and a nurse will call you back within one business day.</p>"
                    + _CONTACT_FORM)),
    (Site("bluebell", _one("Bluebell Infusion Center", "120 N Stone Ave, Suite 210", "Tucson", "AZ", "85701",
                           "(520) 555-0172"), "none", ("Ketamine infusion: $525 per session.",),
          treats=("depression", "ptsd"), services="IV ketamine infusions for depression and PTSD."),
     Layout("<p>120 N Stone Ave · Suite 210 · Tucson, AZ 85701 · Bluebell Infusion Center · Tel (520) 555-0172</p>",
            contact=_CONTACT_FORM)),
    (Site("camellia", _one("Camellia Mind Care", "455 S 4th St", "Louisville", "KY", "40202", "(502) 555-0173"),
          "none", ("Each ketamine infusion is $450.",), treats=("depression",),
          services="IV ketamine infusions for depression."),
     Layout("<p>Camellia Mind Care • 455 S 4th St • Louisville, KY 40202</p><p>Call or text (502) 555-0173 • "
            "NPI 2345678903</p><p>In crisis? Call our regional crisis line at 1-800-555-0199, or dial 988.</p>")),
    (Site("dahlia", _one("Dahlia Ketamine Wellness", "30 W Mifflin St, 4th Floor", "Madison", "WI", "53703",
                         "(608) 555-0174"), "none", ("Each ketamine infusion is $500.",),
          treats=("depression", "anxiety"), services="IV ketamine infusions for depression and anxiety."),
     Layout("<p>Dahlia Ketamine Wellness – 30 W Mifflin St, 4th Floor – Madison, WI 53703 – F: (608) 555-0179 – "
            "P: (608) 555-0174</p>")),
    (Site("foxglove", _one("Foxglove Ketamine", "701 E Franklin St, Building 2", "Richmond", "VA", "23219",
                           "(804) 555-0175"), "none", ("Each ketamine infusion is $550.",),
          treats=("depression", "ocd"), services="IV ketamine infusions for depression and OCD."),
     Layout("<p>Foxglove Ketamine / Building 2, 701 E Franklin St / Richmond, VA 23219 / Phone 804.555.0175</p>"
            "<p><a href='tel:+18045550175'>Call now</a></p>")),
    (Site("gardenia", _one("Gardenia Ketamine Clinic", "2000 3rd Ave N, Unit 150", "Birmingham", "AL", "35203",
                           "(205) 555-0176"), "none", ("Each ketamine infusion is $425.",),
          treats=("depression",), services="IV ketamine infusions for depression."),
     Layout("<p>Gardenia Ketamine Clinic, 2000 3rd Ave N, Unit 150, Birmingham, AL 35203, 205-555-0176</p>")),
    (Site("heather", _one("Heather Ketamine Care", "10 Dorrance St, Suite 700", "Providence", "RI", "02903",
                          "(401) 555-0177"), "none", ("Each ketamine infusion is $600.",),
          treats=("depression", "ptsd"), services="IV ketamine infusions for depression and PTSD."),
     Layout("<address>Heather Ketamine Care<br>10 Dorrance St<br>Suite 700<br>Providence, RI 02903<br>"
            "Fax (401) 555-0178<br>Phone (401) 555-0177</address>")),
    (Site("iris", _one("Iris Ketamine Therapy", "666 Walnut St, Suite 1200", "Des Moines", "IA", "50309",
                       "(515) 555-0180"), "none", ("Each ketamine infusion is $495.",),
          treats=("depression", "anxiety"), services="IV ketamine infusions for depression and anxiety."),
     Layout("<p>Iris Ketamine Therapy · <a href='/contact'>Contact and directions</a></p>",
            contact="<div class='contact-card'><h2>Our office</h2><div>666 Walnut St, Suite 1200</div>"
                    "<div>Des Moines, IA 50309</div><div>Phone: (515) 555-0180</div></div>"
                    "<iframe title='Map' src='https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d2984.6"
                    "!2d-93.6250!3d41.5868!2m3!1f0!2f0!3f0!3m2!1i1024!2i768!4f13.1!3m3!1m2!1s0x0%3A0x3"
                    "!2sIris%20Ketamine%20Therapy!5e0!3m2!1sen!2sus!4v1700000000000'></iframe>")),
    (Site("jasmine", _one("Jasmine Ketamine Institute", "160 King St, 2nd Floor", "Charleston", "SC", "29401",
                          "(843) 555-0181"), "none", ("Each ketamine infusion is $575.",),
          treats=("depression",), services="IV ketamine infusions for depression."),
     Layout("<p>Jasmine Ketamine Institute, caring for the Lowcountry since 2016.</p>",
            home="<p>Visit us at 160 King St, 2nd Floor, Charleston, SC 29401, a block from the market. Call or "
                 "text (843) 555-0181 to book your first visit.</p>",
            contact="<p>We are located at 160 King St, 2nd Floor, Charleston, SC 29401. Street parking is free after "
                    "six. Call or text (843) 555-0181.</p>")),
    (Site("larkspur", _LARKSPUR, "none", ("Each ketamine infusion is $525 at every Larkspur clinic.",),
          treats=("depression", "ptsd"), services="IV ketamine infusions for depression and PTSD."),
     Layout("<p>Larkspur Ketamine · Three clinics in North Texas · <a href='/locations'>Find a location</a></p>",
            home="<p>Our first clinic, Larkspur Ketamine Dallas, opened downtown in 2019; Plano and Fort Worth "
                 "followed.</p>",
            # Each location under its city's name, with its own phone and fax.
            locations="".join(
                f"<section class='location'><h2>{loc.city}</h2><p>{loc.street}<br>{loc.city}, {loc.state} "
                f"{loc.postal_code}</p><p>Phone {loc.phone}<br>Fax {fax}</p></section>"
                for loc, fax in zip(_LARKSPUR, ("(214) 555-0192", "(469) 555-0193", "(817) 555-0194"))))),
    (Site("marigold", _one("Marigold Ketamine", "123 W Palace Ave", "Santa Fe", "NM", "87501", "(505) 555-0185"),
          "none", ("Each ketamine infusion is $450.",), treats=("depression", "anxiety"),
          services="IV ketamine infusions for depression and anxiety."),
     Layout("<p>Mailing address: PO Box 2210, Santa Fe, NM 87504</p>"
            "<p>Clinic: 123 W Palace Ave, Santa Fe, NM 87501 | (505) 555-0185</p>")),
    (Site("nasturtium", _one("Nasturtium Ketamine", "75 Market St", "Portland", "ME", "04101", "(207) 555-0186"),
          "none", ("Each ketamine infusion is $500.",), treats=("depression",),
          services="IV ketamine infusions for depression."),
     Layout("<p>Nasturtium Ketamine · Call (207) 555-0186</p>",
            contact="<p>Find us on the map below; the entrance is on the side street.</p><iframe title='Map' "
                    "src='https://maps.google.com/maps?q=75%20Market%20St%2C%20Portland%2C%20ME%2004101&amp;t=&amp;"
                    "z=15&amp;ie=UTF8&amp;iwloc=&amp;output=embed' width='600' height='450'></iframe>")),
    (Site("peony", _one("Peony Ketamine Center", "1001 Bishop St, Suite 2100", "Honolulu", "HI", "96813",
                        "(808) 555-0187"), "none", ("Each ketamine infusion is $650.",),
          treats=("depression", "ptsd"), services="IV ketamine infusions for depression and PTSD."),
     Layout("<p>Peony Ketamine Center · 1001 Bishop St, Suite 2100 · Honolulu, HI 96813 · (808) 555-0187 · "
            "<a href='https://www.google.com/maps/place/Peony+Ketamine+Center/@21.3100,-157.8640,17z/data=!3m1!4b1"
            "!4m6!3m5!1s0x0:0x2!8m2!3d21.3094!4d-157.8627'>Directions</a></p>")),
    (Site("primrose", _one("Primrose Ketamine Clinic", "100 Bank St", "Burlington", "VT", "05401",
                           "(802) 555-0188"), "none", ("Each ketamine infusion is $475.",),
          treats=("depression", "anxiety"), services="IV ketamine infusions for depression and anxiety."),
     Layout("<p>Primrose Ketamine Clinic · Burlington, Vermont</p>",
            contact="<table class='contact'><tr><th>Address</th><td>100 Bank St, Burlington, VT 05401</td></tr>"
                    "<tr><th>Phone</th><td>(802) 555-0188</td></tr><tr><th>Fax</th><td>(802) 555-0189</td></tr>"
                    "</table><p><a href='https://www.openstreetmap.org/?mlat=44.4778&amp;mlon=-73.2140#map=18/"
                    "44.4778/-73.2140'>View on OpenStreetMap</a></p>")),
)

LAYOUT_SITES: tuple[Site, ...] = tuple(site for site, _ in _SITES)
_LAYOUTS: dict[str, Layout] = {site.key: layout for site, layout in _SITES}


def layout_pages(site: Site, base_url: str) -> dict | None:
    """Path -> page of a layout site; None for the other sites."""
    layout = _LAYOUTS.get(site.key)
    if layout is None:
        return None
    # The sample web's page parts; imported here because pages.py reaches this module through the catalog.
    from clinicdir.sample_web import pages as base, prose

    label = prose.choice(prose.FEE_MENU_LABELS, site.key)
    menu = [("/", "Home"), ("/about", "About"), ("/treatments", "Treatments"), ("/pricing", label),
            ("/contact", "Contact")] + ([("/locations", "Locations")] if layout.locations else [])

    def page(title: str, body: str):
        return base.Page(_html(site, layout.footer, menu, title, body, base._theme_css(site.key)).encode())

    sections = "".join(f"<section class='condition'><h2>{escape(heading)}</h2><p>{escape(text)}</p></section>"
                       for heading, text in (prose.CONDITION_SECTIONS[code] for code in site.treats))
    pages = {
        "/": page("Home", f"<section class='hero'><h1>{escape(_brand(site))}</h1><p class='lead'>"
                  f"{escape(prose.choice(prose.HEROES, site.key))}</p><p>{escape(site.services)}</p></section>"
                  + layout.home + base._paragraphs(site, prose.GENERAL, "home", 6)),
        "/about": page("About us", "<h1>About us</h1>" + base._paragraphs(site, prose.GENERAL, "about", 7)),
        "/treatments": page("Treatments", f"<h1>Treatments</h1><p>{escape(site.services)}</p>" + sections
                            + base._paragraphs(site, prose.GENERAL, "treatments", 4)),
        "/pricing": page(label, f"<h1>{escape(label)}</h1>" + base._price_block(site)
                         + base._paragraphs(site, prose.GENERAL, "fees", 2)),
        "/contact": page("Contact", "<h1>Contact us</h1>" + layout.contact
                         + base._paragraphs(site, prose.GENERAL, "contact", 2)),
        "/robots.txt": base.Page(b"User-agent: *\nDisallow: /wp-admin/\n", content_type="text/plain; charset=utf-8"),
    }
    if layout.locations:
        pages["/locations"] = page("Locations", "<h1>Our locations</h1>" + layout.locations)
    return pages


def _brand(site: Site) -> str:
    return f"{site.key.title()} Ketamine" if len(site.locations) > 1 else site.name


def _html(site: Site, footer: str, menu: list[tuple[str, str]], title: str, body: str, css: str) -> str:
    links = "".join(f"<li><a href='{href}'>{escape(text)}</a></li>" for href, text in menu)
    return f"""<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)} | {escape(_brand(site))}</title>
<style id="theme-inline-css">{css}</style></head>
<body><header class="site-header"><a class="logo" href="/">{escape(_brand(site))}</a>
<nav aria-label="Main"><ul>{links}</ul></nav></header>
<main id="content">{body}</main>
<footer class="site-footer">{footer}
<p class="copyright">© 2026 {escape(_brand(site))}. This website does not provide medical advice.</p></footer>
</body></html>"""
