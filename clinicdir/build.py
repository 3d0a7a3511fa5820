"""`clinicdir build` and `clinicdir map`: the directory's files and the map pages drawn from its directory.csv.

The map stage reads only what the directory publishes: a build draws its pages from the directory.csv it is about
to write, and `clinicdir map` from the one a build wrote, so from an offline build both give the same bytes.
"""

from __future__ import annotations

import gc
import io
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from common.files import FileSet
from directory import build as directory_build
from directory.build import BuildResult
from directory.errors import InputError
from directory.geocode import GEOCODER_ATTRIBUTION
from directory.public import public_credits
from directory.spreadsheet import read_table
from maps.page import MapMeta, list_page_path, render_pages
from maps.records import MAP_COLUMNS

MAP_PAGE = "map.html"


@dataclass
class BuildOptions(directory_build.BuildOptions):
    tiles: str | None = "openstreetmap"     # None: no tile layer; else a folium tiles name or a URL template


def build(options: BuildOptions) -> BuildResult:
    """Build the directory and draw its map. Every file is written beside its target and renamed into place once
    all are written: a failure leaves every old file as it was."""
    # Python's cyclic collector would scan the build's hundreds of thousands of items, rows and records over and
    # over: a fifth of a 30,000-item build (0.8 of 3.8 s), which then misses its 3 s target. A build makes next to
    # no reference cycles, and reference counting frees everything as usual; the collector resumes as it was.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _build(options)
    finally:
        if collecting:
            gc.enable()


def _build(options: BuildOptions) -> BuildResult:
    result = directory_build.build_directory(options)
    listed = _directory_rows(io.StringIO(result.texts["directory.csv"]), "directory.csv")
    out = Path(options.out_dir)
    pages = _map_pages(listed, result.policy.sentence(), options.tiles, options.geocoder_credit, out / MAP_PAGE)
    with FileSet() as files:
        for name, text in result.texts.items():
            files.stage(out / name, text)
        for path, text in pages.items():
            files.stage(path, text)
        result.files = {path.name: path for path in files.commit()}
    options.progress(f"wrote {len(result.files)} file(s) to {out}")
    return result


def draw_map(directory_csv: Path, out: Path, policy_sentence: str, tiles: str | None) -> tuple[Path, Path]:
    """Write the map page (`out`) and its list page for the clinics of a built directory.csv; return both paths."""
    listed = read_directory(directory_csv)
    pages = _map_pages(listed, policy_sentence, tiles, GEOCODER_ATTRIBUTION["zip"], Path(out))
    with FileSet() as files:
        for path, text in pages.items():
            files.stage(path, text)
        list_page, map_page = files.commit()
    return map_page, list_page


def read_directory(path: Path) -> pd.DataFrame:
    """The rows of a directory.csv as text (ZIP codes keep their leading zeros); a file that is not one stops here
    with its name and what is wrong."""
    try:
        return _directory_rows(path, path)
    except FileNotFoundError:
        raise InputError(f"{path}: not found (build the directory first)") from None
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        raise InputError(f"{path}: not a CSV file the map can read ({exc})") from None


def _directory_rows(source, name) -> pd.DataFrame:
    rows = read_table(source)
    missing = [column for column in MAP_COLUMNS if column not in rows.columns]
    if missing:
        raise InputError(f"{name}:1: missing column(s) {', '.join(missing)}; is this a directory.csv?")
    return rows


def _map_pages(listed: pd.DataFrame, policy_sentence: str, tiles: str | None, geocoder_credit: str,
               map_path: Path) -> dict[Path, str]:
    """Path → text of the map page and its list page (list page first, so the map never links to a missing one)."""
    meta = MapMeta(built_on=max(listed["last_seen"].tolist(), default="") or "unknown date",
                   policy_sentence=policy_sentence, tiles=tiles,
                   attributions=tuple(public_credits(listed["licences"], geocoder_credit)))
    list_path = list_page_path(map_path)
    map_page, list_page = render_pages(listed, meta, map_path.name, list_path.name)
    return {list_path: list_page, map_path: map_page}
