"""Round-four contact layouts, second batch: written after the first fixes, to try the new rules on pages they must
leave alone and to look for what the reader still misses.

Names and 555-01xx numbers are invented; cities and ZIP codes are real.
"""

from __future__ import annotations

from tests.contact_layouts import Layout
from tests.contact_round3 import _ld, _postal
from tests.contact_round4 import BOZEMAN, DURHAM, MADISON, RALEIGH, _bozeman

LATE = [
    Layout("a tagline with 'meets' before the address", "footer",
           "<footer><p>Where science meets compassion · 88 W Main St, Bozeman, MT 59715 · 406-555-0134</p></footer>",
           (BOZEMAN,)),
    Layout("now open, on the address's line", "block",
           "<p>Now open! 88 W Main St, Bozeman, MT 59715</p><p>406-555-0134</p>", (BOZEMAN,)),
    Layout("opening hours heading above the address", "block",
           "<h4>Opening Hours</h4><p>88 W Main St, Bozeman, MT 59715</p><p>Mon–Fri 8–5 · 406-555-0134</p>",
           (BOZEMAN,)),
    Layout("next to the library", "prose",
           "<p>We are next to the public library, at 88 W Main St, Bozeman, MT 59715.</p><p>406-555-0134</p>",
           (BOZEMAN,)),
    Layout("inside a hospital named before the street", "prose",
           "<p>Located inside Mercy Hospital, 6410 Monona Dr, Madison, WI 53716.</p><p>Clinic: 608-555-0112</p>",
           (MADISON,)),
    Layout("headquartered in the city", "prose",
           "<p>Headquartered in Bozeman, our clinic is at 88 W Main St, Bozeman, MT 59715.</p><p>406-555-0134</p>",
           (BOZEMAN,)),
    Layout("911 for emergencies on the address's line", "footer",
           "<footer><p>For emergencies call 911 · 88 W Main St, Bozeman, MT 59715 · 406-555-0134</p></footer>",
           (BOZEMAN,)),
    Layout("a street type run into the suite", "block",
           "<p><span>88 W Main St</span><span>Suite 4</span></p><p>Bozeman, MT 59715</p><p>406-555-0134</p>",
           _bozeman(street="88 W Main St, Suite 4")),
    Layout("a suite number run into the city", "block",
           "<p><span>3955 E Exposition Ave Suite 300</span><span>Denver, CO 80209</span></p><p>303-555-0161</p>",
           (("3955 E Exposition Ave Suite 300", "Denver", "CO", "80209", "+13035550161"),)),
    Layout("a street named with Mc", "footer",
           "<footer><p>1200 McDonald Ave, Brooklyn, NY 11230 · 718-555-0144</p></footer>",
           (("1200 McDonald Ave", "Brooklyn", "NY", "11230", "+17185550144"),)),
    Layout("the clinic's own billing line beside its main line", "phone",
           "<p>88 W Main St, Bozeman, MT 59715</p><p>Billing: 406-555-0136</p><p>Call 406-555-0134</p>", (BOZEMAN,)),
    Layout("a pharmacy's tel link beside the clinic's number", "phone",
           "<p>88 W Main St, Bozeman, MT 59715</p><p>Refills: call our partner pharmacy <a href='tel:4065550170'>"
           "406-555-0170</a></p><p>Clinic <a href='tel:4065550134'>406-555-0134</a></p>", (BOZEMAN,)),
    Layout("JSON-LD contact points, the fax first", "structured",
           _ld({"@type": "MedicalClinic", "name": "Gallatin Ketamine",
                "address": _postal("88 W Main St", "Bozeman", "MT", "59715"),
                "contactPoint": [{"@type": "ContactPoint", "telephone": "+1-406-555-0135", "contactType": "fax"},
                                 {"@type": "ContactPoint", "telephone": "+1-406-555-0134",
                                  "contactType": "reservations"}]}), (BOZEMAN,)),
    Layout("JSON-LD address list of two offices", "structured",
           _ld({"@type": "MedicalClinic", "name": "Triangle Ketamine", "telephone": "919-555-0177",
                "address": [_postal("3200 Wake Forest Rd", "Raleigh", "NC", "27609"),
                            _postal("4102 N Roxboro St", "Durham", "NC", "27704")]}),
           (RALEIGH, DURHAM[:4] + ("+19195550177",))),
    Layout("a stock photo's alt text with numbers", "none",
           "<img src='/img/stock-4471.jpg' alt='Woman resting in a recliner, photo 4471 of 2025'>"
           "<p>Calm rooms, caring nurses.</p>", ()),
    Layout("a map picture's alt text beside a printed address", "block",
           "<p>88 W Main St, Bozeman, MT 59715 · 406-555-0134</p><img src='/img/parking.png' alt='Parking map: 20 E "
           "Mendenhall St, Bozeman, MT 59715'>", (BOZEMAN,)),
    Layout("a mailing box in an aria-label only", "none",
           "<a href='/contact' aria-label='Write to PO Box 1450, Bozeman, MT 59771'>Write to us</a>", ()),
    Layout("a city that is not the ZIP code's", "none",
           "<footer><p>88 W Main St · Springfield 59715 · 406-555-0134</p></footer>", ()),
    Layout("a labelled form under a mailing heading", "none",
           "<h4>Mailing Address</h4><p>Street: 1800 N 19th Ave<br>City: Bozeman<br>State: MT<br>Zip: 59718</p>", ()),
    Layout("a labelled form with no street", "none",
           "<p>City: Bozeman<br>State: MT<br>Zip: 59715<br>Phone: 406-555-0134</p>", ()),
    Layout("an intake form's empty fields", "none",
           "<form><p>Street:</p><input name='street'><p>City:</p><input name='city'><p>State:</p><input name='state'>"
           "<p>Zip:</p><input name='zip'></form>", ()),
    Layout("an example in a form's help text", "none",
           "<form><label>Street: <input></label><label>City: <input></label><p>Example: 100 Main St, Bozeman, MT "
           "59715</p></form>", ()),
]

# Layouts the reader still misses, and would risk a wrong address to read: it must give no wrong address on them.
LEFT = [
    Layout("a suite on its own line after the city", "block",
           "<p>88 W Main St<br>Bozeman, MT 59715<br>Suite 4</p><p>406-555-0134</p>",
           _bozeman(street="88 W Main St, Suite 4")),
    Layout("payments mailed to the clinic's only address", "po_box",
           "<p>Please mail payments to our office: 88 W Main St, Bozeman, MT 59715.</p><p>406-555-0134</p>",
           (BOZEMAN,)),
    Layout("the corporate office that is also the clinic", "block",
           "<p>Corporate office &amp; clinic: 88 W Main St, Bozeman, MT 59715 · 406-555-0134</p>", (BOZEMAN,)),
    Layout("a number with its area code printed in the header only", "phone",
           "<header><p>Bozeman (406)</p></header><p>88 W Main St, Bozeman, MT 59715</p><p>Call 555-0134</p>",
           (BOZEMAN,)),
    Layout("a ZIP code run into the phone", "block",
           "<p><span>88 W Main St, </span><span>Bozeman, MT 59715</span><span>406-555-0134</span></p>", (BOZEMAN,)),
]
