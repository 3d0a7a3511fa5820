"""Eighth-round hold-out cases for the fee reader: other kinds of whole sites, written before any change.

Each case is (id, pages, fee) as in tests/fee_round7.py: pages are (url path, title, HTML body) in crawl order, the
home page first; fee is what every clinic item of the site publishes — a (fee_min, fee_max) pair with high
confidence, REVIEW or NONE — or, for a chain, a dict from each location's city to that. The sites are of kinds the
seventh round left out: a one-page site, a site of images and scripts with little text, a multi-specialty practice
where ketamine is one service of many, a hospital department, a chain with a location finder, a site mid-redesign
with two footers, a site translated in part. DISAGREE lists the sites whose pages disagree or carry someone else's
values. All text is written for these tests in the styles clinic sites use; none is copied from a real page."""

from tests.fee_holdout import NONE, REVIEW
from tests.fee_round7 import footer, ld

def location(path: str, brand: str, name: str, street: str, city: str, state: str, postal: str, text: str = ""):
    """A chain's page for one clinic: its structured data, its address printed, and what else it says."""
    return (path, f"{city} | {brand}", NAV + ld("MedicalClinic", name, street, city, state, postal)
            + f"<p>{street}, {city}, {state} {postal}</p>{text}")


NAV = "<nav><a href='/'>Home</a> <a href='/services'>Services</a> <a href='/contact'>Contact</a></nav>"

# --- Sites whose pages agree -----------------------------------------------------------------------------------

