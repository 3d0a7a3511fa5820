"""`clinicdir build` and `clinicdir map`: the directory's files and the map pages drawn from its directory.csv.

The map stage reads only what the directory publishes: a build draws its pages from the directory.csv it is about
to write, and `clinicdir map` from the one a build wrote, so from an offline build both give the same bytes.
"""

from __future__ import annotations

import fcntl
import gc
import io
import signal
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from common.files import FileSet, remove_partial_files
from directory import build as directory_build
from directory.build import BuildResult
from directory.errors import InputError
from directory.geocode import GEOCODER_ATTRIBUTION
from directory.public import public_credits
from directory.spreadsheet import read_table
from maps.page import MapMeta, list_page_path, render_pages
from maps.records import MAP_COLUMNS

MAP_PAGE = "map.html"


# Held by the build writing a folder, from reading its previous clinics.csv to the last file renamed into place.
# Never removed: a second build waiting on a removed lock file would run beside a third that made a new one.
LOCK_FILE = ".clinicdir-build.lock"
LOCK_WAIT_SECONDS = 600.0


@dataclass
class BuildOptions(directory_build.BuildOptions):
    tiles: str | None = "openstreetmap"     # None: no tile layer; else a folium tiles name or a URL template
    lock_wait_seconds: float = LOCK_WAIT_SECONDS   # how long to wait for another build writing the same folder


def build(options: BuildOptions) -> BuildResult:
    """Build the directory and draw its map. Every file is written beside its target and renamed into place once
    all are written: a failure, SIGTERM or Ctrl-C leaves every old file as it was and no staged file behind.
    A build into a folder another build is writing waits for it, so that neither loses the other's update."""
    # Python's cyclic collector would scan the build's hundreds of thousands of items, rows and records over and
    # over: a fifth of a 30,000-item build (0.8 of 3.8 s), which then misses its 3 s target. A build makes next to
    # no reference cycles, and reference counting frees everything as usual; the collector resumes as it was.
    collecting = gc.isenabled()
    gc.disable()
    try:
        with _interruptible():
            inputs = directory_build.read_inputs(options)
            with _writing(Path(options.out_dir), options.lock_wait_seconds, options.progress):
                return _build(options, inputs)
    finally:
        if collecting:
            gc.enable()


def _build(options: BuildOptions, inputs: directory_build.Inputs) -> BuildResult:
    result = directory_build.build_directory(options, inputs)
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
    with _interruptible():
        listed = read_directory(directory_csv)
        pages = _map_pages(listed, policy_sentence, tiles, GEOCODER_ATTRIBUTION["zip"], Path(out))
        with _writing(Path(out).parent, LOCK_WAIT_SECONDS, lambda message: None), FileSet() as files:
            for path, text in pages.items():
                files.stage(path, text)
            list_page, map_page = files.commit()
    return map_page, list_page


@contextmanager
def _interruptible():
    """SIGTERM and SIGHUP raise KeyboardInterrupt, as Ctrl-C does, so that files staged so far are removed on the
    way out; their default would end the process on the spot. Handlers someone else set are left alone."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {number: signal.getsignal(number) for number in (signal.SIGTERM, signal.SIGHUP)}
    for number, handler in previous.items():
        if handler is signal.SIG_DFL:
            signal.signal(number, _interrupt)
    try:
        yield
    finally:
        for number, handler in previous.items():
            if handler is signal.SIG_DFL:
                signal.signal(number, handler)


def _interrupt(number, frame):
    raise KeyboardInterrupt(signal.Signals(number).name)


@contextmanager
def _writing(folder: Path, wait_seconds: float, say):
    """Hold the folder's build lock (waiting up to `wait_seconds` for another build to finish with it), and clear
    the staged files a killed build left there."""
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / LOCK_FILE, "a") as lock:
        if not _try_lock(lock):
            say(f"another build is writing {folder}; waiting for it to finish")
            deadline = time.monotonic() + wait_seconds
            while not _try_lock(lock):
                if time.monotonic() >= deadline:
                    raise InputError(f"{folder}: another build has been writing this folder for over "
                                     f"{wait_seconds:g} s; try again once it has finished")
                time.sleep(0.1)
        left = remove_partial_files(folder)
        if left:
            say(f"removed {len(left)} staged file(s) a stopped build left in {folder}")
        yield   # closing the file releases the lock, whatever happens


def _try_lock(handle) -> bool:
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


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
