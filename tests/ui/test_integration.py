"""Features working together in the real main window, as a coordinator uses them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from lipplanner.ui.main_window import MainWindow


def _choose(combo: object, text: str) -> None:
    index = combo.findText(text, Qt.MatchFlag.MatchStartsWith)  # type: ignore[attr-defined]
    assert index >= 0, text
    combo.setCurrentIndex(index)  # type: ignore[attr-defined]


def _tree_cell(window: MainWindow, code: str, column: str) -> str:
    page = window.current_view("plan")
    model = page.model  # type: ignore[union-attr]
    view = window.context.view()  # type: ignore[union-attr]
    priority = next(p for p in view.priorities.values() if p.code == code)
    from lipplanner.ui.models.plan_tree import plan_columns

    columns = [c.key for c in plan_columns()]
    index = model.index_of("priority", priority.id).siblingAtColumn(columns.index(column))
    return str(model.data(index, Qt.ItemDataRole.DisplayRole))


def test_fast_entry_changes_the_priority_roll_up_shown_in_the_plan_tree(
    window: MainWindow, qtbot: QtBot
) -> None:
    from lipplanner.core.periods import Period

    window.set_period(Period(2026, 3))
    window.show_view("plan")
    before = _tree_cell(window, "P5", "percent")
    window.show_view("progress_entry")
    entry = window.current_view("progress_entry")
    _choose(entry.group, "Riverside Housing Help Centre")  # type: ignore[union-attr]
    assert entry.form_box.title().startswith("A5.2")  # type: ignore[union-attr]
    _choose(entry.status, "Serious concerns")  # type: ignore[union-attr]
    entry.percent.lineEdit().selectAll()  # type: ignore[union-attr]
    qtbot.keyClicks(entry.percent.lineEdit(), "5")  # type: ignore[union-attr]
    qtbot.mouseClick(entry.save_next_button, Qt.MouseButton.LeftButton)  # type: ignore[union-attr]

    window.show_view("plan")
    assert _tree_cell(window, "P5", "status") == "Serious concerns"
    assert _tree_cell(window, "P5", "percent") != before
    window.undo()
    window.show_view("plan")
    assert _tree_cell(window, "P5", "percent") == before


def test_undoing_an_addition_leaves_the_trash_empty_but_a_delete_fills_it(
    window: MainWindow,
) -> None:
    from lipplanner.core.services.trash import list_trash
    from lipplanner.ui.undo import CreateCommand, DeleteCommand, push_command

    context = window.context
    assert context is not None
    db = context.db
    command = CreateCommand(context, "partner", {"name_en": "Lakeside Library"}, "Add partner")
    assert push_command(context, command) is None
    context.undo_stack.undo()
    assert list_trash(db) == []  # taking back an addition is not a deletion
    context.undo_stack.redo()
    assert command.item_id is not None
    push_command(context, DeleteCommand(context, "partner", command.item_id, "Delete partner"))
    assert [entry.label for entry in list_trash(db)] == ["Lakeside Library"]
