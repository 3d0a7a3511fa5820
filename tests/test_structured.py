"""schema.org extraction: JSON-LD block by block, @graph and references, microdata, malformed blocks."""

from spiders.extract.page import _lower, parse_html, read_page
import pytest

from spiders.extract.structured import read_structured
from spiders.extract.text import visible_text

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


# --- the rest of the page: its visible text, links, title and site name ------------------------------------------

@pytest.mark.parametrize("html, text", [
    ("<p>a</p><p>b</p>", "a\nb"),
    ("<table><tr><th>Service</th><td>Price</td></tr><tr><td>Infusion</td><td>$450</td></tr></table>",
     "Service | Price\nInfusion | $450"),
    ("<nav><a href=/>Home</a><a href=/p>Pricing</a></nav>", "Home Pricing"),
    ("<div>shown<script>hidden()</script><style>.x{}</style><noscript>no</noscript> too</div>", "shown too"),
    ("<p>a&nbsp;&nbsp;b\tc\u200bd\r\ne</p>", "a b c d\ne"),
    ("<svg><title>Icon</title></svg>after", "after"),
    ("<ul><li>One<li>Two</ul>", "One\nTwo"),
    ("line<br>break", "line\nbreak"),
    ("<p> | cell | </p>", "cell"),
    ("<template><p>later</p></template><p>now</p>", "now"),
    ("<div><div><p>deep</p></div></div><p>next</p>", "deep\nnext"),
    ("<span>in</span><span>line</span>", "inline"),
    ("<h2>Pricing</h2>\n\n\n<p>Text</p>", "Pricing\nText"),
    ("<p>x <!-- c --> y</p>", "x y"),
    ("<p>café — “quoted”</p>", "café — “quoted”"),
])
def test_visible_text(html, text):
    assert visible_text(parse_html(html)) == text


def test_visible_text_leaves_the_tree_as_it_was():
    tree = parse_html("<p>a<script>s()</script></p><a href=/x>b</a>")
    visible_text(tree)
    assert [(e.tag, e.text, e.tail) for e in tree.iter("script", "a")] == [("script", "s()", None), ("a", "b", None)]


@pytest.mark.parametrize("text", [
    "Ketamine ÀÉÎ Ø Þ ß µ ÿ © 2026", "".join(map(chr, range(256))), "İstanbul ΣΑΣ", "",
])
def test_lower_is_str_lower(text):
    assert _lower(text) == text.lower()


def test_title_site_name_tel_links_and_links():
    facts = read_page(
        '<html><head><title> Summit\n Ketamine </title><meta property="og:site_name" content="Summit">'
        '<meta property="og:site_name"><meta property="og:site_name" content="Wellness">'
        '<meta name="og:site_name" content="no"></head><body><a href="tel:+1 (720) 555-0131">Call</a>'
        '<a href="/pricing"> Our\n <b>prices</b></a><a href="tel:720.555.0131">Again</a><a>no href</a>'
        '<a href="tel:555">short</a><svg><a href="tel:303-555-0142">svg</a></svg></body></html>', "https://x.test/")
    assert (facts.title, facts.site_name) == ("Summit Ketamine", "Summit Wellness")
    assert facts.tel_links == ["+17205550131", "555", "+13035550142"]
    assert facts.links == [("tel:+1 (720) 555-0131", "Call"), ("/pricing", "Our prices"), ("tel:720.555.0131", "Again"),
                           ("", "no href"), ("tel:555", "short"), ("tel:303-555-0142", "svg")]