AGREE = [
    ("one-page-anchors", [
        ("/", "Quiet Harbor Ketamine", "<nav><a href='#about'>About</a> <a href='#pricing'>Pricing</a> <a "
         "href='#book'>Book</a></nav><section id='about'><h2>About</h2><p>Ketamine infusions for depression, given "
         "by a board-certified anesthesiologist.</p></section><section id='pricing'><h2>Pricing</h2><p>Ketamine "
         "infusion — $450</p><p>Initial consultation — $150</p></section><section id='book'><h2>Book</h2><p>Call "
         "(555) 201-3344 to schedule.</p></section>"),
        ("/#pricing", "Quiet Harbor Ketamine", "<section id='pricing'><h2>Pricing</h2><p>Ketamine infusion — $450"
         "</p><p>Initial consultation — $150</p></section>"),
    ], (450.0, 450.0)),
    ("image-heavy-price-in-alt-less-text", [
        ("/", "Lumen Ketamine Studio", "<div id='app'></div><script>window.__DATA__={\"price\":\"$199\"}</script>"
         "<img src='/hero.jpg' alt='Calm infusion room'><h1>Lumen Ketamine Studio</h1><p>Ketamine infusions.</p>"),
        ("/pricing", "Pricing | Lumen Ketamine Studio", "<img src='/price-card.png' alt='Pricing card'><p>Ketamine "
         "infusion: $475 per session.</p><script>var promo = '$99 first visit';</script>"),
    ], (475.0, 475.0)),
    ("script-site-no-price-text", [
        ("/", "Northwind Ketamine", "<div id='root'></div><script src='/bundle.js'></script><noscript>Please "
         "enable JavaScript.</noscript><p>Ketamine infusion therapy.</p>"),
        ("/pricing", "Pricing | Northwind Ketamine", "<div id='root'></div><script>render({plans:[{name:'Single',"
         "price:450},{name:'Six pack',price:2400}]})</script>"),
    ], NONE),
    ("multi-specialty-ketamine-one-line", [
        ("/", "Lakeshore Family & Specialty Care", NAV + "<p>Primary care, dermatology, physical therapy and "
         "ketamine infusion therapy.</p>"),
        ("/services", "Services | Lakeshore Family & Specialty Care", NAV + "<ul><li>Annual physical — $180 "
         "self-pay</li><li>Skin check — $120</li><li>Physical therapy session — $95</li><li>Ketamine infusion — "
         "$475</li><li>Allergy testing — $250</li></ul>"),
        ("/dermatology", "Dermatology | Lakeshore Family & Specialty Care", NAV + "<p>Mole removal from $200. "
         "Botox $13 per unit.</p>"),
    ], (475.0, 475.0)),
    ("hospital-department-self-pay", [
        ("/", "Interventional Psychiatry | St. Brigid Medical Center", "<nav><a href='/'>St. Brigid</a> <a "
         "href='/patients'>Patients & Visitors</a> <a href='/billing'>Billing</a></nav><h1>Interventional "
         "Psychiatry Service</h1><p>Our department offers ECT, TMS and IV ketamine for treatment-resistant "
         "depression.</p>"),
        ("/ketamine", "IV Ketamine | St. Brigid Medical Center", "<h1>IV ketamine</h1><p>IV ketamine is not "
         "covered by most insurance plans. The self-pay rate is $650 per infusion.</p>"),
        ("/billing", "Billing | St. Brigid Medical Center", "<p>Parking in the visitor garage is $8 per day.</p>"
         "<p>Payment plans are available through our financial counselors.</p>"),
    ], (650.0, 650.0)),
    ("chain-finder-one-price", [
        ("/", "Pathway Ketamine Clinics", NAV + "<p>Ketamine infusions: $450 at every Pathway clinic.</p>"),
        ("/locations", "Find a Location | Pathway Ketamine Clinics", NAV + "<h1>Find a clinic near you</h1>"
         "<form><input placeholder='Enter ZIP code'><button>Search</button></form><ul><li><a href='/locations/"
         "austin'>Austin</a></li><li><a href='/locations/dallas'>Dallas</a></li><li><a href='/locations/houston'>"
         "Houston</a></li></ul>"),
        location("/locations/austin", "Pathway Ketamine Clinics", "Pathway Ketamine Austin",
                 "600 Congress Avenue", "Austin", "TX", "78701"),
        location("/locations/dallas", "Pathway Ketamine Clinics", "Pathway Ketamine Dallas",
                 "2100 Ross Avenue", "Dallas", "TX", "75201"),
        location("/locations/houston", "Pathway Ketamine Clinics", "Pathway Ketamine Houston",
                 "900 Travis Street", "Houston", "TX", "77002"),
    ], {"Austin": (450.0, 450.0), "Dallas": (450.0, 450.0), "Houston": (450.0, 450.0)}),
    ("redesign-two-footers-same-price", [
        ("/", "Birchwood Ketamine", NAV + "<p>Ketamine infusions for depression and anxiety.</p>"
         + footer("Birchwood Ketamine · Infusions $450") + footer("© 2026 Birchwood Ketamine · Privacy")),
        ("/pricing", "Pricing | Birchwood Ketamine", NAV + "<p>Each ketamine infusion is $450.</p>"
         + footer("Birchwood Ketamine · Infusions $450") + footer("© 2026 Birchwood Ketamine · Privacy")),
    ], (450.0, 450.0)),
    ("spanish-page-same-price", [
        ("/", "Desert Bloom Ketamine", NAV + "<p>Ketamine infusions: $475 per infusion.</p><a href='/es'>Español"
         "</a>"),
        ("/es", "Desert Bloom Ketamine | Español", NAV + "<p>Infusiones de ketamina para la depresión. Cada "
         "infusión cuesta $475.</p>"),
    ], (475.0, 475.0)),
    ("spanish-only-price-english-call", [
        ("/", "Sol y Mar Ketamine", NAV + "<p>Ketamine infusions. Call us for pricing.</p>"),
        ("/es/precios", "Precios | Sol y Mar Ketamine", NAV + "<p>Consulta inicial: $150</p><p>Infusión de "
         "ketamina: $450 por sesión.</p>"),
    ], REVIEW),
    ("one-page-with-package-and-single", [
        ("/", "Aurora Infusion Therapy", "<h1>Aurora Infusion Therapy</h1><p>Ketamine infusions for mood "
         "disorders.</p><h2>Investment</h2><p>Single infusion $500</p><p>Series of six $2,700</p><p>Booster "
         "infusion $450</p><h2>Contact</h2><p>Call (555) 310-7788.</p>"),
        ("/privacy", "Privacy | Aurora Infusion Therapy", "<p>We never sell your data.</p>"),
    ], (450.0, 500.0)),
    ("multi-specialty-pain-practice", [
        ("/", "Summit Pain & Spine", NAV + "<p>Epidural injections, nerve blocks, spinal cord stimulation and "
         "ketamine infusions.</p>"),
        ("/self-pay", "Self-Pay Prices | Summit Pain & Spine", NAV + "<table><tr><td>Epidural steroid injection"
         "</td><td>$850</td></tr><tr><td>Trigger point injection</td><td>$150</td></tr><tr><td>Ketamine infusion "
         "for depression</td><td>$495</td></tr><tr><td>New patient visit</td><td>$225</td></tr></table>"),
    ], (495.0, 495.0)),
    ("hospital-no-price-charity-care", [
        ("/", "Behavioral Health | Mercy Valley Hospital", "<h1>Behavioral Health</h1><p>Inpatient and outpatient "
         "services, including esketamine and IV ketamine clinics.</p>"),
        ("/financial-assistance", "Financial Assistance | Mercy Valley Hospital", "<p>Households earning under "
         "$60,000 may qualify for free or discounted care.</p><p>A price estimate is available from our price "
         "transparency tool.</p>"),
    ], NONE),
    ("chain-finder-own-prices", [
        ("/", "Bluegrass Ketamine", NAV + "<p>Ketamine clinics across Kentucky.</p>"),
        ("/find-a-clinic", "Find a Clinic | Bluegrass Ketamine", NAV + "<p>Choose your clinic:</p><ul><li>"
         "Louisville</li><li>Lexington</li></ul>"),
        location("/louisville", "Bluegrass Ketamine", "Bluegrass Ketamine Louisville",
                 "500 W Main Street", "Louisville", "KY", "40202", "<p>Ketamine infusion: $450</p>"),
        location("/lexington", "Bluegrass Ketamine", "Bluegrass Ketamine Lexington",
                 "300 E Main Street", "Lexington", "KY", "40507", "<p>Ketamine infusion: $425</p>"),
    ], {"Louisville": (450.0, 450.0), "Lexington": (425.0, 425.0)}),
]

