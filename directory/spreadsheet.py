"""CSV cells a spreadsheet cannot run: neutralised when the build writes them, the neutralisation undone exactly when
they are read back, and a reviewer's file read strictly, every problem named by FILE:LINE:COLUMN.

A spreadsheet evaluates a cell that starts with `=`, `+`, `-` or `@` (and some evaluate one behind a tab or a
carriage return): scraped text such as `=HYPERLINK(...)` would run on a reviewer's machine. Following OWASP's advice
on CSV injection, such a text cell is written behind an apostrophe, which spreadsheets keep as text. A cell that
already starts with apostrophes before such a character gets one more, so that reading removes exactly one and
every cell reads back as it was. Number columns are written as numbers and never prefixed: `-104.99` is a value.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from directory.errors import InputError

TRIGGERS = "=+-@\t\r"
_NEUTRALISED = re.compile(r"'+[=+\-@\t\r]")
_RISKY = re.compile(r"'*[=+\-@\t\r]")
_FIRST = frozenset(TRIGGERS + "'")
# What a spreadsheet writes in place of a formula it could not compute: the cell held a formula.
SPREADSHEET_ERROR = re.compile(r"#(?:NAME\?|VALUE!|REF!|DIV/0!|N/A|NUM!|NULL!|SPILL!|CALC!|FIELD!|BUSY!)|Err:\d{3}",
                               re.I)


def neutralise(value):
    """The cell as written: text a spreadsheet would evaluate gets a leading apostrophe; anything else is kept."""
    if type(value) is str and value and value[0] in _FIRST and _RISKY.match(value):
        return "'" + value
    return value


def restore(cell: str) -> str:
    """Undo `neutralise`: one apostrophe less before a character a spreadsheet would evaluate."""
    return cell[1:] if cell[:1] == "'" and _NEUTRALISED.match(cell) else cell


def neutralised_frame(table: pd.DataFrame) -> pd.DataFrame:
    """The table with every text cell neutralised; number and true/false columns are left as they are."""
    out = {}
    for name in table.columns:
        column = table[name]
        if column.dtype.kind in "biufc":
            out[name] = column
            continue
        values = column.tolist()
        if not _FIRST.isdisjoint({v[:1] for v in values if type(v) is str}):
            column = pd.Series([neutralise(v) for v in values], index=table.index, dtype=object)
        out[name] = column
    return pd.DataFrame(out, index=table.index)


def read_table(source) -> pd.DataFrame:
    """A CSV file the build wrote, every cell as text ("" when empty), neutralisation undone."""
    table = pd.read_csv(source, dtype=str, keep_default_na=False, encoding="utf-8")
    for name in table.columns:
        values = table[name].tolist()
        if "'" in {v[:1] for v in values}:
            table[name] = [restore(v) for v in values]
    return table


@dataclass(frozen=True)
class Cell:
    text: str      # as written in the file, quotes removed
    line: int      # line of the file where the cell starts
    quoted: bool


# One cell: quoted (a doubled quote inside is a quote) or plain up to the next comma or line end.
_QUOTED = re.compile(r'"([^"]*(?:""[^"]*)*)"')
_PLAIN = re.compile(r'[^,\r\n]*')
LINE_BREAK = re.compile(r'\r\n|\n|\r')


def read_rows(text: str, path: Path) -> list[tuple[int, list[Cell]]]:
    """The rows of a CSV text as (line, cells), read strictly: a quote that never closes, or text after a closing
    quote, stops here with FILE:LINE:COLUMN, where the csv module would swallow the rows that follow into one
    cell or carry on with whatever it made of them."""
    breaks = [m.start() for m in LINE_BREAK.finditer(text)]
    line_of = lambda offset: bisect.bisect_right(breaks, offset - 1) + 1   # noqa: E731
    rows: list[tuple[int, list[Cell]]] = []
    cells: list[Cell] = []
    row_line = 1
    at = 0
    while at < len(text) or cells:
        line = line_of(at)
        if text.startswith('"', at):
            quoted = _QUOTED.match(text, at)
            if quoted is None:
                raise InputError(f"{path}:{line}:{len(cells) + 1}: this cell opens a quote (\") that is never "
                                 f"closed: it would swallow every row below it; remove the stray quote or close it")
            cells.append(Cell(quoted[1].replace('""', '"'), line, True))
            at = quoted.end()
            if at < len(text) and text[at] not in ",\r\n":
                raise InputError(
                    f"{path}:{line_of(at)}:{len(cells)}: text follows the closing quote of a cell that opened at "
                    f"line {line}: a stray quote (\") there or above; write a quote inside a cell as \"\"")
        else:
            plain = _PLAIN.match(text, at)
            cells.append(Cell(plain[0], line, False))
            at = plain.end()
        if text.startswith(",", at):
            at += 1
            continue
        end = LINE_BREAK.match(text, at)
        rows.append((row_line, cells))
        cells = []
        at = end.end() if end else len(text)
        row_line = line_of(at)
    return rows
