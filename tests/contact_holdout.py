"""Hold-out layout cases for contact extraction, written after the reader and without looking at its rules.

Same form as tests/contact_layouts.py: a piece of a page and the clinic locations a careful reader takes from it,
each as (street, city, state, ZIP, phone). Names, streets and 555-01xx numbers are invented; cities and ZIP codes
are real. Structured-data cases carry their JSON-LD (often imperfect, as sites publish it) in the snippet.
"""

from __future__ import annotations

import json

from tests.contact_layouts import Layout


def _ld(node: dict) -> str:
    return f"<script type='application/ld+json'>{json.dumps({'@context': 'https://schema.org', **node})}</script>"


BOISE = ("1100 W Main St, Suite 200", "Boise", "ID", "83702", "+12085550140")
STOUT = ("1600 Stout St, Ste 1400", "Denver", "CO", "80202", "+17205550123")

FOOTERS = [
    Layout("suite first, no comma before the state", "footer",
           "<footer><p>Suite 200 · 1100 W Main St · Boise ID 83702 · 208.555.0140</p></footer>", (BOISE,)),
    Layout("city and state with no commas, name first", "footer",
           "<footer><p>Riverbend Ketamine | 801 Congress Ave Austin TX 78701 | 512-555-0111</p></footer>",
           (("801 Congress Ave", "Austin", "TX", "78701", "+15125550111"),)),
    Layout("state spelled out, en dashes", "footer",
           "<footer><p>Peak Mind Infusions – 1600 Stout St, Ste 1400 – Denver, Colorado 80202 – (720) 555-0123</p>"
           "</footer>", (STOUT,)),
    Layout("directional, ordinal and ZIP+4", "footer",
           "<footer><p>Saguaro Ketamine · 2500 N. 3rd Ave. · Phoenix, AZ 85003-1234 · 602-555-0152</p></footer>",
           (("2500 N. 3rd Ave.", "Phoenix", "AZ", "85003", "+16025550152"),)),
    Layout("state route", "footer",
           "<footer><p>Portage Infusion Care | 4120 State Route 7, Suite B | Tallmadge, OH 44278 | 330-555-0127</p>"
           "</footer>", (("4120 State Route 7, Suite B", "Tallmadge", "OH", "44278", "+13305550127"),)),
    Layout("Bldg and bullets", "footer",
           "<footer><p>Harbor Ketamine • 3100 W Kennedy Blvd, Bldg B • Tampa, FL 33609 • Call 813-555-0107</p>"
           "</footer>", (("3100 W Kennedy Blvd, Bldg B", "Tampa", "FL", "33609", "+18135550107"),)),
    Layout("hash suite and slashes", "footer",
           "<footer><p>Solace Infusions / 455 E Pikes Peak Ave #210 / Colorado Springs, CO 80903 / 719-555-0190</p>"
           "</footer>", (("455 E Pikes Peak Ave #210", "Colorado Springs", "CO", "80903", "+17195550190"),)),
    Layout("Ste. with a dot, commas only", "footer",
           "<footer><p>Brandywine Mind Care, 990 Ridge Rd Ste. 4, Wilmington, DE 19809, 302-555-0163</p></footer>",
           (("990 Ridge Rd Ste. 4", "Wilmington", "DE", "19809", "+13025550163"),)),
    Layout("floor and extension, ZIP with a leading zero", "footer",
           "<footer><p>Lumen Health, 77 Summer St, 5th Fl, Boston, MA 02110, Tel. 617-555-0133 ext. 12</p></footer>",
           (("77 Summer St, 5th Fl", "Boston", "MA", "02110", "+16175550133"),)),
    Layout("hours with numbers before the address", "footer",
           "<footer><p>Open Mon–Thu 9:00 am – 5:00 pm, Fri 9–12 | 3300 Lake Ave, Fort Wayne, IN 46805 | "
           "260-555-0120</p></footer>", (("3300 Lake Ave", "Fort Wayne", "IN", "46805", "+12605550120"),)),
    Layout("hours after the address", "footer",
           "<footer><p>1200 Bishop St, Honolulu, HI 96813 · Hours: 8:30–4:30, Sat 9–1 · 808-555-0144</p></footer>",
           (("1200 Bishop St", "Honolulu", "HI", "96813", "+18085550144"),)),
    Layout("fax and phone before the address", "footer",
           "<footer><p>Fax 801-555-0199 | Phone 801-555-0198 | 50 S Main St, Salt Lake City, UT 84101</p></footer>",
           (("50 S Main St", "Salt Lake City", "UT", "84101", "+18015550198"),)),
    Layout("text us before the address", "footer",
           "<footer><p>Text us at 615.555.0166 · 210 25th Ave N, Nashville, TN 37203</p></footer>",
           (("210 25th Ave N", "Nashville", "TN", "37203", "+16155550166"),)),
    Layout("country code with spaces", "footer",
           "<footer><p>101 E Front St, Missoula, MT 59802 • +1 406 555 0117</p></footer>",
           (("101 E Front St", "Missoula", "MT", "59802", "+14065550117"),)),
    Layout("apostrophe in the city", "footer",
           "<footer><p>Lakeside Ketamine | 1910 Northwest Blvd, Suite 300 | Coeur d'Alene, ID 83814 | "
           "208-555-0129</p></footer>",
           (("1910 Northwest Blvd, Suite 300", "Coeur d'Alene", "ID", "83814", "+12085550129"),)),
    Layout("hyphenated city", "footer",
           "<footer><p>Piedmont Infusions · 301 N Main St · Winston-Salem, NC 27101 · (336) 555-0181</p></footer>",
           (("301 N Main St", "Winston-Salem", "NC", "27101", "+13365550181"),)),
    Layout("copyright year and NPI around the address", "footer",
           "<footer><p>© 2019–2026 Casco Bay Ketamine, LLC · 100 Middle St, Portland, ME 04101 · NPI 2861234567 · "
           "Call 207-555-0108</p></footer>", (("100 Middle St", "Portland", "ME", "04101", "+12075550108"),)),
    Layout("Utah grid street", "footer",
           "<footer><p>Wasatch Ketamine | 455 South 300 East, Suite 102 | Salt Lake City, UT 84111 | "
           "801-555-0176</p></footer>",
           (("455 South 300 East, Suite 102", "Salt Lake City", "UT", "84111", "+18015550176"),)),
]

