"""Roll-over on the Riverside demo (plan 2024-25 to 2027-28; updates up to 2026-27 Q3).

Hand-checked from the demo's updates (a closed action reports last in the quarter it
ended): A2.2 was completed in 2024-25 Q4; A6.3, A1.3, A3.3 and A5.1 in 2025-26 Q1 to Q4;
A2.4 was discontinued in 2026-27 Q2. So rolling 2025-26 over closes A2.2 (in 2024-25,
the year of its closing update) and the four 2025-26 ones, and carries the other 18, of
which only A2.1 (due 2026-03-31, still with minor delays) was due to end by then; rolling
2026-27 over then closes A2.4 and carries the other 17.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from lipplanner.core.db import PlanDatabase
from lipplanner.core.errors import UserError
from lipplanner.core.periods import Period
from lipplanner.core.services import editing
from lipplanner.core.services.plan_view import load_plan_view
from lipplanner.core.services.rollover import apply_rollover, preview_rollover, undo_rollover
from lipplanner.core.services.tracking import record_progress

# Each finished action and the fiscal year whose annual plan it closes in.
CLOSED_IN = {"A1.3": 2025, "A2.2": 2024, "A2.4": 2026, "A3.3": 2025, "A5.1": 2025, "A6.3": 2025}
CLOSED_BY_2025 = {code: year for code, year in CLOSED_IN.items() if year <= 2025}


def _marks(path: Path) -> dict[str, tuple[int | None, int | None]]:
    with sqlite3.connect(path) as connection:
        return {
            code: (closed, carried)
            for code, closed, carried in connection.execute(
                "SELECT code, closed_year, carried_from_year FROM action"
            )
        }


def _plan_years(path: Path) -> tuple[int, int, int | None]:
    with sqlite3.connect(path) as connection:
        row = connection.execute("SELECT first_year, last_year, current_year FROM plan").fetchone()
    return row[0], row[1], row[2]


def test_2025_26_closes_the_finished_actions_and_warns_about_the_one_past_its_end(
    riverside: PlanDatabase,
) -> None:
    preview = preview_rollover(riverside, 2025)
    assert preview.to_year == 2026
    # A2.2 finished in 2024-25: it closes in that year's plan, not in 2025-26's.
    assert {i.code: (i.status_key, i.closed_year) for i in preview.closed} == {
        code: ("completed", year) for code, year in CLOSED_BY_2025.items()
    }
    carried = {i.code for i in preview.carried}
    # A2.4 had serious concerns at the end of 2025-26: it goes on, to be discontinued later.
    assert len(carried) == 18 and "A2.4" in carried and not carried & set(CLOSED_BY_2025)
    assert preview.later == ()
    assert not preview.needs_extension
    assert preview.past_end_codes == ("A2.1",)
    assert preview.warnings == (
        "1 action carried over was due to end by the end of 2025-26: A2.1. Give it a new end date.",
    )
    # Carried actions keep their indicators' baselines and targets (I2 is on A1.1).
    a11 = next(i for i in preview.carried if i.code == "A1.1")
    assert [(i.code, i.baseline_value, i.target_value) for i in a11.indicators] == [
        ("I2", 0.0, 240.0)
    ]


def test_rolling_2026_27_closes_the_finished_actions_and_carries_the_rest(
    riverside: PlanDatabase,
) -> None:
    path = riverside.path
    assert path is not None
    values_before = _indicator_values(path)
    apply_rollover(riverside, preview_rollover(riverside, 2025))
    marks = _marks(path)
    assert {code: closed for code, (closed, _) in marks.items() if closed} == CLOSED_BY_2025
    preview = preview_rollover(riverside, 2026)
    assert [(i.code, i.status_key, i.closed_year) for i in preview.closed] == [
        ("A2.4", "discontinued", 2026)
    ]
    assert len(preview.carried) == 17
    apply_rollover(riverside, preview)

    marks = _marks(path)
    assert {code: closed for code, (closed, _) in marks.items() if closed} == CLOSED_IN
    assert marks["A1.1"] == (None, 2026)
    assert marks["A1.3"] == (2025, None)  # closed at the first roll-over, never carried
    assert marks["A2.4"] == (2026, 2025)  # carried out of 2025-26, closed in 2026-27
    assert _plan_years(path) == (2024, 2027, 2027)
    # Actuals stay with their periods: not one indicator value was copied or changed.
    assert _indicator_values(path) == values_before

    view = load_plan_view(riverside)
    assert view.current_year == 2027
    annual_2027 = [a.code for a in view.annual_plan()]  # the year in effect
    annual_2026 = [a.code for a in view.annual_plan(2026)]
    annual_2025 = [a.code for a in view.annual_plan(2025)]
    assert len(annual_2027) == 17 and not set(annual_2027) & set(CLOSED_IN)
    # A closed action stays in the plan of its year, and leaves the plans after it.
    assert len(annual_2026) == 18 and set(annual_2026) & set(CLOSED_IN) == {"A2.4"}
    assert len(annual_2025) == 22 and set(CLOSED_IN) - set(annual_2025) == {"A2.2"}


def _indicator_values(path: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as connection:
        return connection.execute(
            "SELECT indicator_id, fiscal_year, quarter, value FROM indicator_value ORDER BY id"
        ).fetchall()


def test_undo_puts_back_exactly_what_the_roll_over_changed(riverside: PlanDatabase) -> None:
    path = riverside.path
    assert path is not None
    apply_rollover(riverside, preview_rollover(riverside, 2025))
    before = (_marks(path), _plan_years(path))
    preview = preview_rollover(riverside, 2026)
    undo = apply_rollover(riverside, preview)
    assert _marks(path) != before[0]
    undo_rollover(riverside, undo)
    assert (_marks(path), _plan_years(path)) == before
    # Redo is the same preview applied again.
    apply_rollover(riverside, preview)
    assert _plan_years(path)[2] == 2027


def test_the_year_after_the_plan_needs_consent_to_extend_it(riverside: PlanDatabase) -> None:
    path = riverside.path
    assert path is not None
    for year in (2025, 2026):
        apply_rollover(riverside, preview_rollover(riverside, year))
    preview = preview_rollover(riverside, 2027)
    assert preview.needs_extension
    assert "2028-29 is beyond the plan’s last year (2027-28)" in preview.extension_message
    marks = _marks(path)
    with pytest.raises(UserError, match="must be extended"):
        apply_rollover(riverside, preview)
    assert _marks(path) == marks and _plan_years(path) == (2024, 2027, 2027)
    undo = apply_rollover(riverside, preview, extend_plan=True)
    assert _plan_years(path) == (2024, 2028, 2028)
    undo_rollover(riverside, undo)
    assert _plan_years(path) == (2024, 2027, 2027)


@pytest.mark.parametrize(
    ("year", "message"),
    [
        (2023, "2023-24 is not a year of the plan (2024-25 to 2027-28)."),
        (2030, "2030-31 is not a year of the plan"),
    ],
)
def test_a_year_outside_the_plan_is_refused(
    riverside: PlanDatabase, year: int, message: str
) -> None:
    with pytest.raises(UserError, match=re.escape(message)):
        preview_rollover(riverside, year)


def test_years_roll_over_in_order_only(riverside: PlanDatabase) -> None:
    apply_rollover(riverside, preview_rollover(riverside, 2025))
    with pytest.raises(UserError, match="2025-26 has already been rolled over"):
        preview_rollover(riverside, 2025)
    with pytest.raises(UserError, match="start 2027-28 before 2028-29"):
        preview_rollover(riverside, 2027)


def test_a_stale_preview_is_refused_and_changes_nothing(riverside: PlanDatabase) -> None:
    path = riverside.path
    assert path is not None
    preview = preview_rollover(riverside, 2025)
    view = load_plan_view(riverside)
    objective = view.ordered_priorities[0]
    editing.create(
        riverside,
        "action",
        {
            "objective_id": view.objectives_of(objective.id)[0].id,
            "code": "A1.9",
            "title_en": "Added after the preview",
            "status_id": view.status_by_key("on_track").id,  # type: ignore[union-attr]
        },
    )
    marks = _marks(path)
    with pytest.raises(UserError, match="changed since the preview"):
        apply_rollover(riverside, preview)
    assert _marks(path) == marks and _plan_years(path)[2] is None


def test_an_action_finished_in_an_earlier_year_is_closed_in_that_year(
    riverside: PlanDatabase,
) -> None:
    """First roll-over late: each finished action closes in the year it finished (2024-25,
    2025-26 or 2026-27) even when the coordinator starts using roll-over only from
    2027-28."""
    preview = preview_rollover(riverside, 2027)  # never rolled over: any plan year
    assert {i.code: i.closed_year for i in preview.closed} == CLOSED_IN


def test_a_closed_action_reported_under_way_again_is_reopened(riverside: PlanDatabase) -> None:
    path = riverside.path
    assert path is not None
    for year in (2025, 2026):
        apply_rollover(riverside, preview_rollover(riverside, year))
    view = load_plan_view(riverside)
    a13 = next(a for a in view.actions.values() if a.code == "A1.3")
    on_track = view.status_by_key("on_track")
    assert on_track is not None
    # The guide needs a reprint: the partner reports the action under way again in Q1.
    record_progress(
        riverside, a13.id, Period(2027, 1), {"status_id": on_track.id, "percent_complete": 90}
    )
    preview = preview_rollover(riverside, 2027)
    assert [(i.code, i.closed_year) for i in preview.reopened] == [("A1.3", 2025)]
    assert "A1.3" not in {i.code for i in preview.carried}
    undo = apply_rollover(riverside, preview, extend_plan=True)
    assert _marks(path)["A1.3"] == (None, 2027)
    assert load_plan_view(riverside).actions[a13.id].in_annual_plan(2028)
    undo_rollover(riverside, undo)
    assert _marks(path)["A1.3"] == (2025, None)
