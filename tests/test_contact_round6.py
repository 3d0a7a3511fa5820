"""Round-six contact layouts read through the public page and site readers, and the rules they brought up.

The cases are in tests/contact_round6.py and tests/contact_round6_late.py; the rules: words of the clinic's own name
or town that earlier rules read as another place (Billings, Park City, Church St, "insurance accepted", "minutes
from the airport", "email to book"), Spanish labels of post, billing, parking, phones, faxes and text lines, a visit's
sentence after a crisis line's, a desk's name before a number, a branch closed for good, a landmark in directions,
an "opening" heading, a telehealth company's copyright line, template placeholders in JSON-LD and notes in brackets.
"""

import pytest

from spiders.extract import addresses, phones
from spiders.extract.addresses import find_addresses
from spiders.extract.phones import FAX, HOTLINE, OTHER, PHONE, SECONDARY, UNLABELLED, find_phones
from tests.contact_round6 import DES_MOINES_FOOTER, ROUND6, SITE_PAGES
from tests.contact_round6_late import LATE, LEFT
from tests.test_contact_layouts import assert_precise, assert_reads, clinics, jsonld, page, placed

CASES = ROUND6 + LATE


def test_the_round_is_mostly_whole_pages_and_a_quarter_prints_what_is_not_to_take():
    assert len(ROUND6) + len(SITE_PAGES) >= 60 and len({case.id for case in CASES + SITE_PAGES + LEFT}) == len(
        CASES + SITE_PAGES + LEFT)
    assert sum(case.html.startswith("<header>") for case in ROUND6) * 2 >= len(ROUND6)
    assert sum(not case.expected or case.kind in ("multi", "po_box") for case in ROUND6) * 4 >= len(ROUND6)
    assert {case.kind for case in CASES} == {"footer", "block", "prose", "phone", "multi", "po_box", "map",
                                             "structured", "none"}


@pytest.mark.parametrize("case", [pytest.param(case, id=f"{case.kind}: {case.id}") for case in CASES])
def test_round_six_layout(case):
    assert_reads(case)


@pytest.mark.parametrize("case", [pytest.param(case, id=case.id) for case in SITE_PAGES])
def test_a_page_past_the_home_page_quoting_other_clinics_leaves_the_sites_own(case):
    home = page(f"<footer>{DES_MOINES_FOOTER}</footer>")
    assert placed(clinics(home, page(case.html, "blog/choosing-a-clinic"))) == case.expected


@pytest.mark.parametrize("case", [pytest.param(case, id=case.id) for case in LEFT])
def test_a_layout_left_unread_gives_no_wrong_address_nor_phone(case):
    assert_precise(case)


@pytest.mark.parametrize("label, mailing", [(label, False) for label in (
    "Billings Ketamine Clinic · ", "Billings Ketamine & Wellness\n", "Park City Ketamine at ",
    "Our Overland Park office at ", "located in downtown Highland Park at ", "Church Street Ketamine, ",
    "Most insurance accepted\n", "Minutes from the airport\n", "Call or email to book: ", "Dirección: ",
    "Se habla español · ", "In historic Old Town · ", "Formerly Lowcountry Ketamine · ", "Opening hours: Mon–Fri\n",
    "Opens on Saturdays 9–1\nClinic: ", "From the airport, drive to ",
)] + [(label, True) for label in (
    "Billing office: ", "Mail to: ", "Dirección postal: ", "Oficina de facturación: ", "Envíe sus pagos a: ",
    "Estacionamiento: ", "Park in the garage at ", "Parking: Overland Park Place garage at ", "Grace Church, ",
    "Recommended lodging: Hotel Baxter, ", "Opening spring 2027\nOur first clinic: ", "Coming soon\nAddress: ",
)])
def test_labels_of_the_clinics_own_name_or_town_and_of_other_places(label, mailing):
    [found] = find_addresses(f"{label}88 W Main St, Bozeman, MT 59715")
    assert found.mailing is mailing


@pytest.mark.parametrize("after, closed", [
    (" — Permanently closed", True), ("\nThis location is now closed.", True), (" has closed permanently.", True),
    (" · 406-555-0134 · Closed permanently", True), (" (permanently closed)", True),
    (" — Closed Sundays", False), ("\nSun: Closed", False), ("\nClosed on major holidays", False),
    (" has closed on Mondays since May", False), ("\nPermanently closed:\n12 N Willson Ave", False),
])
def test_a_place_marked_closed_after_its_address(after, closed):
    assert find_addresses(f"88 W Main St, Bozeman, MT 59715{after}")[0].mailing is closed


