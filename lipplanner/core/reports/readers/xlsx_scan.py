"""What python-calamine does not give of a sheet, found in a few passes over its XML bytes.

Calamine reads values (shared strings, numbers, dates by their format) far faster than
any Python parser, but says nothing of bold, fills, formulas or, from a stream, where
its dense grid will end. Those are found here with compiled byte patterns and byte
searches run over the sheet's XML (in C, no object per cell): the cells whose style has
a look, the formula cells and their text, error cells, merged ranges and the sheet's
extent. Each pass costs about a millisecond a megabyte; each is made to stop early or
to look for what only the few cells concerned carry (` s="4"`, not every `<c`).

The patterns trust the layout every spreadsheet program writes (`<c r="B7" s="3">`,
no namespace prefix, UTF-8). A cell without a plain reference is looked for; formulas
and merges are counted against the tags they should have matched; when either fails,
or the XML holds what the patterns do not read (comments, CDATA), `scan_sheet` returns
None and the caller reads the workbook the slow, careful way. `sound` says whether the
byte checks vouch for a part's well-formedness in place of expat.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache
from typing import NamedTuple
from xml.sax.saxutils import unescape

_FORMULA_TAGS = (b"<f>", b"<f ", b"<f/>", b"<f\t", b"<f\n", b"<f\r")
_REF = rb'<c r="([A-Z]{1,3})([0-9]{1,7})"'
_CELL_REF = re.compile(_REF)
_LETTERS = re.compile(rb'<c r="([A-Z]{1,3})[0-9]')
_TWO_LETTERS = re.compile(rb'<c r="[A-Z]{2}')
_FORMULA = re.compile(_REF + rb"[^>]*>\s*<f\b[^>]*?(?:/>|>([^<]*)</f>)")
_ERROR = re.compile(
    _REF + rb'[^>]*? t="e"[^>]*>\s*(?:<f\b[^>]*?(?:/>|>[^<]*</f>)\s*)?<v>([^<]*)</v>'
)
_MERGE = re.compile(rb'<mergeCell ref="([A-Z]{1,3})([0-9]{1,7})(?::([A-Z]{1,3})([0-9]{1,7}))?"')
# A tag that a `<` opens before the last one closed (`<row><c<row r="2">`).
_UNCLOSED = re.compile(rb"<[^<>]*<")
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
    # In C's memchr in the usual case: no "!" at all, so neither.
    return b"!" not in data or (b"<!--" not in data and b"<![CDATA[" not in data)


def _extent(data: bytes, max_columns: int, max_rows: int) -> tuple[int, int] | None:
    """(rows, columns) bounding every cell, None beyond the caps or `MAX_DENSE_CELLS`,
    or when a cell has no plain `r="B7"` (calamine would place it by its order).

    The last cell's row is the sheet's height when no cell anywhere is numbered
    beyond it: one search over the XML checks that, the plain references and the
    column cap together. The column bound is made exact only when it matters."""
    last = data.rfind(b'<c r="')
    found = _CELL_REF.match(data, last) if last >= 0 else None
    rows = int(found.group(2)) if found else 0
    if rows > max_rows or _any_trouble(data, max_columns, rows):
        return None
    columns = max_columns
    if rows * columns > MAX_DENSE_CELLS:
        columns = 26 if _TWO_LETTERS.search(data) is None else _columns(data)
        if rows * columns > MAX_DENSE_CELLS:
            return None
    return rows, columns


def _columns(data: bytes) -> int:
    return 1 + max(map(column_index, set(_LETTERS.findall(data))), default=-1)


def _any_trouble(data: bytes, max_columns: int, rows: int) -> bool:
    """Whether a cell has no plain reference, lies in column `max_columns` (0-based)
    or further, or in a row below `rows` (1-based).

    Most sheets use columns A to Z only: the first search checks single letters alone
    (the fewer branches, the faster) and stops at the first reference of two letters
    or more, where the full search goes on."""
    if max_columns <= 26:
        return _trouble(max_columns, rows).search(data) is not None
    hit = _single_letter_trouble(rows).search(data)
    if hit is None:
        return False
    return hit.group(1) is None or _trouble(max_columns, rows).search(data, hit.start()) is not None


def _below(rows: int) -> str:
    """A pattern for a row number greater than `rows`."""
    digits = str(rows)
    below = [f"[0-9]{{{len(digits) + 1}}}"]  # more digits than the last row's
    for i, digit in enumerate(digits):
        if digit < "9":  # the same digits up to i, a larger one at i
            below.append(digits[:i] + f"[{int(digit) + 1}-9]" + "[0-9]" * (len(digits) - i - 1))
    return "|".join(below)


@lru_cache(maxsize=16)
def _single_letter_trouble(rows: int) -> re.Pattern[bytes]:
    pattern = rf'<c(?:(?! r=")[\s>/]| r="[A-Z](?:{_below(rows)}|([A-Z])))'
    return re.compile(pattern.encode())


@lru_cache(maxsize=16)
def _trouble(max_columns: int, rows: int) -> re.Pattern[bytes]:
    pattern = (
        rf'<c(?:(?! r=")[\s>/]| r="(?:(?:{_beyond(max_columns)})[0-9]'
        rf"|[A-Z]{{1,3}}(?:{_below(rows)})))"
    )
    return re.compile(pattern.encode())


def _beyond(max_columns: int) -> str:
    """A pattern for the letters of column `max_columns` (0-based) or further."""
    limit = _letters(max_columns)
    options = [f"[A-Z]{{{len(limit) + 1},}}"]
    for i, letter in enumerate(limit):
        if letter < "Z":
            rest = len(limit) - i - 1
            options.append(limit[:i] + f"[{chr(ord(letter) + 1)}-Z]" + "[A-Z]" * rest)
    options.append(limit)
    return "|".join(options)


def _letters(index: int) -> str:
    """0 → "A", 27 → "AB"."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def sound(data: bytes, root: bytes) -> bool:
    """Whether byte checks vouch for this part as well-formed enough that calamine's
    read of it is the one an XML parser would give: it ends with its root's end tag,
    no tag is left unclosed before the next opens (calamine reads on past
    `<row><c<row r="2">` and drops a `<` typed into text) and every element opened is
    closed (calamine reads on past `<t>a <b> c</t>` too, dropping the text after the
    stray tag). False means "not known": the caller has expat decide, which refuses
    what is damaged. Counting first: `<` and `>` pair up in every part a spreadsheet
    program writes, and only then is the slower search needed."""
    if not plain_xml(data) or not data[-64:].rstrip().endswith(b"</" + root + b">"):
        return False
    opened = data.count(b"<")
    if opened != data.count(b">") and _UNCLOSED.search(data) is not None:
        return False
    # An element is a start and an end tag (two "<", one "</") or one "<…/>": so many
    # "<" (besides the XML declaration's) and no more. ("/>" in an attribute or in
    # text, legal but never written so, only sends the part to expat.)
    declared = data.count(b"<?", 0, 256)
    return opened - declared == 2 * data.count(b"</") + data.count(b"/>")


