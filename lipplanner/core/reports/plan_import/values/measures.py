"""Year and month columns (ticks or measured values) and a performance measure's
figures."""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Sequence
from datetime import date

from lipplanner.core.periods import MAX_YEAR, MIN_YEAR
from lipplanner.core.reports.cell_values import fold
from lipplanner.core.reports.plan_import.values.timeline import NO_SPAN, Span


def ticked(value: object) -> bool:
    """A year column's tick: ✓, x, yes, a date, an amount or any mark."""
    if value is None:
        return False
    text = fold(str(value)).strip()
    return bool(text) and text not in ("no", "non", "0", "-", "false", "faux")


# What people put in a Gantt's cells to say "then": a mark, not an activity's words.
_MARKS = frozenset({"x", "xx", "✓", "✔", "√", "yes", "y", "oui", "o", "•", "●", "■", "▪",
                    "█", "1", "*", "+", "✗", "☑", "✅"})  # fmt: skip


def is_mark(value: object) -> bool:
    """Whether a cell holds only a tick mark ("X", "✓", "●", "yes"), no words."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return value == 1
    return isinstance(value, str) and fold(value).strip() in _MARKS


def quarter_months(quarter: int) -> tuple[int, int, int]:
    """The months of a fiscal quarter, for a Gantt's quarter columns: Q1 is April to
    June, Q4 January to March."""
    first = (3 * quarter + 1) % 12 or 12
    return first, first + 1, first + 2


def ticked_months(months: Sequence[tuple[int, int | None, bool]], first_year: int | None) -> Span:
    """When a Gantt row runs, from its month columns in sheet order: (month, year the
    heading names or None, ticked). A heading without its year follows the one before
    it, the year turning when the months go back (Apr … Dec, then Jan … Mar of the next
    calendar year: a fiscal year's work plan); the first such takes the plan's first
    year. The span runs from the first ticked month's first day to the last's last."""
    year = first_year
    previous = 0
    ticks: list[tuple[int, int]] = []
    for month, named, tick in months:
        if named is not None:
            year = named
        elif year is not None and month < previous:
            year += 1
        previous = month
        if tick and year is not None:
            ticks.append((year, month))
    if not ticks:
        return NO_SPAN
    (first, first_month), (last, last_month) = min(ticks), max(ticks)
    end = date(last, last_month, calendar.monthrange(last, last_month)[1])
    return Span(date(first, first_month, 1), end)


def measured(value: object) -> bool:
    """Whether a year column's number is a value measured that year (an RBA report
    card's 38 % or 180) rather than a tick (1, or the year itself); the build asks only
    on a sheet of performance measures, where an amount is not a budget."""
    if not isinstance(value, int | float) or isinstance(value, bool) or value == 0:
        return False
    return not (value == 1 or (float(value).is_integer() and MIN_YEAR <= value <= MAX_YEAR))


def measure_line(measure: str, values: Iterable[tuple[str, object]]) -> str:
    """A performance measure with its figures, for the action's description:
    "% of mentees employed: baseline 35 %, target 50 %, 2023: 38 %, 2024: 44 %".
    `values` are (heading, value) pairs; fractions of a "%" measure are shown as
    percentages (Excel keeps 38 % as 0.38)."""
    pairs = [(h.strip(), v) for h, v in values if v is not None and str(v).strip()]
    numbers = [v for _h, v in pairs if isinstance(v, int | float) and not isinstance(v, bool)]
    percent = "%" in measure and bool(numbers) and all(0 <= n <= 1 for n in numbers)

    def shown_value(value: object) -> str:
        if isinstance(value, int | float) and not isinstance(value, bool):
            number = value * 100 if percent else value
            text = f"{number:,.2f}".rstrip("0").rstrip(".")
            return f"{text} %" if percent else text
        return str(value).strip()

    parts = [
        # "2023: 38 %" beside a year's heading, "baseline 35 %" beside a word's.
        f"{h}: {shown_value(v)}" if h[:1].isdigit() else f"{h.lower()} {shown_value(v)}"
        for h, v in pairs
    ]
    return f"{measure.strip()}: {', '.join(parts)}" if parts else measure.strip()
