"""Sixth-round hold-out cases for the fee reader, written before any change they led to and measured first.

The format is that of tests/fee_holdout.py: each case gives, in page order, the reading of every amount — (kind,
amount) or (kind, amount, per-infusion minimum, per-infusion maximum), a kind may be a tuple of kinds equally
right — and the clinic's fee: a (fee_min, fee_max) pair published with high confidence, REVIEW (no fee with high
confidence) or NONE (no fee at all). A page case is (url path, title, body, amounts, fee). This round aims at what
the earlier rounds' rules may now over-reach: the clinic's own price beside words those rules use to drop someone
else's ("fee", "typical", "average", a city, a doctor's name, "estimate", an IV-therapy heading, a quoted director),
and the layouts of site builders (Wix booking lists, Squarespace and page-builder price tables, GoDaddy booking
cards, a hospital system's CMS, a chain's location template, a one-page landing site, a telehealth start-up), small
Spanish-language parts ("Precio por infusión"), and pages whose one price stands deep in a long text.
All text is written for these tests in the styles clinic sites use; none is copied from a real page.
"""

from tests.fee_holdout import ANY_OTHER, NONE, REVIEW

CHARGE_OR_OTHER = (*ANY_OTHER, "other_charge")

# --- The clinic's own price beside words that earlier rules use against someone else's ---------------------------

OWN = [
    ("Infusion fee: $450 (includes nursing, monitoring and recovery time)", [("infusion", 450.0)], (450.0, 450.0)),
    ("Ketamine infusion fee — $475 per visit", [("infusion", 475.0)], (475.0, 475.0)),
    ("Treatment fee per infusion: $460", [("infusion", 460.0)], (460.0, 460.0)),
    ("A typical infusion at Cedar Ketamine takes 45 minutes and costs $450.", [("infusion", 450.0)],
     (450.0, 450.0)),
    ("Our patients typically need six infusions; each one is $450.", [("infusion", 450.0)], (450.0, 450.0)),
    ("The national average is about $600 per infusion; ours is $450.",
     [("market_reference", 600.0), ("infusion", 450.0)], (450.0, 450.0)),
    ("Serving Scottsdale, Tempe and Mesa. Ketamine infusions: $450.", [("infusion", 450.0)], (450.0, 450.0)),
    ("Ketamine infusions at our Austin, Texas clinic are $425.", [("infusion", 425.0)], (425.0, 425.0)),
    ("Unlike Spravato, which needs insurance approval, our IV ketamine infusions are $450 self-pay.",
     [("infusion", 450.0)], (450.0, 450.0)),
    ("No deposit required. Ketamine infusions are $465, paid on the day of your visit.", [("infusion", 465.0)],
     (465.0, 465.0)),
    ("Ketamine infusion: $450. Free cancellation up to 24 hours before your appointment.",
     [("infusion", 450.0)], (450.0, 450.0)),
    ("No hidden fees: $450 per infusion covers the medicine, the nurse and the recovery room.",
     [("infusion", 450.0)], (450.0, 450.0)),
    ("Members save $50 on every infusion ($400 instead of $450).",
     [("discount", 50.0), ("membership", 400.0), ("infusion", 450.0)], (450.0, 450.0)),
    ("Ketamine Infusion\n45 min\n450 US dollars\nBook Now", [("infusion", 450.0)], (450.0, 450.0)),
    ("Ketamine Infusion Therapy\n$450.00\n1 hr 30 min", [("infusion", 450.0)], (450.0, 450.0)),
    ("Out-of-pocket cost: $475 per infusion (HSA and FSA cards accepted)", [("infusion", 475.0)],
     (475.0, 475.0)),
    ("You may have seen prices as high as $1,000 elsewhere; ours is $450 per infusion.",
     [("market_reference", 1000.0), ("infusion", 450.0)], (450.0, 450.0)),
    ("Six or eight infusions: $2,700 or $3,500 respectively.",
     [("series", 2700.0, 450.0, None), ("series", 3500.0, 437.5, None)], (437.5, 450.0)),
]

# --- Small Spanish-language parts of a US clinic's site -----------------------------------------------------------

