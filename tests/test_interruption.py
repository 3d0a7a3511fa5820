"""A build stopped while writing (SIGTERM, Ctrl-C, kill -9) leaves no process and no staged file behind and the old
files whole, and two builds into one folder run one after the other, so that neither loses the other's update."""

import fcntl
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bench.synthetic_items import make_items
from clinicdir.build import LOCK_FILE, BuildOptions, build
from directory.errors import InputError
from tests.test_cli import ELSEWHERE

CLINICDIR = str(Path(sys.executable).parent / "clinicdir")


def _crawl(folder: Path, items: list[dict]) -> Path:
    folder.mkdir()
    (folder / "items.jsonl").write_text("".join(json.dumps(i) + "\n" for i in items))
    return folder


def _start(crawl: Path, out: Path, log: Path) -> subprocess.Popen:
    # A session of its own: whatever the build starts stays in its process group, where the test can look for it.
    with log.open("w") as stderr:
        return subprocess.Popen([CLINICDIR, "build", "--crawl", str(crawl), "--out", str(out), "--tiles", "none"],
                                cwd=ELSEWHERE, stdout=subprocess.DEVNULL, stderr=stderr, start_new_session=True)


def _staged(out: Path) -> list[str]:
    """Files staged beside their targets (hidden, as FileSet names them), the lock file aside."""
    return [name for name in os.listdir(out) if name.startswith(".") and name != LOCK_FILE]


def _stop_while_writing(crawl: Path, out: Path, log: Path, number: int) -> subprocess.Popen:
    """Start a build and send it the signal as soon as it has staged a file; None when it finished first."""
    build_process = _start(crawl, out, log)
    while build_process.poll() is None:
        if _staged(out):
            build_process.send_signal(number)
            build_process.wait(timeout=60)
            return build_process
    return None


def _no_process_left(group: int) -> bool:
    try:
        os.killpg(group, 0)
    except ProcessLookupError:
        return True
    return False


@pytest.fixture(scope="module")
def crawls(tmp_path_factory):
    """Two crawls of about 1,000 clinics, a week apart, and a folder built from the first."""
    root = tmp_path_factory.mktemp("crawls")
    items = make_items(1500)
    first = _crawl(root / "first", items)
    second = _crawl(root / "second", [dict(i, crawled_at="2026-11-27T09:00:00+00:00",
                                           fee_min=i["fee_min"] and i["fee_min"] + 50) for i in items])
    return first, second


def _files(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in folder.iterdir() if path.name != LOCK_FILE}


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT])
def test_a_build_stopped_while_writing_leaves_the_old_files_and_nothing_else(tmp_path, crawls, number):
    first, second = crawls
    out = tmp_path / "out"
    build(BuildOptions(crawl_dirs=[first], out_dir=out, tiles=None))
    old = _files(out)
    shutil.copytree(out, tmp_path / "new")
    build(BuildOptions(crawl_dirs=[second], out_dir=tmp_path / "new", tiles=None))
    new = _files(tmp_path / "new")   # what the stopped build would have written
    for attempt in range(10):
        stopped = _stop_while_writing(second, out, tmp_path / "build.log", number)
        # A signal that comes while the staged files are renamed waits for the last rename: all the new files, as
        # promised, but no stop while writing. On a busy machine the test may send it that late.
        if stopped is not None and _files(out) != new:
            break
        stopped = None
        build(BuildOptions(crawl_dirs=[first], out_dir=out, tiles=None))   # finished first: put the old files back
    assert stopped is not None, "no build was caught while writing"
    assert stopped.returncode == 130, (tmp_path / "build.log").read_text()
    assert "interrupted" in (tmp_path / "build.log").read_text()
    assert _no_process_left(stopped.pid)
    assert _staged(out) == []
    assert _files(out) == old


def test_a_killed_build_leaves_no_process_and_the_next_build_clears_what_it_staged(tmp_path, crawls):
    first, second = crawls
    out = tmp_path / "out"
    build(BuildOptions(crawl_dirs=[first], out_dir=out, tiles=None))
    for attempt in range(10):
        killed = _stop_while_writing(second, out, tmp_path / "build.log", signal.SIGKILL)
        if killed is not None:
            break
    assert killed is not None and killed.returncode == -signal.SIGKILL
    assert _no_process_left(killed.pid)
    assert _staged(out)   # nothing can clean up after kill -9 at once ...
    messages = []
    build(BuildOptions(crawl_dirs=[second], out_dir=out, tiles=None, progress=messages.append))
    assert _staged(out) == []   # ... but the next build into the folder does
    assert any(message.startswith("removed ") and "staged file(s) a stopped build left" in message
               for message in messages)


def test_two_builds_into_one_folder_run_one_after_the_other(tmp_path, crawls):
    first, second = crawls
    out = tmp_path / "out"
    out.mkdir()
    logs = [tmp_path / "a.log", tmp_path / "b.log"]
    with open(out / LOCK_FILE, "a") as held:   # a build already at work: both new ones must wait for it
        fcntl.flock(held.fileno(), fcntl.LOCK_EX)
        builds = [_start(crawl, out, log) for crawl, log in zip((first, second), logs)]
        deadline = time.monotonic() + 60
        while not all("waiting for it to finish" in log.read_text() for log in logs):
            assert time.monotonic() < deadline and all(b.poll() is None for b in builds), [
                log.read_text()[-500:] for log in logs]
            time.sleep(0.1)
    assert [b.wait(timeout=120) for b in builds] == [0, 0], [log.read_text()[-1000:] for log in logs]
    # The later build compared itself with what the earlier one wrote: nothing either did was lost.
    changes = (out / "changes.csv").read_text()
    assert "fee change" in changes and "new clinic" not in changes


def test_a_build_that_cannot_get_the_folder_in_time_says_so(tmp_path, crawls):
    out = tmp_path / "out"
    out.mkdir()
    with open(out / LOCK_FILE, "a") as held:
        fcntl.flock(held.fileno(), fcntl.LOCK_EX)
        with pytest.raises(InputError, match="another build has been writing this folder for over 0.2 s"):
            build(BuildOptions(crawl_dirs=[crawls[0]], out_dir=out, tiles=None, lock_wait_seconds=0.2))
    assert os.listdir(out) == [LOCK_FILE]
