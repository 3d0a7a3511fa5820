"""Round-three contact layouts, fourth batch: written after the first fixes, to look for what the reader still misses.

Names and 555-01xx numbers are invented; cities and ZIP codes are real.
"""

from __future__ import annotations

from tests.contact_layouts import Layout
from tests.contact_round3 import _ld, _postal
from tests.contact_round3_more import BROADWAY

LATE = [
    Layout("state in mixed case", "block", "<p>2450 Broadway, Boulder, Co 80304</p><p>303-555-0187</p>", (BROADWAY,)),
    Layout("house number spelled out", "block",
           "<p>One Park Plaza, Suite 600<br>Irvine, CA 92614</p><p>949-555-0143</p>",
           (("One Park Plaza, Suite 600", "Irvine", "CA", "92614", "+19495550143"),)),
    Layout("single-letter labels", "block",
           "<p>2450 Broadway, Boulder, CO 80304</p><p>T 303.555.0188 | F 303.555.0189</p>",
           (("2450 Broadway", "Boulder", "CO", "80304", "+13035550188"),)),
    Layout("office line and after-hours line", "block",
           "<p>2450 Broadway, Boulder, CO 80304</p><p>Office: 303-555-0187 (after hours: 303-555-0199)</p>",
           (BROADWAY,)),
    Layout("unit with a letter and a dash", "block", "<p>2450 Broadway Unit B-2, Boulder, CO 80304 · 303-555-0187</p>",
           (("2450 Broadway Unit B-2", "Boulder", "CO", "80304", "+13035550187"),)),
    Layout("number split over spans in its link", "block",
           "<p>2450 Broadway, Boulder, CO 80304</p><a href='tel:+13035550187'><span>(303)</span> <span>555-0187"
           "</span></a>", (BROADWAY,)),
    Layout("all capitals with the state's name", "footer",
           "<footer><p>2450 BROADWAY · BOULDER, COLORADO 80304 · 303-555-0187</p></footer>",
           (("2450 BROADWAY", "BOULDER", "CO", "80304", "+13035550187"),)),
    Layout("two offices each with its own embedded map", "multi",
           "<h3>Boulder</h3><p>2450 Broadway, Boulder, CO 80304 · 303-555-0187</p><iframe src='https://maps.google.com/"
           "maps/embed?pb=!1m18!1m12!1m3!1d3000!2d-105.272!3d40.021!2m3'></iframe><h3>Denver</h3><p>1600 Stout St, "
           "Denver, CO 80202 · 720-555-0149</p><iframe src='https://maps.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3000"
           "!2d-104.995!3d39.746!2m3'></iframe>",
           (BROADWAY, ("1600 Stout St", "Denver", "CO", "80202", "+17205550149"))),
    Layout("telephone as a tel: URL in JSON-LD", "structured",
           _ld({"@type": "MedicalClinic", "name": "Flatiron Mind", "telephone": "tel:+13035550187",
                "address": _postal("2450 Broadway", "Boulder", "CO", "80304")}), (BROADWAY,)),
    Layout("parking garage beside the clinic's address", "block",
           "<h3>Our Office</h3><p>2450 Broadway, Boulder, CO 80304</p><p>303-555-0187</p><h3>Parking</h3>"
           "<p>Park in the garage at 1104 Spruce St, Boulder, CO 80302; we validate.</p>", (BROADWAY,)),
    Layout("the address the clinic moved from", "block",
           "<p>We have moved! Formerly at 1100 Pearl St, Boulder, CO 80302, we are now at 2450 Broadway, Boulder, CO "
           "80304.</p><p>303-555-0187</p>", (BROADWAY,)),
    Layout("an intersection of a highway and a road", "none", "<p>Hwy 36 &amp; Baseline Rd, Boulder, CO 80303</p>",
           ()),
    Layout("areas served in JSON-LD", "none",
           _ld({"@type": "MedicalBusiness", "name": "Flatiron Mind", "areaServed": ["Boulder, CO 80304", "Denver"]}),
           ()),
]

# Layouts the reader still misses: it finds no address in them, which is the safe way to miss one.
MISSED = [
    Layout("labelled form of street, city, state and ZIP", "block",
           "<p>Street: 2450 Broadway<br>City: Boulder<br>State: CO<br>ZIP: 80304</p><p>Phone: 303-555-0187</p>",
           (BROADWAY,)),
    Layout("inline spans with no space between city line and phone", "block",
           "<p><span>2450 Broadway, </span><span>Boulder, CO 80304</span><span>303-555-0187</span></p>", (BROADWAY,)),
]
