"""Round-three contact layouts, second and third batches: what page builders and word processors leave behind, rarer
writings of streets, cities and numbers, more map links and JSON-LD, and taglines that look like addresses.

Written after the first batch (tests/contact_round3.py) all read right. Names and 555-01xx numbers are invented;
cities and ZIP codes are real.
"""

from __future__ import annotations

from tests.contact_layouts import Layout
from tests.contact_round3 import _ld, _postal

BROADWAY = ("2450 Broadway", "Boulder", "CO", "80304", "+13035550187")
# What page builders and word processors leave behind.
BUILDERS = [
    Layout("a div per part, state and ZIP on lines of their own", "block",
           "<div class='addr'><div>2450 Broadway</div><div>Boulder</div><div>CO</div><div>80304</div></div>"
           "<div>303-555-0187</div>", (BROADWAY,)),
    Layout("elementor icon list", "footer",
           "<ul class='elementor-icon-list-items'><li><span class='icon'><svg></svg></span><span class='text'>2450 "
           "Broadway, Boulder, CO 80304</span></li><li><span class='icon'><svg></svg></span><span class='text'>(303) "
           "555-0187</span></li><li><span class='text'>hello@clinic.example</span></li></ul>", (BROADWAY,)),
    Layout("country after the ZIP code", "footer",
           "<footer><p>2450 Broadway, Boulder, CO 80304, USA</p><p>+1-303-555-0187</p></footer>", (BROADWAY,)),
    Layout("en dashes typed into the number", "block",
           "<p>2450 Broadway, Boulder, CO 80304</p><p>Tel – 303–555–0187</p>", (BROADWAY,)),
    Layout("no-break spaces inside the number", "block",
           "<p>2450 Broadway, Boulder, CO 80304</p><p>Phone&nbsp;303&nbsp;555&nbsp;0187</p>", (BROADWAY,)),
    Layout("hours run straight into the number", "block",
           "<p>2450 Broadway, Boulder, CO 80304</p><p>Mon–Fri 9–5 303.555.0187</p>", (BROADWAY,)),
    Layout("phone icon and a text-only note", "block",
           "<p>2450 Broadway<br>Boulder, CO 80304</p><p>📞 303-555-0187 (text only)</p>", (BROADWAY,)),
    Layout("city line that goes on with the phone", "block",
           "<p>2450 Broadway<br>Boulder, CO 80304 Phone: 303-555-0187</p>", (BROADWAY,)),
    Layout("label on the address's own line", "block",
           "<p><strong>Address:</strong> 2450 Broadway, Boulder, CO 80304</p><p><strong>Phone:</strong> "
           "(303) 555-0187</p>", (BROADWAY,)),
    Layout("address as the text of a directions link", "block",
           "<p><a href='https://goo.gl/maps/x1'>2450 Broadway<br>Boulder, CO 80304</a></p>"
           "<p><a href='tel:3035550187'>303-555-0187</a></p>", (BROADWAY,)),
    Layout("suite on the city's line", "block",
           "<p>2450 Broadway<br>Suite 5, Boulder, CO 80304</p><p>303-555-0187</p>",
           (("2450 Broadway, Suite 5", "Boulder", "CO", "80304", "+13035550187"),)),
    Layout("number with an x extension", "block",
           "<p>2450 Broadway, Boulder, CO 80304</p><p>303-555-0187 x204</p>", (BROADWAY,)),
    Layout("number with a one in front and dots", "block",
           "<p>2450 Broadway, Boulder, CO 80304</p><p>1.303.555.0187</p>", (BROADWAY,)),
]

