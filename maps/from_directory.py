"""Draw the map page from a built `directory.csv` alone, without crawling or building: `clinicdir map`.

A maintainer who edits the page's look, or publishes with other tiles, redraws from the last build's public
export; every row of that file is a listed clinic.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from directory.errors import InputError
from maps.page import MapMeta, write_map_page

# What the page reads from each row; directory.csv holds these and more (DATA_FORMAT.md).
MAP_COLUMNS = (
    "clinic_id", "name", "street", "city", "state", "postal_code", "phone", "website", "fee_min", "fee_max",
    "fee_band", "fee_as_of", "fee_source_url", "routes", "conditions", "latitude", "longitude", "geo_precision",
    "last_seen", "licences",
)


def read_directory(path: Path) -> pd.DataFrame:
    """The rows of a directory.csv as text (ZIP codes keep their leading zeros); a file that is not one stops
    here with its name and what is wrong."""
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"{path}: not found (build the directory first)") from None
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        raise InputError(f"{path}: not a CSV file the map can read ({exc})") from None
    missing = [column for column in MAP_COLUMNS if column not in frame.columns]
    if missing:
        raise InputError(f"{path}:1: missing column(s) {', '.join(missing)}; is this a directory.csv?")
    return frame


def draw_map(directory_csv: Path, out: Path, policy_sentence: str, tiles: str | None) -> tuple[Path, Path]:
    """Write the map page and its list page for the clinics of `directory_csv`; return both paths. From the
    directory.csv of an offline build, the page is byte for byte the one that build drew."""
    from directory.public import public_credits

    clinics = read_directory(directory_csv)
    meta = MapMeta(built_on=max(clinics["last_seen"], default="") or "unknown date",
                   policy_sentence=policy_sentence, attributions=tuple(public_credits(clinics["licences"])),
                   tiles=tiles)
    return write_map_page(clinics, out, meta)
