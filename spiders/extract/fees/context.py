"""Page text as a reader takes it in, and the widening contexts around each dollar amount.

The text arrives as newline-separated blocks (headings, paragraphs, list items, table rows with cells joined by
" | "). A block is read as a unit: a table row cell by cell, each amount's cell with the row's label cells and its
column's header; other blocks sentence by sentence. Around each amount the reader widens its view step by step:
the amount's own clause, the stretch of the sentence no other amount claims (with the row's label and column
header in a table), the sentence, the sentence before it, the heading above the block (across up to two paragraphs
of prose between them).

A bare number in a price slot of a table (under a "Price" column, in a row labelled "Cost") is read as dollars;
a price line with no words is read with the lower-case caption under it ("$2,550" / "for the series of six"), and
keeps the title under it apart ("$149" / "Hydration Drip"). A number after a dot leader is a price
(amounts.mark_leader_price). A booking card's length line ("45 min") is passed over on the way up to its title.
Contexts are lower-cased with the accents of Spanish words taken off ("Precio por infusión").

Every step is cut to a window of characters around the amount, and a page yields at most MAX_AMOUNTS amounts, so
reading costs time in proportion to the text, however long its lines.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from itertools import accumulate
from dataclasses import dataclass, field

from spiders.extract.amounts import COUNT, Amount, find_amounts, has_money, mark_leader_price
from spiders.extract.fees.cues import MARK, cues_in

MAX_AMOUNTS = 300            # per page: beyond this a page is a catalogue or hostile, and the rest is not read
WINDOW = 240                 # characters kept each side of the amount in the wider steps
EVIDENCE_CHARS = 300
LABEL_LINE_CHARS = 60        # a unit this short holding an amount is a label and its price ("Infusions $450")
_HEADING_LOOKBACK = 12
_HEADING_CHARS = 80
_PROSE_LINES = 2             # paragraphs of prose between a heading and the block it still heads
_TABLE_LOOKBACK = 40
_ROW_CHARS = 2_000           # a longer "row" is prose with pipes in it: no column headers are looked for

_CELL = " | "
_CAPTION_CHARS = 80
# A cell holding only a number ("475", "1,100.00"), and the column headers or row labels that make it a price.
# (A row's first cell is its label, never a price: only cells after a separator are looked at.)
_BARE_CELL = re.compile(r"[|\t]\s*\d[\d,.]*\s*(?:[|\t]|$)")
_BARE_NUMBER = re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d{2,5})(?:\.\d{2})?")
_PRICE_SLOT = re.compile(r"(?<![a-z])(?:prices?|pricing|costs?|fees?|rates?|totals?|amount|self[\s-]pay|cash|usd"
                         r"|investment)(?![a-z])", re.I)
_NOT_PRICE_SLOT = re.compile(
    r"code|cpt|hcpcs|(?<![a-z])(?:mg|min|minutes?|hours?|hrs?|phone|zip|years?|dose|count|number|qty|date|time"
    r"|length|duration|total\s+(?:infusions|sessions|treatments|visits))(?![a-z])|%|percent|#", re.I)
# A digit in a row's label cell is a count when its column says of what: "6" under "Infusions".
_COUNT_HEADER = re.compile(r"infusions?|sessions?|treatments?|visits?|count|number|qty", re.I)
_PAREN_GROUP = re.compile(r"\([^()]*\)")
# A spaced slash parts the items of a list ("IM ketamine $250 / IV ketamine $450"), unless a unit follows it.
_PUNCTUATION = (r"[;|\[\]•·]|,\s|\s[-–—]\s"
                r"|\s/\s(?!(?:infusions?|sessions?|treatments?|visits?|mo|month|dose|each)\b)")
# Items of a price list run on in one line: "Myers' Cocktail $150 · Ketamine infusion $450".
_ITEM_BREAK = re.compile(r"[•·|]")
_CLAUSE_BREAK = rf"{_PUNCTUATION}|\s(?:or|and|but|while|plus|then|versus|vs\.?)\s"
_SEPARATOR = re.compile(rf"[()]|{_CLAUSE_BREAK}")
# Spanish words lose their accents, so that one cue serves both spellings: "infusión", "sesión", "paquete".
_ACCENTS = str.maketrans("áéíóúüñ", "aeiouun")
# A booking card's length line ("45 min", "1 hr 30 min") stands between the card's title and its price.
_LENGTH_LINE = re.compile(r"(?:\d{1,3}(?:\.\d)?\s*(?:h|hrs?|hours?|min|mins|minutes?)\.?\s*)+", re.I)
_PHRASE_BREAK = re.compile(rf"[()]|{_PUNCTUATION}")
_CLAUSE_END = re.compile(_CLAUSE_BREAK)
_CONJUNCTION_BEFORE = re.compile(r"(?:,\s*|\s)(?:and|or|but|while|whereas)\s+(?:just\s+|only\s+)?$")
_LEADING_UNIT = re.compile(r"\s*(?:each|apiece|per\s+\w+|/\s*\w+|an?\s+(?:month|session|infusion|treatment))")
# "Single infusions and packages of six are $450 and $2,400 respectively": the labels before the first amount.
# A statement rather than a label: "Infusions cost $450" (a label reads "Infusions: $450").
_VERB = re.compile(r"\b(?:is|are|was|were|costs?|runs?|ranges?|charges?|pays?|fall|falls|starts?|totals?)\b", re.I)
_RESPECTIVELY_VERB = re.compile(r"\s*(?:(?:are|is|cost|costs|run|come\s+to|priced\s+at|at|for)\s*|:\s*)$")
_LIST_ITEM = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|\s*/\s*")
# "4 or 6 infusions", "3 / 6 / 9 infusions", "4, 6 or 8 sessions": a list of counts, one for each amount that follows.
_COUNT_LIST = re.compile(
    rf"(?<![\w$.,-])(?P<counts>{COUNT}(?:(?:\s*,\s*(?:or\s+|and\s+)?|\s+(?:or|and)\s+|\s*/\s*){COUNT})+)"
    r"[\s-]+(?P<unit>infusions?|treatments?|sessions?)\b", re.I)
_WORD = re.compile(r"[^\W\d_]")
_SLASH = re.compile(r"\s*/\s*")
_SENTENCE_END = re.compile(r"[.!?](?<!\.\.)[\"”')\]]*\s+(?=[\"“(\[]?[A-Z0-9$])")
_ABBREVIATION = re.compile(r"\b(?:dr|mr|mrs|ms|st|ste|approx|vs|e\.g|i\.e|inc|no|jr|sr)\.$", re.I)


@dataclass
class Contexts:
    """The steps of context around one amount, lower-cased, the amount replaced by MARK."""

    near: str                    # its clause, cut at ";", "|", commas, parentheses, "and", "or"...
    phrase: str                  # the clause without cutting at "and"/"or": "depression and chronic pain: $500"
    own: str                     # the stretch of the sentence no other amount claims; in a table, with the row's
    #                              label cells and the column header before it
    sentence: str
    previous: str                # the sentence before it in the same block
    heading: str                 # the short title line above the block (or above the table)
    column: str = ""             # in a table, the header of the amount's column
    below: str = ""              # the title line under a block that is only a price
    label_line: bool = False     # a table cell, or a short unit: a label and its price
    _cues: dict[str, frozenset[str]] = field(default_factory=dict)

    def steps(self) -> tuple[str, ...]:
        return self.near, self.own, self.sentence, self.previous, self.heading

    def cues(self, text: str) -> frozenset[str]:
        if text not in self._cues:
            self._cues[text] = cues_in(text)
        return self._cues[text]


@dataclass(frozen=True)
class Found:
    """One amount of the page with its contexts and the text a reviewer is shown as its evidence."""

    amount: Amount
    contexts: Contexts
    evidence: str


def amounts_in(text: str, lowered: str | None = None) -> Iterator[Found]:
    """Every dollar amount of the page text with its contexts, in page order (at most MAX_AMOUNTS). `lowered` is
    text.lower(), when the caller has it already."""
    lines = text.split("\n")
    lowered_lines = (text.lower() if lowered is None else lowered).split("\n")
    found = 0
    slots: dict[int, frozenset[int]] = {}    # for the run of table rows being read: its price columns, by width
    for index, (raw, low) in enumerate(zip(lines, lowered_lines)):
        if not _is_row(raw):
            if slots:
                slots = {}
        elif _BARE_CELL.search(raw) and len(raw) <= _ROW_CHARS:
            raw = _mark_price_cells(raw, lines, index, slots)
        if not _is_row(raw) and ("..." in raw or "…" in raw):
            # Marked where it stands, so that the lines below see a price line above them, not a heading.
            raw = lines[index] = mark_leader_price(raw)
        if "$" not in raw and "usd" not in low and "dollar" not in low:
            continue
        line = collapse(raw)
        amounts = find_amounts(line)
        if not amounts:
            continue
        title = ""
        if not _is_row(raw) and index + 1 < len(lines):
            line, title = _with_caption(line, amounts, lines[index + 1])
        starts = [amount.start for amount in amounts]
        cells = line.split(_CELL)
        ends = list(accumulate(len(cell) + len(_CELL) for cell in cells))
        priced = sorted({bisect_right(ends, start) for start in starts})    # the cells holding an amount
        table = len(cells) > 1
        heading = heading_above(lines, index, table)
        headers = _column_headers(lines, index, len(cells)) if table else []
        for position in priced:
            labels = _row_labels(cells, position, priced, headers) if table else ""
            column = headers[position] if headers else ""
            if column.isdigit() and not headers[0].isdigit():
                column = f"{column} {headers[0]}"      # a count heads the column: "Infusions | 1 | 3 | 6"
            for item in _read_cell(cells[position], labels, column, heading, table, title):
                yield item
                found += 1
                if found >= MAX_AMOUNTS:
                    return


def _read_cell(cell: str, labels: str, column: str, heading: str, table: bool, title: str) -> Iterator[Found]:
    """The amounts of one cell (or of a whole block), sentence by sentence; `title` is the title line under a
    block that is only a price."""
    # In a table, what names a cell's price comes first in its own context: "pain protocol | booster | $1,250".
    prefix = lower("".join(f"{part} | " for part in (column, labels) if part))
    label_line = table or (len(cell) <= LABEL_LINE_CHARS and not _VERB.search(cell))
    previous = ""
    for sentence in sentences(cell):
        amounts = find_amounts(sentence)
        # A short sentence with no verb is a label and its price too: "Ketamine infusion $475. Late fee: $75."
        labelled = label_line or (len(sentence) <= LABEL_LINE_CHARS and not _VERB.search(sentence))
        for amount, contexts in zip(amounts, _contexts(sentence, amounts, previous, heading, prefix)):
            contexts.column, contexts.label_line = lower(column), labelled or _label_item(sentence, amount)
            contexts.below = title
            shown = evidence(sentence, amount.start)
            if heading and not _WORD.search(sentence):
                shown = f"{heading}: {shown}"     # a card's bare price is shown with the card's title
            shown = (f"{labels} | " if labels else "") + shown + (f" (column: {column})" if column else "")
            yield Found(amount, contexts, shown)
        previous = sentence


def _mark_price_cells(row: str, lines: list[str], index: int, slots: dict[int, frozenset[int]]) -> str:
    """The row with a "$" put before each bare number standing in a price slot: under a column headed "Price",
    "Cost" or "Fee" (not "CPT code", "Minutes", "Dose"...), or in a row labelled so ("Price | 490 | 1,410").
    `slots` keeps the price columns of the table, by width, so that each table's header is looked for once."""
    cells = collapse(row).split(_CELL)
    width = len(cells)
    if width not in slots:
        slots[width] = frozenset(position for position, head in enumerate(_column_headers(lines, index, width))
                                 if position and _price_slot(head))
    priced = range(1, width) if _price_slot(cells[0]) else slots[width]
    if not priced:
        return row
    return _CELL.join(f"${cell}" if position in priced and _BARE_NUMBER.fullmatch(cell) else cell
                      for position, cell in enumerate(cells))