CITIES = [
    Layout("Saint written short", "block",
           "<p>4921 Parkview Pl<br>St. Louis, MO 63110</p><p>314-555-0193</p>",
           (("4921 Parkview Pl", "St. Louis", "MO", "63110", "+13145550193"),)),
    Layout("Mount written short", "block",
           "<p>1180 Hospital Dr, Mt. Pleasant, SC 29464 · 843-555-0194</p>",
           (("1180 Hospital Dr", "Mt. Pleasant", "SC", "29464", "+18435550194"),)),
    Layout("hyphenated city", "block",
           "<p>1900 S Hawthorne Rd<br>Winston-Salem, NC 27103</p><p>336-555-0195</p>",
           (("1900 S Hawthorne Rd", "Winston-Salem", "NC", "27103", "+13365550195"),)),
    Layout("city with a particle", "block",
           "<p>2003 N Lincoln Way, Coeur d'Alene, ID 83814</p><p>208-555-0196</p>",
           (("2003 N Lincoln Way", "Coeur d'Alene", "ID", "83814", "+12085550196"),)),
    Layout("Queens house number with a dash", "block",
           "<p>37-12 Main St, 2nd Fl<br>Flushing, NY 11354</p><p>718-555-0197</p>",
           (("37-12 Main St, 2nd Fl", "Flushing", "NY", "11354", "+17185550197"),)),
    Layout("street named North spelled out", "block",
           "<p>845 North Michigan Avenue, Suite 930, Chicago, Illinois 60611</p><p>312-555-0198</p>",
           (("845 North Michigan Avenue, Suite 930", "Chicago", "IL", "60611", "+13125550198"),)),
    Layout("building name above the street", "block",
           "<p>Medical Arts Building<br>1120 Pine St, Suite 200<br>Abilene, TX 79601</p><p>325-555-0199</p>",
           (("1120 Pine St, Suite 200", "Abilene", "TX", "79601", "+13255550199"),)),
    Layout("state route", "block",
           "<p>4120 State Route 9, Lake Placid, NY 12946</p><p>518-555-0111</p>",
           (("4120 State Route 9", "Lake Placid", "NY", "12946", "+15185550111"),)),
]

MORE_MAPS = [
    Layout("search link with an encoded query", "map",
           "<p>Questions? 303-555-0187</p><a href='https://maps.google.com/maps/search/?api=1&amp;query=2450%20Broadway"
           "%2C%20Boulder%2C%20CO%2080304'>Find us</a>", (BROADWAY,)),
    Layout("place link named by its address", "map",
           "<p>Call 303-555-0187</p><a href='https://maps.google.com/maps/place/2450+Broadway,+Boulder,+CO+80304/"
           "@40.0210,-105.2720,17z'>Map</a>", (BROADWAY,), (40.021, -105.272)),
    Layout("embed API keyed by place, no ZIP code", "map",
           "<p>2450 Broadway, Boulder, CO 80304</p><p>303-555-0187</p><iframe src='https://maps.google.com/maps/embed/"
           "v1/place?key=K&amp;q=2450+Broadway,Boulder+CO'></iframe>", (BROADWAY,)),
]

MORE_STRUCTURED = [
    Layout("a list of types", "structured",
           _ld({"@type": ["MedicalClinic", "LocalBusiness"], "name": "Flatiron Mind", "telephone": "303-555-0187",
                "address": _postal("2450 Broadway", "Boulder", "CO", "80304")}), (BROADWAY,)),
    Layout("address without a type, full state name and ZIP+4", "structured",
           _ld({"@type": "MedicalClinic", "name": "Flatiron Mind", "telephone": "303-555-0187",
                "address": {"streetAddress": "2450 Broadway", "addressLocality": "Boulder",
                            "addressRegion": "Colorado", "postalCode": "80304-1234"}}), (BROADWAY,)),
    Layout("organisation with a location array", "structured",
           _ld({"@type": "MedicalOrganization", "name": "Front Range Calm", "location": [
               {"@type": "Place", "name": "Boulder", "telephone": "303-555-0187",
                "address": _postal("2450 Broadway", "Boulder", "CO", "80304")},
               {"@type": "Place", "name": "Denver", "telephone": "720-555-0149",
                "address": _postal("1600 Stout St", "Denver", "CO", "80202")}]}),
           (BROADWAY, ("1600 Stout St", "Denver", "CO", "80202", "+17205550149"))),
    Layout("broken JSON, address printed", "structured",
           "<script type='application/ld+json'>{\"@type\": \"MedicalClinic\", \"name\": \"X\",}</script>"
           "<p>2450 Broadway, Boulder, CO 80304</p><p>303-555-0187</p>", (BROADWAY,)),
    Layout("street with a line break inside", "structured",
           _ld({"@type": "MedicalClinic", "name": "Flatiron Mind", "telephone": "303-555-0187",
                "address": _postal("2450 Broadway\nSuite 5", "Boulder", "CO", "80304")}),
           (("2450 Broadway Suite 5", "Boulder", "CO", "80304", "+13035550187"),)),
]