def scan_sheet(
    data: bytes, looked: Collection[int], max_columns: int, max_rows: int
) -> SheetScan | None:
    """The sheet's looks, formulas, errors, merges and extent; None when the fast path
    cannot vouch for it (see the module's note) or it reaches beyond `max_rows` rows or
    `max_columns` columns (the careful reader applies those caps and says so)."""
    if not plain_xml(data) or (b"<sheetData" not in data and b":sheetData" in data):
        return None
    extent = _extent(data, max_columns, max_rows)
    if extent is None:
        return None
    rows, columns = extent
    styled = _styled(data, looked) if looked else {}
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
    merges = _merges(data)
    if merges is None:
        return None
    return SheetScan(rows, columns, styled, formulas, errors, merges)


def _styled(data: bytes, looked: Collection[int]) -> dict[int, dict[int, int]]:
    """Row → column → style for the cells whose style is in `looked`.

    The search is for the style attribute itself (` s="4"`), which only the cells
    with a look carry, not for every cell; each hit is a cell's when the tag it
    sits in starts with the cell's reference (a row's own style is not a cell's)."""
    alternatives = b"|".join(str(s).encode() for s in sorted(looked))
    styled: dict[int, dict[int, int]] = {}
    find_tag, reference = data.rfind, _CELL_REF.match
    for hit in re.compile(rb' s="(' + alternatives + rb')"').finditer(data):
        cell = reference(data, find_tag(b"<", 0, hit.start()))
        if cell is not None:
            letters, number = cell.groups()
            row = styled.get(int(number) - 1)
            if row is None:
                row = styled[int(number) - 1] = {}
            row[column_index(letters)] = int(hit.group(1))
    return styled


def _merges(data: bytes) -> tuple[tuple[int, int, int, int], ...] | None:
    """The merged ranges, from the part after the cells (where `<mergeCells>` is)."""
    tail = data[max(data.rfind(b"</sheetData>"), 0) :]
    if b"<mergeCell" not in tail:
        return ()
    found = _MERGE.findall(tail)
    if len(found) != tail.count(b"<mergeCell "):
        return None
    merges: list[tuple[int, int, int, int]] = []
    for first_letters, first_number, last_letters, last_number in found:
        first_row, first_column = int(first_number) - 1, column_index(first_letters)
        if last_letters:
            merges.append(
                (first_row, first_column, int(last_number) - 1, column_index(last_letters))
            )
        else:
            merges.append((first_row, first_column, first_row, first_column))
    return tuple(merges)
