"""Round-four contact layouts: the shapes earlier rounds left alone, and pages whose other addresses and numbers are
not the clinic's.

Labelled form blocks, parts run together with no space, building and plaza names, a ZIP code with no state, an
address only in alt text or an aria-label, local seven-digit numbers, locations coming soon, corporate and billing
offices, PO drawers and private mailboxes, map links that show no place, microdata and JSON-LD variants, and numbers
of other organisations (crisis lines, a hospital's operator, a drug maker's support line, a billing company).

Each case is a piece of a page and the clinic locations a careful reader takes from it, each as (street, city,
state, ZIP, phone). Names and 555-01xx numbers are invented; cities and ZIP codes are real.
"""

from __future__ import annotations

from tests.contact_layouts import Layout
from tests.contact_round3 import _ld, _postal

BOZEMAN = ("88 W Main St", "Bozeman", "MT", "59715", "+14065550134")
PLAZA = ("3955 E Exposition Ave, Suite 300", "Denver", "CO", "80209", "+13035550161")
MADISON = ("6410 Monona Dr", "Madison", "WI", "53716", "+16085550112")
RALEIGH = ("3200 Wake Forest Rd", "Raleigh", "NC", "27609", "+19195550177")
DURHAM = ("4102 N Roxboro St", "Durham", "NC", "27704", "+19195550185")


def _bozeman(phone: str = "+14065550134", street: str = "88 W Main St") -> tuple:
    return ((street, "Bozeman", "MT", "59715", phone),)


FOOTERS = [
    Layout("spans run together: street into city", "footer",
           "<footer><div class='addr'><span>88 W Main St</span><span>Bozeman, MT 59715</span></div>"
           "<a href='tel:+14065550134'>(406) 555-0134</a></footer>", (BOZEMAN,)),
    Layout("labels run into their numbers", "footer",
           "<footer><p>88 W Main St, Bozeman, MT 59715</p><p><strong>Phone:</strong>406-555-0134<strong>Fax:</strong>"
           "406-555-0135</p></footer>", (BOZEMAN,)),
    Layout("web studio's credit under the clinic's line", "footer",
           "<footer><p>Gallatin Ketamine · 88 W Main St · Bozeman, MT 59715 · 406-555-0134</p>"
           "<p>Website by Ridgeline Web Studio · 215 E Front St, Missoula, MT 59802 · 406-555-0190</p></footer>",
           (BOZEMAN,)),
    Layout("plaza name as its own column", "footer",
           "<footer><p>Cherry Creek Medical Plaza | 3955 E Exposition Ave, Suite 300 | Denver, CO 80209 | "
           "303-555-0161</p></footer>", (PLAZA,)),
    Layout("plaza name before the street, commas only", "footer",
           "<footer><p>Cherry Creek Medical Plaza, 3955 E Exposition Ave, Suite 300, Denver, CO 80209, 303-555-0161"
           "</p></footer>", (PLAZA,)),
    Layout("Ste. with a dot on a line of its own", "footer",
           "<footer><p>2200 E River Rd<br>Ste. 114<br>Tucson, AZ 85718<br>520.555.0146</p></footer>",
           (("2200 E River Rd, Ste. 114", "Tucson", "AZ", "85718", "+15205550146"),)),
    Layout("capitals, hash suite, no comma before the state", "footer",
           "<footer><p>2200 E RIVER RD #114 · TUCSON AZ 85718 · 520-555-0146</p></footer>",
           (("2200 E RIVER RD #114", "TUCSON", "AZ", "85718", "+15205550146"),)),
    Layout("a 988 banner above the footer's address", "footer",
           "<footer><div class='crisis'>If you are in crisis, call or text <a href='tel:988'>988</a>.</div>"
           "<p>6410 Monona Dr · Madison, WI 53716</p><p>Office <a href='tel:6085550112'>608-555-0112</a></p></footer>",
           (MADISON,)),
    Layout("a ZIP code and no state", "footer",
           "<footer><p>Gallatin Ketamine · 88 W Main St · Bozeman 59715 · 406-555-0134</p></footer>", (BOZEMAN,)),
    Layout("street, city and number in three cells", "footer",
           "<footer><table><tr><td>88 W Main St</td><td>Bozeman, MT 59715</td><td>406-555-0134</td></tr></table>"
           "</footer>", (BOZEMAN,)),
    Layout("a city line with no state, ZIP code after", "footer",
           "<footer><p>6410 Monona Dr<br>Madison 53716<br>608-555-0112</p></footer>", (MADISON,)),
]

