"""Drawing the map page in a second process while the build writes its other files.

At 50,000 listed clinics the page takes about as long as the CSV and GeoJSON files together (~6 s each here); on
two cores the two overlap. The process starts, and imports pandas and folium, while the build is still merging,
so that it is ready when the clinics are. Small directories draw in-process: a process would cost more than the
page (about 0.1 s a thousand clinics).

    with MapDrawer(parallel=True) as drawer:
        pending = drawer.draw(listed, Path("out/map.html"), meta)
        ...                                  # write the other files meanwhile
        map_path, list_path = pending()
"""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Callable

import pandas as pd

from maps.page import MapMeta, write_map_page


class MapDrawer:
    def __init__(self, parallel: bool) -> None:
        self._pool: ProcessPoolExecutor | None = None
        if parallel:
            # spawn, not fork: the parent may run threads (a Twisted reactor in tests), and fork copies their locks
            self._pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
            self._pool.submit(_ready)

    def draw(self, clinics: pd.DataFrame, path: Path, meta: MapMeta) -> Callable[[], tuple[Path, Path]]:
        """Start drawing; the returned function waits for the two pages' paths (and raises what drawing raised)."""
        if self._pool is None:
            paths = write_map_page(clinics, path, meta)
            return lambda: paths
        return self._pool.submit(write_map_page, clinics, path, meta).result

    def __enter__(self) -> MapDrawer:
        return self

    def __exit__(self, *exc_info) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)


def _ready() -> bool:
    return True   # importing this module in the worker (pandas, folium, the page) is the point
