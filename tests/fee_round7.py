"""Seventh-round hold-out cases for the fee reader: whole sites, as the crawler reads them, written before any change.

Each case is (id, pages, fee): pages are (url path, title, HTML body) in crawl order, the home page first, each read
by read_page and all of them together by clinics_from_site; fee is what every clinic item of the site publishes —
a (fee_min, fee_max) pair with high confidence, REVIEW (no fee with high confidence) or NONE (no fee at all) — or,
for a chain, a dict from each location's city to that. Real sites spread what matters over pages: a teaser on the
home page, a pricing page, a blog post quoting other clinics, an FAQ, a contact page, a chain's location pages, a
footer repeated on every page, a forgotten page with an old price, a page for another service line. DISAGREE lists
the sites whose pages disagree or carry someone else's values. All text is written for these tests in the styles
clinic sites use; none is copied from a real page."""

import json

from tests.fee_holdout import NONE, REVIEW


def ld(kind: str, name: str, street: str, city: str, state: str, postal: str, phone: str = "") -> str:
    data = {"@context": "https://schema.org", "@type": kind, "name": name, "telephone": phone,
            "address": {"@type": "PostalAddress", "streetAddress": street, "addressLocality": city,
                        "addressRegion": state, "postalCode": postal}}
    return f"<script type='application/ld+json'>{json.dumps(data)}</script>"


def footer(*lines: str) -> str:
    return "<footer>" + "".join(f"<p>{line}</p>" for line in lines) + "</footer>"


NAV = ("<nav><a href='/'>Home</a> <a href='/pricing'>Pricing</a> <a href='/faq'>FAQ</a> "
       "<a href='/contact'>Contact</a></nav>")

# --- Sites whose pages agree, with other charges and other services around the clinic's price ------------------

