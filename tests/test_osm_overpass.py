"""osm_overpass against a local Overpass stand-in: listings become items, their websites are read in the same run."""

import pytest_twisted

from spiders.sources.osm_overpass import OSM_ELEMENT_URL, OSM_LICENCE, OsmOverpassSpider
from tests.crawling import crawl
from tests.test_clinic_sites_failures import HOME, PRICING, serve


def elements(site_url):
    return {"elements": [
        {"type": "node", "id": 101, "lat": 39.96, "lon": -83.0, "tags": {
            "name": "Juniper Ketamine Clinic", "healthcare": "clinic", "website": site_url,
            "phone": "614-555-0110", "addr:housenumber": "88", "addr:street": "High St", "addr:city": "Columbus",
            "addr:state": "OH", "addr:postcode": "43215"}},
        {"type": "way", "id": 202, "center": {"lat": 30.27, "lon": -97.74}, "tags": {
            "name": "Lone Star Ketamine", "amenity": "clinic", "healthcare:speciality": "psychiatry;ketamine",
            "addr:housenumber": "500", "addr:street": "Congress Ave", "addr:unit": "2", "addr:city": "Austin",
            "addr:state": "TX", "addr:postcode": "78701"}},
        {"type": "node", "id": 303, "lat": 1, "lon": 1, "tags": {"healthcare": "clinic"}},
    ]}


@pytest_twisted.ensureDeferred
async def test_listings_and_their_websites_in_one_run(httpserver):
    site = serve(httpserver, {"/": HOME, "/pricing": PRICING})
    httpserver.expect_request("/api/interpreter", method="POST").respond_with_json(elements(site))
    run = await crawl(OsmOverpassSpider, {"OVERPASS_URL": httpserver.url_for("/api/interpreter")})

    by_source = {(item.source, item.name): item for item in run.items}
    assert set(by_source) == {("osm_overpass", "Juniper Ketamine Clinic"), ("osm_overpass", "Lone Star Ketamine"),
                              ("clinic_sites", "Juniper Ketamine Clinic")}
    listing = by_source["osm_overpass", "Lone Star Ketamine"]
    assert (listing.street, listing.latitude, listing.longitude) == ("500 Congress Ave Unit 2", 30.27, -97.74)
    assert listing.source_url == OSM_ELEMENT_URL.format(type="way", id=202)
    assert listing.licence == OSM_LICENCE and listing.ketamine_provider is True
    assert by_source["osm_overpass", "Juniper Ketamine Clinic"].phone == "+16145550110"
    assert by_source["clinic_sites", "Juniper Ketamine Clinic"].fee_min == 475
    assert run.stats["osm_overpass/elements_without_name"] == 1
    query = next(request.form["data"] for request, _ in httpserver.log if request.path == "/api/interpreter")
    assert "ketamine" in query and "out center" in query


@pytest_twisted.ensureDeferred
async def test_an_unreachable_endpoint_is_a_reported_failure(httpserver):
    httpserver.expect_request("/api/interpreter").respond_with_data("overloaded", status=504)
    run = await crawl(OsmOverpassSpider, {"OVERPASS_URL": httpserver.url_for("/api/interpreter")})
    assert run.items == []
    assert run.crawler.spider.failed_sites == {httpserver.url_for("/api/interpreter"): "HTTP 504"}
