"""What the public sees of a build: the listed clinics as directory.csv, directory.geojson and the map pages."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from directory.frames import column_values, series_values
from directory.geocode import GEOCODER_ATTRIBUTION
from directory.outputs import DIRECTORY_COLUMNS, csv_text, geojson_text
from directory.policy import Policy
from maps.page import MapMeta, list_page_path, render_pages

CLINIC_DATA_CREDIT = "Clinic details and fees: each clinic's own website, linked from its entry"
MAP_PAGE = "map.html"
LIST_PAGE = list_page_path(Path(MAP_PAGE)).name


class PublicView:
    """The listed clinics, the credits their data requires and the date of that data."""

    def __init__(self, clinics: pd.DataFrame, policy: Policy, geocoder_credit: str, tiles: str | None) -> None:
        self.listed = clinics[clinics["status"] == "listed"]
        self.built_on = _latest(clinics) or "unknown date"
        self.credits = public_credits(self.listed["licences"], geocoder_credit)
        # The page dates what it shows, so that a redraw from directory.csv (listed clinics only) dates it alike.
        self.meta = MapMeta(built_on=_latest(self.listed) or self.built_on,
                            policy_sentence=policy.sentence(), attributions=tuple(self.credits), tiles=tiles)


def render_public_files(listed: pd.DataFrame, credits: list[str], meta: MapMeta) -> dict[str, str]:
    """File name → text of each public file. Run in the build's second process for large builds."""
    map_page, list_page = render_pages(listed, meta, MAP_PAGE, LIST_PAGE)
    return {"directory.csv": csv_text(listed, DIRECTORY_COLUMNS), "directory.geojson": geojson_text(listed, credits),
            LIST_PAGE: list_page, MAP_PAGE: map_page}


def public_credits(licences: pd.Series, geocoder_credit: str = GEOCODER_ATTRIBUTION["zip"]) -> list[str]:
    """The credits the public exports and the map carry, from the `licences` of the clinics they show."""
    parts = {part for value in set(series_values(licences)) if isinstance(value, str)
             for part in value.split("; ") if part}
    return [CLINIC_DATA_CREDIT, geocoder_credit, *sorted(parts)]


def _latest(clinics: pd.DataFrame) -> str:
    return max((day for day in column_values(clinics, "last_seen") if isinstance(day, str) and day), default="")
