"""Checks shared by the services; each failure is a `UserError` naming the field."""

from __future__ import annotations

import math
import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from lipplanner.core.errors import UserError
from lipplanner.core.messages import say
from lipplanner.core.models.base import CODE_MAX, NAME_MAX, TEXT_MAX

_CODE_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._\-]*$")
# C0 control characters other than tab and line breaks never belong in plan text.
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
MONEY_MAX = Decimal("1000000000000")


def clean_text(
    value: object, label: str, *, field: str | None = None, max_length: int = TEXT_MAX
) -> str:
    """Free text: any script, line breaks kept, outer blanks trimmed; may be empty."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise UserError(say("{label}: expected text.", label=label), field=field)
    text = _CONTROL_RE.sub("", value).strip()
    if len(text) > max_length:
        raise UserError(
            say(
                "{label} is too long ({n:,} characters; at most {most:,}).",
                label=label,
                n=len(text),
                most=max_length,
            ),
            field=field,
        )
    return text


def clean_name(
    value: object, label: str, *, field: str | None = None, required: bool = True
) -> str:
    """A one-line name or title: required unless told otherwise, at most NAME_MAX long."""
    text = clean_text(value, label, field=field, max_length=NAME_MAX)
    text = " ".join(text.split())
    if required and not text:
        raise UserError(say("{label} is required.", label=label), field=field)
    return text


def clean_code(value: object, label: str = "Code", *, field: str | None = "code") -> str:
    text = clean_name(value, label, field=field)
    if len(text) > CODE_MAX:
        raise UserError(
            say(
                "{label} “{text}” is too long (at most {most} characters).",
                label=label,
                text=text,
                most=CODE_MAX,
            ),
            field=field,
        )
    if not _CODE_RE.match(text):
        raise UserError(
            say(
                "{label} “{text}” may hold only letters, digits, dots, dashes and underscores "
                "(for example P1 or A1.2).",
                label=label,
                text=text,
            ),
            field=field,
        )
    return text


def clean_percent(
    value: object, label: str = "Percent complete", *, field: str | None = "percent_complete"
) -> int:
    number = _number(value, label, field)
    if number is None:
        raise UserError(say("{label} is required.", label=label), field=field)
    if not 0 <= number <= 100:
        raise UserError(
            say("{label} must be between 0 and 100, not {number:g}.", label=label, number=number),
            field=field,
        )
    if number != int(number):
        raise UserError(
            say("{label} must be a whole number, not {number:g}.", label=label, number=number),
            field=field,
        )
    return int(number)


def clean_float(value: object, label: str, *, field: str | None = None) -> float | None:
    """A measured number; None is an explicit "no data"."""
    return _number(value, label, field)


_THOUSANDS = re.compile(r"^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$")
_DECIMAL_COMMA = re.compile(r"^[-+]?\d+,\d+$")


def _plain_number(text: str) -> str:
    """Numbers as people type them in English or French: "1,250", "1 250,5", "12,5"."""
    text = re.sub(r"[\s\u00a0\u202f]", "", text)
    if _THOUSANDS.match(text):
        return text.replace(",", "")
    if _DECIMAL_COMMA.match(text):  # "12,5": a French decimal comma
        return text.replace(",", ".")
    return text


def _number(value: object, label: str, field: str | None) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise UserError(say("{label} must be a number.", label=label), field=field)
    if isinstance(value, int | float | Decimal):
        number = float(value)
    elif isinstance(value, str):
        try:
            number = float(_plain_number(value))
        except ValueError:
            raise UserError(
                say(
                    "{label} must be a number, not “{text}”.", label=label, text=value.strip()[:40]
                ),
                field=field,
            ) from None
    else:
        raise UserError(say("{label} must be a number.", label=label), field=field)
    if not math.isfinite(number) or abs(number) > 1e15:
        raise UserError(say("{label} is not a usable number.", label=label), field=field)
    return number


def clean_money(value: object, label: str, *, field: str | None = None) -> Decimal | None:
    number = _number(value, label, field)
    if number is None:
        return None
    try:
        amount = Decimal(str(value).replace(",", "")).quantize(Decimal("0.01"))
    except (InvalidOperation, ValueError):
        amount = Decimal(str(number)).quantize(Decimal("0.01"))
    if amount < 0:
        raise UserError(say("{label} cannot be negative.", label=label), field=field)
    if amount >= MONEY_MAX:
        raise UserError(say("{label} is too large.", label=label), field=field)
    return amount


def clean_date(value: object, label: str, *, field: str | None = None) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            raise UserError(
                say(
                    "{label}: “{text}” is not a date (use YYYY-MM-DD).",
                    label=label,
                    text=value.strip()[:40],
                ),
                field=field,
            ) from None
    raise UserError(say("{label} must be a date.", label=label), field=field)


def clean_choice(
    value: object, allowed: tuple[str, ...], label: str, *, field: str | None = None
) -> str:
    if value not in allowed:
        raise UserError(
            say(
                "{label}: “{value}” is not one of {allowed}.",
                label=label,
                value=value,
                allowed=", ".join(allowed),
            ),
            field=field,
        )
    return str(value)


def clean_year(value: object, label: str, *, field: str | None = None) -> int | None:
    number = _number(value, label, field)
    if number is None:
        return None
    if number != int(number) or not 1900 <= number <= 2100:
        raise UserError(
            say("{label}: {value} is not a year.", label=label, value=value), field=field
        )
    return int(number)


def check_dates_in_order(start: date | None, end: date | None, *, field: str = "end_date") -> None:
    if start is not None and end is not None and end < start:
        raise UserError(
            say(
                "End date {end} is before the start date {start}.",
                end=end.isoformat(),
                start=start.isoformat(),
            ),
            field=field,
        )
