"""An actual typed in the Indicators view and not yet recorded is not lost: choosing
another indicator, another period, closing the plan or quitting records it, or keeps it
in the entry with the reason beside it; a refresh (an undo elsewhere, another copy's
save) leaves it as typed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from lipplanner.core.db import open_plan
from lipplanner.core.periods import Period
from lipplanner.core.services import editing, tracking
from lipplanner.ui.main_window import MainWindow
from lipplanner.ui.views.indicators import IndicatorsView, period_slot


def _view(window: MainWindow) -> IndicatorsView:
    window.show_view("indicators")
    view = window.current_view("indicators")
    assert isinstance(view, IndicatorsView) and view.model.rowCount() >= 2
    return view


def _click_row(view: IndicatorsView, qtbot: QtBot, row: int) -> None:
    rect = view.table.visualRect(view.model.index(row, 1))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _type(view: IndicatorsView, qtbot: QtBot, text: str, note: str = "") -> int:
    """Type an actual (and a note) for the selected indicator; its id."""
    indicator = view.selected()
    assert indicator is not None
    view.value.selectAll()
    qtbot.keyClick(view.value, Qt.Key.Key_Delete)
    qtbot.keyClicks(view.value, text)
    if note:
        qtbot.keyClicks(view.note, note)
    return indicator.id


def _stored(path: Path, indicator: int, period: Period) -> tuple[bool, float | None, str]:
    db = open_plan(path)
    try:
        return tracking.indicator_value_seen(db, indicator, *period_slot(period))[1]
    finally:
        db.close()


def test_an_actual_typed_then_another_indicator_chosen_is_recorded(
    window: MainWindow, riverside_file: Path, qtbot: QtBot
) -> None:
    view = _view(window)
    _click_row(view, qtbot, 0)
    typed = _type(view, qtbot, "417", "From the intake database")

    _click_row(view, qtbot, 1)

    assert view.selected() is not None and view.selected().id != typed  # moved on
    assert window.context is not None
    assert _stored(riverside_file, typed, window.context.period) == (
        True,
        417.0,
        "From the intake database",
    )
    assert "Actual of" in window.context.undo_stack.undoText()


def test_an_unreadable_actual_keeps_its_indicator_selected_with_the_reason(
    window: MainWindow, riverside_file: Path, qtbot: QtBot
) -> None:
    view = _view(window)
    _click_row(view, qtbot, 0)
    assert window.context is not None
    period = window.context.period
    typed = _type(view, qtbot, "about forty")
    before = _stored(riverside_file, typed, period)

    _click_row(view, qtbot, 1)
    qtbot.waitUntil(lambda: view.table.currentIndex().row() == 0)

    assert view.selected() is not None and view.selected().id == typed
    assert view.value.text() == "about forty"  # nothing typed was thrown away
    assert "number" in view.actual_message.text() and view.actual_message.isVisible()
    assert _stored(riverside_file, typed, period) == before


def test_an_actual_typed_then_the_plan_closed_is_in_the_file(
    window: MainWindow, riverside_file: Path, qtbot: QtBot, errors: list[str]
) -> None:
    view = _view(window)
    _click_row(view, qtbot, 1)
    assert window.context is not None
    period = window.context.period
    typed = _type(view, qtbot, "58")
    window.show_view("plan")  # out of sight when the plan closes

    window.close_action.trigger()

    assert window.context is None and errors == []
    assert _stored(riverside_file, typed, period) == (True, 58.0, "")


def test_an_unreadable_actual_keeps_the_plan_open_and_says_which_and_why(
    window: MainWindow, riverside_file: Path, qtbot: QtBot, errors: list[str]
) -> None:
    view = _view(window)
    assert window.context is not None
    indicator = view.selected()
    assert indicator is not None
    _type(view, qtbot, "12 or so")
    window.show_view("plan")

    window.close()

    assert window.isVisible() and window.context is not None
    assert len(errors) == 1 and "was not closed" in errors[0]
    assert indicator.code in errors[0] and "Indicators" in errors[0]
    assert window.current_view_key() == "indicators"
    assert view.value.text() == "12 or so"


def test_an_actual_typed_then_another_quarter_chosen_is_recorded_for_its_quarter(
    window: MainWindow, riverside_file: Path, qtbot: QtBot, errors: list[str]
) -> None:
    view = _view(window)
    assert window.context is not None
    typed_for = window.context.period
    typed = _type(view, qtbot, "23")

    window.quarter_combo.setFocus()
    qtbot.keyClick(window.quarter_combo, Qt.Key.Key_Up)  # the quarter before

    assert window.context.period != typed_for and errors == []
    assert _stored(riverside_file, typed, typed_for) == (True, 23.0, "")
    assert _stored(riverside_file, typed, window.context.period)[1] != 23.0
    assert view.value.text() != "23"  # the entry now shows the other quarter


def test_a_refresh_leaves_a_typed_actual_as_typed_and_an_undo_shows_the_plan_again(
    window: MainWindow, riverside_file: Path, qtbot: QtBot
) -> None:
    view = _view(window)
    assert window.context is not None
    _type(view, qtbot, "75")
    window.context.reload()  # what an undo in another view, or another copy's save, does
    assert view.value.text() == "75"

    assert view.record_actual()
    window.context.undo_stack.undo()
    assert view.value.text() != "75" and view.actual_message.text() == ""
    assert not view.is_dirty


def test_an_actual_typed_for_an_indicator_deleted_meanwhile_does_not_hold_the_selection(
    window: MainWindow, qtbot: QtBot
) -> None:
    view = _view(window)
    assert window.context is not None
    _click_row(view, qtbot, 0)
    doomed = _type(view, qtbot, "not a number")
    editing.delete(window.context.db, "indicator", doomed)  # as another copy would
    window.context.reload()

    shown = view.selected()  # the entry moves on to an indicator that exists
    assert shown is not None and shown.id != doomed and not view.is_dirty
    assert shown.code in view.details.text()
    _click_row(view, qtbot, 1)
    assert view.table.currentIndex().row() == 1 and view.selected() is not None
