"""Round-three contact layouts: page snippets written afresh in the shapes clinic sites print their contact details.

Each case is a piece of a page and the clinic locations a careful reader takes from it, each as (street, city,
state, ZIP, phone), with the map point when the page gives one. Names and 555-01xx numbers are invented; cities and
ZIP codes are real.
"""

from __future__ import annotations

import json

from tests.contact_layouts import Layout


def _ld(*nodes: dict) -> str:
    data = nodes[0] if len(nodes) == 1 else list(nodes)
    if isinstance(data, dict):
        data = {"@context": "https://schema.org", **data}
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def _postal(street: str, city: str, region: str, code: str) -> dict:
    return {"@type": "PostalAddress", "streetAddress": street, "addressLocality": city, "addressRegion": region,
            "postalCode": code, "addressCountry": "US"}


WESTLAKE = ("2200 Westlake Ave N, Suite 115", "Seattle", "WA", "98109", "+12065550131")
PEARL = ("1200 Pearl St", "Boulder", "CO", "80302", "+13035550150")
CAMELBACK = ("4500 E Camelback Rd Ste 120", "Phoenix", "AZ", "85018", "+14805550192")

FOOTERS = [
    Layout("wordpress widget, lines under a heading", "footer",
           '<footer class="site-footer"><div class="widget"><h3>Visit Us</h3><p>Harbor Ketamine Wellness<br>'
           '2200 Westlake Ave N<br>Suite 115<br>Seattle, WA 98109</p><p><a href="tel:+12065550131">206.555.0131</a>'
           '</p></div></footer>', (WESTLAKE,)),
    Layout("squarespace blocks with no-break spaces", "footer",
           "<footer><div class='sqs-block-content'><p>Cedar&nbsp;Ridge Infusions</p><p>415&nbsp;N&nbsp;Tejon&nbsp;St, "
           "Colorado&nbsp;Springs, CO&nbsp;80903</p><p>(719)&nbsp;555-0177</p></div></footer>",
           (("415 N Tejon St", "Colorado Springs", "CO", "80903", "+17195550177"),)),
    Layout("wix spans inside paragraphs", "footer",
           "<footer><p><span style='font-size:14px'>1819 </span><span>Polk Street</span></p><p><span>San Francisco, "
           "CA 94109</span></p><p><span>Tel: 415-555-0148</span></p></footer>",
           (("1819 Polk Street", "San Francisco", "CA", "94109", "+14155550148"),)),
    Layout("copyright line with ZIP+4", "footer",
           "<footer><p>© 2025 Lakeside Mind Care · 6300 W Loop S, Suite 420, Bellaire, TX 77401-2912 · 713-555-0163 · "
           "All rights reserved</p></footer>",
           (("6300 W Loop S, Suite 420", "Bellaire", "TX", "77401", "+17135550163"),)),
    Layout("all capitals", "footer",
           "<footer><p>NORTHSTAR KETAMINE CENTER</p><p>7550 FRANCE AVE S, STE 220</p><p>EDINA, MN 55435</p>"
           "<p>PHONE 952-555-0119</p></footer>",
           (("7550 FRANCE AVE S, STE 220", "EDINA", "MN", "55435", "+19525550119"),)),
    Layout("zero-width spaces from a page builder", "footer",
           "<footer><p>1200 Pearl St&#8203;, Boulder, CO&#8203; 80302</p><p>Call 303&#8203;-555-0150</p></footer>",
           (PEARL,)),
    Layout("entities for dashes, ampersands and dots", "footer",
           "<footer><p>Bay &amp; Bridge Wellness &ndash; 55 Francisco St, Ste 3 &ndash; San Francisco, CA 94133 "
           "&ndash; 415&#46;555&#46;0188</p></footer>",
           (("55 Francisco St, Ste 3", "San Francisco", "CA", "94133", "+14155550188"),)),
    Layout("three columns: address, hours, contact", "footer",
           "<footer><div class='col'><h4>Address</h4><p>980 N Michigan Ave<br>Suite 1400<br>Chicago, IL 60611</p>"
           "</div><div class='col'><h4>Hours</h4><p>Mon–Thu 8–6<br>Fri 8–2<br>Sat–Sun Closed</p></div>"
           "<div class='col'><h4>Contact</h4><p>P: 312-555-0135<br>F: 312-555-0136</p></div></footer>",
           (("980 N Michigan Ave, Suite 1400", "Chicago", "IL", "60611", "+13125550135"),)),
    Layout("top bar: phone then address", "footer",
           "<div class='top-bar'><span><i class='icon-phone'></i> Call/Text: (480) 555-0192</span><span>"
           "<i class='icon-pin'></i> 4500 E Camelback Rd Ste 120, Phoenix AZ 85018</span></div>"
           "<main><h1>Feel like yourself again</h1></main>", (CAMELBACK,)),
    Layout("top bar with hours before the phone", "footer",
           "<div class='header-top'>Open Mon–Fri 9–5 &nbsp;|&nbsp; (615) 555-0104 &nbsp;|&nbsp; 2001 Hayes St, "
           "Nashville, TN 37203</div>", (("2001 Hayes St", "Nashville", "TN", "37203", "+16155550104"),)),
]

