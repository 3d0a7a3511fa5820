"""The bundled sample web: its servers behave like the web it stands for, and its answer key is consistent."""

import json
import re
import socket
import urllib.error
import urllib.request

import pytest
import zipcodes

from clinicdir.sample_web import ANSWER_KEY, SampleWeb
from clinicdir.sample_web.catalog import SITES
from clinicdir.sample_web.pages import site_pages
from spiders.extract.page import parse_html
from spiders.extract.text import visible_text
from common.vocabulary import find_conditions, find_routes

BASE = "http://127.0.0.1:1/"
JSONLD = re.compile(rb"<script type='application/ld\+json'[^>]*>(.*?)</script>", re.S)


@pytest.fixture(scope="module")
def web():
    with SampleWeb() as running:
        yield running


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.headers.get("Content-Type"), response.read(), response.url
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type"), error.read(), url


def host(url):
    return url.split("/")[2].split(":")[0]


def pages_of(key):
    return site_pages(next(site for site in SITES if site.key == key), BASE)


def html_pages(site):
    """The pages of a site a reader sees: served with 200 as HTML, robots permitting."""
    return {path: page.body for path, page in site_pages(site, BASE).items()
            if page.status == 200 and page.content_type.startswith("text/html") and not path.startswith("/members/")}


# --- the servers ------------------------------------------------------------------------------------------------

def test_every_site_on_its_own_loopback_host(web):
    hosts = [host(url) for url in web.start_urls if "utm_source" not in url]
    assert len(set(hosts)) == len(hosts) == len(SITES) >= 22
    assert all(re.fullmatch(r"127\.0\.0\.\d+", h) for h in hosts)
    assert {url.split("/")[2].split(":")[1] for url in web.start_urls} == {str(web.port)}
    assert sum("utm_source=newsletter" in url for url in web.start_urls) == 1
    for site, url in zip(SITES, web.start_urls):
        status, kind, body, _ = fetch(url)
        assert status == 200 and kind == "text/html; charset=utf-8"
        assert site.name.replace("&", "&amp;").encode() in body     # each host serves its own site
        assert web.url_for(site.key) == url


def test_the_tracking_variant_is_the_same_site(web):
    variant = next(url for url in web.start_urls if "utm_source" in url)
    assert fetch(variant)[2] == fetch(variant.split("?")[0])[2]


def test_robots_txt_and_the_members_page_it_forbids(web):
    robots = fetch(web.url_for("oak") + "robots.txt")
    assert robots[0] == 200 and robots[1].startswith("text/plain") and b"Disallow: /members/" in robots[2]
    assert b"href='/members/rates'" in fetch(web.url_for("oak"))[2]
    assert b"$300" in fetch(web.url_for("oak") + "members/rates")[2]
    assert next(c for c in ANSWER_KEY if c.site == "oak").fee_min == 500   # the public price, not the members' one


def test_pricing_page_reachable_only_through_the_sitemap(web):
    root = web.url_for("fir")
    assert f"Sitemap: {root}sitemap.xml" in fetch(root + "robots.txt")[2].decode()
    status, kind, sitemap, _ = fetch(root + "sitemap.xml")
    assert status == 200 and kind == "application/xml"
    assert f"<loc>{root}investment</loc>".encode() in sitemap
    assert fetch(root + "investment")[0] == 200
    assert not [path for path, body in html_pages(SITES[[s.key for s in SITES].index("fir")]).items()
                if b"/investment" in body]


def test_redirect_and_pdf(web):
    status, _, body, final = fetch(web.url_for("pine") + "pricing")
    assert status == 200 and final.endswith("/our-fees") and b"USD 550" in body
    status, kind, pdf, _ = fetch(web.url_for("pine") + "brochure.pdf")
    assert status == 200 and kind == "application/pdf"
    assert pdf.startswith(b"%PDF-1.4") and pdf.rstrip().endswith(b"%%EOF")
    assert int(pdf.rsplit(b"startxref\n", 1)[1].split()[0]) == pdf.index(b"xref\n")


def test_broken_pages(web):
    assert fetch(web.url_for("maple") + "faq")[0] == 500
    assert fetch(web.url_for("maple") + "faq")[0] == 500        # always
    assert [fetch(web.url_for("nova") + "pricing")[0] for _ in range(3)] == [503, 200, 200]
    truncated = fetch(web.url_for("redwood") + "pricing")[2]
    assert b"$450" in truncated and not truncated.rstrip().endswith(b"</html>")
    assert fetch(web.url_for("aspen") + "no-such-page")[0] == 404


def test_requests_are_recorded(web):
    fetch(web.url_for("elm") + "contact")
    assert (host(web.url_for("elm")), "/contact") in web.requests


