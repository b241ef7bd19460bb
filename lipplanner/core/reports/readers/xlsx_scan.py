"""What python-calamine does not give of a sheet, found in one pass over its XML bytes.

Calamine reads values (shared strings, numbers, dates by their format) far faster than
any Python parser, but says nothing of bold, fills, formulas or, from a stream, where
its dense grid will end. Those are found here with compiled byte patterns run over the
sheet's XML (in C, no object per cell): the cells whose style has a look, the formula
cells and their text, error cells, merged ranges and the sheet's extent.

The patterns trust the layout every spreadsheet program writes (`<c r="B7" s="3">`,
no namespace prefix, UTF-8). Each scan counts the tags it should have matched; when
the counts differ, or the XML holds what the patterns do not read (comments, CDATA),
`scan_sheet` returns None and the caller reads the workbook the slow, careful way.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import NamedTuple
from xml.sax.saxutils import unescape

_CELL_TAGS = (b"<c ", b"<c>", b"<c/>", b"<c\t", b"<c\n", b"<c\r")
_FORMULA_TAGS = (b"<f>", b"<f ", b"<f/>", b"<f\t", b"<f\n", b"<f\r")
_REF = rb'<c r="([A-Z]{1,3})([0-9]{1,7})"'
_ROWS = re.compile(rb'<c r="[A-Z]{1,3}([0-9]{1,7})"')
_LETTERS = re.compile(rb'<c r="([A-Z]{1,3})[0-9]')
_FORMULA = re.compile(_REF + rb"[^>]*>\s*<f\b[^>]*?(?:/>|>([^<]*)</f>)")
_ERROR = re.compile(
    _REF + rb'[^>]*? t="e"[^>]*>\s*(?:<f\b[^>]*?(?:/>|>[^<]*</f>)\s*)?<v>([^<]*)</v>'
)
_MERGE = re.compile(rb'<mergeCell ref="([A-Z]{1,3})([0-9]{1,7})(?::([A-Z]{1,3})([0-9]{1,7}))?"')
_ENTITIES = {"&quot;": '"', "&apos;": "'"}
# Cells calamine may lay out densely for one sheet (rows × columns of the used range):
# a crafted sheet with one cell at row 900,000 would otherwise ask for gigabytes.
MAX_DENSE_CELLS = 4_000_000


class SheetScan(NamedTuple):
    """0-based positions. `styled`: row → column → style index, only for the styles
    given as having a look; `formulas`: the formula's text ("" when shared or empty);
    `merges`: (first row, first column, last row, last column), inclusive."""

    rows: int  # the last row holding a cell, 1-based (0: no cell)
    columns: int  # the last column holding a cell, 1-based
    styled: dict[int, dict[int, int]]
    formulas: dict[tuple[int, int], str]
    errors: dict[tuple[int, int], str]
    merges: tuple[tuple[int, int, int, int], ...]


_COLUMNS: dict[bytes, int] = {}


def column_index(letters: bytes) -> int:
    """b"A" → 0, b"AB" → 27."""
    found = _COLUMNS.get(letters)
    if found is None:
        found = 0
        for letter in letters:
            found = found * 26 + letter - 64
        found = _COLUMNS[letters] = found - 1
    return found


def plain_xml(data: bytes) -> bool:
    """Whether the patterns can read this part: UTF-8 (no UTF-16 byte order or NULs),
    no comments or CDATA sections, elements without a namespace prefix."""
    head = data[:200]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in head:
        return False
    return b"<!--" not in data and b"<![CDATA[" not in data


def scan_sheet(
    data: bytes, looked: Collection[int], max_columns: int, max_rows: int
) -> SheetScan | None:
    """The sheet's looks, formulas, errors, merges and extent; None when the fast path
    cannot vouch for it (see the module's note) or it reaches beyond `max_rows` rows or
    `max_columns` columns (the careful reader applies those caps and says so)."""
    if not plain_xml(data) or (b"<sheetData" not in data and b":sheetData" in data):
        return None
    tags = sum(data.count(tag) for tag in _CELL_TAGS)
    numbers = _ROWS.findall(data)
    if len(numbers) != tags:
        return None  # a cell without a plain r="B7" (or prefixed XML)
    rows = max(map(int, numbers), default=0)
    columns = 1 + max(map(column_index, set(_LETTERS.findall(data))), default=-1)
    if rows > max_rows or columns > max_columns or rows * columns > MAX_DENSE_CELLS:
        return None
    styled: dict[int, dict[int, int]] = {}
    if looked:
        alternatives = b"|".join(str(s).encode() for s in sorted(looked))
        pattern = re.compile(_REF + rb'[^>]*? s="(' + alternatives + rb')"')
        for letters, number, style in pattern.findall(data):
            row = styled.setdefault(int(number) - 1, {})
            row[column_index(letters)] = int(style)
    formulas: dict[tuple[int, int], str] = {}
    if b"<f" in data:
        found = _FORMULA.findall(data)
        if len(found) != sum(data.count(tag) for tag in _FORMULA_TAGS):
            return None
        for letters, number, text in found:
            formula = unescape(text.decode("utf-8", "replace"), _ENTITIES)
            formulas[int(number) - 1, column_index(letters)] = formula
    errors: dict[tuple[int, int], str] = {}
    if b't="e"' in data:
        for letters, number, value in _ERROR.findall(data):
            errors[int(number) - 1, column_index(letters)] = value.decode("utf-8", "replace")
    merges: list[tuple[int, int, int, int]] = []
    if b"<mergeCell" in data:
        found_merges = _MERGE.findall(data)
        if len(found_merges) != data.count(b"<mergeCell "):
            return None
        for first_letters, first_number, last_letters, last_number in found_merges:
            first_row, first_column = int(first_number) - 1, column_index(first_letters)
            if last_letters:
                merges.append(
                    (first_row, first_column, int(last_number) - 1, column_index(last_letters))
                )
            else:
                merges.append((first_row, first_column, first_row, first_column))
    return SheetScan(rows, columns, styled, formulas, errors, tuple(merges))
