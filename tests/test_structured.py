"""schema.org extraction: JSON-LD block by block, @graph and references, microdata, malformed blocks."""

from spiders.extract.page import parse_html
import pytest

from spiders.extract.structured import read_structured

CLINIC_LD = """<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "MedicalClinic", "name": "Aspen Ketamine Clinic",
 "telephone": "(303) 555-0142",
 "address": {"@type": "PostalAddress", "streetAddress": "1420 Larimer St", "addressLocality": "Denver",
             "addressRegion": "CO", "postalCode": "80202"},
 "geo": {"@type": "GeoCoordinates", "latitude": "39.75", "longitude": -104.99}, "priceRange": "$$$"}
</script>"""
YOAST_GRAPH = """<script type="application/ld+json">
{"@context": "https://schema.org", "@graph": [
 {"@type": "WebSite", "@id": "https://x.test/#website", "name": "Site"},
 {"@type": ["MedicalBusiness", "LocalBusiness"], "@id": "https://x.test/#org", "name": "Birch Infusions",
  "address": {"@id": "https://x.test/#addr"}, "telephone": "+1-512-555-0101"},
 {"@type": "PostalAddress", "@id": "https://x.test/#addr", "streetAddress": "500 Main St Ste 2",
  "addressLocality": "Austin", "addressRegion": "Texas", "postalCode": "78701"}]}
</script>"""
MALFORMED = """<script type="application/ld+json">{"@type": "MedicalClinic", "name": "Broken",}</script>"""
MICRODATA = """<div itemscope itemtype="https://schema.org/MedicalClinic"><h1 itemprop="name">Cedar Clinic</h1>
<div itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">
<span itemprop="streetAddress">9 Elm Rd</span>, <span itemprop="addressLocality">Salem</span>
<span itemprop="addressRegion">OR</span> <span itemprop="postalCode">97301</span></div>
<a itemprop="telephone" href="tel:+15035550177">503-555-0177</a></div>"""
CHAIN = """<script type="application/ld+json">
{"@type": "Organization", "name": "Delta Chain", "department": [
 {"@type": "LocalBusiness", "name": "Delta North", "address": {"streetAddress": "1 A St", "postalCode": "10001"}},
 {"@type": "LocalBusiness", "name": "Delta South", "address": {"streetAddress": "2 B St", "postalCode": "10019"}}]}
</script>"""
NOT_A_CLINIC = """<script type="application/ld+json">{"@type": "BlogPosting", "headline": "Ketamine news"}</script>"""


def orgs_of(*blocks):
    tree = parse_html(f"<html><head>{''.join(blocks)}</head><body><p>x</p></body></html>")
    return read_structured(tree, "https://x.test/")


@pytest.mark.parametrize("blocks, expected", [
    ((CLINIC_LD,), [("Aspen Ketamine Clinic", "1420 Larimer St", "Denver", "CO", "80202", "(303) 555-0142")]),
    ((YOAST_GRAPH,), [("Birch Infusions", "500 Main St Ste 2", "Austin", "Texas", "78701", "+1-512-555-0101")]),
    ((MICRODATA,), [("Cedar Clinic", "9 Elm Rd", "Salem", "OR", "97301", "+15035550177")]),
    ((MALFORMED, CLINIC_LD), [("Aspen Ketamine Clinic", "1420 Larimer St", "Denver", "CO", "80202",
                               "(303) 555-0142")]),
    ((CHAIN,), [("Delta Chain", "", "", "", "", ""), ("Delta North", "1 A St", "", "", "10001", ""),
                ("Delta South", "2 B St", "", "", "10019", "")]),
    ((NOT_A_CLINIC,), []),
])
def test_clinic_nodes(blocks, expected):
    found = [(o.name, o.street, o.city, o.state, o.postal_code, o.phone) for o in orgs_of(*blocks).orgs]
    assert found == expected


def test_malformed_block_is_counted_and_does_not_hide_the_valid_one():
    data = orgs_of(MALFORMED, CLINIC_LD)
    assert data.malformed_blocks == 1
    assert [o.name for o in data.orgs] == ["Aspen Ketamine Clinic"]


def test_geo_and_price_range_are_read():
    org = orgs_of(CLINIC_LD).orgs[0]
    assert (org.latitude, org.longitude, org.price_range) == (39.75, -104.99, "$$$")
    assert org.specific
