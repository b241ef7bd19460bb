"""Fiscal years run April to March; quarters Q1 Apr–Jun … Q4 Jan–Mar."""

from __future__ import annotations

from datetime import date

import pytest

from lipplanner.core.errors import UserError
from lipplanner.core.periods import (
    Period,
    fiscal_year_label,
    fiscal_year_of,
    parse_fiscal_year,
    quarter_of,
)


@pytest.mark.parametrize(
    ("day", "year", "quarter"),
    [
        (date(2025, 4, 1), 2025, 1),
        (date(2025, 6, 30), 2025, 1),
        (date(2025, 7, 1), 2025, 2),
        (date(2025, 12, 31), 2025, 3),
        (date(2026, 1, 1), 2025, 4),
        (date(2026, 3, 31), 2025, 4),
    ],
)
def test_dates_fall_in_the_right_fiscal_quarter(day: date, year: int, quarter: int) -> None:
    assert fiscal_year_of(day) == year
    assert quarter_of(day) == quarter
    assert Period.containing(day) == Period(year, quarter)


def test_fiscal_year_bounds_and_labels() -> None:
    year = Period(2025)
    assert (year.start, year.end) == (date(2025, 4, 1), date(2026, 3, 31))
    assert year.label == "2025-26" == fiscal_year_label(2025)
    assert Period(1999).label == "1999-00"
    q4 = Period(2025, 4)
    assert (q4.start, q4.end) == (date(2026, 1, 1), date(2026, 3, 31))
    assert Period(2025, 2).label == "2025-26-Q2"
    assert [q.label for q in year.quarters()] == [f"2025-26-Q{q}" for q in range(1, 5)]


def test_quarters_follow_each_other_across_years() -> None:
    assert Period(2025, 4).next() == Period(2026, 1)
    assert Period(2026, 1).previous() == Period(2025, 4)
    assert Period(2025).next() == Period(2026)
    assert Period(2025, 3).key < Period(2025, 4).key < Period(2026, 1).key


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-26", Period(2025)),
        ("2025-2026", Period(2025)),
        (" 2025-26-Q2 ", Period(2025, 2)),
        ("2025-26 Q3", Period(2025, 3)),
        ("2025-26-q4", Period(2025, 4)),
        ("Q2 2025-26", Period(2025, 2)),  # as messages write it
        ("T2 2025-2026", Period(2025, 2)),  # and the French interface
        ("1999-00", Period(1999)),
    ],
)
def test_period_labels_parse(text: str, expected: Period) -> None:
    assert Period.parse(text) == expected


@pytest.mark.parametrize(
    "text", ["", "2025", "2025-27", "2025-26-Q5", "Q2 2025", "25-26", "2025-26-Q0", "abc"]
)
def test_malformed_periods_are_refused_with_a_sentence(text: str) -> None:
    with pytest.raises(UserError, match="2025-26"):
        Period.parse(text)


def test_fiscal_year_parsing_and_range() -> None:
    assert parse_fiscal_year("2024-25") == 2024
    with pytest.raises(UserError, match="outside"):
        parse_fiscal_year("1850-51")
    with pytest.raises(UserError):
        Period(2025, 5)


def test_messages_write_a_period_as_the_english_interface_does() -> None:
    # One form per language: the command line's sentences read like the English
    # interface (Q3 2026-27); files, JSON and --period keep 2026-27-Q3, which sorts.
    assert Period(2026, 3).display == "Q3 2026-27"
    assert Period(2026).display == "2026-27"
    assert Period(2026, 3).label == "2026-27-Q3"
    assert Period.parse(Period(2026, 3).display) == Period(2026, 3)