BLOCKS = [
    Layout("address element, state spelled out, P and F", "block",
           "<address>Willow Psychiatry<br>2200 Sixth Ave, Suite 515<br>Seattle, Washington 98121<br>"
           "P: 206.555.0180 | F: 206.555.0181</address>",
           (("2200 Sixth Ave, Suite 515", "Seattle", "WA", "98121", "+12065550180"),)),
    Layout("floor line, city line without commas", "block",
           "<p>88 Pine St<br>Floor 12<br>New York NY 10005</p><p>Tel: (212) 555-0172</p>",
           (("88 Pine St, Floor 12", "New York", "NY", "10005", "+12125550172"),)),
    Layout("our office label on its own line", "block",
           "<p>Our office:<br>3838 Camino del Rio N, Suite 310<br>San Diego, CA 92108</p><p>Phone (619) 555-0146</p>",
           (("3838 Camino del Rio N, Suite 310", "San Diego", "CA", "92108", "+16195550146"),)),
    Layout("unit above the street", "block",
           "<p>Clearwater Ketamine<br>Unit 4<br>2195 Drew St<br>Clearwater, FL 33765<br>727-555-0112</p>",
           (("2195 Drew St, Unit 4", "Clearwater", "FL", "33765", "+17275550112"),)),
    Layout("house number with a letter", "block",
           "<div><div>1855-A Hillandale Rd</div><div>Durham, NC 27705</div><div>Call or text: 919-555-0162</div>"
           "</div>", (("1855-A Hillandale Rd", "Durham", "NC", "27705", "+19195550162"),)),
    Layout("county road", "block",
           "<p>1450 County Road 42 W<br>Burnsville, MN 55306</p><p>Phone: 952-555-0139</p>",
           (("1450 County Road 42 W", "Burnsville", "MN", "55306", "+19525550139"),)),
    Layout("highway street", "block",
           "<p>3020 Highway 65 S<br>Hollister, MO 65672</p><p>(417) 555-0171</p>",
           (("3020 Highway 65 S", "Hollister", "MO", "65672", "+14175550171"),)),
    Layout("definition list with hours between", "block",
           "<dl><dt>Address</dt><dd>4422 Baltimore Ave<br>Kansas City, MO 64111</dd><dt>Hours</dt>"
           "<dd>Tue–Sat 10–6</dd><dt>Phone</dt><dd>816-555-0147</dd></dl>",
           (("4422 Baltimore Ave", "Kansas City", "MO", "64111", "+18165550147"),)),
    Layout("building and suite on one line after the street", "block",
           "<p>Live Oak Infusions<br>10 Chatham Pkwy Bldg 2 Ste 150<br>Savannah, GA 31405<br>"
           "Main: 912-555-0193</p>",
           (("10 Chatham Pkwy Bldg 2 Ste 150", "Savannah", "GA", "31405", "+19125550193"),)),
    Layout("a card with a tel link and a directions link", "block",
           "<div class='card'><h3>Midtown</h3><p>1330 W Peachtree St NW, Suite 410<br>Atlanta, GA 30309</p>"
           "<a href='tel:+14045550137'>(404) 555-0137</a> <a href='/directions'>Directions</a></div>",
           (("1330 W Peachtree St NW, Suite 410", "Atlanta", "GA", "30309", "+14045550137"),)),
    Layout("table row with a label column", "block",
           "<table><tr><td>Location</td><td>120 College Ave, State College, PA 16801</td></tr><tr><td>Call</td>"
           "<td>814-555-0118</td></tr></table>",
           (("120 College Ave", "State College", "PA", "16801", "+18145550118"),)),
]