BLOCKS = [
    Layout("contact page with a form and hours", "block",
           "<h1>Contact Us</h1><form><label>Name <input name='n'></label><label>Phone <input name='p' "
           "placeholder='(555) 555-5555'></label><button>Send</button></form><h3>Our Office</h3>"
           "<p>3100 Oak Lawn Ave, Suite 500<br>Dallas, Texas 75219</p><p>Phone: 214-555-0172<br>Fax: 214-555-0173</p>"
           "<h3>Hours</h3><p>Monday – Friday: 9:00 am – 5:00 pm</p>",
           (("3100 Oak Lawn Ave, Suite 500", "Dallas", "TX", "75219", "+12145550172"),)),
    Layout("definition list of labels", "block",
           "<dl><dt>Address</dt><dd>1010 Peachtree St NE</dd><dd>Atlanta, GA 30309</dd><dt>Phone</dt>"
           "<dd>404-555-0127</dd><dt>Fax</dt><dd>404-555-0128</dd></dl>",
           (("1010 Peachtree St NE", "Atlanta", "GA", "30309", "+14045550127"),)),
    Layout("address tag with a span per part", "block",
           "<address><span class='street'>77 Summer St</span>, <span class='unit'>Floor 8</span><br>"
           "<span class='city'>Boston</span>, <span class='state'>MA</span> <span class='zip'>02110</span></address>"
           "<p>Tel. 617 555 0109</p>", (("77 Summer St, Floor 8", "Boston", "MA", "02110", "+16175550109"),)),
    Layout("extension after a dotted number", "block",
           "<p>5600 Wisconsin Ave, Suite 1200, Chevy Chase, MD 20815</p><p>Main line 301.555.0166 ext. 2</p>",
           (("5600 Wisconsin Ave, Suite 1200", "Chevy Chase", "MD", "20815", "+13015550166"),)),
    Layout("international form of the number", "block",
           "<p>1441 Kapiolani Blvd, Suite 1520<br>Honolulu, HI 96814</p><p>Phone: +1 808 555 0112</p>",
           (("1441 Kapiolani Blvd, Suite 1520", "Honolulu", "HI", "96814", "+18085550112"),)),
    Layout("hours with bare numbers above the address", "block",
           "<p>Hours: Mon–Fri 9–5, Sat 10–2</p><p>12 Court St, Brooklyn, NY 11201</p><p>718-555-0158</p>",
           (("12 Court St", "Brooklyn", "NY", "11201", "+17185550158"),)),
    Layout("hash suite and a number with no space", "block",
           "<p>1515 SW 5th Ave #600, Portland, OR 97201</p><p>Tue/Thu 8:30–4:30 · (503)555-0190</p>",
           (("1515 SW 5th Ave #600", "Portland", "OR", "97201", "+15035550190"),)),
    Layout("building and suite after the street", "block",
           "<p>9200 Research Blvd, Bldg 3, Suite 210<br>Austin, TX 78758</p><p>512-555-0138</p>",
           (("9200 Research Blvd, Bldg 3, Suite 210", "Austin", "TX", "78758", "+15125550138"),)),
    Layout("suite with a letter, middle dots", "block",
           "<p>3434 Kildaire Farm Rd Ste. 4B · Cary, NC 27518 · 919-555-0170</p>",
           (("3434 Kildaire Farm Rd Ste. 4B", "Cary", "NC", "27518", "+19195550170"),)),
    Layout("floor printed before the street", "block",
           "<p>3rd Floor, 1 Financial Plaza<br>Hartford, CT 06103</p><p>Phone (860) 555-0129</p>",
           (("1 Financial Plaza, 3rd Floor", "Hartford", "CT", "06103", "+18605550129"),)),
    Layout("US highway", "block",
           "<p>10250 US Highway 19 N, Suite 3<br>Pinellas Park, FL 33782</p><p>727-555-0125</p>",
           (("10250 US Highway 19 N, Suite 3", "Pinellas Park", "FL", "33782", "+17275550125"),)),
    Layout("farm-to-market road", "block",
           "<p>1875 FM 1960 Rd W, Houston, TX 77090</p><p>Call 281-555-0146</p>",
           (("1875 FM 1960 Rd W", "Houston", "TX", "77090", "+12815550146"),)),
    Layout("county road", "block",
           "<p>2215 County Road 42 W<br>Burnsville, MN 55337</p><p>952-555-0181</p>",
           (("2215 County Road 42 W", "Burnsville", "MN", "55337", "+19525550181"),)),
    Layout("NPI and EIN beside the phone", "block",
           "<p>2450 Broadway, Boulder, CO 80304</p><p>NPI: 1487654321 | EIN 84-1234567 | Phone 303-555-0187</p>",
           (("2450 Broadway", "Boulder", "CO", "80304", "+13035550187"),)),
    Layout("a date above the address", "block",
           "<p>Updated 10/12/2024</p><p>75 Pringle Way, Reno, NV 89502</p><p>775-555-0153</p>",
           (("75 Pringle Way", "Reno", "NV", "89502", "+17755550153"),)),
    Layout("ZIP+4 right before the phone", "block",
           "<p>1501 N Campbell Ave, Tucson, AZ 85719-5024 520-555-0116</p>",
           (("1501 N Campbell Ave", "Tucson", "AZ", "85719", "+15205550116"),)),
    Layout("fax printed before the phone", "block",
           "<p>1600 Stout St, Denver, CO 80202</p><p>Fax: 720-555-0150 | Call: 720-555-0149</p>",
           (("1600 Stout St", "Denver", "CO", "80202", "+17205550149"),)),
    Layout("a call button and no printed number", "block",
           "<p>2901 N Central Ave, Phoenix, AZ 85012</p><a class='btn' href='tel:+16025550144'>Call Now</a>",
           (("2901 N Central Ave", "Phoenix", "AZ", "85012", "+16025550144"),)),
]

