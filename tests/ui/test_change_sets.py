"""After every kind of change, pushed, undone and redone, the plan picture the context
patched equals a fresh full load — on the Riverside plan and on a synthetic one — and
edits and progress updates are patched, not reloaded."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from lipplanner.core.db import PlanDatabase, open_plan
from lipplanner.core.periods import Period
from lipplanner.core.services import plan_view, tracking
from lipplanner.core.services.plan_view import PlanView, load_plan_view
from lipplanner.ui.context import PlanContext
from lipplanner.ui.undo import (
    CreateCommand,
    DeleteCommand,
    EditCommand,
    FunctionCommand,
    MoveCommand,
    ServiceCommand,
    push_command,
)
from lipplanner.ui.views.progress_entry import SaveUpdateCommand


@pytest.fixture(params=["riverside", "synthetic"])
def plan_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[PlanDatabase]:
    if request.param == "riverside":
        path = request.getfixturevalue("riverside_file")
    else:
        from lipplanner.core.demo import create_synthetic_file

        path = create_synthetic_file(tmp_path / "big.lip", 120)
    db = open_plan(path)
    yield db
    db.close()


@pytest.fixture
def loads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the full loads the context makes (the test's own loads are not counted)."""
    counted: list[int] = []
    original = plan_view.load_plan_view

    def counting(*args: Any, **kwargs: Any) -> PlanView:
        counted.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(plan_view, "load_plan_view", counting)
    return counted


def assert_same(patched: PlanView, db: PlanDatabase, period: Period) -> None:
    fresh = load_plan_view(db, period)
    assert patched == fresh
    # What views read in order (the patch reuses the old orderings when it may).
    assert [a.id for a in patched.ordered_actions] == [a.id for a in fresh.ordered_actions]
    assert patched.ordered_actions == fresh.ordered_actions
    assert patched.led_by == fresh.led_by
    assert patched.supported_by == fresh.supported_by
    for objective in fresh.objectives:
        assert patched.actions_of(objective) == fresh.actions_of(objective)
    assert patched.rollup_plan() == fresh.rollup_plan()
    for priority in fresh.priorities:
        assert patched.rollup_priority(priority) == fresh.rollup_priority(priority)


def _commands(context: PlanContext) -> list[tuple[str, Callable[[], ServiceCommand], bool]]:
    """(name, command maker, patched without a full load?) for every kind of change."""
    view = context.view()
    action = view.ordered_actions[len(view.ordered_actions) // 2]
    other = next(a for a in view.ordered_actions if a.objective_id != action.objective_id)
    statuses = sorted(view.statuses)
    new_status = next(s for s in statuses if s != view.health[action.id].status_id)
    indicator = next(iter(view.indicators.values()))
    period = context.period
    update = {
        "status_id": new_status,
        "percent_complete": 55,
        "outputs": "Two workshops",
        "successes": "",
        "challenges": "",
        "next_steps": "",
        "reported_by": "Test",
        "reported_on": period.end,
    }

    def indicator_value() -> ServiceCommand:
        before: list[Any] = []

        def apply() -> None:
            before.append(
                tracking.set_indicator_value(
                    context.db, indicator.id, period.year, period.quarter or 0, 42.0, "note"
                )
            )

        def revert() -> None:
            recorded, value, note = before[0]
            tracking.set_indicator_value(
                context.db,
                indicator.id,
                period.year,
                period.quarter or 0,
                value,
                note,
                recorded=recorded,
            )

        return FunctionCommand(context, "value", apply, revert)

    return [
        (
            "edit title",
            lambda: EditCommand(context, "action", action.id, {"title_en": "New title"}, "t"),
            True,
        ),
        (
            "edit status",
            lambda: EditCommand(
                context,
                "action",
                action.id,
                {"status_id": new_status, "percent_complete": 40},
                "t",
            ),
            True,
        ),
        (
            "edit lead",
            lambda: EditCommand(
                context, "action", action.id, {"lead_partner_id": other.lead_partner_id}, "t"
            ),
            True,
        ),
        (
            "progress update",
            lambda: SaveUpdateCommand(context, action.id, period, update, "t"),
            True,
        ),
        (
            "add",
            lambda: CreateCommand(
                context,
                "action",
                {
                    "objective_id": action.objective_id,
                    "status_id": statuses[0],
                    "code": "ZZ9",
                    "title_en": "Added",
                },
                "t",
            ),
            False,  # undo takes it back, which is a reload
        ),
        (
            "move",
            lambda: MoveCommand(context, "action", action.id, other.objective_id, 0, "t"),
            False,
        ),
        ("delete", lambda: DeleteCommand(context, "action", action.id, "t"), False),
        ("indicator value", indicator_value, False),
    ]


def test_patched_picture_equals_a_full_load(
    qtbot: QtBot, plan_db: PlanDatabase, loads: list[int]
) -> None:
    view = load_plan_view(plan_db, Period(2025, 2))
    period = Period(min(max(2025, view.plan.first_year), view.plan.last_year), 2)
    context = PlanContext(plan_db, period=period)
    for name, make, patched in _commands(context):
        context.view()  # a cached picture, as views keep one
        before = len(loads)
        command = make()
        assert push_command(context, command) is None, name
        assert_same(context.view(), plan_db, period)
        if patched:
            assert len(loads) == before, f"{name}: reloaded instead of patched"
        context.undo_stack.undo()
        assert_same(context.view(), plan_db, period)
        context.undo_stack.redo()
        assert_same(context.view(), plan_db, period)
        context.undo_stack.undo()  # leave the plan as it was for the next change
        assert_same(context.view(), plan_db, period)
        if patched:
            assert len(loads) == before, f"{name}: reloaded instead of patched"
