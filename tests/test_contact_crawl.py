"""clinic_sites over the sample web's layout sites: each clinic is read as printed, and placed on the map."""

import dataclasses
import json

import pytest
import pytest_twisted

from clinicdir.build import BuildOptions, build
from clinicdir.sample_web import ANSWER_KEY, SampleWeb
from clinicdir.sample_web.layout_sites import LAYOUT_SITES
from spiders.sources.clinic_sites import ClinicSitesSpider
from tests.crawling import crawl

LAYOUT_KEYS = {site.key for site in LAYOUT_SITES}
EXPECTED = [clinic for clinic in ANSWER_KEY if clinic.site in LAYOUT_KEYS]
# Where a map link or an embedded map on the site shows the clinic (the sample pages print these points).
MAP_POINTS = {
    "Iris Ketamine Therapy": (41.5868, -93.6250),          # an embed's centre, !2d!3d
    "Peony Ketamine Center": (21.3094, -157.8627),         # the place's own !3d!4d pair, not the view's @
    "Primrose Ketamine Clinic": (44.4778, -73.2140),       # OpenStreetMap mlat/mlon
}


@pytest_twisted.async_fixture(scope="module")
async def layout_crawl():
    with SampleWeb() as web:
        run = await crawl(ClinicSitesSpider, urls=[web.url_for(site.key) for site in LAYOUT_SITES])
    return run.by_name()


def test_every_layout_site_is_in_the_answer_key():
    assert {clinic.site for clinic in EXPECTED} == LAYOUT_KEYS and len(EXPECTED) >= len(LAYOUT_KEYS) + 2


@pytest.mark.parametrize("clinic", [pytest.param(c, id=f"{c.site}:{c.name}") for c in EXPECTED])
def test_each_clinic_is_read_as_printed(layout_crawl, clinic):
    item = layout_crawl.get(clinic.name)
    assert item is not None, f"{clinic.name} not found among {sorted(layout_crawl)}"
    assert (item.street, item.city, item.state, item.postal_code, item.phone) == (
        clinic.street, clinic.city, clinic.state, clinic.postal_code, clinic.phone)
    assert (item.fee_min, item.fee_max) == (clinic.fee_min, clinic.fee_max)


def test_points_come_only_from_the_maps_that_show_them(layout_crawl):
    points = {name: (item.latitude, item.longitude) for name, item in layout_crawl.items()
              if item.latitude is not None}
    assert points == MAP_POINTS
    assert {item.coordinates_source for name, item in layout_crawl.items() if name in MAP_POINTS} == {"map_embed"}


def test_every_layout_clinic_is_placed_on_the_map(layout_crawl, tmp_path):
    folder = tmp_path / "crawl"
    folder.mkdir()
    lines = [json.dumps(dataclasses.asdict(item)) for item in layout_crawl.values()]
    (folder / "clinic_sites.jsonl").write_text("\n".join(lines) + "\n")
    clinics = build(BuildOptions(crawl_dirs=[folder], out_dir=tmp_path / "out", tiles=None)).clinics
    placed = {row.name: row.geo_precision for row in clinics.itertuples() if row.latitude == row.latitude}
    assert set(placed) == {clinic.name for clinic in EXPECTED}
    assert {name for name, precision in placed.items() if precision == "map_embed"} == set(MAP_POINTS)
    assert set(placed.values()) == {"map_embed", "zip"}
