"""Item pipelines shared by every spider: one normal form for contact fields, and no clinic without a name."""

from __future__ import annotations

from scrapy.exceptions import DropItem

from common.contact import normalize_phone, normalize_state, normalize_zip
from common.items import ClinicItem


class NormalizeContactPipeline:
    """Discovery sources publish phones, states and ZIPs in every notation; the directory expects one."""

    def process_item(self, item: ClinicItem) -> ClinicItem:
        item.name = " ".join(item.name.split())
        item.phone = normalize_phone(item.phone)
        item.state = normalize_state(item.state)
        item.postal_code = normalize_zip(item.postal_code)
        return item


class RequireIdentityPipeline:
    def process_item(self, item: ClinicItem) -> ClinicItem:
        if not item.name:
            raise DropItem(f"no clinic name found on {item.source_url}", log_level="INFO")
        return item
