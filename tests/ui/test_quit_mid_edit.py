"""Quitting (Ctrl+Q, the window's close box) or closing the plan while text is typed in a
form and not yet saved: the text is saved, or the plan stays open saying what cannot be."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from lipplanner.core.db import open_plan
from lipplanner.core.services import editing, tracking
from lipplanner.ui.main_window import MainWindow
from lipplanner.ui.views.progress_entry import ProgressEntryView
from lipplanner.ui.views.tables import ActionsPage


def _actions_form(window: MainWindow) -> tuple[ActionsPage, int]:
    """The Actions view with its first action's form open."""
    assert window.context is not None
    action = sorted(window.context.view().actions)[0]
    window.show_view("actions")
    page = window.current_view("actions")
    assert isinstance(page, ActionsPage)
    assert page.select_item("action", action)
    return page, action


def _stored(path: Path, action: int, field: str) -> object:
    db = open_plan(path)
    try:
        return editing.get_values(db, "action", action)[field]
    finally:
        db.close()


def test_text_typed_in_an_action_form_is_in_the_file_after_closing_the_window(
    window: MainWindow, riverside_file: Path, qtbot: QtBot, errors: list[str]
) -> None:
    page, action = _actions_form(window)
    form = page.shown_form()
    assert form is not None
    box = form._fields["description"]
    box.setFocus()
    box.moveCursor(box.textCursor().MoveOperation.End)
    qtbot.keyClicks(box, " Typed just before quitting.")

    window.close()  # the window's close box

    assert not window.isVisible() and window.context is None
    assert str(_stored(riverside_file, action, "description")).endswith(
        " Typed just before quitting."
    )
    assert errors == []


def test_text_typed_in_the_progress_entry_form_is_in_the_file_after_quitting(
    window: MainWindow, riverside_file: Path, qtbot: QtBot, errors: list[str]
) -> None:
    assert window.context is not None
    period = window.context.period
    window.show_view("progress_entry")
    view = window.current_view("progress_entry")
    assert isinstance(view, ProgressEntryView)
    action = view._action_id
    assert action is not None and view.save_button.isEnabled()
    qtbot.keyClicks(view.texts["outputs"], "Twelve mentors matched")
    qtbot.keyClicks(view.texts["challenges"], "Few employers in December")

    window.quit_action.trigger()  # Ctrl+Q, before Save

    assert not window.isVisible() and window.context is None
    db = open_plan(riverside_file)
    try:
        _seen, stored = tracking.period_update_seen(db, action, period)
    finally:
        db.close()
    assert stored["outputs"] == "Twelve mentors matched"
    assert stored["challenges"] == "Few employers in December"
    assert errors == []


def test_an_invalid_form_keeps_the_window_open_and_says_what_and_where(
    window: MainWindow, riverside_file: Path, qtbot: QtBot, errors: list[str]
) -> None:
    page, action = _actions_form(window)
    form = page.shown_form()
    assert form is not None
    code = form.item_label()
    title = form._fields["title_en"]
    title.setFocus()
    title.selectAll()
    qtbot.keyClick(title, Qt.Key.Key_Delete)  # a title is required
    description = form._fields["description"]
    qtbot.keyClicks(description, "Kept while the title is fixed. ")
    window.show_view("plan")  # the form is out of sight when quitting

    window.close()

    assert window.isVisible() and window.context is not None
    assert len(errors) == 1
    assert code in errors[0] and "Actions" in errors[0] and "Title" in errors[0]
    assert "A title is required" in errors[0]
    # The view with the problem is shown, the text is still there, nothing was written.
    assert window.current_view_key() == "actions"
    assert description.toPlainText().startswith("Kept while the title is fixed. ")
    assert not str(_stored(riverside_file, action, "description")).startswith("Kept")

    qtbot.keyClicks(title, "Mentoring circles")
    window.close_action.trigger()  # File → Close plan: now it can be saved

    assert window.context is None and len(errors) == 1
    assert _stored(riverside_file, action, "title_en") == "Mentoring circles"
    assert str(_stored(riverside_file, action, "description")).startswith("Kept")


def test_progress_typed_then_another_quarter_chosen_is_saved_to_the_quarter_it_was_typed_for(
    window: MainWindow, riverside_file: Path, qtbot: QtBot, errors: list[str]
) -> None:
    assert window.context is not None
    typed_for = window.context.period
    window.show_view("progress_entry")
    view = window.current_view("progress_entry")
    assert isinstance(view, ProgressEntryView)
    action = view._action_id
    assert action is not None
    qtbot.keyClicks(view.texts["outputs"], "Typed for this quarter")

    window.quarter_combo.setFocus()
    qtbot.keyClick(window.quarter_combo, Qt.Key.Key_Up)  # the quarter before

    assert window.context.period != typed_for and errors == []
    _seen, stored = tracking.period_update_seen(window.context.db, action, typed_for)
    assert stored["outputs"] == "Typed for this quarter"
    _seen, now = tracking.period_update_seen(window.context.db, action, window.context.period)
    assert (now or {}).get("outputs") != "Typed for this quarter"
    assert view.texts["outputs"].toPlainText() != "Typed for this quarter"


def test_an_invalid_form_keeps_the_period_and_says_why(
    window: MainWindow, qtbot: QtBot, errors: list[str]
) -> None:
    assert window.context is not None
    before = window.context.period
    page, _action = _actions_form(window)
    form = page.shown_form()
    assert form is not None
    title = form._fields["title_en"]
    title.selectAll()
    qtbot.keyClick(title, Qt.Key.Key_Delete)

    window.quarter_combo.setFocus()
    qtbot.keyClick(window.quarter_combo, Qt.Key.Key_Up)

    assert window.context.period == before
    assert window.quarter_combo.currentData() == before.quarter
    assert len(errors) == 1 and "period was not changed" in errors[0]
    assert "Title" in errors[0] and form.item_label() in errors[0]
    assert title.text() == ""  # nothing typed was thrown away