AGREE = [
    ("teaser-home-then-pricing", [
        ("/", "Home | Summit Ketamine", NAV + "<h1>Relief can start this week</h1><p>IV ketamine infusions for "
         "depression and PTSD, starting at $450.</p><a href='/pricing'>See pricing</a>"),
        ("/pricing", "Pricing | Summit Ketamine", NAV + "<h1>Transparent pricing</h1><table><tr><td>Single infusion"
         "</td><td>$450</td></tr><tr><td>Series of six infusions</td><td>$2,550</td></tr></table>"),
    ], (425.0, 450.0)),
    ("footer-financing-every-page", [
        ("/", "Harbor Mind Clinic", NAV + "<h1>Harbor Mind Clinic</h1><p>Ketamine infusion therapy in a calm, "
         "private room.</p>" + footer("Financing from $99/month with approved credit.", "Free phone consultation.")),
        ("/pricing", "Pricing | Harbor Mind Clinic", NAV + "<h2>What an infusion costs</h2><p>Each ketamine "
         "infusion is $475, including monitoring and recovery.</p>"
         + footer("Financing from $99/month with approved credit.", "Free phone consultation.")),
        ("/about", "About | Harbor Mind Clinic", NAV + "<p>Our anesthesiologists have given over 5,000 infusions."
         "</p>" + footer("Financing from $99/month with approved credit.", "Free phone consultation.")),
    ], (475.0, 475.0)),
    ("faq-answers-the-price", [
        ("/", "Bluewater Ketamine Center", NAV + "<h1>Bluewater Ketamine Center</h1><p>Ketamine infusions for "
         "treatment-resistant depression.</p>"),
        ("/faq", "FAQ | Bluewater Ketamine Center", NAV + "<h3>Is ketamine safe?</h3><p>Yes, at the low doses we "
         "use, under continuous monitoring.</p><h3>How much does an infusion cost?</h3><p>Our infusions are $495 "
         "each. We do not bill insurance, but we provide a superbill.</p><h3>How many will I need?</h3><p>Most "
         "patients start with six.</p>"),
    ], (495.0, 495.0)),
    ("contact-page-charges", [
        ("/", "Cedar Ridge Infusions", NAV + "<h1>Cedar Ridge Infusions</h1><p>IV ketamine for mood disorders."
         "</p>"),
        ("/pricing", "Pricing | Cedar Ridge Infusions", NAV + "<p>Ketamine infusion (mood): $500</p>"),
        ("/contact", "Contact | Cedar Ridge Infusions", NAV + "<h2>Before your visit</h2><p>A $150 medical "
         "consultation is required before your first infusion.</p><p>Appointments cancelled with less than 48 "
         "hours notice are charged $100.</p>"),
    ], (500.0, 500.0)),
    ("other-service-lines", [
        ("/", "Renew Wellness & Infusion", NAV + "<h1>Renew Wellness</h1><p>Ketamine infusions, IV vitamin "
         "therapy and medical weight loss under one roof.</p>"),
        ("/weight-loss", "Medical Weight Loss | Renew Wellness", NAV + "<h2>Semaglutide program</h2><p>$299 per "
         "month, including weekly check-ins.</p>"),
        ("/iv-therapy", "IV Therapy Menu | Renew Wellness", NAV + "<ul><li>NAD+ infusion (500 mg) — $450</li>"
         "<li>Myers' cocktail — $150</li><li>Immunity drip — $175</li></ul>"),
        ("/ketamine", "Ketamine Infusions | Renew Wellness", NAV + "<h2>Ketamine infusion therapy</h2><p>Each "
         "40-minute ketamine infusion is $525.</p>"),
    ], (525.0, 525.0)),
    ("intro-offer-banner-home", [
        ("/", "Lakeside Ketamine", NAV + "<div class='banner'>New patients: $100 off your first infusion!</div>"
         "<h1>Lakeside Ketamine</h1><p>Ketamine infusions for depression, anxiety and PTSD.</p>"),
        ("/pricing", "Fees | Lakeside Ketamine", NAV + "<p>Ketamine infusion: $475 per session</p><p>Booster "
         "infusions: $425</p>"),
    ], (475.0, 475.0)),
    ("membership-page-beside-pricing", [
        ("/", "Northstar Infusion Clinic", NAV + "<h1>Northstar</h1><p>IV ketamine infusions.</p>"),
        ("/pricing", "Pricing | Northstar Infusion Clinic", NAV + "<p>Ketamine infusion — $475</p>"),
        ("/membership", "Membership | Northstar Infusion Clinic", NAV + "<h2>Northstar Plus</h2><p>For $49 a "
         "month, members pay $399 per maintenance infusion.</p>"),
    ], (475.0, 475.0)),
    ("pain-and-mood-pages", [
        ("/", "Relief Infusion Partners", NAV + "<h1>Relief Infusion Partners</h1>"),
        ("/depression", "Depression | Relief Infusion Partners", NAV + "<h2>Ketamine for depression</h2><p>Mood "
         "infusions last 45 minutes and cost $450.</p>"),
        ("/chronic-pain", "Chronic Pain | Relief Infusion Partners", NAV + "<h2>Ketamine for CRPS and "
         "fibromyalgia</h2><p>Pain infusions run four hours; each is $1,100.</p>"),
    ], (450.0, 450.0)),
    ("gift-cards-and-careers", [
        ("/", "Evergreen Ketamine", NAV + "<p>Ketamine infusions for depression. Infusions are $450.</p>"),
        ("/gift-cards", "Gift Cards | Evergreen Ketamine", NAV + "<p>Give the gift of wellness. Gift cards come "
         "in $50, $100 and $250.</p>"),
        ("/careers", "Careers | Evergreen Ketamine", NAV + "<h2>Infusion nurse (RN)</h2><p>Part time, $48 to "
         "$55 per hour, depending on experience.</p>"),
    ], (450.0, 450.0)),
    ("packages-page-and-home-single", [
        ("/", "Clearview Ketamine", NAV + "<h1>Clearview Ketamine</h1><p>Single ketamine infusion: $475</p>"),
        ("/packages", "Packages | Clearview Ketamine", NAV + "<h2>Save with a package</h2><p>Six-infusion "
         "package: $2,400 (paid up front)</p>"),
    ], (400.0, 475.0)),
    ("financing-page", [
        ("/", "Sunrise Infusion Center", NAV + "<p>Ketamine infusions for depression.</p>"),
        ("/pricing", "Pricing | Sunrise Infusion Center", NAV + "<p>Ketamine infusions are $450 each.</p>"),
        ("/financing", "Financing | Sunrise Infusion Center", NAV + "<p>Pay over time with CareCredit: payments "
         "as low as $85 a month on a six-infusion series.</p>"),
    ], (450.0, 450.0)),
    ("kap-and-iv-service-lines", [
        ("/", "Willow Integrative Psychiatry", NAV + "<p>Psychiatry, ketamine-assisted psychotherapy and IV "
         "ketamine.</p>"),
        ("/kap", "Ketamine-Assisted Psychotherapy | Willow", NAV + "<p>KAP sessions with sublingual ketamine: "
         "$350 per session, including preparation and integration.</p>"),
        ("/iv-ketamine", "IV Ketamine | Willow", NAV + "<p>IV ketamine infusions: $500 per infusion.</p>"),
    ], (500.0, 500.0)),
    ("same-price-on-three-pages", [
        ("/", "Pine Valley Ketamine", NAV + "<p>Ketamine infusions, $450 each, no hidden fees.</p>"),
        ("/pricing", "Pricing | Pine Valley Ketamine", NAV + "<p>Ketamine infusion: $450</p>"),
        ("/faq", "FAQ | Pine Valley Ketamine", NAV + "<h3>What does it cost?</h3><p>Each infusion is $450.</p>"),
    ], (450.0, 450.0)),
    ("we-moved-banner", [
        ("/", "Granite State Ketamine", NAV + "<div class='notice'>We moved! Find us at our new office on Elm "
         "Street from March 1.</div><p>Ketamine infusions: $465.</p>"),
        ("/about", "About | Granite State Ketamine", NAV + "<p>Founded in 2019 by anesthesiologists.</p>"),
    ], (465.0, 465.0)),
    ("consultation-only-and-call", [
        ("/", "Meridian Ketamine", NAV + "<p>Ketamine infusions for depression and PTSD.</p>"),
        ("/pricing", "Pricing | Meridian Ketamine", NAV + "<p>Initial psychiatric consultation: $250</p><p>Please "
         "call our office for infusion pricing.</p>"),
    ], NONE),
    ("holiday-special-only", [
        ("/", "Brightpath Ketamine", NAV + "<p>Ketamine infusions in a spa-like setting.</p>"),
        ("/specials", "Specials | Brightpath Ketamine", NAV + "<h2>Holiday special</h2><p>First infusion just "
         "$299 for new patients booked before December 31.</p>"),
    ], NONE),
    ("json-ld-offer-and-text", [
        ("/", "Oakmont Ketamine", NAV + "<p>IV ketamine infusions.</p>"),
        ("/pricing", "Pricing | Oakmont Ketamine", NAV + "<script type='application/ld+json'>" + json.dumps({
            "@context": "https://schema.org", "@type": "Service", "name": "Ketamine infusion",
            "offers": {"@type": "Offer", "price": "450", "priceCurrency": "USD"}}) + "</script>"
         "<p>Ketamine infusion — $450</p>"),
    ], (450.0, 450.0)),
    ("chain-one-price", [
        ("/", "Front Range Ketamine", NAV + "<p>Three Colorado clinics. Every ketamine infusion is $450.</p>"),
        ("/locations/denver", "Denver | Front Range Ketamine", NAV + ld(
            "MedicalClinic", "Front Range Ketamine Denver", "1500 Grant Street", "Denver", "CO", "80203")
         + "<p>1500 Grant Street, Denver, CO 80203</p>"),
        ("/locations/boulder", "Boulder | Front Range Ketamine", NAV + ld(
            "MedicalClinic", "Front Range Ketamine Boulder", "2400 Pearl Street", "Boulder", "CO", "80302")
         + "<p>2400 Pearl Street, Boulder, CO 80302</p>"),
    ], {"Denver": (450.0, 450.0), "Boulder": (450.0, 450.0)}),
    ("chain-own-prices", [
        ("/", "Gulf Coast Ketamine", NAV + "<p>Ketamine clinics in Tampa and Sarasota.</p>"),
        ("/tampa", "Tampa | Gulf Coast Ketamine", NAV + ld(
            "MedicalClinic", "Gulf Coast Ketamine Tampa", "400 N Ashley Drive", "Tampa", "FL", "33602")
         + "<p>400 N Ashley Drive, Tampa, FL 33602</p><p>Ketamine infusions at our Tampa clinic: $450.</p>"),
        ("/sarasota", "Sarasota | Gulf Coast Ketamine", NAV + ld(
            "MedicalClinic", "Gulf Coast Ketamine Sarasota", "1800 Main Street", "Sarasota", "FL", "34236")
         + "<p>1800 Main Street, Sarasota, FL 34236</p><p>Ketamine infusions in Sarasota: $495.</p>"),
    ], {"Tampa": (450.0, 450.0), "Sarasota": (495.0, 495.0)}),
]

