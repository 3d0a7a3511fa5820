"""The crawl item as the build accepts it: one schema (pydantic) of the contract DATA_FORMAT.md documents, checked
on every line of a crawl file, with dates parsed once and state codes checked against the US states.

pydantic parses and checks a line in one pass of compiled code, so reading 30,000 items costs no more than the
former hand-written coercion did. A value that breaks the schema is reported with its file and line and dropped; a
line without what identifies a clinic (source, source_url, crawled_at, name) is skipped; neither stops the build.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from typing import Annotated, Literal, Optional, Union

from pydantic import AfterValidator, ConfigDict, Field, Strict, StringConstraints, TypeAdapter, ValidationError
from typing_extensions import Required, TypedDict   # pydantic reads typing.TypedDict only from Python 3.12

from common.items import MAP_EMBED, ClinicItem
from common.vocabulary import CONDITION_CODES, ROUTE_CODES
from directory.geocode import state_code
from directory.schema import MAX_FEE

ITEM_FIELDS = ClinicItem.field_names()
REQUIRED = ("source", "source_url", "crawled_at", "name")
NUMBERS = ("latitude", "longitude", "fee_min", "fee_max")
LISTS = ("routes", "conditions", "fees", "review_flags")
TEXTS = tuple(name for name in ITEM_FIELDS if name not in (*NUMBERS, *LISTS, "ketamine_provider", "pages"))
# Text that is one line wherever it appears (a line break in a CSV cell of review.csv would be refused back).
ONE_LINE = tuple(name for name in TEXTS if name != "fee_evidence")
# Crawls began after this; a crawl time later than now (plus a day of clock skew) is a damaged file, not a crawl.
EARLIEST_CRAWL = datetime(2000, 1, 1, tzinfo=timezone.utc)
# The longest name, address part, phone or web address taken: Scrapy's longest URL. A longer one is a hostile site's
# padding, which every map page would carry; sentences (fee_evidence, fee_note) are bounded by the line alone.
MAX_SHORT_TEXT = 2083
_CONFIG = ConfigDict(str_strip_whitespace=True, allow_inf_nan=False)


@lru_cache(maxsize=1024)   # a crawl's items share the time its spider started: each is parsed once
def _crawl_time(value: str) -> str:
    """The crawl time as ISO 8601 UTC ("2026-11-20T09:00:00+00:00"); a time without a zone is taken as UTC."""
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise ValueError("is not an ISO 8601 date and time") from None
    moment = moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)   # the contract says UTC
    if not EARLIEST_CRAWL <= moment <= datetime.now(timezone.utc) + timedelta(days=1):
        raise ValueError("is not the time of a crawl (before 2000 or in the future)")
    return moment.astimezone(timezone.utc).isoformat()


def _state(value: str) -> str:
    code = state_code(value) if value else ""
    if value and not code:
        raise ValueError("is not a US state or territory")
    return code


_ZIP = re.compile(r"(\d{5})(?:-\d{4})?")


def _zip(value: Union[str, int, None]) -> str:
    text = f"{value:05d}" if isinstance(value, int) and 0 <= value <= 99999 else str(value or "").strip()
    match = _ZIP.fullmatch(text)
    if text and not match:
        raise ValueError("is not a 5-digit US ZIP code")
    return match.group(1) if match else ""


WEB_ADDRESS = re.compile(r"https?://[^\s/?#]+", re.I)
# The same test written for pydantic, which checks a pattern in its own compiled code rather than calling Python
# for every URL of every item; empty text is no address.
_WEB_PATTERN = r"^(?:$|(?i:https?)://[^\s/?#])"
_FLAG_PATTERN = r"^[a-z][a-z0-9_]{0,39}$"

Text = Optional[str]
Short = Annotated[str, StringConstraints(max_length=MAX_SHORT_TEXT)]
NonEmpty = Annotated[Short, StringConstraints(min_length=1)]
WebAddress = Annotated[Optional[Short], StringConstraints(pattern=_WEB_PATTERN)]
Whole = Annotated[int, Strict()]   # not true or false, which Python counts as 1 and 0
Number = Optional[Annotated[float, Strict()]]
Fee = Optional[Annotated[float, Strict(), Field(gt=0, le=MAX_FEE)]]


class FeeEntry(TypedDict, total=False):
    __pydantic_config__ = _CONFIG
    kind: str
    amount: Number
    amount_max: Number
    count: Optional[int]
    count_max: Optional[int]
    per_infusion_min: Number
    per_infusion_max: Number
    qualifier: str
    route: str
    confidence: str
    doubt: str
    evidence: str
    url: str


class Item(TypedDict, total=False):
    __pydantic_config__ = _CONFIG
    source: Required[NonEmpty]
    source_url: Required[Annotated[NonEmpty, StringConstraints(pattern=_WEB_PATTERN)]]
    crawled_at: Required[Annotated[str, AfterValidator(_crawl_time)]]
    name: Required[NonEmpty]
    website: WebAddress
    street: Optional[Short]
    city: Optional[Short]
    state: Annotated[Text, AfterValidator(lambda v: _state(v) if v else "")]
    postal_code: Annotated[Optional[Union[Short, Whole]], AfterValidator(_zip)]
    phone: Annotated[Optional[Union[Short, Whole]], AfterValidator(lambda v: "" if v is None else str(v))]
    latitude: Optional[Annotated[float, Strict(), Field(ge=-90, le=90)]]
    longitude: Optional[Annotated[float, Strict(), Field(ge=-180, le=180)]]
    coordinates_source: Optional[Literal["", MAP_EMBED]]
    routes: Optional[list[Literal[ROUTE_CODES]]]   # type: ignore[valid-type]
    conditions: Optional[list[Literal[CONDITION_CODES]]]   # type: ignore[valid-type]
    ketamine_provider: Optional[Annotated[bool, Strict()]]
    fee_min: Fee
    fee_max: Fee
    fee_evidence: Text
    fee_source_url: WebAddress
    fee_note: Text
    fee_confidence: Optional[Literal["", "high", "low"]]
    fees: Optional[list[FeeEntry]]
    pages: Optional[Annotated[int, Strict(), Field(ge=0)]]
    licence: Text
    review_flags: Optional[list[Annotated[str, StringConstraints(pattern=_FLAG_PATTERN)]]]


_ITEM = TypeAdapter(Item)


def checked_item(raw: bytes, parse, where: str, warnings: list[str]) -> dict | None:
    """The item of one crawl line with every field of ITEM_FIELDS ("" for missing text), or None when the line
    is skipped; each dropped value or skipped line adds a warning naming `where`. `parse` reads the line as JSON
    for the rare line the schema refuses, so that its good values can be kept."""
    try:
        item = _ITEM.validate_json(raw)
    except ValidationError as exc:
        item = _salvage(exc, raw, parse, where, warnings)
        if item is None:
            return None
    return _complete(item, where, warnings)


def _salvage(first: ValidationError, raw: bytes, parse, where: str, warnings: list[str]) -> dict | None:
    """The item without the values the schema refused, each reported; None when the line cannot be an item."""
    problem = first.errors(include_url=False)[0]
    if problem["type"] == "json_invalid":   # a line cut short, bytes that are not UTF-8, nesting past 200 levels
        warnings.append(f"{where}: not valid JSON ({problem['ctx']['error']}); line skipped")
        return None
    if not problem["loc"]:
        warnings.append(f"{where}: not a JSON object; line skipped")
        return None
    try:
        data = parse(raw)
    except (ValueError, RecursionError) as exc:
        warnings.append(f"{where}: not a JSON object ({exc}); line skipped")
        return None
    error = first
    while error is not None:
        for problem in error.errors(include_url=False):
            field, *rest = problem["loc"]
            if field in REQUIRED or not isinstance(data, dict):
                value = data.get(field) if isinstance(data, dict) else data
                reason = "is missing" if problem["type"] == "missing" else f"{_shown(value)} {_reason(problem)}"
                warnings.append(f"{where}: {field} {reason}; line skipped")
                return None
            if rest and field in LISTS and isinstance(data.get(field), list) and isinstance(rest[0], int):
                bad = data[field][rest[0]]
                inner = rest[1] if len(rest) > 1 and isinstance(bad, dict) else None
                label = f"{field}[{rest[0]}]" + (f".{inner}" if inner is not None else "")
                warnings.append(f"{where}: {label} {_shown(bad[inner] if inner is not None else bad)} "
                                f"{_reason(problem)}; {'entry ' if inner is not None else ''}ignored")
                data[field] = [entry for entry in data[field] if entry is not bad]
            elif field in data:
                warnings.append(f"{where}: {field} {_shown(data.pop(field))} {_reason(problem)}; ignored")
        try:
            return _ITEM.validate_python(data)
        except ValidationError as again:
            error = again
    return None


def _complete(item: dict, where: str, warnings: list[str]) -> dict:
    """Every field present, and the checks across fields: a point needs both coordinates, fees their order."""
    record = {name: item.get(name) or "" for name in TEXTS}
    for name in ONE_LINE:
        value = record[name]
        if "\n" in value or "\r" in value:
            record[name] = " ".join(value.split())
    for name in (*NUMBERS, "ketamine_provider", "pages"):
        record[name] = item.get(name)
    for name in LISTS:
        record[name] = item.get(name) or []
    if (record["latitude"] is None) != (record["longitude"] is None):
        warnings.append(f"{where}: latitude and longitude must come together; the point is ignored")
        record["latitude"] = record["longitude"] = None
    if record["fee_min"] is not None and record["fee_max"] is not None and record["fee_max"] < record["fee_min"]:
        warnings.append(f"{where}: fee_max {record['fee_max']:g} is below fee_min {record['fee_min']:g}; "
                        f"the fee is ignored (the amounts read stay for the reviewer)")
        record["fee_min"] = record["fee_max"] = None
    return record


_WORDS = {"float_type": "is not a number", "finite_number": "is not a number", "int_type": "is not a whole number",
          "bool_type": "is not true/false", "list_type": "is not a list", "string_type": "is not text",
          "literal_error": "is not a code of the vocabulary", "string_too_short": "is empty",
          "string_too_long": f"is too long (over {MAX_SHORT_TEXT} characters)"}
# What a value that misses each pattern is (the pattern is in the error).
_PATTERN_WORDS = {_WEB_PATTERN: "is not an http(s) web address",
                  _FLAG_PATTERN: "is not a code (lower-case letters, digits and _)"}


def _reason(problem: dict) -> str:
    if problem["type"] == "value_error":
        return str(problem["ctx"]["error"])
    message = problem["msg"][0].lower() + problem["msg"][1:]
    if problem["type"] == "string_pattern_mismatch":
        return _PATTERN_WORDS[problem["ctx"]["pattern"]]
    if problem["type"] in _WORDS:
        return _WORDS[problem["type"]]
    if problem["type"].startswith(("greater", "less")):
        return f"is out of range ({message})"
    return f"is not valid ({message})"


def _shown(value) -> str:
    shown = repr(value)
    return shown if len(shown) <= 60 else shown[:57] + "..."