BLOCKS = [
    Layout("labelled form, one part a line", "block",
           "<p>Street: 6410 Monona Dr<br>City: Madison<br>State: WI<br>Zip: 53716<br>Phone: 608-555-0112</p>",
           (MADISON,)),
    Layout("definition list of labelled parts, state spelled out", "block",
           "<dl><dt>Address</dt><dd>6410 Monona Dr</dd><dt>City</dt><dd>Madison</dd><dt>State</dt><dd>Wisconsin</dd>"
           "<dt>ZIP Code</dt><dd>53716</dd><dt>Phone</dt><dd>(608) 555-0112</dd></dl>", (MADISON,)),
    Layout("table of labelled parts", "block",
           "<table><tr><th>Street Address</th><td>3200 Wake Forest Rd</td></tr><tr><th>City/State</th><td>Raleigh, NC"
           "</td></tr><tr><th>Postal Code</th><td>27609</td></tr><tr><th>Telephone</th><td>919-555-0177</td></tr>"
           "</table>", (RALEIGH,)),
    Layout("label naming city, state and ZIP on their line", "block",
           "<p>Address: 3200 Wake Forest Rd<br>City, State, ZIP: Raleigh, NC 27609<br>Phone: 919-555-0177</p>",
           (RALEIGH,)),
    Layout("Rd. and Ste. with dots", "block",
           "<p>3200 Wake Forest Rd., Ste. 210<br>Raleigh, NC 27609</p><p>919-555-0177</p>",
           (("3200 Wake Forest Rd., Ste. 210", "Raleigh", "NC", "27609", "+19195550177"),)),
    Layout("park name, building and suite above the street", "block",
           "<p>Tucson Medical Park<br>Building 3, Suite 114<br>2200 E River Rd<br>Tucson, AZ 85718</p>"
           "<p>(520) 555-0146</p>",
           (("2200 E River Rd, Building 3, Suite 114", "Tucson", "AZ", "85718", "+15205550146"),)),
    Layout("address only in a map image's alt text", "block",
           "<h2>Find us</h2><img src='/img/map.png' alt='Map to Gallatin Ketamine, 88 W Main St, Bozeman, MT 59715'>"
           "<p>Call 406-555-0134</p>", (BOZEMAN,)),
    Layout("address only in a directions button's aria-label", "block",
           "<a class='btn' href='/directions' aria-label='Directions to 6410 Monona Dr, Madison, WI 53716'>"
           "Get directions</a><p>608-555-0112</p>", (MADISON,)),
    Layout("a tel link whose text is a word", "block",
           "<p>6410 Monona Dr, Madison, WI 53716</p><a href='tel:+16085550112'>Tap to call</a>", (MADISON,)),
    Layout("eFax printed before the main line", "block",
           "<p>6410 Monona Dr, Madison, WI 53716</p><p>eFax: 608-555-0113</p><p>Main: 608-555-0112</p>", (MADISON,)),
    Layout("a referral fax and a scheduling line", "block",
           "<p>3200 Wake Forest Rd, Raleigh, NC 27609</p><p>Referrals (fax): 919-555-0178 · Scheduling: 919-555-0177"
           "</p>", (RALEIGH,)),
    Layout("the hospital's operator after the clinic's line", "block",
           "<p>Our suite is inside the Mercy medical office building.</p><p>6410 Monona Dr, Madison, WI 53716</p>"
           "<p>Clinic: 608-555-0112</p><p>Hospital main operator: 608-555-0100</p>", (MADISON,)),
    Layout("the hospital's operator before the clinic's address", "block",
           "<p>On the St. Luke's campus (hospital operator 208-555-0100).</p><p>190 E Bannock St, Boise, ID 83712</p>"
           "<p>Clinic phone 208-555-0121</p>", (("190 E Bannock St", "Boise", "ID", "83712", "+12085550121"),)),
    Layout("a seven-digit number and no area code", "block",
           "<p>88 W Main St, Bozeman, MT 59715</p><p>Phone: 555-0134</p>", _bozeman("")),
    Layout("the area code printed once for phone and fax", "block",
           "<p>88 W Main St, Bozeman, MT 59715</p><p>Phone (406) 555-0134 · Fax 555-0135</p>", (BOZEMAN,)),
    Layout("a drug maker's support line after the clinic's number", "block",
           "<p>6410 Monona Dr, Madison, WI 53716 · 608-555-0112</p><p>Questions about Spravato coverage? Call the "
           "manufacturer's support program at 1-844-555-0170.</p>", (MADISON,)),
    Layout("parts in spans with no spaces at all", "block",
           "<p class='addr'><span>6410 Monona Dr</span><span>Madison</span><span>WI</span><span>53716</span></p>"
           "<p>608-555-0112</p>", (MADISON,)),
    Layout("a billing company's line after the address", "block",
           "<p>88 W Main St, Bozeman, MT 59715 · 406-555-0134</p><p>Billing questions? Call Summit Medical Billing at "
           "1-888-555-0150.</p>", (BOZEMAN,)),
    Layout("suite written with a hash and a space", "block",
           "<address>3200 Wake Forest Rd # 210<br>Raleigh, NC 27609<br>919-555-0177</address>",
           (("3200 Wake Forest Rd # 210", "Raleigh", "NC", "27609", "+19195550177"),)),
    Layout("Suite # and a letter", "block",
           "<p>3200 Wake Forest Rd, Suite #B-2, Raleigh, NC 27609</p><p>Call 919-555-0177</p>",
           (("3200 Wake Forest Rd, Suite #B-2", "Raleigh", "NC", "27609", "+19195550177"),)),
]

