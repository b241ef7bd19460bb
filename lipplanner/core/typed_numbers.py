"""Numbers as a coordinator types them in the interface's language, read without guessing.

English writes 1,500.50 (a comma groups thousands, a point marks decimals); French writes
1 500,50 (a space groups, a comma marks decimals). The same text can mean two amounts a
hundred or a thousand times apart ("12,500" is 12500 in English and 12.5 in French), so
the text is read in the language it was typed in, and a form that language would not
write is refused rather than read one way or the other.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

# Spaces that group thousands: a plain space, a no-break space and the narrow one
# (what Qt's French locale writes and what a copy from a French document brings).
_SPACES = "[ \u00a0\u202f]"
_MINUS = "-\u2212"
_CURRENCY = re.compile(r"^\$\s*|\s*\$$")


class UnreadableNumber(ValueError):
    """The text is not a number as the language writes it."""


def _pattern(group: str, decimal: str) -> re.Pattern[str]:
    grouped = rf"\d{{1,3}}(?:{group}\d{{3}})+"
    return re.compile(rf"^[+{_MINUS}]?(?:{grouped}|\d+)(?:{decimal}\d+)?$|^{decimal}\d+$")


_FORMS = {
    # English: 1,500.50, 1500.50, and a space-grouped 1 500.50 (unambiguous too).
    "en": (_pattern(rf"(?:,|{_SPACES})", r"\."), r"\."),
    # French: 1 500,50 and 1500,50.
    "fr": (_pattern(_SPACES, ","), ","),
}
# A French text with a decimal point (pasted from an English spreadsheet) is read only
# when it cannot be a grouping: "1500.5" is 1500.5, but "1.500" could be 1500.
_FRENCH_POINT = re.compile(rf"^[+{_MINUS}]?\d+\.(?:\d{{1,2}}|\d{{4,}})$")


def read_number(text: str, lang: str) -> Decimal | None:
    """The number `text` writes in `lang` ("en" or "fr"); None for an empty text.

    A dollar sign before or after is allowed (amounts). Raises `UnreadableNumber` for
    anything else, including forms the other language would write ("1500,50" in
    English, "1.500.000,5" in French).
    """
    cleaned = _CURRENCY.sub("", text.strip()).strip()
    if not cleaned:
        return None
    pattern, decimal = _FORMS.get(lang, _FORMS["en"])
    if pattern.match(cleaned):
        plain = re.sub(rf"(?:,|{_SPACES})" if decimal == r"\." else _SPACES, "", cleaned)
        plain = plain.replace(",", ".")
    elif lang == "fr" and _FRENCH_POINT.match(cleaned):
        plain = cleaned
    else:
        raise UnreadableNumber(text)
    try:
        return Decimal(plain.replace("\u2212", "-"))
    except InvalidOperation:  # the patterns let only digits through; kept as a guard
        raise UnreadableNumber(text) from None
