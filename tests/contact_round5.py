"""Round-five contact layouts: whole pages (header, body, footer) and the shapes earlier rounds left alone.

A suite printed after the city, a corporate office that is also the clinic, payments mailed to the clinic's own
office, a ZIP code run into the text after it, an address split over a heading and a paragraph, opening hours between
the street and the city, map links of other services, a chain's location page with its branches in the footer,
"we have moved" notices, telehealth-only practices with a mailing address, taglines naming the cities served,
numbers written every way (dots, spaces, letters, extensions, +1, split over spans) beside text-only lines, lines for
existing patients and a parent health system's switchboard.

Each case is a page or a piece of one and the clinic locations a careful reader takes from it, each as (street, city,
state, ZIP, phone). Names and 555-01xx numbers are invented; cities and ZIP codes are real.
"""

from __future__ import annotations

from tests.contact_layouts import Layout
from tests.contact_round3 import _ld, _postal

LARIMER = ("1420 Larimer St, Suite 300", "Denver", "CO", "80202", "+13035550142")
AURORA = ("1500 S Havana St", "Aurora", "CO", "80012", "+17205550163")
LAKEWOOD = ("7200 W Alameda Ave", "Lakewood", "CO", "80226", "+13035550174")
ASHEVILLE = ("30 College St", "Asheville", "NC", "28801", "+18285550119")
OMAHA = ("1120 Farnam St", "Omaha", "NE", "68102", "+14025550128")
SPOKANE = ("601 W Riverside Ave", "Spokane", "WA", "99201", "+15095550152")
TULSA = ("3330 S Peoria Ave", "Tulsa", "OK", "74105", "+19185550137")
RENO = ("275 Hill St", "Reno", "NV", "89501", "+17755550158")
PORTLAND = ("100 Commercial St", "Portland", "ME", "04101", "+12075550125")

HEADER = ("<header><a href='/'><img src='/logo.svg' alt='Clinic logo'></a><nav><a href='/about'>About</a> "
          "<a href='/treatments'>Treatments</a> <a href='/pricing'>Pricing</a> <a href='/contact'>Contact</a></nav>"
          "<a class='button' href='/book'>Book a consultation</a></header>")


def _whole(main: str, footer: str = "<p>© 2026 All rights reserved.</p>", header: str = HEADER) -> str:
    """A whole page: the site's header, the page's own body, the site's footer."""
    return f"{header}<main>{main}</main><footer>{footer}</footer>"


def _with(location: tuple, **changes: str) -> tuple:
    fields = dict(zip(("street", "city", "state", "postal_code", "phone"), location))
    fields.update(changes)
    return tuple(fields.values())


SUITES = [
    Layout("a suite on its own line after the city", "block",
           "<p>1420 Larimer St<br>Denver, CO 80202<br>Suite 300</p><p>Call 303-555-0142</p>", (LARIMER,)),
    Layout("contact page: Ste after the city, phone under it", "block",
           _whole("<h1>Contact</h1><h3>Our Office</h3><p>1420 Larimer St<br>Denver, CO 80202<br>Ste 300</p>"
                  "<p>Phone: (303) 555-0142</p>"),
           (_with(LARIMER, street="1420 Larimer St, Ste 300"),)),
    Layout("footer: a floor after the ZIP code", "footer",
           _whole("<h1>Healing starts here</h1><p>Ketamine infusions for depression and pain.</p>",
                  "<p>1420 Larimer St · Denver, CO 80202 · 3rd Floor</p><p>303-555-0142</p>"),
           (_with(LARIMER, street="1420 Larimer St, 3rd Floor"),)),
    Layout("a suite after the city, then the hours", "block",
           "<p>30 College St<br>Asheville, NC 28801<br>Suite 4B</p><p>Mon–Fri 9am–5pm</p><p>828-555-0119</p>",
           (_with(ASHEVILLE, street="30 College St, Suite 4B"),)),
]