PROSE = [
    Layout("third floor of a named plaza", "prose",
           "<p>We are on the third floor of the Cherry Creek Medical Plaza, 3955 E Exposition Ave, Suite 300, Denver, "
           "CO 80209. Call 303-555-0161 to book.</p>", (PLAZA,)),
    Layout("an exit number before the address", "prose",
           "<p>From I-25 take exit 204 and head east; we are at 3955 E Exposition Ave, Suite 300, Denver, CO 80209."
           "</p><p>303-555-0161</p>", (PLAZA,)),
    Layout("a pharmacy down the street named after the clinic", "prose",
           "<p>Our clinic is at 6410 Monona Dr, Madison, WI 53716. Prescriptions can be picked up at Lakeview Pharmacy,"
           " 6500 Monona Dr, Madison, WI 53716.</p><p>608-555-0112</p>", (MADISON,)),
    Layout("a closed office and the one to visit", "prose",
           "<p>Our Aurora office closed on June 1. Please visit us at 3955 E Exposition Ave, Suite 300, Denver, CO "
           "80209 or call 303-555-0161.</p>", (PLAZA,)),
    Layout("a landmark before 'at'", "prose",
           "<p>Across from the courthouse at 88 W Main St, Bozeman, MT 59715, upstairs from the bakery.</p>"
           "<p>406-555-0134</p>", (BOZEMAN,)),
    Layout("address after 'located in the' building", "prose",
           "<p>Located in the Riverside Professional Building at 2200 E River Rd, Ste 114, Tucson, AZ 85718.</p>"
           "<p>Phone: 520-555-0146</p>", (("2200 E River Rd, Ste 114", "Tucson", "AZ", "85718", "+15205550146"),)),
]

