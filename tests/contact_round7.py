"""Round-seven contact cases: whole clinic sites of two to six pages, as the crawler reads them together.

Real sites spread where they are over pages: a footer repeated on every page, an address only on the contact page, a
chain's location pages, a blog post or a press page quoting other clinics, a referral page naming a psychiatrist, a
"we moved" banner, a forgotten page with the old office, a sister practice's page, a lab or a pharmacy patients are
sent to. Each case is a site (its pages, home page first, each as path, title and body) and the clinic locations a
careful reader takes from it, each as (street, city, state, ZIP, phone). Cases of kind "others" are sites whose pages
disagree or print someone else's place or number; tests/contact_round7_late.py adds harder sites and makes SITES.
Names and 555-01xx numbers are invented; cities and ZIPs are real.
"""

from __future__ import annotations

from dataclasses import dataclass

from tests.contact_round5 import HEADER


@dataclass(frozen=True)
class Site:
    id: str
    kind: str                  # "own": every page agrees; "others": pages disagree or print other people's places
    pages: tuple               # ((path, title, html), ...), the home page first
    expected: tuple            # ((street, city, state, zip, phone), ...); () when the site states no location


BOISE = ("1010 W Jefferson St", "Boise", "ID", "83702", "+12085550131")
TULSA = ("15 W 6th St, Suite 210", "Tulsa", "OK", "74103", "+19185550144")
OMAHA = ("1200 Harney St", "Omaha", "NE", "68102", "+14025550127")
MADISON = ("25 W Main St, Suite 500", "Madison", "WI", "53703", "+16085550152")
RALEIGH = ("333 Fayetteville St", "Raleigh", "NC", "27601", "+19195550118")
CHARLESTON = ("180 Meeting St, Suite 3", "Charleston", "SC", "29401", "+18435550160")
SPOKANE = ("801 W Riverside Ave", "Spokane", "WA", "99201", "+15095550139")
RENO = ("50 W Liberty St, Suite 900", "Reno", "NV", "89501", "+17755550112")
TUCSON = ("100 N Stone Ave", "Tucson", "AZ", "85701", "+15205550171")
KNOXVILLE = ("600 S Gay St", "Knoxville", "TN", "37902", "+18655550129")
PORTLAND_ME = ("477 Congress St", "Portland", "ME", "04101", "+12075550155")
LOUISVILLE = ("500 W Jefferson St", "Louisville", "KY", "40202", "+15025550163")
COLUMBUS = ("250 E Broad St", "Columbus", "OH", "43215", "+16145550108")
LITTLE_ROCK = ("400 W Capitol Ave", "Little Rock", "AR", "72201", "+15015550136")
PITTSBURGH = ("600 Grant St", "Pittsburgh", "PA", "15219", "+14125550147")
RICHMOND = ("901 E Byrd St", "Richmond", "VA", "23219", "+18045550123")
KANSAS_CITY = ("1000 Walnut St", "Kansas City", "MO", "64106", "+18165550119")
MINNEAPOLIS = ("80 S 8th St", "Minneapolis", "MN", "55402", "+16125550161")
BOULDER = ("1942 Broadway, Suite 204", "Boulder", "CO", "80302", "+13035550153")
ASHEVILLE = ("1 Page Ave", "Asheville", "NC", "28801", "+18285550140")
SARASOTA = ("1800 2nd St", "Sarasota", "FL", "34236", "+19415550125")
EUGENE = ("99 W 10th Ave", "Eugene", "OR", "97401", "+15415550158")
BEND = ("1000 NW Wall St", "Bend", "OR", "97703", "+15415550168")


def _page(path: str, title: str, main: str, footer: str) -> tuple:
    return path, title, f"{HEADER}<main>{main}</main><footer>{footer}</footer>"


def _site(footer: str, *pages: tuple) -> tuple:
    """A site whose pages share one footer; each page is (path, title, main)."""
    return tuple(_page(path, title, main, footer) for path, title, main in pages)


