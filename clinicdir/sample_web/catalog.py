"""The fictional clinics of the sample web: who they are and how their websites are built.

Every name and phone number is invented (555-01xx numbers are reserved for fiction); streets are invented, cities
and ZIP codes are real so that the offline gazetteer places them. Each site exercises some shape of the real web.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Location:
    name: str
    street: str
    city: str
    state: str
    postal_code: str
    phone: str            # as printed: (303) 555-0142
    latitude: float | None = None
    longitude: float | None = None


@dataclass(frozen=True)
class Site:
    key: str
    locations: tuple[Location, ...]
    structured: str                  # "jsonld", "graph", "malformed", "microdata", "none"
    fee_lines: tuple[str, ...]       # lines of the page that carries the prices
    fee_page: str = "pricing"        # "pricing", "faq", "sitemap" (linked from nowhere), "redirect"
    services: str = "We offer IV ketamine infusions for treatment-resistant depression."
    treats: tuple[str, ...] = ()     # condition codes with a section of their own on the Treatments page
    quirks: frozenset[str] = field(default_factory=frozenset)
    # (location name, price line) for a chain location that publishes its own price on its own page
    own_price: tuple[str, str] = ()
    # quirks: "faq_500", "pricing_503_once", "truncated_pricing", "members_rates", "utm_variant", "pdf", "blog"
    # Pages of the site's own, beside (or instead of) the standard ones: extra_pages(site, page) -> {path: Page},
    # where page(title, body, structured=False) lays a body out like the site's other pages; extra_links are the
    # menu entries (href, label) that lead to them.
    extra_pages: Callable | None = None
    extra_links: tuple[tuple[str, str], ...] = ()

    @property
    def name(self) -> str:
        return self.locations[0].name


def _one(name, street, city, state, zip_code, phone, lat=None, lon=None) -> tuple[Location, ...]:
    return (Location(name, street, city, state, zip_code, phone, lat, lon),)


SITES: tuple[Site, ...] = (
    Site("aspen", _one("Aspen Ridge Ketamine Clinic", "1420 Larimer Street, Suite 300", "Denver", "CO", "80202",
                       "(303) 555-0142", 39.7480, -104.9990), "jsonld",
         ("Each IV ketamine infusion is $450.", "Initial consultation with our anesthesiologist: $250.",
          "We accept HSA and FSA cards."),
         treats=("depression", "ptsd", "anxiety"),
         services="IV ketamine infusions for treatment-resistant depression, PTSD and anxiety. We also offer "
                  "Spravato (esketamine) nasal spray, billed to insurance.",
         quirks=frozenset({"utm_variant", "blog"})),
    Site("birch", _one("Birch Street Infusions", "500 Congress Avenue", "Austin", "TX", "78701", "(512) 555-0101"),
         "graph",
         ("Six infusions for $2,700, paid at your first visit.", "Booster infusions are $395.",
          "Financing available through CareCredit, as low as $99/month."),
         treats=("depression", "bipolar_depression", "suicidal_ideation"),
         services="IV ketamine infusion therapy for depression, bipolar depression and suicidal ideation."),
    Site("cedar", _one("Cedar Mind Wellness", "812 SW Alder Street", "Portland", "OR", "97205", "(503) 555-0177"),
         "malformed",
         ("How much does ketamine therapy cost?",
          "A single ketamine infusion is $500. A package of six infusions is $2,700 ($450 each)."),
         fee_page="faq",
         treats=("depression", "ptsd", "ocd"),
         services="Ketamine infusions for depression, PTSD and OCD, plus IM injections for maintenance."),
    Site("dogwood", _one("Dogwood Ketamine Center", "210 Broadway", "Nashville", "TN", "37203", "(615) 555-0188"),
         "microdata", ("Ketamine infusions cost $400 to $650 per infusion, depending on the dose and length.",),
         treats=("depression", "anxiety", "chronic_pain", "fibromyalgia"),
         services="IV ketamine infusions for depression, anxiety and chronic pain, including fibromyalgia."),
    Site("elm", _one("Elm Grove Ketamine", "88 High Street", "Columbus", "OH", "43215", "(614) 555-0110"), "none",
         ("Ketamine infusion (40 minutes) | $475", "Consultation | Free"),
         treats=("depression", "ptsd"),
         services="IV ketamine infusions for treatment-resistant depression and PTSD."),
    Site("fir", _one("Fir Harbor Ketamine", "1601 Fifth Avenue", "Seattle", "WA", "98101", "(206) 555-0123"),
         "jsonld", ("Each ketamine infusion costs $550.",), fee_page="sitemap",
         treats=("depression", "anxiety"),
         services="IV ketamine infusions for depression and anxiety, and at-home ketamine through telehealth."),
    Site("grove", (
        Location("Grove Ketamine Phoenix", "2 North Central Avenue", "Phoenix", "AZ", "85004", "(602) 555-0131"),
        Location("Grove Ketamine Tempe", "60 East Rio Salado Parkway", "Tempe", "AZ", "85281", "(480) 555-0132"),
        Location("Grove Ketamine Scottsdale", "7014 East Camelback Road", "Scottsdale", "AZ", "85251",
                 "(480) 555-0133"),
    ), "jsonld", ("Our Phoenix and Tempe clinics charge $495 per infusion.",),
        treats=("depression", "ptsd", "migraine"),
         services="IV ketamine infusions for depression, PTSD and migraine.",
        own_price=("Grove Ketamine Scottsdale", "At our Scottsdale clinic, each ketamine infusion is $525.")),
    Site("harbor", _one("Harbor Luxe Ketamine", "1450 Brickell Avenue", "Miami", "FL", "33131", "(305) 555-0190"),
         "jsonld", ("Private suite ketamine infusion: $1,600 per infusion.", "Concierge consultation: $500."),
         treats=("depression",),
         services="IV ketamine infusions for depression in private suites."),
    Site("ivy", _one("Ivy Summit Ketamine", "222 Berkeley Street", "Boston", "MA", "02116", "(617) 555-0155"),
         "jsonld", ("$950 per infusion.", "A first series of six infusions: $5.7k, payable at your first visit."),
         treats=("depression", "bipolar_depression"),
         services="IV ketamine infusions for treatment-resistant depression and bipolar depression."),
    Site("juniper", _one("Juniper Community Ketamine", "400 Gold Avenue SW", "Albuquerque", "NM", "87102",
                         "(505) 555-0166"), "jsonld", ("Each ketamine infusion is $350.",),
         treats=("depression", "ptsd"),
         services="IV ketamine infusions for depression and PTSD, with veteran pricing."),
    Site("kestrel", _one("Kestrel Ketamine Care", "950 West Bannock Street", "Boise", "ID", "83702",
                         "(208) 555-0144"), "jsonld",
         ("Call us for current pricing; we will walk you through costs at your consultation.",),
         treats=("depression", "chronic_pain"),
         services="IV ketamine infusions for depression and chronic pain."),
    Site("lotus", _one("Lotus Drip Lounge", "3900 Paradise Road", "Las Vegas", "NV", "89169", "(702) 555-0170"),
         "jsonld", ("IV hydration drip: $150.", "NAD+ IV therapy: $350.", "Vitamin B12 injection: $35."),
         services="IV hydration, vitamin drips and NAD+ therapy for recovery and wellness.",
         quirks=frozenset({"not_ketamine"})),
    Site("maple", _one("Maple Ketamine Institute", "180 North Michigan Avenue", "Chicago", "IL", "60601",
                       "(312) 555-0108"), "jsonld", ("Ketamine infusion: $525 per session.",),
         treats=("depression", "anxiety", "ocd"),
         services="IV ketamine infusions for depression, anxiety and OCD.", quirks=frozenset({"faq_500"})),
    Site("nova", _one("Nova Ketamine Clinic", "101 Marietta Street NW", "Atlanta", "GA", "30303", "(404) 555-0163"),
         "jsonld", ("Each ketamine infusion is $600.",),
         treats=("depression", "postpartum_depression"),
         services="IV ketamine infusions for depression and postpartum depression.",
         quirks=frozenset({"pricing_503_once"})),
    Site("oak", _one("Oak and Stone Ketamine", "15 West South Temple", "Salt Lake City", "UT", "84101",
                     "(801) 555-0119"), "jsonld", ("Each ketamine infusion is $500.",),
         treats=("depression", "ptsd"),
         services="IV ketamine infusions for depression and PTSD.", quirks=frozenset({"members_rates"})),
    Site("pine", _one("Pine Valley Ketamine", "80 South Eighth Street", "Minneapolis", "MN", "55402",
                      "(612) 555-0126"), "jsonld", ("Ketamine infusion: USD 550 each.",), fee_page="redirect",
         treats=("depression", "anxiety"),
         services="IV ketamine infusions for depression and anxiety.", quirks=frozenset({"pdf"})),
    Site("quartz", _one("Quartz Ketamine and Pain", "600 B Street", "San Diego", "CA", "92101", "(619) 555-0181"),
         "jsonld",
         ("Ketamine infusion for depression, anxiety or PTSD: $475.",
          "4-hour pain infusion for CRPS or fibromyalgia: $1,200.",
          "Initial consultation: $300.",
          "Save $300 when you prepay a series of six.",
          "Financing from $99/month.",
          "Spravato sessions are billed to your insurance; copays can be as low as $10."),
         treats=("depression", "anxiety", "ptsd", "chronic_pain", "crps", "fibromyalgia"),
         services="IV ketamine infusions for depression, anxiety, PTSD and chronic pain conditions such as CRPS "
                  "and fibromyalgia. Spravato (esketamine) is also available."),
    Site("redwood", _one("Redwood Ketamine Health", "1020 Eleventh Street", "Sacramento", "CA", "95814",
                         "(916) 555-0147"), "jsonld", ("Each ketamine infusion is $450.",),
         treats=("depression",),
         services="IV ketamine infusions for depression.", quirks=frozenset({"truncated_pricing"})),
    Site("sage", _one("Sage Ketamine Therapy", "1100 Main Street", "Kansas City", "MO", "64105", "(816) 555-0152"),
         "jsonld", ("New patient special: your first infusion is $299.", "Regular ketamine infusions are $499."),
         treats=("depression", "anxiety"),
         services="IV ketamine infusions for depression and anxiety."),
    Site("tamarack", _one("Tamarack Ketamine", "1200 Farnam Street", "Omaha", "NE", "68102", "(402) 555-0137"),
         "jsonld", ("Each ketamine infusion: $1.2k.",),
         treats=("depression", "ptsd"),
         services="IV ketamine infusions for depression and PTSD."),
    Site("umber", _one("Umber Ketamine Clinic", "301 South Tryon Street", "Charlotte", "NC", "28202",
                       "(704) 555-0114"), "jsonld", ("Ketamine infusions starting at $425 per infusion.",),
         treats=("depression", "anxiety", "migraine"),
         services="IV ketamine infusions for depression, anxiety and migraine."),
    Site("vale", _one("Vale Ketamine and Spravato", "1835 Market Street", "Philadelphia", "PA", "19103",
                      "(215) 555-0128"), "jsonld",
         ("IV ketamine infusion: $575.", "Spravato treatment is billed to your insurance plan."),
         treats=("depression", "suicidal_ideation"),
         services="IV ketamine infusions and Spravato (esketamine) nasal spray for depression and suicidal "
                  "ideation.", quirks=frozenset({"blog"})),
    Site("willow", _one("Willow Ketamine Collective", "421 Fayetteville Street", "Raleigh", "NC", "27601",
                        "(919) 555-0158"), "jsonld",
         ("Sliding scale from $300 to $600 per infusion, based on household income.",),
         treats=("depression", "ptsd"),
         services="IV ketamine infusions for depression and PTSD."),
)

# Sites that print their contact details as real clinic sites do (layout_sites.py builds on the classes above).
from clinicdir.sample_web.layout_sites import LAYOUT_SITES  # noqa: E402

SITES += LAYOUT_SITES

# Sites built around the traps of reading fees (fee_sites.py); they use the classes above, hence the late import.
from clinicdir.sample_web.fee_sites import FEE_SITES  # noqa: E402

SITES += FEE_SITES
