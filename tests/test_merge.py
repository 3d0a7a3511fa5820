"""Linking crawl items into clinics, and clinic ids that do not depend on crawl order or source."""

import random

import pandas as pd
import pytest

from directory.crawl_input import ITEM_FIELDS
from directory.identity import name_key, street_core
from directory.history import keep_previous_ids
from directory.merge import merge_items


def item(**values):
    base = {name: None for name in ITEM_FIELDS}
    base.update({"source": "clinic_sites", "source_url": "http://aspen.test/", "crawled_at": "2026-11-20T10:00:00+00:00",
                 "name": "Aspen Ketamine", "website": "http://aspen.test/", "street": "1420 Larimer St Suite 300",
                 "city": "Denver", "state": "CO", "postal_code": "80202", "phone": "+13035550142",
                 "routes": ["iv_infusion"], "conditions": ["depression"], "ketamine_provider": True, "fee_min": 450.0,
                 "fee_max": 650.0, "fee_evidence": "Each infusion is $450 to $650.",
                 "fee_source_url": "http://aspen.test/pricing", "fee_note": "", "licence": ""})
    base.update(values)
    return base


@pytest.mark.parametrize("street, core", [
    ("1420 Larimer Street, Suite 300", "1420 larimer 300"),
    ("1420 Larimer St. Ste 300", "1420 larimer 300"),
    ("77 N. Main St", "77 main"),
    ("PO Box 12", "12"),
    ("", ""),
])
def test_street_core(street, core):
    assert street_core(street) == core


def test_name_key_ignores_generic_words():
    assert name_key("The Aspen Ketamine Clinic, LLC") == name_key("Aspen Ketamine Infusion Center") == "aspen"


def test_same_clinic_from_site_and_listing_is_one_clinic_keeping_every_source():
    listing = item(source="osm_overpass", source_url="https://listing.test/node/1", website="https://www.aspen.test",
                   street="1420 Larimer Street, Suite 300", fee_min=None, fee_max=None, routes=[], conditions=[],
                   ketamine_provider=None, licence="ODbL", latitude=39.75, longitude=-104.99)
    merged = merge_items([listing, item()])
    assert len(merged) == 1
    row = merged.iloc[0]
    assert row.sources == "http://aspen.test/ https://listing.test/node/1"
    assert (row.fee_min, row.fee_max, row.latitude) == (450.0, 650.0, 39.75)
    assert row.licences == "ODbL" and row.ketamine_provider == True  # noqa: E712 (numpy bool)


def test_chain_locations_in_different_cities_stay_apart():
    north = item(street="1 A St", postal_code="10001", city="New York", state="NY", phone="+12125550100")
    south = item(street="2 B St", postal_code="73301", city="Austin", state="TX", phone="+12125550100")
    assert len(merge_items([north, south])) == 2


def test_two_practices_in_one_building_stay_apart():
    first = item(name="Aspen Ketamine", website="http://aspen.test/", phone="+13035550142")
    second = item(name="Birch Psychiatry", website="http://birch.test/", phone="+13035550199",
                  street="1420 Larimer St Suite 300")
    merged = merge_items([first, second])
    assert len(merged) == 2 and merged["clinic_id"].is_unique


def test_latest_crawl_gives_the_fee():
    old = item(crawled_at="2026-10-01T00:00:00+00:00", fee_min=400.0)
    new = item(crawled_at="2026-11-20T00:00:00+00:00", fee_min=500.0)
    row = merge_items([old, new]).iloc[0]
    assert (row.fee_min, row.fee_as_of, row.first_seen, row.last_seen) == (500.0, "2026-11-20", "2026-10-01",
                                                                          "2026-11-20")


def test_ids_do_not_depend_on_order_or_on_which_source_saw_the_clinic():
    items = [item(), item(source="osm_overpass", source_url="https://listing.test/1", name="Aspen Ketamine Clinic"),
             item(name="Cedar", website="http://cedar.test/", street="9 Elm Rd", postal_code="97301",
                  phone="+15035550177")]
    ids = set(merge_items(items)["clinic_id"])
    for seed in range(5):
        random.Random(seed).shuffle(items)
        assert set(merge_items(items)["clinic_id"]) == ids
    only_listing = merge_items([items[0] | {"source": "osm_overpass"}])
    assert only_listing.iloc[0].clinic_id in ids


@pytest.mark.parametrize("other, same", [
    # The same clinic in a listing: name written differently, no site, address abbreviated.
    (dict(source="osm_overpass", name="Aspen Ketamine Infusion Center, LLC", website="", phone="",
          street="1420 Larimer Street, Ste 300"), True),
    # A second practice in the same suite: another name, another site.
    (dict(name="Birch Psychiatry", website="http://birch.test/", phone=""), False),
    # A similar name but another phone at the same address: other evidence disagrees.
    (dict(name="Aspen Mind Ketamine", website="", phone="+13035550999"), False),
    # The same name at the same address is one clinic even with a second phone line.
    (dict(name="Aspen Ketamine Clinic", website="", phone="+13035550999"), True),
    # The same name in another ZIP: a chain's other location.
    (dict(name="Aspen Ketamine", website="", phone="", postal_code="80203"), False),
])
def test_fuzzy_names_link_only_when_other_evidence_agrees(other, same):
    merged = merge_items([item(), item(source_url="https://listing.test/1", **other)])
    assert (len(merged) == 1) is same


def _previous(*rows):
    return pd.DataFrame([dict(zip(("clinic_id", "name", "street", "postal_code", "phone", "website", "sources"), row))
                         for row in rows], dtype=str)


def test_a_practice_without_a_phone_moving_into_a_closed_ones_suite_gets_its_own_id():
    merged = merge_items([item(name="Cedar Mind", phone=None, website=None)])
    address_id = merged.loc[0, "clinic_id"]
    previous = _previous((address_id, "Aspen Ketamine", "1420 Larimer St Suite 300", "80202", "", "", "http://a/"))
    assert keep_previous_ids(merged, previous).loc[0, "clinic_id"] != address_id


def test_a_renamed_clinic_keeps_its_id_before_a_listing_with_its_old_name_can_take_it():
    renamed = item(name="Zeta Wellness", phone="+13035550111", website=None, source_url="http://zeta.test/")
    listing = item(name="Mile High Ketamine", phone=None, website=None, source="osm_overpass",
                   source_url="https://listing.test/1")
    merged = merge_items([renamed, listing])
    old_id = "kc-00000000aa"
    previous = _previous((old_id, "Mile High Ketamine", "1420 Larimer St Suite 300", "80202", "+13035550111", "",
                          "http://zeta.test/"))
    kept = keep_previous_ids(merged, previous).set_index("name")["clinic_id"]
    assert kept["Zeta Wellness"] == old_id
    assert kept["Mile High Ketamine"] != old_id and kept.is_unique


def test_a_previous_clinics_csv_without_some_columns_still_gives_ids():
    merged = merge_items([item()])
    previous = _previous((merged.loc[0, "clinic_id"], "Aspen Ketamine", "1420 Larimer St Suite 300", "80202",
                          "+13035550142", "", "")).drop(columns=["website", "phone"])
    assert list(keep_previous_ids(merged, previous)["clinic_id"]) == list(merged["clinic_id"])