def _price_slot(label: str) -> bool:
    return _PRICE_SLOT.search(label) is not None and _NOT_PRICE_SLOT.search(label) is None


def _with_caption(line: str, amounts: list[Amount], below: str) -> tuple[str, str]:
    """A bare price ("$2,550") read with the caption under it when that continues it in lower case ("for the
    initial series of six infusions", "per booster infusion"): a card's price stands above what it is for. A title
    under it instead ("Hydration Drip") is returned apart (lower-cased): a card may put its price above its name,
    or the next card's name may follow the price; the reader cannot tell which."""
    rest, last = [], 0
    for amount in amounts:
        rest.append(line[last:amount.start])
        last = amount.end
    rest.append(line[last:])
    below = below.strip()
    if (_WORD.search("".join(rest)) or not below or len(below) > _CAPTION_CHARS or _is_row(below)
            or has_money(below)):
        return line, ""
    if below[0].islower() or below[0] == "/":
        return f"{line} {collapse(below)}", ""
    return line, ("" if below.endswith((".", "!", "?")) else lower(collapse(below)))


def _label_item(sentence: str, amount: Amount) -> bool:
    """Whether the amount stands in a short item, with no verb, of a list run on in one line."""
    start = max((m.end() for m in _ITEM_BREAK.finditer(sentence, 0, amount.start)), default=0)
    end = _ITEM_BREAK.search(sentence, amount.end)
    item = sentence[start:end.start() if end else len(sentence)]
    return len(item) < len(sentence) and len(item) <= LABEL_LINE_CHARS and not _VERB.search(item)


