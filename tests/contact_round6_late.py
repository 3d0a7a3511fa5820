"""Round-six contact layouts, second batch: written after the first fixes, to try the new rules on pages they must
leave alone (a verb "park", a closed day, directions to the clinic's own door, "opens on Saturdays", telehealth
follow-ups at an in-person clinic) and on what they must still drop; and the layouts left unread.

Names and 555-01xx numbers are invented; cities and ZIP codes are real.
"""

from __future__ import annotations

from tests.contact_layouts import Layout
from tests.contact_round5 import _with
from tests.contact_round6 import ANCHORAGE, DES_MOINES, FARGO, OVERLAND, SAN_ANTONIO, SAVANNAH, _whole

LATE = [
    Layout("park in a named garage, the clinic after", "multi",
           _whole("<h1>Parking</h1><p>Park in the Locust Street garage at 500 Locust St, Des Moines, IA 50309.</p>"
                  "<p>Clinic: 400 Locust St, Suite 200, Des Moines, IA 50309 · 515-555-0149</p>"),
           (DES_MOINES,)),
    Layout("parking in a garage named for Overland Park", "multi",
           _whole("<h1>Directions</h1><p>Parking: Overland Park Place garage at 7400 College Blvd, Overland Park, KS "
                  "66210</p><p>7300 College Blvd, Overland Park, KS 66210 · 913-555-0164</p>"),
           (OVERLAND,)),
    Layout("closed Sundays after the address", "footer",
           _whole("<h1>Savannah Ketamine</h1>",
                  "<p>22 Barnard St, Savannah, GA 31401 — Closed Sundays · 912-555-0162</p>"),
           (SAVANNAH,)),
    Layout("an old office has closed, the new one is named after it", "prose",
           "<p>Our Bismarck office has closed; visit us at 15 Broadway N, Fargo, ND 58102.</p><p>701-555-0138</p>",
           (FARGO,)),
    Layout("walk-ins welcome after the address", "block",
           "<p>15 Broadway N<br>Fargo, ND 58102<br>Walk-ins welcome</p><p>701-555-0138</p>", (FARGO,)),
    Layout("directions ending at the clinic's own door", "prose",
           _whole("<h1>Getting here</h1><p>Enter at 425 G St, Anchorage, AK 99501, then turn left at the elevator."
                  "</p><p>907-555-0121</p>"),
           (ANCHORAGE,)),
    Layout("directions from the airport to the clinic", "prose",
           _whole("<h1>Directions</h1><p>From the airport, drive to 425 G St, Anchorage, AK 99501, then turn right "
                  "into our lot.</p><p>907-555-0121</p>"),
           (ANCHORAGE,)),
    Layout("Spanish: call or send a text message", "phone",
           "<p>300 E Houston St, San Antonio, TX 78205</p><p>Solo mensajes de texto: 210-555-0199 · Llame o envíe "
           "un mensaje: 210-555-0146</p>", (SAN_ANTONIO,)),
    Layout("two crisis sentences, the clinic's line elsewhere", "phone",
           _whole("<h1>Contact</h1><p>22 Barnard St, Savannah, GA 31401</p><p>Office: 912-555-0162</p>",
                  "<p>Call 988 for the Lifeline. Veterans: 1-800-555-0190 and press 1.</p>"),
           (SAVANNAH,)),
    Layout("a church named with a comma is still someone else's place", "multi",
           _whole("<h1>Resources</h1><p>Grief circle: Grace Church, 300 Bull St, Savannah, GA 31401</p>",
                  "<p>22 Barnard St, Savannah, GA 31401 · 912-555-0162</p>"),
           (SAVANNAH,)),
    Layout("opens on Saturdays, above the clinic's label", "block",
           _whole("<h1>Hours</h1><p>Opens on Saturdays 9–1</p><p>Clinic: 22 Barnard St, Savannah, GA 31401</p>"
                  "<p>912-555-0162</p>"),
           (SAVANNAH,)),
    Layout("an in-person clinic offering telehealth-only follow-ups", "footer",
           _whole("<h1>Savannah Ketamine</h1><p>Telehealth-only follow-ups are available after your series.</p>",
                  "<p>© 2026 Savannah Ketamine · 22 Barnard St, Savannah, GA 31401 · 912-555-0162</p>"),
           (SAVANNAH,)),
]

# Layouts left unread: the reader is held to giving no wrong address nor phone for them.
LEFT = [
    Layout("Squarespace: the address only in a map block's data", "map",
           _whole("<h1>Visit</h1><div class='sqs-block map-block' data-block-json='{\"location\":{\"addressLine1\":"
                  "\"15 Broadway N\",\"addressLine2\":\"Fargo, ND, 58102\"}}'></div>", "<p>701-555-0138</p>"),
           (FARGO,)),
    Layout("GoDaddy: an address printed with no ZIP code", "footer",
           _whole("<h2>Contact Us</h2><p>Prairie Ketamine</p><p>15 Broadway N, Fargo, ND, USA</p>",
                  "<p>(701) 555-0138</p>"),
           (_with(FARGO, postal_code=""),)),
]