SPANISH = [
    ("Precio por infusión: $450", [("infusion", 450.0)], (450.0, 450.0)),
    ("Infusión de ketamina — $475 por sesión", [("infusion", 475.0)], (475.0, 475.0)),
    ("Paquete de 6 infusiones: $2,400", [("series", 2400.0, 400.0, None)], (400.0, 400.0)),
    ("Ketamine infusion / Infusión de ketamina: $450", [("infusion", 450.0)], (450.0, 450.0)),
    # Traps in Spanish: the national average, a consultation, a cancellation charge.
    ("El costo promedio en Estados Unidos es de $600 por infusión.", [("market_reference", 600.0)], NONE),
    ("Consulta inicial: $200", [("consultation", 200.0)], NONE),
    ("Cancelaciones con menos de 24 horas de aviso: cargo de $100", [("other_charge", 100.0)], NONE),
]

# --- Someone else's price and market figures ---------------------------------------------------------------------

SOMEONE_ELSES = [
    ("The ketamine itself costs less than $10 per infusion; what you pay for is the nursing care.",
     [(ANY_OTHER + ("market_reference",), 10.0)], NONE),
    ("Some telehealth companies sell at-home ketamine from $129 a month.",
     [(("market_reference", "financing", "membership", "session"), 129.0)], NONE),
    ("Market prices run from $550 to $1,200 per session, depending on the provider.",
     [("market_reference", 550.0)], NONE),
    ("Hospital-affiliated programs in the Bay Area list infusions at $1,100 to $1,400.",
     [("market_reference", 1100.0)], NONE),
    ("When our founder priced infusions at other Ohio clinics in 2024, most asked $700.",
     [("market_reference", 700.0)], NONE),
    ("In Canada, an infusion typically costs $375 to $850.", [("market_reference", 375.0)], NONE),
]

# --- Charges and services that are not the infusion price ---------------------------------------------------------

CHARGES = [
    ("A $200 deposit holds your six-infusion series.", [("other_charge", 200.0)], NONE),
    ("Late arrival (more than 15 minutes): $50", [(CHARGE_OR_OTHER, 50.0)], NONE),
    ("Home visit fee: $150, added to the infusion price.", [("other_charge", 150.0)], NONE),
    ("Lab work, if your doctor has none on file: $85", [(CHARGE_OR_OTHER + ("consultation",), 85.0)], NONE),
    ("EKG before your first infusion: $45", [(CHARGE_OR_OTHER + ("consultation", "intro"), 45.0)], NONE),
    ("Initial psychiatric evaluation: $350", [("consultation", 350.0)], NONE),
    ("Returned-check fee: $35", [("other_charge", 35.0)], NONE),
]

OTHER_SERVICES = [
    ("At-home ketamine program: $249 for your first month, then $199 a month.",
     [(("intro", "financing", "membership", "session"), 249.0),
      (("financing", "membership", "session"), 199.0)], NONE),
    ("Sublingual ketamine tablets, 30-day supply: $150", [("session", 150.0)], NONE),
    ("Stellate ganglion block: $1,500", [("other_service", 1500.0)], NONE),
    ("TMS therapy: $350 per session (most insurance accepted)", [(("other_service", "insurance"), 350.0)], NONE),
    ("Virtual follow-up with our nurse practitioner: $120", [(("consultation", "other_service"), 120.0)], NONE),
    ("Finance your series for as little as $375 a month, interest-free.", [("financing", 375.0)], NONE),
]

TEXT_CASES = {
    "own": OWN, "spanish": SPANISH, "someone_elses": SOMEONE_ELSES, "charges": CHARGES,
    "other_services": OTHER_SERVICES,
}

_PROSE = (
    "<p>Ketamine was first made in the 1960s and has been used safely in operating rooms ever since. At low doses "
    "it acts on glutamate, a messenger the brain uses to build new connections.</p>"
    "<p>Many of our patients have tried several antidepressants before coming to us. Some notice a lift within a "
    "day; for others it takes two or three visits.</p>"
    "<p>During your visit you rest in a private room with dimmed lights and music of your choosing. A nurse checks "
    "your blood pressure, heart rate and oxygen throughout.</p>"
    "<p>Afterwards you stay with us until you feel steady. Someone must drive you home, and you should not drive "
    "until the next morning.</p>"
)

# --- Whole pages --------------------------------------------------------------------------------------------------