CORPORATE = [
    Layout("corporate office and clinic under one heading", "block",
           "<h3>Corporate Office &amp; Clinic</h3><p>30 College St<br>Asheville, NC 28801</p><p>828-555-0119</p>",
           (ASHEVILLE,)),
    Layout("headquarters and infusion center on one line", "footer",
           _whole("<h1>Blue Ridge Ketamine</h1><p>IV ketamine in a calm, private suite.</p>",
                  "<p>Headquarters &amp; Infusion Center: 30 College St, Asheville, NC 28801 · 828-555-0119</p>"),
           (ASHEVILLE,)),
    Layout("corporate offices and main clinic share a building", "prose",
           "<p>Our corporate offices and main clinic share one building at 30 College St, Asheville, NC 28801.</p>"
           "<p>828-555-0119</p>", (ASHEVILLE,)),
    Layout("a corporate office in the body, the clinic in the footer", "multi",
           _whole("<h1>About us</h1><p>Founded in 2019 by two nurse anesthetists.</p><p>Corporate office: "
                  "200 Patton Ave, Asheville, NC 28801</p>",
                  "<p>Clinic: 30 College St, Asheville, NC 28801 · 828-555-0119</p>"),
           (ASHEVILLE,)),
]

PAYMENTS = [
    Layout("payments mailed to our office", "po_box",
           "<p>Please mail payments to our office: 3330 S Peoria Ave, Tulsa, OK 74105.</p><p>918-555-0137</p>",
           (TULSA,)),
    Layout("billing page: checks to the clinic, clinic in the footer", "po_box",
           _whole("<h1>Billing</h1><p>Checks may be mailed to our clinic at 3330 S Peoria Ave, Tulsa, OK 74105.</p>",
                  "<p>Peoria Infusion Center · 3330 S Peoria Ave · Tulsa, OK 74105 · 918-555-0137</p>"),
           (TULSA,)),
    Layout("remit-to box of a billing company beside the clinic", "po_box",
           _whole("<h1>Payments</h1><p>Remit to: Green Country Medical Billing, PO Box 4400, Tulsa, OK 74159</p>",
                  "<p>3330 S Peoria Ave, Tulsa, OK 74105</p><p>Tel 918-555-0137</p>"),
           (TULSA,)),
]

RUN_ON = [
    Layout("a ZIP code run into the phone", "block",
           "<p><span>1120 Farnam St, </span><span>Omaha, NE 68102</span><span>402-555-0128</span></p>", (OMAHA,)),
    Layout("a ZIP code run into a phone label", "block",
           "<p>1120 Farnam St<br>Omaha, NE 68102<strong>Phone:</strong> 402-555-0128</p>", (OMAHA,)),
    Layout("footer: a ZIP code run into a directions link", "footer",
           _whole("<h1>Omaha Ketamine Center</h1>",
                  "<div><span>1120 Farnam St</span> <span>Omaha, NE 68102</span><a href='/directions'>Get "
                  "Directions</a></div><p><a href='tel:+14025550128'>402-555-0128</a></p>"),
           (OMAHA,)),
    Layout("a ZIP code run into a bracketed area code", "block",
           "<p>1120 Farnam St, Omaha, NE 68102(402) 555-0128</p>", (OMAHA,)),
]

SPLIT = [
    Layout("street as a heading, city in the paragraph", "block",
           "<h3>1120 Farnam St, Suite 210</h3><p>Omaha, NE 68102</p><p>402-555-0128</p>",
           (_with(OMAHA, street="1120 Farnam St, Suite 210"),)),
    Layout("a heading that invites, a paragraph that ends the address", "block",
           _whole("<h2>Find us at 601 W Riverside Ave</h2><p>Spokane, WA 99201 · right across from the park.</p>"
                  "<p>Call 509-555-0152</p>"),
           (SPOKANE,)),
    Layout("street in a small heading, state spelled out below", "block",
           _whole("<h4>Visit</h4><h5>601 W Riverside Ave</h5><p>Spokane, Washington 99201</p>",
                  "<p>Questions? <a href='tel:5095550152'>509-555-0152</a></p>"),
           (SPOKANE,)),
]

