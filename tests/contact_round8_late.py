"""Round-eight contact sites written after the first measure and measured before any change: a chain's finder
laid out as a table or grouped by state, a central number beside each branch's own, a hospital contact page listing
many departments' numbers, Spanish labels, two footers of a redesign that disagree on the same page, a finder that
builds its list by script. The site format is tests/contact_round7.py's."""

from __future__ import annotations

from tests.contact_round5 import HEADER
from tests.contact_round7 import COPYRIGHT, HOME_FAQ, PRICING, Site, _page, _site
from tests.contact_round8 import (
    ABILENE, AMARILLO, BILLINGS, DAYTON, EL_PASO, FRESNO, LAREDO, LEXINGTON, LUBBOCK, MIAMI, MIDLAND, ODESSA, OTHERS,
    OWN, SACRAMENTO, SAN_ANTONIO, SERVICES, SIOUX_FALLS, SAVANNAH, TYLER, WACO, WICHITA)

NINE = (LUBBOCK, AMARILLO, ABILENE, MIDLAND, ODESSA, WACO, TYLER, LAREDO, EL_PASO)
TABLE = "".join(
    f"<tr><td>{loc[1]}</td><td>{loc[0]}, {loc[1]}, {loc[2]} {loc[3]}</td><td>{loc[4][2:5]}.{loc[4][5:8]}."
    f"{loc[4][8:]}</td></tr>" for loc in (LUBBOCK, AMARILLO, ABILENE, MIDLAND, ODESSA, WACO, TYLER))