PROSE = [
    Layout("located at, state spelled out", "prose",
           "<p>Located at 3500 Camp Bowie Blvd in Fort Worth, Texas 76107, our clinic offers free parking. "
           "Call 817-555-0164 to book.</p>",
           (("3500 Camp Bowie Blvd", "Fort Worth", "TX", "76107", "+18175550164"),)),
    Layout("building name before the street", "prose",
           "<p>Visit us at the Parkside Medical Building, 5410 Jefferson Hwy, Suite 200, New Orleans, LA 70123. "
           "Phone: 504-555-0158</p>",
           (("5410 Jefferson Hwy, Suite 200", "New Orleans", "LA", "70123", "+15045550158"),)),
    Layout("our office colon, floor, no comma before the state", "prose",
           "<p>Our office: 1310 Ridder Park Dr, 2nd floor, San Jose CA 95131. Tel 408-555-0186.</p>",
           (("1310 Ridder Park Dr, 2nd floor", "San Jose", "CA", "95131", "+14085550186"),)),
    Layout("floor in words before 'at'", "prose",
           "<p>We're on the 4th floor at 600 Grant St. in Pittsburgh, PA 15219. Questions? 412-555-0121</p>",
           (("600 Grant St.", "Pittsburgh", "PA", "15219", "+14125550121"),)),
    Layout("counts and years before the street", "prose",
           "<p>Serving patients since 1998 with over 10,000 infusions, our clinic at 4801 Dodge St, Omaha, NE 68132 "
           "is open six days a week. Call (402) 555-0153.</p>",
           (("4801 Dodge St", "Omaha", "NE", "68132", "+14025550153"),)),
    Layout("directions sentence after the address", "prose",
           "<p>You'll find us at 222 W Main St, Louisville, KY 40202 – two blocks from the 3rd Street exit off "
           "I-64.</p><p>Reach us at 502-555-0179</p>",
           (("222 W Main St", "Louisville", "KY", "40202", "+15025550179"),)),
]

