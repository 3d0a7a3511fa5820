"""A directory listing spider: index → state pages → pagination → entries, and each listed site read in the run."""

import pytest_twisted

from spiders.sources.sample_directory import SampleDirectorySpider
from tests.crawling import crawl
from tests.test_clinic_sites_failures import HOME, PRICING, serve


def entry(name, website, address, phone):
    site = f"<a class='listing-website' href='{website}'>Website</a>" if website else ""
    return (f"<article class='listing'><h3 class='listing-name'>{name}</h3>{site}"
            f"<p class='listing-address'>{address}</p><span class='listing-phone'>{phone}</span></article>")


@pytest_twisted.ensureDeferred
async def test_index_states_pages_and_listed_sites(httpserver):
    # Registered first: the server answers with the first handler that matches, and page 1 matches any query.
    httpserver.expect_request("/clinics/oh", query_string="page=2").respond_with_data(
        entry("Buckeye Infusions", "", "12 Main St, Dayton, OH 45402", "937-555-0144"), content_type="text/html")
    site = serve(httpserver, {
        "/": HOME, "/pricing": PRICING,
        "/states": "<a class='state-link' href='/clinics/oh'>Ohio</a> <a class='state-link' href='/clinics/tx'>Texas</a>",
        "/clinics/oh": entry("Juniper Ketamine Clinic", "/", "88 High St, Columbus, OH 43215", "(614) 555-0110")
        + "<a rel='next' href='/clinics/oh?page=2'>Next</a>",
        "/clinics/tx": entry("Lone Star Ketamine", "", "500 Congress Ave Ste 2, Austin, TX 78701", "512-555-0101")
        + "<article class='listing'><p>Advertisement</p></article>",
    })
    run = await crawl(SampleDirectorySpider, urls=httpserver.url_for("/states"))

    found = {(item.source, item.name): item for item in run.items}
    assert set(found) == {("sample_directory", "Juniper Ketamine Clinic"), ("sample_directory", "Lone Star Ketamine"),
                          ("sample_directory", "Buckeye Infusions"), ("clinic_sites", "Juniper Ketamine Clinic")}
    lone_star = found["sample_directory", "Lone Star Ketamine"]
    assert (lone_star.street, lone_star.city, lone_star.state, lone_star.postal_code, lone_star.phone) == (
        "500 Congress Ave Ste 2", "Austin", "TX", "78701", "+15125550101")
    assert found["sample_directory", "Juniper Ketamine Clinic"].website == site
    assert found["clinic_sites", "Juniper Ketamine Clinic"].fee_min == 475
    assert run.stats["sample_directory/entries_without_name"] == 1
    assert run.stats["sample_directory/listing_pages"] == 4