PAGES = [
    # Wix booking list: name, length, price and button each in its own block.
    ("/book-online", "Book Online | Sage Ketamine",
     "<ul><li><p>Free Phone Consultation</p><p>15 min</p><p>Free</p><p>Book Now</p></li><li><p>Ketamine Infusion"
     "</p><p>1 hr</p><p>$450</p><p>Book Now</p></li><li><p>Myers' Cocktail</p><p>45 min</p><p>$159</p>"
     "<p>Book Now</p></li></ul>",
     [("infusion", 450.0), ("other_service", 159.0)], (450.0, 450.0)),
    # Squarespace: a title, the price, then a description, block after block.
    ("/pricing", "Pricing — Sage Ketamine",
     "<h3>Single Infusion</h3><p>$475</p><p>Our standard infusion for depression, anxiety, PTSD and OCD.</p>"
     "<h3>Pain Protocol</h3><p>$1,200</p><p>A four-hour infusion for CRPS, fibromyalgia and neuropathy.</p>",
     [("infusion", 475.0), ("pain_infusion", 1200.0)], (475.0, 475.0)),
    # Page-builder price table: currency, whole part and period in their own elements.
    ("/ketamine-pricing", "Ketamine Pricing | Harbor Mind",
     "<div class='elementor-price-table'><h3 class='elementor-price-table__heading'>Ketamine Infusion</h3>"
     "<div class='elementor-price-table__price'><span class='elementor-price-table__currency'>$</span>"
     "<span class='elementor-price-table__integer-part'>495</span><span class='elementor-price-table__period'>"
     "/ infusion</span></div><ul><li>Medical monitoring</li><li>Anti-nausea medicine</li></ul></div>",
     [("infusion", 495.0)], (495.0, 495.0)),
    # GoDaddy booking card.
    ("/appointments", "Appointments | Harbor Mind",
     "<div><h4>Ketamine IV Infusion</h4><p>1 hour 30 minutes</p><p>$450.00</p><button>Book</button></div>"
     "<div><h4>Hydration IV</h4><p>45 minutes</p><p>$125.00</p><button>Book</button></div>",
     [("infusion", 450.0), ("other_service", 125.0)], (450.0, 450.0)),
    # A hospital system's CMS: breadcrumbs, an estimate in its own voice, a price-transparency line.
    ("/services/psychiatry/ketamine-clinic", "Ketamine Clinic | Lakeshore Health",
     "<nav>Home › Services › Psychiatry › Ketamine Clinic</nav><h1>Ketamine Clinic</h1>"
     "<h2>Cost and insurance</h2>"
     "<p>Ketamine infusions for depression are not covered by most insurance plans. The self-pay price at "
     "Lakeshore Health is $650 per infusion, which includes the facility and professional fees.</p>"
     "<p>Spravato is covered by many plans; our financial counselors can check your benefits.</p>",
     [("infusion", 650.0)], (650.0, 650.0)),
    # A chain's location template: this location's price, and a word about the others.
    ("/locations/scottsdale", "Scottsdale | Mesa Verde Ketamine",
     "<h1>Mesa Verde Ketamine — Scottsdale</h1><p>7400 E Camelback Rd, Suite 210, Scottsdale, AZ 85251</p>"
     "<h2>Pricing at this location</h2><p>Ketamine infusion: $450</p><p>Six-infusion series: $2,400</p>"
     "<p>Prices at our other locations may differ.</p><h2>Other locations</h2><p>Tucson · Flagstaff · Mesa</p>",
     [("infusion", 450.0), ("series", 2400.0, 400.0, None)], (400.0, 450.0)),
    # A one-page landing site with its one price deep in the text under an "About ketamine" heading.
    ("/", "Willow Ketamine | Boise, Idaho",
     "<h1>Feel like yourself again</h1><p>IV ketamine in Boise.</p><h2>About ketamine</h2>" + _PROSE
     + "<h2>What to expect</h2>" + _PROSE + "<p>Each infusion is $425, and there is no charge for your first "
     "phone call with our nurse.</p><h2>Contact</h2><p>Call 208-555-0147</p>",
     [("infusion", 425.0)], (425.0, 425.0)),
    # A telehealth start-up: its own plans are not infusions; in-clinic prices are the market's.
    ("/pricing", "Pricing | Dawnlight (at-home ketamine)",
     "<h1>Simple monthly plans</h1><p>Starter: $199/month — 4 guided at-home sessions</p><p>Plus: $299/month — "
     "6 sessions and coaching</p><p>In-clinic IV infusions usually cost $500 to $1,000 each.</p>",
     [(("membership", "financing", "session"), 199.0), (("membership", "financing", "session"), 299.0),
      ("market_reference", 500.0)], NONE),
    # Spanish headings around the clinic's own prices and address.
    ("/es/precios", "Precios | Clínica Luz Ketamina",
     "<h1>Precios</h1><p>Infusión de ketamina: $450</p><p>Paquete de seis infusiones: $2,400</p>"
     "<h2>Dirección</h2><p>1450 SW 8th St, Suite 300, Miami, FL 33135</p>",
     [("infusion", 450.0), ("series", 2400.0, 400.0, None)], (400.0, 450.0)),
    # An IV-therapy heading over a ketamine line that names itself.
    ("/iv-therapy", "IV Therapy | Bloom Wellness",
     "<h2>IV Therapy</h2><p>Ketamine infusion: $450</p><p>Myers' Cocktail: $150</p><p>NAD+ 500 mg: $450</p>",
     [("infusion", 450.0), ("other_service", 150.0), ("other_service", 450.0)], (450.0, 450.0)),
    # The medical director speaking for the clinic, quoted with "our".
    ("/about", "About | Bloom Ketamine",
     "<h2>Why we opened</h2><p>“We wanted one honest price: $450 per infusion, with nothing added,” says Dr. "
     "Alvarez, our medical director.</p>", [("infusion", 450.0)], (450.0, 450.0)),
    # A long FAQ: the question asks about elsewhere first, the clinic answers later.
    ("/faq", "FAQ | Bloom Ketamine",
     "<h3>Why are ketamine prices so different from clinic to clinic?</h3><p>Nothing sets a common price; many "
     "clinics charge $800 or more.</p><h3>How long is an infusion?</h3><p>About 45 minutes.</p><h3>What do you "
     "charge?</h3><p>$450 per infusion, all-inclusive.</p>",
     [("market_reference", 800.0), ("infusion", 450.0)], (450.0, 450.0)),
    # Traps on whole pages.
    ("/insurance", "Insurance & Billing | Lakeshore Health",
     "<h2>Price transparency</h2><table><tr><th>Service</th><th>CPT</th><th>Gross charge</th><th>Discounted cash "
     "price</th></tr><tr><td>IV infusion, first hour</td><td>96365</td><td>$1,842</td><td>$620</td></tr></table>",
     [(("insurance", "unknown", "infusion"), 1842.0), (("insurance", "unknown", "infusion"), 620.0)], REVIEW),
    ("/blog/is-ketamine-worth-it", "Is Ketamine Worth It? | Willow Ketamine",
     "<h1>Is ketamine worth the cost?</h1><p>By Willow Ketamine staff</p><p>A course of six infusions costs "
     "$2,400 to $4,800 at most clinics.</p>", [("market_reference", 2400.0)], NONE),
    ("/gift-certificates", "Gift Certificates | Sage Ketamine",
     "<h1>Gift certificates</h1><p>Give the gift of wellness.</p><p>$100</p><p>$250</p><p>$500</p>",
     [(CHARGE_OR_OTHER, 100.0), (CHARGE_OR_OTHER, 250.0), (CHARGE_OR_OTHER, 500.0)], NONE),
    ("/policies", "Policies | Harbor Mind",
     "<h2>Cancellation</h2><p>Please give 48 hours' notice. Late cancellations are charged $150.</p>"
     "<h2>Payment</h2><p>Payment is due at the time of service. A $25 fee applies to declined cards.</p>",
     [("other_charge", 150.0), ("other_charge", 25.0)], NONE),
    ("/spravato", "Spravato | Harbor Mind",
     "<h1>Spravato (esketamine)</h1><p>Spravato is an FDA-approved nasal spray for treatment-resistant "
     "depression.</p><h2>Cost</h2><p>With insurance most patients pay a copay of $10 to $50. Without coverage "
     "each session is $850.</p>", [(("insurance", "spravato"), 10.0), ("spravato", 850.0)], NONE),
    ("/conditions/chronic-pain", "Chronic Pain | Sage Ketamine",
     "<h1>Ketamine for chronic pain</h1>" + _PROSE + "<p>Pain infusions last up to four hours and are $1,100.</p>",
     [("pain_infusion", 1100.0)], NONE),
]

