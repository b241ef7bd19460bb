"""Text typed by coordinators and partners, made safe for a spreadsheet cell.

Everything in a plan is untrusted: it may hold control characters Excel refuses,
start with `=` (which openpyxl would store as a formula), or be longer than a cell
may hold. Line breaks, accents and every script are kept as they are.
"""

from __future__ import annotations

import re

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
