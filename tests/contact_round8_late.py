"""Round-eight contact sites written after the first measure and measured before any change: a chain's finder
laid out as a table or grouped by state, a central number beside each branch's own, a hospital contact page listing
many departments' numbers, Spanish labels, two footers of a redesign that disagree on the same page, a finder that
builds its list by script. The site format is tests/contact_round7.py's."""

from __future__ import annotations

from tests.contact_round5 import HEADER
from tests.contact_round7 import COPYRIGHT, HOME_FAQ, PRICING, Site, _page, _site
from tests.contact_round8 import (
    ABILENE, AMARILLO, BILLINGS, DAYTON, LUBBOCK, MIAMI, MIDLAND, ODESSA, OTHERS, OWN, SACRAMENTO, SAN_ANTONIO,
    SIOUX_FALLS, SAVANNAH, TYLER, WACO)

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

SITES = OWN + OTHERS + LATE
