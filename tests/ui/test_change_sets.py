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


def _check_every_step(
    context: PlanContext,
    commands: list[tuple[str, Callable[[], ServiceCommand], bool]],
    loads: list[int],
) -> None:
    """Push, undo, redo and undo each command, the picture equal to a fresh load after
    each step (and no full load for those said to be patched)."""
    db, period = context.db, context.period
    for name, make, patched in commands:
        context.view()  # a cached picture, as views keep one
        before = len(loads)
        command = make()
        assert push_command(context, command) is None, name
        assert_same(context.view(), db, period)
        if patched:
            assert len(loads) == before, f"{name}: reloaded instead of patched"
        context.undo_stack.undo()
        assert_same(context.view(), db, period)
        context.undo_stack.redo()
        assert_same(context.view(), db, period)
        context.undo_stack.undo()  # leave the plan as it was for the next change
        assert_same(context.view(), db, period)
        if patched:
            assert len(loads) == before, f"{name}: reloaded instead of patched"


def _context(plan_db: PlanDatabase) -> PlanContext:
    view = load_plan_view(plan_db, Period(2025, 2))
    period = Period(min(max(2025, view.plan.first_year), view.plan.last_year), 2)
    return PlanContext(plan_db, period=period)


def test_patched_picture_equals_a_full_load(
    qtbot: QtBot, plan_db: PlanDatabase, loads: list[int]
) -> None:
    context = _context(plan_db)
    _check_every_step(context, _commands(context), loads)


def _other_commands(context: PlanContext) -> list[tuple[str, Callable[[], ServiceCommand], bool]]:
    """Changes to the rest of the plan: partners, priorities, objectives, indicators and
    practices (reloaded today, not patched: the picture must still follow each one)."""
    view = context.view()
    partner = next(p for p in view.partners.values() if p.id in view.led_by)
    priority, other_priority = view.ordered_priorities[:2]
    objective = view.objectives_of(priority.id)[0]
    indicator = next(iter(view.indicators.values()))
    practice = next(iter(view.practices.values()))
    return [
        (
            "edit partner name",
            lambda: EditCommand(context, "partner", partner.id, {"name_en": "Renamed org"}, "t"),
            False,
        ),
        (
            "add partner",
            lambda: CreateCommand(context, "partner", {"name_en": "A new partner"}, "t"),
            False,
        ),
        (
            "delete partner, its actions reassigned",
            lambda: DeleteCommand(
                context,
                "partner",
                partner.id,
                "t",
                reassign_to=next(p for p in view.partners if p != partner.id),
            ),
            False,
        ),
        (
            "edit priority title",
            lambda: EditCommand(context, "priority", priority.id, {"title_en": "New aim"}, "t"),
            False,
        ),
        (
            "edit objective title",
            lambda: EditCommand(context, "objective", objective.id, {"title_en": "New"}, "t"),
            False,
        ),
        (
            "move objective to another priority",
            lambda: MoveCommand(context, "objective", objective.id, other_priority.id, 0, "t"),
            False,
        ),
        (
            "delete objective with its actions",
            lambda: DeleteCommand(context, "objective", objective.id, "t", cascade=True),
            False,
        ),
        (
            "edit indicator target",
            lambda: EditCommand(context, "indicator", indicator.id, {"target_value": 123.0}, "t"),
            False,
        ),
        ("delete indicator", lambda: DeleteCommand(context, "indicator", indicator.id, "t"), False),
        (
            "edit practice title",
            lambda: EditCommand(context, "practice", practice.id, {"title_en": "New way"}, "t"),
            False,
        ),
        ("delete practice", lambda: DeleteCommand(context, "practice", practice.id, "t"), False),
    ]


def test_picture_follows_changes_to_the_rest_of_the_plan(
    qtbot: QtBot, plan_db: PlanDatabase, loads: list[int]
) -> None:
    context = _context(plan_db)
    _check_every_step(context, _other_commands(context), loads)