PHONES = [
    Layout("Ext. with a capital", "phone",
           "<p>60 E Rio Salado Pkwy, Tempe, AZ 85281</p><p>Phone: 480.555.0155 Ext. 204</p>",
           (("60 E Rio Salado Pkwy", "Tempe", "AZ", "85281", "+14805550155"),)),
    Layout("call or text then fax", "phone",
           "<p>125 S Howes St, Fort Collins, CO 80521</p><p>Call or text: 970-555-0114 · Fax: 970-555-0115</p>",
           (("125 S Howes St", "Fort Collins", "CO", "80521", "+19705550114"),)),
    Layout("fax first, no label on the phone", "phone",
           "<p>400 Broad St, Charleston, SC 29401</p><p>F: (843) 555-0117</p><p>(843) 555-0116</p>",
           (("400 Broad St", "Charleston", "SC", "29401", "+18435550116"),)),
    Layout("Tel. with country code and brackets", "phone",
           "<p>1 N Main St, Tulsa, OK 74103</p><p>Tel. +1 (918) 555-0104</p>",
           (("1 N Main St", "Tulsa", "OK", "74103", "+19185550104"),)),
    Layout("ZIP+4 then the phone with no separator", "phone",
           "<p>700 E Charleston Blvd, Las Vegas, NV 89104-1234 702-555-0185</p>",
           (("700 E Charleston Blvd", "Las Vegas", "NV", "89104", "+17025550185"),)),
    Layout("dates and tax id beside the phone", "phone",
           "<p>80 S 8th St, Minneapolis, MN 55402</p><p>Closed 11/27/2026 and 12/25/2026 · EIN 41-1234567 · "
           "612.555.0169</p>", (("80 S 8th St", "Minneapolis", "MN", "55402", "+16125550169"),)),
    Layout("main and scheduling lines", "phone",
           "<p>1010 K St, Sacramento, CA 95814</p><p>Main: 916-555-0191 | Scheduling: 916-555-0192</p>",
           (("1010 K St", "Sacramento", "CA", "95814", "+19165550191"),)),
    Layout("dotted toll-free with a one", "phone",
           "<p>25 W Main St, Madison, WI 53703 · Call 1.800.555.0188</p>",
           (("25 W Main St", "Madison", "WI", "53703", "+18005550188"),)),
    Layout("phone in the header, address in the footer", "phone",
           "<header><a href='/'>Green Mountain Ketamine</a> Call today (802) 555-0131</header><main><p>Relief "
           "starts here.</p></main><footer><p>150 Bank St, Burlington, VT 05401</p></footer>",
           (("150 Bank St", "Burlington", "VT", "05401", "+18025550131"),)),
    Layout("emergency and crisis numbers first", "phone",
           "<p>If this is an emergency, call 911 or the crisis line at 1-800-555-0100.</p>"
           "<p>3801 Centerpoint Dr, Anchorage, AK 99503 · Office 907-555-0142</p>",
           (("3801 Centerpoint Dr", "Anchorage", "AK", "99503", "+19075550142"),)),
    Layout("vanity number only", "phone",
           "<p>1500 Gervais St, Columbia, SC 29201 · Call 1-800-KETAMINE</p>",
           (("1500 Gervais St", "Columbia", "SC", "29201", "+18005382646"),)),
    Layout("phone split across a label cell", "phone",
           "<table><tr><th>Phone</th><td>(505) 555-0166</td></tr><tr><th>Fax</th><td>(505) 555-0167</td></tr>"
           "</table><p>201 3rd St NW, Albuquerque, NM 87102</p>",
           (("201 3rd St NW", "Albuquerque", "NM", "87102", "+15055550166"),)),
]

MULTI = [
    Layout("cards with hours between address and phone", "multi",
           "<h1>Locations</h1><div><h3>Raleigh</h3><p>4100 Glenwood Ave<br>Raleigh, NC 27612</p><p>Mon–Fri 8–5"
           "</p><p>919-555-0101</p></div><div><h3>Cary</h3><p>200 Ashville Ave, Suite 10<br>Cary, NC 27518</p>"
           "<p>Mon–Fri 9–6</p><p>919-555-0102</p></div>",
           (("4100 Glenwood Ave", "Raleigh", "NC", "27612", "+19195550101"),
            ("200 Ashville Ave, Suite 10", "Cary", "NC", "27518", "+19195550102"))),
    Layout("three locations on one footer line", "multi",
           "<footer><p>Minneapolis: 80 S 8th St, Minneapolis, MN 55402, 612-555-0111 | St. Paul: 30 E 7th St, "
           "St. Paul, MN 55101, 651-555-0112 | Edina: 3400 W 66th St, Edina, MN 55435, 952-555-0113</p></footer>",
           (("80 S 8th St", "Minneapolis", "MN", "55402", "+16125550111"),
            ("30 E 7th St", "St. Paul", "MN", "55101", "+16515550112"),
            ("3400 W 66th St", "Edina", "MN", "55435", "+19525550113"))),
    Layout("physical and labelled mailing street addresses", "multi",
           "<p><strong>Physical address:</strong> 18 Computer Dr W, Albany, NY 12205</p>"
           "<p><strong>Mailing address:</strong> 90 State St, Albany, NY 12207</p><p>Phone 518-555-0124</p>",
           (("18 Computer Dr W", "Albany", "NY", "12205", "+15185550124"),)),
    Layout("list items each with phone and fax", "multi",
           "<ul><li>Tempe — 60 E Rio Salado Pkwy, Tempe, AZ 85281 — P 480-555-0132 — F 480-555-0135</li>"
           "<li>Mesa — 1 N Macdonald, Mesa, AZ 85201 — P 480-555-0133 — F 480-555-0136</li></ul>",
           (("60 E Rio Salado Pkwy", "Tempe", "AZ", "85281", "+14805550132"),
            ("1 N Macdonald", "Mesa", "AZ", "85201", "+14805550133"))),
]