# --- Cases left as they read: the reading above is the right one, the reader's differs but publishes no wrong fee --

LEFT = {
    "/spravato": "'most patients pay a copay' in the sentence before makes the self-pay price a market figure: no "
                 "fee, which is right",
    "/compare": "a telehealth page's 'In-clinic IV' column is not known for someone else's: its range goes to "
                "review (low confidence) instead of no fee",
}

# --- Written after the fixes: each new rule beside a sentence it must leave alone ----------------------------------

AFTER_FIXES = [
    # "instead of" names the regular price, and a count in its sentence still divides it.
    ("Prepay six infusions for $2,400 instead of $2,700.",
     [("series", 2400.0, 400.0, None), ("series", 2700.0, 450.0, None)], (400.0, 450.0)),
    ("Members pay $399 instead of $450 per infusion.", [("membership", 399.0), ("infusion", 450.0)],
     (450.0, 450.0)),
    # The clinic's own staff speak for it; its patients, and what the staff say of others, do not.
    ("Our founder, Dr. Reyes, said: “We keep infusions at $450.”", [("infusion", 450.0)], (450.0, 450.0)),
    ("“Hospitals charge $1,500 or more,” says our medical director.", [("market_reference", 1500.0)], NONE),
    ("“I paid $900 a session at my last clinic,” says our nurse, Kim.", [("third_party", 900.0)], NONE),
    ("“Infusions are $450 here,” says Dana, one of our patients.", [("third_party", 450.0)], NONE),
    ("“We charge $395,” said Dr. Alvarez.", [("third_party", 395.0)], NONE),
    # Someone else in the sentence before: a price in doubt when that sentence speaks of no price, else theirs.
    ("Most clinics ask for a referral. Infusions are $450.", [("infusion", 450.0)], REVIEW),
    ("Some providers offer IM injections instead. Infusions are $450.", [("infusion", 450.0)], REVIEW),
    ("Prices across the country vary. A single infusion is about $500.", [("market_reference", 500.0)], NONE),
    ("Many clinics require a referral; we do not. Infusions are $450.", [("infusion", 450.0)], (450.0, 450.0)),
    # A fee named by no treatment is a charge; a treatment's fee is its price.
    ("A $75 after-hours fee is added to your bill.", [("other_charge", 75.0)], NONE),
    ("There is a $25 fee for declined cards.", [("other_charge", 25.0)], NONE),
    ("A $450 infusion fee covers everything.", [("infusion", 450.0)], (450.0, 450.0)),
    # Spanish conditions, boosters and counts.
    ("Infusión de ketamina para dolor crónico: $900", [("pain_infusion", 900.0)], NONE),
    ("Infusión para depresión o ansiedad: $450", [("infusion", 450.0)], (450.0, 450.0)),
    ("Sesión de mantenimiento: $400", [("booster", 400.0)], REVIEW),
    ("Tres infusiones por $1,350", [("series", 1350.0, 450.0, None)], (450.0, 450.0)),
    # A booking card's length line between its title and its price.
    ("Ketamine Infusion\n1 hr 15 min\n$475\nBook", [("infusion", 475.0)], (475.0, 475.0)),
    ("Hydration Drip\n45 min\n$129", [("other_service", 129.0)], NONE),
]
AFTER_FIXES_PAGES = [
    ("/services", "Services | Harbor Mind",
     "<div><h4>Myers' Cocktail</h4><p>45 minutes</p><p>$159.00</p></div><div><h4>Ketamine Infusion</h4>"
     "<p>1 hour</p><p>$450.00</p></div>", [("other_service", 159.0), ("infusion", 450.0)], (450.0, 450.0)),
    ("/es", "Inicio | Clínica Luz Ketamina",
     "<h2>Tarifas</h2><p>Consulta inicial: $200</p><p>Infusión de ketamina: $450</p><p>Cancelaciones tardías: "
     "$100</p>", [("consultation", 200.0), ("infusion", 450.0), ("other_charge", 100.0)], (450.0, 450.0)),
]

