"""`osm_overpass`: ketamine clinics in OpenStreetMap (Overpass API), then each clinic's own website.

OpenStreetMap data is © OpenStreetMap contributors, under the ODbL: every item carries that licence and the build
credits it. The endpoint is a setting (OVERPASS_URL) so that tests and the demo use a local stand-in.

    scrapy crawl osm_overpass -O osm.jsonl
    scrapy crawl osm_overpass -s OVERPASS_URL=http://127.0.0.1:8000/api/interpreter
"""

from __future__ import annotations

import json
from typing import Any

import scrapy
from scrapy.http import Response

from common.vocabulary import find_conditions, find_routes
from common.items import ClinicItem
from spiders.site_records import web_address
from spiders.sitecrawl import SiteCrawlSpider

OSM_LICENCE = "OpenStreetMap data © OpenStreetMap contributors, ODbL 1.0"
# Each item's provenance: the element's public page.
OSM_ELEMENT_URL = "https://www.openstreetmap.org/{type}/{id}"

# Healthcare places in the US whose name, speciality or description says ketamine.
QUERY = """[out:json][timeout:180];
area["ISO3166-1"="US"][admin_level=2]->.us;
(
  nwr["healthcare"]["name"~"ketamine",i](area.us);
  nwr["amenity"="clinic"]["name"~"ketamine",i](area.us);
  nwr["healthcare:speciality"~"ketamine",i](area.us);
  nwr["healthcare"]["description"~"ketamine",i](area.us);
);
out center tags;"""


class OsmOverpassSpider(SiteCrawlSpider):
    name = "osm_overpass"

    async def start(self):
        endpoint = self.settings.get("OVERPASS_URL")
        yield scrapy.FormRequest(endpoint, formdata={"data": QUERY}, callback=self.parse_elements,
                                 errback=self.listing_failed)

    def parse_elements(self, response: Response, **kwargs: Any):
        try:
            elements = json.loads(response.text)["elements"]
        except (ValueError, KeyError, TypeError) as exc:
            self.record_listing_failure(response.url, f"not an Overpass JSON answer ({exc.__class__.__name__})")
            return
        for element in elements if isinstance(elements, list) else ():
            item = self.element_item(element, response.url)
            if item is None:
                self.count("elements_without_name")
                continue
            self.count("clinics")
            if item.website and web_address(item.website) is None:
                # Anyone can edit a website tag: a bad one is reported with its element, and the rest go on.
                self.skip_url(item.website, item.source_url, "website tag is not a web address")
                item.website = ""
            yield item
            if item.website:
                yield from self.site_requests(item.website, item.source_url)

    def element_item(self, element: dict, endpoint: str) -> ClinicItem | None:
        tags = element.get("tags") if isinstance(element, dict) else None
        if not isinstance(tags, dict) or not isinstance(tags.get("name"), str) or not tags["name"]:
            return None
        point = element if "lat" in element else element.get("center") or {}
        text = " ".join(tags.get(key, "") for key in ("name", "description", "healthcare:speciality"))
        street = " ".join(filter(None, (tags.get("addr:housenumber"), tags.get("addr:street"))))
        if tags.get("addr:unit"):
            street += f" Unit {tags['addr:unit']}"
        return ClinicItem(
            source=self.name,
            source_url=OSM_ELEMENT_URL.format(type=element.get("type", "node"), id=element.get("id")),
            crawled_at=self.crawled_at,
            name=tags["name"],
            website=tags.get("website") or tags.get("contact:website") or tags.get("url") or "",
            street=street,
            city=tags.get("addr:city", ""),
            state=tags.get("addr:state", ""),
            postal_code=tags.get("addr:postcode", ""),
            phone=tags.get("phone") or tags.get("contact:phone") or "",
            latitude=point.get("lat"),
            longitude=point.get("lon"),
            routes=find_routes(text),
            conditions=find_conditions(text),
            ketamine_provider=True if "ketamine" in text.lower() else None,
            licence=OSM_LICENCE,
        )
