"""What a careful reader takes from each sample site: written by hand, never computed by the project's code.

Fees are US$ per standard (mood) infusion: a series total divided by its infusions; consultations, boosters, intro
offers, pain infusions, financing, savings and Spravato billing left out; fee_max None when only a "from" price is
published. fee_confidence is "high" for a fee the site states plainly, "low" for one resting on weak or conflicting
evidence (the clinic then goes to review), "" when there is no fee. Statuses follow the default policy ($400-$800
typical, above $1,200 excluded, a low-confidence fee and a provider offering no infusion to review).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ExpectedClinic:
    site: str
    name: str
    street: str
    city: str
    state: str
    postal_code: str
    phone: str
    fee_min: float | None
    fee_max: float | None
    status: str
    reason_code: str
    ketamine_provider: bool
    routes: tuple[str, ...]
    conditions: tuple[str, ...]
    fee_confidence: str = ""


IV = ("iv_infusion",)
IN_RANGE = ("listed", "fee_in_range")


def _clinic(site, name, street, city, state, zip_code, phone, fee_min, fee_max, decision, routes, conditions,
            provider=True, confidence=None) -> ExpectedClinic:
    if confidence is None:
        confidence = "high" if fee_min is not None or fee_max is not None else ""
    return ExpectedClinic(site, name, street, city, state, zip_code, phone, fee_min, fee_max, *decision, provider,
                          routes, conditions, confidence)


ANSWER_KEY: tuple[ExpectedClinic, ...] = (
    _clinic("aspen", "Aspen Ridge Ketamine Clinic", "1420 Larimer Street, Suite 300", "Denver", "CO", "80202",
            "+13035550142", 450, 450, IN_RANGE, ("iv_infusion", "esketamine_spravato"),
            ("depression", "ptsd", "anxiety")),
    _clinic("birch", "Birch Street Infusions", "500 Congress Avenue", "Austin", "TX", "78701", "+15125550101",
            450, 450, IN_RANGE, IV, ("depression", "bipolar_depression", "suicidal_ideation")),   # $2,700 / 6
    _clinic("cedar", "Cedar Mind Wellness", "812 SW Alder Street", "Portland", "OR", "97205", "+15035550177",
            450, 500, IN_RANGE, ("iv_infusion", "im_injection"), ("depression", "ptsd", "ocd")),
    _clinic("dogwood", "Dogwood Ketamine Center", "210 Broadway", "Nashville", "TN", "37203", "+16155550188",
            400, 650, IN_RANGE, IV, ("depression", "anxiety", "chronic_pain", "fibromyalgia")),
    _clinic("elm", "Elm Grove Ketamine", "88 High Street", "Columbus", "OH", "43215", "+16145550110",
            475, 475, IN_RANGE, IV, ("depression", "ptsd")),
    _clinic("fir", "Fir Harbor Ketamine", "1601 Fifth Avenue", "Seattle", "WA", "98101", "+12065550123",
            550, 550, IN_RANGE, ("iv_infusion", "at_home_telehealth"), ("depression", "anxiety")),
    _clinic("grove", "Grove Ketamine Phoenix", "2 North Central Avenue", "Phoenix", "AZ", "85004", "+16025550131",
            495, 495, IN_RANGE, IV, ("depression", "ptsd", "migraine")),
    _clinic("grove", "Grove Ketamine Tempe", "60 East Rio Salado Parkway", "Tempe", "AZ", "85281", "+14805550132",
            495, 495, IN_RANGE, IV, ("depression", "ptsd", "migraine")),
    _clinic("grove", "Grove Ketamine Scottsdale", "7014 East Camelback Road", "Scottsdale", "AZ", "85251",
            "+14805550133", 525, 525, IN_RANGE, IV, ("depression", "ptsd", "migraine")),   # its own page's price
    _clinic("harbor", "Harbor Luxe Ketamine", "1450 Brickell Avenue", "Miami", "FL", "33131", "+13055550190",
            1600, 1600, ("excluded", "fee_far_above_range"), IV, ("depression",)),
    _clinic("ivy", "Ivy Summit Ketamine", "222 Berkeley Street", "Boston", "MA", "02116", "+16175550155",
            950, 950, ("listed", "fee_above_range"), IV, ("depression", "bipolar_depression")),   # and $5.7k / 6
    _clinic("juniper", "Juniper Community Ketamine", "400 Gold Avenue SW", "Albuquerque", "NM", "87102",
            "+15055550166", 350, 350, ("listed", "fee_below_range"), IV, ("depression", "ptsd")),
    _clinic("kestrel", "Kestrel Ketamine Care", "950 West Bannock Street", "Boise", "ID", "83702", "+12085550144",
            None, None, ("review", "fee_unknown"), IV, ("depression", "chronic_pain")),
    _clinic("lotus", "Lotus Drip Lounge", "3900 Paradise Road", "Las Vegas", "NV", "89169", "+17025550170",
            None, None, ("excluded", "not_ketamine_provider"), (), (), provider=False),
    _clinic("maple", "Maple Ketamine Institute", "180 North Michigan Avenue", "Chicago", "IL", "60601",
            "+13125550108", 525, 525, IN_RANGE, IV, ("depression", "anxiety", "ocd")),
    _clinic("nova", "Nova Ketamine Clinic", "101 Marietta Street NW", "Atlanta", "GA", "30303", "+14045550163",
            600, 600, IN_RANGE, IV, ("depression", "postpartum_depression")),
    _clinic("oak", "Oak and Stone Ketamine", "15 West South Temple", "Salt Lake City", "UT", "84101",
            "+18015550119", 500, 500, IN_RANGE, IV, ("depression", "ptsd")),
    _clinic("pine", "Pine Valley Ketamine", "80 South Eighth Street", "Minneapolis", "MN", "55402", "+16125550126",
            550, 550, IN_RANGE, IV, ("depression", "anxiety")),
    _clinic("quartz", "Quartz Ketamine and Pain", "600 B Street", "San Diego", "CA", "92101", "+16195550181",
            475, 475, IN_RANGE, ("iv_infusion", "esketamine_spravato"),
            ("depression", "anxiety", "ptsd", "chronic_pain", "crps", "fibromyalgia")),
    _clinic("redwood", "Redwood Ketamine Health", "1020 Eleventh Street", "Sacramento", "CA", "95814",
            "+19165550147", 450, 450, IN_RANGE, IV, ("depression",)),
    _clinic("sage", "Sage Ketamine Therapy", "1100 Main Street", "Kansas City", "MO", "64105", "+18165550152",
            499, 499, IN_RANGE, IV, ("depression", "anxiety")),   # the $299 first-infusion offer is not the fee
    _clinic("tamarack", "Tamarack Ketamine", "1200 Farnam Street", "Omaha", "NE", "68102", "+14025550137",
            1200, 1200, ("listed", "fee_above_range"), IV, ("depression", "ptsd")),
    _clinic("umber", "Umber Ketamine Clinic", "301 South Tryon Street", "Charlotte", "NC", "28202", "+17045550114",
            425, None, IN_RANGE, IV, ("depression", "anxiety", "migraine")),   # "starting at": no maximum
    _clinic("vale", "Vale Ketamine and Spravato", "1835 Market Street", "Philadelphia", "PA", "19103",
            "+12155550128", 575, 575, IN_RANGE, ("iv_infusion", "esketamine_spravato"),
            ("depression", "suicidal_ideation")),
    _clinic("willow", "Willow Ketamine Collective", "421 Fayetteville Street", "Raleigh", "NC", "27601",
            "+19195550158", 300, 600, ("listed", "fee_below_range"), IV, ("depression", "ptsd")),
    # Sites that print their contact details as real clinic sites do (layout_sites.py): no structured data.
    _clinic("azalea", "Azalea Ketamine Clinic", "245 Court St NE", "Salem", "OR", "97301", "+15035550171",
            475, 475, IN_RANGE, IV, ("depression", "anxiety")),
    _clinic("bluebell", "Bluebell Infusion Center", "120 N Stone Ave, Suite 210", "Tucson", "AZ", "85701",
            "+15205550172", 525, 525, IN_RANGE, IV, ("depression", "ptsd")),
    _clinic("camellia", "Camellia Mind Care", "455 S 4th St", "Louisville", "KY", "40202", "+15025550173",
            450, 450, IN_RANGE, IV, ("depression",)),      # not the crisis line, not the NPI number
    _clinic("dahlia", "Dahlia Ketamine Wellness", "30 W Mifflin St, 4th Floor", "Madison", "WI", "53703",
            "+16085550174", 500, 500, IN_RANGE, IV, ("depression", "anxiety")),     # the fax is printed first
    _clinic("foxglove", "Foxglove Ketamine", "701 E Franklin St, Building 2", "Richmond", "VA", "23219",
            "+18045550175", 550, 550, IN_RANGE, IV, ("depression", "ocd")),
    _clinic("gardenia", "Gardenia Ketamine Clinic", "2000 3rd Ave N, Unit 150", "Birmingham", "AL", "35203",
            "+12055550176", 425, 425, IN_RANGE, IV, ("depression",)),
    _clinic("heather", "Heather Ketamine Care", "10 Dorrance St, Suite 700", "Providence", "RI", "02903",
            "+14015550177", 600, 600, IN_RANGE, IV, ("depression", "ptsd")),
    _clinic("iris", "Iris Ketamine Therapy", "666 Walnut St, Suite 1200", "Des Moines", "IA", "50309",
            "+15155550180", 495, 495, IN_RANGE, IV, ("depression", "anxiety")),     # address on the contact page only
    _clinic("jasmine", "Jasmine Ketamine Institute", "160 King St, 2nd Floor", "Charleston", "SC", "29401",
            "+18435550181", 575, 575, IN_RANGE, IV, ("depression",)),
    _clinic("larkspur", "Larkspur Ketamine Dallas", "2001 Bryan St", "Dallas", "TX", "75201", "+12145550182",
            525, 525, IN_RANGE, IV, ("depression", "ptsd")),
    _clinic("larkspur", "Larkspur Ketamine Plano", "5800 Granite Pkwy", "Plano", "TX", "75024", "+14695550183",
            525, 525, IN_RANGE, IV, ("depression", "ptsd")),
    _clinic("larkspur", "Larkspur Ketamine Fort Worth", "500 W 7th St", "Fort Worth", "TX", "76102",
            "+18175550184", 525, 525, IN_RANGE, IV, ("depression", "ptsd")),
    _clinic("marigold", "Marigold Ketamine", "123 W Palace Ave", "Santa Fe", "NM", "87501", "+15055550185",
            450, 450, IN_RANGE, IV, ("depression", "anxiety")),      # not its PO box
    _clinic("nasturtium", "Nasturtium Ketamine", "75 Market St", "Portland", "ME", "04101", "+12075550186",
            500, 500, IN_RANGE, IV, ("depression",)),      # the address is only in the embedded map
    _clinic("peony", "Peony Ketamine Center", "1001 Bishop St, Suite 2100", "Honolulu", "HI", "96813",
            "+18085550187", 650, 650, IN_RANGE, IV, ("depression", "ptsd")),
    _clinic("primrose", "Primrose Ketamine Clinic", "100 Bank St", "Burlington", "VT", "05401", "+18025550188",
            475, 475, IN_RANGE, IV, ("depression", "anxiety")),
    # The fee traps (fee_sites.py).
    _clinic("acacia", "Acacia Ketamine Tucson", "410 North Stone Avenue", "Tucson", "AZ", "85701", "+15205550117",
            465, 465, IN_RANGE, IV, ("depression",)),   # not the blog post's $350-$1,800, nor "many clinics" $600
    _clinic("bramble", "Bramble Ketamine Care", "25 West Main Street", "Madison", "WI", "53703", "+16085550165",
            465, 495, IN_RANGE, IV, ("depression", "anxiety")),   # $2,790 / 6 and $495; not the press page's
    _clinic("cypress", "Cypress Ketamine Richmond", "700 East Main Street", "Richmond", "VA", "23219",
            "+18045550172", None, None, ("review", "fee_unknown"), IV, ("depression",)),   # a cost guide only
    _clinic("dune", "Dune Wellness and Ketamine", "100 West Liberty Street", "Reno", "NV", "89501", "+17755550183",
            495, 495, IN_RANGE, IV, ("depression", "anxiety")),   # not the NAD+, drips, nitrous or TMS
    _clinic("ember", "Ember Ketamine and Pain Center", "325 West Main Street", "Louisville", "KY", "40202",
            "+15025550129", 440, 475, IN_RANGE, IV,
            ("depression", "anxiety", "ptsd", "chronic_pain", "crps", "fibromyalgia")),   # mood row; not pain's
    _clinic("fern", "Fern Psychedelic Therapy", "60 Biltmore Avenue", "Asheville", "NC", "28801", "+18285550146",
            None, None, ("review", "no_infusion_offered"), ("im_injection", "oral_sublingual"), ("depression", "ptsd")),
    _clinic("garnet", "Garnet Ketamine Clinic", "400 Locust Street", "Des Moines", "IA", "50309", "+15155550138",
            525, 525, IN_RANGE, IV, ("depression", "ptsd")),   # not the deposit, cancellation or ECG charges
    _clinic("hazel", "Hazel Ketamine Little Rock", "200 West Capitol Avenue", "Little Rock", "AR", "72201",
            "+15015550151", 450, 450, IN_RANGE, IV, ("depression",)),   # not the CPT billed amounts
    _clinic("indigo", "Indigo Ketamine Spokane", "818 West Riverside Avenue", "Spokane", "WA", "99201",
            "+15095550174", 500, 520, IN_RANGE, IV, ("depression", "anxiety")),   # $3,500 / 7 and $2,600 / 5
    _clinic("larch", "Larch Street Ketamine", "10 Weybosset Street", "Providence", "RI", "02903", "+14015550186",
            450, 650, ("review", "fee_uncertain"), IV, ("depression",), confidence="low"),   # $450 or $650?
)
