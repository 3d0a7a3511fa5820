"""Answers of an online geocoder kept in a JSON file, so that no address is ever asked twice, across runs.

Nominatim's usage policy expects callers to cache; a build of 10,000 clinics at one request a second takes three
hours, so losing the answers would also be expensive. Misses are kept too ("not found" is an answer); failures are
not, since a timeout says nothing about the address.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)

# (latitude, longitude, the geocoder's name for the place), or None for "not found".
Answer = tuple[float, float, str] | None

_FORMAT = "clinicdir-geocache/1"


class GeocodeCache:
    """A dict-like store of answers keyed by query; every new answer is written to disk at once, atomically."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._answers: dict[str, list | None] = self._load()

    def __contains__(self, query: str | dict) -> bool:
        return cache_key(query) in self._answers

    def __len__(self) -> int:
        return len(self._answers)

    def get(self, query: str | dict) -> Answer:
        hit = self._answers.get(cache_key(query))
        return (float(hit[0]), float(hit[1]), str(hit[2])) if hit else None

    def put(self, query: str | dict, answer: Answer) -> None:
        self._answers[cache_key(query)] = list(answer) if answer else None
        self._save()

    def _load(self) -> dict[str, list | None]:
        try:
            document = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (ValueError, UnicodeDecodeError):
            document = None
        if isinstance(document, dict) and document.get("format") == _FORMAT and isinstance(document.get("answers"),
                                                                                          dict):
            return document["answers"]
        # Kept aside rather than overwritten: hours of rate-limited answers may still be recoverable by hand.
        aside = self.path.with_name(self.path.name + ".damaged")
        os.replace(self.path, aside)
        log.warning("geocoding cache %s is not a cache file; moved to %s and starting empty", self.path, aside)
        return {}

    def _save(self) -> None:
        # Written beside the target and renamed over it: a crash or a full disk leaves the previous file whole.
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump({"format": _FORMAT, "answers": self._answers}, handle, sort_keys=True, indent=0)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temporary, self.path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise


def cache_key(query: str | dict) -> str:
    """The same address typed with other spacing or capitals is the same question."""
    if isinstance(query, dict):
        return json.dumps({k: " ".join(str(v).lower().split()) for k, v in query.items()}, sort_keys=True)
    return " ".join(query.lower().split())
