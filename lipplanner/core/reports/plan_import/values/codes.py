"""Outline codes written in a column of their own: "1", "1.1", "1.1.2" (or "1.", "A.2")."""

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