def test_stops_and_frees_its_port():
    with SampleWeb() as first:
        port = first.port
    for _ in range(3):
        web = SampleWeb(port=port).start()
        assert fetch(web.start_urls[0])[0] == 200
        web.stop()


def test_an_explicit_port_taken_on_a_later_address_fails_cleanly():
    with SampleWeb() as web:
        port, last = web.port, host(web.start_urls[len(SITES) - 1])
    with socket.socket() as squatter:
        squatter.bind((last, port))
        squatter.listen()
        with pytest.raises(OSError):
            SampleWeb(port=port).start()
    with SampleWeb(port=port) as again:    # nothing was left bound by the failed start
        assert fetch(again.start_urls[0])[0] == 200


# --- the pages ------------------------------------------------------------------------------------------------

def test_every_page_is_within_the_size_band_of_real_clinic_pages():
    sizes = {(site.key, path): len(body) for site in SITES for path, body in html_pages(site).items()}
    assert len(sizes) > 150
    assert all(15_000 < size < 70_000 for size in sizes.values()), {k: v for k, v in sizes.items()
                                                                    if not 15_000 < v < 70_000}


def test_sites_are_written_differently():
    for path in ("/", "/about", "/treatments"):
        prose = {tuple(re.findall(r"<p>([^<]{80,})</p>", site_pages(site, BASE)[path].body.decode()))
                 for site in SITES}
        assert len(prose) == len(SITES), path
    css = {re.search(rb"<style[^>]*>(.*?)</style>", site_pages(site, BASE)["/"].body, re.S)[1] for site in SITES}
    assert len(css) > len(SITES) // 2


def test_structured_data_shapes():
    aspen = [json.loads(block) for block in JSONLD.findall(pages_of("aspen")["/"].body)]
    assert aspen[0]["@type"] == "MedicalClinic" and aspen[0]["geo"]["latitude"] and aspen[0]["priceRange"] == "$$$"

    graph = json.loads(JSONLD.findall(pages_of("birch")["/"].body)[0])["@graph"]
    ids = {node["@id"] for node in graph}
    business = next(node for node in graph if "MedicalBusiness" in node["@type"])
    assert {"WebSite", "WebPage"} <= {node["@type"] for node in graph if isinstance(node["@type"], str)}
    assert business["address"]["@id"] in ids

    outcomes = []
    for block in JSONLD.findall(pages_of("cedar")["/"].body):
        try:
            json.loads(block)
            outcomes.append("valid")
        except ValueError:
            try:
                json.loads(block, strict=False)
                outcomes.append("raw newline")
            except ValueError:
                outcomes.append("broken")
    assert sorted(outcomes) == ["broken", "raw newline", "valid"]

    dogwood = pages_of("dogwood")["/"].body
    assert b"itemtype='https://schema.org/MedicalClinic'" in dogwood and b"itemprop='telephone'" in dogwood
    assert not JSONLD.findall(dogwood)

    elm = pages_of("elm")["/"].body
    assert not JSONLD.findall(elm) and b"itemscope" not in elm and b"href='tel:+16145550110'" in elm

    grove = [json.loads(block) for block in JSONLD.findall(pages_of("grove")["/locations"].body)]
    assert {node["telephone"] for node in grove} == {"(602) 555-0131", "(480) 555-0132", "(480) 555-0133"}


def test_page_text_reveals_exactly_the_routes_and_conditions_of_the_key():
    key = {clinic.site: clinic for clinic in ANSWER_KEY}
    for site in SITES:
        text = " ".join(visible_text(parse_html(body)) for body in html_pages(site).values())
        assert (set(find_routes(text)), set(find_conditions(text))) == (
            set(key[site.key].routes), set(key[site.key].conditions)), site.key


# --- the answer key ----------------------------------------------------------------------------------------------

def expected_decision(fee_min, provider, confidence="high", routes=("iv_infusion",)):
    if not provider:
        return "excluded", "not_ketamine_provider"
    if "iv_infusion" not in routes:
        return "review", "no_infusion_offered"
    if confidence == "low":
        return "review", "fee_uncertain"
    if fee_min is None:
        return "review", "fee_unknown"
    if fee_min > 1200:
        return "excluded", "fee_far_above_range"
    if fee_min > 800:
        return "listed", "fee_above_range"
    return ("listed", "fee_below_range") if fee_min < 400 else ("listed", "fee_in_range")