# Written with the second batch's fixes: clinics the clinic names as another's, a chain's offer at some of its
# clinics, a plan card's count under its price.
AFTER_FIXES += [
    ("Our partner clinics in Ohio charge $425 per infusion.", [("market_reference", 425.0)], NONE),
    ("Our sister practice's providers charge $500 per infusion.", [("market_reference", 500.0)], NONE),
    ("Our Phoenix and Tempe clinics charge $450 per infusion.", [("infusion", 450.0)], (450.0, 450.0)),
    ("Infusions from $399 at participating locations.", [("intro", 399.0)], NONE),
]
AFTER_FIXES_PAGES += [
    ("/plans-pricing", "Plans & Pricing | Sage Ketamine",
     "<div><h2>Booster</h2><p>$425</p><p>Valid for 1 infusion</p></div><div><h2>Maintenance Pack</h2><p>$1,200</p>"
     "<p>Valid for 3 infusions</p></div>",
     [("booster", 425.0), ("booster", 1200.0, 400.0, None)], REVIEW),
]

# --- A second fresh batch, written after the fixes above and measured before any change it led to ----------------

SECOND_BATCH = [
    ("Ketamine Infusion · 1 hr · US$450", [("infusion", 450.0)], (450.0, 450.0)),
    ("Estimated self-pay price for one ketamine infusion at our hospital: $1,150",
     [("infusion", 1150.0)], (1150.0, 1150.0)),
    ("All prices are per infusion. Mood: $450. Pain: $850.", [("infusion", 450.0), ("pain_infusion", 850.0)],
     (450.0, 450.0)),
    ("Costo por infusión: $475 (aceptamos HSA/FSA)", [("infusion", 475.0)], (475.0, 475.0)),
    ("Typical cost at our Tucson location: $425 per infusion.", [("infusion", 425.0)], (425.0, 425.0)),
    ("Ketamine infusions — $450. Serving patients from Dallas, Fort Worth and Arlington since 2017.",
     [("infusion", 450.0)], (450.0, 450.0)),
    # Traps
    ("In 2019 the average infusion in Texas was $700; today most clinics there charge $550.",
     [("market_reference", 700.0), ("market_reference", 550.0)], NONE),
    ("Our parent company's clinics in Florida charge $399 per infusion.",
     [(("market_reference", "third_party", "infusion"), 399.0)], REVIEW),
    ("Uber Health rides to and from your infusion: $30 each way.", [(CHARGE_OR_OTHER, 30.0)], NONE),
    ("Nitrous oxide add-on during your infusion: $75", [(ANY_OTHER, 75.0)], NONE),
    ("Esketamine (Spravato) self-pay rate: $875 per visit", [("spravato", 875.0)], NONE),
    ("Precio promedio de una infusión en Florida: $550", [("market_reference", 550.0)], NONE),
    ("Our ketamine program costs $35 a month to join, and each infusion is billed separately.",
     [(("membership", "financing"), 35.0)], NONE),
    ("Ketamine costs pennies per dose; clinics charge $400 to $800 for the care around it.",
     [("market_reference", 400.0)], NONE),
]