HOURS = [
    Layout("opening hours between the street and the city", "block",
           "<p>601 W Riverside Ave</p><p>Mon–Fri 8am–5pm</p><p>Spokane, WA 99201</p><p>509-555-0152</p>",
           (SPOKANE,)),
    Layout("a card with its hours line between street and city", "block",
           _whole("<div class='card'><p>3330 S Peoria Ave</p><p class='hours'>Hours: Mon–Thu 9:00–5:00</p>"
                  "<p>Tulsa, OK 74105</p><p>918-555-0137</p></div>"),
           (TULSA,)),
    Layout("footer: hours table after the city", "footer",
           _whole("<h1>Tulsa Ketamine</h1>",
                  "<p>3330 S Peoria Ave<br>Tulsa, OK 74105</p><table><tr><th>Mon</th><td>9–5</td></tr><tr><th>Tue"
                  "</th><td>9–5</td></tr><tr><th>Sat</th><td>Closed</td></tr></table><p>918-555-0137</p>"),
           (TULSA,)),
]

MAPS = [
    Layout("only a Google Maps embed names the place", "map",
           _whole("<h1>Contact</h1><iframe src='https://maps.google.com/maps/embed/v1/place?key=KEY&amp;"
                  "q=275+Hill+St,+Reno,+NV+89501'></iframe><p>Call 775-555-0158</p>"),
           (RENO,)),
    Layout("an Apple Maps place link with its coordinate", "map",
           _whole("<h1>Visit</h1><p><a href='https://maps.apple.com/place?address=275%20Hill%20St,%20Reno,%20NV%20"
                  "89501&amp;coordinate=39.5183,-119.8030'>Get directions</a></p><p>Call 775-555-0158</p>"),
           (RENO,), (39.5183, -119.803)),
    Layout("a Bing Maps route to the clinic", "map",
           _whole("<h1>Directions</h1><p><a href='https://bing.com/maps?rtp=~adr.275%20Hill%20St%2C%20Reno%2C%20"
                  "NV%2089501'>Directions with Bing</a></p><p>775-555-0158</p>"),
           (RENO,)),
    Layout("a Waze link with no commas", "map",
           _whole("<h1>Directions</h1><p><a href='https://waze.com/ul?q=275%20Hill%20St%20Reno%20NV%2089501&amp;"
                  "navigate=yes'>Open in Waze</a></p><p>775-555-0158</p>"),
           (RENO,)),
    Layout("a MapQuest search link", "map",
           _whole("<h1>Directions</h1><p><a href='https://mapquest.com/search/results?query=275+Hill+St,+Reno,+NV+"
                  "89501'>MapQuest</a></p><p>775-555-0158</p>"),
           (RENO,)),
    Layout("printed address beside an embed of the same place", "map",
           _whole("<p>275 Hill St, Reno, NV 89501</p><iframe src='https://maps.google.com/maps/embed?pb=!1m18!1m12"
                  "!1m3!1d3077.1!2d-119.8030!3d39.5183!2m3!1f0!2f0!3f0'></iframe>",
                  "<p>775-555-0158</p>"),
           (RENO,), (39.5183, -119.803)),
]

CHAINS = [
    Layout("a location page with every branch listed in the footer", "multi",
           _whole("<h1>Aurora</h1><p>1500 S Havana St<br>Aurora, CO 80012</p><p>Call (720) 555-0163</p>",
                  "<h4>Our Locations</h4><ul><li>Denver – 1420 Larimer St, Suite 300, Denver, CO 80202 – "
                  "303-555-0142</li><li>Lakewood – 7200 W Alameda Ave, Lakewood, CO 80226 – 303-555-0174</li>"
                  "<li>Aurora – 1500 S Havana St, Aurora, CO 80012 – 720-555-0163</li></ul>"),
           (AURORA, LARIMER, LAKEWOOD)),
    Layout("a location page with branch names only in the footer", "multi",
           _whole("<h1>Front Range Ketamine – Aurora</h1><p>1500 S Havana St<br>Aurora, CO 80012</p>"
                  "<p>Call (720) 555-0163</p>",
                  "<p>Locations: <a href='/denver'>Denver</a> · <a href='/aurora'>Aurora</a> · "
                  "<a href='/lakewood'>Lakewood</a></p>"),
           (AURORA,)),
    Layout("a location page, branch addresses without numbers in the footer", "multi",
           _whole("<h1>Lakewood</h1><p>7200 W Alameda Ave<br>Lakewood, CO 80226</p><p>303-555-0174</p>",
                  "<ul><li>1420 Larimer St, Suite 300, Denver, CO 80202</li><li>1500 S Havana St, Aurora, CO 80012"
                  "</li></ul>"),
           (LAKEWOOD, _with(LARIMER, phone=""), _with(AURORA, phone=""))),
]

