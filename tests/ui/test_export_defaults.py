"""File → Export progress report… opens on what the coordinator is working with: the
toolbar's period, the name set in Preferences, and the choices made last time."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from lipplanner.core.db import PlanDatabase
from lipplanner.core.periods import Period
from lipplanner.ui.context import PlanContext
from lipplanner.ui.dialogs import export_report
from lipplanner.ui.dialogs.export_report import ExportReportDialog
from lipplanner.ui.dialogs.preferences import PreferencesDialog
from lipplanner.ui.main_window import MainWindow


@pytest.fixture
def context(riverside: PlanDatabase) -> PlanContext:
    return PlanContext(riverside, period=Period(2026, 2))


@pytest.fixture
def clean_export_settings(qapp: Any) -> Iterator[None]:
    from lipplanner.ui.settings import USER_NAME_KEY

    keys = (export_report.SETTINGS_OPEN, USER_NAME_KEY)
    for key in keys:
        export_report._settings().remove(key)
        QSettings().remove(key)
    yield
    for key in keys:
        export_report._settings().remove(key)
        QSettings().remove(key)


def _accept(qtbot: QtBot, dialog: ExportReportDialog, target: Path) -> None:
    dialog.destination.clear()
    qtbot.keyClicks(dialog.destination, str(target))
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
        export_report.Qt.MouseButton.LeftButton,
    )
    assert dialog.result() == ExportReportDialog.DialogCode.Accepted


def test_the_dialog_opens_on_the_toolbars_period_even_one_under_way(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    clean_export_settings: None,
) -> None:
    # The quarter under way: the export used to fall back to the last completed quarter
    # instead of the one the coordinator is working in.
    working = Period.containing(date.today())
    window.set_period(working)
    assert window.context is not None and window.context.period == working
    shown: list[tuple[Period, bool, str, str]] = []

    def exec_(dialog: ExportReportDialog) -> int:
        shown.append(
            (
                dialog.chosen_period(),
                dialog.open_when_done.isChecked(),
                dialog.prepared_by.text(),
                Path(dialog.destination.text()).name,
            )
        )
        if len(shown) == 1:  # the first time: untick "Open", export elsewhere
            qtbot.keyClick(dialog.open_when_done, export_report.Qt.Key.Key_Space)
            _accept(qtbot, dialog, tmp_path / "first.xlsx")
        return int(ExportReportDialog.DialogCode.Rejected)

    monkeypatch.setattr(ExportReportDialog, "exec", exec_)
    action = window.findChild(QAction, "export_progress_report")
    action.trigger()
    action.trigger()
    assert [s[0] for s in shown] == [working, working]
    assert shown[0][3].endswith(f"{working.label}.xlsx")
    assert [s[1] for s in shown] == [True, False]  # the unticked choice is remembered
    assert [s[2] for s in shown] == ["", ""]  # never a login name such as "root"


def test_the_preparer_is_the_name_set_in_preferences(
    qtbot: QtBot, context: PlanContext, tmp_path: Path, clean_export_settings: None
) -> None:
    first = ExportReportDialog(context)
    qtbot.addWidget(first)
    assert first.prepared_by.text() == "" and first.prepared_by.placeholderText()
    qtbot.keyClicks(first.prepared_by, "Someone Typed Once")
    _accept(qtbot, first, tmp_path / "a.xlsx")

    preferences = PreferencesDialog()
    qtbot.addWidget(preferences)
    preferences.user.clear()
    qtbot.keyClicks(preferences.user, "Marie Tremblay")
    preferences.accept()

    again = ExportReportDialog(context)
    qtbot.addWidget(again)
    assert again.prepared_by.text() == "Marie Tremblay"
