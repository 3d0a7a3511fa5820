"""`python -m maps.vendor`: make sure the map page's browser assets are present, then mark setup done.

The page uses no npm plugin (search, filters, near-me and full screen are in maps/templates/clinic_map.js), so
there is nothing to fetch: this step checks the Leaflet files that the XStatic packages installed, records their
versions and checksums in maps/vendor/assets.json and touches maps/vendor/.complete. Running it again rewrites
the same record.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from maps.assets import ALL_ASSETS, AssetError, check_assets

VENDOR_DIR = Path(__file__).resolve().parent / "vendor"


def record_assets(vendor_dir: Path = VENDOR_DIR) -> Path:
    check_assets()
    vendor_dir.mkdir(parents=True, exist_ok=True)
    manifest = [{"package": a.package, "version": a.version, "file": a.path.name, "sha256": a.sha256()}
                for a in ALL_ASSETS]
    target = vendor_dir / "assets.json"
    target.write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    (vendor_dir / ".complete").touch()
    return target


def main() -> int:
    try:
        target = record_assets()
    except AssetError as error:
        print(f"maps.vendor: {error}", file=sys.stderr)
        return 1
    print(f"maps.vendor: {len(ALL_ASSETS)} Leaflet asset(s) checked, recorded in {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
