"""The lean summary queries give the same figures as the full plan view."""

from __future__ import annotations

from datetime import date

import pytest

from lipplanner.core.db import PlanDatabase
from lipplanner.core.periods import Period
from lipplanner.core.services.plan_view import load_plan_view
from lipplanner.core.services.summary import plan_summary

TODAY = date(2026, 11, 30)


@pytest.mark.parametrize(
    "period", [Period(2024, 1), Period(2025), Period(2025, 4), Period(2026, 2), Period(2026, 3)]
)
def test_summary_agrees_with_the_plan_view(riverside: PlanDatabase, period: Period) -> None:
    summary = plan_summary(riverside, period, today=TODAY)
    view = load_plan_view(riverside, period, today=TODAY)
    assert [p.code for p in summary.priorities] == [p.code for p in view.ordered_priorities]
    for line, priority in zip(summary.priorities, view.ordered_priorities, strict=True):
        assert line.rollup == view.rollup_priority(priority.id)
    assert summary.total == view.rollup_plan()
    assert (summary.partners, summary.practices, summary.indicators) == (
        len(view.partners),
        len(view.practices),
        len(view.indicators),
    )