def test_answer_key_is_consistent_with_the_policy_and_the_catalog():
    assert len(ANSWER_KEY) >= 22
    for clinic in ANSWER_KEY:
        assert (clinic.status, clinic.reason_code) == expected_decision(
            clinic.fee_min, clinic.ketamine_provider, clinic.fee_confidence, clinic.routes or ("iv_infusion",))
        assert (clinic.fee_confidence == "") == (clinic.fee_min is None and clinic.fee_max is None)
        assert clinic.fee_max is None or clinic.fee_min <= clinic.fee_max
    catalog = {(loc.name, loc.street, loc.city, loc.state, loc.postal_code, "+1" + re.sub(r"\D", "", loc.phone))
               for site in SITES for loc in site.locations}
    assert {(c.name, c.street, c.city, c.state, c.postal_code, c.phone) for c in ANSWER_KEY} == catalog
    shapes = {site.structured for site in SITES} | {site.fee_page for site in SITES}
    assert shapes >= {"jsonld", "graph", "malformed", "microdata", "none", "pricing", "faq", "sitemap", "redirect"}
    quirks = set().union(*(site.quirks for site in SITES))
    assert quirks >= {"faq_500", "pricing_503_once", "truncated_pricing", "members_rates", "utm_variant", "pdf",
                      "blog", "not_ketamine"}
    assert max(len(site.locations) for site in SITES) >= 3
    assert {c.reason_code for c in ANSWER_KEY} >= {
        "fee_in_range", "fee_above_range", "fee_below_range", "fee_far_above_range", "fee_unknown",
        "not_ketamine_provider", "fee_uncertain", "no_infusion_offered"}
    assert {c.fee_confidence for c in ANSWER_KEY} == {"high", "low", ""}


def test_addresses_are_real_city_zip_pairs_with_fictional_phones():
    for clinic in ANSWER_KEY:
        place = zipcodes.matching(clinic.postal_code)[0]
        assert (place["city"].lower(), place["state"]) == (clinic.city.lower(), clinic.state), clinic.name
        assert re.fullmatch(r"\+1\d{3}55501\d\d", clinic.phone), clinic.phone
    assert len({clinic.state for clinic in ANSWER_KEY}) >= 15


def test_fee_traps_are_on_the_pages():
    text = " ".join(line for site in SITES for line in site.fee_lines)
    for trap in ("six infusions for $2,700", "($450 each)", "consultation", "Save $300", "$99/month",
                 "billed to your insurance", "pain infusion", "Booster", "first infusion is $299", "$1.2k", "$5.7k",
                 "USD 550", "Call us for current pricing"):
        assert trap.lower() in text.lower(), trap


def test_accuracy_score_counts_what_differs_from_the_key():
    import pandas as pd

    from clinicdir.accuracy import report, score

    rows = [{"clinic_id": f"kc-{i:010x}", "name": c.name, "street": c.street, "city": c.city, "state": c.state,
             "postal_code": c.postal_code, "phone": c.phone, "fee_min": c.fee_min, "fee_max": c.fee_max,
             "status": c.status, "reason_code": c.reason_code, "routes": ";".join(c.routes),
             "conditions": ";".join(c.conditions), "latitude": 40.0, "fee_confidence": c.fee_confidence}
            for i, c in enumerate(ANSWER_KEY)]
    rows[0]["fee_min"] = 999.0
    rows[2]["latitude"] = None
    review = next(i for i, c in enumerate(ANSWER_KEY) if c.status == "review" and c.fee_min is None)
    rows[review].update(status="listed", fee_min=450.0, fee_max=450.0)   # a fee where the key has none, listed
    rows.append(dict(rows[1], clinic_id="kc-ffffffffff", name="Stray Clinic", postal_code="10001"))
    result = score(pd.DataFrame(rows[1:2] + rows[0:1] + rows[2:]), ANSWER_KEY)
    assert result.found == len(ANSWER_KEY) and result.extra == ["Stray Clinic"]
    assert result.rate("fee_min") == f"{len(ANSWER_KEY) - 2}/{len(ANSWER_KEY)}"
    assert result.rate("name") == f"{len(ANSWER_KEY)}/{len(ANSWER_KEY)}"
    assert result.placed == len(ANSWER_KEY) - 1
    with_fee = sum(c.fee_min is not None or c.fee_max is not None for c in ANSWER_KEY)
    assert (result.fees_published, result.fees_expected, result.fees_right) == (with_fee + 1, with_fee, with_fee - 1)
    assert result.wrong_decisions == [f"{ANSWER_KEY[review].name}: listed ({ANSWER_KEY[review].reason_code}), "
                                      f"key says review"]
    report_text = report(result)
    assert f"| fee precision (published fees that are right) | {with_fee - 1}/{with_fee + 1}" in report_text
    assert "| wrong automatic decisions (listed or excluded against the key) | 1 |" in report_text