# --- Sites whose pages disagree or carry someone else's values ---------------------------------------------------

DISAGREE = [
    ("blog-quotes-hospital-programs", [
        ("/", "Aspen Ketamine", NAV + "<p>Ketamine infusions for depression.</p>"),
        ("/pricing", "Pricing | Aspen Ketamine", NAV + "<p>Ketamine infusion: $450</p>"),
        ("/blog/why-prices-vary", "Why ketamine prices vary | Aspen Ketamine", NAV + "<article><h1>Why ketamine "
         "prices vary</h1><p>Posted on May 2, 2026</p><p>Hospital programs often charge $700 to $1,200 for a "
         "single infusion, while some clinics advertise $350.</p></article>"),
    ], (450.0, 450.0)),
    ("cost-guide-without-blog-url", [
        ("/", "Riverbend Ketamine", NAV + "<p>IV ketamine infusions.</p>"),
        ("/ketamine-cost-guide", "How Much Does Ketamine Cost? | Riverbend Ketamine", NAV + "<h1>How much does "
         "ketamine cost?</h1><p>Across the United States, ketamine infusions range from $400 to $2,000 each, and "
         "a first series of six can run $2,400 to $4,800.</p>"),
        ("/pricing", "Pricing | Riverbend Ketamine", NAV + "<p>Ketamine infusion: $475</p>"),
    ], (475.0, 475.0)),
    ("only-a-blog-with-national-figures", [
        ("/", "Stillwater Ketamine", NAV + "<p>Ketamine infusions for depression. Call for pricing.</p>"),
        ("/blog/cost-of-ketamine", "The cost of ketamine | Stillwater Ketamine", NAV + "<article><p>By Dr. Maya "
         "Chen</p><p>Nationally, infusions cost $400 to $800.</p></article>"),
    ], NONE),
    ("old-price-list-page", [
        ("/", "Foothill Ketamine", NAV + "<p>Ketamine infusions.</p>"),
        ("/pricing", "Pricing | Foothill Ketamine", NAV + "<p>Ketamine infusion: $475</p>"),
        ("/price-list-2022", "2022 Price List | Foothill Ketamine", NAV + "<p>Ketamine infusion: $399</p>"),
    ], REVIEW),
    ("home-and-pricing-disagree", [
        ("/", "Coastal Calm Ketamine", NAV + "<p>Ketamine infusions are $400 per infusion.</p>"),
        ("/pricing", "Pricing | Coastal Calm Ketamine", NAV + "<p>Ketamine infusion: $450 per infusion</p>"),
    ], REVIEW),
    ("landing-page-other-price", [
        ("/", "Ironwood Ketamine", NAV + "<p>Ketamine infusions.</p>"),
        ("/pricing", "Pricing | Ironwood Ketamine", NAV + "<p>Ketamine infusion — $450</p>"),
        ("/lp/depression-relief", "Depression Relief | Ironwood Ketamine", "<h1>Feel like yourself again</h1>"
         "<p>Ketamine infusions only $395 per infusion. Book today.</p>"),
    ], REVIEW),
    ("testimonial-other-clinic", [
        ("/", "Maple Leaf Ketamine", NAV + "<p>Ketamine infusions.</p>"),
        ("/pricing", "Pricing | Maple Leaf Ketamine", NAV + "<p>Ketamine infusion: $450</p>"),
        ("/testimonials", "Testimonials | Maple Leaf Ketamine", NAV + "<blockquote>“I paid $800 an infusion at "
         "another clinic before finding Maple Leaf. The care here is better.” — Jenna R.</blockquote>"),
    ], (450.0, 450.0)),
    ("comparison-page", [
        ("/", "Horizon Ketamine", NAV + "<p>Ketamine infusions.</p>"),
        ("/pricing", "Pricing | Horizon Ketamine", NAV + "<p>Ketamine infusion: $450</p>"),
        ("/ketamine-vs-ect", "Ketamine vs. ECT | Horizon Ketamine", NAV + "<h1>Ketamine vs. ECT</h1><p>ECT can "
         "cost $2,500 per treatment in a hospital, and TMS often runs $300 per session.</p>"),
    ], (450.0, 450.0)),
    ("sister-clinic-price", [
        ("/", "Bayshore Ketamine", NAV + "<p>Ketamine infusions.</p>"),
        ("/pricing", "Pricing | Bayshore Ketamine", NAV + "<p>Ketamine infusion: $450</p>"),
        ("/partners", "Partners | Bayshore Ketamine", NAV + "<p>Live farther north? Our partner clinic, Tampa "
         "Ketamine Wellness, offers infusions for $395.</p>"),
    ], (450.0, 450.0)),
    ("insurance-page-figures", [
        ("/", "Prairie Ketamine", NAV + "<p>Ketamine infusions.</p>"),
        ("/pricing", "Pricing | Prairie Ketamine", NAV + "<p>Ketamine infusion: $450</p>"),
        ("/insurance", "Insurance | Prairie Ketamine", NAV + "<p>We provide a superbill. Patients with "
         "out-of-network benefits are often reimbursed about $200 per infusion.</p>"),
    ], (450.0, 450.0)),
    ("spravato-copay-page", [
        ("/", "Trailhead Ketamine", NAV + "<p>Ketamine infusions and Spravato.</p>"),
        ("/pricing", "Pricing | Trailhead Ketamine", NAV + "<p>Ketamine infusion: $450</p>"),
        ("/spravato", "Spravato | Trailhead Ketamine", NAV + "<p>Spravato is covered by most insurance plans; "
         "with the savings program, copays can be as low as $10 per treatment.</p>"),
    ], (450.0, 450.0)),
    ("in-the-news-quote", [
        ("/", "Mesa Verde Ketamine", NAV + "<p>Ketamine infusions. Our fee: $450 per infusion.</p>"),
        ("/in-the-news", "In the News | Mesa Verde Ketamine", NAV + "<p>PHOENIX (Valley Times) — Clinics in "
         "Arizona charge as much as $1,000 per infusion, according to a new survey.</p>"),
    ], (450.0, 450.0)),
    ("faq-and-pricing-disagree", [
        ("/", "Silver Lake Ketamine", NAV + "<p>Ketamine infusions.</p>"),
        ("/pricing", "Pricing | Silver Lake Ketamine", NAV + "<p>Ketamine infusion: $500</p>"),
        ("/faq", "FAQ | Silver Lake Ketamine", NAV + "<h3>How much is an infusion?</h3><p>Infusions are $425 "
         "each.</p>"),
    ], REVIEW),
    ("struck-old-price", [
        ("/", "Red Rock Ketamine", NAV + "<p>Ketamine infusions.</p>"),
        ("/pricing", "Pricing | Red Rock Ketamine", NAV + "<p>Ketamine infusion: <del>$550</del> $450</p>"),
    ], (450.0, 450.0)),
    ("chain-location-page-with-another-city-quoted", [
        ("/", "Valley Ketamine Group", NAV + "<p>Ketamine clinics in Fresno and Modesto.</p>"),
        ("/fresno", "Fresno | Valley Ketamine Group", NAV + ld(
            "MedicalClinic", "Valley Ketamine Fresno", "1000 Fulton Street", "Fresno", "CA", "93721")
         + "<p>1000 Fulton Street, Fresno, CA 93721</p><p>Ketamine infusion in Fresno: $450.</p>"),
        ("/modesto", "Modesto | Valley Ketamine Group", NAV + ld(
            "MedicalClinic", "Valley Ketamine Modesto", "900 10th Street", "Modesto", "CA", "95354")
         + "<p>900 10th Street, Modesto, CA 95354</p><p>Infusions in the Bay Area often cost $900; in Modesto "
         "ours are $475.</p>"),
    ], {"Fresno": (450.0, 450.0), "Modesto": (475.0, 475.0)}),
    ("research-page-study-costs", [
        ("/", "Cascade Ketamine", NAV + "<p>Ketamine infusions. $450 per infusion.</p>"),
        ("/research", "Research | Cascade Ketamine", NAV + "<p>A 2023 study estimated that treatment-resistant "
         "depression costs patients $10,000 a year, and found esketamine cost $590 to $885 per session.</p>"),
    ], (450.0, 450.0)),
    ("iv-hydration-only-price", [
        ("/", "Vitality Drip & Ketamine", NAV + "<p>IV hydration and ketamine infusions.</p>"),
        ("/iv-hydration", "IV Hydration | Vitality Drip", NAV + "<p>Hydration infusion: $175 per infusion</p>"
         "<p>Add vitamin C for $35.</p>"),
        ("/ketamine", "Ketamine | Vitality Drip", NAV + "<p>Ketamine infusion pricing is given at your "
         "consultation. Call us.</p>"),
    ], NONE),
]