HOME_FAQ = ("<h1>Ketamine infusion therapy</h1><p>Relief from treatment-resistant depression, often within days. "
            "Infusions from $450.</p><h2>Why us</h2><p>Board-certified anesthesiologists, 4,000+ infusions given, "
            "private rooms with noise-cancelling headphones.</p>")
PRICING = ("<h1>Pricing</h1><p>Single infusion: $475. Series of six: $2,600. Boosters: $450. We accept HSA and FSA "
           "cards.</p>")
COPYRIGHT = "<p>© 2026 All rights reserved · Privacy · Terms</p>"

OWN = [
    Site("a footer on every page, the phone only on the contact page", "own", _site(
        f"<p>Treasure Valley Ketamine · 1010 W Jefferson St · Boise, ID 83702</p>{COPYRIGHT}",
        ("", "Treasure Valley Ketamine | Boise", HOME_FAQ),
        ("pricing", "Pricing | Treasure Valley Ketamine", PRICING),
        ("contact", "Contact | Treasure Valley Ketamine",
         "<h1>Get in touch</h1><p>Call or text <a href='tel:+12085550131'>(208) 555-0131</a></p>")),
        (BOISE,)),
    Site("the address only on the contact page, in an address element", "own", _site(
        COPYRIGHT,
        ("", "Green Country Infusions", HOME_FAQ),
        ("faq", "FAQ – Green Country Infusions",
         "<h1>FAQ</h1><h3>How long is an infusion?</h3><p>About 45 minutes; plan on two hours.</p>"),
        ("contact-us", "Contact – Green Country Infusions",
         "<h1>Contact</h1><address>Green Country Infusions<br>15 W 6th St, Suite 210<br>Tulsa, OK 74103<br>"
         "Phone: 918-555-0144</address>")),
        (TULSA,)),
    Site("an about page saying where in prose, a tel link in the header", "own", (
        ("", "Gateway Mind Clinic", f"<p><a href='tel:4025550127'>Call 402-555-0127</a></p>{HOME_FAQ}"),
        _page("about", "About us | Gateway Mind Clinic",
              "<h1>About</h1><p>Our clinic is located at 1200 Harney St, Omaha, NE 68102, in the Old Market, with "
              "parking behind the building.</p>", COPYRIGHT),
        _page("pricing", "Pricing | Gateway Mind Clinic", PRICING, COPYRIGHT)),
        (OMAHA,)),
    Site("structured data on the home page, the same address in the footer", "own", _site(
        "<p>25 W Main St, Suite 500, Madison, WI 53703 | 608-555-0152</p>",
        ("", "Isthmus Ketamine",
         "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":\"MedicalClinic\","
         "\"name\":\"Isthmus Ketamine\",\"telephone\":\"+1-608-555-0152\",\"address\":{\"@type\":\"PostalAddress\","
         "\"streetAddress\":\"25 W Main St, Suite 500\",\"addressLocality\":\"Madison\",\"addressRegion\":\"WI\","
         f"\"postalCode\":\"53703\"}}}}</script>{HOME_FAQ}"),
        ("blog/what-to-expect", "What to expect | Isthmus Ketamine",
         "<h1>Your first infusion</h1><p>Arrive 15 minutes early; bring a driver over 18.</p>")),
        (MADISON,)),
    Site("a chain's locations page and one page per location", "own", (
        _page("", "Piedmont Ketamine", HOME_FAQ, COPYRIGHT),
        _page("locations", "Locations | Piedmont Ketamine",
              "<h1>Our locations</h1><div class='card'><h3>Raleigh</h3><p>333 Fayetteville St<br>Raleigh, NC 27601"
              "</p><p>(919) 555-0118</p></div><div class='card'><h3>Asheville</h3><p>1 Page Ave<br>Asheville, NC "
              "28801</p><p>(828) 555-0140</p></div>", COPYRIGHT),
        _page("locations/raleigh", "Raleigh | Piedmont Ketamine",
              "<h1>Piedmont Ketamine Raleigh</h1><p>333 Fayetteville St, Raleigh, NC 27601</p><p>Call (919) "
              "555-0118</p>", COPYRIGHT),
        _page("locations/asheville", "Asheville | Piedmont Ketamine",
              "<h1>Piedmont Ketamine Asheville</h1><p>1 Page Ave, Asheville, NC 28801</p><p>Call (828) 555-0140</p>",
              COPYRIGHT)),
        (RALEIGH, ASHEVILLE)),
    Site("a footer without the suite, the contact page with it", "own", _site(
        "<p>180 Meeting St, Charleston, SC 29401 · 843-555-0160</p>",
        ("", "Lowcountry Ketamine", HOME_FAQ),
        ("contact", "Contact | Lowcountry Ketamine",
         "<h1>Visit us</h1><p>180 Meeting St, Suite 3<br>Charleston, SC 29401</p>")),
        (CHARLESTON,)),
    Site("a booking number in the header, the address block's number in the footer", "own", (
        _page("", "Inland Ketamine",
              f"<p class='topbar'>Book now: <a href='tel:5095550199'>509-555-0199</a></p>{HOME_FAQ}",
              "<p>801 W Riverside Ave<br>Spokane, WA 99201<br>Office: 509-555-0139</p>"),
        _page("contact", "Contact | Inland Ketamine", "<h1>Contact</h1><p>Send us a message below.</p>",
              "<p>801 W Riverside Ave<br>Spokane, WA 99201<br>Office: 509-555-0139</p>")),
        (SPOKANE,)),
    Site("a visit page, a Spanish page, the same address in both", "own", (
        _page("", "Sierra Ketamine Reno", HOME_FAQ, COPYRIGHT),
        _page("visit-us", "Visit | Sierra Ketamine",
              "<h1>Visit</h1><p>50 W Liberty St, Suite 900<br>Reno, NV 89501</p><p>775-555-0112</p>", COPYRIGHT),
        _page("es/contacto", "Contacto | Sierra Ketamine",
              "<h1>Contáctenos</h1><p>Dirección: 50 W Liberty St, Suite 900, Reno, NV 89501</p><p>Teléfono: "
              "775-555-0112</p>", COPYRIGHT)),
        (RENO,)),
    Site("a telehealth practice with no office anywhere", "own", _site(
        "<p>Serving patients across Arizona by video. Call 520-555-0171.</p>",
        ("", "Desert Mind Telehealth", "<h1>At-home ketamine therapy</h1><p>Sessions by video, from $250.</p>"),
        ("how-it-works", "How it works | Desert Mind", "<h1>How it works</h1><p>Book, meet your clinician, begin.</p>"),
        ("contact", "Contact | Desert Mind", "<h1>Contact</h1><p>We see patients online only.</p>")),
        ()),
    Site("two locations in a footer repeated on every page", "own", _site(
        "<div><h4>Eugene</h4><p>99 W 10th Ave, Eugene, OR 97401<br>541-555-0158</p></div>"
        "<div><h4>Bend</h4><p>1000 NW Wall St, Bend, OR 97703<br>541-555-0168</p></div>",
        ("", "Cascade Ketamine", HOME_FAQ),
        ("pricing", "Pricing | Cascade Ketamine", PRICING),
        ("faq", "FAQ | Cascade Ketamine", "<h1>FAQ</h1><p>Do I need a referral? Yes, from your provider.</p>")),
        (EUGENE, BEND)),
    Site("a map embed on the contact page, the address printed beside it", "own", _site(
        COPYRIGHT,
        ("", "Smoky Mountain Ketamine", HOME_FAQ),
        ("contact", "Contact | Smoky Mountain Ketamine",
         "<h1>Find us</h1><iframe src='https://maps.google.com/maps/embed?pb=!1m18'></iframe><p>600 S Gay St, "
         "Knoxville, TN 37902</p><p>Phone (865) 555-0129</p>")),
        (KNOXVILLE,)),
    Site("a New England ZIP code with its zero, on a directions page", "own", _site(
        "<p>Casco Bay Ketamine · 207-555-0155</p>",
        ("", "Casco Bay Ketamine", HOME_FAQ),
        ("directions", "Directions | Casco Bay Ketamine",
         "<h1>Directions</h1><p>477 Congress St<br>Portland, ME 04101</p><p>Park in the garage on Free St.</p>")),
        (PORTLAND_ME,)),
]