PO_BOXES = [
    Layout("post office box spelled out, then the clinic", "po_box",
           "<p>Mailing: Post Office Box 77, Bozeman, MT 59771</p><p>Clinic: 1 W Main St, Bozeman, MT 59715 · "
           "406-555-0109</p>", (("1 W Main St", "Bozeman", "MT", "59715", "+14065550109"),)),
    Layout("a box with a hash in a one-line footer", "po_box",
           "<footer><p>Prairie Mind Clinic · P.O. Box #4410 · Sioux Falls, SD 57104 · 605-555-0111</p></footer>", ()),
    Layout("a box printed, the clinic only in a map embed", "po_box",
           "<p>PO Box 2201, Boise, ID 83701 · 208-555-0140</p><iframe src='https://maps.google.com/maps?q=1100+W+"
           "Main+St,+Boise,+ID+83702&amp;output=embed'></iframe>",
           (("1100 W Main St", "Boise", "ID", "83702", "+12085550140"),)),
]

MAPS = [
    Layout("address only in an embed, state spelled out", "map",
           "<p>Call (720) 555-0123</p><iframe src='https://maps.google.com/maps?q=1600+Stout+St,+Denver,+Colorado+"
           "80202&amp;output=embed'></iframe>", (("1600 Stout St", "Denver", "CO", "80202", "+17205550123"),)),
    Layout("place link only, with its point", "map",
           "<p>Phone 208-555-0140</p><a href='https://maps.google.com/maps/place/1100+W+Main+St,+Boise,+ID+83702/"
           "@43.6166,-116.2040,17z'>Find us</a>",
           (("1100 W Main St", "Boise", "ID", "83702", "+12085550140"),), (43.6166, -116.2040)),
    Layout("search link with query", "map",
           "<p>Call 502-555-0179</p><a href='https://maps.google.com/maps/search/?api=1&amp;query=222%20W%20Main%20St"
           "%2C%20Louisville%2C%20KY%2040202'>Map</a>",
           (("222 W Main St", "Louisville", "KY", "40202", "+15025550179"),)),
    Layout("bing link with where1", "map",
           "<p>Call 405-555-0126</p><a href='https://bing.com/maps?where1=100+N+Broadway+Ave%2C+Oklahoma+City%2C+"
           "OK+73102'>Directions</a>",
           (("100 N Broadway Ave", "Oklahoma City", "OK", "73102", "+14055550126"),)),
    Layout("text address with a place pair in a lazy embed", "map",
           "<p>2195 Drew St, Clearwater, FL 33765 · 727-555-0112</p><iframe data-src='https://maps.google.com/maps/"
           "embed?pb=!1m18!1m12!1m3!1d3522.9!2d-82.7564!3d27.9701!2m3!1f0!2f0!3f0!3m2!1i1024!2i768!4f13.1'></iframe>",
           (("2195 Drew St", "Clearwater", "FL", "33765", "+17275550112"),), (27.9701, -82.7564)),
]

