"""axe-core, the accessibility checker, from the npm registry into test-artifacts/ (never committed).

    python -m tests.axe_core     # `make test` runs this first; a no-op once axe-core is in place

The accessibility tests call `axe_script()` themselves, so a plain `pytest` run installs it too.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

AXE_VERSION = "4.14.1"
FOLDER = Path(__file__).resolve().parent.parent / "test-artifacts" / "axe"
SCRIPT = FOLDER / "node_modules" / "axe-core" / "axe.min.js"


def axe_script() -> Path:
    """The path of axe.min.js, installing axe-core with npm first when it is missing."""
    if SCRIPT.is_file():
        return SCRIPT
    npm = shutil.which("npm")
    if npm is None:
        raise RuntimeError("npm not found: install Node.js and npm (e.g. 'apt-get install npm') to run the "
                           "accessibility tests, which check the map page with axe-core")
    FOLDER.mkdir(parents=True, exist_ok=True)
    subprocess.run([npm, "install", "--prefix", str(FOLDER), "--no-audit", "--no-fund", "--loglevel=error",
                    f"axe-core@{AXE_VERSION}"], check=True)
    if not SCRIPT.is_file():
        raise RuntimeError(f"npm installed axe-core@{AXE_VERSION} but {SCRIPT} is missing")
    return SCRIPT


if __name__ == "__main__":
    print(f"axe-core {AXE_VERSION}: {axe_script()}")
    sys.exit(0)