OTHERS = [
    Site("a blog post listing other clinics with their numbers", "others", _site(
        "<p>Derby City Ketamine | 500 W Jefferson St | Louisville, KY 40202 | 502-555-0163</p>",
        ("", "Derby City Ketamine", HOME_FAQ),
        ("blog/ketamine-clinics-in-kentucky", "Ketamine clinics in Kentucky | Derby City Ketamine",
         "<h1>Ketamine clinics in Kentucky: a guide</h1><p>Bluegrass Infusions, 250 W Main St, Lexington, KY 40507, "
         "(859) 555-0143, offers weekend hours.</p><p>River Valley Ketamine, 2201 Frederica St, Owensboro, KY "
         "42301, (270) 555-0102, takes some insurance.</p>")),
        (LOUISVILLE,)),
    Site("a blog post the only page with an address: another clinic's", "others", (
        _page("", "Buckeye Ketamine", f"<p>Call <a href='tel:6145550108'>614-555-0108</a></p>{HOME_FAQ}", COPYRIGHT),
        _page("blog/our-founder-visits", "Our founder's visit | Buckeye Ketamine",
              "<h1>Learning from the best</h1><p>Last spring Dr. Hale spent a week at Lakeshore Ketamine, 1300 "
              "Superior Ave, Cleveland, OH 44114, watching how they run their infusion suite.</p>", COPYRIGHT)),
        ()),
    Site("a press page quoting a newspaper about a clinic elsewhere", "others", _site(
        "<p>250 E Broad St, Columbus, OH 43215 · 614-555-0108</p>",
        ("", "Buckeye Ketamine", HOME_FAQ),
        ("press", "Press | Buckeye Ketamine",
         "<h1>In the news</h1><blockquote>“Clinics like Queen City Ketamine (312 Walnut St, Cincinnati, OH 45202) "
         "are filling a gap,” the Dispatch wrote.</blockquote>")),
        (COLUMBUS,)),
    Site("a referral page naming the psychiatrists who refer", "others", _site(
        "<p>Rock City Ketamine · 400 W Capitol Ave · Little Rock, AR 72201 · 501-555-0136</p>",
        ("", "Rock City Ketamine", HOME_FAQ),
        ("referring-providers", "Referring providers | Rock City Ketamine",
         "<h1>Our referring partners</h1><p>Dr. Ana Ruiz, Riverside Psychiatry, 1501 N University Ave, Little "
         "Rock, AR 72207, 501-555-0170</p><p>Fax referrals to 501-555-0137.</p>")),
        (LITTLE_ROCK,)),
    Site("a sister med spa's page on the same site", "others", _site(
        "<p>Three Rivers Ketamine | 600 Grant St | Pittsburgh, PA 15219 | 412-555-0147</p>",
        ("", "Three Rivers Ketamine", HOME_FAQ),
        ("aesthetics", "Aesthetics | Three Rivers Ketamine",
         "<h1>Botox and fillers at our sister practice</h1><p>Glow Aesthetics, 5500 Walnut St, Pittsburgh, PA "
         "15232. Book with them at 412-555-0190.</p>")),
        (PITTSBURGH,)),
    Site("a careers page with the corporate office for resumes", "others", _site(
        "<p>901 E Byrd St, Richmond, VA 23219<br>804-555-0123</p>",
        ("", "James River Ketamine", HOME_FAQ),
        ("careers", "Careers | James River Ketamine",
         "<h1>Join our team</h1><p>Mail resumes to our management company: Allied Clinic Partners, 4400 Cox Rd, "
         "Glen Allen, VA 23060, or call HR at 804-555-0180.</p>")),
        (RICHMOND,)),
    Site("an events page: a talk at a hotel", "others", _site(
        "<p>Heartland Ketamine · 1000 Walnut St · Kansas City, MO 64106 · (816) 555-0119</p>",
        ("", "Heartland Ketamine", HOME_FAQ),
        ("events", "Events | Heartland Ketamine",
         "<h1>Community talk: ketamine and depression</h1><p>Thursday, March 12, 6 pm at the Crossroads Hotel, "
         "2101 Central St, Kansas City, MO 64108. RSVP at 816-555-0181.</p>")),
        (KANSAS_CITY,)),
    Site("a preparation page sending patients to a lab", "others", _site(
        "<p>North Star Ketamine<br>80 S 8th St<br>Minneapolis, MN 55402<br>612-555-0161</p>",
        ("", "North Star Ketamine", HOME_FAQ),
        ("prepare", "Before your visit | North Star Ketamine",
         "<h1>Before your first infusion</h1><p>Have your bloodwork drawn at any lab, for example Quest Diagnostics, "
         "920 Nicollet Mall, Minneapolis, MN 55402.</p>")),
        (MINNEAPOLIS,)),
    Site("a we-moved banner on the home page, the old office left on an about page", "others", (
        _page("", "Flatirons Ketamine",
              f"<div class='banner'>We've moved! Find us now at 1942 Broadway, Suite 204, Boulder, CO 80302.</div>"
              f"{HOME_FAQ}", "<p>1942 Broadway, Suite 204, Boulder, CO 80302 · 303-555-0153</p>"),
        _page("about", "About | Flatirons Ketamine",
              "<h1>Our story</h1><p>We opened in 2019 in a small office at 2525 Arapahoe Ave, Boulder, CO 80302 and "
              "outgrew it in 2025.</p>", "<p>1942 Broadway, Suite 204, Boulder, CO 80302 · 303-555-0153</p>")),
        (BOULDER,)),
    Site("a forgotten page with the old address, the new one on home and contact", "others", (
        _page("", "Suncoast Ketamine", HOME_FAQ, "<p>1800 2nd St, Sarasota, FL 34236 | 941-555-0125</p>"),
        _page("contact", "Contact | Suncoast Ketamine", "<h1>Contact</h1><p>1800 2nd St<br>Sarasota, FL 34236</p>"
              "<p>941-555-0125</p>", "<p>1800 2nd St, Sarasota, FL 34236 | 941-555-0125</p>"),
        _page("new-patients-2021", "New patients | Suncoast Ketamine",
              "<h1>New patient forms</h1><p>Bring the forms to 4000 S Tamiami Trl, Sarasota, FL 34231.</p>", "")),
        (SARASOTA,)),
    Site("a coming-soon location printed beside the open one", "others", _site(
        "<p>Treasure Valley Ketamine · 1010 W Jefferson St · Boise, ID 83702 · 208-555-0131</p>",
        ("", "Treasure Valley Ketamine", HOME_FAQ),
        ("locations", "Locations | Treasure Valley Ketamine",
         "<h1>Locations</h1><h3>Boise</h3><p>1010 W Jefferson St, Boise, ID 83702</p><h3>Coming soon: Meridian"
         "</h3><p>Opening spring 2027 at 3100 E Fairview Ave, Meridian, ID 83642.</p>")),
        (BOISE,)),
    Site("an insurance page with a payer's claims address", "others", _site(
        "<p>Gateway Mind Clinic | 1200 Harney St | Omaha, NE 68102 | 402-555-0127</p>",
        ("", "Gateway Mind Clinic", HOME_FAQ),
        ("insurance", "Insurance | Gateway Mind Clinic",
         "<h1>Insurance</h1><p>For out-of-network claims, mail your superbill to your insurer, for example Midlands "
         "Health Plan, 7000 Dodge St, Omaha, NE 68132, or call member services at 402-555-0188.</p>")),
        (OMAHA,)),
    Site("a resources page with a crisis center's address", "others", _site(
        "<p>Inland Ketamine · 801 W Riverside Ave · Spokane, WA 99201 · 509-555-0139</p>",
        ("", "Inland Ketamine", HOME_FAQ),
        ("resources", "Resources | Inland Ketamine",
         "<h1>Mental health resources</h1><p>In crisis? Call or text 988, or walk in to the Spokane Crisis Center, "
         "107 S Division St, Spokane, WA 99202, open 24 hours: 509-555-0192.</p>")),
        (SPOKANE,)),
    Site("a footer with the clinic and its billing office", "others", _site(
        "<p>Clinic: 100 N Stone Ave, Tucson, AZ 85701 · 520-555-0171</p><p>Billing office: 3500 E Speedway Blvd, "
        "Tucson, AZ 85716 · 520-555-0172</p>",
        ("", "Old Pueblo Ketamine", HOME_FAQ),
        ("contact", "Contact | Old Pueblo Ketamine", "<h1>Contact</h1><p>Questions about a bill? Call billing.</p>")),
        (TUCSON,)),
    Site("a pharmacy for the nasal spray named on a treatments page", "others", _site(
        "<p>Smoky Mountain Ketamine, 600 S Gay St, Knoxville, TN 37902, 865-555-0129</p>",
        ("", "Smoky Mountain Ketamine", HOME_FAQ),
        ("treatments/spravato", "Spravato | Smoky Mountain Ketamine",
         "<h1>Spravato nasal spray</h1><p>Your prescription is filled by Volunteer Specialty Pharmacy, 1400 Cumberland "
         "Ave, Knoxville, TN 37916, which ships it to us; questions for them at 865-555-0193.</p>")),
        (KNOXVILLE,)),
    Site("a testimonial page naming the patient's home town and a hospital", "others", _site(
        "<p>Lowcountry Ketamine | 180 Meeting St, Suite 3 | Charleston, SC 29401 | 843-555-0160</p>",
        ("", "Lowcountry Ketamine", HOME_FAQ),
        ("stories", "Patient stories | Lowcountry Ketamine",
         "<h1>Patient stories</h1><p>“After two stays at Palmetto Behavioral Health, 2777 Speissegger Dr, North "
         "Charleston, SC 29405, nothing helped until my third infusion here.” – J., Summerville</p>")),
        (CHARLESTON,)),
    Site("a chain: headquarters in the footer, clinics on the locations page", "others", _site(
        "<p>Corporate office: Evergreen Ketamine Partners, 1301 5th Ave, Suite 2000, Seattle, WA 98101</p>",
        ("", "Evergreen Ketamine", HOME_FAQ),
        ("locations", "Locations | Evergreen Ketamine",
         "<h1>Find a clinic</h1><div><h3>Eugene</h3><p>99 W 10th Ave<br>Eugene, OR 97401</p><p>541-555-0158</p>"
         "</div><div><h3>Bend</h3><p>1000 NW Wall St<br>Bend, OR 97703</p><p>541-555-0168</p></div>")),
        (EUGENE, BEND)),
    Site("a phone changed: the old number on a forgotten page", "others", (
        _page("", "Derby City Ketamine", HOME_FAQ,
              "<p>Derby City Ketamine | 500 W Jefferson St | Louisville, KY 40202 | 502-555-0163</p>"),
        _page("old-faq", "FAQ | Derby City Ketamine",
              "<h1>FAQ</h1><p>How do I book? Call our office at 502-555-0100 between 9 and 5.</p>", COPYRIGHT)),
        (LOUISVILLE,)),
    Site("a blog post under a first-visit address quoting another clinic", "others", _site(
        "<p>Casco Bay Ketamine · 477 Congress St · Portland, ME 04101 · 207-555-0155</p>",
        ("", "Casco Bay Ketamine", HOME_FAQ),
        ("blog/what-to-expect-at-your-first-visit", "Your first visit | Casco Bay Ketamine",
         "<h1>What to expect at your first visit</h1><p>Our nurse Kim trained at Granite State Ketamine, 1100 Elm "
         "St, Manchester, NH 03101, before joining us in 2024.</p>")),
        (PORTLAND_ME,)),
    Site("a chain's closed location keeps its page", "others", (
        _page("", "Piedmont Ketamine", HOME_FAQ, COPYRIGHT),
        _page("locations/raleigh", "Raleigh | Piedmont Ketamine",
              "<h1>Piedmont Ketamine Raleigh</h1><p>333 Fayetteville St, Raleigh, NC 27601</p><p>Call (919) "
              "555-0118</p>", COPYRIGHT),
        _page("locations/durham", "Durham | Piedmont Ketamine",
              "<h1>Piedmont Ketamine Durham</h1><p><strong>This location has closed.</strong> Patients are now seen "
              "at our Raleigh clinic.</p><p>Formerly at 200 N Mangum St, Durham, NC 27701</p>", COPYRIGHT)),
        (RALEIGH,)),
    Site("a home banner naming the old office and the new", "others", _site(
        "<p>1942 Broadway, Suite 204, Boulder, CO 80302 · 303-555-0153</p>",
        ("", "Flatirons Ketamine",
         f"<div class='banner'>We have moved from 2525 Arapahoe Ave to 1942 Broadway, Suite 204, Boulder, CO 80302."
         f"</div>{HOME_FAQ}"),
        ("contact", "Contact | Flatirons Ketamine", "<h1>Contact</h1><p>Call 303-555-0153.</p>")),
        (BOULDER,)),
    Site("an about page naming the doctor's former hospital and the clinic", "others", (
        _page("", "Sierra Ketamine Reno", HOME_FAQ, "<p>Call 775-555-0112</p>"),
        _page("about", "About | Sierra Ketamine",
              "<h1>Dr. Lee</h1><p>Dr. Lee led anesthesia at Truckee Meadows Medical Center, 1155 Mill St, Reno, NV "
              "89502, for twelve years.</p><p>Today she sees patients at our office, 50 W Liberty St, Suite 900, "
              "Reno, NV 89501.</p>", "<p>Call 775-555-0112</p>")),
        (RENO,)),
    Site("a call center's toll-free number on every page, the office's own on the contact page", "others", _site(
        "<p>Questions? Our care team: 1-888-555-0100</p>",
        ("", "Old Pueblo Ketamine", HOME_FAQ),
        ("contact", "Contact | Old Pueblo Ketamine",
         "<h1>Contact</h1><p>100 N Stone Ave<br>Tucson, AZ 85701<br>Front desk: (520) 555-0171</p>")),
        (TUCSON,)),
    Site("chain location pages whose footer gives the head office number", "others", _site(
        "<p>Head office: 503-555-0100 · © 2026 Cascade Ketamine</p>",
        ("", "Cascade Ketamine", HOME_FAQ),
        ("locations/eugene", "Eugene | Cascade Ketamine",
         "<h1>Cascade Ketamine Eugene</h1><p>99 W 10th Ave<br>Eugene, OR 97401</p><p>Phone: 541-555-0158</p>"),
        ("locations/bend", "Bend | Cascade Ketamine",
         "<h1>Cascade Ketamine Bend</h1><p>1000 NW Wall St<br>Bend, OR 97703</p><p>Phone: 541-555-0168</p>")),
        (EUGENE, BEND)),
    Site("the home page's latest-posts teaser quoting another clinic", "others", _site(
        "<p>Rock City Ketamine · 400 W Capitol Ave · Little Rock, AR 72201 · 501-555-0136</p>",
        ("", "Rock City Ketamine",
         f"{HOME_FAQ}<section class='latest-posts'><h2>From our blog</h2><article><h3>A visit to a peer clinic</h3>"
         "<p>We toured Ozark Ketamine, 3380 N College Ave, Fayetteville, AR 72703, to compare notes… "
         "<a href='/blog/peer-visit'>Read more</a></p></article></section>"),
        ("blog/peer-visit", "A visit to a peer clinic | Rock City Ketamine",
         "<h1>A visit to a peer clinic</h1><p>We toured Ozark Ketamine, 3380 N College Ave, Fayetteville, AR 72703, "
         "to compare notes on recovery rooms.</p>")),
        (LITTLE_ROCK,)),
    Site("a contact page printing the clinic and the surgery center it shares a building with", "others", _site(
        COPYRIGHT,
        ("", "Three Rivers Ketamine", HOME_FAQ),
        ("contact", "Contact | Three Rivers Ketamine",
         "<h1>Contact</h1><p>Three Rivers Ketamine<br>600 Grant St<br>Pittsburgh, PA 15219<br>412-555-0147</p>"
         "<p>Not to be confused with Grant Street Surgery Center, 650 Grant St, Pittsburgh, PA 15219 "
         "(412-555-0194).</p>")),
        (PITTSBURGH,)),
]
