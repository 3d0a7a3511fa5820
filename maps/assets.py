"""Leaflet and Leaflet.markercluster, read from the installed XStatic packages so the page needs no network.

The page inlines these files; anything they would fetch by relative URL (Leaflet's control images) is turned
into a data: URI, because a file:// page has no images/ folder beside it.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

import xstatic.pkg.leaflet as xs_leaflet
import xstatic.pkg.leaflet_markercluster as xs_markercluster


@dataclass(frozen=True)
class Asset:
    package: str
    version: str
    path: Path

    def sha256(self) -> str:
        return hashlib.sha256(self.path.read_bytes()).hexdigest()


LEAFLET_DIR = Path(xs_leaflet.BASE_DIR)
MARKERCLUSTER_DIR = Path(xs_markercluster.BASE_DIR)

SCRIPTS: tuple[Asset, ...] = (
    Asset("leaflet", xs_leaflet.VERSION, LEAFLET_DIR / "leaflet.js"),
    Asset("leaflet.markercluster", xs_markercluster.VERSION, MARKERCLUSTER_DIR / "leaflet.markercluster.js"),
)
# MarkerCluster.Default.css is left out on purpose: its green/yellow/orange clusters would read as fee bands.
STYLES: tuple[Asset, ...] = (
    Asset("leaflet", xs_leaflet.VERSION, LEAFLET_DIR / "leaflet.css"),
    Asset("leaflet.markercluster", xs_markercluster.VERSION, MARKERCLUSTER_DIR / "MarkerCluster.css"),
)
IMAGES: tuple[Asset, ...] = tuple(
    Asset("leaflet", xs_leaflet.VERSION, LEAFLET_DIR / "images" / name)
    for name in ("layers.png", "layers-2x.png", "marker-icon.png", "marker-icon-2x.png", "marker-shadow.png")
)
ALL_ASSETS = SCRIPTS + STYLES + IMAGES

_SOURCE_MAP = re.compile(r"^\s*//# sourceMappingURL=.*$", re.MULTILINE)
_RELATIVE_URL = re.compile(r"url\((images/[\w.-]+\.png)\)")


class AssetError(RuntimeError):
    """An XStatic file is missing or cannot be inlined safely."""


def check_assets() -> None:
    missing = [str(a.path) for a in ALL_ASSETS if not a.path.is_file()]
    if missing:
        raise AssetError("Leaflet files missing from the XStatic packages (reinstall xstatic-leaflet and "
                         "xstatic-leaflet-markercluster): " + ", ".join(missing))


@functools.cache
def inline_scripts() -> str:
    """Every script, ready to sit between <script> tags (cached: the files never change while a process runs)."""
    check_assets()
    parts = []
    for asset in SCRIPTS:
        text = _SOURCE_MAP.sub("", asset.path.read_text(encoding="utf-8"))
        if re.search(r"</script|<!--", text, re.IGNORECASE):
            raise AssetError(f"{asset.path} contains text that would end an inline <script>")
        parts.append(f"/* {asset.package} {asset.version} */\n{text}")
    return "\n".join(parts)


@functools.cache
def inline_styles() -> str:
    check_assets()
    parts = []
    for asset in STYLES:
        text = _RELATIVE_URL.sub(lambda m: f"url({_data_uri(asset.path.parent / m.group(1))})",
                                 asset.path.read_text(encoding="utf-8"))
        if "</style" in text.lower():
            raise AssetError(f"{asset.path} contains text that would end an inline <style>")
        parts.append(f"/* {asset.package} {asset.version} */\n{text}")
    return "\n".join(parts)


def _data_uri(png: Path) -> str:
    return "data:image/png;base64," + base64.b64encode(png.read_bytes()).decode("ascii")