# --- Sites whose pages disagree or carry someone else's values --------------------------------------------------

DISAGREE = [
    ("redesign-two-footers-disagree", [
        ("/", "Hollow Creek Ketamine", NAV + "<p>Ketamine infusions.</p>"
         + footer("Ketamine infusions from $400") + footer("Ketamine infusions $475 · Book online")),
        ("/pricing", "Pricing | Hollow Creek Ketamine", NAV + "<p>Ketamine infusion: $475</p>"
         + footer("Ketamine infusions from $400") + footer("Ketamine infusions $475 · Book online")),
    ], REVIEW),
    ("spanish-page-old-price", [
        ("/", "Canyon Light Ketamine", NAV + "<p>Ketamine infusions: $495 per infusion.</p>"),
        ("/es", "Canyon Light Ketamine | Español", NAV + "<p>Infusiones de ketamina: $450 por infusión.</p>"),
    ], REVIEW),
    ("multi-specialty-other-clinic-referral", [
        ("/", "Oak Hill Medical Group", NAV + "<p>Family medicine, women's health and behavioral health.</p>"),
        ("/behavioral-health", "Behavioral Health | Oak Hill Medical Group", NAV + "<p>For ketamine infusions we "
         "refer patients to Clearmind Infusion Center, which charges $425 per infusion.</p><p>Therapy visits: "
         "$140.</p>"),
    ], NONE),
    ("hospital-blog-national-costs", [
        ("/", "Ketamine Clinic | Riverside University Health", "<h1>Ketamine Clinic</h1><p>IV ketamine for adults "
         "with treatment-resistant depression. Self-pay rate: $700 per infusion.</p>"),
        ("/news/ketamine-access", "Expanding ketamine access | Riverside University Health", "<article><p>Posted "
         "on March 4, 2026</p><p>Private clinics often charge $400 to $800 per infusion, putting treatment out "
         "of reach for many.</p></article>"),
    ], (700.0, 700.0)),
    ("chain-finder-lists-other-city-price", [
        ("/", "Great Lakes Ketamine", NAV + "<p>Ketamine infusions: $450.</p>"),
        ("/locations", "Locations | Great Lakes Ketamine", NAV + "<p>Our Detroit clinic is now open. Patients in "
         "Toledo can visit our partner clinic, Maumee Infusions, where infusions are $395.</p>"),
        location("/detroit", "Great Lakes Ketamine", "Great Lakes Ketamine Detroit",
                 "1200 Woodward Avenue", "Detroit", "MI", "48226"),
        location("/ann-arbor", "Great Lakes Ketamine", "Great Lakes Ketamine Ann Arbor",
                 "400 S State Street", "Ann Arbor", "MI", "48104"),
    ], {"Detroit": (450.0, 450.0), "Ann Arbor": (450.0, 450.0)}),
    ("image-site-alt-text-competitor", [
        ("/", "Velvet Sky Ketamine", "<img src='/hero.jpg' alt='Ketamine infusions from $350'><p>Ketamine "
         "infusions.</p>"),
        ("/pricing", "Pricing | Velvet Sky Ketamine", "<p>Ketamine infusion: $475</p><img src='/compare.png' "
         "alt='Other clinics charge $800'>"),
    ], (475.0, 475.0)),
    ("one-page-testimonial-price", [
        ("/", "Tall Pines Ketamine", "<h1>Tall Pines Ketamine</h1><p>Ketamine infusions: $450 each.</p><h2>What "
         "patients say</h2><blockquote>“I used to pay $750 an infusion in the city. Tall Pines changed my life.”"
         " — R. M.</blockquote>"),
        ("/book", "Book | Tall Pines Ketamine", "<p>Request an appointment online.</p>"),
    ], (450.0, 450.0)),
    ("multi-specialty-tms-spravato-prices", [
        ("/", "Bridgeview Psychiatry", NAV + "<p>Medication management, TMS, Spravato and IV ketamine.</p>"),
        ("/tms", "TMS | Bridgeview Psychiatry", NAV + "<p>Self-pay TMS: $300 per session.</p>"),
        ("/spravato", "Spravato | Bridgeview Psychiatry", NAV + "<p>Spravato treatment monitoring: $250 per "
         "session plus the medication.</p>"),
        ("/ketamine", "IV Ketamine | Bridgeview Psychiatry", NAV + "<p>IV ketamine infusions: $500 each.</p>"),
    ], (500.0, 500.0)),
    ("hospital-two-prices-inpatient-outpatient", [
        ("/", "Ketamine Service | Northbay Health", "<h1>Ketamine Service</h1><p>IV ketamine for depression in our "
         "outpatient infusion center.</p>"),
        ("/cost", "Cost | Northbay Health", "<p>Outpatient ketamine infusion: $600 self-pay.</p><p>The hospital "
         "facility fee of $350 is billed separately for each visit.</p>"),
    ], REVIEW),
    ("location-page-stale-price", [
        ("/", "Tristate Ketamine", NAV + "<p>Ketamine infusions: $475 at all our clinics.</p>"),
        location("/newark", "Tristate Ketamine", "Tristate Ketamine Newark",
                 "100 Broad Street", "Newark", "NJ", "07102", "<p>Ketamine infusion: $475</p>"),
        location("/stamford", "Tristate Ketamine", "Tristate Ketamine Stamford",
                 "200 Atlantic Street", "Stamford", "CT", "06901", "<p>Ketamine infusion: $525</p>"),
    ], {"Newark": (475.0, 475.0), "Stamford": (525.0, 525.0)}),
    ("translated-page-other-currency", [
        ("/", "Border Health Ketamine", NAV + "<p>Ketamine infusions: $450 USD per infusion.</p>"),
        ("/es", "Border Health Ketamine | Español", NAV + "<p>En Tijuana las infusiones cuestan $6,500 MXN.</p>"),
    ], (450.0, 450.0)),
    ("script-promo-and-text-price", [
        ("/", "Saltwater Ketamine", "<div class='popup' data-offer='$250 first infusion'></div><p>Ketamine "
         "infusions: $450 per infusion.</p><script>showPopup('First infusion only $250!')</script>"),
        ("/about", "About | Saltwater Ketamine", "<p>We opened in 2021.</p>"),
    ], (450.0, 450.0)),
]

