"""Reading the values people actually type in spreadsheets: dates as text, percents
written three ways, numbers with thousands separators, names with or without accents.

Each reader returns the value or raises `CellError` with a short phrase that the
importer places after the cell's address ("Actions!F12: “next week” is not a date").

Dates written with slashes are read DAY FIRST (01/04/2025 is 1 April 2025), as in
Canadian French and British usage, unless the first number cannot be a month's day
order (04/25/2025 can only be 25 April). ISO dates (2025-04-01) are never ambiguous.
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from datetime import date, datetime, time
from decimal import Decimal

from lipplanner.core.models.base import NAME_MAX, TEXT_MAX


class CellError(ValueError):
    """A cell's value cannot be used; `str()` is the phrase to show."""


# What a spreadsheet shows in a cell whose formula failed (Excel's and LibreOffice's).
ERROR_CODES = frozenset(
    {"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA",
     "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!",
     "Err:502", "Err:504", "Err:508", "Err:511", "Err:522", "Err:523"}
)  # fmt: skip


class ErrorValue(str):
    """An error cell (#REF!, #DIV/0! …): a formula that failed, not words someone typed.

    Readers give error cells this type (still a `str`, so layout stages see text); every
    value reader below refuses it with `error_phrase`, so it is never imported as a
    title, a partner or a status."""


def error_phrase(value: str) -> str:
    return f"holds the error value {value} (a formula that failed in the spreadsheet)"


def _refuse_error(value: object) -> None:
    if isinstance(value, ErrorValue):
        raise CellError(error_phrase(value))


@functools.lru_cache(maxsize=1 << 16)  # a sheet repeats its names and words row after row
def fold(text: str) -> str:
    """Case- and accent-insensitive form used to compare names and headers:
    "Partenaire  Responsable" and "partenaire responsable" fold the same."""
    if text.isascii():
        # (Most of a plan's text: no accent to take off, no curly quote or dash; this
        # gives what the full path would, without its step per character.)
        return " ".join(text.lower().split())
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    bare = bare.replace("’", "'").replace("‘", "'").replace("–", "-").replace("—", "-")
    return " ".join(bare.casefold().split())


def fold_key(text: str) -> str:
    """`fold` without punctuation: "Lead partner:" and "lead-partner" both → "lead partner"."""
    return " ".join(re.sub(r"[^\w%#]+", " ", fold(text)).split())


def shown(value: object, width: int = 40) -> str:
    """A value as quoted in a message, shortened."""
    text = value.isoformat() if isinstance(value, date) else str(value)
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def read_text(value: object, *, max_length: int = TEXT_MAX) -> str:
    """Any cell as text: numbers without a trailing .0, dates as ISO."""
    _refuse_error(value)
    if value is None:
        return ""
    if isinstance(value, datetime):
        text = value.date().isoformat() if value.time() == time(0) else value.isoformat(" ")
    elif isinstance(value, date):
        text = value.isoformat()
    elif isinstance(value, float) and value.is_integer():
        text = str(int(value))
    else:
        text = str(value)
    text = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "", text).strip()
    if len(text) > max_length:
        raise CellError(f"the text is too long ({len(text):,} characters; at most {max_length:,})")
    return text


def read_name(value: object) -> str:
    """A one-line name: inner whitespace collapsed, at most NAME_MAX characters."""
    return " ".join(read_text(value, max_length=NAME_MAX * 4).split())[: NAME_MAX + 1]


_MONTHS = {
    # English
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
    # French (accents folded away)
    "janvier": 1, "janv": 1, "fevrier": 2, "fevr": 2, "fev": 2, "mars": 3, "avril": 4,
    "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "aout": 8, "septembre": 9,
    "octobre": 10, "novembre": 11, "decembre": 12,
}  # fmt: skip

_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")
_NUMERIC = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})$")
_DAY_MONTH = re.compile(r"^(?:(\w+)\s+)?(\d{1,2})(?:er)?\s+([a-z]+)\.?\s+(\d{4})$")
_MONTH_DAY = re.compile(r"^(?:(\w+)\s+)?([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$")
_MONTH_YEAR = re.compile(r"^([a-z]+)\.?\s+(\d{4})$")
# Excel counts days from 1899-12-30 (its 1900 leap-year bug included).
_EXCEL_EPOCH = date(1899, 12, 30)


