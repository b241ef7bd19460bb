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


# Worked out from the demo's ACTIONS table for 2026-27 Q2 (July to September 2026):
# five actions ended before July 2026 and are completed; three have no end date and
# are ongoing; every other action reported for the quarter.
COMPLETED = ["A1.3", "A2.2", "A3.3", "A5.1", "A6.3"]
ONGOING = ["A2.3", "A3.1", "A6.1"]


@pytest.mark.parametrize(
    ("today", "default"),
    [
        (DEMO_REFERENCE_DAY, Period(2026, 2)),  # 2026-27 Q3 is under way on 2 December
        (dt.date(2026, 10, 1), Period(2026, 2)),  # Q2 ended the day before
        (dt.date(2026, 9, 30), Period(2026, 1)),  # Q2's last day: it is not over yet
        (dt.date(2027, 1, 1), Period(2026, 3)),
        (dt.date(2026, 4, 1), Period(2025, 4)),  # a new fiscal year: last year's Q4
    ],
)
def test_the_default_period_on_given_days(today: dt.date, default: Period) -> None:
    assert default_report_period(None, today) == default
    # A period on screen that is over is kept; one still under way is not.
    assert default_report_period(Period(2025, 1), today) == Period(2025, 1)
    assert default_report_period(Period(2026, 3), today) == (
        Period(2026, 3) if today >= dt.date(2027, 1, 1) else default
    )


def test_the_riverside_quarter_by_default_is_fully_reported(riverside: PlanDatabase) -> None:
    view = load_plan_view(riverside, Period(2026, 2), today=DEMO_REFERENCE_DAY)
    wb = build_report(view, ReportOptions("en", PREPARER, DEMO_REFERENCE_DAY))
    assert wb["Cover"]["A2"].value == (
        "Progress report — 2026-27 Q2 (July 1, 2026 to September 30, 2026)"
    )
    progress = list(wb["Progress"].iter_rows(min_row=2, values_only=True))
    updates = {row[0]: row[4] for row in progress}
    assert sorted(code for code, update in updates.items() if update == "Not expected") == (
        COMPLETED
    )
    assert sorted(code for code, update in updates.items() if update == "Yes") == sorted(
        set(updates) - set(COMPLETED)
    )
    assert len(updates) == 23
    # 23 actions, none stale; 3 overdue: A1.2 (due June 2026, 60 %), A2.1 (March 2026)
    # and A6.2 (June 2026) are past their end and not completed.
    assert wb["Summary"]["A3"].value == (
        "23 actions · 59% on track, ongoing or completed · 3 overdue"
        " · 0 without the update due this period"
    )


@pytest.mark.parametrize("sheet", ["Action plan", "Progress"])
def test_ongoing_and_completed_actions_as_the_rules_say(
    riverside: PlanDatabase, sheet: str
) -> None:
    view = load_plan_view(riverside, Period(2026, 2), today=DEMO_REFERENCE_DAY)
    ws = build_report(view, ReportOptions("en", PREPARER, DEMO_REFERENCE_DAY))[sheet]
    headings = next(ws.iter_rows(max_row=1, values_only=True))
    code, status, percent = (headings.index(h) for h in ("Code", "Status", "Percent complete"))
    rows = {r[code]: r for r in ws.iter_rows(min_row=2, values_only=True)}
    for action in COMPLETED:  # completed is 100 %, whatever was last reported
        assert (rows[action][status], rows[action][percent]) == ("Completed", 1.0), action
    for action in ONGOING:  # an ongoing action has no end to be a percentage of
        assert (rows[action][status], rows[action][percent]) == ("Ongoing", None), action
    # A not-started action is 0 %, shown as such.
    assert (rows["A1.4"][status], rows["A1.4"][percent]) == ("Not started", 0.0)
    # Only ongoing actions print no percentage.
    assert sorted(c for c, r in rows.items() if r[percent] is None) == ONGOING


@pytest.mark.parametrize(
    ("period", "en", "fr"),
    [
        (
            Period(2028, 1),
            "Warning: 2028-29 Q1 is outside the plan’s years (2024-25 to 2027-28).",
            "Attention : 2028-2029 T1 est en dehors des années du plan (2024-2025 à 2027-2028).",
        ),
        (
            Period(2023, 4),
            "Warning: 2023-24 Q4 is outside the plan’s years (2024-25 to 2027-28).",
            "Attention : 2023-2024 T4 est en dehors des années du plan (2024-2025 à 2027-2028).",
        ),
        (Period(2027, 4), "", ""),  # the plan's last quarter
        (Period(2024, 1), "", ""),  # and its first
    ],
)
def test_a_period_outside_the_plan_is_warned_on_cover_and_summary(
    riverside: PlanDatabase, period: Period, en: str, fr: str
) -> None:
    view = load_plan_view(riverside, period, today=DEMO_REFERENCE_DAY)
    for lang, warning in (("en", en), ("fr", fr)):
        wb = build_report(view, ReportOptions(lang, PREPARER, DEMO_REFERENCE_DAY))
        cover, summary = wb.worksheets[0], wb.worksheets[1]
        if warning:
            assert cover["A3"].value == warning
            assert summary["A4"].value == warning
            assert cover["A3"].style == summary["A4"].style == "LIP Warn"
        else:
            assert cover["A3"].value is None
            texts = [c.value for row in summary.iter_rows(max_row=6) for c in row]
            assert not any(isinstance(t, str) and "outside the plan" in t for t in texts)
