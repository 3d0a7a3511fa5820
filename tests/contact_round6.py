"""Round-six contact layouts: pages in the voices of different site builders, and the earlier rules' reach.

Earlier rounds added rules that drop other people's places and numbers: a billing office, a parking garage, a
church, a hotel or an airport named before an address, a crisis line, a chain's other branches. This round aims at
what those rules may now drop of the clinic's own: a clinic in Billings or Park City, on Church Street, "minutes
from the airport", a booking line printed after "call or text 988"; and at what they do not cover yet: Spanish
labels ("Dirección postal", "Mensajes de texto", "Estacionamiento"), a chain's location marked closed after its
address, a telehealth company's office, landmarks in driving directions. Pages are written as Wix, Squarespace,
WordPress page builders, GoDaddy, a hospital system's CMS, a chain's location template, one-page landing sites and
telehealth start-ups print them, with the address often printed once, deep in a long page.

Each case is a page or a piece of one and the clinic locations a careful reader takes from it, each as (street, city,
state, ZIP, phone). Names and 555-01xx numbers are invented; cities and ZIP codes are real.
"""

from __future__ import annotations

from tests.contact_layouts import Layout
from tests.contact_round3 import _ld, _postal
from tests.contact_round5 import HEADER, _whole, _with

BILLINGS = ("2900 12th Ave N", "Billings", "MT", "59101", "+14065550141")
PARK_CITY = ("1790 Bonanza Dr", "Park City", "UT", "84060", "+14355550117")
OVERLAND = ("7300 College Blvd", "Overland Park", "KS", "66210", "+19135550164")
HIGHLAND = ("1850 2nd St", "Highland Park", "IL", "60035", "+18475550133")
BURLINGTON = ("120 Church St", "Burlington", "VT", "05401", "+18025550126")
SAN_ANTONIO = ("300 E Houston St", "San Antonio", "TX", "78205", "+12105550146")
MIAMI = ("1500 SW 8th St", "Miami", "FL", "33135", "+13055550127")
HONOLULU = ("1132 Bishop St", "Honolulu", "HI", "96813", "+18085550114")
DES_MOINES = ("400 Locust St, Suite 200", "Des Moines", "IA", "50309", "+15155550149")
SIOUX_FALLS = ("1100 E 21st St, Suite 400", "Sioux Falls", "SD", "57105", "+16055550151")
FARGO = ("15 Broadway N", "Fargo", "ND", "58102", "+17015550138")
SAVANNAH = ("22 Barnard St", "Savannah", "GA", "31401", "+19125550162")
ANCHORAGE = ("425 G St", "Anchorage", "AK", "99501", "+19075550121")
ALBUQUERQUE = ("400 Gold Ave SW", "Albuquerque", "NM", "87102", "+15055550132")
LEXINGTON = ("250 W Main St", "Lexington", "KY", "40507", "+18595550143")

# A long stretch of body text with numbers in it, as landing pages print before their contact section.
FAQ = ("<section><h2>Frequently asked questions</h2>"
       "<h3>How many infusions will I need?</h3><p>Most patients start with 6 infusions over 2 to 3 weeks, then "
       "boosters every 4 to 12 weeks.</p><h3>How long does an infusion take?</h3><p>About 40 minutes, plus 30 "
       "minutes of rest. Plan on 2 hours in all.</p><h3>What does it cost?</h3><p>Each infusion is $450; the first "
       "series of six is $2,500 when paid up front.</p><h3>Do you take insurance?</h3><p>Infusions are self-pay; we "
       "give you a superbill with CPT codes 96365 and 96366.</p><h3>Who can drive me home?</h3><p>Any adult over 18."
       "</p></section>")


DES_MOINES_FOOTER = "<p>400 Locust St, Suite 200, Des Moines, IA 50309 · 515-555-0149</p>"