PHONES = [
    Layout("911 and 988 before the appointment line", "phone",
           "<p>6410 Monona Dr, Madison, WI 53716</p><p>Medical emergency? Call 911. In crisis? Dial 988.</p>"
           "<p>Appointments 608-555-0112</p>", (MADISON,)),
    Layout("a national lifeline beside the office line", "phone",
           "<p>88 W Main St, Bozeman, MT 59715</p><p>National Suicide Prevention Lifeline: 1-800-555-0199 · Our "
           "office: 406-555-0134</p>", (BOZEMAN,)),
    Layout("Fax # and Ph # labels", "phone",
           "<p>88 W Main St, Bozeman, MT 59715</p><p>Fax #: 406-555-0135 &nbsp; Ph #: 406-555-0134</p>", (BOZEMAN,)),
    Layout("a number run into the fax label", "phone",
           "<p>88 W Main St, Bozeman, MT 59715</p><p><span>406-555-0134</span><span>Fax 406-555-0135</span></p>",
           (BOZEMAN,)),
    Layout("old number disconnected, new number", "phone",
           "<p>88 W Main St, Bozeman, MT 59715</p><p>Our old number 406-555-0190 has been disconnected; please call "
           "406-555-0134.</p>", (BOZEMAN,)),
    Layout("Ph. and Fx. abbreviations", "phone",
           "<p>3200 Wake Forest Rd, Raleigh, NC 27609</p><p>Ph. 919-555-0177 | Fx. 919-555-0178</p>", (RALEIGH,)),
    Layout("secure fax for records first", "phone",
           "<p>3200 Wake Forest Rd, Raleigh, NC 27609</p><p>Records requests: secure fax 919-555-0178</p>"
           "<p>Front desk 919-555-0177</p>", (RALEIGH,)),
    Layout("poison control in a safety note", "phone",
           "<p>6410 Monona Dr, Madison, WI 53716 · 608-555-0112</p><p>Swallowed a troche by mistake? Poison control: "
           "1-800-555-0122.</p>", (MADISON,)),
    Layout("after-hours answering service before the office line", "phone",
           "<p>6410 Monona Dr, Madison, WI 53716</p><p>After hours, call our answering service at 608-555-0119.</p>"
           "<p>Office: 608-555-0112</p>", (MADISON,)),
    Layout("a tel link whose href has dashes and a country code", "phone",
           "<p>88 W Main St, Bozeman, MT 59715</p><a href='tel:+1-406-555-0134'>Call Gallatin Ketamine</a>",
           (BOZEMAN,)),
]

MULTI = [
    Layout("a location coming soon under a heading", "multi",
           "<h3>Denver</h3><p>3955 E Exposition Ave, Suite 300, Denver, CO 80209 · 303-555-0161</p>"
           "<h3>Aurora — Coming Soon</h3><p>1500 S Havana St, Aurora, CO 80012</p>", (PLAZA,)),
    Layout("a location opening next spring, inline", "multi",
           "<ul><li>Denver: 3955 E Exposition Ave, Suite 300, Denver, CO 80209 · 303-555-0161</li><li>Opening spring "
           "2027: 1500 S Havana St, Aurora, CO 80012</li></ul>", (PLAZA,)),
    Layout("corporate office in the footer, clinic in the body", "multi",
           "<p>6410 Monona Dr, Madison, WI 53716 · 608-555-0112</p><footer><p>Corporate Office: 100 N Hamilton St, "
           "Suite 400, Madison, WI 53703</p></footer>", (MADISON,)),
    Layout("two clinics and the administrative office", "multi",
           "<h3>Raleigh</h3><p>3200 Wake Forest Rd, Raleigh, NC 27609 · 919-555-0177</p><h3>Durham</h3>"
           "<p>4102 N Roxboro St, Durham, NC 27704 · 919-555-0185</p>"
           "<p>Administrative offices: 2 Hanover Sq, Raleigh, NC 27601</p>", (RALEIGH, DURHAM)),
    Layout("a call centre on top, each card with its own line", "multi",
           "<p>Call our care team: 1-866-555-0100</p><div class='card'><h3>Raleigh</h3><p>3200 Wake Forest Rd<br>"
           "Raleigh, NC 27609<br>919-555-0177</p></div><div class='card'><h3>Durham</h3><p>4102 N Roxboro St<br>"
           "Durham, NC 27704<br>919-555-0185</p></div>", (RALEIGH, DURHAM)),
    Layout("a virtual card between two offices", "multi",
           "<div><h3>Raleigh</h3><p>3200 Wake Forest Rd, Raleigh, NC 27609</p><p>919-555-0177</p></div><div><h3>"
           "Telehealth</h3><p>Statewide, by video</p></div><div><h3>Durham</h3><p>4102 N Roxboro St, Durham, NC 27704"
           "</p><p>919-555-0185</p></div>", (RALEIGH, DURHAM)),
    Layout("headquarters named in a chain's footer", "multi",
           "<h3>Raleigh</h3><p>3200 Wake Forest Rd, Raleigh, NC 27609 · 919-555-0177</p><footer><p>Headquarters · "
           "2 Hanover Sq, Raleigh, NC 27601 · 919-555-0100</p></footer>", (RALEIGH,)),
    Layout("two offices on one line, each with a plaza name", "multi",
           "<p>Crabtree Medical Plaza, 3200 Wake Forest Rd, Raleigh, NC 27609, 919-555-0177 | Northgate Commons, "
           "4102 N Roxboro St, Durham, NC 27704, 919-555-0185</p>", (RALEIGH, DURHAM)),
]