PROSE = [
    Layout("prose with the suite before the city", "prose",
           "<p>We're located at 2100 Webster St, Suite 200 in San Francisco, CA 94115, across from the hospital. "
           "Call us at (415) 555-0161 to book.</p>",
           (("2100 Webster St, Suite 200", "San Francisco", "CA", "94115", "+14155550161"),)),
    Layout("prose after a date", "prose",
           "<p>Since March 15, 2019 we have cared for northern Nevada. Visit 75 Pringle Way, Reno, NV 89502, or ring "
           "775-555-0153.</p>", (("75 Pringle Way", "Reno", "NV", "89502", "+17755550153"),)),
    Layout("vanity number", "prose",
           "<p>Our clinic at 320 W Ohio St, Chicago, IL 60654 takes new patients. Call 1-855-CALM-NOW.</p>",
           (("320 W Ohio St", "Chicago", "IL", "60654", "+18552256669"),)),
    Layout("prose with a full state name", "prose",
           "<p>Find us on the second floor of 450 Main Street, Hartford, Connecticut 06103. "
           "Phone 860-555-0174.</p>", (("450 Main Street", "Hartford", "CT", "06103", "+18605550174"),)),
]

MULTI = [
    Layout("grid of location cards", "multi",
           "<div class='locations'><div class='card'><h3>Plano</h3><p>5800 Granite Pkwy, Suite 100<br>Plano, TX "
           "75024</p><a href='tel:+19725550114'>(972) 555-0114</a></div><div class='card'><h3>Frisco</h3>"
           "<p>3880 Parkwood Blvd<br>Frisco, TX 75034</p><a href='tel:+14695550115'>(469) 555-0115</a></div></div>",
           (("5800 Granite Pkwy, Suite 100", "Plano", "TX", "75024", "+19725550114"),
            ("3880 Parkwood Blvd", "Frisco", "TX", "75034", "+14695550115"))),
    Layout("store-locator list, one line each", "multi",
           "<ul class='store-list'><li><strong>Mesa</strong> — 1840 S Stapley Dr, Mesa, AZ 85204 — (480) 555-0122</li>"
           "<li><strong>Tempe</strong> — 60 E Rio Salado Pkwy, Tempe, AZ 85281 — (480) 555-0121</li></ul>",
           (("1840 S Stapley Dr", "Mesa", "AZ", "85204", "+14805550122"),
            ("60 E Rio Salado Pkwy", "Tempe", "AZ", "85281", "+14805550121"))),
    Layout("phones above each address", "multi",
           "<div class='loc'><h3>Midtown</h3><p><a href='tel:2125550132'>212-555-0132</a></p><p>400 W 57th St<br>"
           "New York, NY 10019</p></div><div class='loc'><h3>Downtown</h3><p><a href='tel:2125550133'>212-555-0133"
           "</a></p><p>30 Broad St<br>New York, NY 10004</p></div>",
           (("400 W 57th St", "New York", "NY", "10019", "+12125550132"),
            ("30 Broad St", "New York", "NY", "10004", "+12125550133"))),
    Layout("table of offices", "multi",
           "<table><tr><th>Office</th><th>Address</th><th>Phone</th></tr><tr><td>Salt Lake</td><td>455 E 400 S, "
           "Salt Lake City, UT 84111</td><td>801-555-0117</td></tr><tr><td>Ogden</td><td>2650 Washington Blvd, "
           "Ogden, UT 84401</td><td>801-555-0118</td></tr></table>",
           (("455 E 400 S", "Salt Lake City", "UT", "84111", "+18015550117"),
            ("2650 Washington Blvd", "Ogden", "UT", "84401", "+18015550118"))),
    Layout("two offices with hours and fax each", "multi",
           "<section><h2>Raleigh</h2><p>4505 Fair Meadow Ln<br>Raleigh, NC 27607</p><p>P 919-555-0102 · "
           "F 919-555-0103</p><p>Mon–Fri 8–5</p><h2>Durham</h2><p>2609 Atlantic Ave<br>Durham, NC 27707</p>"
           "<p>P 919-555-0104 · F 919-555-0105</p><p>Mon–Thu 9–4</p></section>",
           (("4505 Fair Meadow Ln", "Raleigh", "NC", "27607", "+19195550102"),
            ("2609 Atlantic Ave", "Durham", "NC", "27707", "+19195550104"))),
]

