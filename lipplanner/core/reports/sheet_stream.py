"""A worksheet's rows streamed from its XML: what the sheet really holds, in bounded
memory, whatever its size or its `<dimension>` claims.

openpyxl's read-only reader stops at the row its `<dimension>` names (a real update
below a stale `A1:L21` is never seen), keeps every parsed row element attached to the
tree (memory grows with the sheet) and records every row's attributes. This reader
parses the part itself with defusedxml (no DTD, no entities, no external references),
drops each element once read, skips empty cells and rows before any conversion, and
converts values the way openpyxl does (shared strings, numbers, dates by their style,
booleans, inline strings). Formulas are never evaluated: the cached result is the
value, and the cell's column is reported as holding a formula.

A sheet "of a million rows" is mostly styled empty cells and empty rows. Making a
parser event for each costs minutes, so the bytes are filtered first (`EmptyCut`):
a regular expression, at C speed, removes every row holding only value-less cells
before the parser sees it. Only elements that name their position
(`r="B12"`, `r="12"`) are removed, so the numbering of what remains is unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from defusedxml.ElementTree import iterparse
from openpyxl.cell.text import Text
from openpyxl.utils.cell import coordinate_to_tuple
from openpyxl.utils.datetime import from_excel, from_ISO8601
from openpyxl.xml.constants import SHEET_MAIN_NS

from lipplanner.core.reports.cell_values import ErrorValue

_NS = f"{{{SHEET_MAIN_NS}}}"
_ROW, _CELL, _VALUE, _FORMULA, _INLINE = (f"{_NS}{t}" for t in ("row", "c", "v", "f", "is"))
_SHEET_DATA = f"{_NS}sheetData"

# A row with nothing in it: `<row r="12"/>`, or `<row r="12" spans="1:9">` holding only
# cells with no content (`<c r="B12" s="3"/>`). "<" never occurs inside a tag (XML
# forbids it in attribute values), hence `[^<>]`. One match per row keeps the
# expression's own cost low (a match per empty cell costs as much as the parser).
_EMPTY_ROW = re.compile(
    rb'<row\s[^<>]*?\br="[0-9]+"[^<>]*?'
    rb'(?:/>|(?<!/)>(?:\s*<c\s[^<>]*?\br="[A-Za-z]{1,3}[0-9]+"[^<>]*?/>)*\s*</row>)'
)
_CHUNK = 4 * 1024 * 1024
# The style ids of a row's cells (not the row's own `s`, which only `<c` precedes).
_CELL_STYLE = re.compile(rb'<c\s[^<>]*?\bs="([0-9]+)"')


class EmptyCut:
    """A binary stream of a worksheet part with its empty cells and rows cut out.

    `keep` names cell styles whose empty cells still mean something (a fill: a
    colour-only traffic light, a section band); a row holding one is left in.
    Each chunk is cut at its last "<": the tag that may straddle the boundary is kept
    for the next chunk, so no tag is ever seen in two halves."""

    def __init__(self, source: Any, keep: frozenset[int] = frozenset()) -> None:
        self._source = source
        self._keep = frozenset(str(style).encode() for style in keep)
        self._carry = b""
        self._ready = b""
        self._at = 0  # what of `_ready` was handed out already

    def read(self, size: int = -1) -> bytes:
        if self._at >= len(self._ready):
            self._ready, self._at = self._next(), 0
        if size < 0:
            size = len(self._ready)
        out = self._ready[self._at : self._at + size]
        self._at += len(out)
        return out

    def _next(self) -> bytes:
        """The next filtered piece; b"" at the end of the part."""
        while True:
            chunk = self._source.read(_CHUNK)
            if not chunk:
                text, self._carry = self._carry, b""
                return self._cut(text)
            text = self._carry + chunk
            cut = text.rfind(b"<")
            if cut <= 0:
                self._carry = text
                continue
            text, self._carry = text[:cut], text[cut:]
            kept = self._cut(text)
            if kept:
                return kept

    def _cut(self, text: bytes) -> bytes:
        if not self._keep:
            return _EMPTY_ROW.sub(b"", text)
        return _EMPTY_ROW.sub(self._unless_kept, text)

    def _unless_kept(self, match: re.Match[bytes]) -> bytes:
        row = match.group(0)
        if any(style in self._keep for style in _CELL_STYLE.findall(row)):
            return row
        return b""


@dataclass(frozen=True)
class StreamedRow:
    number: int  # 1-based
    values: tuple[Any, ...]  # column A first; trailing empty cells dropped
    formula_columns: frozenset[int]  # 0-based columns holding a formula
    beyond: int  # cells with a value past `max_columns` (not in `values`)


@dataclass(frozen=True)
class SheetContext:
    """What converting a cell needs from its workbook."""

    shared_strings: Any
    date_formats: frozenset[int]
    timedelta_formats: frozenset[int]
    epoch: Any


def context_of(book: Any, sheet: Any) -> SheetContext:
    return SheetContext(
        sheet._shared_strings,
        frozenset(getattr(book, "_date_formats", ())),
        frozenset(getattr(book, "_timedelta_formats", ())),
        book.epoch,
    )


def stream_rows(
    source: Any, context: SheetContext, *, start: int = 1, max_columns: int
) -> Iterator[StreamedRow]:
    """The non-empty rows of a worksheet part (a binary stream), from row `start`."""
    stack: list[Any] = []
    row_number = 0
    column = 0
    cells: dict[int, Any] = {}
    formulas: set[int] = set()
    beyond = 0
    in_cell = False
    for event, element in iterparse(EmptyCut(source), events=("start", "end"), forbid_dtd=True):
        if event == "start":
            stack.append(element)
            tag = element.tag
            if tag == _ROW:
                number = element.get("r")
                row_number = int(number) if number else row_number + 1
                column = 0
                cells, formulas, beyond = {}, set(), 0
            elif tag == _CELL:
                in_cell = True
            continue
        stack.pop()
        tag = element.tag
        if tag == _CELL:
            in_cell = False
            reference = element.get("r")
            column = coordinate_to_tuple(reference)[1] if reference else column + 1
            if len(element) and row_number >= start:  # a cell without children is empty
                value, formula = _cell_value(element, context)
                if value is not None or formula:
                    if column > max_columns:
                        beyond += 1
                    else:
                        cells[column - 1] = value
                        if formula:
                            formulas.add(column - 1)
        elif tag == _ROW:
            if cells or formulas or beyond:
                width = max(cells, default=-1) + 1
                values = tuple(cells.get(i) for i in range(width))
                yield StreamedRow(row_number, values, frozenset(formulas), beyond)
                cells, formulas, beyond = {}, set(), 0
        elif in_cell:
            continue  # a value, formula or text inside the cell: read with the cell
        if stack:  # drop what was read: memory stays that of one row
            del stack[-1][-1]


def _cell_value(element: Any, context: SheetContext) -> tuple[Any, bool]:
    """The cell's value as openpyxl's read-only, data-only reader gives it, and
    whether it holds a formula."""
    formula = element.find(_FORMULA) is not None
    data_type = element.get("t", "n")
    if data_type == "inlineStr":
        child = element.find(_INLINE)
        return (Text.from_tree(child).content if child is not None else None), formula
    value: Any = element.findtext(_VALUE, None) or None
    if value is None:
        return None, formula
    if data_type == "n":
        value = float(value) if "." in value or "E" in value or "e" in value else int(value)
        style = int(element.get("s", 0) or 0)
        if style in context.date_formats:
            try:
                value = from_excel(
                    value, context.epoch, timedelta=style in context.timedelta_formats
                )
            except (OverflowError, ValueError):
                value = "#VALUE!"
    elif data_type == "s":
        value = context.shared_strings[int(value)]
    elif data_type == "b":
        value = bool(int(value))
    elif data_type == "d":
        value = from_ISO8601(value)
    elif data_type == "e":
        value = ErrorValue(value)
    return value, formula