PO_BOXES = [
    Layout("a PO drawer only", "po_box",
           "<footer><p>Gallatin Ketamine · P.O. Drawer 1450 · Bozeman, MT 59771 · 406-555-0134</p></footer>", ()),
    Layout("a private mailbox at a street address", "po_box",
           "<footer><p>Gallatin Ketamine · 1001 N 7th Ave Ste 4 PMB 210 · Bozeman, MT 59715</p><p>406-555-0134</p>"
           "</footer>", ()),
    Layout("a rural route box", "po_box",
           "<footer><p>RR 2 Box 45, Belgrade, MT 59714 · 406-555-0134</p></footer>", ()),
    Layout("physical and mailing blocks under headings", "po_box",
           "<h4>Physical Address</h4><p>88 W Main St<br>Bozeman, MT 59715</p><h4>Mailing Address</h4><p>PO Box 1450"
           "<br>Bozeman, MT 59771</p><p>406-555-0134</p>", (BOZEMAN,)),
    Layout("mail checks to another street", "po_box",
           "<p>Visit: 88 W Main St, Bozeman, MT 59715 · 406-555-0134</p><p>Please mail checks to 1800 N 19th Ave, "
           "Bozeman, MT 59718.</p>", (BOZEMAN,)),
    Layout("send records requests to another street", "po_box",
           "<p>88 W Main St, Bozeman, MT 59715</p><p>406-555-0134</p><p>Send records requests to: Health Information "
           "Management, 915 Highland Blvd, Bozeman, MT 59715</p>", (BOZEMAN,)),
    Layout("a box with a hash and no space in a footer line", "po_box",
           "<footer><p>PO Box#1450, Bozeman, MT 59771 | 88 W Main St, Bozeman, MT 59715 | 406-555-0134</p></footer>",
           (BOZEMAN,)),
]

MAPS = [
    Layout("directions path from the current location", "map",
           "<p>Call 406-555-0134</p><a href='https://maps.google.com/maps/dir/Current+Location/88+W+Main+St,+Bozeman,"
           "+MT+59715'>Directions</a>", (BOZEMAN,)),
    Layout("a short map link shows no place", "map",
           "<p>Call 406-555-0134</p><a href='https://maps.app.goo.gl/Xy12AbCdEf'>Open in Maps</a>", ()),
    Layout("a map link to the city only", "map",
           "<p>Serving the Gallatin Valley · 406-555-0134</p><a href='https://maps.google.com/maps/place/Bozeman,+MT+"
           "59715/'>Map</a>", ()),
    Layout("a map query with the clinic's name only", "map",
           "<p>406-555-0134</p><iframe src='https://maps.google.com/maps?q=Gallatin+Ketamine&amp;output=embed'>"
           "</iframe>", ()),
    Layout("embed query with the name before the address", "map",
           "<p>406-555-0134</p><iframe src='https://maps.google.com/maps?q=Gallatin+Ketamine,+88+W+Main+St,+Bozeman,+"
           "MT+59715&amp;output=embed'></iframe>", (BOZEMAN,)),
    Layout("a map link to the parking garage beside the address", "map",
           "<p>88 W Main St, Bozeman, MT 59715 · 406-555-0134</p><a href='https://maps.google.com/maps/place/"
           "20+E+Mendenhall+St,+Bozeman,+MT+59715/@45.6801,-111.0361,17z'>Parking garage</a>", (BOZEMAN,)),
    Layout("apple maps link with an address parameter", "map",
           "<p>608-555-0112</p><a href='https://maps.apple.com/?address=6410+Monona+Dr,+Madison,+WI+53716&amp;"
           "ll=43.0701,-89.3352'>Apple Maps</a>", (MADISON,), (43.0701, -89.3352)),
]