PO_BOXES = [
    Layout("street and a mailing box", "po_box",
           "<p>Clinic: 401 Main St, Grand Junction, CO 81501</p><p>Mailing: P.O. Box 2290, Grand Junction, CO "
           "81502</p><p>970-555-0133</p>", (("401 Main St", "Grand Junction", "CO", "81501", "+19705550133"),)),
    Layout("a box only", "po_box",
           "<footer><p>Valley Ketamine · PO Box 118 · Moab, UT 84532 · 435-555-0120</p></footer>", ()),
    Layout("billing box printed above the street", "po_box",
           "<p>Send payments to:</p><p>PO Box 660044<br>Dallas, TX 75266</p><h3>Visit</h3>"
           "<p>3700 Maple Ave, Dallas, TX 75219</p><p>214-555-0180</p>",
           (("3700 Maple Ave", "Dallas", "TX", "75219", "+12145550180"),)),
]

_EMBED = ("https://maps.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3445.2!2d-97.7430!3d30.2688!2m3!1f0!2f0!3f0!3m2"
          "!1i1024!2i768!4f13.1!3m3!1m2!1s0x0%3A0x0!2zMzDCsDE2!5e0!3m2!1sen!2sus!4v1700000000000")
MAPS = [
    Layout("embed with a view centre", "map",
           f"<p>600 Congress Ave, Austin, TX 78701 · 512-555-0175</p><iframe src='{_EMBED}'></iframe>",
           (("600 Congress Ave", "Austin", "TX", "78701", "+15125550175"),), (30.2688, -97.743)),
    Layout("short map link shows no point", "map",
           "<p>600 Congress Ave, Austin, TX 78701 · 512-555-0175</p><a href='https://goo.gl/maps/AbCd123'>"
           "Get Directions</a>", (("600 Congress Ave", "Austin", "TX", "78701", "+15125550175"),)),
    Layout("directions link is the only address", "map",
           "<p>Questions? 206-555-0106</p><a href='https://maps.google.com/maps?daddr=2901+W+Kinnear+Pl,+Seattle,"
           "+WA+98119'>Directions</a>", (("2901 W Kinnear Pl", "Seattle", "WA", "98119", "+12065550106"),)),
    Layout("apple maps link with a point", "map",
           "<p>1200 Pearl St, Boulder, CO 80302</p><p>Call 303-555-0150</p><a href='https://maps.apple.com/?address="
           "1200%20Pearl%20St,%20Boulder,%20CO%2080302&amp;ll=40.0183,-105.2797&amp;q=Clinic'>Open in Maps</a>",
           (PEARL,), (40.0183, -105.2797)),
    Layout("place link: the place's pair beats the view", "map",
           "<p>1001 SW 5th Ave, Portland, OR 97204 · 503-555-0191</p><a href='https://maps.google.com/maps/place/"
           "Clinic/@45.5200,-122.6800,17z/data=!3m1!4b1!4m6!3m5!1s0x1:0x2!8m2!3d45.5231!4d-122.6765'>Map</a>",
           (("1001 SW 5th Ave", "Portland", "OR", "97204", "+15035550191"),), (45.5231, -122.6765)),
    Layout("openstreetmap marker", "map",
           "<p>1600 Stout St, Denver, CO 80202</p><p>720-555-0149</p><a href='https://openstreetmap.org/?mlat="
           "39.7462&amp;mlon=-104.9951#map=17/39.7462/-104.9951'>Map</a>",
           (("1600 Stout St", "Denver", "CO", "80202", "+17205550149"),), (39.7462, -104.9951)),
    Layout("lazy embed of a point query", "map",
           "<p>250 Marquette Ave, Minneapolis, MN 55401</p><p>612-555-0108</p><iframe data-src='https://maps.google."
           "com/maps?q=44.9778,-93.2650&amp;z=15&amp;output=embed'></iframe>",
           (("250 Marquette Ave", "Minneapolis", "MN", "55401", "+16125550108"),), (44.9778, -93.265)),
]

