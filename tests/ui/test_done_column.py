"""The Done column follows the roll-up's rules: an ongoing activity has no percent."""

from __future__ import annotations

from PySide6.QtCore import Qt

from lipplanner.ui.main_window import MainWindow
from lipplanner.ui.models.plan_tree import plan_columns


def _done_by_kind(window: MainWindow) -> dict[str, set[str]]:
    window.show_view("plan")
    model = window.current_view("plan").model  # type: ignore[union-attr]
    view = window.context.view()  # type: ignore[union-attr]
    done = [c.key for c in plan_columns()].index("percent")
    shown: dict[str, set[str]] = {}
    for action in view.actions.values():
        kind = view.statuses[view.health[action.id].status_id].kind
        index = model.index_of("action", action.id).siblingAtColumn(done)
        shown.setdefault(kind, set()).add(str(model.data(index, Qt.ItemDataRole.DisplayRole)))
    return shown


def test_ongoing_actions_show_ongoing_and_completed_ones_100_percent(window: MainWindow) -> None:
    shown = _done_by_kind(window)
    assert shown["ongoing"] == {"Ongoing"}
    assert shown["completed"] == {"100%"}
    assert all(
        text.endswith("%") for kind, texts in shown.items() if kind != "ongoing" for text in texts
    )
