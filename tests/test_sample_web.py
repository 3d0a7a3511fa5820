"""The bundled sample web: its servers behave like the web it stands for, and its answer key is consistent."""

import time
import urllib.error
import urllib.request

import pytest

from clinicdir.sample_web import ANSWER_KEY, SampleWeb
from clinicdir.sample_web.catalog import SITES


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


def test_every_site_on_its_own_loopback_host(web):
    hosts = {url.split("/")[2].split(":")[0] for url in web.start_urls}
    assert len(hosts) == len(SITES) >= 20 and all(host.startswith("127.0.0.") for host in hosts)
    assert sum("utm_source" in url for url in web.start_urls) == 1
    for url in web.start_urls[:5]:
        status, kind, body, _ = fetch(url)
        assert status == 200 and kind.startswith("text/html") and 15_000 < len(body) < 70_000


def test_robots_sitemap_redirect_pdf_and_broken_pages(web):
    assert b"Disallow: /members/" in fetch(web.url_for("oak") + "robots.txt")[2]
    robots = fetch(web.url_for("fir") + "robots.txt")[2].decode()
    assert f"Sitemap: {web.url_for('fir')}sitemap.xml" in robots
    assert b"/investment</loc>" in fetch(web.url_for("fir") + "sitemap.xml")[2]
    assert b"/investment" not in fetch(web.url_for("fir"))[2]            # reachable only through the sitemap
    status, _, _, final = fetch(web.url_for("pine") + "pricing")
    assert status == 200 and final.endswith("/our-fees")
    assert fetch(web.url_for("pine") + "brochure.pdf")[1] == "application/pdf"
    assert fetch(web.url_for("maple") + "faq")[0] == 500
    assert [fetch(web.url_for("nova") + "pricing")[0] for _ in range(2)] == [503, 200]
    assert not fetch(web.url_for("redwood") + "pricing")[2].rstrip().endswith(b"</html>")
    assert fetch(web.url_for("aspen") + "no-such-page")[0] == 404


def test_requests_are_recorded(web):
    fetch(web.url_for("elm") + "contact")
    assert (web.url_for("elm").split("/")[2].split(":")[0], "/contact") in web.requests


def test_starts_and_stops_quickly_and_frees_its_port():
    started = time.perf_counter()
    with SampleWeb() as first:
        port = first.port
    with SampleWeb(port=port) as second:   # the port is free again
        assert fetch(second.start_urls[0])[0] == 200
    assert time.perf_counter() - started < 3


def expected_decision(fee_min, provider):
    if not provider:
        return "excluded", "not_ketamine_provider"
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
        assert (clinic.status, clinic.reason_code) == expected_decision(clinic.fee_min, clinic.ketamine_provider)
        assert clinic.fee_max is None or clinic.fee_min <= clinic.fee_max
    catalog = {(loc.name, loc.postal_code) for site in SITES for loc in site.locations}
    assert {(c.name, c.postal_code) for c in ANSWER_KEY} == catalog
    shapes = {site.structured for site in SITES} | {site.fee_page for site in SITES}
    assert shapes >= {"jsonld", "graph", "malformed", "microdata", "none", "pricing", "faq", "sitemap", "redirect"}
    assert {code for c in ANSWER_KEY for code in (c.reason_code,)} >= {
        "fee_in_range", "fee_above_range", "fee_below_range", "fee_far_above_range", "fee_unknown",
        "not_ketamine_provider"}


def test_accuracy_score_counts_what_differs_from_the_key():
    import pandas as pd

    from clinicdir.accuracy import score

    rows = [{"clinic_id": f"kc-{i:010x}", "name": c.name, "street": c.street, "city": c.city, "state": c.state,
             "postal_code": c.postal_code, "phone": c.phone, "fee_min": c.fee_min, "fee_max": c.fee_max,
             "status": c.status, "reason_code": c.reason_code, "routes": ";".join(c.routes),
             "conditions": ";".join(c.conditions)} for i, c in enumerate(ANSWER_KEY)]
    rows[0]["fee_min"] = 999.0
    rows.append(dict(rows[1], clinic_id="kc-ffffffffff", name="Stray Clinic", postal_code="10001"))
    result = score(pd.DataFrame(rows[1:2] + rows[0:1] + rows[2:]), ANSWER_KEY)
    assert result.found == len(ANSWER_KEY) and result.extra == ["Stray Clinic"]
    assert result.rate("fee_min") == f"{len(ANSWER_KEY) - 1}/{len(ANSWER_KEY)}"
    assert result.rate("name") == f"{len(ANSWER_KEY)}/{len(ANSWER_KEY)}"
