"""Answers of an online geocoder kept in an SQLite file, so that no address is ever asked twice, across runs.

Nominatim's usage policy expects callers to cache; a build of 10,000 clinics at one request a second takes three
hours, so losing the answers would also be expensive. Misses are kept too ("not found" is an answer); failures are
not, since a timeout says nothing about the address. SQLite writes each answer as it comes, in a transaction, so a
crash or a full disk loses at most the answer being written; an older JSON cache file is converted on first use.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Iterator

log = logging.getLogger(__name__)

# (latitude, longitude, the geocoder's name for the place), or None for "not found".
Answer = tuple[float, float, str] | None

_JSON_FORMAT = "clinicdir-geocache/1"   # the format of the JSON cache files older versions wrote
_SCHEMA = "CREATE TABLE IF NOT EXISTS answers (query TEXT PRIMARY KEY, latitude REAL, longitude REAL, place TEXT)"


class GeocodeCache:
    """A store of answers keyed by query; every new answer reaches the disk before the next question."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        older = self._set_aside_if_not_a_database()
        with self._connection() as db:
            db.execute(_SCHEMA)
            db.executemany("INSERT OR IGNORE INTO answers VALUES (?, ?, ?, ?)",
                           [(query, *_columns(answer)) for query, answer in older.items()])

    def __contains__(self, query: str | dict) -> bool:
        return self._row(query) is not None

    def __len__(self) -> int:
        with self._connection() as db:
            return db.execute("SELECT count(*) FROM answers").fetchone()[0]

    def get(self, query: str | dict) -> Answer:
        row = self._row(query)
        return (row[0], row[1], row[2]) if row and row[0] is not None else None

    def put(self, query: str | dict, answer: Answer) -> None:
        with self._connection() as db:
            db.execute("INSERT OR REPLACE INTO answers VALUES (?, ?, ?, ?)", (cache_key(query), *_columns(answer)))

    def _row(self, query: str | dict) -> tuple | None:
        with self._connection() as db:
            return db.execute("SELECT latitude, longitude, place FROM answers WHERE query = ?",
                              (cache_key(query),)).fetchone()

    @contextmanager
    def _connection(self) -> Iterator[sqlite3.Connection]:
        """A connection for one question or answer, committed and closed after it: a build holds no file open."""
        with closing(sqlite3.connect(self.path)) as db, db:
            yield db

    def _set_aside_if_not_a_database(self) -> dict[str, list | None]:
        """Move away a file that is not an SQLite database, returning its answers when it is a JSON cache of an
        older version. Nothing is overwritten: hours of rate-limited answers may still be recoverable by hand."""
        try:
            with self.path.open("rb") as handle:
                head = handle.read(16)
        except FileNotFoundError:
            return {}
        if head in (b"", b"SQLite format 3\x00"):
            return {}
        answers = _json_answers(self.path)
        aside = self.path.with_name(self.path.name + (".converted" if answers is not None else ".damaged"))
        os.replace(self.path, aside)
        if answers is None:
            log.warning("geocoding cache %s is not a cache file; moved to %s and starting empty", self.path, aside)
            return {}
        log.info("geocoding cache %s: %d answer(s) converted from the older JSON format (kept in %s)", self.path,
                 len(answers), aside)
        return answers


def _columns(answer: Answer | list) -> tuple:
    """latitude, longitude, place; all None for "not found"."""
    return tuple(answer) if answer else (None, None, None)


def _json_answers(path: Path) -> dict[str, list | None] | None:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError):
        return None
    if not (isinstance(document, dict) and document.get("format") == _JSON_FORMAT
            and isinstance(document.get("answers"), dict)):
        return None
    # An answer is [latitude, longitude, place] or null; anything else in a hand-edited file is left out.
    return {query: answer for query, answer in document["answers"].items()
            if answer is None or (isinstance(answer, list) and len(answer) == 3)}


def cache_key(query: str | dict) -> str:
    """The same address typed with other spacing or capitals is the same question."""
    if isinstance(query, dict):
        return json.dumps({k: " ".join(str(v).lower().split()) for k, v in query.items()}, sort_keys=True)
    return " ".join(query.lower().split())
