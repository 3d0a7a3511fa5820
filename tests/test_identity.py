"""Identity hijacks: a site that copies a real clinic's phone, ZIP code, name or address is never merged into it.
Both stay, and the pair goes to review as an identity conflict naming both sources."""

import json

import pytest

from clinicdir.build import BuildOptions, build
from directory.linking import BLOCK_LIMIT
from directory.merge import merge_items
from tests.test_merge import item

HONEST = item()   # Aspen Ketamine, aspen.test, 1420 Larimer St Suite 300, Denver CO 80202, +13035550142, $450–650


def impostor(**values):
    return item(**{"source_url": "http://summit-infusions.test/", "website": "http://summit-infusions.test/",
                   "name": "Summit Infusion Spa", "street": "88 E Colfax Ave", "fee_min": 4500.0, "fee_max": 4500.0,
                   "fee_evidence": "Each infusion is $4,500.", **values})


@pytest.mark.parametrize("copy, differs", [
    # Its own name and address, the clinic's phone and ZIP.
    ({}, "names"),
    # The clinic's name as well.
    ({"name": "Aspen Ketamine"}, "sites"),
    # Name, address and phone: only its site is its own.
    ({"name": "Aspen Ketamine Clinic", "street": "1420 Larimer St Suite 300"}, "sites"),
    ({"name": "Aspen Ketamine", "street": "1420 Larimer St Suite 300"}, "sites"),
    # A listing with no site, the clinic's name and phone, and another fee.
    ({"name": "Aspen Ketamine Center", "website": "", "source": "sample_directory",
      "source_url": "http://listings.test/co"}, "fees"),
])
def test_a_copied_phone_name_or_address_never_takes_over_a_clinic(copy, differs):
    copied = impostor(**copy)
    merged = merge_items([copied, HONEST]).set_index("sources")
    assert len(merged) == 2 and merged["clinic_id"].is_unique
    honest = merged.loc[HONEST["source_url"]]
    assert (honest["name"], honest["street"], honest["website"], honest["fee_min"]) == (
        HONEST["name"], HONEST["street"], HONEST["website"], HONEST["fee_min"])
    for row in merged.itertuples():
        assert row.identity_conflict.startswith("Identity conflict: ")
        assert HONEST["source_url"] in row.identity_conflict and copied["source_url"] in row.identity_conflict
        assert f"their {differs} differ" in row.identity_conflict


@pytest.mark.parametrize("other, linked", [
    # A listing of the same clinic: its phone and a name that reads the same, no site, no fee.
    (dict(source="osm_overpass", source_url="https://listing.test/1", website="", street="", fee_min=None,
          fee_max=None, name="Aspen Ketamine Infusion Center LLC"), True),
    # A listing giving the clinic's mailing address: a PO box is no second house number.
    (dict(source="osm_overpass", source_url="https://listing.test/1", website="", street="PO Box 77",
          fee_min=None, fee_max=None), True),
    # The same site in another crawl, with a new fee: the site's word stands.
    (dict(crawled_at="2026-11-27T10:00:00+00:00", fee_min=500.0, fee_max=700.0), True),
    # Two practices in one building, each with its own phone and site: neighbours, not a conflict.
    (dict(source_url="http://birch.test/", website="http://birch.test/", name="Birch Psychiatry",
          phone="+13035550199", fee_min=None, fee_max=None), False),
])
def test_corroborated_records_still_link_and_neighbours_are_no_conflict(other, linked):
    merged = merge_items([HONEST, item(**other)])
    assert (len(merged) == 1) is linked
    assert set(merged["identity_conflict"]) == {""}


