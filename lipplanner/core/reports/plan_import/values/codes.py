"""Outline codes written in a column of their own: "1", "1.1", "1.1.2" (or "1.", "A.2"),
and a list item's marker written before a title: "1)", "(1)", "a)", "i."."""

from __future__ import annotations

import re

_CODE = re.compile(r"^(?:\d{1,3}|[A-Z])(?:\.\d{1,3})*\.?$")


def code_depth(value: object) -> int | None:
    """The level a code names ("1" → 1, "1.1" → 2, "1.1.2" → 3), or None when the value
    is no outline code. A whole number is a code of depth 1; a float is not read (Excel
    keeps "1.10" typed as a number as 1.1, so its depth cannot be trusted)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return 1 if 0 < value < 1000 else None
    if isinstance(value, float):
        return 1 if value.is_integer() and 0 < value < 1000 else None
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not _CODE.match(text):
        return None
    return text.rstrip(".").count(".") + 1


# Roman numerals one to thirteen, the most a plan's list of items runs to.
_ROMAN = r"(?:i{1,3}|iv|vi{0,3}|ix|xi{0,3})"
_ITEM_MARKER = re.compile(
    rf"^\s*(?:\((?P<inside>\d{{1,2}}|[a-z]|{_ROMAN})\)|(?P<mark>\d{{1,2}}|[a-z]|{_ROMAN})[.)])"
    r"\s+(?P<rest>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)


def item_marker(text: str) -> tuple[str, str] | None:
    """(its number, the title after it) of a title written as a list's item: "1) Run job
    fairs" → ("1", "Run job fairs"), "(2) …" → ("2", …); a letter or roman numeral
    ("a)", "iv.") gives no number, "" (it is no code of the plan's). None when unmarked."""
    match = _ITEM_MARKER.match(text)
    if not match:
        return None
    mark = match["inside"] or match["mark"]
    return (mark if mark.isdigit() else ""), match["rest"].strip()
