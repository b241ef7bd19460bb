"""Indicators judged the way results-based reporting reads them: interim values against
the straight path from baseline to target, not against the final target."""

from __future__ import annotations

from datetime import date

import pytest

from lipplanner.core.periods import Period, default_report_period, last_completed_quarter
from lipplanner.core.progress import (
    BEHIND,
    MET,
    NO_DATA,
    NOT_YET_DUE,
    ON_PACE,
    expected_on_path,
    judge_indicator,
)

BASE, BASE_ON = 100.0, date(2024, 3, 31)
TARGET, TARGET_ON = 200.0, date(2028, 3, 31)


def judge(actual: float | None, on: date | None, *, direction: str = "increase", **kw: object):  # type: ignore[no-untyped-def]
    values: dict[str, object] = {
        "baseline": BASE,
        "baseline_date": BASE_ON,
        "target": TARGET,
        "target_date": TARGET_ON,
        "direction": direction,
        "frequency": "annual",
        "actual": actual,
        "actual_date": on,
        "as_of": on or date(2025, 6, 30),
    }
    values.update(kw)
    return judge_indicator(**values)  # type: ignore[arg-type]


def test_the_path_runs_straight_from_baseline_to_target() -> None:
    half = date(2026, 3, 31)  # 730 of 1461 days
    assert expected_on_path(BASE, BASE_ON, TARGET, TARGET_ON, half) == pytest.approx(149.97, 0.01)
    assert expected_on_path(BASE, BASE_ON, TARGET, TARGET_ON, BASE_ON) == BASE
    assert expected_on_path(BASE, BASE_ON, TARGET, TARGET_ON, date(2030, 1, 1)) == TARGET


def test_an_interim_value_on_or_beyond_the_path_is_on_pace_even_far_from_target() -> None:
    judged = judge(151.0, date(2026, 3, 31))
    assert judged.verdict == ON_PACE
    assert judged.expected == pytest.approx(149.97, 0.01)
    assert judged.progress == pytest.approx(0.51)


def test_an_interim_value_short_of_the_path_is_behind() -> None:
    assert judge(140.0, date(2026, 3, 31)).verdict == BEHIND


def test_a_decrease_is_judged_downwards() -> None:
    # 26 → 12 weeks: 18 halfway is better than the path's 19; 20 is worse.
    kw = {"baseline": 26.0, "target": 12.0, "direction": "decrease"}
    assert judge(18.0, date(2026, 3, 31), **kw).verdict == ON_PACE
    assert judge(20.0, date(2026, 3, 31), **kw).verdict == BEHIND
    assert judge(12.0, date(2026, 3, 31), **kw).verdict == MET
    # A value worse than the baseline is negative progress.
    assert judge(27.0, date(2026, 3, 31), **kw).progress == pytest.approx(-1 / 14)


def test_reaching_the_target_early_is_met() -> None:
    assert judge(205.0, date(2025, 3, 31)).verdict == MET


def test_past_the_target_date_short_of_it_is_behind() -> None:
    assert judge(199.0, date(2028, 3, 31), as_of=date(2028, 6, 1)).verdict == BEHIND


def test_no_value_is_no_data_once_one_is_due_and_not_yet_due_before() -> None:
    # Annual from a 2024-03-31 baseline: the first value is due on 2025-03-31.
    assert judge(None, None, as_of=date(2024, 12, 31)).verdict == NOT_YET_DUE
    assert judge(None, None, as_of=date(2025, 6, 30)).verdict == NO_DATA
    quarterly = judge(None, None, frequency="quarterly", as_of=date(2024, 7, 15))
    assert quarterly.verdict == NO_DATA


def test_without_a_path_an_unmet_value_is_not_judged_behind() -> None:
    assert judge(150.0, date(2026, 3, 31), baseline_date=None).verdict == NOT_YET_DUE
    assert judge(150.0, date(2026, 3, 31), target=None).verdict == NOT_YET_DUE


def test_maintain_is_on_pace_within_half_a_percent() -> None:
    kw = {"baseline": 80.0, "target": 80.0, "direction": "maintain"}
    assert judge(80.3, date(2026, 3, 31), **kw).verdict == MET
    assert judge(78.0, date(2026, 3, 31), **kw).verdict == BEHIND


def test_a_report_covers_a_period_that_is_over() -> None:
    assert last_completed_quarter(date(2026, 12, 2)) == Period(2026, 2)
    assert last_completed_quarter(date(2026, 4, 1)) == Period(2025, 4)
    on_screen = Period(2026, 3)  # the quarter under way
    assert default_report_period(on_screen, date(2026, 12, 2)) == Period(2026, 2)
    assert default_report_period(Period(2025), date(2026, 12, 2)) == Period(2025)
    assert default_report_period(None, date(2027, 1, 5)) == Period(2026, 3)
