"""Text typed by coordinators and partners, made safe for a spreadsheet cell.

Everything in a plan is untrusted: it may hold control characters Excel refuses,
start with `=` (which openpyxl would store as a formula: `=HYPERLINK(…)`,
`=cmd|' /C calc'!A0`, `=DDE(…)`), or be longer than a cell may hold. Line breaks,
accents and every script are kept as they are.

This is the one output-safety layer of every workbook the app writes: writers put
values through `write_cell` (or `cell_text` in the report's fast table writer), and
`saving.save_workbook` seals the workbook before it reaches the disk.
"""

from __future__ import annotations

import re
from typing import Any

# Excel's limit, counted in UTF-16 code units.
MAX_CELL_CHARS = 32_767
ELLIPSIS = "…"

# XML 1.0 forbids these (tab, line feed and carriage return are allowed), as do
# the non-characters U+FFFE/U+FFFF; lone surrogates cannot be written as UTF-8.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")

# A spreadsheet (or a CSV saved from it) evaluates text starting with these.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def _utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _cap(text: str) -> str:
    """Cut `text` to fit one cell, marking the cut with an ellipsis."""
    if len(text) <= MAX_CELL_CHARS // 2 or _utf16_length(text) <= MAX_CELL_CHARS:
        return text
    keep = MAX_CELL_CHARS - 1
    cut = text[:keep]
    excess = _utf16_length(cut) - keep  # characters outside the BMP count twice
    if excess > 0:  # each character is at least one unit: dropping `excess` is enough
        cut = cut[: len(cut) - excess]
    return cut + ELLIPSIS


def clean_text(text: str) -> str:
    """The text a cell can hold: illegal characters dropped, line breaks as `\\n`,
    at most 32,767 characters (cut with "…")."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.isascii() or _ILLEGAL.search(text):
        text = _ILLEGAL.sub("", text)
    return _cap(text)


def looks_like_formula(text: str) -> bool:
    """Whether a spreadsheet could take this text for a formula."""
    return text.startswith(FORMULA_PREFIXES)


def cell_text(text: str) -> tuple[str, bool]:
    """`text` as a cell may hold it, and whether it must be marked as text: a
    spreadsheet would otherwise read it as a formula, a DDE call or a hyperlink."""
    text = clean_text(text)
    return text, bool(text) and looks_like_formula(text)


def write_cell(sheet: Any, row: int, column: int, value: object) -> Any:
    """Put `value` in a cell the one safe way: text is stored as text (never as a
    formula, quoted like Excel's leading apostrophe when it could pass for one);
    numbers, dates and booleans are stored as they are; "" and None leave it empty."""
    cell = sheet.cell(row=row, column=column)
    if isinstance(value, str):
        text, quoted = cell_text(value)
        if text:
            cell._value = text  # the setter would turn "=…" into a formula
            cell.data_type = "s"
            if quoted:
                cell.quotePrefix = True
        else:
            cell.value = None
    else:
        cell.value = value
    return cell


def seal_workbook(book: Any) -> int:
    """Make sure no cell of `book` is a formula: the app writes none, so any cell typed
    as one holds text a writer forgot to pass through `write_cell`. Such cells become
    quoted text; returns how many there were (0 when every writer did its job)."""
    sealed = 0
    for sheet in book.worksheets:
        for cell in getattr(sheet, "_cells", {}).values():
            if cell.data_type == "f":
                text, _quoted = cell_text(str(cell.value))
                cell._value = text
                cell.data_type = "s"
                cell.quotePrefix = True
                sealed += 1
    return sealed
