"""Round-eight contact cases: other kinds of whole clinic sites, as the crawler reads them together.

A one-page site, a site of images and scripts with little text, a multi-specialty practice where ketamine is one
service of many, a hospital department's pages, a chain of eight or more locations with a location finder, a site
mid-redesign printing two footers, a site translated in part. The format is tests/contact_round7.py's: each case is
a site (its pages, home page first, each as path, title and body) and the clinic locations a careful reader takes
from it, each as (street, city, state, ZIP, phone). Cases of kind "others" are sites whose pages disagree or print
someone else's place or number. Names and 555-01xx numbers are invented; cities and ZIPs are real.
"""

from __future__ import annotations

from tests.contact_round5 import HEADER
from tests.contact_round7 import COPYRIGHT, HOME_FAQ, PRICING, Site, _page, _site

ALBANY = ("90 State St, Suite 700", "Albany", "NY", "12207", "+15185550132")
DES_MOINES = ("400 Locust St", "Des Moines", "IA", "50309", "+15155550146")
WICHITA = ("125 N Market St, Suite 1100", "Wichita", "KS", "67202", "+13165550117")
FARGO = ("201 5th St N", "Fargo", "ND", "58102", "+17015550163")
SIOUX_FALLS = ("101 N Phillips Ave", "Sioux Falls", "SD", "57104", "+16055550128")
BILLINGS = ("2910 1st Ave N", "Billings", "MT", "59101", "+14065550150")
SANTA_FE = ("123 W Palace Ave", "Santa Fe", "NM", "87501", "+15055550174")
SAVANNAH = ("7 E Congress St", "Savannah", "GA", "31401", "+19125550121")
LEXINGTON = ("250 W Main St, Suite 2800", "Lexington", "KY", "40507", "+18595550135")
DAYTON = ("40 N Main St", "Dayton", "OH", "45402", "+19375550142")
GRAND_RAPIDS = ("99 Monroe Ave NW", "Grand Rapids", "MI", "49503", "+16165550159")
LINCOLN = ("1248 O St", "Lincoln", "NE", "68508", "+14025550166")
PROVO = ("86 N University Ave", "Provo", "UT", "84601", "+18015550109")
FRESNO = ("2220 Tulare St", "Fresno", "CA", "93721", "+15595550114")
TACOMA = ("1201 Pacific Ave", "Tacoma", "WA", "98402", "+12535550173")
BURLINGTON = ("180 Battery St", "Burlington", "VT", "05401", "+18025550126")
PROVIDENCE = ("1 Financial Plz", "Providence", "RI", "02903", "+14015550138")
HARTFORD = ("100 Pearl St", "Hartford", "CT", "06103", "+18605550145")
MIAMI = ("1450 SW 8th St", "Miami", "FL", "33135", "+13055550151")
SAN_ANTONIO = ("300 Convent St", "San Antonio", "TX", "78205", "+12105550162")
EL_PASO = ("221 N Kansas St", "El Paso", "TX", "79901", "+19155550115")
CHATTANOOGA = ("736 Market St", "Chattanooga", "TN", "37402", "+14235550137")
MILWAUKEE = ("411 E Wisconsin Ave", "Milwaukee", "WI", "53202", "+14145550124")
PEORIA = ("401 SW Water St", "Peoria", "IL", "61602", "+13095550167")
SACRAMENTO = ("1201 K St", "Sacramento", "CA", "95814", "+19165550143")
SPRINGFIELD = ("333 E Walnut St", "Springfield", "MO", "65806", "+14175550130")
LUBBOCK = ("1500 Broadway", "Lubbock", "TX", "79401", "+18065550154")
AMARILLO = ("600 S Tyler St", "Amarillo", "TX", "79101", "+18065550169")
ABILENE = ("400 Pine St", "Abilene", "TX", "79601", "+13255550110")
MIDLAND = ("303 W Wall St", "Midland", "TX", "79701", "+14325550122")
ODESSA = ("119 W 4th St", "Odessa", "TX", "79761", "+14325550176")
WACO = ("510 Austin Ave", "Waco", "TX", "76701", "+12545550133")
TYLER = ("110 N College Ave", "Tyler", "TX", "75702", "+19035550148")
LAREDO = ("1100 Matamoros St", "Laredo", "TX", "78040", "+19565550157")

