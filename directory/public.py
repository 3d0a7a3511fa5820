"""What the public sees of a build: the listed clinics as directory.csv and directory.geojson, with their credits."""

from __future__ import annotations

import pandas as pd

from directory.geocode import GEOCODER_ATTRIBUTION
from directory.outputs import DIRECTORY_COLUMNS, csv_text, geojson_text

CLINIC_DATA_CREDIT = "Clinic details and fees: each clinic's own website, linked from its entry"


def public_files(clinics: pd.DataFrame, geocoder_credit: str) -> dict[str, str]:
    """File name → text of the public exports: the listed clinics only."""
    listed = clinics[clinics["status"] == "listed"]
    credits = public_credits(listed["licences"], geocoder_credit)
    return {"directory.csv": csv_text(listed, DIRECTORY_COLUMNS), "directory.geojson": geojson_text(listed, credits)}


def public_credits(licences: pd.Series, geocoder_credit: str = GEOCODER_ATTRIBUTION["zip"]) -> list[str]:
    """The credits the public exports and the map carry, from the `licences` of the clinics they show."""
    parts = {part for value in licences.dropna().unique() for part in str(value).split("; ") if part}
    return [CLINIC_DATA_CREDIT, geocoder_credit, *sorted(parts)]