@pytest.mark.parametrize("text, landmark", [
    ("From the depot at 88 W Main St, Bozeman, MT 59715, walk three blocks south.", True),
    ("From the bus stop on 88 W Main St, Bozeman, MT 59715 head north two blocks.", True),
    ("Enter at 88 W Main St, Bozeman, MT 59715, then turn left at the elevator.", False),
    ("From the airport, drive to 88 W Main St, Bozeman, MT 59715, then turn right.", False),
    ("From Monday we are at 88 W Main St, Bozeman, MT 59715.", False),
])
def test_a_landmark_in_directions_is_no_place_to_visit(text, landmark):
    assert find_addresses(text)[0].mailing is landmark


def test_a_note_in_brackets_leaves_the_street_but_a_suite_in_brackets_stays():
    [note] = find_addresses("88 W Main St (Entrance C), Suite 4, Bozeman, MT 59715")
    [suite] = find_addresses("Located at 88 W Main St (Suite 4), Bozeman, MT 59715.")
    assert (note.address.street, suite.address.street) == ("88 W Main St, Suite 4", "88 W Main St (Suite 4)")


@pytest.mark.parametrize("text, label", [
    ("Teléfono: 406-555-0134", PHONE),
    ("Llámenos: 406-555-0134", PHONE),
    ("Facsímil: 406-555-0135", FAX),
    ("Mensajes de texto: 406-555-0199", SECONDARY),
    ("Solo texto 406-555-0199", SECONDARY),
    ("Llamadas o mensajes de texto: 406-555-0134", PHONE),
    ("Billings 406-555-0177", UNLABELLED),
    ("Oficina de facturación: 406-555-0111", OTHER),
    ("In crisis? Call or text 988. To book, call 406-555-0134", PHONE),
    ("If this is an emergency, dial 911. Office: 406-555-0134", PHONE),
    ("For non-emergency questions: 406-555-0134", UNLABELLED),
    ("Non emergency: 406-555-0134", UNLABELLED),
    ("Call 988 for the Lifeline. Veterans: 1-800-555-0190", HOTLINE),
    ("National Suicide Prevention Lifeline. Call 1-800-555-0190", HOTLINE),
    ("Emergency line: 406-555-0190", HOTLINE),
])
def test_spanish_labels_and_a_visits_sentence_after_a_crisis_line(text, label):
    assert find_phones(text)[-1].label == label


def test_a_desks_name_before_a_number_is_no_branch_but_a_towns_is():
    desks = "<p>88 W Main St, Bozeman, MT 59715</p><p>Front Desk 406-555-0134 · Nurse Line 406-555-0136</p>"
    towns = "<p>88 W Main St, Bozeman, MT 59715</p><p>Bozeman 406-555-0134 · Billings 406-555-0177</p>"
    assert placed(clinics(page(desks)))[0][4] == "+14065550134"
    assert placed(clinics(page(towns)))[0][4] == "+14065550134"
    assert placed(clinics(page(towns.replace("Bozeman 406", "Helena 406"))))[0][4] == ""


def test_a_telehealth_companys_copyright_address_is_no_clinic_but_a_clinics_is_kept():
    footer = "<footer><p>© 2026 Somnia Health · 88 W Main St, Bozeman, MT 59715</p></footer>"
    online = placed(clinics(page("<p>We are a telehealth-only practice.</p>" + footer)))
    in_person = placed(clinics(page("<p>Telehealth-only follow-ups are available.</p>" + footer)))
    assert (online, in_person) == ((), (("88 W Main St", "Bozeman", "MT", "59715", ""),))


def test_template_placeholders_in_structured_data_are_read_as_nothing():
    node = {"@type": "MedicalClinic", "name": "Gallatin Ketamine", "telephone": "{{ phone }}", "address": {
        "@type": "PostalAddress", "streetAddress": "{{street}}", "addressLocality": "{% city %}",
        "addressRegion": "{{state}}", "postalCode": "{{zip}}"}}
    body = "<footer><p>88 W Main St, Bozeman, MT 59715 · 406-555-0134</p></footer>"
    assert placed(clinics(page(body, head=jsonld(node)))) == (
        ("88 W Main St", "Bozeman", "MT", "59715", "+14065550134"),)


@pytest.mark.timeout(30)
def test_long_lines_of_closed_branches_directions_and_crisis_sentences_are_read_in_bounded_pieces():
    closed = " · ".join(f"{i} Main St, Bozeman, MT 59715 — Permanently closed" for i in range(3_000))
    assert len(find_addresses(closed)) <= addresses.MAX_ANCHORS
    directions = "From the depot at " + "a " * 20_000 + "88 W Main St, Bozeman, MT 59715, walk " + "on " * 20_000
    find_addresses(directions)
    crisis = "In crisis? Call 988. " * 5_000 + " ".join(f"To book, call 406-555-{i % 10_000:04d}." for i in range(3_000))
    assert len(find_phones(crisis)) <= phones.MAX_NUMBERS
    page(f"<p>{closed}</p><p>{crisis}</p><footer>© 2026 · {closed}</footer><p>We are a telehealth-only practice.</p>")