SERVICES = ("<h2>Our services</h2><ul><li>Primary care</li><li>Weight management</li><li>Hormone therapy</li>"
            "<li>IV hydration</li><li>Ketamine infusions for depression</li><li>Botox and fillers</li></ul>")
IMG = "<img src='/img/hero-{0}.webp' alt=''><img src='/img/banner-{0}.jpg' alt='{1}'>"
SCRIPT = ("<script>window.__APP__={{route:'{0}',chunks:[1,2,3]}};</script><div id='root'></div>"
          "<noscript>Please enable JavaScript.</noscript>")


def _card(city: str, loc: tuple) -> str:
    street, town, state, zip_code, phone = loc
    dial = f"({phone[2:5]}) {phone[5:8]}-{phone[8:]}"
    return (f"<div class='loc'><h3>{city}</h3><p>{street}<br>{town}, {state} {zip_code}</p>"
            f"<p><a href='tel:{phone}'>{dial}</a></p><a href='/locations/{town.lower()}'>View location</a></div>")


CHAIN = (LUBBOCK, AMARILLO, ABILENE, MIDLAND, ODESSA, WACO, TYLER, LAREDO)

OWN = [
    Site("a one-page site with anchors for each section", "own", (
        ("", "Capital Region Ketamine",
         f"{HEADER}<main><section id='about'>{HOME_FAQ}</section><section id='pricing'>{PRICING}</section>"
         "<section id='contact'><h2>Contact</h2><p>90 State St, Suite 700<br>Albany, NY 12207</p>"
         "<p>Phone: (518) 555-0132</p></section></main><footer>" + COPYRIGHT + "</footer>"),
        ("#pricing", "Capital Region Ketamine", f"{HEADER}<main>{PRICING}</main>")),
        (ALBANY,)),
    Site("pages of images and scripts, the address only in the footer text", "own", _site(
        "<p>Hawkeye Ketamine · 400 Locust St · Des Moines, IA 50309 · 515-555-0146</p>",
        ("", "Hawkeye Ketamine", IMG.format("home", "Ketamine infusion room") + SCRIPT.format("home")),
        ("pricing", "Pricing | Hawkeye Ketamine", IMG.format("pricing", "Price list") + SCRIPT.format("pricing")),
        ("contact", "Contact | Hawkeye Ketamine", SCRIPT.format("contact"))),
        (DES_MOINES,)),
    Site("a multi-specialty practice, ketamine one service of many", "own", _site(
        "<p>Air Capital Family Medicine<br>125 N Market St, Suite 1100<br>Wichita, KS 67202<br>"
        "Tel 316-555-0117</p>",
        ("", "Air Capital Family Medicine", f"<h1>Whole-family care</h1>{SERVICES}"),
        ("services/ketamine", "Ketamine | Air Capital Family Medicine", HOME_FAQ),
        ("services/weight-loss", "Weight loss | Air Capital Family Medicine",
         "<h1>Medical weight loss</h1><p>Programs from $199 a month.</p>")),
        (WICHITA,)),
    Site("a hospital department's pages", "own", _site(
        "<p>Red River Health · Department of Psychiatry</p>" + COPYRIGHT,
        ("", "Interventional Psychiatry | Red River Health",
         "<h1>Interventional Psychiatry</h1><p>Our department offers ketamine and esketamine treatment for "
         "treatment-resistant depression.</p>"),
        ("psychiatry/contact", "Contact Interventional Psychiatry | Red River Health",
         "<h1>Contact the clinic</h1><p>Interventional Psychiatry Clinic<br>201 5th St N<br>Fargo, ND 58102</p>"
         "<p>Appointments: 701-555-0163</p>")),
        (FARGO,)),
    Site("a chain of eight locations with a location finder", "own", (
        _page("", "Lone Star Ketamine", HOME_FAQ, COPYRIGHT),
        _page("locations", "Find a location | Lone Star Ketamine",
              "<h1>Find a clinic near you</h1><form><input name='zip' placeholder='Enter ZIP'></form>"
              + "".join(_card(loc[1], loc) for loc in CHAIN), COPYRIGHT)),
        CHAIN),
    Site("a site mid-redesign printing the same footer twice", "own", (
        _page("", "Big Sky Ketamine", HOME_FAQ,
              "<div class='footer-new'><p>2910 1st Ave N, Billings, MT 59101</p><p>406-555-0150</p></div>"
              "<div class='footer-old'><p>Big Sky Ketamine | 2910 1st Avenue North | Billings, Montana 59101 | "
              "(406) 555-0150</p></div>"),
        _page("pricing", "Pricing | Big Sky Ketamine", PRICING,
              "<div class='footer-new'><p>2910 1st Ave N, Billings, MT 59101</p><p>406-555-0150</p></div>")),
        # The project keeps the fullest writing of a place printed two ways (tests/test_contact_layouts.py).
        (("2910 1st Avenue North", *BILLINGS[1:]),)),
    Site("a site translated in part, the Spanish page with the same address", "own", _site(
        "<p>Calle Ocho Ketamine · 1450 SW 8th St, Miami, FL 33135 · 305-555-0151</p>",
        ("", "Calle Ocho Ketamine", HOME_FAQ),
        ("es", "Inicio | Calle Ocho Ketamine",
         "<h1>Terapia de infusión de ketamina</h1><p>Alivio para la depresión resistente al tratamiento.</p>"
         "<p>Visítenos en 1450 SW 8th St, Miami, FL 33135. Llame al 305-555-0151.</p>"),
        ("contact", "Contact | Calle Ocho Ketamine", "<h1>Contact</h1><p>Se habla español.</p>")),
        (MIAMI,)),
    Site("a one-page site with the phone in a sticky call button only", "own", (
        ("", "Adobe Ketamine",
         f"{HEADER}<a class='sticky-call' href='tel:+15055550174'>Tap to call</a><main>{HOME_FAQ}"
         "<h2>Find us</h2><p>123 W Palace Ave, Santa Fe, NM 87501 — across from the Plaza.</p></main>"),
        ("privacy", "Privacy | Adobe Ketamine",
         "<main><h1>Privacy policy</h1><p>We never sell your data.</p></main>")),
        (SANTA_FE,)),
    Site("a multi-specialty practice with a providers page", "own", _site(
        "<p>Bluegrass Integrative Medicine, 250 W Main St, Suite 2800, Lexington, KY 40507 · 859-555-0135</p>",
        ("", "Bluegrass Integrative Medicine", f"<h1>Integrative care</h1>{SERVICES}"),
        ("providers", "Providers | Bluegrass Integrative Medicine",
         "<h1>Our providers</h1><p>Dr. Ana Ruiz, MD — Internal medicine</p><p>Dr. Sam Cole, DO — Anesthesiology, "
         "ketamine program director</p>")),
        (LEXINGTON,)),
    Site("a hospital service line with a structured-data node for the department", "own", _site(
        COPYRIGHT,
        ("", "Ketamine Service | Gem City Health",
         "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":\"MedicalClinic\","
         "\"name\":\"Gem City Health Ketamine Service\",\"telephone\":\"937-555-0142\",\"address\":{\"@type\":"
         "\"PostalAddress\",\"streetAddress\":\"40 N Main St\",\"addressLocality\":\"Dayton\",\"addressRegion\":"
         f"\"OH\",\"postalCode\":\"45402\"}}}}</script>{HOME_FAQ}"),
        ("referrals", "Referrals | Gem City Health",
         "<h1>For referring physicians</h1><p>Send a referral through our portal or by fax.</p>")),
        (DAYTON,)),
    Site("a script-built site with the location in a plain paragraph on one page", "own", (
        ("", "River City Ketamine", f"{HEADER}{SCRIPT.format('home')}"),
        ("visit", "Visit | River City Ketamine",
         f"{HEADER}{SCRIPT.format('visit')}<main><p>We are at 99 Monroe Ave NW, Grand Rapids, MI 49503.</p>"
         "<p>Questions? 616-555-0159</p></main>")),
        (GRAND_RAPIDS,)),
    Site("a one-page site whose contact block is a definition list", "own", (
        ("", "Haymarket Ketamine",
         f"{HEADER}<main>{HOME_FAQ}<dl><dt>Address</dt><dd>1248 O St<br>Lincoln, NE 68508</dd><dt>Phone</dt>"
         "<dd>402-555-0166</dd><dt>Hours</dt><dd>Mon–Fri 8–5</dd></dl></main>"),
        ("book", "Book | Haymarket Ketamine", f"{HEADER}<main><h1>Book online</h1></main>")),
        (LINCOLN,)),
]