SECOND_BATCH_PAGES = [
    # A Wix pricing-plans widget: plan name, price, period, features.
    ("/plans-pricing", "Plans & Pricing | Sage Ketamine",
     "<div><h2>Single Infusion</h2><p>$475</p><p>Valid for one infusion</p><ul><li>Nurse monitoring</li></ul>"
     "</div><div><h2>Induction Series</h2><p>$2,550</p><p>Valid for 6 infusions</p></div>",
     [("infusion", 475.0), ("series", 2550.0, 425.0, None)], (425.0, 475.0)),
    # A chain's template: national "starting at" banner beside this clinic's own table.
    ("/locations/omaha", "Omaha | Prairie Ketamine",
     "<div class='banner'>Infusions starting at $399 at select locations</div><h1>Prairie Ketamine — Omaha</h1>"
     "<h2>Omaha pricing</h2><p>Ketamine infusion: $450</p>",
     [("intro", 399.0), ("infusion", 450.0)], (450.0, 450.0)),
    # A landing page whose only price is in the FAQ at the bottom, under a question with "cost".
    ("/", "Riverbend Ketamine | Spokane",
     "<h1>Riverbend Ketamine</h1>" + _PROSE + "<h3>What does it cost?</h3><p>$465 per infusion. We offer a "
     "superbill on request.</p><footer><p>Riverbend Ketamine · 1200 N Monroe St, Spokane, WA 99201</p></footer>",
     [("infusion", 465.0)], (465.0, 465.0)),
    # A telehealth page comparing itself with clinic prices in a table.
    ("/compare", "Compare | Dawnlight",
     "<table><tr><th></th><th>Dawnlight at-home</th><th>In-clinic IV</th></tr><tr><td>Per session</td>"
     "<td>$99</td><td>$450–$800</td></tr></table>",
     [(("session", "unknown", "market_reference"), 99.0), (("market_reference", "infusion"), 450.0)], NONE),
    # A hospital's news page quoting its own price.
    ("/news/ketamine-clinic-opens", "Ketamine Clinic Opens | Lakeshore Health",
     "<p>March 3, 2026</p><h1>Lakeshore opens ketamine clinic</h1><p>Infusions will cost $650, a spokesperson "
     "said.</p>", [("third_party", 650.0)], NONE),
]