MOVED = [
    Layout("we have moved: new address, old office closed", "prose",
           "<p><strong>We have moved!</strong> Our new address is 7200 W Alameda Ave, Lakewood, CO 80226. Our old "
           "office at 1420 Larimer St, Denver, CO 80202 is closed.</p><p>303-555-0174</p>", (LAKEWOOD,)),
    Layout("relocated from one address to another, in a banner", "prose",
           _whole("<div class='notice'>We've relocated from 1420 Larimer St, Denver, CO 80202 to 7200 W Alameda Ave, "
                  "Lakewood, CO 80226.</div><h1>Welcome</h1>",
                  "<p>7200 W Alameda Ave, Lakewood, CO 80226 · 303-555-0174</p>"),
           (LAKEWOOD,)),
    Layout("new and previous locations under headings", "block",
           "<h3>New Location</h3><p>7200 W Alameda Ave<br>Lakewood, CO 80226</p><p>303-555-0174</p>"
           "<h3>Previous Location (closed)</h3><p>1420 Larimer St<br>Denver, CO 80202</p>", (LAKEWOOD,)),
    Layout("moved to, with the month", "prose",
           "<p>In May we moved to 7200 W Alameda Ave, Lakewood, CO 80226 — free parking at last!</p>"
           "<p>Call 303-555-0174</p>", (LAKEWOOD,)),
]

