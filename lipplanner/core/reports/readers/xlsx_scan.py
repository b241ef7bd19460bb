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

_CELL_TAG = re.compile(rb"<c[\s>/]")
_FORMULA_TAGS = (b"<f>", b"<f ", b"<f/>", b"<f\t", b"<f\n", b"<f\r")
_REF = rb'<c r="([A-Z]{1,3})([0-9]{1,7})"'
_ROWS = re.compile(rb'<c r="[A-Z]{1,3}([0-9]{1,7})"')
_ROW_TAGS = re.compile(rb'<row r="([0-9]{1,7})"')
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

    rows: int  # no cell lies below this row (1-based; a bound, not always the last row)
    columns: int  # nor right of this column (1-based; a bound too)
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


def _extent(data: bytes, max_columns: int, max_rows: int) -> tuple[int, int] | None:
    """(rows, columns) bounding every cell, None beyond the caps or `MAX_DENSE_CELLS`.

    Cheap first: the `<row>` tags are few, and a cell whose number has more digits than
    the last row's cannot be far below it; the bound is made exact (every cell's
    reference read) only when the cheap one is too loose."""
    if _beyond(max_columns).search(data):
        return None
    last = max(map(int, _ROW_TAGS.findall(data)), default=0)
    digits = len(str(last))
    if re.search(rb'<c r="[A-Z]{1,3}[0-9]{%d,}"' % (digits + 1), data):
        return None  # a cell far below its row: read carefully
    rows = 10**digits - 1
    columns = max_columns
    if rows > max_rows or rows * columns > MAX_DENSE_CELLS:
        rows = max(map(int, _ROWS.findall(data)), default=0)
        columns = 1 + max(map(column_index, set(_LETTERS.findall(data))), default=-1)
        if rows > max_rows or rows * columns > MAX_DENSE_CELLS:
            return None
    return rows, columns


_BEYOND: dict[int, re.Pattern[bytes]] = {}


def _beyond(max_columns: int) -> re.Pattern[bytes]:
    """A pattern for a cell reference in column `max_columns` (0-based) or further."""
    found = _BEYOND.get(max_columns)
    if found is None:
        limit = _letters(max_columns)
        options = [f"[A-Z]{{{len(limit) + 1},}}"]
        for i, letter in enumerate(limit):
            if letter < "Z":
                rest = len(limit) - i - 1
                options.append(limit[:i] + f"[{chr(ord(letter) + 1)}-Z]" + "[A-Z]" * rest)
        options.append(limit)
        pattern = '<c r="(?:' + "|".join(options) + ")[0-9]"
        found = _BEYOND[max_columns] = re.compile(pattern.encode())
    return found


def _letters(index: int) -> str:
    """0 → "A", 27 → "AB"."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def scan_sheet(
    data: bytes, looked: Collection[int], max_columns: int, max_rows: int
) -> SheetScan | None:
    """The sheet's looks, formulas, errors, merges and extent; None when the fast path
    cannot vouch for it (see the module's note) or it reaches beyond `max_rows` rows or
    `max_columns` columns (the careful reader applies those caps and says so)."""
    if not plain_xml(data) or (b"<sheetData" not in data and b":sheetData" in data):
        return None
    if len(_CELL_TAG.findall(data)) != data.count(b'<c r="'):
        return None  # a cell without a plain r="B7" (or prefixed XML)
    extent = _extent(data, max_columns, max_rows)
    if extent is None:
        return None
    rows, columns = extent
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
