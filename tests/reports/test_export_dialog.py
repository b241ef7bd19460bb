"""File → Export progress report…: the dialog filled in and confirmed like a person would."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialogButtonBox, QMenu, QWidget
from pytestqt.qtbot import QtBot

from lipplanner.core.db import PlanDatabase
from lipplanner.core.periods import Period
from lipplanner.ui import export_actions
from lipplanner.ui.context import PlanContext
from lipplanner.ui.dialogs import export_report
from lipplanner.ui.dialogs.export_report import ExportChoice, ExportReportDialog, run_export


@pytest.fixture
def context(riverside: PlanDatabase) -> PlanContext:
    return PlanContext(riverside, period=Period(2026, 2))


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    urls: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        urls.append(url)
        return True  # a program opened it

    monkeypatch.setattr(export_report.QDesktopServices, "openUrl", open_url)
    return urls


def test_fill_the_dialog_and_export(
    qtbot: QtBot, context: PlanContext, tmp_path: Path, opened: list[QUrl]
) -> None:
    dialog = ExportReportDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.chosen_period() == Period(2026, 2)  # the period on screen
    dialog.period.setCurrentIndex(dialog.period.findText("2025-26 (whole year)"))
    dialog.lang.setCurrentIndex(dialog.lang.findData("fr"))
    target = tmp_path / "rapport annuel.xlsx"
    dialog.destination.clear()
    qtbot.keyClicks(dialog.destination, str(target))
    dialog.prepared_by.clear()
    qtbot.keyClicks(dialog.prepared_by, "Élodie Riveneuve")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, export_report.Qt.MouseButton.LeftButton)
    assert dialog.result() == ExportReportDialog.DialogCode.Accepted
    choice = dialog.choice()
    assert choice == ExportChoice(Period(2025), "fr", target, "Élodie Riveneuve", True)

    path = run_export(None, context, choice)
    assert path == target and target.exists()
    wb = openpyxl.load_workbook(target)
    assert wb.sheetnames[0] == "Page titre"
    codes = [r[4] for r in wb["Plan d’action"].iter_rows(min_row=2, values_only=True)]
    assert codes == [a.code for a in context.view().ordered_actions]
    assert opened == [QUrl.fromLocalFile(str(target))]

    # The next export starts in the same folder and language; the preparer comes from
    # Preferences (none set here), not from a name typed once.
    again = ExportReportDialog(context)
    qtbot.addWidget(again)
    assert Path(again.destination.text()).parent == tmp_path
    assert again.prepared_by.text() == ""
    assert again.lang.currentData() == "fr"


def test_a_bad_destination_is_refused_in_the_dialog(
    qtbot: QtBot, context: PlanContext, tmp_path: Path
) -> None:
    dialog = ExportReportDialog(context)
    qtbot.addWidget(dialog)
    dialog.destination.setText(str(tmp_path / "no such folder" / "r.xlsx"))
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
        export_report.Qt.MouseButton.LeftButton,
    )
    assert dialog.result() != ExportReportDialog.DialogCode.Accepted
    assert "does not exist" in dialog.error.text() and not dialog.error.isHidden()


def test_a_failed_export_is_shown_and_leaves_the_old_file(
    qtbot: QtBot, context: PlanContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "report.xlsx"
    target.write_bytes(b"last quarter")
    target.with_name(f".~lock.{target.name}#").write_text("open")
    shown: list[str] = []
    monkeypatch.setattr(
        export_report.QMessageBox, "warning", lambda _p, _t, text: shown.append(text)
    )
    choice = ExportChoice(Period(2026, 2), "en", target, "", False)
    assert run_export(None, context, choice) is None
    assert shown and "open in a spreadsheet application" in shown[0]
    assert target.read_bytes() == b"last quarter"


class FakeWindow(QWidget):
    def __init__(self, context: PlanContext | None) -> None:
        super().__init__()
        self.context = context
        self._menus: dict[str, QMenu] = {}

    def menu(self, name: str) -> QMenu:
        return self._menus.setdefault(name, QMenu(name, self))


def test_installer_adds_the_menu_entry(
    qtbot: QtBot,
    context: PlanContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    opened: list[QUrl],
) -> None:
    window = FakeWindow(context)
    qtbot.addWidget(window)
    export_actions.install(window)
    (action,) = window.menu("file").actions()
    assert action.text() == "Export progress report…"
    assert action.shortcut().toString() == "Ctrl+E"
    target = tmp_path / "from-menu.xlsx"
    asked: list[Any] = []

    def ask(parent: Any, ctx: PlanContext) -> ExportChoice:
        asked.append((parent, ctx))
        return ExportChoice(Period(2026, 2), "en", target, "Jordan", False)

    monkeypatch.setattr(ExportReportDialog, "ask", ask)
    action.trigger()
    assert asked == [(window, context)]
    assert target.exists() and opened == []


def test_export_recorded_as_submitted_keeps_a_frozen_copy(
    qtbot: QtBot,
    context: PlanContext,
    tmp_path: Path,
    opened: list[QUrl],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from lipplanner.core.services.submissions import get_submission, list_submissions
    from lipplanner.ui.views import submissions

    monkeypatch.setattr(
        submissions.RecipientDialog, "ask", classmethod(lambda cls, *a, **k: "IRCC")
    )
    dialog = ExportReportDialog(context)
    qtbot.addWidget(dialog)
    target = tmp_path / "q2.xlsx"
    dialog.destination.clear()
    qtbot.keyClicks(dialog.destination, str(target))
    dialog.open_when_done.setChecked(False)
    qtbot.mouseClick(dialog.record_as_submitted, export_report.Qt.MouseButton.LeftButton)
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
        export_report.Qt.MouseButton.LeftButton,
    )
    assert run_export(None, context, dialog.choice()) == target
    (entry,) = list_submissions(context.db)
    assert (entry.recipient, entry.period) == ("IRCC", "2026-27-Q2")
    assert get_submission(context.db, entry.id).workbook == target.read_bytes()
    assert opened == []