def read_date(value: object) -> date | None:
    """A real date, or text in a common format; empty → None; else `CellError`.

    Accepted text: 2025-04-01 · 01/04/2025 (day first; see the module note) ·
    April 1, 2025 · 1 April 2025 · 1 avril 2025 · 1er avril 2025 · April 2025 (the 1st).
    """
    _refuse_error(value)
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        raise CellError(f"“{value}” is not a date")
    if isinstance(value, int | float) and 20_000 <= value <= 80_000:
        # A date serial number stored without a date format.
        return date.fromordinal(_EXCEL_EPOCH.toordinal() + int(value))
    text = fold(str(value)).strip().rstrip(".")
    try:
        found = _parse_date_text(text)
    except ValueError:
        found = None
    if found is None:
        raise CellError(f"“{shown(value)}” is not a date (write it like 2025-04-01)")
    if not 1990 <= found.year <= 2100:
        raise CellError(f"“{shown(value)}” is not a plausible date (year {found.year})")
    return found


def _parse_date_text(text: str) -> date | None:
    if match := _ISO.match(text):
        return date(int(match[1]), int(match[2]), int(match[3]))
    if match := _NUMERIC.match(text):
        first, second, year = int(match[1]), int(match[2]), int(match[3])
        if year < 100:
            year += 2000
        # Day first, unless only month-first makes sense (04/25/2025).
        day, month = (second, first) if second > 12 >= first else (first, second)
        return date(year, month, day)
    if match := _DAY_MONTH.match(text):
        found = _MONTHS.get(match[3])
        return date(int(match[4]), found, int(match[2])) if found else None
    if match := _MONTH_DAY.match(text):
        found = _MONTHS.get(match[2])
        return date(int(match[4]), found, int(match[3])) if found else None
    if match := _MONTH_YEAR.match(text):
        found = _MONTHS.get(match[1])
        return date(int(match[2]), found, 1) if found else None
    return None


_THOUSANDS = re.compile(r"^[-+]?\d{1,3}([, \u00a0\u202f]\d{3})+([.]\d+)?$")
_FRENCH_THOUSANDS = re.compile(r"^[-+]?\d{1,3}( \d{3})+(,\d+)?$")
_FRENCH_DECIMAL = re.compile(r"^[-+]?\d+(,\d+)$")


def read_number(value: object) -> float | None:
    """A number, from a numeric cell or text such as "1,250", "1 250", "12.5", "12,5",
    "$1,250.00"; empty → None; else `CellError`."""
    _refuse_error(value)
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise CellError(f"“{value}” is not a number")
    if isinstance(value, int | float | Decimal):
        number = float(value)
    elif isinstance(value, str):
        text = value.strip().replace("$", "").replace("CAD", "").strip()
        compact = text.replace("\u00a0", " ").replace("\u202f", " ")
        if _THOUSANDS.match(compact):
            compact = re.sub(r"[, ]", "", compact)
        elif _FRENCH_THOUSANDS.match(compact):
            compact = compact.replace(" ", "").replace(",", ".")
        elif _FRENCH_DECIMAL.match(compact):
            compact = compact.replace(",", ".")
        try:
            number = float(compact)
        except ValueError:
            raise CellError(f"“{shown(value)}” is not a number") from None
    else:
        raise CellError(f"“{shown(value)}” is not a number")
    if not math.isfinite(number) or abs(number) > 1e15:
        raise CellError(f"“{shown(value)}” is not a usable number")
    return number


def read_percent(value: object, *, fractions: bool = False) -> int | None:
    """Percent complete as a whole number 0–100 from 55, "55%", "55 %" or 0.55.

    A bare number strictly between 0 and 1 is a fraction, as Excel stores a cell formatted
    "0%". A bare 1 is 1 % unless `fractions` says the whole column holds fractions (every
    number in it is between 0 and 1, as in an exported report), then it is 100 %.
    """
    _refuse_error(value)
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    percent_sign = isinstance(value, str) and value.strip().endswith("%")
    raw = value.strip().rstrip("%").strip() if isinstance(value, str) else value
    try:
        number = read_number(raw)
    except CellError:
        raise CellError(f"“{shown(value)}” is not a percentage") from None
    assert number is not None
    if not percent_sign and (0 < number < 1 or (fractions and number == 1)):
        number *= 100
    if not 0 <= number <= 100:
        raise CellError(f"“{shown(value)}” is not a percentage between 0 and 100")
    return int(Decimal(str(number)).quantize(Decimal(1), rounding="ROUND_HALF_UP"))
