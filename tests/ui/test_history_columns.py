"""An action's Progress history table at a laptop's size: period, status and percent
whole, the reporter's name elided (whole in its tooltip, with the date), no sideways
scrolling (French cut the status and the name off the panel)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from lipplanner.core.services import plan_view as pv
from lipplanner.ui.main_window import MainWindow

BY = 3  # the history's "Reported by" column


def test_history_columns_fit_the_panel_at_1280_by_800(
    make_window: Callable[[], MainWindow], riverside_file: Path, qtbot: QtBot, lang: str
) -> None:
    window = make_window()
    window.resize(1280, 800)
    assert window.open_plan(str(riverside_file))
    window.show_view("plan")
    assert window.context is not None
    view = window.context.view()
    page = window.current_view("plan")
    # The longest history, and an action whose status is the longest label.
    longest = max(view.actions, key=lambda a: len(pv.action_history(window.context.db, a)))
    serious = next(a.id for a in view.actions.values() if a.code == "A2.1")
    for action in (longest, serious):
        assert page.select_item("action", action)
        form = page.shown_form()
        qtbot.mouseClick(
            form.tabs.tabBar(),
            Qt.MouseButton.LeftButton,
            pos=form.tabs.tabBar().tabRect(2).center(),
        )
        QApplication.processEvents()
        table = form.history
        assert table.isVisible() and form.history_model.rowCount() > 1
        assert table.horizontalScrollBar().maximum() == 0, "the table scrolls sideways"
        header = table.horizontalHeader()
        for column in (0, 1, 2):  # period, status, percent
            assert header.sectionSize(column) >= table.sizeHintForColumn(column), column
        # The name has room for a few letters at least; the tooltip has it and the date.
        assert header.sectionSize(BY) >= 4 * table.fontMetrics().horizontalAdvance("M")
        model = form.history_model
        name = model.index(0, BY)
        assert name.data() and name.data() in name.data(Qt.ItemDataRole.ToolTipRole)
        assert model.text(0, "on") in name.data(Qt.ItemDataRole.ToolTipRole)
