"""`sample_directory`: the clinic directory of the bundled sample web (state index → paginated state pages).

It shows what a spider for a real directory looks like on top of DirectoryListingSpider: selectors only.

    scrapy crawl sample_directory -a urls=http://127.0.0.9:8000/states
"""

from spiders.listing import DirectoryListingSpider


class SampleDirectorySpider(DirectoryListingSpider):
    name = "sample_directory"
    region_css = "a.state-link::attr(href)"
    entry_css = "article.listing"
    field_css = {
        "name": ".listing-name::text",
        "website": "a.listing-website::attr(href)",
        "address": ".listing-address ::text",
        "phone": ".listing-phone::text",
    }