# Clinics whose own name or place holds a word an earlier rule reads as someone else's place.
OWN_WORDS = [
    Layout("a clinic named for Billings in a footer line", "footer",
           _whole("<h1>Ketamine infusions in Montana</h1>",
                  "<p>Billings Ketamine Clinic · 2900 12th Ave N · Billings, MT 59101 · 406-555-0141</p>"),
           (BILLINGS,)),
    Layout("a Billings clinic's name as the heading above its address", "block",
           _whole("<h2>Visit</h2><h3>Billings Ketamine &amp; Wellness</h3><p>2900 12th Ave N<br>Billings, MT 59101"
                  "</p><p>Call 406-555-0141</p>"),
           (BILLINGS,)),
    Layout("Park City clinic at its address, in prose", "prose",
           _whole("<h1>About</h1><p>Park City Ketamine at 1790 Bonanza Dr, Park City, UT 84060 opened in 2021.</p>"
                  "<p>Questions? 435-555-0117</p>"),
           (PARK_CITY,)),
    Layout("our Overland Park office at an address", "prose",
           _whole("<h1>Contact</h1><p>Our Overland Park office at 7300 College Blvd, Overland Park, KS 66210 has "
                  "free parking.</p><p>913-555-0164</p>"),
           (OVERLAND,)),
    Layout("located in Highland Park at an address", "prose",
           "<p>We are conveniently located in downtown Highland Park at 1850 2nd St, Highland Park, IL 60035.</p>"
           "<p>Phone 847-555-0133</p>", (HIGHLAND,)),
    Layout("a clinic on Church Street named for it, commas only", "footer",
           _whole("<h1>Vermont ketamine care</h1>",
                  "<p>Church Street Ketamine, 120 Church St, Burlington, VT 05401, 802-555-0126</p>"),
           (BURLINGTON,)),
    Layout("insurance accepted, printed just above the address", "block",
           _whole("<h1>Contact</h1><p>Most insurance accepted</p><p>400 Locust St, Suite 200<br>Des Moines, IA 50309"
                  "</p><p>515-555-0149</p>"),
           (DES_MOINES,)),
    Layout("minutes from the airport, just above the address", "block",
           _whole("<h1>Getting here</h1><p>Minutes from the airport</p><p>1132 Bishop St<br>Honolulu, HI 96813</p>"
                  "<p>808-555-0114</p>"),
           (HONOLULU,)),
    Layout("call or email to book, then the address", "footer",
           _whole("<h1>Des Moines Ketamine</h1>",
                  "<p>Call or email to book: 400 Locust St, Suite 200, Des Moines, IA 50309 · 515-555-0149</p>"),
           (DES_MOINES,)),
    Layout("a Billings hospital's clinic named in its heading", "multi",
           _whole("<h1>Ketamine Clinic</h1><h3>Billings Clinic Downtown</h3><p>2900 12th Ave N<br>Billings, MT "
                  "59101</p><p>Appointments: 406-555-0141</p>"),
           (BILLINGS,)),
]

SPANISH = [
    Layout("bilingual footer: Dirección and Teléfono", "footer",
           _whole("<h1>Terapia de ketamina</h1><p>Se habla español.</p>",
                  "<p>Dirección: 300 E Houston St, San Antonio, TX 78205 · Teléfono: (210) 555-0146</p>"),
           (SAN_ANTONIO,)),
    Layout("a Spanish text-only line before the call line", "phone",
           "<p>300 E Houston St, San Antonio, TX 78205</p><p>Mensajes de texto: 210-555-0199</p>"
           "<p>Llámenos: 210-555-0146</p>", (SAN_ANTONIO,)),
    Layout("a Spanish fax line before the phone", "phone",
           "<p>300 E Houston St<br>San Antonio, TX 78205</p><p>Facsímil: 210-555-0147 · Teléfono: 210-555-0146</p>",
           (SAN_ANTONIO,)),
    Layout("a Spanish page with its price deep inside and the address once at the end", "prose",
           _whole("<h1>Infusiones de ketamina en Miami</h1><p>Tratamiento para la depresión y el dolor crónico.</p>"
                  + FAQ + "<p>Precio por infusión: $450. Paquete de seis: $2,400.</p><h2>Visítenos</h2>"
                  "<p>Visítenos en 1500 SW 8th St, Miami, FL 33135.</p><p>Llame al 305-555-0127</p>"),
           (MIAMI,)),
    Layout("a Spanish billing office beside the clinic", "multi",
           _whole("<h1>Pagos</h1><p>Oficina de facturación: 2100 Ponce de Leon Blvd, Coral Gables, FL 33134</p>",
                  "<p>Clínica: 1500 SW 8th St, Miami, FL 33135 · 305-555-0127</p>"),
           (MIAMI,)),
    Layout("a Spanish mailing address of a telehealth practice", "none",
           _whole("<h1>Ketamina en casa</h1><p>Todas las consultas son por video.</p>",
                  "<p>Dirección postal: 1600 Stout St, Ste 1400, Denver, CO 80202</p>"), ()),
    Layout("a Spanish parking address before the clinic's", "multi",
           _whole("<h1>Cómo llegar</h1><p>Estacionamiento: 1520 SW 8th St, Miami, FL 33135</p>"
                  "<p>Clínica: 1500 SW 8th St, Miami, FL 33135</p><p>305-555-0127</p>"),
           (MIAMI,)),
    Layout("Spanish: payments sent to a box, the clinic in the footer", "po_box",
           _whole("<h1>Pagos</h1><p>Envíe sus pagos a: PO Box 830, San Antonio, TX 78293</p>",
                  "<p>300 E Houston St, San Antonio, TX 78205 · (210) 555-0146</p>"),
           (SAN_ANTONIO,)),
    Layout("a Spanish crisis line and the clinic's own", "phone",
           _whole("<h1>Contacto</h1><p>1500 SW 8th St, Miami, FL 33135</p><p>Teléfono: 305-555-0127</p>",
                  "<p>¿En crisis? Línea de crisis: 1-800-555-0190</p>"),
           (MIAMI,)),
]