LATE = [
    Site("a chain finder laid out as a table of seven rows", "own", (
        _page("", "Panhandle Ketamine", HOME_FAQ, COPYRIGHT),
        _page("locations", "Locations | Panhandle Ketamine",
              "<h1>Locations</h1><table><tr><th>Clinic</th><th>Address</th><th>Phone</th></tr>" + TABLE
              + "</table>", COPYRIGHT)),
        (LUBBOCK, AMARILLO, ABILENE, MIDLAND, ODESSA, WACO, TYLER)),
    Site("a chain of nine cards sharing one central number", "own", (
        _page("", "Big Country Ketamine", f"<p>Scheduling for all clinics: 1-800-555-0103</p>{HOME_FAQ}", COPYRIGHT),
        _page("locations", "Locations | Big Country Ketamine",
              "<h1>Locations</h1>" + "".join(
                  f"<div><h3>{loc[1]}</h3><p>{loc[0]}<br>{loc[1]}, {loc[2]} {loc[3]}</p></div>" for loc in NINE),
              COPYRIGHT)),
        tuple((*loc[:4], "") for loc in NINE)),
    Site("a Spanish 'we moved' notice", "others", _site(
        "<p>1450 SW 8th St, Miami, FL 33135 · 305-555-0151</p>",
        ("", "Ketamina Miami", HOME_FAQ),
        ("es/aviso", "Aviso | Ketamina Miami",
         "<h1>¡Nos mudamos!</h1><p>Antes estábamos en 2600 SW 27th Ave, Miami, FL 33133. Ahora nos encuentra en "
         "1450 SW 8th St, Miami, FL 33135.</p>")),
        (MIAMI,)),
    Site("a hospital page with the department's mailing address and clinic location", "others", _site(
        COPYRIGHT,
        ("", "Ketamine | Gem City Health", HOME_FAQ),
        ("contact", "Contact | Gem City Health",
         "<h1>Contact</h1><h3>Clinic location</h3><p>40 N Main St<br>Dayton, OH 45402<br>937-555-0142</p>"
         "<h3>Mailing address</h3><p>Gem City Health, Attn: Psychiatry, 1 Wyoming St, Dayton, OH 45409</p>")),
        (DAYTON,)),
    Site("a chain listed one location a line with pipes", "own", (
        _page("", "Cowtown Ketamine", HOME_FAQ, COPYRIGHT),
        _page("locations", "Locations | Cowtown Ketamine",
              "<h1>Locations</h1><p>Waco | 510 Austin Ave, Waco, TX 76701 | 254-555-0133</p>"
              "<p>Tyler | 110 N College Ave, Tyler, TX 75702 | 903-555-0148</p>"
              "<p>Laredo | 1100 Matamoros St, Laredo, TX 78040 | 956-555-0157</p>", COPYRIGHT)),
        (WACO, TYLER, LAREDO)),
    Site("an image-only home page whose banner alt names the clinic, a contact page in text", "own", (
        _page("", "Sunflower Ketamine",
              "<img src='/b.jpg' alt='Sunflower Ketamine, 125 N Market St, Suite 1100, Wichita, KS 67202'>", COPYRIGHT),
        _page("contact", "Contact | Sunflower Ketamine",
              "<p>125 N Market St, Suite 1100<br>Wichita, KS 67202</p><p>Call 316-555-0117</p>", COPYRIGHT)),
        (WICHITA,)),
    Site("a redesign whose new footer drops the suite and old page has old phone", "others", (
        _page("", "Bluegrass Ketamine", HOME_FAQ, "<p>250 W Main St, Lexington, KY 40507 · 859-555-0135</p>"),
        _page("old-contact", "Contact Us - Bluegrass Ketamine",
              "<p>250 W Main St, Suite 2800<br>Lexington, KY 40507<br>Phone: 859-555-0199</p>",
              "<p>250 W Main St, Lexington, KY 40507 · 859-555-0135</p>")),
        (LEXINGTON,)),
    Site("a hospital department with the main switchboard in the header", "others", (
        _page("", "Psychiatry | Sioux Valley Health",
              "<p>Main switchboard 605-555-0100</p><h1>Ketamine clinic</h1><p>101 N Phillips Ave, Sioux Falls, SD "
              "57104</p><p>Clinic: 605-555-0128</p>", COPYRIGHT),
        _page("visitors", "Visitors | Sioux Valley Health",
              "<p>Main switchboard 605-555-0100</p><h1>Visitor parking</h1><p>Use the ramp on 10th St.</p>",
              COPYRIGHT)),
        (SIOUX_FALLS,)),
    Site("a chain with a central toll-free number in the header and each branch's own", "others", (
        _page("", "Prairie Ketamine", f"<p>Call 1-800-555-0102 to book any clinic</p>{HOME_FAQ}", COPYRIGHT),
        _page("locations/sioux-falls", "Sioux Falls | Prairie Ketamine",
              "<p>Call 1-800-555-0102 to book any clinic</p><h1>Sioux Falls</h1><p>101 N Phillips Ave<br>Sioux "
              "Falls, SD 57104</p><p>Clinic direct: 605-555-0128</p>", COPYRIGHT),
        _page("locations/billings", "Billings | Prairie Ketamine",
              "<p>Call 1-800-555-0102 to book any clinic</p><h1>Billings</h1><p>2910 1st Ave N<br>Billings, MT "
              "59101</p><p>Clinic direct: 406-555-0150</p>", COPYRIGHT)),
        (SIOUX_FALLS, BILLINGS)),
    Site("a hospital contact page listing many departments' numbers", "others", _site(
        COPYRIGHT,
        ("", "Ketamine Clinic | Miami Valley Health", HOME_FAQ),
        ("contact", "Contact | Miami Valley Health",
         "<h1>Contact us</h1><p>Main hospital: 937-555-0100</p><p>Radiology scheduling: 937-555-0181</p>"
         "<p>Ketamine Clinic: 937-555-0142<br>40 N Main St<br>Dayton, OH 45402</p>"
         "<p>Billing: 937-555-0183</p>")),
        (DAYTON,)),
    Site("a Spanish contact page with Spanish labels", "own", _site(
        COPYRIGHT,
        ("", "Pequeña Habana Ketamina", HOME_FAQ),
        ("contacto", "Contacto | Pequeña Habana Ketamina",
         "<h1>Contáctenos</h1><p><strong>Dirección:</strong> 1450 SW 8th St, Miami, FL 33135</p>"
         "<p><strong>Teléfono:</strong> (305) 555-0151</p><p><strong>Horario:</strong> lunes a viernes, 9–5</p>")),
        (MIAMI,)),
    Site("two footers of a redesign on the same pages, disagreeing", "others", tuple(
        _page(path, title, main,
              "<div class='footer-new'><p>7 E Congress St, Savannah, GA 31401 · 912-555-0121</p></div>"
              "<div class='footer-legacy' style='display:none'><p>1 Abercorn St, Savannah, GA 31401 · "
              "912-555-0121</p></div>")
        for path, title, main in (("", "Hostess City Ketamine", HOME_FAQ),
                                  ("pricing", "Pricing | Hostess City Ketamine", PRICING))),
        (SAVANNAH,)),
    Site("a finder whose list is built by script, the text only naming cities", "own", (
        _page("", "Hill Country Ketamine", HOME_FAQ, COPYRIGHT),
        _page("locations", "Locations | Hill Country Ketamine",
              "<h1>Find a location</h1><p>Clinics in San Antonio, Austin and New Braunfels.</p>"
              "<div id='map'></div><script>var LOCS=[{\"street\":\"300 Convent St\",\"city\":\"San Antonio\"}];"
              "</script>", COPYRIGHT)),
        ()),
    Site("a one-page site whose only address is a map link", "own", (
        ("", "Delta Ketamine",
         f"{HEADER}<main>{HOME_FAQ}<p><a href='https://maps.google.com/?q=1201+K+St,+Sacramento,+CA+95814'>"
         "Get directions</a></p><p>Call 916-555-0143</p></main>"),
        ("faq", "FAQ | Delta Ketamine", f"{HEADER}<main><h1>FAQ</h1><p>Ask us anything.</p></main>")),
        (SACRAMENTO,)),
    Site("a multi-specialty practice whose home page lists the hospital it admits to", "others", _site(
        "<p>Alamo Integrative Care · 300 Convent St, San Antonio, TX 78205 · 210-555-0162</p>",
        ("", "Alamo Integrative Care",
         "<h1>Integrative care</h1><p>Our physicians admit to University Hospital, 4502 Medical Dr, San Antonio, "
         "TX 78229.</p><p>Ketamine infusions now offered.</p>"),
        ("services", "Services | Alamo Integrative Care", "<h1>Services</h1><p>Ketamine, IV therapy.</p>")),
        (SAN_ANTONIO,)),
]

# Left open: a careful reader takes these, but no general rule tells them from a place someone else's page names
# without risking a false address; the tests hold the reader to printing no false one.
OPEN = [
    Site("a multi-specialty practice with a second own office", "own", _site(
        "<p>Central Valley Wellness · 2220 Tulare St · Fresno, CA 93721 · 559-555-0114</p>",
        ("", "Central Valley Wellness", f"<h1>Care</h1>{SERVICES}"),
        ("clovis", "Clovis office | Central Valley Wellness",
         "<h1>Our Clovis office</h1><p>Also at 650 Pollasky Ave, Clovis, CA 93612 · 559-555-0119</p>")),
        (FRESNO, ("650 Pollasky Ave", "Clovis", "CA", "93612", "+15595550119"))),
]

SITES = OWN + OTHERS + LATE