@pytest.mark.parametrize("honest, copied", [
    # Website builders that give every customer a part of one domain: a free site there is no corroboration.
    ("https://aspen-ketamine.business.site/", "https://aspen-ketamine-denver.business.site/"),
    ("https://aspen.godaddysites.com/", "https://summit.godaddysites.com/"),
    ("https://sites.google.com/view/aspen-ketamine", "https://sites.google.com/view/aspen-denver"),
    ("https://m.facebook.com/aspenketamine/", "https://facebook.com/aspen.ketamine.denver"),
])
def test_a_copy_on_the_same_website_builder_is_not_the_same_site(honest, copied):
    own = item(website=honest, source_url=honest)
    impostor_there = impostor(website=copied, source_url=copied, name=own["name"], street=own["street"])
    merged = merge_items([own, impostor_there]).set_index("website")
    assert len(merged) == 2 and merged.loc[honest, "fee_min"] == 450.0
    assert "their sites differ" in merged.loc[honest, "identity_conflict"]


def test_pages_of_one_site_on_a_website_builder_are_one_site():
    pages = [item(website=url, source_url=url, fee_min=None, fee_max=None) for url in (
        "https://sites.google.com/view/aspen-ketamine", "https://sites.google.com/view/aspen-ketamine/fees",
        "https://aspen.business.site/", "https://www.aspen.business.site/?utm_source=listing")]
    assert len(merge_items(pages[:2])) == 1 and len(merge_items(pages[2:])) == 1


def test_branches_of_one_chain_in_one_zip_code_stay_apart():
    # One site, one booking line, one name: two clinics at two street addresses of one ZIP code, and a listing of
    # the second one (no site, its own address).
    site = dict(website="http://aspen.test/", fee_min=None, fee_max=None)
    downtown = item(source_url="http://aspen.test/downtown", street="1420 Larimer St Suite 300", **site)
    uptown = item(source_url="http://aspen.test/uptown", street="2001 Welton St", **site)
    listing = item(source="osm_overpass", source_url="https://listing.test/2", website="", street="2001 Welton Street",
                   fee_min=None, fee_max=None)
    merged = merge_items([downtown, uptown, listing]).set_index("street")
    assert sorted(merged.index) == ["1420 Larimer St Suite 300", "2001 Welton St"]
    assert merged.loc["2001 Welton St", "sources"] == "http://aspen.test/uptown https://listing.test/2"
    assert set(merged["identity_conflict"]) == {""}


def test_a_crowd_sharing_one_phone_is_linked_by_name_only_and_flagged():
    crowd = [item(source_url=f"http://clinic{i}.test/", website=f"http://clinic{i}.test/", street=f"{i} Main St",
                  name=f"Clinic Number {i}") for i in range(BLOCK_LIMIT + 5)]
    merged = merge_items(crowd + [HONEST])
    assert len(merged) == len(crowd) + 1
    assert merged["identity_conflict"].str.startswith("Identity conflict").all()


def _crawl(folder, *records):
    folder.mkdir()
    (folder / "items.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))
    return folder


def test_the_honest_clinic_keeps_its_row_and_id_and_both_go_to_review(tmp_path):
    out = tmp_path / "out"
    first = build(BuildOptions(crawl_dirs=[_crawl(tmp_path / "1", HONEST)], out_dir=out, tiles=None))
    copied = impostor(street=HONEST["street"], crawled_at="2026-11-27T10:00:00+00:00")
    later = dict(HONEST, crawled_at="2026-11-27T10:00:00+00:00")
    second = build(BuildOptions(crawl_dirs=[_crawl(tmp_path / "2", copied, later)], out_dir=out, tiles=None))

    rows = second.clinics.set_index("website")
    honest = rows.loc[HONEST["website"]]
    assert honest["clinic_id"] == first.clinics.loc[0, "clinic_id"]
    assert (honest["name"], honest["fee_min"], honest["last_seen"]) == (HONEST["name"], 450.0, "2026-11-27")
    assert set(second.clinics["status"]) == {"review"}
    assert set(second.clinics["reason_code"]) == {"identity_conflict"}
    for reason in second.clinics["reason"]:
        assert HONEST["source_url"] in reason and copied["source_url"] in reason
    assert "no longer seen" not in set(second.changes["change"])
    review = (out / "review.csv").read_text()
    assert review.count("Identity conflict") == 2
