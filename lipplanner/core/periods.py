"""Canada's federal fiscal year (April 1 – March 31) and its quarters.

A fiscal year is identified by the calendar year it starts in: 2025 is `2025-26`,
running 2025-04-01 to 2026-03-31. Quarters: Q1 Apr–Jun, Q2 Jul–Sep, Q3 Oct–Dec,
Q4 Jan–Mar. A reporting period is either a whole fiscal year or one quarter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property

from lipplanner.core.errors import UserError
from lipplanner.core.messages import say

_YEAR_RE = re.compile(r"^\s*(\d{4})\s*[-/–]\s*(\d{2}|\d{4})\s*$")
_YEARS = r"(?P<start>\d{4})\s*[-/–]\s*(?P<end>\d{2}|\d{4})"
# 2025-26, 2025-26-Q2 (the files' form), and Q2 2025-26 / T2 2025-2026 (the form people read).
_PERIOD_RE = re.compile(rf"^\s*{_YEARS}(?:\s*[-\s]\s*[QqTt](?P<quarter>[1-4]))?\s*$")
_QUARTER_FIRST_RE = re.compile(rf"^\s*[QqTt](?P<quarter>[1-4])\s+{_YEARS}\s*$")
MIN_YEAR = 1990
MAX_YEAR = 2100


def fiscal_year_label(year: int) -> str:
    """`2025` → `"2025-26"`."""
    return f"{year}-{(year + 1) % 100:02d}"


def fiscal_year_of(day: date) -> int:
    """The fiscal year a calendar date falls in (Jan–Mar belong to the year before)."""
    return day.year if day.month >= 4 else day.year - 1


def quarter_of(day: date) -> int:
    """The fiscal quarter (1–4) of a calendar date."""
    return (day.month - 4) % 12 // 3 + 1


def _check_year(year: int) -> int:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise UserError(
            say(
                "The fiscal year {year} is outside {first}–{last}.",
                year=year,
                first=MIN_YEAR,
                last=MAX_YEAR,
            )
        )
    return year


def _parse_year(first: str, second: str, text: str) -> int:
    year = _check_year(int(first))
    follow = int(second) if len(second) == 4 else int(first[:2] + second)
    if follow != year + 1 and not (len(second) == 2 and (year + 1) % 100 == int(second)):
        raise UserError(
            say(
                "“{text}” is not a fiscal year: the second year must follow the first (for "
                "example {example}).",
                text=text.strip(),
                example=fiscal_year_label(year),
            )
        )
    return year


def parse_fiscal_year(text: str) -> int:
    """`"2025-26"` (or `"2025-2026"`) → `2025`; anything else raises `UserError`."""
    match = _YEAR_RE.match(text or "")
    if not match:
        raise UserError(say("“{text}” is not a fiscal year; write it like 2025-26.", text=text))
    return _parse_year(match.group(1), match.group(2), text)


@dataclass(frozen=True, order=True)
class Period:
    """A reporting period: a fiscal year, or one quarter of it (`quarter` 1–4)."""

    year: int
    quarter: int | None = None

    def __post_init__(self) -> None:
        _check_year(self.year)
        if self.quarter is not None and not 1 <= self.quarter <= 4:
            raise UserError(say("The quarter must be 1 to 4, not {quarter}.", quarter=self.quarter))

    @classmethod
    def parse(cls, text: str) -> Period:
        """`"2025-26"` → the year; `"2025-26-Q2"` (also `2025-26 Q2`, and `Q2 2025-26` as
        the interface and the command line's messages write it) → that quarter."""
        match = _PERIOD_RE.match(text or "") or _QUARTER_FIRST_RE.match(text or "")
        if not match:
            raise UserError(
                say(
                    "“{text}” is not a reporting period; write a fiscal year like 2025-26 or a "
                    "quarter like 2025-26-Q2.",
                    text=text,
                )
            )
        year = _parse_year(match["start"], match["end"], text)
        quarter = int(match["quarter"]) if match["quarter"] else None
        return cls(year, quarter)

    @classmethod
    def containing(cls, day: date) -> Period:
        """The quarter a date falls in."""
        return cls(fiscal_year_of(day), quarter_of(day))

    @property
    def is_quarter(self) -> bool:
        return self.quarter is not None

    @property
    def label(self) -> str:
        """The form of file names, JSON and --period: 2025-26-Q3 (sorts by date)."""
        base = fiscal_year_label(self.year)
        return base if self.quarter is None else f"{base}-Q{self.quarter}"

    @property
    def display(self) -> str:
        """The form people read, as the English interface writes it: Q3 2025-26."""
        base = fiscal_year_label(self.year)
        return base if self.quarter is None else f"Q{self.quarter} {base}"

    def __str__(self) -> str:
        return self.label

    # Cached: the roll-ups ask every action's period for its bounds (20,000 times).
    @cached_property
    def start(self) -> date:
        if self.quarter is None:
            return date(self.year, 4, 1)
        month = 4 + 3 * (self.quarter - 1)
        return date(self.year + (month > 12), (month - 1) % 12 + 1, 1)

    @cached_property
    def end(self) -> date:
        if self.quarter is None:
            return date(self.year + 1, 3, 31)
        nxt = self.next()
        return nxt.start - timedelta(days=1)

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end

    def quarters(self) -> list[Period]:
        """The quarters of this period (itself if it is a quarter)."""
        if self.quarter is not None:
            return [self]
        return [Period(self.year, q) for q in range(1, 5)]

    def next(self) -> Period:
        if self.quarter is None:
            return Period(self.year + 1)
        if self.quarter == 4:
            return Period(self.year + 1, 1)
        return Period(self.year, self.quarter + 1)

    def previous(self) -> Period:
        if self.quarter is None:
            return Period(self.year - 1)
        if self.quarter == 1:
            return Period(self.year - 1, 4)
        return Period(self.year, self.quarter - 1)

    @property
    def key(self) -> int:
        """A sortable integer for the last quarter covered (year*10 + quarter)."""
        return self.year * 10 + (self.quarter or 4)


def quarter_key(year: int, quarter: int) -> int:
    """The sort key of a stored (fiscal year, quarter) pair, comparable to `Period.key`."""
    return year * 10 + quarter


def current_period(today: date | None = None) -> Period:
    """The quarter containing today."""
    return Period.containing(today or date.today())


def last_completed_quarter(today: date | None = None) -> Period:
    """The latest quarter that has ended: what a quarterly report covers by default
    (the quarter under way is still being reported)."""
    return current_period(today).previous()


def default_report_period(shown: Period | None, today: date | None = None) -> Period:
    """The period a report covers unless the coordinator picks another: the one on
    screen if it is over, else the last completed quarter (a quarter still under way
    is only partly reported)."""
    today = today or date.today()
    if shown is not None and shown.end < today:
        return shown
    return last_completed_quarter(today)
