"""Which links of a clinic site are worth a request, and URL canonicalisation."""

import pytest

from spiders.extract.links import canonical_url, ranked_links, relevance


@pytest.mark.parametrize("url, expected", [
    ("HTTP://Clinic.TEST/?utm_source=news&utm_medium=mail", "http://clinic.test/"),
    ("http://clinic.test/pricing#fees", "http://clinic.test/pricing"),
    ("http://clinic.test/page?id=3&gclid=x", "http://clinic.test/page?id=3"),
    ("http://clinic.test", "http://clinic.test/"),
])
def test_canonical_url(url, expected):
    assert canonical_url(url) == expected


@pytest.mark.parametrize("url, text, worth", [
    ("http://c.test/pricing", "Pricing", True),
    ("http://c.test/our-fees", "", True),
    ("http://c.test/faq", "FAQ", True),
    ("http://c.test/contact-us", "Contact", True),
    ("http://c.test/p/7", "Cost of treatment", True),
    ("http://c.test/blog/ketamine-prices-2024", "Blog", False),
    ("http://c.test/brochure.pdf", "Pricing brochure", False),
    ("http://c.test/privacy", "Privacy", False),
    ("http://c.test/gallery", "Gallery", False),
])
def test_relevance(url, text, worth):
    assert (relevance(url, text) > 0) is worth


def test_ranked_links_stay_on_site_and_put_fees_first():
    links = [("/about", "About us"), ("http://other.test/pricing", "Pricing"), ("/pricing", "Pricing"),
             ("mailto:a@c.test", "Mail"), ("/faq#top", "FAQ"), ("/faq", "Questions"), ("tel:+1303", "Call")]
    ranked = [url for _, url in ranked_links("http://c.test/", links, "http://c.test/")]
    assert ranked == ["http://c.test/pricing", "http://c.test/faq", "http://c.test/about"]


def test_on_a_website_builder_only_the_customers_own_pages_are_followed():
    root = "https://sites.google.com/view/aspen-ketamine/"
    links = [("/view/aspen-ketamine/pricing", "Pricing"), ("/view/birch-infusions/pricing", "Pricing"),
             ("https://sites.google.com/view/Aspen-Ketamine/faq", "FAQ"), ("/new", "Create a site")]
    ranked = [url for _, url in ranked_links(root + "home", links, root)]
    assert ranked == ["https://sites.google.com/view/aspen-ketamine/pricing",
                      "https://sites.google.com/view/Aspen-Ketamine/faq"]


def test_a_malformed_link_is_skipped_and_the_links_after_it_are_ranked():
    links = [("http://[c.test/fees", "Fees"), ("http://c.test:80a/faq", "FAQ"), ("/pricing", "Pricing")]
    assert [url for _, url in ranked_links("http://c.test/", links, "http://c.test/")] == ["http://c.test/pricing"]
