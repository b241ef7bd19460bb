"""The Actions table sorts its grouped columns by group, then plan order (both ways),
filters by its combos, and a patched row lands where a fresh table puts it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from lipplanner.core.demo import create_synthetic_file
from lipplanner.core.periods import Period
from lipplanner.ui.main_window import MainWindow
from lipplanner.ui.models.table import RowTableModel
from lipplanner.ui.undo import push_command
from lipplanner.ui.views.page import natural_key
from lipplanner.ui.views.progress_entry import SaveUpdateCommand
from lipplanner.ui.views.tables import ActionsPage


@pytest.fixture
def actions(make_window: Callable[[], MainWindow], tmp_path: Path) -> ActionsPage:
    window = make_window()
    assert window.open_plan(str(create_synthetic_file(tmp_path / "big.lip", 120)))
    window.show_view("actions")
    page = window.current_view("actions")
    assert isinstance(page, ActionsPage)
    return page


def _column(page: ActionsPage, key: str) -> int:
    return next(n for n, c in enumerate(page.columns()) if c.key == key)


def test_grouped_columns_sort_by_group_then_plan_order(actions: ActionsPage) -> None:
    view = actions.context.view()
    position = {a.id: n for n, a in enumerate(view.ordered_actions)}
    groups: dict[str, Callable[[int], Any]] = {
        "priority": lambda i: natural_key(view.priorities[view.actions[i].priority_id].code),
        "objective": lambda i: natural_key(view.objectives[view.actions[i].objective_id].code),
        "status": lambda i: view.statuses[view.health[i].status_id].position,
        "overdue": lambda i: view.health[i].overdue,
    }
    for key, group in groups.items():
        assert len({group(i) for i in view.actions}) > 1, key  # a real test of the order
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            actions.table.sortByColumn(_column(actions, key), order)
            expected = sorted(
                view.actions,
                key=lambda i, group=group: (group(i), position[i]),
                reverse=order == Qt.SortOrder.DescendingOrder,
            )
            assert actions.model.visible_ids() == expected, (key, order)


def test_combos_filter_the_rows(actions: ActionsPage) -> None:
    view = actions.context.view()
    status = max(view.statuses, key=lambda s: sum(h.status_id == s for h in view.health.values()))
    actions.status.setCurrentIndex(actions.status.findData(status))
    shown = set(actions.model.visible_ids())
    assert shown == {i for i, h in view.health.items() if h.status_id == status}
    actions.overdue.setChecked(True)
    assert set(actions.model.visible_ids()) == {i for i in shown if view.health[i].overdue}
    actions.overdue.setChecked(False)
    actions.status.setCurrentIndex(0)
    assert actions.model.rowCount() == len(view.actions)


def test_a_patched_row_sorts_where_a_fresh_table_puts_it(actions: ActionsPage) -> None:
    context = actions.context
    context.set_period(Period(2025, 2))
    actions.table.sortByColumn(_column(actions, "status"), Qt.SortOrder.AscendingOrder)
    view = context.view()
    action = view.ordered_actions[len(view.ordered_actions) // 2]
    other = max(view.statuses, key=lambda s: view.statuses[s].position)
    assert other != view.health[action.id].status_id
    update = {
        "status_id": other,
        "percent_complete": 50,
        "outputs": "",
        "successes": "",
        "challenges": "",
        "next_steps": "",
        "reported_by": "Test",
        "reported_on": context.period.end,
    }
    push_command(context, SaveUpdateCommand(context, action.id, context.period, update, "t"))
    assert context.view().health[action.id].status_id == other  # it moves in the table
    fresh = RowTableModel(actions.columns())
    fresh.set_rows(actions.rows(context.view()))
    fresh.sort(_column(actions, "status"), Qt.SortOrder.AscendingOrder)
    assert actions.model.visible_ids() == fresh.visible_ids()