HOTLINES = [
    Layout("call or text 988 first, then the booking line", "phone",
           _whole("<h1>Contact</h1><p>2900 12th Ave N, Billings, MT 59101</p>",
                  "<p>In crisis? Call or text 988. To book, call 406-555-0141.</p>"),
           (BILLINGS,)),
    Layout("a non-emergency line as the only number", "phone",
           _whole("<h1>Contact</h1><p>400 Gold Ave SW, Albuquerque, NM 87102</p>",
                  "<p>For non-emergency questions: 505-555-0132</p>"),
           (ALBUQUERQUE,)),
    Layout("an emergency sentence, then the office line on the same line", "phone",
           "<p>400 Gold Ave SW<br>Albuquerque, NM 87102</p><p>If this is an emergency, dial 911. Office: "
           "505-555-0132</p>", (ALBUQUERQUE,)),
    Layout("the crisis line only, beside an address", "phone",
           "<p>400 Gold Ave SW, Albuquerque, NM 87102</p><p>Suicide and crisis line: 1-800-555-0190</p>",
           (_with(ALBUQUERQUE, phone=""),)),
]

HOSPITAL = [
    Layout("a hospital system's clinic page with many numbers", "multi",
           _whole("<nav>Home › Services › Behavioral Health › Ketamine Clinic</nav><h1>Ketamine Infusion Clinic</h1>"
                  "<h3>Location</h3><p>Medical Office Building 2<br>1100 E 21st St, Suite 400<br>Sioux Falls, SD 57105"
                  "</p><p>Schedule an appointment: 605-555-0151</p><p>Hospital operator: 605-555-0100</p>"
                  "<p>MyChart help desk: 1-877-555-0102</p>",
                  "<p>© 2026 Prairie Health · 1305 W 18th St, Sioux Falls, SD 57105</p>"),
           (SIOUX_FALLS,)),
    Layout("an emergency department's address beside the clinic", "multi",
           _whole("<h1>Ketamine Clinic</h1><p>1100 E 21st St, Suite 400, Sioux Falls, SD 57105 · 605-555-0151</p>"
                  "<p>Emergency Department: 1305 W 18th St, Sioux Falls, SD 57105</p>"),
           (SIOUX_FALLS,)),
    Layout("a hospital's parking garage named before the clinic", "multi",
           _whole("<h1>Directions</h1><p>Park in Garage B at 1250 E 21st St, Sioux Falls, SD 57105.</p>"
                  "<p>The clinic is at 1100 E 21st St, Suite 400, Sioux Falls, SD 57105.</p><p>605-555-0151</p>"),
           (SIOUX_FALLS,)),
    Layout("a hospital clinic with an entrance note in brackets", "block",
           "<h3>Ketamine Clinic</h3><p>1100 E 21st St (Entrance C), Suite 400<br>Sioux Falls, SD 57105</p>"
           "<p>605-555-0151</p>", (SIOUX_FALLS,)),
    Layout("a system's patient billing box and its switchboard", "multi",
           _whole("<h1>Ketamine Clinic</h1><p>1100 E 21st St, Suite 400, Sioux Falls, SD 57105</p><p>Clinic: "
                  "605-555-0151</p>",
                  "<p>Patient Financial Services · PO Box 5039 · Sioux Falls, SD 57117 · Billing: 1-800-555-0111</p>"
                  "<p>Main switchboard: 605-555-0100</p>"),
           (SIOUX_FALLS,)),
]