CLINIC = {"@type": "MedicalClinic", "name": "Harbor Ketamine Wellness", "telephone": "+1-206-555-0131"}
STRUCTURED = [
    Layout("medical clinic, complete", "structured",
           _ld({**CLINIC, "address": _postal("2200 Westlake Ave N, Suite 115", "Seattle", "WA", "98109")}),
           (WESTLAKE,)),
    Layout("graph of site, organisation and clinic", "structured",
           _ld({"@graph": [{"@type": "WebSite", "name": "Harbor", "url": "https://clinic.example/"},
                           {"@type": "Organization", "name": "Harbor Group", "logo": "https://clinic.example/l.png"},
                           {**CLINIC, "address": _postal("2200 Westlake Ave N, Suite 115", "Seattle", "Washington",
                                                         "98109")}]}), (WESTLAKE,)),
    Layout("array of two locations", "structured",
           _ld({"@context": "https://schema.org", "@type": "MedicalClinic", "name": "Plano",
                "telephone": "972-555-0114", "address": _postal("5800 Granite Pkwy, Suite 100", "Plano", "TX",
                                                                "75024")},
               {"@context": "https://schema.org", "@type": "MedicalClinic", "name": "Frisco",
                "telephone": "469-555-0115", "address": _postal("3880 Parkwood Blvd", "Frisco", "TX", "75034")}),
           (("5800 Granite Pkwy, Suite 100", "Plano", "TX", "75024", "+19725550114"),
            ("3880 Parkwood Blvd", "Frisco", "TX", "75034", "+14695550115"))),
    Layout("address as one string", "structured",
           _ld({"@type": "LocalBusiness", "name": "Peach Mind", "telephone": "(404) 555-0127",
                "address": "1010 Peachtree St NE, Atlanta, GA 30309"}),
           (("1010 Peachtree St NE", "Atlanta", "GA", "30309", "+14045550127"),)),
    Layout("physician with the phone printed only", "structured",
           _ld({"@type": "Physician", "name": "Dr. Ana Ruiz",
                "address": _postal("1501 N Campbell Ave", "Tucson", "AZ", "85719")})
           + "<p>1501 N Campbell Ave, Tucson, AZ 85719</p><p>Phone 520-555-0116</p>",
           (("1501 N Campbell Ave", "Tucson", "AZ", "85719", "+15205550116"),)),
    Layout("microdata", "structured",
           "<div itemscope itemtype='https://schema.org/MedicalClinic'><span itemprop='name'>Summit Infusions</span>"
           "<div itemprop='address' itemscope itemtype='https://schema.org/PostalAddress'><span itemprop="
           "'streetAddress'>77 Summer St, Floor 8</span>, <span itemprop='addressLocality'>Boston</span>, <span "
           "itemprop='addressRegion'>MA</span> <span itemprop='postalCode'>02110</span></div><span itemprop="
           "'telephone'>617-555-0109</span></div>",
           (("77 Summer St, Floor 8", "Boston", "MA", "02110", "+16175550109"),)),
    Layout("local business with a department per location", "structured",
           _ld({"@type": "LocalBusiness", "name": "Desert Calm", "department": [
               {"@type": "MedicalClinic", "name": "Mesa", "telephone": "480-555-0122",
                "address": _postal("1840 S Stapley Dr", "Mesa", "AZ", "85204")},
               {"@type": "MedicalClinic", "name": "Tempe", "telephone": "480-555-0121",
                "address": _postal("60 E Rio Salado Pkwy", "Tempe", "AZ", "85281")}]}),
           (("1840 S Stapley Dr", "Mesa", "AZ", "85204", "+14805550122"),
            ("60 E Rio Salado Pkwy", "Tempe", "AZ", "85281", "+14805550121"))),
]

NONE = [
    Layout("service area, no street", "none",
           "<p>Serving Dallas, TX 75201 and surrounding areas. Call 214-555-0172.</p>", ()),
    Layout("suite and city with no street", "none", "<p>Suite 300, Denver CO 80202</p>", ()),
    Layout("an intersection", "none",
           "<p>Corner of 5th Ave &amp; Pine St, Seattle, WA 98101</p><p>206-555-0107</p>", ()),
    Layout("example address in a form field", "none",
           "<form><input name='address' placeholder='123 Main St, Anytown, CA 90210'><label>Your ZIP "
           "<input name='zip'></label></form><p>Call (720) 555-0149</p>", ()),
    Layout("insurer's claims box", "none",
           "<p>Submit claims to: Blue Plan, PO Box 660044, Dallas, TX 75266</p>", ()),
    Layout("crisis lines and counts", "none",
           "<p>In crisis? Call or text 988. Text HOME to 741741. Over 1,200 infusions given in 2024 across 3 states."
           "</p>", ()),
]

ROUND3 = FOOTERS + BLOCKS + PROSE + MULTI + PO_BOXES + MAPS + STRUCTURED + NONE
