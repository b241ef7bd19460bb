"""The report's flags are honest and agree with each other, checked against values
worked out by hand from the Riverside demo's tables (lipplanner/core/demo.py)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import openpyxl
import pytest

from lipplanner.cli import EXIT_OK, run_command
from lipplanner.core.db import PlanDatabase, open_plan
from lipplanner.core.demo import DEMO_REFERENCE_DAY, create_demo_file
from lipplanner.core.periods import Period, default_report_period
from lipplanner.core.reports.labels import Labels
from lipplanner.core.reports.progress_report import ReportOptions, build_report
from lipplanner.core.services.plan_view import load_plan_view

from .conftest import PREPARER

# On the reference day (2026-12-02) 2026-27 Q3 is under way and half reported: the
# actions of P2, P4, P6 and every "x.1" action have reported for it. Of the others,
# A1.3 and A3.3 are completed (no update expected); A1.2, A1.4, A3.2, A3.4, A5.2 and
# A5.3 should report and have not. A2.2, A5.1, A6.3 (completed) and A2.4
# (discontinued in Q2) closed before the quarter and report no more.
STALE_Q3 = ["A1.2", "A1.4", "A3.2", "A3.4", "A5.2", "A5.3"]
NOT_EXPECTED_Q3 = ["A1.3", "A2.2", "A2.4", "A3.3", "A5.1", "A6.3"]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_one_stale_rule_on_every_sheet(riverside: PlanDatabase, lang: str) -> None:
    view = load_plan_view(riverside, Period(2026, 3), today=DEMO_REFERENCE_DAY)
    wb = build_report(view, ReportOptions(lang, PREPARER, DEMO_REFERENCE_DAY))
    labels = Labels(lang)
    progress = [r for r in wb[labels.sheet("progress")].iter_rows(min_row=2, values_only=True)]
    missing = sorted(r[0] for r in progress if r[4] == labels("update_missing"))
    not_expected = sorted(r[0] for r in progress if r[4] == labels("update_not_expected"))
    assert missing == STALE_Q3
    assert not_expected == NOT_EXPECTED_Q3
    summary = wb[labels.sheet("summary")]
    total = next(r for r in summary.iter_rows(values_only=True) if r[1] == labels("plan_total"))
    assert total[8] == len(STALE_Q3) == view.rollup_plan().stale
    assert f"· {len(STALE_Q3)} " in str(summary["A3"].value)


def test_no_update_is_dated_after_the_day_the_report_is_prepared(
    riverside: PlanDatabase, riverside_file: Path
) -> None:
    with sqlite3.connect(riverside_file) as connection:
        (latest,) = connection.execute("SELECT max(reported_on) FROM progress_update").fetchone()
        (recorded,) = connection.execute("SELECT max(recorded_on) FROM indicator_value").fetchone()
    assert dt.date.fromisoformat(latest[:10]) <= DEMO_REFERENCE_DAY
    assert dt.date.fromisoformat(recorded[:10]) <= DEMO_REFERENCE_DAY
    view = load_plan_view(riverside, Period(2026, 3), today=DEMO_REFERENCE_DAY)
    ws = build_report(view, ReportOptions("en", PREPARER, DEMO_REFERENCE_DAY))["Progress"]
    dates = [r[10] for r in ws.iter_rows(min_row=2, values_only=True) if r[10] is not None]
    assert dates and max(dates) <= DEMO_REFERENCE_DAY


def test_the_default_period_is_the_last_completed_quarter(
    riverside_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "report.xlsx"
    assert run_command(["export", str(riverside_file), "-o", str(out)]) == EXIT_OK
    cover = {r[0]: r[1] for r in openpyxl.load_workbook(out)["Cover"].iter_rows(values_only=True)}
    expected = default_report_period(None, dt.date.today())
    assert cover["Reporting period"].startswith(Labels("en").period_short(expected) + " (")


@pytest.mark.parametrize(
    ("today", "last_full", "years"),
    [
        (dt.date(2027, 5, 10), Period(2026, 4), (2024, 2027)),
        (dt.date(2027, 12, 2), Period(2027, 2), (2025, 2028)),
        (dt.date(2026, 7, 15), Period(2026, 1), (2024, 2027)),
    ],
)
def test_the_demo_follows_the_day_it_is_made(
    tmp_path: Path, today: dt.date, last_full: Period, years: tuple[int, int]
) -> None:
    first = create_demo_file(tmp_path / "a.lip", today=today)
    again = create_demo_file(tmp_path / "b.lip", today=today)
    rows = []
    for path in (first, again):
        with sqlite3.connect(path) as connection:
            rows.append(
                connection.execute(
                    "SELECT action_id, fiscal_year, quarter, status_id, percent_complete, "
                    "successes, reported_on FROM progress_update ORDER BY id"
                ).fetchall()
            )
            plan = connection.execute("SELECT first_year, last_year FROM plan").fetchone()
    assert rows[0] == rows[1]  # the same day, the same demo
    assert plan == years
    assert max(dt.date.fromisoformat(r[6][:10]) for r in rows[0]) <= today
    db = open_plan(first, read_only=True)
    try:
        assert default_report_period(None, today) == last_full
        view = load_plan_view(db, last_full, today=today)
    finally:
        db.close()
    # The story is told up to the last completed quarter: everyone due has reported.
    assert view.rollup_plan().stale == 0
    assert sum(h.in_period for h in view.health.values()) == 18
    assert len(view.narratives) == 3