MORE_MULTI = [
    Layout("cards with labelled phone and fax and a directions link", "multi",
           "<div class='loc'><h3>Boulder</h3><p>2450 Broadway<br>Boulder, CO 80304</p><p>Phone: 303-555-0187<br>"
           "Fax: 303-555-0188</p><a href='https://goo.gl/maps/a'>Get Directions</a></div><div class='loc'><h3>Denver"
           "</h3><p>1600 Stout St<br>Denver, CO 80202</p><p>Phone: 720-555-0149<br>Fax: 720-555-0150</p>"
           "<a href='https://goo.gl/maps/b'>Get Directions</a></div>",
           (BROADWAY, ("1600 Stout St", "Denver", "CO", "80202", "+17205550149"))),
    Layout("footer listing two offices on one line", "multi",
           "<footer><p>Boulder: 2450 Broadway, Boulder, CO 80304 · 303-555-0187 | Denver: 1600 Stout St, Denver, CO "
           "80202 · 720-555-0149</p></footer>",
           (BROADWAY, ("1600 Stout St", "Denver", "CO", "80202", "+17205550149"))),
]

MORE_NONE = [
    Layout("highway exit with no house number", "none", "<p>Hwy 101 Exit 460, Novato, CA 94945</p>", ()),
    Layout("ZIP code search box and a service list", "none",
           "<p>Find a provider near you: enter your ZIP code</p><p>We serve patients in CO, WY, NM 87102 area</p>", ()),
]

STOUT = ("1600 Stout St", "Denver", "CO", "80202", "+17205550149")
# A third batch, written after the second read right too: rarer writings, and taglines that look like addresses.
WRITINGS = [
    Layout("state followed by a period", "block", "<p>2450 Broadway, Boulder, CO. 80304</p><p>303-555-0187</p>",
           (BROADWAY,)),
    Layout("comma between state name and ZIP", "block",
           "<p>2450 Broadway, Boulder, Colorado, 80304</p><p>303-555-0187</p>", (BROADWAY,)),
    Layout("no commas at all", "block", "<p>2450 Broadway Boulder CO 80304</p><p>303-555-0187</p>", (BROADWAY,)),
    Layout("street type with a period and a hash suite", "block",
           "<p>1600 Stout St., STE #1400<br>Denver, CO 80202</p><p>720-555-0149</p>",
           (("1600 Stout St., STE #1400", "Denver", "CO", "80202", "+17205550149"),)),
    Layout("avenue of a name", "block",
           "<p>1270 Avenue of the Americas, 7th Floor<br>New York, NY 10020</p><p>212-555-0134</p>",
           (("1270 Avenue of the Americas, 7th Floor", "New York", "NY", "10020", "+12125550134"),)),
    Layout("spanish street name", "block",
           "<p>1001 Calle Amanecer, San Clemente, CA 92673</p><p>949-555-0139</p>",
           (("1001 Calle Amanecer", "San Clemente", "CA", "92673", "+19495550139"),)),
    Layout("numbered street first", "block", "<p>200 1st Ave N, Seattle, WA 98109</p><p>206-555-0142</p>",
           (("200 1st Ave N", "Seattle", "WA", "98109", "+12065550142"),)),
    Layout("hours lines between address and phone", "block",
           "<p>2450 Broadway<br>Boulder, CO 80304</p><p>Mon–Fri 8–5<br>Sat 9–12<br>Sun closed</p>"
           "<p>Phone 303-555-0187</p>", (BROADWAY,)),
    Layout("phone first on the address's line", "block",
           "<p>303-555-0187 | 2450 Broadway, Boulder, CO 80304</p>", (BROADWAY,)),
    Layout("slash and spaced dashes in numbers", "block",
           "<p>2450 Broadway, Boulder, CO 80304</p><p>Appointments: 303/555-0187 · Fax: 303 - 555 - 0188</p>",
           (BROADWAY,)),
    Layout("tel link to a fax printed first", "block",
           "<p>2450 Broadway, Boulder, CO 80304</p><p><a href='tel:+13035550188'>Fax 303-555-0188</a></p>"
           "<p>Text us: <a href='tel:+13035550187'>303-555-0187</a></p>", (BROADWAY,)),
    Layout("second office lacks a ZIP code", "multi",
           "<h3>Boulder</h3><p>2450 Broadway, Boulder, CO 80304</p><p>303-555-0187</p><h3>Longmont</h3>"
           "<p>Opening spring 2026 in Longmont, CO</p>", (BROADWAY,)),
    Layout("one shared phone under two offices", "multi",
           "<h3>Boulder</h3><p>2450 Broadway, Boulder, CO 80304</p><h3>Denver</h3><p>1600 Stout St, Denver, CO "
           "80202</p><p>Call either office: 303-555-0187</p>",
           (("2450 Broadway", "Boulder", "CO", "80304", ""), STOUT[:4] + ("+13035550187",))),
]

