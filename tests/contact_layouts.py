"""Layout cases for contact extraction: page snippets as clinic sites print them, and what a careful reader takes.

Each case is a piece of a page (HTML) and the clinic locations it states, each as (street, city, state, ZIP, phone).
The texts are written for this project; names and 555-01xx numbers are invented, cities and ZIP codes are real.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Layout:
    id: str
    kind: str                  # footer, block, prose, phone, multi, po_box, map, none
    html: str
    expected: tuple            # ((street, city, state, zip, phone), ...); () when the snippet states no location
    point: tuple | None = None     # (lat, lon) a map link or embed gives, when one does


ELM = ("210 Elm St", "Salem", "OR", "97301", "+15035550110")
LARIMER_300 = ("1420 Larimer St, Suite 300", "Denver", "CO", "80202", "+13035550142")


def _elm(phone="+15035550110", street="210 Elm St"):
    return ((street, "Salem", "OR", "97301", phone),)


FOOTERS = [
    Layout("pipes, name first", "footer",
           "<footer><p>Salem Mind Clinic | 210 Elm St | Salem, OR 97301 | (503) 555-0110</p></footer>", (ELM,)),
    Layout("pipes, no name", "footer", "<footer><p>210 Elm St | Salem, OR 97301 | (503) 555-0110</p></footer>",
           (ELM,)),
    Layout("middle dots", "footer",
           "<footer><p>Salem Mind Clinic · 210 Elm St · Salem, OR 97301 · (503) 555-0110</p></footer>", (ELM,)),
    Layout("bullets", "footer",
           "<footer><p>Salem Mind Clinic • 210 Elm St • Salem, OR 97301 • 503-555-0110</p></footer>", (ELM,)),
    Layout("en dashes", "footer",
           "<footer><p>Salem Mind Clinic – 210 Elm St – Salem, OR 97301 – 503.555.0110</p></footer>", (ELM,)),
    Layout("em dashes", "footer",
           "<footer><p>Salem Mind Clinic—210 Elm St—Salem, OR 97301—503.555.0110</p></footer>", (ELM,)),
    Layout("slashes", "footer",
           "<footer><p>Salem Mind Clinic / 210 Elm St / Salem, OR 97301 / 503-555-0110</p></footer>", (ELM,)),
    Layout("commas only", "footer",
           "<footer><p>Salem Mind Clinic, 210 Elm St, Salem, OR 97301, 503-555-0110</p></footer>", (ELM,)),
    Layout("street before the name", "footer",
           "<footer><p>210 Elm St, Salem, OR 97301 | Salem Mind Clinic | Tel 503-555-0110</p></footer>", (ELM,)),
    Layout("suite as its own column", "footer",
           "<footer><p>Summit Ketamine | 1420 Larimer St | Suite 300 | Denver, CO 80202 | (303) 555-0142</p></footer>",
           (LARIMER_300,)),
    Layout("suite before the street", "footer",
           "<footer><p>Summit Ketamine · Suite 300, 1420 Larimer St · Denver, CO 80202 · (303) 555-0142</p></footer>",
           (LARIMER_300,)),
    Layout("no commas at all", "footer",
           "<footer><p>1420 Larimer St Unit 5 Denver CO 80202 &nbsp; 303 555 0142</p></footer>",
           (("1420 Larimer St Unit 5", "Denver", "CO", "80202", "+13035550142"),)),
    Layout("state spelled out, ZIP+4", "footer",
           "<footer><p>Salem Mind Clinic | 210 Elm St | Salem, Oregon 97301-4422 | (503) 555-0110</p></footer>",
           (ELM,)),
    Layout("copyright line", "footer",
           "<footer><p>© 2026 Salem Mind Clinic · 210 Elm St, Salem, OR 97301 · All rights reserved</p>"
           "<p><a href='tel:5035550110'>Call us</a></p></footer>", (ELM,)),
    Layout("hours and e-mail between", "footer",
           "<footer><p>210 Elm St, Salem, OR 97301 | Mon–Fri 8:00–5:00 | hello@salem-mind.example | "
           "P: 503-555-0110</p></footer>", (ELM,)),
    Layout("directional suffix and floor", "footer",
           "<footer><p>Juniper Ketamine | 400 Gold Ave SW, 2nd Floor | Albuquerque, NM 87102 | 505-555-0166</p>"
           "</footer>", (("400 Gold Ave SW, 2nd Floor", "Albuquerque", "NM", "87102", "+15055550166"),)),
    Layout("three-word city", "footer",
           "<footer><p>Oak Ketamine · 15 W South Temple, Ste 800 · Salt Lake City, UT 84101 · 801-555-0119</p>"
           "</footer>",
           (("15 W South Temple, Ste 800", "Salt Lake City", "UT", "84101", "+18015550119"),)),
    Layout("building and unit", "footer",
           "<footer><p>Bayou Infusions | Building B, Unit 210 | 4500 Main St | Houston, TX 77002 | 713-555-0150</p>"
           "</footer>", (("4500 Main St, Building B, Unit 210", "Houston", "TX", "77002", "+17135550150"),)),
    Layout("highway address", "footer",
           "<footer><p>Gulf Coast Ketamine • 12500 US Highway 19 N, Suite 4 • Clearwater, FL 33764 • "
           "727-555-0181</p></footer>",
           (("12500 US Highway 19 N, Suite 4", "Clearwater", "FL", "33764", "+17275550181"),)),
    Layout("hash unit and dotted abbreviations", "footer",
           "<footer><p>Gateway Ketamine | 700 Market St. #210 | St. Louis, MO 63101 | (314) 555-0175</p></footer>",
           (("700 Market St. #210", "St. Louis", "MO", "63101", "+13145550175"),)),
    Layout("columns of a footer grid", "footer",
           "<footer><div class='col'><h4>Visit</h4><p>210 Elm St | Salem, OR 97301</p></div><div class='col'>"
           "<h4>Call</h4><p>(503) 555-0110</p></div></footer>", (ELM,)),
]

BLOCKS = [
    Layout("street and city split by br", "block",
           "<p>210 Elm St<br>Salem, OR 97301</p><p>(503) 555-0110</p>", (ELM,)),
    Layout("address element", "block",
           "<address>Salem Mind Clinic<br>210 Elm St, Suite 4<br>Salem, OR 97301<br>Phone: 503-555-0110</address>",
           (("210 Elm St, Suite 4", "Salem", "OR", "97301", "+15035550110"),)),
    Layout("divs per line", "block",
           "<div class='addr'><div>210 Elm St</div><div>Salem, OR 97301</div></div><div>Call 503-555-0110</div>",
           (ELM,)),
    Layout("spans per part", "block",
           "<p><span class='street'>210 Elm St</span><br><span class='city'>Salem</span>, "
           "<span class='state'>OR</span> <span class='zip'>97301</span></p><p>503-555-0110</p>", (ELM,)),
    Layout("suite on a line of its own", "block",
           "<p>Summit Ketamine<br>1420 Larimer St<br>Suite 300<br>Denver, CO 80202<br>(303) 555-0142</p>",
           (LARIMER_300,)),
    Layout("label on the line before", "block",
           "<h3>Address</h3><p>210 Elm St<br>Salem, OR 97301</p><h3>Phone</h3><p>503-555-0110</p>", (ELM,)),
    Layout("label inline", "block",
           "<p><strong>Address:</strong> 210 Elm St, Salem, OR 97301</p><p><strong>Phone:</strong> 503-555-0110</p>",
           (ELM,)),
    Layout("table of contact details", "block",
           "<table><tr><th>Address</th><td>210 Elm St, Salem, OR 97301</td></tr><tr><th>Phone</th>"
           "<td>503-555-0110</td></tr><tr><th>Fax</th><td>503-555-0111</td></tr></table>", (ELM,)),
    Layout("list of contact details", "block",
           "<ul class='contact'><li>210 Elm St</li><li>Salem, OR 97301</li><li>P: 503-555-0110</li>"
           "<li>F: 503-555-0111</li></ul>", (ELM,)),
    Layout("definition list", "block",
           "<dl><dt>Where</dt><dd>210 Elm St<br>Salem, OR 97301</dd><dt>Phone</dt><dd>503-555-0110</dd></dl>",
           (ELM,)),
    Layout("icons before each line", "block",
           "<ul><li><i class='fa fa-map'></i> 1420 Larimer St, Suite 300, Denver, CO 80202</li>"
           "<li><i class='fa fa-phone'></i> (303) 555-0142</li></ul>", (LARIMER_300,)),
    Layout("contact page with a form beside", "block",
           "<h1>Contact us</h1><form><label>Your name</label><input name='n'><label>Phone</label><input name='p'>"
           "<button>Send</button></form><div><h2>Our office</h2><p>1420 Larimer St, Suite 300<br>Denver, CO 80202"
           "</p><p>Call (303) 555-0142</p></div>", (LARIMER_300,)),
    Layout("name, street, suite, city in one address element", "block",
           "<address>Summit Ketamine<br>Suite 300<br>1420 Larimer St<br>Denver, CO 80202</address>"
           "<p>303.555.0142</p>", (LARIMER_300,)),
]

PROSE = [
    Layout("visit us at", "prose", "<p>Visit us at 210 Elm St, Salem, OR 97301. Call (503) 555-0110 to book.</p>",
           (ELM,)),
    Layout("located at, with trailing words", "prose",
           "<p>We are located at 1420 Larimer St, Suite 300, Denver, CO 80202, across from the train station. "
           "Questions? Call 303-555-0142.</p>", (LARIMER_300,)),
    Layout("our office colon", "prose", "<p>Our office: 210 Elm St, Salem, OR 97301 (503) 555-0110</p>", (ELM,)),
    Layout("street then 'in' city", "prose",
           "<p>You will find us at 210 Elm St in Salem, OR 97301, a short walk from the river.</p>"
           "<p>Phone 503-555-0110</p>", (ELM,)),
    Layout("a year before the house number", "prose",
           "<p>Since 2015 we have cared for patients at 210 Elm St, Salem, OR 97301. Reach us at 503-555-0110.</p>",
           (ELM,)),
    Layout("counts and prices before the address", "prose",
           "<p>Over 2,000 infusions given, 6 infusions for $2,700. Our clinic sits at 210 Elm St, Salem, OR 97301."
           "</p><p>Call or text 503-555-0110</p>", (ELM,)),
    Layout("moved notice", "prose",
           "<p>We have moved! Our new home is 1420 Larimer St, Suite 300, Denver, CO 80202.</p>"
           "<p>Same number: (303) 555-0142</p>", (LARIMER_300,)),
    Layout("floor in words", "prose",
           "<p>Find us on the third floor of 1420 Larimer St, Denver, CO 80202.</p><p>Tel. 303-555-0142</p>",
           (("1420 Larimer St", "Denver", "CO", "80202", "+13035550142"),)),
]

PHONES = [
    Layout("call or text, no tel link", "phone",
           "<p>210 Elm St, Salem, OR 97301</p><p>Call or text (503) 555-0110</p>", (ELM,)),
    Layout("P and F letters", "phone",
           "<p>210 Elm St, Salem, OR 97301</p><p>P: 503.555.0110 F: 503.555.0111</p>", (ELM,)),
    Layout("fax printed before the phone", "phone",
           "<p>210 Elm St, Salem, OR 97301</p><p>Fax: 503-555-0111 | Phone: 503-555-0110</p>", (ELM,)),
    Layout("fax beside a tel link", "phone",
           "<p>210 Elm St, Salem, OR 97301 · Fax (503) 555-0111</p><p><a href='tel:+15035550110'>Call now</a></p>",
           (ELM,)),
    Layout("NPI and tax numbers", "phone",
           "<p>210 Elm St, Salem, OR 97301</p><p>NPI 2345678901 · Tax ID 12-3456789 · Call 503-555-0110</p>",
           (ELM,)),
    Layout("extension", "phone", "<p>210 Elm St, Salem, OR 97301 · Phone: 503-555-0110 ext. 2</p>", (ELM,)),
    Layout("text us", "phone", "<p>210 Elm St, Salem, OR 97301</p><p>Text us: 503 555 0110</p>", (ELM,)),
    Layout("dates beside the phone", "phone",
           "<p>210 Elm St, Salem, OR 97301</p><p>Updated 01/15/2026. Closed 12/24/2026.</p><p>503-555-0110</p>",
           (ELM,)),
    Layout("crisis line in the footer", "phone",
           "<p>210 Elm St, Salem, OR 97301 | (503) 555-0110</p><p>In crisis? Call the hotline at 1-800-555-0199 "
           "or dial 988.</p>", (ELM,)),
    Layout("phone before the address", "phone",
           "<p>Call (503) 555-0110 · 210 Elm St, Salem, OR 97301</p>", (ELM,)),
    Layout("non-breaking hyphens", "phone", "<p>210 Elm St, Salem, OR 97301</p><p>Call 503‑555‑0110</p>", (ELM,)),
    Layout("country code", "phone", "<p>210 Elm St, Salem, OR 97301 · +1 503 555 0110</p>", (ELM,)),
    Layout("toll-free beside the local number", "phone",
           "<p>210 Elm St, Salem, OR 97301</p><p>Office: (503) 555-0110 · Toll-free: 1-800-555-0123</p>", (ELM,)),
    Layout("phone only in a tel link's text", "phone",
           "<p>210 Elm St, Salem, OR 97301</p><p><a href='tel:5035550110'>503-555-0110</a></p>", (ELM,)),
    Layout("phone/fax shared", "phone", "<p>210 Elm St, Salem, OR 97301 · Phone/Fax: 503-555-0110</p>", (ELM,)),
    Layout("vanity number with digits", "phone",
           "<p>210 Elm St, Salem, OR 97301 · Call 1-800-KET-CARE (1-800-555-0124)</p>",
           (_elm("+18005550124")[0],)),
]

MULTI = [
    Layout("two blocks, each with its phone", "multi",
           "<h1>Our locations</h1><section><h2>Linden Ketamine North</h2><p>12 Anderson Ln<br>Austin, TX 78757</p>"
           "<p>Call (512) 555-0101</p></section><section><h2>Linden Ketamine South</h2><p>4000 S Congress Ave<br>"
           "Austin, TX 78704</p><p>Call (512) 555-0102</p></section>",
           (("12 Anderson Ln", "Austin", "TX", "78757", "+15125550101"),
            ("4000 S Congress Ave", "Austin", "TX", "78704", "+15125550102"))),
    Layout("one line per location", "multi",
           "<p>North: 12 Anderson Ln, Austin, TX 78757 (512) 555-0101 · South: 4000 S Congress Ave, Austin, TX 78704 "
           "(512) 555-0102</p>",
           (("12 Anderson Ln", "Austin", "TX", "78757", "+15125550101"),
            ("4000 S Congress Ave", "Austin", "TX", "78704", "+15125550102"))),
    Layout("table of locations", "multi",
           "<table><tr><th>Clinic</th><th>Address</th><th>Phone</th></tr><tr><td>Tempe</td>"
           "<td>60 E Rio Salado Pkwy, Tempe, AZ 85281</td><td>480-555-0132</td></tr><tr><td>Scottsdale</td>"
           "<td>7014 E Camelback Rd, Scottsdale, AZ 85251</td><td>480-555-0133</td></tr></table>",
           (("60 E Rio Salado Pkwy", "Tempe", "AZ", "85281", "+14805550132"),
            ("7014 E Camelback Rd", "Scottsdale", "AZ", "85251", "+14805550133"))),
    Layout("phones and faxes per location", "multi",
           "<div><h3>Denver</h3><p>1420 Larimer St, Suite 300<br>Denver, CO 80202<br>Fax 303-555-0149<br>"
           "Phone 303-555-0142</p></div><div><h3>Boulder</h3><p>2525 Arapahoe Ave<br>Boulder, CO 80302<br>"
           "Phone 303-555-0143<br>Fax 303-555-0148</p></div>",
           (LARIMER_300, ("2525 Arapahoe Ave", "Boulder", "CO", "80302", "+13035550143"))),
    Layout("same location in footer and block", "multi",
           "<div><p>1420 Larimer Street, Suite 300<br>Denver, CO 80202</p><p>(303) 555-0142</p></div>"
           "<footer>Summit Ketamine | 1420 Larimer St Ste 300 | Denver, CO 80202</footer>",
           (("1420 Larimer Street, Suite 300", "Denver", "CO", "80202", "+13035550142"),)),
    Layout("locations in a list, phone first", "multi",
           "<ul><li>(602) 555-0131 — 2 N Central Ave, Phoenix, AZ 85004</li>"
           "<li>(480) 555-0132 — 60 E Rio Salado Pkwy, Tempe, AZ 85281</li></ul>",
           (("2 N Central Ave", "Phoenix", "AZ", "85004", "+16025550131"),
            ("60 E Rio Salado Pkwy", "Tempe", "AZ", "85281", "+14805550132"))),
]

PO_BOXES = [
    Layout("mailing box beside the street", "po_box",
           "<p>Office: 210 Elm St, Salem, OR 97301</p><p>Mailing address: PO Box 1450, Salem, OR 97308</p>"
           "<p>503-555-0110</p>", (ELM,)),
    Layout("box printed first", "po_box",
           "<footer><p>P.O. Box 1450 · Salem, OR 97308</p><p>Clinic: 210 Elm St · Salem, OR 97301 · 503-555-0110</p>"
           "</footer>", (ELM,)),
    Layout("only a box", "po_box", "<footer><p>Salem Mind Clinic · PO Box 1450 · Salem, OR 97308</p></footer>", ()),
    Layout("mailing street address labelled", "po_box",
           "<p>Send payments to: 99 Court St NE, Salem, OR 97301</p><p>Visit us: 210 Elm St, Salem, OR 97301</p>"
           "<p>503-555-0110</p>", (ELM,)),
]

MAPS = [
    Layout("google embed with q address", "map",
           "<p>Call 503-555-0110</p><iframe src='https://maps.google.com/maps?q=210%20Elm%20St%2C%20Salem%2C%20OR%20"
           "97301&amp;t=&amp;z=15&amp;output=embed'></iframe>", (ELM,)),
    Layout("place link with address and point", "map",
           "<p>210 Elm St, Salem, OR 97301 · 503-555-0110</p><a href='https://maps.google.com/maps/place/210+Elm+St,"
           "+Salem,+OR+97301/@44.9401,-123.0351,17z/data=!3m1!4b1'>Directions</a>", (ELM,), (44.9401, -123.0351)),
    Layout("place pair beats viewport", "map",
           "<p>210 Elm St, Salem, OR 97301 · 503-555-0110</p><a href='https://maps.google.com/maps/place/Salem+Mind+"
           "Clinic/@44.95,-123.05,15z/data=!4m6!3m5!1s0x0:0x1!8m2!3d44.9401!4d-123.0351!16s'>Map</a>",
           (ELM,), (44.9401, -123.0351)),
    Layout("embed pb with a place pair", "map",
           "<p>210 Elm St, Salem, OR 97301 · 503-555-0110</p><iframe src='https://maps.google.com/maps/embed?pb=!1m18"
           "!1m12!1m3!1d2825.1!2d-123.0355!3d44.9405!2m3!1f0!2f0!3f0!3m2!1i1024!2i768!4f13.1!3m3!1m2!1s0x0%3A0x1!2s"
           "Salem%20Mind%20Clinic!5e0!3m2!1sen!2sus!4v1'></iframe>", (ELM,), (44.9405, -123.0355)),
    Layout("openstreetmap marker link", "map",
           "<p>210 Elm St, Salem, OR 97301 · 503-555-0110</p><a href='https://openstreetmap.org/?mlat=44.9401&amp;"
           "mlon=-123.0351#map=18/44.9401/-123.0351'>View on OpenStreetMap</a>", (ELM,), (44.9401, -123.0351)),
    Layout("openstreetmap embed", "map",
           "<p>210 Elm St, Salem, OR 97301 · 503-555-0110</p><iframe src='https://openstreetmap.org/export/embed."
           "html?bbox=-123.04%2C44.93%2C-123.03%2C44.95&amp;layer=mapnik&amp;marker=44.9401%2C-123.0351'></iframe>",
           (ELM,), (44.9401, -123.0351)),
    Layout("directions link with a destination", "map",
           "<p>Call 503-555-0110</p><a href='https://maps.google.com/maps/dir/?api=1&amp;destination=210+Elm+St+Salem+"
           "OR+97301'>Get directions</a>", (ELM,)),
    Layout("point-only link beside a text address", "map",
           "<p>210 Elm St, Salem, OR 97301 · 503-555-0110</p><a href='https://maps.google.com/?q=44.9401,-123.0351'>"
           "Map</a>", (ELM,), (44.9401, -123.0351)),
    Layout("apple maps link", "map",
           "<p>Call 503-555-0110</p><a href='https://maps.apple.com/?address=210%20Elm%20St,%20Salem,%20OR%2097301"
           "&amp;ll=44.9401,-123.0351'>Open in Maps</a>", (ELM,), (44.9401, -123.0351)),
    Layout("map of somewhere with no address or point", "map",
           "<p>210 Elm St, Salem, OR 97301 · 503-555-0110</p><a href='https://maps.google.com/maps'>Maps</a>", (ELM,)),
]

NONE = [
    Layout("city and ZIP only", "none", "<p>Serving patients across Denver, CO 80202 and beyond.</p>", ()),
    Layout("phone and hours only", "none", "<p>Call us at 303-555-0142 to book. Open 9–5.</p>", ()),
    Layout("ranking with a state", "none", "<p>Ranked #1 in CO 2024 by readers; 80202 patients served.</p>", ()),
    Layout("prices and counts", "none", "<p>6 infusions for $2,700. Each infusion 40 minutes. Since 2015.</p>", ()),
]

LAYOUTS = FOOTERS + BLOCKS + PROSE + PHONES + MULTI + PO_BOXES + MAPS + NONE