def _contexts(sentence: str, amounts: list[Amount], previous: str, heading: str, prefix: str) -> list[Contexts]:
    lowered = lower(sentence)
    if len(lowered) != len(sentence):
        # A few characters ("İ") grow when lower-cased; keep them so offsets still point into the sentence.
        lowered = lower("".join(c if len(c.lower()) != 1 else c.lower() for c in sentence))
    starts = [0] * len(amounts)
    ends = [len(sentence)] * len(amounts)
    for i in range(len(amounts) - 1):
        # The words between two amounts are shared out at the first separator: "$450 each | six for $2,400".
        between = lowered[amounts[i].end:amounts[i + 1].start]
        # "... for depression, anxiety or PTSD and $900 for pain": a conjunction just before the next amount opens
        # its clause, whatever list the words before it hold.
        cut = _CONJUNCTION_BEFORE.search(between) or _SEPARATOR.search(between)
        if cut is not None:
            split = cut.start()
        else:
            unit = _LEADING_UNIT.match(between)
            split = unit.end() if unit else 0
        ends[i] = starts[i + 1] = amounts[i].end + split
    listed = _respective_labels(lowered, amounts)
    previous = lower(previous)[-WINDOW:]
    result = []
    for i, (amount, start, end) in enumerate(zip(amounts, starts, ends)):
        left = lowered[max(start, amount.start - WINDOW):amount.start]
        right = lowered[amount.end:min(end, amount.end + WINDOW)]
        # After the amount, its part of the sentence runs past a closing parenthesis ("ketamine ($450)") but ends
        # at the next clause: "and Spravato" after it is about something else.
        clause_end = _CLAUSE_END.search(right)
        right = right[:clause_end.start()] if clause_end else right
        # A closed parenthesis before the amount is part of its label ("Stellate Ganglion Block (SGB) for PTSD"):
        # its commas do not cut the clause. One open before it holds the amount ("six infusions ($2,400)").
        masked = _PAREN_GROUP.sub(lambda group: "_" * len(group[0]), left) if "(" in left else left
        near_left = phrase_left = left
        for separator in _SEPARATOR.finditer(masked):
            near_left = left[separator.end():]
        for separator in _PHRASE_BREAK.finditer(masked):
            phrase_left = left[separator.end():]
        cut = _SEPARATOR.search(right)
        near_right = right[:cut.start()] if cut else right
        if listed:
            # "A and B are $1 and $2 respectively": each amount's part of the sentence is its own label.
            near_left = phrase_left = left = listed[i]
        result.append(Contexts(
            near=near_left + MARK + near_right,
            phrase=phrase_left + MARK + near_right,
            own=prefix + left + MARK + right,
            sentence=lowered[max(0, amount.start - WINDOW):amount.start] + MARK + lowered[amount.end:amount.end + WINDOW],
            previous=previous,
            heading=heading,
        ))
    return result