STRUCTURED = [
    Layout("JSON-LD address as one string", "structured",
           _ld({"@type": "MedicalClinic", "name": "Boise Mind", "telephone": "208-555-0140",
                "address": "1100 W Main St, Suite 200, Boise, ID 83702"}) + "<p>Welcome.</p>", (BOISE,)),
    Layout("JSON-LD street with the city inside", "structured",
           _ld({"@type": "MedicalClinic", "name": "Saguaro Ketamine", "telephone": "(602) 555-0152",
                "address": {"@type": "PostalAddress", "streetAddress": "2500 N 3rd Ave, Phoenix, AZ 85003",
                            "addressLocality": "Phoenix", "addressRegion": "AZ", "postalCode": "85003"}}),
           (("2500 N 3rd Ave", "Phoenix", "AZ", "85003", "+16025550152"),)),
    Layout("JSON-LD full state name and numeric ZIP", "structured",
           _ld({"@type": "MedicalClinic", "name": "Peak Mind", "telephone": "+1-720-555-0123 ext. 5",
                "address": {"@type": "PostalAddress", "streetAddress": "1600 Stout St, Ste 1400",
                            "addressLocality": "Denver", "addressRegion": "Colorado", "postalCode": 80202}}),
           (STOUT,)),
    Layout("JSON-LD numeric ZIP that lost its leading zero", "structured",
           _ld({"@type": "LocalBusiness", "name": "Lumen Health", "telephone": "617.555.0133",
                "address": {"@type": "PostalAddress", "streetAddress": "77 Summer St", "addressLocality": "Boston",
                            "addressRegion": "MA", "postalCode": 2110}}),
           (("77 Summer St", "Boston", "MA", "02110", "+16175550133"),)),
    Layout("JSON-LD locality with the state in it", "structured",
           _ld({"@type": "Physician", "name": "Dr. Ana Ruiz", "telephone": "(505) 555-0166",
                "address": {"@type": "PostalAddress", "streetAddress": "201 3rd St NW",
                            "addressLocality": "Albuquerque, NM", "postalCode": "87102"}}),
           (("201 3rd St NW", "Albuquerque", "NM", "87102", "+15055550166"),)),
    Layout("JSON-LD street on two lines", "structured",
           _ld({"@type": "MedicalClinic", "name": "Willow Psychiatry", "telephone": "206.555.0180",
                "address": {"@type": "PostalAddress", "streetAddress": "2200 Sixth Ave\nSuite 515",
                            "addressLocality": "Seattle", "addressRegion": "WA", "postalCode": "98121-1822"}}),
           (("2200 Sixth Ave Suite 515", "Seattle", "WA", "98121", "+12065550180"),)),
    Layout("microdata postal address", "structured",
           "<div itemscope itemtype='https://schema.org/MedicalClinic'><span itemprop='name'>Tulsa Ketamine</span>"
           "<div itemprop='address' itemscope itemtype='https://schema.org/PostalAddress'>"
           "<span itemprop='streetAddress'>1 N Main St</span>, <span itemprop='addressLocality'>Tulsa</span>, "
           "<span itemprop='addressRegion'>Oklahoma</span> <span itemprop='postalCode'>74103</span></div>"
           "<span itemprop='telephone'>918-555-0104</span></div>",
           (("1 N Main St", "Tulsa", "OK", "74103", "+19185550104"),)),
]

NONE = [
    Layout("cities served with a ZIP", "none", "<p>Serving Boise, Meridian and Nampa, ID 83702 since 2012.</p>", ()),
    Layout("a suite alone", "none", "<p>Now open in Suite 200! Call 208-555-0140.</p>", ()),
    Layout("a count before a city and state", "none", "<p>Rated 5 stars by 120 patients in Denver, CO 80202.</p>", ()),
    Layout("order numbers and dates", "none",
           "<p>Order 2024-05-17 · Invoice 3035550142 · Claim # 7205550123 · 2026-01-15</p>", ()),
]

MAIN = ("1100 W Main St", "Boise", "ID", "83702", "+12085550140")