STRUCTURED = [
    Layout("microdata telephone in a content attribute", "structured",
           "<div itemscope itemtype='https://schema.org/MedicalClinic'><span itemprop='name'>Gallatin Ketamine</span>"
           "<div itemprop='address' itemscope itemtype='https://schema.org/PostalAddress'><span itemprop="
           "'streetAddress'>88 W Main St</span>, <span itemprop='addressLocality'>Bozeman</span>, <span itemprop="
           "'addressRegion'>MT</span> <span itemprop='postalCode'>59715</span></div><a itemprop='telephone' "
           "content='+14065550134' href='tel:+14065550134'>Call us today</a></div>", (BOZEMAN,)),
    Layout("microdata address in meta tags only", "structured",
           "<div itemscope itemtype='https://schema.org/MedicalBusiness'><meta itemprop='name' content='Gallatin "
           "Ketamine'><div itemprop='address' itemscope itemtype='https://schema.org/PostalAddress'><meta itemprop="
           "'streetAddress' content='88 W Main St'><meta itemprop='addressLocality' content='Bozeman'><meta itemprop="
           "'addressRegion' content='MT'><meta itemprop='postalCode' content='59715'></div><meta itemprop='telephone'"
           " content='406-555-0134'><p>Calm rooms, caring nurses.</p></div>", (BOZEMAN,)),
    Layout("JSON-LD with the mailing box first in an address list", "structured",
           _ld({"@type": "MedicalClinic", "name": "Gallatin Ketamine", "telephone": "406-555-0134",
                "address": [_postal("PO Box 1450", "Bozeman", "MT", "59771"),
                            _postal("88 W Main St", "Bozeman", "MT", "59715")]}), (BOZEMAN,)),
    Layout("JSON-LD phone only in a contact point", "structured",
           _ld({"@type": "MedicalClinic", "name": "Gallatin Ketamine",
                "address": _postal("88 W Main St", "Bozeman", "MT", "59715"),
                "contactPoint": {"@type": "ContactPoint", "telephone": "+1-406-555-0134",
                                 "contactType": "customer service"}}), (BOZEMAN,)),
    Layout("JSON-LD publisher of the page is the web studio", "structured",
           "<p>88 W Main St, Bozeman, MT 59715 · 406-555-0134</p>"
           + _ld({"@type": "WebPage", "name": "Contact", "publisher": {
               "@type": "Organization", "name": "Ridgeline Web Studio",
               "address": _postal("215 E Front St", "Missoula", "MT", "59802")}}), (BOZEMAN,)),
    Layout("JSON-LD parent hospital nested in the clinic", "structured",
           _ld({"@type": "MedicalClinic", "name": "Mercy Ketamine Clinic", "telephone": "608-555-0112",
                "address": _postal("6410 Monona Dr", "Madison", "WI", "53716"),
                "parentOrganization": {"@type": "Hospital", "name": "Mercy Hospital", "telephone": "608-555-0100",
                                       "address": _postal("202 S Park St", "Madison", "WI", "53715")}}), (MADISON,)),
    Layout("JSON-LD list of two telephones", "structured",
           _ld({"@type": "MedicalClinic", "name": "Gallatin Ketamine", "telephone": ["406-555-0134", "406-555-0135"],
                "address": _postal("88 W Main St", "Bozeman", "MT", "59715")}), (BOZEMAN,)),
    Layout("JSON-LD with a ZIP+4 and the country spelled out", "structured",
           _ld({"@type": "Physician", "name": "Dr. Ada Lind", "telephone": "(919) 555-0177",
                "address": {"@type": "PostalAddress", "streetAddress": "3200 Wake Forest Rd", "addressLocality":
                            "Raleigh", "addressRegion": "North Carolina", "postalCode": "27609-7710",
                            "addressCountry": "United States"}}), (RALEIGH,)),
    Layout("JSON-LD address by reference in a graph, phone printed", "structured",
           _ld({"@graph": [{"@type": "PostalAddress", "@id": "#addr", "streetAddress": "6410 Monona Dr",
                            "addressLocality": "Madison", "addressRegion": "WI", "postalCode": "53716"},
                           {"@type": ["MedicalClinic", "LocalBusiness"], "name": "Lakeview Mind",
                            "address": {"@id": "#addr"}}]}) + "<p>Call 608-555-0112</p>", (MADISON,)),
]