OTHERS = [
    Site("a one-page site with a testimonials section naming a referring clinic", "others", (
        ("", "Wasatch Ketamine",
         f"{HEADER}<main>{HOME_FAQ}<section id='reviews'><blockquote>“My psychiatrist at Valley Behavioral "
         "Health, 500 N Main St, Springville, UT 84663, sent me here.” — J.</blockquote></section>"
         "<section id='contact'><p>86 N University Ave, Provo, UT 84601</p><p>801-555-0109</p></section></main>"),
        ("thanks", "Thank you | Wasatch Ketamine", f"{HEADER}<main><p>We will call you soon.</p></main>")),
        (PROVO,)),
    Site("a multi-specialty practice listing the lab and imaging center it uses", "others", _site(
        "<p>Central Valley Wellness · 2220 Tulare St · Fresno, CA 93721 · 559-555-0114</p>",
        ("", "Central Valley Wellness", f"<h1>Your health, under one roof</h1>{SERVICES}"),
        ("patients", "Patient resources | Central Valley Wellness",
         "<h1>Patient resources</h1><p>Blood work: Valley Labs, 1320 E Herndon Ave, Fresno, CA 93720, "
         "559-555-0190.</p><p>Imaging: Fresno Imaging Center, 6191 N Fresno St, Fresno, CA 93710.</p>")),
        (FRESNO,)),
    Site("a hospital department whose footer prints the main hospital's address", "others", (
        _page("", "Ketamine Clinic | Tacoma General Behavioral Health",
              "<h1>Ketamine Clinic</h1><p>Part of our behavioral health service.</p>",
              "<p>Tacoma General Hospital · 315 Martin Luther King Jr Way, Tacoma, WA 98405 · Main line "
              "253-555-0100</p>"),
        _page("ketamine/location", "Location | Tacoma General Behavioral Health",
              "<h1>Where the ketamine clinic is</h1><p>The clinic is not in the main hospital. Find us at the "
              "Pacific Avenue outpatient building:</p><p>1201 Pacific Ave<br>Tacoma, WA 98402</p><p>Clinic line: "
              "253-555-0173</p>",
              "<p>Tacoma General Hospital · 315 Martin Luther King Jr Way, Tacoma, WA 98405 · Main line "
              "253-555-0100</p>")),
        ((*TACOMA[:4], "+12535550173"), ("315 Martin Luther King Jr Way", "Tacoma", "WA", "98405",
                                         "+12535550100"))),
    Site("a site mid-redesign whose old footer keeps the old address", "others", (
        _page("", "Green Mountain Ketamine", HOME_FAQ,
              "<div class='footer-v2'><p>180 Battery St, Burlington, VT 05401 · 802-555-0126</p></div>"),
        _page("pricing", "Pricing | Green Mountain Ketamine", PRICING,
              "<div class='footer-v1'><p>52 Church St, Burlington, VT 05401 · 802-555-0126</p></div>"),
        _page("contact", "Contact | Green Mountain Ketamine",
              "<h1>Contact</h1><p>We have moved! Our new home is 180 Battery St, Burlington, VT 05401.</p>",
              "<div class='footer-v2'><p>180 Battery St, Burlington, VT 05401 · 802-555-0126</p></div>")),
        (BURLINGTON,)),
    Site("a chain's finder with a 'coming soon' location without a street", "others", (
        _page("", "Ocean State Ketamine", HOME_FAQ, COPYRIGHT),
        _page("locations", "Locations | Ocean State Ketamine",
              "<h1>Locations</h1><div class='loc'><h3>Providence</h3><p>1 Financial Plz<br>Providence, RI 02903"
              "</p><p>401-555-0138</p></div><div class='loc'><h3>Hartford</h3><p>100 Pearl St<br>Hartford, CT "
              "06103</p><p>860-555-0145</p></div><div class='loc coming'><h3>Newport — coming soon</h3>"
              "<p>Newport, RI 02840</p></div>", COPYRIGHT)),
        (PROVIDENCE, HARTFORD)),
    Site("a Spanish page quoting a pharmacy's address", "others", _site(
        "<p>Alamo Ketamine · 300 Convent St, San Antonio, TX 78205 · 210-555-0162</p>",
        ("", "Alamo Ketamine", HOME_FAQ),
        ("es", "Inicio | Alamo Ketamine",
         "<h1>Ketamina en San Antonio</h1><p>Para su receta de esketamina, vaya a la Farmacia del Pueblo, "
         "1010 S Flores St, San Antonio, TX 78204, tel. 210-555-0199.</p>")),
        (SAN_ANTONIO,)),
    Site("a blog post on a one-location site listing clinics in other cities", "others", _site(
        "<p>Sun City Ketamine, 221 N Kansas St, El Paso, TX 79901 | 915-555-0115</p>",
        ("", "Sun City Ketamine", HOME_FAQ),
        ("blog/texas-ketamine-clinics", "Ketamine clinics in Texas | Sun City Ketamine",
         "<h1>Where to get ketamine in Texas</h1><p>Besides us, patients have told us about:</p><ul>"
         "<li>Hill Country Ketamine, 600 Congress Ave, Austin, TX 78701</li>"
         "<li>Bayou Infusions, 1001 Fannin St, Houston, TX 77002</li></ul>")),
        (EL_PASO,)),
    Site("a multi-specialty site with a second practice under the same owner", "others", _site(
        "<p>Scenic City Medical, 736 Market St, Chattanooga, TN 37402 · 423-555-0137</p>",
        ("", "Scenic City Medical", f"<h1>Scenic City Medical</h1>{SERVICES}"),
        ("sister-practice", "Our sister practice | Scenic City Medical",
         "<h1>Scenic City Dermatology</h1><p>Our sister practice for skin care is at 2 Northshore Rd, "
         "Chattanooga, TN 37405, 423-555-0188. It does not offer ketamine.</p>")),
        (CHATTANOOGA,)),
    Site("a hospital's pages where one page gives the billing office", "others", _site(
        "<p>Lakeshore Health Psychiatry · 411 E Wisconsin Ave, Milwaukee, WI 53202 · 414-555-0124</p>",
        ("", "Ketamine Treatment | Lakeshore Health", "<h1>Ketamine treatment</h1><p>For adults with "
         "treatment-resistant depression.</p>"),
        ("billing", "Billing | Lakeshore Health",
         "<h1>Billing questions</h1><p>Mail payments to Lakeshore Health Patient Accounts, PO Box 8870, "
         "Milwaukee, WI 53208. Billing office: 414-555-0193.</p>")),
        (MILWAUKEE,)),
    Site("an images-only home page whose alt text names the old office", "others", _site(
        "<p>River Bluff Ketamine · 401 SW Water St, Peoria, IL 61602 · 309-555-0167</p>",
        ("", "River Bluff Ketamine",
         "<img src='/img/sign.jpg' alt='Our old sign at 2000 W Pioneer Pkwy, Peoria, IL 61615'>"
         + IMG.format("home", "Infusion chair")),
        ("contact", "Contact | River Bluff Ketamine", "<h1>Contact</h1><p>Call us to book.</p>")),
        (PEORIA,)),
    Site("a partly translated site whose untranslated page keeps an old phone", "others", (
        _page("", "Capitol Ketamine", HOME_FAQ,
              "<p>1201 K St, Sacramento, CA 95814 · 916-555-0143</p>"),
        _page("contact", "Contact | Capitol Ketamine",
              "<h1>Contact</h1><p>1201 K St<br>Sacramento, CA 95814<br>916-555-0143</p>",
              "<p>1201 K St, Sacramento, CA 95814 · 916-555-0143</p>"),
        _page("es/contacto", "Contacto | Capitol Ketamine",
              "<h1>Contacto</h1><p>1201 K St, Sacramento, CA 95814</p>",
              "<p>1201 K St, Sacramento, CA 95814 · 916-555-0143</p>")),
        (SACRAMENTO,)),
    Site("a chain finder that also lists partner clinics it refers to", "others", (
        _page("", "Ozark Ketamine", HOME_FAQ, COPYRIGHT),
        _page("locations", "Locations | Ozark Ketamine",
              "<h1>Our clinic</h1>" + _card("Springfield", SPRINGFIELD)
              + "<h2>Partner clinics we refer to</h2><p>Joplin Mind Care, 530 S Main St, Joplin, MO 64801</p>"
              "<p>Branson Wellness, 100 Main St, Branson, MO 65616</p>", COPYRIGHT)),
        (SPRINGFIELD,)),
]

SITES = OWN + OTHERS
