"""Other files the app saves — a copy of a report as it was submitted (`lipplanner
submissions --save`, Save a copy in the Submissions view), the import assistant's
mapping, the dashboard as a PNG — are written whole or not at all: a full disk says the
one disk-full sentence and leaves nothing at the chosen name, not even a temporary
file."""

from __future__ import annotations

import errno
import io
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from lipplanner.cli import run_command
from lipplanner.core import files
from lipplanner.core.db import PlanDatabase, open_plan
from lipplanner.core.periods import Period
from lipplanner.core.reports.readers import read_grid
from lipplanner.core.services.plan_view import load_plan_view
from lipplanner.core.services.submissions import plan_snapshot, submit_report
from lipplanner.ui.context import PlanContext
from lipplanner.ui.dialogs import import_assistant
from lipplanner.ui.dialogs.import_assistant import ImportAssistant
from lipplanner.ui.views import submissions
from lipplanner.ui.views.dashboard import DashboardView
from lipplanner.ui.views.submissions import SubmissionsView
from tests.ui.test_import_assistant import tracker

QUARTER = Period(2026, 2)
# The offscreen platform says so whenever a window is shown; nothing is wrong.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _submit(db: PlanDatabase) -> bytes:
    book = io.BytesIO()
    Workbook().save(book)
    submit_report(
        db,
        workbook_bytes=book.getvalue(),
        snapshot=plan_snapshot(load_plan_view(db, QUARTER), "en"),
        period=QUARTER,
        language="en",
        recipient="IRCC",
        file_name="report.xlsx",
    )
    return book.getvalue()


def _raise_full(path: Path) -> None:
    raise OSError(errno.ENOSPC, "No space left on device", str(path))


@pytest.fixture
def full_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(files, "_fsync_file", _raise_full)


def _full_sentence(name: str) -> str:
    return f"The disk is full: “{name}” could not be written; free some space and try again."


def test_saving_a_submitted_report_from_the_command_line_on_a_full_disk(
    riverside_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], full_disk: None
) -> None:
    db = open_plan(riverside_file)
    _submit(db)
    db.close()
    folder = tmp_path / "out"
    folder.mkdir()
    code = run_command(["submissions", str(riverside_file), "--save", "1", str(folder / "a.xlsx")])
    assert code == 1
    assert capsys.readouterr().err == f"lipplanner submissions: {_full_sentence('a.xlsx')}\n"
    assert list(folder.iterdir()) == []


def test_save_a_copy_of_a_submitted_report_on_a_full_disk(
    riverside: PlanDatabase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    sent = _submit(riverside)
    view = SubmissionsView(PlanContext(riverside, period=QUARTER))
    qtbot.addWidget(view)
    view.table.selectRow(0)
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "copy.xlsx"
    monkeypatch.setattr(submissions, "ask_save_path", lambda *_: str(target))
    warned: list[str] = []
    monkeypatch.setattr(
        submissions.QMessageBox, "warning", lambda _parent, _title, text: warned.append(text)
    )
    with monkeypatch.context() as disk:
        disk.setattr(files, "_fsync_file", _raise_full)
        qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert warned == [_full_sentence("copy.xlsx")]
    assert list(folder.iterdir()) == []
    # With room again, the copy is the report as sent.
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes() == sent and len(warned) == 1


def test_saving_an_import_mapping_on_a_full_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    grid = read_grid(tracker(tmp_path / "Tracker.xlsx", ["On track"] * 3))
    assistant = ImportAssistant(grid)
    qtbot.addWidget(assistant)
    warned: list[str] = []
    monkeypatch.setattr(
        import_assistant.QMessageBox, "warning", lambda _parent, _title, text: warned.append(text)
    )
    folder = tmp_path / "out"
    folder.mkdir()
    with monkeypatch.context() as disk:
        disk.setattr(files, "_fsync_file", _raise_full)
        assert not assistant.save_mapping(folder / "tracker mapping")
    assert warned == [_full_sentence("tracker mapping.json")]
    assert list(folder.iterdir()) == []
    assert assistant.save_mapping(folder / "tracker mapping")
    assert [p.name for p in folder.iterdir()] == ["tracker mapping.json"]


def test_exporting_the_dashboard_on_a_full_disk(
    riverside: PlanDatabase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    view = DashboardView(PlanContext(riverside, period=QUARTER))
    qtbot.addWidget(view)
    view.show()
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "council.png"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), "PNG image (*.png)")
    )
    with monkeypatch.context() as disk:
        disk.setattr(files, "_fsync_file", _raise_full)
        qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert view.message.text() == _full_sentence("council.png")
    assert list(folder.iterdir()) == []  # no half image at the name
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert "Saved" in view.message.text()
    assert [p.name for p in folder.iterdir()] == ["council.png"]
    assert not QImage(str(target)).isNull()