# A second round, written after the first was read: more of what headers, cards and locator tables print.
SECOND = [
    Layout("emoji separators in a top bar", "footer",
           "<div class='topbar'>📍 1100 W Main St, Boise, ID 83702 📞 208-555-0140 ✉ hello@boise-mind.example</div>",
           (MAIN,)),
    Layout("no comma between street and city", "footer",
           "<footer><p>Address: 1100 W Main St. Boise, ID 83702 | Phone: 208-555-0140</p></footer>",
           (("1100 W Main St.", "Boise", "ID", "83702", "+12085550140"),)),
    Layout("comma between state and ZIP", "footer",
           "<footer><p>Boise Mind Clinic, 1100 W Main St, Boise, ID, 83702 · 208-555-0140</p></footer>", (MAIN,)),
    Layout("state name and comma before ZIP", "block",
           "<p>1100 W Main St<br>Boise, Idaho, 83702</p><p>208-555-0140</p>", (MAIN,)),
    Layout("all capitals", "footer",
           "<footer><p>BOISE MIND CLINIC | 1100 W MAIN ST STE 200 | BOISE, ID 83702 | 208-555-0140</p></footer>",
           (("1100 W MAIN ST STE 200", "BOISE", "ID", "83702", "+12085550140"),)),
    Layout("street with no suffix", "footer",
           "<footer><p>Mile High Ketamine · 1550 Broadway, Suite 5 · Denver, CO 80202 · 720-555-0123</p></footer>",
           (("1550 Broadway, Suite 5", "Denver", "CO", "80202", "+17205550123"),)),
    Layout("Suite # form", "block",
           "<p>1100 W. Main Street, Suite #200<br>Boise, ID 83702</p><p>Phone: 208.555.0140</p>",
           (("1100 W. Main Street, Suite #200", "Boise", "ID", "83702", "+12085550140"),)),
    Layout("entrance note in brackets after the street", "block",
           "<p>1100 W Main St (entrance on 11th St)<br>Boise, ID 83702</p><p>208-555-0140</p>", (MAIN,)),
    Layout("cards with the phone above the address", "multi",
           "<div><h3>North Austin</h3><p>(512) 555-0101</p><p>12 Anderson Ln<br>Austin, TX 78757</p></div>"
           "<div><h3>South Austin</h3><p>(512) 555-0102</p><p>4000 S Congress Ave<br>Austin, TX 78704</p></div>",
           (("12 Anderson Ln", "Austin", "TX", "78757", "+15125550101"),
            ("4000 S Congress Ave", "Austin", "TX", "78704", "+15125550102"))),
    Layout("two footer columns", "multi",
           "<footer><div><h4>Boise</h4><p>1100 W Main St<br>Boise, ID 83702<br>Phone 208-555-0140</p></div><div>"
           "<h4>Meridian</h4><p>3100 E Fairview Ave<br>Meridian, ID 83642<br>Phone 208-555-0141</p></div></footer>",
           (MAIN, ("3100 E Fairview Ave", "Meridian", "ID", "83642", "+12085550141"))),
    Layout("option after the phone", "phone",
           "<p>1100 W Main St, Boise, ID 83702</p><p>Tel: 208-555-0140, option 2</p>", (MAIN,)),
    Layout("call/text after the number", "phone",
           "<p>1100 W Main St, Boise, ID 83702</p><p>208-555-0140 (call/text)</p>", (MAIN,)),
    Layout("spaced hyphens", "phone", "<p>1100 W Main St, Boise, ID 83702</p><p>Call: 208 - 555 - 0140</p>",
           (MAIN,)),
    Layout("slash after the area code", "phone", "<p>1100 W Main St, Boise, ID 83702 · 208/555-0140</p>",
           (MAIN,)),
    Layout("brackets without a space", "phone", "<p>1100 W Main St, Boise, ID 83702 · (208)555-0140</p>", (MAIN,)),
    Layout("x extension", "phone", "<p>1100 W Main St, Boise, ID 83702 · Ph. 208.555.0140 x123</p>", (MAIN,)),
    Layout("header phone and fax, footer address", "phone",
           "<header><p>Phone: (208) 555-0140 | Fax: (208) 555-0141</p></header><main><p>Welcome.</p></main>"
           "<footer><p>1100 W Main St, Boise, ID 83702</p></footer>", (MAIN,)),
    Layout("in downtown before the city", "prose",
           "<p>We are in the Riverside Plaza at 1100 W Main St. in downtown Boise, ID 83702.</p>"
           "<p>Call 208-555-0140</p>", (("1100 W Main St.", "Boise", "ID", "83702", "+12085550140"),)),
    Layout("suite in brackets in prose", "prose",
           "<p>Located at 1100 W Main St (Suite 200), Boise, ID 83702. Call 208-555-0140.</p>",
           (("1100 W Main St (Suite 200)", "Boise", "ID", "83702", "+12085550140"),)),
    Layout("St. and Ft. cities", "multi",
           "<p>St. George: 50 E 100 S, St. George, UT 84770 · 435-555-0150</p>"
           "<p>Ft. Myers: 2400 First St, Ft. Myers, FL 33901 · 239-555-0151</p>",
           (("50 E 100 S", "St. George", "UT", "84770", "+14355550150"),
            ("2400 First St", "Ft. Myers", "FL", "33901", "+12395550151"))),
    Layout("Puerto Rico avenue", "footer",
           "<footer><p>Clínica Serena · 1250 Ave Ponce de Leon, Suite 702 · San Juan, PR 00907 · 787-555-0160</p>"
           "</footer>", (("1250 Ave Ponce de Leon, Suite 702", "San Juan", "PR", "00907", "+17875550160"),)),
    Layout("Washington DC quadrant", "footer",
           "<footer><p>Capitol Ketamine | 1800 M St NW, Suite 450 | Washington, DC 20036 | 202-555-0170</p></footer>",
           (("1800 M St NW, Suite 450", "Washington", "DC", "20036", "+12025550170"),)),
    Layout("store-locator table with a column per part", "multi",
           "<table><tr><th>Street</th><th>City</th><th>State</th><th>ZIP</th><th>Phone</th></tr><tr>"
           "<td>1100 W Main St</td><td>Boise</td><td>ID</td><td>83702</td><td>208-555-0140</td></tr></table>",
           (MAIN,)),
    Layout("Embed API place link only", "map",
           "<p>Call 208-555-0140</p><iframe src='https://maps.google.com/maps/embed/v1/place?key=ABC123&amp;"
           "q=1100+W+Main+St,Boise+ID+83702'></iframe>", (MAIN,)),
    Layout("directions path with the destination and a view", "map",
           "<p>Call 208-555-0140</p><a href='https://maps.google.com/maps/dir//1100+W+Main+St,+Boise,+ID+83702/"
           "@43.6166,-116.2040,16z'>Directions</a>", (MAIN,), (43.6166, -116.2040)),
    Layout("JSON-LD telephone as a tel URL, graph with address reference", "structured",
           _ld({"@graph": [{"@type": "MedicalClinic", "name": "Boise Mind", "telephone": "tel:+12085550140",
                            "address": {"@id": "#addr"}},
                           {"@type": "PostalAddress", "@id": "#addr", "streetAddress": "1100 W Main St",
                            "addressLocality": "Boise", "addressRegion": "ID", "postalCode": "83702",
                            "addressCountry": "US"}]}), (MAIN,)),
    Layout("JSON-LD street with suite, no ZIP, text gives it", "structured",
           _ld({"@type": "MedicalClinic", "name": "Boise Mind", "address": {
               "@type": "PostalAddress", "streetAddress": "1100 W Main St Ste 200", "addressLocality": "Boise",
               "addressRegion": "Idaho"}}) + "<footer><p>1100 W Main St, Suite 200, Boise, ID 83702 · "
           "208-555-0140</p></footer>", (("1100 W Main St Ste 200", "Boise", "ID", "83702", "+12085550140"),)),
    Layout("JSON-LD chain with nested locations", "structured",
           _ld({"@type": "Organization", "name": "Gem State Ketamine", "department": [
               {"@type": "MedicalClinic", "name": "Gem State Ketamine Boise", "telephone": "208-555-0140",
                "address": {"@type": "PostalAddress", "streetAddress": "1100 W Main St", "addressLocality": "Boise",
                            "addressRegion": "ID", "postalCode": "83702"}},
               {"@type": "MedicalClinic", "name": "Gem State Ketamine Meridian", "telephone": "208-555-0141",
                "address": {"@type": "PostalAddress", "streetAddress": "3100 E Fairview Ave",
                            "addressLocality": "Meridian", "addressRegion": "ID", "postalCode": "83642"}}]}),
           (MAIN, ("3100 E Fairview Ave", "Meridian", "ID", "83642", "+12085550141"))),
    Layout("cities and ZIPs served, no street", "none",
           "<p>Serving Boise, ID 83702 and Meridian, ID 83642 – call 208-555-0140.</p>", ()),
    Layout("licence and reference numbers beside an address", "phone",
           "<p>1100 W Main St, Boise, ID 83702</p><p>Lic. #2085550199 · Ref 2085550198 · Phone 208-555-0140</p>",
           (MAIN,)),
]

HOLDOUT = FOOTERS + BLOCKS + PROSE + PHONES + MULTI + PO_BOXES + MAPS + STRUCTURED + NONE + SECOND