SITES = AGREE + DISAGREE

# Read otherwise, held to precision only.
LEFT: list[str] = []

# Written after the fixes, at the edges of the rules they added: a call for one kind of price beside a published
# one, a "from" price some listed price meets, a one-time facility fee, a referral to a page rather than a clinic,
# a note that only US dollars are taken.
AFTER_FIXES = [
    ("call-for-package-pricing", [
        ("/", "Kestrel Ketamine", NAV + "<p>Ketamine infusion: $450.</p><p>Call us for package pricing.</p>"),
        ("/about", "About | Kestrel Ketamine", NAV + "<p>Two nurses, one anesthesiologist.</p>"),
    ], (450.0, 450.0)),
    ("from-price-met-by-a-listed-price", [
        ("/", "Moraine Ketamine", NAV + "<p>Ketamine infusions from $450.</p>"),
        ("/pricing", "Pricing | Moraine Ketamine", NAV + "<p>Ketamine infusion (mood): $450</p><p>Extended "
         "infusion for depression: $550</p>"),
    ], (450.0, 550.0)),
    ("facility-fee-first-visit-only", [
        ("/", "Juniper Hill Ketamine", NAV + "<p>Ketamine infusions: $475 each.</p>"),
        ("/new-patients", "New Patients | Juniper Hill Ketamine", NAV + "<p>A $50 facility fee applies to your "
         "first visit only.</p>"),
    ], (475.0, 475.0)),
    ("refer-to-a-page-not-a-clinic", [
        ("/", "Sagebrush Ketamine", NAV + "<p>Please refer to our FAQ for what to expect. Ketamine infusions are "
         "$450.</p>"),
        ("/faq", "FAQ | Sagebrush Ketamine", NAV + "<p>Most patients start with six infusions.</p>"),
    ], (450.0, 450.0)),
    ("us-dollars-only-note", [
        ("/", "Northern Border Ketamine", NAV + "<p>Ketamine infusions: $450 per infusion. We accept US dollars "
         "only; Canadian visitors are welcome.</p>"),
        ("/contact", "Contact | Northern Border Ketamine", NAV + "<p>Call (555) 480-2211.</p>"),
    ], (450.0, 450.0)),
]