PHONES = [
    Layout("number with dots in the footer line", "phone",
           _whole("<h1>Omaha Ketamine Center</h1>", "<p>1120 Farnam St · Omaha, NE 68102 · 402.555.0128</p>"),
           (OMAHA,)),
    Layout("number with spaces after a T", "phone",
           "<p>1120 Farnam St<br>Omaha, NE 68102<br>T 402 555 0128</p>", (OMAHA,)),
    Layout("a toll-free number spelled in letters", "phone",
           _whole("<h1>Omaha Ketamine Center</h1>",
                  "<p>1120 Farnam St, Omaha, NE 68102</p><p>Call 1-833-MY-KETAMINE</p>"),
           (_with(OMAHA, phone="+18336953826"),)),
    Layout("an extension after the number", "phone",
           "<p>1120 Farnam St, Omaha, NE 68102</p><p>Phone: (402) 555-0128 ext. 204</p>", (OMAHA,)),
    Layout("fax first, then the phone with an x extension", "phone",
           "<p>1120 Farnam St, Omaha, NE 68102</p><p>Fax: (402) 555-0129 · Phone: (402) 555-0128 x3</p>", (OMAHA,)),
    Layout("a text-only line before the call line", "phone",
           "<p>1120 Farnam St<br>Omaha, NE 68102</p><p>Text only: 402-555-0199</p><p>Call: 402-555-0128</p>",
           (OMAHA,)),
    Layout("text us first, call us second, in the footer", "phone",
           _whole("<h1>Omaha Ketamine Center</h1>",
                  "<p>1120 Farnam St, Omaha, NE 68102</p><p>Text us at 402-555-0199 · Call us at 402-555-0128</p>"),
           (OMAHA,)),
    Layout("international format with dots", "phone",
           "<p>1120 Farnam St, Omaha, NE 68102</p><p>+1.402.555.0128</p>", (OMAHA,)),
    Layout("international format with spaces in a tel link", "phone",
           _whole("<h1>Contact</h1><p>1120 Farnam St, Omaha, NE 68102</p>",
                  "<p><a href='tel:+1 402 555 0128'>+1 402 555 0128</a></p>"),
           (OMAHA,)),
    Layout("a number split over three spans", "phone",
           "<p>1120 Farnam St, Omaha, NE 68102</p><p><span>402</span><span>555</span><span>0128</span></p>",
           (OMAHA,)),
    Layout("a number split over spans with its area code in brackets", "phone",
           "<p>1120 Farnam St, Omaha, NE 68102</p><p><a href='tel:4025550128'><span>(402)</span> <span>555</span>-"
           "<span>0128</span></a></p>", (OMAHA,)),
    Layout("existing patients' line before new patients'", "phone",
           "<p>1120 Farnam St, Omaha, NE 68102</p><p>Existing patients: 402-555-0127<br>New patients: 402-555-0128"
           "</p>", (OMAHA,)),
    Layout("current patients' line in the footer, new patients' in the body", "phone",
           _whole("<h1>Contact</h1><p>1120 Farnam St, Omaha, NE 68102</p><p>New patient inquiries: 402-555-0128</p>",
                  "<p>Current patients: call 402-555-0127</p>"),
           (OMAHA,)),
    Layout("a parent health system's switchboard in the footer", "phone",
           _whole("<h1>Ketamine Clinic</h1><p>1120 Farnam St, Omaha, NE 68102</p><p>Clinic: 402-555-0128</p>",
                  "<p>Part of Prairie Health · Main switchboard: 402-555-0100 · Patient billing: 1-800-555-0111</p>"),
           (OMAHA,)),
    Layout("the system's switchboard printed before the clinic's", "phone",
           _whole("<h1>Ketamine Clinic</h1><p>Switchboard: 402-555-0100</p><p>1120 Farnam St, Omaha, NE 68102</p>"
                  "<p>402-555-0128</p>"),
           (OMAHA,)),
    Layout("a lifeline number in the body, the clinic's in the footer", "phone",
           _whole("<h1>You are not alone</h1><p>If you are thinking of suicide, call or text 988, or the Veterans "
                  "line 1-800-555-0190 and press 1.</p>",
                  "<p>1120 Farnam St, Omaha, NE 68102</p><p>402-555-0128</p>"),
           (OMAHA,)),
    Layout("call or text on one line", "phone",
           "<p>1120 Farnam St, Omaha, NE 68102</p><p>Call or text: 402-555-0128</p>", (OMAHA,)),
    Layout("a local number and a toll-free one", "phone",
           "<p>100 Commercial St, Portland, ME 04101</p><p>Call 207-555-0125 or toll-free 1-888-555-0191</p>",
           (PORTLAND,)),
    Layout("header phone, footer address", "phone",
           _whole("<h1>Casco Bay Ketamine</h1>", "<p>100 Commercial St<br>Portland, ME 04101</p>",
                  header=HEADER + "<div class='topbar'>Call us today <a href='tel:+12075550125'>(207) 555-0125</a>"
                  "</div>"),
           (PORTLAND,)),
]

STRUCTURED = [
    Layout("JSON-LD with an extension in the telephone", "structured",
           _ld({"@type": "MedicalClinic", "name": "Casco Bay Ketamine", "telephone": "+1 (207) 555-0125 ext. 2",
                "address": _postal("100 Commercial St", "Portland", "ME", "04101")}), (PORTLAND,)),
    Layout("JSON-LD street with its suite on a second line", "structured",
           _ld({"@type": "MedicalClinic", "name": "Larimer Mind", "telephone": "303-555-0142",
                "address": _postal("1420 Larimer St\nSuite 300", "Denver", "CO", "80202")}),
           (_with(LARIMER, street="1420 Larimer St Suite 300"),)),
    Layout("JSON-LD of a telehealth practice with areaServed only", "none",
           _ld({"@type": "MedicalClinic", "name": "Rocky Mountain Virtual Ketamine", "telephone": "720-555-0123",
                "areaServed": ["Denver", "Aurora", "Lakewood"]}), ()),
]

