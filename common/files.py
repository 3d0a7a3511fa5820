"""Files written all-or-nothing: beside their targets first, then renamed into place."""

from __future__ import annotations

import os
import re
import signal
import tempfile
import threading
from contextlib import contextmanager
from pathlib import Path


def write_atomic(path: Path, data: str | bytes) -> Path:
    """Write beside the target, then rename over it: a reader sees the old file or the new one, never half."""
    with FileSet() as files:
        files.stage(path, data)
        return files.commit()[0]


# The end of a file staged beside its target: one left behind means its writer was killed before renaming it.
PARTIAL = ".partial"
_STAGED = re.compile(r"\..+\.[a-z0-9_]{8}" + re.escape(PARTIAL))   # as tempfile.mkstemp names them


def remove_partial_files(folder: Path) -> list[Path]:
    """Remove the staged files a killed writer left in `folder` (those FileSet names); the caller makes sure no
    other writer is at work there. The paths removed."""
    found = [path for path in Path(folder).glob(f".*{PARTIAL}") if _STAGED.fullmatch(path.name) and path.is_file()]
    for path in found:
        path.unlink(missing_ok=True)
    return found


class FileSet:
    """Files written beside their targets, then renamed into place one after the other once all are written: a
    failure while writing any of them leaves every old file as it was. Files get the permissions open() would
    give them (a temporary file's owner-only mode would hide published pages from a web server running as
    another user), and reach the disk before the renames, so a crash leaves old files rather than empty ones."""

    def __init__(self) -> None:
        self._staged: list[tuple[str, Path]] = []

    def stage(self, path: Path, data: str | bytes) -> None:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        payload = data.encode("utf-8") if isinstance(data, str) else data
        with _signals_held():   # Ctrl-C between creating the file and noting it would leave it behind
            fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=PARTIAL, dir=path.parent)
            self._staged.append((temporary, path))
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            os.fchmod(handle.fileno(), 0o666 & ~_umask())
            handle.flush()
            os.fsync(handle.fileno())

    def commit(self) -> list[Path]:
        """Rename every staged file into place, in the order staged; their paths. Ctrl-C and SIGTERM wait until
        the last rename, so that an interrupted writer leaves all the old files or all the new ones."""
        paths = []
        with _signals_held():
            while self._staged:
                temporary, path = self._staged[0]
                os.replace(temporary, path)
                self._staged.pop(0)
                paths.append(path)
        return paths

    def __enter__(self) -> FileSet:
        return self

    def __exit__(self, *exc_info) -> None:
        for temporary, _ in self._staged:   # staged but never committed: the build failed
            Path(temporary).unlink(missing_ok=True)


@contextmanager
def _signals_held():
    """Ctrl-C, SIGTERM and SIGHUP wait until the block ends, then act as they would have. Python runs signal
    handlers in the main thread, whichever thread the system gave the signal to (numpy's and others' threads
    included), so the handlers are swapped for ones that note the signal: a signal mask holds for one thread only."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    noted: list[int] = []
    previous = {number: signal.getsignal(number) for number in _HELD}
    for number, handler in previous.items():
        if handler is not None:   # None: a handler set outside Python, which Python cannot put back
            signal.signal(number, lambda got, frame: noted.append(got))
    try:
        yield
    finally:
        for number, handler in previous.items():
            if handler is not None:
                signal.signal(number, handler)
        if noted:
            handler = previous[noted[0]]
            if callable(handler):
                handler(noted[0], None)
            elif handler == signal.SIG_DFL:
                signal.raise_signal(noted[0])


_HELD = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)


def _umask() -> int:
    """The process's umask. Linux tells it without changing it; elsewhere it is set and put back at once, which
    a thread creating a file at that instant could notice."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