# --- A second batch, written after the first measured well: harder pages around the same price ------------------

SECOND_BATCH = [
    ("directory-page-of-other-clinics", [
        ("/", "Elk Creek Ketamine", NAV + "<p>Ketamine infusions: $450 per infusion.</p>"),
        ("/ketamine-clinics-near-denver", "Ketamine Clinics Near Denver | Elk Creek Ketamine", NAV + "<h1>Ketamine "
         "clinics near Denver</h1><ul><li>Mile High Infusions — $550 per infusion</li><li>Cherry Creek Ketamine "
         "— $600 per infusion</li><li>Elk Creek Ketamine (us) — $450 per infusion</li></ul>"),
    ], (450.0, 450.0)),
    ("compare-us-table", [
        ("/", "Juniper Ketamine", NAV + "<p>Ketamine infusions.</p>"),
        ("/why-us", "Why Juniper | Juniper Ketamine", NAV + "<table><tr><th></th><th>Juniper</th><th>Typical "
         "clinic</th><th>Hospital program</th></tr><tr><td>Price per infusion</td><td>$450</td><td>$650</td>"
         "<td>$1,100</td></tr><tr><td>Monitoring</td><td>Anesthesiologist</td><td>Nurse</td><td>Nurse</td></tr>"
         "</table>"),
    ], (450.0, 450.0)),
    ("nad-page-prose-per-infusion", [
        ("/", "Restore Infusion Lounge", NAV + "<p>Ketamine and NAD+ infusions.</p>"),
        ("/nad", "NAD+ Therapy | Restore Infusion Lounge", NAV + "<h1>NAD+ therapy</h1><p>Our NAD+ infusions are "
         "$600 per infusion and take three to four hours.</p>"),
        ("/ketamine", "Ketamine Therapy | Restore Infusion Lounge", NAV + "<h1>Ketamine therapy</h1><p>Ketamine "
         "infusions are $450 per infusion.</p>"),
    ], (450.0, 450.0)),
    ("telehealth-program-beside-iv", [
        ("/", "Highland Ketamine", NAV + "<p>In-office IV ketamine and an at-home program.</p>"),
        ("/at-home", "At-Home Ketamine | Highland Ketamine", NAV + "<h1>At-home ketamine</h1><p>Oral ketamine "
         "tablets with telehealth check-ins: $199 per month.</p>"),
        ("/iv", "IV Ketamine | Highland Ketamine", NAV + "<p>In-office IV infusion: $475</p>"),
    ], (475.0, 475.0)),
    ("aesthetics-menu-same-site", [
        ("/", "Luma Medspa & Ketamine", NAV + "<p>Aesthetics and ketamine infusion therapy.</p>"),
        ("/aesthetics", "Aesthetics | Luma Medspa", NAV + "<ul><li>Botox — $12 per unit</li><li>Dermal filler — "
         "$650 per syringe</li><li>Chemical peel — $150</li></ul>"),
        ("/ketamine", "Ketamine | Luma Medspa", NAV + "<p>Ketamine infusion: $495</p>"),
    ], (495.0, 495.0)),
    ("team-page-numbers", [
        ("/", "Ridgeline Ketamine", NAV + "<p>Ketamine infusions: $450.</p>"),
        ("/team", "Our Team | Ridgeline Ketamine", NAV + "<p>Dr. Hale has given more than 3,000 infusions and "
         "led a $2 million research program on mood disorders.</p>"),
    ], (450.0, 450.0)),
    ("foundation-page", [
        ("/", "Anchor Ketamine", NAV + "<p>Ketamine infusions: $450 per infusion.</p>"),
        ("/foundation", "Anchor Foundation | Anchor Ketamine", NAV + "<p>Our foundation has raised $85,000 for "
         "veterans' care. A gift of $25 covers a ride to an appointment.</p>"),
    ], (450.0, 450.0)),
    ("every-page-footer-teaser-and-pricing-series", [
        ("/", "Clearwater Ketamine", NAV + "<p>Ketamine infusions for depression.</p>"
         + footer("Ketamine infusions $450 · Six-infusion series $2,400")),
        ("/pricing", "Pricing | Clearwater Ketamine", NAV + "<p>Single infusion: $450</p><p>Six-infusion series: "
         "$2,400</p>" + footer("Ketamine infusions $450 · Six-infusion series $2,400")),
        ("/faq", "FAQ | Clearwater Ketamine", NAV + "<p>Most patients start with six infusions.</p>"
         + footer("Ketamine infusions $450 · Six-infusion series $2,400")),
    ], (400.0, 450.0)),
    ("price-increase-notice", [
        ("/", "Summit Peak Ketamine", NAV + "<p>Ketamine infusions.</p>"),
        ("/pricing", "Pricing | Summit Peak Ketamine", NAV + "<p>Ketamine infusion: $495</p>"),
        ("/news/price-update", "Price update | Summit Peak Ketamine", NAV + "<p>Posted on January 3, 2026</p><p>"
         "After five years at $425, our infusion price rises to $495 on February 1.</p>"),
    ], (495.0, 495.0)),
    ("reviews-page-quoting-price", [
        ("/", "Stonebridge Ketamine", NAV + "<p>Ketamine infusions: $450.</p>"),
        ("/reviews", "Reviews | Stonebridge Ketamine", NAV + "<p>★★★★★ “Worth every penny of the $450.” — Marc T."
         "</p><p>★★★★☆ “Cheaper than the $700 I paid in Chicago.” — Dana P.</p>"),
    ], (450.0, 450.0)),
    ("chain-pricing-page-with-exception", [
        ("/", "Rocky Mountain Ketamine", NAV + "<p>Ketamine clinics in Denver and Aspen.</p>"),
        ("/pricing", "Pricing | Rocky Mountain Ketamine", NAV + "<p>Ketamine infusions are $450 at our Denver "
         "clinic and $550 at our Aspen clinic.</p>"),
        ("/denver", "Denver | Rocky Mountain Ketamine", NAV + ld(
            "MedicalClinic", "Rocky Mountain Ketamine Denver", "700 Colfax Avenue", "Denver", "CO", "80203")
         + "<p>700 Colfax Avenue, Denver, CO 80203</p>"),
        ("/aspen", "Aspen | Rocky Mountain Ketamine", NAV + ld(
            "MedicalClinic", "Rocky Mountain Ketamine Aspen", "300 Main Street", "Aspen", "CO", "81611")
         + "<p>300 Main Street, Aspen, CO 81611</p>"),
    ], {"Denver": REVIEW, "Aspen": REVIEW}),
    ("veterans-rate-page", [
        ("/", "Patriot Ketamine", NAV + "<p>Ketamine infusions: $450.</p>"),
        ("/veterans", "Veterans | Patriot Ketamine", NAV + "<p>Veterans and first responders pay $375 per "
         "infusion.</p>"),
    ], (450.0, 450.0)),
]

