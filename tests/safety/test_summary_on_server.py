"""`lipplanner summary`'s grouped query runs on a server plan too, with the same figures
as the plan view."""

from __future__ import annotations

from datetime import date

import pytest

from lipplanner.core.db import PlanDatabase
from lipplanner.core.periods import Period
from lipplanner.core.services.plan_view import load_plan_view
from lipplanner.core.services.summary import plan_summary


@pytest.mark.parametrize("period", [Period(2024, 1), Period(2025), Period(2026, 3)])
def test_summary_agrees_with_the_plan_view_in_a_file_and_on_a_server(
    plan_db: PlanDatabase, period: Period
) -> None:
    today = date(2026, 11, 30)
    summary = plan_summary(plan_db, period, today=today)
    view = load_plan_view(plan_db, period, today=today)
    for line, priority in zip(summary.priorities, view.ordered_priorities, strict=True):
        assert (line.code, line.rollup) == (priority.code, view.rollup_priority(priority.id))
    assert summary.total == view.rollup_plan()
