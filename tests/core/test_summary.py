"""The lean summary queries give the same figures as the full plan view."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest

from lipplanner.core.db import PlanDatabase, open_plan
from lipplanner.core.demo import create_synthetic_file
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


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PlanDatabase]:
    """What `lipplanner demo X --actions 500 --seed 3` writes: many actions, updates in
    most quarters, ties and starts in the future among them."""
    path = create_synthetic_file(tmp_path_factory.mktemp("synthetic") / "x.lip", 500, seed=3)
    db = open_plan(path, read_only=True)
    yield db
    db.close()


@pytest.mark.parametrize("which", ["first quarter", "second year", "last quarter"])
def test_summary_of_a_big_plan_agrees_with_the_plan_view(
    synthetic: PlanDatabase, which: str
) -> None:
    whole = plan_summary(synthetic, Period(2025), today=TODAY)
    first, last = whole.first_year, whole.last_year
    period = {
        "first quarter": Period(first, 1),
        "second year": Period(first + 1),
        "last quarter": Period(last, 4),
    }[which]
    summary = plan_summary(synthetic, period, today=TODAY)
    view = load_plan_view(synthetic, period, today=TODAY)
    assert summary.total.actions == 500
    for line, priority in zip(summary.priorities, view.ordered_priorities, strict=True):
        assert (line.code, line.rollup) == (priority.code, view.rollup_priority(priority.id))
    assert summary.total == view.rollup_plan()


def test_summary_settles_a_quarter_s_two_entries_as_the_plan_view(tmp_path: Path) -> None:
    """Two entries in one quarter: the later report date wins, then the later entry
    (an entry without a date loses to any dated one)."""
    path = create_synthetic_file(tmp_path / "ties.lip", 300, seed=3)
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute(
            "INSERT INTO progress_update (action_id, fiscal_year, quarter, status_id, "
            "percent_complete, outputs, successes, challenges, next_steps, reported_by, "
            "reported_on) "
            "SELECT action_id, fiscal_year, quarter, "
            "coalesce((SELECT s.id FROM status s WHERE s.position = p.id % 7), p.status_id), "
            "(percent_complete + 37) % 101, '', '', '', '', 'tie', "
            "CASE quarter WHEN 1 THEN date(reported_on, '-5 days') "
            "WHEN 2 THEN date(reported_on, '+5 days') WHEN 3 THEN NULL ELSE reported_on END "
            "FROM progress_update p WHERE action_id % 3 = 0"
        )
    db = open_plan(path, read_only=True)
    try:
        # Each quarter of 2025 settles its tie another way (the plan's updates end then).
        for period in (Period(2025, 1), Period(2025, 2), Period(2025, 3), Period(2025, 4)):
            summary = plan_summary(db, period, today=TODAY)
            view = load_plan_view(db, period, today=TODAY)
            for line, priority in zip(summary.priorities, view.ordered_priorities, strict=True):
                assert line.rollup == view.rollup_priority(priority.id)
            assert summary.total == view.rollup_plan()
    finally:
        db.close()