SITES = AGREE + DISAGREE + SECOND_BATCH

# Written after the fixes, at the edges of the rules they added: a brand naming a city, a clinic that is itself a
# partner of a network, a price for one city of a chain beside the site's price for all, one price for two cities
# of three.
AFTER_FIXES = [
    ("brand-names-a-city", [
        ("/", "Denver Ketamine Co.", NAV + "<p>Denver Ketamine Co. infusions are $450 at both offices.</p>"),
        ("/downtown", "Downtown | Denver Ketamine Co.", NAV + ld(
            "MedicalClinic", "Denver Ketamine Co.", "1600 Stout Street", "Denver", "CO", "80202")
         + "<p>1600 Stout Street, Denver, CO 80202</p>"),
        ("/boulder", "Boulder | Denver Ketamine Co.", NAV + ld(
            "MedicalClinic", "Denver Ketamine Co.", "1900 Folsom Street", "Boulder", "CO", "80302")
         + "<p>1900 Folsom Street, Boulder, CO 80302</p>"),
    ], {"Denver": (450.0, 450.0), "Boulder": (450.0, 450.0)}),
    ("one-city-priced-apart", [
        ("/", "High Plains Ketamine", NAV + "<p>Ketamine infusions: $450.</p><p>Infusions at our Cheyenne "
         "clinic: $425.</p>"),
        ("/casper", "Casper | High Plains Ketamine", NAV + ld(
            "MedicalClinic", "High Plains Ketamine Casper", "200 Center Street", "Casper", "WY", "82601")
         + "<p>200 Center Street, Casper, WY 82601</p>"),
        ("/cheyenne", "Cheyenne | High Plains Ketamine", NAV + ld(
            "MedicalClinic", "High Plains Ketamine Cheyenne", "1700 Capitol Avenue", "Cheyenne", "WY", "82001")
         + "<p>1700 Capitol Avenue, Cheyenne, WY 82001</p>"),
    ], {"Casper": (450.0, 450.0), "Cheyenne": (425.0, 425.0)}),
    ("two-cities-one-price-third-its-own", [
        ("/", "Saguaro Ketamine", NAV + "<p>Our Tucson and Yuma clinics charge $450 per infusion.</p>"),
        ("/tucson", "Tucson | Saguaro Ketamine", NAV + ld(
            "MedicalClinic", "Saguaro Ketamine Tucson", "150 W Congress Street", "Tucson", "AZ", "85701")
         + "<p>150 W Congress Street, Tucson, AZ 85701</p>"),
        ("/yuma", "Yuma | Saguaro Ketamine", NAV + ld(
            "MedicalClinic", "Saguaro Ketamine Yuma", "200 S Main Street", "Yuma", "AZ", "85364")
         + "<p>200 S Main Street, Yuma, AZ 85364</p>"),
        ("/flagstaff", "Flagstaff | Saguaro Ketamine", NAV + ld(
            "MedicalClinic", "Saguaro Ketamine Flagstaff", "100 N Leroux Street", "Flagstaff", "AZ", "86001")
         + "<p>100 N Leroux Street, Flagstaff, AZ 86001</p>"),
    ], {"Tucson": (450.0, 450.0), "Yuma": (450.0, 450.0), "Flagstaff": NONE}),
    ("clinic-is-a-network-partner", [
        ("/", "Tidewater Ketamine", NAV + "<p>We are a partner clinic of the Veterans Ketamine Network; "
         "infusions are $450.</p>"),
        ("/about", "About | Tidewater Ketamine", NAV + "<p>Two anesthesiologists, one calm clinic.</p>"),
    ], (450.0, 450.0)),
]

# Read otherwise, held to precision only: other clinics' prices listed by name conflict with the clinic's own.
LEFT = ["directory-page-of-other-clinics"]
