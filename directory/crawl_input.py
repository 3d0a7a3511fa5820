"""Reading crawl output: every `*.jsonl` file of the crawl folders, one crawl item per line."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import orjson

from directory.errors import InputError
from common.items import ClinicItem

ITEM_FIELDS = ClinicItem.field_names()
_REQUIRED = ("source", "source_url", "crawled_at", "name")
_NUMBERS = ("latitude", "longitude", "fee_min", "fee_max")
_LISTS = ("routes", "conditions", "fees", "review_flags")
_TEXTS = tuple(name for name in ITEM_FIELDS if name not in (*_NUMBERS, *_LISTS, "ketamine_provider", "pages"))


@dataclass
class CrawlInput:
    items: list[dict] = field(default_factory=list)   # one dict per crawl item, every field of ITEM_FIELDS
    files: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def read_crawls(folders: list[Path]) -> CrawlInput:
    """Items of every crawl folder; a broken line is reported (file and line) and skipped, never fatal."""
    result = CrawlInput()
    for folder in folders:
        folder = Path(folder)
        if not folder.is_dir():
            raise InputError(f"{folder}: crawl folder not found")
        files = sorted(folder.glob("*.jsonl"))
        if not files:
            result.warnings.append(f"{folder}: no *.jsonl crawl output in this folder")
        for path in files:
            result.files.append(path)
            result.items.extend(_read_file(path, result.warnings))
    return result


def _read_file(path: Path, warnings: list[str]):
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            try:
                item = _loads(raw)
            except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                warnings.append(f"{path}:{number}: not a JSON object ({exc}); line skipped")
                continue
            if not isinstance(item, dict):
                warnings.append(f"{path}:{number}: not a JSON object; line skipped")
                continue
            missing = [name for name in _REQUIRED if not item.get(name)]
            if missing:
                warnings.append(f"{path}:{number}: item without {', '.join(missing)}; line skipped")
                continue
            values = [item.get(name) for name in ITEM_FIELDS]
            if tuple(map(type, values)) in _CLEAN_SHAPES:
                yield dict(zip(ITEM_FIELDS, values))
            else:
                yield _typed(values, f"{path}:{number}", warnings)


def _loads(raw: bytes):
    """orjson for speed (a third of the time json takes); json for what orjson refuses but Python's JSON
    writers emit, such as NaN, and for its error messages, which name the column."""
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError:
        return json.loads(raw)


# Whether an item needs a repair depends only on the types of its values, and a crawl has a few dozen such
# shapes; remembering the clean ones skips the field-by-field checks for nearly every item.
_CLEAN_SHAPES: set[tuple[type, ...]] = set()


def _typed(values: list, where: str, warnings: list[str]) -> dict:
    """The item's fields with the types the contract gives them; a wrongly typed value is dropped, and said so."""
    record = dict(zip(ITEM_FIELDS, values))
    warned, converted = len(warnings), False
    for name in _NUMBERS:
        value = record[name]
        if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float))):
            warnings.append(f"{where}: {name} {value!r} is not a number; ignored")
            record[name] = None
    for name in _LISTS:
        value = record[name]
        if value is not None and not isinstance(value, list):
            warnings.append(f"{where}: {name} {value!r} is not a list; ignored")
            record[name] = []
    for name in _TEXTS:
        value = record[name]
        if value is not None and not isinstance(value, str):
            record[name] = str(value)
            converted = True
    if record["ketamine_provider"] is not None and not isinstance(record["ketamine_provider"], bool):
        warnings.append(f"{where}: ketamine_provider {record['ketamine_provider']!r} is not true/false; ignored")
        record["ketamine_provider"] = None
    if not converted and len(warnings) == warned:
        _CLEAN_SHAPES.add(tuple(map(type, values)))
    return record
