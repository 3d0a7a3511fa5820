"""Reading crawl output: every `*.jsonl` file of the crawl folders, one crawl item per line, each line checked
against the item schema (directory.item_schema) and bounded in size."""

from __future__ import annotations

import codecs
import json
from dataclasses import dataclass, field
from pathlib import Path

import orjson

from directory.errors import InputError
from directory.item_schema import ITEM_FIELDS, checked_item

# A crawl item is a few kilobytes; a line past this is not one, and is skipped without being read into memory.
MAX_LINE_BYTES = 1 << 20
_CHUNK = 1 << 16


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
        line = 0
        while raw := handle.readline(MAX_LINE_BYTES + 1):
            line += 1
            if line == 1:   # what a Windows editor writes at the start of "UTF-8" text
                raw = raw.removeprefix(codecs.BOM_UTF8)
            if len(raw) > MAX_LINE_BYTES and not raw.endswith(b"\n"):
                size = len(raw) + _skip_line(handle)
                warnings.append(f"{path}:{line}: a line of {size / 1e6:.1f} MB, longer than a crawl item can be "
                                f"({MAX_LINE_BYTES / 1e6:.1f} MB); line skipped")
                continue
            if not raw.isspace():
                item = checked_item(raw, _loads, f"{path}:{line}", warnings)
                if item is not None:
                    yield item


def _skip_line(handle) -> int:
    """Read past the rest of an overlong line, a chunk at a time; the bytes skipped."""
    skipped = 0
    while chunk := handle.readline(_CHUNK):
        skipped += len(chunk)
        if chunk.endswith(b"\n"):
            break
    return skipped


def _loads(raw: bytes):
    """orjson, and json for what orjson refuses but Python's own JSON writers emit, such as NaN."""
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError:
        return json.loads(raw)