CHAINS = [
    Layout("a location page with nearby branches and their distances", "multi",
           _whole("<h1>Fargo</h1><p>15 Broadway N<br>Fargo, ND 58102</p><p>Call (701) 555-0138</p>"
                  "<h3>Other locations near you</h3><ul><li>Bismarck · 400 E Broadway Ave, Bismarck, ND 58501 · 196 mi"
                  "</li></ul>"),
           (FARGO, ("400 E Broadway Ave", "Bismarck", "ND", "58501", ""))),
    Layout("a template's unfilled placeholders beside the printed address", "footer",
           _whole("<h1>Fargo</h1><p>{{street}}, {{city}}, {{state}} {{zip}}</p>",
                  "<p>15 Broadway N, Fargo, ND 58102 · 701-555-0138</p>"),
           (FARGO,)),
    Layout("a chain's list with one branch permanently closed", "multi",
           _whole("<h1>Our locations</h1><ul><li>Fargo — 15 Broadway N, Fargo, ND 58102 — 701-555-0138</li>"
                  "<li>Bismarck — 400 E Broadway Ave, Bismarck, ND 58501 — Permanently closed</li></ul>"),
           (FARGO,)),
    Layout("a branch marked closed on the line under it", "multi",
           _whole("<h1>Locations</h1><h3>Fargo</h3><p>15 Broadway N<br>Fargo, ND 58102<br>701-555-0138</p>"
                  "<h3>Bismarck</h3><p>400 E Broadway Ave<br>Bismarck, ND 58501<br>This location is now closed.</p>"),
           (FARGO,)),
    Layout("hours that say closed on Sunday after the address", "footer",
           _whole("<h1>Savannah Ketamine</h1>",
                  "<p>22 Barnard St, Savannah, GA 31401 · Sun: Closed · 912-555-0162</p>"),
           (SAVANNAH,)),
    Layout("closed for the holidays, after the address", "footer",
           _whole("<h1>Savannah Ketamine</h1><div class='notice'>Closed Dec 24–26 for the holidays.</div>",
                  "<p>22 Barnard St<br>Savannah, GA 31401<br>Closed on major holidays</p><p>912-555-0162</p>"),
           (SAVANNAH,)),
    Layout("a chain location page, its JSON-LD with template placeholders", "structured",
           _ld({"@type": "MedicalClinic", "name": "Prairie Ketamine Fargo", "telephone": "{{phone}}",
                "address": _postal("{{street}}", "{{city}}", "{{state}}", "{{zip}}")})
           + _whole("<h1>Fargo</h1><p>15 Broadway N, Fargo, ND 58102</p><p>701-555-0138</p>"),
           (FARGO,)),
]