def _respective_labels(lowered: str, amounts: list[Amount]) -> list[str]:
    """For "A, B and C are $1, $2 and $3 respectively" (or "A / B / C — $1 / $2 / $3"), the label of each amount in
    order; else []. A list of counts as long as the list of amounts pairs with it: "4 or 6 infusions, totalling
    $1,900 or $2,700 respectively" labels them "4 infusions" and "6 infusions"."""
    slashed = len(amounts) > 1 and all(
        _SLASH.fullmatch(lowered[a.end:b.start]) for a, b in zip(amounts, amounts[1:]))
    if len(amounts) < 2 or not (slashed or "respectively" in lowered[amounts[-1].end:amounts[-1].end + 40]):
        return []
    head = lowered[max(0, amounts[0].start - WINDOW):amounts[0].start]
    count_lists = list(_COUNT_LIST.finditer(head))
    if count_lists:
        listed = _LIST_ITEM.split(count_lists[-1]["counts"])
        if len(listed) == len(amounts):
            return [f"{count} {count_lists[-1]['unit']} " for count in listed]
    verb = _RESPECTIVELY_VERB.search(head)
    head = head[:verb.start()] if verb else head
    labels = [label.strip() for label in _LIST_ITEM.split(head)]
    if len(labels) < len(amounts):
        return []
    return [label + " " for label in labels[-len(amounts):]]


