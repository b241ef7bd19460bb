"""The keyboard reaches every field once, in reading order, and what is typed is kept."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from lipplanner.ui.main_window import MainWindow
from lipplanner.ui.views.indicators import IndicatorDialog
from lipplanner.ui.widgets.fields import DateField


def _tab_walk(qtbot: QtBot, start: QWidget, stops: int) -> list[QWidget]:
    """The widgets that have the focus, from `start`, pressing Tab between them."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start, timeout=2000)
    seen: list[QWidget] = []
    for _ in range(stops):
        focused = QApplication.focusWidget()
        assert focused is not None
        seen.append(focused)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    return seen


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")  # offscreen dialogs
def test_indicator_dialog_tab_order_reaches_each_field_once_and_keeps_the_target(
    window: MainWindow, qtbot: QtBot
) -> None:
    assert window.context is not None
    dialog = IndicatorDialog(window.context.view(), "en", {}, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    fields = [
        dialog.owner,
        dialog.code,
        dialog.name_en,
        dialog.name_fr,
        dialog.unit,
        dialog.baseline,
        dialog.baseline_date,
        dialog.target,
        dialog.target_date,
        dialog.direction,
        dialog.source,
        dialog.frequency,
    ]
    assert _tab_walk(qtbot, dialog.owner, len(fields)) == fields

    # As a user types it: Baseline, Tab, its date, Tab, Target.
    dialog.baseline.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(dialog.baseline, "40")
    qtbot.keyClick(dialog.baseline, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "2024-04-01")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "120")
    values = dialog.values()
    assert values["baseline_value"] == 40
    assert values["baseline_date"] == date(2024, 4, 1)
    assert values["target_value"] == 120
    assert values["target_date"] is None


def test_action_form_tab_order_follows_the_form(window: MainWindow, qtbot: QtBot) -> None:
    assert window.context is not None
    window.activateWindow()
    qtbot.waitActive(window)
    # (The window reopens on the view a test before it left: its form is not shown.)
    window.show_view("plan")
    page = window.current_view("plan")
    assert page.select_item("action", next(iter(window.context.view().actions)))
    form = page.forms["action"]
    names = [
        "code",
        "title_en",
        "title_fr",
        "status_id",
        "percent_complete",
        "start_date",
        "end_date",
        "lead_partner_id",
        "body_id",
        "description",
        "planned_outputs",
        "budget",
        "in_kind",
    ]
    expected = []
    for name in names:
        editor = form._fields[name]
        expected.append(editor.focusProxy() or editor)
    walked = _tab_walk(qtbot, expected[0], len(expected))
    assert [w.accessibleName() for w in walked] == [w.accessibleName() for w in expected]
    assert walked == expected


def test_a_typed_year_replaces_the_year_of_a_date(window: MainWindow, qtbot: QtBot) -> None:
    assert window.context is not None
    window.activateWindow()
    qtbot.waitActive(window)
    page = window.current_view("plan")
    view = window.context.view()
    action = next(a for a in view.actions.values() if a.start_date is not None)
    assert page.select_item("action", action.id)
    form = page.forms["action"]
    start: DateField = form._fields["start_date"]
    text = start.editor.lineEdit()
    # Click in the middle of the year, as a user aiming at it does, and type another.
    year_end = text.fontMetrics().horizontalAdvance("20")
    aim = QPoint(text.contentsRect().left() + 4 + year_end, text.height() // 2)
    qtbot.mouseClick(text, Qt.MouseButton.LeftButton, pos=aim)
    new_year = action.start_date.year - 1
    qtbot.keyClicks(start.editor, str(new_year))
    assert form.apply()
    stored = window.context.view().actions[action.id].start_date
    assert stored == action.start_date.replace(year=new_year)


def test_a_percent_typed_beside_a_newer_report_says_which_one_the_plan_shows(
    window: MainWindow, qtbot: QtBot
) -> None:
    assert window.context is not None
    view = window.context.view()
    action = next(
        a
        for a in view.actions.values()
        if view.health[a.id].latest is not None
        and (a.status_id, a.percent_complete)
        == (view.health[a.id].latest.status_id, view.health[a.id].latest.percent_complete)
    )
    reported = view.health[action.id].latest.percent_complete
    page = window.current_view("plan")
    assert page.select_item("action", action.id)
    form = page.forms["action"]
    assert form.reported.text().startswith("Latest report")

    percent = form._fields["percent_complete"]
    percent.spin.setFocus()
    percent.spin.selectAll()
    qtbot.keyClicks(percent.spin, str((reported + 10) % 100))
    assert form.apply()
    # The tree keeps the report's percent; the form now says why its own differs.
    index = page.model.index_of("action", action.id)
    done = page.model.index(index.row(), 3, index.parent()).data()
    assert done == f"{reported}%"
    assert "The plan shows the latest report" in form.reported.text()
    assert f"{reported}%" in form.reported.text()