BUILDERS = [
    Layout("Wix: zero-width spaces and non-breaking spaces in the address", "block",
           _whole("<h1>Contact</h1><p><span>400 Locust St,\u200b Suite 200</span></p><p><span>Des Moines,&nbsp;IA"
                  "&nbsp;50309</span></p><p><span>Tel.&nbsp;515.555.0149</span></p>"),
           (DES_MOINES,)),
    Layout("Wix: an empty paragraph between street and city", "block",
           _whole("<h1>Visit</h1><p><span>400 Locust St, Suite 200</span></p><p>\u200b</p><p><span>Des Moines, IA "
                  "50309</span></p><p>515-555-0149</p>"),
           (DES_MOINES,)),
    Layout("Squarespace: a comma between the state and the ZIP code", "footer",
           _whole("<h1>Des Moines Ketamine</h1>",
                  "<p>400 Locust St, Suite 200<br>Des Moines, IA, 50309</p><p>(515) 555-0149</p>"),
           (DES_MOINES,)),
    Layout("GoDaddy: a country after the ZIP code, phone in the header", "footer",
           _whole("<h2>Contact Us</h2><p>Better yet, see us in person!</p><p>We love our patients, so feel free to "
                  "visit during normal business hours.</p><p>Prairie Ketamine</p>"
                  "<p>15 Broadway N, Fargo, North Dakota 58102, United States</p><h4>Hours</h4>"
                  "<p>Open today 09:00 am – 05:00 pm</p>",
                  header=HEADER + "<p><a href='tel:+17015550138'>(701) 555-0138</a></p>"),
           (FARGO,)),
    Layout("a directions link to a destination, phone in the footer", "map",
           _whole("<h1>Directions</h1><p><a href='https://maps.google.com/maps/dir/?api=1&amp;destination=425+G+St,+"
                  "Anchorage,+AK+99501'>Get directions</a></p>", "<p>(907) 555-0121</p>"),
           (ANCHORAGE,)),
    Layout("a hospital's PO box for statements beside the clinic", "po_box",
           _whole("<h1>Ketamine Clinic</h1><p>1100 E 21st St, Suite 400<br>Sioux Falls, SD 57105</p>"
                  "<p>605-555-0151</p><p>Questions about a statement? Write to PO Box 5039, Sioux Falls, SD 57117.</p>"),
           (SIOUX_FALLS,)),
    Layout("Elementor: an icon list of address, phone and e-mail", "footer",
           _whole("<h1>Anchorage Ketamine</h1>",
                  "<ul class='elementor-icon-list-items'><li><span class='elementor-icon-list-icon'><i class='fas "
                  "fa-map-marker-alt'></i></span><span class='elementor-icon-list-text'>425 G St, Anchorage, AK 99501"
                  "</span></li><li><span class='elementor-icon-list-text'>(907) 555-0121</span></li><li><span "
                  "class='elementor-icon-list-text'>hello@example.org</span></li></ul>"),
           (ANCHORAGE,)),
    Layout("Divi: a billing office blurb before the clinic blurb", "multi",
           _whole("<div class='et_pb_blurb'><h4>Billing Office</h4><p>510 L St, Anchorage, AK 99501</p></div>"
                  "<div class='et_pb_blurb'><h4>Clinic</h4><p>425 G St, Anchorage, AK 99501</p>"
                  "<p>907-555-0121</p></div>"),
           (ANCHORAGE,)),
    Layout("a one-page site with the address once, after a long FAQ", "prose",
           _whole("<h1>Feel like yourself again</h1><p>IV ketamine in a quiet, private room.</p>" + FAQ
                  + "<section id='contact'><h2>Come see us</h2><p>250 W Main St, Lexington, KY 40507</p>"
                  "<p><a href='tel:+18595550143'>Call now</a></p></section>"),
           (LEXINGTON,)),
    Layout("a one-page site with testimonials naming towns", "prose",
           _whole("<h1>Bluegrass Ketamine</h1><blockquote>“I got my life back.” — Anna, Frankfort, KY</blockquote>"
                  "<blockquote>“Kind staff.” — Tom, Georgetown, KY 40324</blockquote>" + FAQ,
                  "<p>250 W Main St · Lexington, KY 40507 · 859-555-0143</p>"),
           (LEXINGTON,)),
    Layout("a footer naming the Old Town quarter", "footer",
           _whole("<h1>Bluegrass Ketamine</h1>",
                  "<p>In historic Old Town · 250 W Main St, Lexington, KY 40507 · 859-555-0143</p>"),
           (LEXINGTON,)),
    Layout("formerly another name, now this one, then the address", "footer",
           _whole("<h1>Tidewater Mind</h1>",
                  "<p>Formerly Lowcountry Ketamine · 22 Barnard St, Savannah, GA 31401 · 912-555-0162</p>"),
           (SAVANNAH,)),
    Layout("a front desk and a nurse line on one line", "phone",
           "<p>22 Barnard St, Savannah, GA 31401</p><p>Front Desk 912-555-0162 · Nurse Line 912-555-0163</p>",
           (SAVANNAH,)),
]