NONE = [
    Layout("telehealth only, a mailing address in the footer", "none",
           _whole("<h1>Ketamine care from home</h1><p>We are a telehealth-only practice serving patients across "
                  "Colorado.</p>",
                  "<p>Mailing address: 1600 Stout St, Ste 1400, Denver, CO 80202 · 720-555-0123</p>"), ()),
    Layout("virtual care with a correspondence address", "none",
           _whole("<h1>Virtual ketamine therapy</h1><p>All visits are by secure video.</p>",
                  "<p>Correspondence: 1600 Stout St, Ste 1400, Denver, CO 80202</p>"), ()),
    Layout("telehealth with a private mailbox", "none",
           _whole("<h1>At-home ketamine</h1>",
                  "<p>Telehealth only · 1600 Stout St Ste 1400 PMB 212, Denver, CO 80202</p>"), ()),
    Layout("an administrative office not open to patients", "none",
           _whole("<h1>Online care</h1><p>All visits are virtual.</p>",
                  "<p>Administrative office (not open to patients): 1600 Stout St, Ste 1400, Denver, CO 80202</p>"),
           ()),
    Layout("a business address of a virtual practice", "none",
           _whole("<h1>Virtual ketamine</h1><p>We see every patient by video.</p>",
                  "<p>Business address: 1600 Stout St, Ste 1400, Denver, CO 80202</p>"), ()),
    Layout("a registered agent's address", "none",
           _whole("<h1>Legal</h1><p>Registered agent: Front Range Filings LLC, 1600 Stout St, Ste 1400, Denver, CO "
                  "80202</p>"), ()),
    Layout("a tagline naming three cities", "none",
           _whole("<h1>Ketamine therapy</h1><p>Serving Denver, Aurora and Lakewood</p>",
                  "<p>Call 303-555-0142</p>"), ()),
    Layout("proudly serving a city with its ZIP code", "none",
           _whole("<h1>Aurora Ketamine</h1>", "<p>Proudly serving Aurora, CO 80012 and surrounding communities</p>"),
           ()),
    Layout("a neighbourhood, a city and a ZIP code", "none",
           "<p>Located in the Cherry Creek neighborhood of Denver, CO 80206.</p>", ()),
    Layout("two cities served with ZIP codes", "none",
           "<p>Now serving patients in Reno, NV 89501 &amp; Sparks, NV 89431</p>", ()),
    Layout("a closed clinic's former address", "none",
           _whole("<h1>We have closed</h1><p>Thank you for trusting us. Our former clinic at 1420 Larimer St, Denver, "
                  "CO 80202 closed on March 1. Records requests: records@example.org</p>"), ()),
    Layout("moving soon to a new office", "none",
           "<p>Moving soon! Our new office at 7200 W Alameda Ave, Lakewood, CO 80226 opens in March.</p>", ()),
    Layout("relocating next month", "none",
           "<p>We are relocating to 7200 W Alameda Ave, Lakewood, CO 80226 next month.</p>", ()),
    Layout("a hotel for patients from out of town", "none",
           "<p>Out-of-town patients often stay at the Riverside Hotel, 17 S Virginia St, Reno, NV 89501.</p>", ()),
    Layout("a laboratory for blood work", "none",
           "<p>Lab work: Sierra Diagnostic Laboratory, 600 W 2nd St, Reno, NV 89503</p>", ()),
    Layout("a short map link that names no place", "none",
           _whole("<h1>Directions</h1><p><a href='https://maps.app.goo.gl/Xy12Ab'>Open in Google Maps</a></p>"), ()),
    Layout("a map embed of a city only", "none",
           "<iframe src='https://maps.google.com/maps?q=Reno,+NV&amp;output=embed'></iframe>", ()),
    Layout("a template's sample address", "none",
           _whole("<h1>Contact</h1>", "<p>1234 Street Name, City, ST 00000</p><p>(000) 000-0000</p>"), ()),
    Layout("a press release dateline", "none",
           "<p>DENVER, CO 80202 — Front Range Ketamine today announced a second clinic.</p>", ()),
    Layout("a parent system's corporate office only", "none",
           _whole("<h1>Ketamine services</h1>",
                  "<p>Prairie Health System · Corporate Office · 8800 Dodge St, Omaha, NE 68114</p>"), ()),
]

ROUND5 = SUITES + CORPORATE + PAYMENTS + RUN_ON + SPLIT + HOURS + MAPS + CHAINS + MOVED + PHONES + STRUCTURED + NONE
