"""Work done in a second process while the build goes on, or in-process when that is cheaper or impossible.

A large build renders what the public sees (directory.csv, directory.geojson and the two map pages, about 4 s
at 56,000 listed clinics) while it checks the clinic table and writes its other files (about 3 s); on two cores
the two overlap. The process starts, and imports pandas and folium, while the build is still merging, so that
it is ready when the clinics are. Small builds work in-process: a process would cost more than the work.
Either way the results come back as text and the caller writes them, so a build that fails half-way writes
nothing of what the second process rendered.

    with SecondProcess(parallel=True) as second:
        pending = second.submit(render, clinics)
        ...                                  # other work meanwhile
        result = pending()

A script that builds a large directory needs the usual `if __name__ == "__main__":` guard, as with any process
pool; without it (or where processes cannot start) the worker breaks and the work is done in-process instead.
"""

from __future__ import annotations

import logging
import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Callable, TypeVar

log = logging.getLogger(__name__)
T = TypeVar("T")


class SecondProcess:
    def __init__(self, parallel: bool) -> None:
        self._pool: ProcessPoolExecutor | None = None
        if parallel:
            # spawn, not fork: the parent may run threads (a Twisted reactor in tests), and fork copies their locks
            self._pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
            self._pool.submit(_import_the_renderers)   # a pool starts its process at the first task

    def submit(self, function: Callable[..., T], *arguments) -> Callable[[], T]:
        """Start `function(*arguments)`; the returned function waits for its result (or raises what it raised)."""
        if self._pool is None:
            return lambda: function(*arguments)
        try:
            future = self._pool.submit(function, *arguments)
        except BrokenProcessPool:   # the worker already died (an unguarded script, say) while the build merged
            future = None

        def result() -> T:
            try:
                if future is None:
                    raise BrokenProcessPool
                return future.result()
            except BrokenProcessPool:
                log.warning("the build's second process could not run (see %s); working in-process", __name__)
                return function(*arguments)
        return result

    def __enter__(self) -> SecondProcess:
        return self

    def __exit__(self, *exc_info) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)


def _import_the_renderers() -> None:
    import maps.page  # noqa: F401  (pandas and folium: the slow part of starting, done while the build merges)
