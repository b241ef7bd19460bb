"""The Plan, Actions and Progress entry views patch their rows after an edit, a progress
update and their undo and redo: what they show equals views built afresh, the model is
not reset, the selection stays, and every model still passes the model tester. After an
add, a move, a delete or an indicator value they show what views built afresh show."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from lipplanner.core.periods import Period
from lipplanner.core.services import tracking
from lipplanner.ui.context import PlanContext
from lipplanner.ui.main_window import MainWindow
from lipplanner.ui.models.plan_tree import PlanTreeModel
from lipplanner.ui.models.table import Column, Row, RowTableModel
from lipplanner.ui.undo import (
    CreateCommand,
    DeleteCommand,
    EditCommand,
    FunctionCommand,
    MoveCommand,
    push_command,
)
from lipplanner.ui.views import plan_page
from lipplanner.ui.views.plan_page import PlanPage
from lipplanner.ui.views.progress_entry import (
    ProgressEntryView,
    RoundActionsModel,
    SaveUpdateCommand,
)
from lipplanner.ui.views.tables import ActionsPage


def _tree_texts(model: Any) -> list[tuple[str, ...]]:
    """Every row of a tree model, depth first, as its display texts."""
    rows: list[tuple[str, ...]] = []

    def walk(parent: Any) -> None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            rows.append(
                tuple(str(model.index(row, c, parent).data()) for c in range(model.columnCount()))
            )
            walk(index)

    walk(QModelIndex())
    return rows


def _edits(context: PlanContext, action_id: int) -> list[Any]:
    view = context.view()
    other = next(s for s in sorted(view.statuses) if s != view.health[action_id].status_id)
    return [
        lambda: EditCommand(context, "action", action_id, {"title_en": "Patched title"}, "t"),
        lambda: EditCommand(
            context, "action", action_id, {"status_id": other, "percent_complete": 30}, "t"
        ),
        lambda: SaveUpdateCommand(
            context,
            action_id,
            context.period,
            {
                "status_id": other,
                "percent_complete": 65,
                "outputs": "Done",
                "successes": "",
                "challenges": "",
                "next_steps": "",
                "reported_by": "Test",
                "reported_on": context.period.end,
            },
            "t",
        ),
    ]


def _steps(context: PlanContext) -> list[Any]:
    return [context.undo_stack.undo, context.undo_stack.redo]


def test_plan_and_actions_views_patch_rows(
    window: MainWindow, qtbot: QtBot, qtmodeltester: Any
) -> None:
    context = window.context
    assert context is not None
    context.set_period(Period(2025, 2))
    for key in ("plan", "actions"):
        window.show_view(key)
        page = window.current_view(key)
        assert isinstance(page, PlanPage | ActionsPage)
        view = context.view()
        action_id = view.ordered_actions[3].id
        assert page.select_item("action", action_id)
        model = page.model
        for make in _edits(context, action_id):
            for step in [lambda make=make: push_command(context, make()), *_steps(context)]:
                with qtbot.assertNotEmitted(model.modelReset):
                    step()
                assert page.current_item() == ("action", action_id)
                fresh_view = context.view()
                if isinstance(page, PlanPage):
                    fresh = PlanTreeModel()
                    fresh.load(fresh_view, context.lang)
                    assert _tree_texts(model) == _tree_texts(fresh)
                else:
                    table = RowTableModel(page.columns())
                    table.set_rows(page.rows(fresh_view))
                    assert _table_rows(model) == _table_rows(table)
                qtmodeltester.check(model)
        assert any("Patched title" in t for t in _shown_titles(model))


def _table_rows(model: RowTableModel) -> list[tuple[Any, ...]]:
    return [
        (model.row_id(r), *(model.index(r, c).data() for c in range(model.columnCount())))
        for r in range(model.rowCount())
    ]


def _shown_titles(model: Any) -> list[str]:
    if isinstance(model, RowTableModel):
        return [model.text(r, "title") for r in range(model.rowCount())]
    return [" ".join(row) for row in _tree_texts(model)]


def test_progress_entry_patches_its_list(
    window: MainWindow, qtbot: QtBot, qtmodeltester: Any
) -> None:
    context = window.context
    assert context is not None
    context.set_period(Period(2025, 2))
    window.show_view("progress_entry")
    entry = window.current_view("progress_entry")
    assert isinstance(entry, ProgressEntryView)
    action_id = entry._action_id
    assert action_id is not None
    group = entry.group.currentIndex()
    for make in _edits(context, action_id):
        for step in [lambda make=make: push_command(context, make()), *_steps(context)]:
            with qtbot.assertNotEmitted(entry.model.modelReset):
                step()
            assert entry._action_id == action_id and entry.group.currentIndex() == group
            fresh = RoundActionsModel()
            fresh.set_actions(context.view(), entry._group_actions(context.view()), context.lang)
            assert fresh._rows == entry.model._rows
            # The lead partner's "n due" in the list follows its actions' updates.
            lead = context.view().actions[action_id].lead_partner_id
            if lead is not None:
                assert entry.group.currentText() == entry._partner_label(context.view(), lead)
            qtmodeltester.check(entry.model)


def test_narrowing_the_search_removes_rows_instead_of_resetting(
    qtbot: QtBot, qtmodeltester: Any
) -> None:
    model = RowTableModel([Column("title", "Title")])
    words = ["alpha", "beta", "alpine", "gamma", "alps", "delta"]
    model.set_rows([Row(i, (w,), (w,)) for i, w in enumerate(words)])
    removed: list[tuple[int, int]] = []
    model.rowsRemoved.connect(lambda _parent, first, last: removed.append((first, last)))
    with qtbot.assertNotEmitted(model.modelReset):
        model.set_search("al")
    assert model.visible_ids() == [0, 2, 4]
    assert removed == [(5, 5), (3, 3), (1, 1)]  # bottom up, each run once
    qtmodeltester.check(model)
    model.set_search("alp")  # typing on: only the rows shown are looked at again
    assert model.visible_ids() == [0, 2, 4]
    model.set_search("alp s")
    assert model.visible_ids() == [4]
    model.set_search("")  # widening may reset: the rows come back
    assert model.visible_ids() == list(range(6))
    model.sort(0, Qt.SortOrder.DescendingOrder)
    model.set_search("l")
    assert model.visible_ids() == [5, 4, 2, 0]  # delta, alps, alpine, alpha


def test_a_replaced_row_that_sorts_or_matches_differently_moves(qtmodeltester: Any) -> None:
    model = RowTableModel([Column("title", "Title")])
    words = ["alpha", "beta", "gamma", "delta"]
    model.set_rows([Row(i, (w,), (w,)) for i, w in enumerate(words)])
    model.sort(0)
    assert model.visible_ids() == [0, 1, 3, 2]
    assert model.replace_rows([Row(1, ("zeta",), ("zeta",))])
    assert model.visible_ids() == [0, 3, 2, 1]  # beta became zeta: now last
    model.set_search("a")
    assert model.replace_rows([Row(3, ("echo",), ("echo",))])
    assert model.visible_ids() == [0, 2, 1]  # echo has no "a": filtered out
    assert model.replace_rows([Row(0, ("alpha two",), ("alpha",))])
    assert model.visible_ids() == [0, 2, 1] and model.text(0, "title") == "alpha two"
    assert not model.replace_rows([Row(9, ("new",), ("new",))])  # not there: caller reloads
    qtmodeltester.check(model)


def test_a_hidden_view_shows_the_edit_when_next_shown(window: MainWindow) -> None:
    context = window.context
    assert context is not None
    window.show_view("actions")  # built, then hidden behind the Plan view
    window.show_view("plan")
    action_id = context.view().ordered_actions[0].id
    push_command(
        context, EditCommand(context, "action", action_id, {"title_en": "Seen later"}, "t")
    )
    actions = window.current_view("actions")
    assert isinstance(actions, ActionsPage)
    assert actions._stale  # patched nothing while hidden
    window.show_view("actions")
    assert actions.model.text(actions.model.row_of(action_id), "title") == "Seen later"


@pytest.fixture(params=["riverside", "synthetic"])
def any_window(
    request: pytest.FixtureRequest, make_window: Callable[[], MainWindow], tmp_path: Path
) -> MainWindow:
    """The main window with the Riverside plan or a synthetic 120-action one open."""
    if request.param == "riverside":
        path = request.getfixturevalue("riverside_file")
    else:
        from lipplanner.core.demo import create_synthetic_file

        path = create_synthetic_file(tmp_path / "big.lip", 120)
    win = make_window()
    assert win.open_plan(str(path))
    return win


def _structure_changes(context: PlanContext) -> list[tuple[str, Callable[[], Any]]]:
    """Changes that add, move or remove rows, and an indicator value."""
    view = context.view()
    action = view.ordered_actions[len(view.ordered_actions) // 2]
    other = next(a for a in view.ordered_actions if a.objective_id != action.objective_id)
    indicator = next(iter(view.indicators.values()))
    period = context.period

    def indicator_value() -> FunctionCommand:
        def apply() -> None:
            tracking.set_indicator_value(
                context.db, indicator.id, period.year, period.quarter or 0, 7.0, "t"
            )

        def revert() -> None:
            tracking.set_indicator_value(
                context.db, indicator.id, period.year, period.quarter or 0, None, ""
            )

        return FunctionCommand(context, "value", apply, revert)

    return [
        (
            "add",
            lambda: CreateCommand(
                context,
                "action",
                {
                    "objective_id": action.objective_id,
                    "status_id": min(view.statuses),
                    "code": "ZZ9",
                    "title_en": "Added action",
                },
                "t",
            ),
        ),
        ("move", lambda: MoveCommand(context, "action", action.id, other.objective_id, 0, "t")),
        ("delete", lambda: DeleteCommand(context, "action", action.id, "t")),
        ("indicator value", indicator_value),
    ]


def test_views_follow_adds_moves_deletes_and_indicator_values(
    any_window: MainWindow, qtmodeltester: Any
) -> None:
    """After each, pushed, undone and redone, the Plan, Actions and Progress entry views
    show what views built afresh show, and their models pass the model tester."""
    window = any_window
    context = window.context
    assert context is not None
    context.set_period(Period(min(max(2025, context.view().plan.first_year), 2026), 2))
    for key in ("plan", "actions", "progress_entry"):
        window.show_view(key)
        page = window.current_view(key)
        for name, make in _structure_changes(context):
            for step in [lambda make=make: push_command(context, make()), *_steps(context)]:
                step()
                fresh_view = context.view()
                if isinstance(page, PlanPage):
                    fresh_tree = PlanTreeModel()
                    fresh_tree.load(fresh_view, context.lang)
                    assert _tree_texts(page.model) == _tree_texts(fresh_tree), name
                    qtmodeltester.check(page.model)
                elif isinstance(page, ActionsPage):
                    table = RowTableModel(page.columns())
                    table.set_rows(page.rows(fresh_view))
                    assert _table_rows(page.model) == _table_rows(table), name
                    qtmodeltester.check(page.model)
                else:
                    assert isinstance(page, ProgressEntryView)
                    fresh = RoundActionsModel()
                    fresh.set_actions(fresh_view, page._group_actions(fresh_view), context.lang)
                    assert fresh._rows == page.model._rows, name
                    qtmodeltester.check(page.model)
            context.undo_stack.undo()  # the plan as it was, for the next change


def test_the_plan_tree_repaints_the_rows_it_has_shown_and_fills_others_when_asked(
    window: MainWindow,
) -> None:
    context = window.context
    assert context is not None
    model = PlanTreeModel()
    model.load(context.view(), context.lang)
    shown, unseen = (a.id for a in context.view().ordered_actions[:2])
    assert model.index_of("action", shown).siblingAtColumn(1).data()  # on screen
    changed: list[tuple[str, int] | None] = []
    model.dataChanged.connect(lambda top, *_: changed.append(model.item_at(top)))
    for action_id in (shown, unseen):
        push_command(
            context, EditCommand(context, "action", action_id, {"title_en": f"T{action_id}"}, "t")
        )
    assert model.patch(context.view(), {shown, unseen}, context.lang)
    assert changed == [("action", shown)]  # the unseen row had nothing on screen to correct
    for action_id in (shown, unseen):
        assert model.index_of("action", action_id).siblingAtColumn(1).data() == f"T{action_id}"
    fresh = PlanTreeModel()
    fresh.load(context.view(), context.lang)
    assert _tree_texts(model) == _tree_texts(fresh)


def test_a_big_plan_opens_on_its_priorities_and_objectives(
    window: MainWindow, qtbot: QtBot, monkeypatch: Any
) -> None:
    context = window.context
    assert context is not None
    view = context.view()
    page = window.current_view("plan")
    assert isinstance(page, PlanPage)
    objective = next(iter(view.objectives))
    assert page.tree.isExpanded(page.index_of("objective", objective))  # a city's plan: all
    monkeypatch.setattr(plan_page, "EXPAND_ALL_UP_TO", len(view.actions) - 1)
    big = PlanPage(context)
    qtbot.addWidget(big)
    assert all(big.tree.isExpanded(big.index_of("priority", p)) for p in view.priorities)
    assert not any(big.tree.isExpanded(big.index_of("objective", o)) for o in view.objectives)
    expand_all = next(b for b in big.findChildren(QToolButton) if b.text() == "Expand all")
    expand_all.click()
    assert all(big.tree.isExpanded(big.index_of("objective", o)) for o in view.objectives)
