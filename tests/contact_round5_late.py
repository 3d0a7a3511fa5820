"""Round-five contact layouts, second batch: written after the first fixes, to try the new rules on pages they must
leave alone and on variants of the layouts they read; and the layouts left unread.

Names and 555-01xx numbers are invented; cities and ZIP codes are real.
"""

from __future__ import annotations

from tests.contact_layouts import Layout
from tests.contact_round5 import AURORA, ASHEVILLE, LAKEWOOD, LARIMER, OMAHA, RENO, SPOKANE, TULSA, _whole, _with

LATE = [
    Layout("a suite after the city, then the next address starting with its suite", "multi",
           "<p>1420 Larimer St, Denver, CO 80202<br>Suite 5, 7200 W Alameda Ave, Lakewood, CO 80226</p>",
           (_with(LARIMER, street="1420 Larimer St", phone=""), _with(LAKEWOOD, street="7200 W Alameda Ave, Suite 5",
                                                                     phone=""))),
    Layout("a building after the city line", "block",
           "<p>30 College St<br>Asheville, NC 28801<br>Building B</p><p>828-555-0119</p>",
           (_with(ASHEVILLE, street="30 College St, Building B"),)),
    Layout("a suite after the ZIP code on the same line", "footer",
           _whole("<h1>Larimer Mind</h1>", "<p>1420 Larimer St · Denver, CO 80202 · Suite 300 · 303-555-0142</p>"),
           (LARIMER,)),
    Layout("a ZIP code run into the hours", "block",
           "<p><span>3330 S Peoria Ave, Tulsa, OK 74105</span><span>Mon–Fri 9–5</span></p><p>918-555-0137</p>",
           (TULSA,)),
    Layout("a ZIP code run into a number written with dots", "block",
           "<p><span>1120 Farnam St, Omaha, NE 68102</span><span>402.555.0128</span></p>", (OMAHA,)),
    Layout("weekday hours written out between street and city", "block",
           "<p>601 W Riverside Ave<br>Monday - Friday: 9:00 AM - 5:00 PM<br>Spokane, WA 99201</p>"
           "<p>509-555-0152</p>", (SPOKANE,)),
    Layout("a street named for a weekday month", "block",
           "<p>400 Monday Rd<br>Tulsa, OK 74105</p><p>918-555-0137</p>",
           (_with(TULSA, street="400 Monday Rd"),)),
    Layout("clinic and corporate office, in that order", "block",
           "<h3>Clinic &amp; Corporate Office</h3><p>30 College St<br>Asheville, NC 28801</p><p>828-555-0119</p>",
           (ASHEVILLE,)),
    Layout("corporate office and main office is not a clinic", "none",
           "<p>Corporate office and main office: 200 Patton Ave, Asheville, NC 28801</p>", ()),
    Layout("mail to our billing office's box", "none",
           "<p>Please mail payments to our billing office: PO Box 4400, Tulsa, OK 74159</p>", ()),
    Layout("a new clinic compared with the former office", "prose",
           "<p>Unlike our former office, the new clinic at 7200 W Alameda Ave, Lakewood, CO 80226 has parking.</p>"
           "<p>303-555-0174</p>", (LAKEWOOD,)),
    Layout("relocated from one city to another, then the address", "prose",
           "<p>We relocated from Denver to Lakewood: 7200 W Alameda Ave, Lakewood, CO 80226.</p><p>303-555-0174</p>",
           (LAKEWOOD,)),
    Layout("a former location labelled on its line", "block",
           "<p>7200 W Alameda Ave, Lakewood, CO 80226 · 303-555-0174</p><p>Former location: 1420 Larimer St, Denver, "
           "CO 80202</p>", (LAKEWOOD,)),
    Layout("serving a city since a year, then the address", "footer",
           _whole("<h1>Larimer Mind</h1>",
                  "<p>Serving Denver since 2015 · 1420 Larimer St, Suite 300, Denver, CO 80202 · 303-555-0142</p>"),
           (LARIMER,)),
    Layout("inside a hotel", "prose",
           "<p>Our suite is inside the Riverside Hotel, 17 S Virginia St, Reno, NV 89501.</p><p>775-555-0158</p>",
           (("17 S Virginia St", "Reno", "NV", "89501", "+17755550158"),)),
    Layout("a nurse-led clinic registered with the state", "footer",
           _whole("<h1>Reno Ketamine</h1>", "<p>Registered nurse-led clinic · 275 Hill St, Reno, NV 89501 · "
                  "775-555-0158</p>"),
           (RENO,)),
    Layout("a Bing route from the airport to the clinic", "map",
           _whole("<h1>Directions</h1><p><a href='https://bing.com/maps?rtp=adr.2001%20E%20Plumb%20Ln%2C%20Reno"
                  "%2C%20NV%2089502~adr.275%20Hill%20St%2C%20Reno%2C%20NV%2089501'>From the airport</a></p>"
                  "<p>775-555-0158</p>"),
           (RENO,)),
    Layout("text and phone on one line, text first", "phone",
           "<p>1120 Farnam St, Omaha, NE 68102</p><p>Text: 402-555-0199 | Phone: 402-555-0128</p>", (OMAHA,)),
    Layout("a text line only", "phone",
           "<p>1120 Farnam St, Omaha, NE 68102</p><p>Text us: 402-555-0199</p>",
           (_with(OMAHA, phone="+14025550199"),)),
    Layout("an existing patients' line only", "phone",
           "<p>1120 Farnam St, Omaha, NE 68102</p><p>Existing patients: 402-555-0127</p>",
           (_with(OMAHA, phone="+14025550127"),)),
    Layout("after-hours for current patients, booking line after", "phone",
           "<p>1120 Farnam St, Omaha, NE 68102</p><p>For current patients, the after-hours line is 402-555-0120; "
           "to book, call 402-555-0128.</p>", (OMAHA,)),
    Layout("a city in Texas beside the word text", "phone",
           "<p>4400 Post Oak Pkwy, Houston, Texas 77027</p><p>Call 713-555-0181</p>",
           (("4400 Post Oak Pkwy", "Houston", "TX", "77027", "+17135550181"),)),
    Layout("texting for reminders, calling for booking, one line", "phone",
           _whole("<h1>Contact</h1><p>1120 Farnam St, Omaha, NE 68102</p>",
                  "<p>We text appointment reminders from 402-555-0199. To book call 402-555-0128.</p>"),
           (OMAHA,)),
    Layout("a chain location page whose footer prints other branches' numbers", "multi",
           _whole("<h1>Aurora</h1><p>1500 S Havana St, Aurora, CO 80012</p>",
                  "<p>Denver 303-555-0142 · Lakewood 303-555-0174</p>"),
           (_with(AURORA, phone=""),)),
    Layout("a parent system's copyright line with its address", "multi",
           _whole("<h1>Ketamine Clinic</h1><p>1120 Farnam St, Omaha, NE 68102</p><p>Clinic: 402-555-0128</p>",
                  "<p>© 2026 Prairie Health System · 8800 Dodge St, Omaha, NE 68114</p>"),
           (OMAHA,)),
    Layout("an office hours heading and its line between street and city", "block",
           "<p>601 W Riverside Ave</p><h5>Office Hours</h5><p>Mon–Fri 8–5</p><p>Spokane, WA 99201</p>"
           "<p>509-555-0152</p>", (SPOKANE,)),
    Layout("by appointment only between street and city", "block",
           "<p>601 W Riverside Ave<br>By appointment only<br>Spokane, WA 99201<br>509-555-0152</p>", (SPOKANE,)),
    Layout("an hours table of day and time cells between street and city", "block",
           "<p>3330 S Peoria Ave</p><table><tr><td>Mon</td><td>9–5</td></tr><tr><td>Fri</td><td>9–1</td></tr>"
           "</table><p>Tulsa, OK 74105</p><p>918-555-0137</p>", (TULSA,)),
    Layout("street, phone and city in three columns", "footer",
           _whole("<h1>Larimer Mind</h1>", "<p>1420 Larimer St | 303-555-0142 | Denver, CO 80202</p>"),
           (_with(LARIMER, street="1420 Larimer St"),)),
]

# Layouts left unread: the reader is held to giving no wrong address nor phone for them.
LEFT = [
    Layout("a ZIP code run into a phone with no separators", "block",
           "<p><span>1120 Farnam St, Omaha, NE 68102</span><span>4025550128</span></p>", (OMAHA,)),
    Layout("the address only in a picture with no text", "block",
           _whole("<h1>Visit us</h1><img src='/img/address-card.png'>", "<p>402-555-0128</p>"), (OMAHA,)),
    Layout("a city line and a short map link only", "map",
           _whole("<h1>Directions</h1><p>Downtown Omaha, NE 68102</p><p><a href='https://maps.app.goo.gl/Qw34Er'>"
                  "Map</a></p>", "<p>402-555-0128</p>"), (OMAHA,)),
]