MORE_LINKS = [
    Layout("waze link", "map",
           "<p>2450 Broadway, Boulder, CO 80304</p><p>303-555-0187</p><a href='https://waze.com/ul?ll=40.0210,"
           "-105.2720&amp;navigate=yes'>Waze</a>", (BROADWAY,), (40.021, -105.272)),
    Layout("directions path with the address", "map",
           "<p>Call 303-555-0187</p><a href='https://maps.google.com/maps/dir//2450+Broadway,+Boulder,+CO+80304/"
           "@40.0210,-105.2720,15z'>Directions</a>", (BROADWAY,), (40.021, -105.272)),
    Layout("place id only", "map",
           "<p>2450 Broadway, Boulder, CO 80304</p><p>303-555-0187</p><a href='https://maps.google.com/maps/search/"
           "?api=1&amp;query=Flatiron+Mind&amp;query_place_id=ChIJabc'>Map</a>", (BROADWAY,)),
    Layout("address reference in a graph", "structured",
           _ld({"@graph": [{"@type": "PostalAddress", "@id": "#addr", "streetAddress": "2450 Broadway",
                            "addressLocality": "Boulder", "addressRegion": "CO", "postalCode": "80304"},
                           {"@type": "MedicalClinic", "name": "Flatiron Mind", "telephone": ["303-555-0187",
                                                                                            "303-555-0188"],
                            "address": {"@id": "#addr"}}]}), (BROADWAY,)),
    Layout("street string holding the whole address", "structured",
           _ld({"@type": "MedicalClinic", "name": "Flatiron Mind", "telephone": "303-555-0187",
                "address": {"@type": "PostalAddress", "streetAddress": "2450 Broadway, Boulder, CO 80304",
                            "addressLocality": "Boulder", "addressRegion": "CO", "postalCode": 80304}}),
           (BROADWAY,)),
]

TAGLINES = [
    Layout("open seven days", "none", "<div class='top-bar'>Open 7 Days | Boulder, CO 80304</div>", ()),
    Layout("title-case list heading", "none", "<h2>Top 10 Ketamine Clinics in Denver, CO 80202</h2>", ()),
    Layout("round-the-clock line", "none", "<p>24 Hour Care · Denver, CO 80202</p>", ()),
    Layout("residency in a biography", "none",
           "<p>Dr. Lee trained at the University of Colorado, Aurora, CO 80045.</p>", ()),
    Layout("miles driven in a testimonial", "none",
           "<p>“I drove 120 miles from Grand Junction, CO 81501 and it was worth it.”</p>", ()),
    Layout("patients counted in a heading", "none",
           "<h2>Over 500 Patients Helped In Boulder, CO 80304</h2>", ()),
]

ROUND3_MORE = (BUILDERS + CITIES + MORE_MAPS + MORE_STRUCTURED + MORE_MULTI + MORE_NONE + WRITINGS + MORE_LINKS
               + TAGLINES)
