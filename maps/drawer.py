"""Drawing the map page in a second process while the build writes its other files.

At 56,000 listed clinics the page takes about 2.5 s here; on two cores it overlaps the CSV and GeoJSON files.
The process starts, and imports pandas and folium, while the build is still merging, so that it is ready when the
clinics are. Small directories draw in-process: a process would cost more than the page (about 0.05 s a thousand
clinics). Either way the pages are written only when the caller asks for them, after its other files, so a build
that fails half-way leaves the old map beside the old CSVs.

    with MapDrawer(parallel=True) as drawer:
        pending = drawer.draw(listed, Path("out/map.html"), meta)
        ...                                  # write the other files meanwhile
        map_path, list_path = pending()

A script that builds a large directory needs the usual `if __name__ == "__main__":` guard, as with any process
pool; without it (or where processes cannot start) the worker breaks and the page is drawn in-process instead.
"""

from __future__ import annotations

import logging
import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Callable

import pandas as pd

from maps.page import MapMeta, list_page_path, render_pages, write_pages

log = logging.getLogger(__name__)


class MapDrawer:
    def __init__(self, parallel: bool) -> None:
        self._pool: ProcessPoolExecutor | None = None
        if parallel:
            # spawn, not fork: the parent may run threads (a Twisted reactor in tests), and fork copies their locks
            self._pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
            self._pool.submit(_ready)

    def draw(self, clinics: pd.DataFrame, path: Path, meta: MapMeta) -> Callable[[], tuple[Path, Path]]:
        """Start drawing; the returned function writes the two pages and returns their paths (or raises what
        drawing raised)."""
        path = Path(path)
        arguments = (clinics, meta, path.name, list_page_path(path).name)
        if self._pool is None:
            return lambda: write_pages(path, render_pages(*arguments))
        try:
            future = self._pool.submit(render_pages, *arguments)
        except BrokenProcessPool:   # the worker already died (an unguarded script, say) while the build merged
            future = None

        def pages() -> tuple[Path, Path]:
            try:
                if future is None:
                    raise BrokenProcessPool
                rendered = future.result()
            except BrokenProcessPool:
                log.warning("the map worker process could not run (see maps/drawer.py); drawing in-process")
                rendered = render_pages(*arguments)
            return write_pages(path, rendered)
        return pages

    def __enter__(self) -> MapDrawer:
        return self

    def __exit__(self, *exc_info) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)


def _ready() -> bool:
    return True   # importing this module in the worker (pandas, folium, the page) is the point