def _row_labels(cells: list[str], position: int, priced: list[int], headers: list[str]) -> str:
    """The cells that name what a cell's amount is for: the row's first cell and the cell just before it, when
    they hold no amount themselves. A bare number is read with its column's header ("6" under "Infusions")."""
    chosen = [i for i in dict.fromkeys((0, position - 1)) if 0 <= i < position and i not in priced]
    return " | ".join(f"{cells[i]} {headers[i]}" if headers and cells[i].isdigit()
                      and _COUNT_HEADER.search(headers[i]) else cells[i] for i in chosen)


def _column_headers(lines: list[str], index: int, width: int) -> list[str]:
    """The header row of the table the row at `index` belongs to: the first row of its run of rows with as many
    cells, when it holds no amount (but in parentheses: "Member ($99/mo)"); or, failing that, a row just above the
    table with one cell fewer, whose empty corner cell the text leaves out ("Our clinic | Typical program")."""
    header: list[str] = []
    top = index
    for above in range(index - 1, max(-1, index - _TABLE_LOOKBACK), -1):
        line = lines[above]
        if len(line) > _ROW_CHARS or not _is_row(line):
            break
        cells = collapse(line).split(_CELL)
        priceless = not has_money(_PAREN_GROUP.sub("", line))
        if len(cells) == width:
            top = above
            header = cells if priceless else header
        elif not header and above == top - 1 and len(cells) == width - 1 and priceless:
            return ["", *cells]
    return header


def heading_above(lines: list[str], index: int, table: bool = False) -> str:
    """The short title line above a block (lower-cased), skipping sibling list items that hold their own amounts,
    for a table row the table's other rows, and a few paragraphs of prose: a section's heading, its description,
    then its price ("Spravato and ketamine" / "Both are given here." / "Each treatment is $450")."""
    prose = 0
    for above in range(index - 1, max(-1, index - _HEADING_LOOKBACK - (_TABLE_LOOKBACK if table else 0)), -1):
        line = lines[above]
        if len(line) > _ROW_CHARS:
            return ""
        stripped = line.strip()
        if (not stripped or has_money(stripped) or (table and _is_row(stripped))
                or (stripped[0].isdigit() and _LENGTH_LINE.fullmatch(stripped))):
            continue
        # A question is a heading too: the FAQ's "Is there a deposit?" says what the answer's amount is.
        if len(stripped) <= _HEADING_CHARS and not stripped.endswith((".", "!")):
            return lower(collapse(stripped))
        prose += 1
        if prose > _PROSE_LINES:
            return ""
    return ""


def lower(text: str) -> str:
    """`text` lower-cased, with the accents of Spanish words taken off (each character stays one character)."""
    lowered = text.lower()
    return lowered if lowered.isascii() else lowered.translate(_ACCENTS)


def _is_row(line: str) -> bool:
    return _CELL in line or "\t" in line


def collapse(text: str) -> str:
    # Tabs separate table cells: keep them apart as " | " before spaces are collapsed.
    return " ".join(text.replace("\t", _CELL).split())


def sentence_spans(line: str) -> list[tuple[int, str]]:
    spans: list[tuple[int, str]] = []
    start = 0
    for end in _SENTENCE_END.finditer(line):
        stop = end.start() + 1    # just after the full stop
        if _ABBREVIATION.search(line, max(start, stop - 8), stop):
            continue
        spans.append((start, line[start:stop]))
        start = end.end()
    spans.append((start, line[start:]))
    return spans


def sentences(line: str) -> list[str]:
    return [s for s in (collapse(sentence) for _, sentence in sentence_spans(line)) if s]


def evidence(text: str, around: int) -> str:
    if len(text) <= EVIDENCE_CHARS:
        return text
    start = max(0, min(around - EVIDENCE_CHARS // 2, len(text) - EVIDENCE_CHARS))
    window = text[start:start + EVIDENCE_CHARS]
    return ("…" if start else "") + window.strip() + ("…" if start + EVIDENCE_CHARS < len(text) else "")