# Pages that state no address of the clinic: every address or number on them is someone else's, a placeholder, or
# not a place to visit.
NONE = [
    Layout("telehealth only, a mailing box", "none",
           "<p>We see patients by secure video anywhere in Montana.</p><p>Mailing address: PO Box 1450, Bozeman, MT "
           "59771</p><p>406-555-0134</p>", ()),
    Layout("corporate headquarters only", "none",
           "<footer><p>Corporate Headquarters: 100 N Hamilton St, Suite 400, Madison, WI 53703</p></footer>", ()),
    Layout("a web studio's credit only", "none",
           "<footer><p>© 2026 Gallatin Ketamine</p><p>Website by Ridgeline Web Studio · 215 E Front St, Missoula, MT "
           "59802</p></footer>", ()),
    Layout("the nearest emergency room only", "none",
           "<p>In an emergency, go to the nearest emergency room: Bozeman Health Deaconess Hospital, 915 Highland "
           "Blvd, Bozeman, MT 59715, or call 911.</p>", ()),
    Layout("a pharmacy that ships the troches", "none",
           "<p>Troches are compounded and shipped from Alpine Compounding Pharmacy, 1200 N 7th Ave, Bozeman, MT 59715."
           "</p>", ()),
    Layout("a theme's placeholder address", "none",
           "<footer><p>123 Main Street, Anytown, CA 12345</p><p>(555) 555-5555</p></footer>", ()),
    Layout("a seminar at the public library", "none",
           "<p>Join our free seminar on ketamine therapy on May 4 at the Bozeman Public Library, 626 E Main St, "
           "Bozeman, MT 59715.</p>", ()),
    Layout("driving directions with exits and no street", "none",
           "<p>From I-90 take exit 306, turn left on N 7th Ave and right on Main; we are on the left.</p>", ()),
    Layout("ZIP codes served", "none", "<p>Serving Bozeman, MT 59715, 59718 and Belgrade, MT 59714.</p>", ()),
    Layout("insurer's claims address", "none",
           "<p>Submit claims to Big Sky Health Plan, 2500 Broadway St, Helena, MT 59601.</p>", ()),
    Layout("licensing board's complaint address", "none",
           "<p>Complaints may be filed with the Montana Board of Medical Examiners, 301 S Park Ave, Helena, MT 59601."
           "</p>", ()),
    Layout("directions from the airport", "none",
           "<p>Directions from Bozeman Yellowstone International Airport, 850 Gallatin Field Rd, Belgrade, MT 59714: "
           "take I-90 east for 10 miles.</p>", ()),
    Layout("a clinic opening next year", "none",
           "<p>Opening in 2027 at 1500 S Havana St, Aurora, CO 80012. Join the waitlist!</p>", ()),
    Layout("JSON-LD filled with a plugin's placeholders", "none",
           _ld({"@type": "MedicalClinic", "name": "Gallatin Ketamine", "telephone": "+1-555-555-5555",
                "address": _postal("123 Main Street", "Anytown", "CA", "12345")}), ()),
    Layout("a support group at a church", "none",
           "<p>Our monthly support group meets at First Lutheran Church, 1001 S Willson Ave, Bozeman, MT 59715.</p>",
           ()),
    Layout("a ZIP code that is not the state's", "none",
           "<footer><p>1000 Elm St, Springfield, IL 90210</p></footer>", ()),
]

ROUND4 = FOOTERS + BLOCKS + PROSE + PHONES + MULTI + PO_BOXES + MAPS + STRUCTURED + NONE