# Pages that state no address of the clinic, or print others that must not be taken.
NONE = [
    Layout("telehealth company: its office only on the copyright line", "none",
           _whole("<h1>Ketamine therapy at home</h1><p>We have no physical clinic: every visit happens online, "
                  "and your medicine ships to your door.</p>",
                  "<p>© 2026 Somnia Health, Inc. · 1600 Stout St, Ste 1400, Denver, CO 80202</p>"), ()),
    Layout("telehealth: a partner pharmacy's address", "none",
           _whole("<h1>How it works</h1><p>Your prescription is filled by our partner, Peak Compounding Pharmacy, "
                  "8000 E Belleview Ave, Greenwood Village, CO 80111.</p>",
                  "<p>Licensed in CO · UT · NM</p>"), ()),
    Layout("telehealth: a team based in a city", "none",
           _whole("<h1>About us</h1><p>Our team is based in Denver, CO 80202 and cares for patients in six "
                  "states.</p>"), ()),
    Layout("telehealth: patients must be in a state during sessions", "none",
           _whole("<h1>Eligibility</h1><p>You must be physically located in Texas, Florida or Arizona at the time of "
                  "each session.</p><p>Questions? support@example.org</p>"), ()),
    Layout("a landing page serving three towns, no address", "none",
           _whole("<h1>Mobile ketamine infusions</h1><p>Serving Boise, Meridian &amp; Nampa, ID 83702 — we come "
                  "to you.</p>" + FAQ), ()),
    Layout("a seminar at the public library", "multi",
           _whole("<h1>Events</h1><p>Free community seminar: Thursday 6pm at the Lexington Public Library, 140 E "
                  "Main St, Lexington, KY 40507.</p>",
                  "<p>250 W Main St, Lexington, KY 40507 · 859-555-0143</p>"),
           (LEXINGTON,)),
    Layout("driving directions from a railway depot", "multi",
           _whole("<h1>Directions</h1><p>From the Alaska Railroad depot at 411 W 1st Ave, Anchorage, AK 99501, "
                  "walk three blocks south.</p>",
                  "<p>425 G St, Anchorage, AK 99501 · 907-555-0121</p>"),
           (ANCHORAGE,)),
    Layout("a hotel recommended for out-of-town patients", "multi",
           _whole("<h1>Traveling for treatment</h1><p>Recommended lodging: Hotel Savannah Square, 300 Bull St, "
                  "Savannah, GA 31401.</p>",
                  "<p>22 Barnard St, Savannah, GA 31401 · 912-555-0162</p>"),
           (SAVANNAH,)),
    Layout("a referral fax for providers, and no address", "none",
           _whole("<h1>For providers</h1><p>Referring providers: fax records to 515-555-0150.</p>"), ()),
    Layout("a coming-soon page with a future address", "none",
           _whole("<h1>Opening spring 2027</h1><p>Our first clinic: 250 W Main St, Lexington, KY 40507.</p>"), ()),
    Layout("a closed practice's page with its old address", "none",
           _whole("<h1>Thank you, Albuquerque</h1><p>After eight years, our clinic at 400 Gold Ave SW, Albuquerque, "
                  "NM 87102 has closed permanently.</p>"), ()),
    Layout("an insurer's claims address for a superbill", "none",
           _whole("<h1>Insurance</h1><p>Submit your superbill to your insurance company, e.g. Heartland Health Plan, "
                  "500 E Court Ave, Des Moines, IA 50309.</p>"), ()),
    Layout("a sample address in a form's help text", "none",
           _whole("<h1>New patient form</h1><label>Home address (for example: 100 Main St, Anytown, IA 50309)"
                  "</label><input name='address'>"), ()),
    Layout("a web studio's address on the credit line", "none",
           _whole("<h1>Welcome</h1>", "<p>Website by Prairie Pixel, 300 Walnut St, Des Moines, IA 50309</p>"), ()),
]

# Pages a site prints past its home page (a press page, a blog post) that quote other clinics' addresses: read as
# the second page of a site whose home page prints the clinic's footer, as a crawl reads them.
SITE_PAGES = [
    Layout("a press page quoting another clinic's address", "multi",
           _whole("<h1>In the news</h1><p>“Ketamine clinics spread across the Midwest,” wrote the Register, "
                  "visiting Heartland Infusions at 1200 Grand Ave, West Des Moines, IA 50265.</p>",
                  DES_MOINES_FOOTER),
           (DES_MOINES,)),
    Layout("a blog post comparing clinics in another city", "multi",
           _whole("<h1>How to choose a ketamine clinic</h1><p>Clinics such as Lakeside Ketamine (4100 University "
                  "Ave, West Des Moines, IA 50266) publish their prices; ask yours to do the same.</p>",
                  DES_MOINES_FOOTER),
           (DES_MOINES,)),
]

ROUND6 = OWN_WORDS + SPANISH + HOTLINES + HOSPITAL + CHAINS + BUILDERS + NONE
