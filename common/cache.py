"""Where clinicdir keeps what it can rebuild or ask again (the gazetteer tables, geocoder answers)."""

from __future__ import annotations

import os
from pathlib import Path


def cache_folder() -> Path:
    """$XDG_CACHE_HOME/clinicdir, else ~/.cache/clinicdir; deleting it is always safe."""
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "clinicdir"
