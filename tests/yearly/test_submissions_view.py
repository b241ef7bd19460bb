"""Walk-through: record two reports as submitted, list them, re-open, save, compare."""

from __future__ import annotations

import io
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from lipplanner.core.db import PlanDatabase
from lipplanner.core.periods import Period
from lipplanner.core.services.submissions import list_submissions
from lipplanner.ui.context import PlanContext
from lipplanner.ui.views import submissions
from lipplanner.ui.views.submissions import (
    RecipientDialog,
    SubmissionsView,
    submit_current_report,
)


@pytest.fixture
def context(riverside: PlanDatabase, qtbot: QtBot) -> Iterator[PlanContext]:
    yield PlanContext(riverside, period=Period(2026, 2))


def _workbook(path: Path, text: str) -> Path:
    book = Workbook()
    book.active["A1"] = text  # type: ignore[index]
    out = io.BytesIO()
    book.save(out)
    path.write_bytes(out.getvalue())
    return path


def _record(
    context: PlanContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    period: Period,
    recipient: str | None,
) -> int | None:
    monkeypatch.setattr(RecipientDialog, "ask", classmethod(lambda cls, *a, **k: recipient))
    workbook = _workbook(tmp_path / f"riverside-{period}.xlsx", str(period))
    return submit_current_report(None, context, workbook, period, "en")


def test_recording_is_undoable_and_cancelling_records_nothing(
    context: PlanContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _record(context, tmp_path, monkeypatch, Period(2026, 1), None) is None
    assert list_submissions(context.db) == []
    new_id = _record(context, tmp_path, monkeypatch, Period(2026, 1), "IRCC Ontario Region")
    assert [s.id for s in list_submissions(context.db)] == [new_id]
    assert context.undo_stack.undoText() == "Record riverside-2026-27-Q1.xlsx as submitted"
    context.undo_stack.undo()
    assert list_submissions(context.db) == []


def test_the_recipient_dialog_needs_a_recipient(qtbot: QtBot) -> None:
    dialog = RecipientDialog(None, "report.xlsx", "")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.recipient, "   ")
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.recipient, "City council")
    assert ok.isEnabled()


# The offscreen platform says so whenever a dialog is shown; not a fault of ours.
@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_list_reopen_save_and_compare(
    context: PlanContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
    qtmodeltester: object,
) -> None:
    _record(context, tmp_path, monkeypatch, Period(2026, 1), "IRCC Ontario Region")
    _record(context, tmp_path, monkeypatch, Period(2026, 2), "Riverside City Council")
    view = SubmissionsView(context)
    qtbot.addWidget(view)
    qtmodeltester.check(view.model)  # type: ignore[attr-defined]
    model = view.model
    assert [model.index(r, 1).data() for r in range(2)] == ["2026-27-Q2", "2026-27-Q1"]
    assert model.index(1, 2).data() == "IRCC Ontario Region"
    assert model.index(0, 3).data() == "English"
    assert not view.empty.isVisibleTo(view)
    assert not view.compare_button.isEnabled() and not view.reopen_button.isEnabled()

    # Sorting happens in the model: by period, oldest first.
    view.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert [model.index(r, 1).data() for r in range(2)] == ["2026-27-Q1", "2026-27-Q2"]

    # One selected: re-open from a read-only copy, and save a copy elsewhere.
    qtbot.mouseClick(
        view.table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=view.table.visualRect(model.index(0, 0)).center(),
    )
    assert view.reopen_button.isEnabled() and not view.compare_button.isEnabled()
    opened: list[Path] = []
    monkeypatch.setattr(submissions, "open_file", lambda path: opened.append(path) or True)
    qtbot.mouseClick(view.reopen_button, Qt.MouseButton.LeftButton)
    assert opened[0].name == "riverside-2026-27-Q1.xlsx"
    assert opened[0].read_bytes() == (tmp_path / "riverside-2026-27-Q1.xlsx").read_bytes()
    assert not os.stat(opened[0]).st_mode & stat.S_IWUSR
    target = tmp_path / "copy.xlsx"
    monkeypatch.setattr(submissions, "ask_save_path", lambda *_: str(target))
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes() == opened[0].read_bytes()

    # Two selected: compare lists what changed from Q1 to Q2.
    view.table.selectionModel().select(
        model.index(1, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert view.compare_button.isEnabled() and not view.reopen_button.isEnabled()
    qtbot.mouseClick(view.compare_button, Qt.MouseButton.LeftButton)
    dialog = view.compare_dialog
    qtbot.waitExposed(dialog)
    items = [dialog.list.topLevelItem(i) for i in range(dialog.list.topLevelItemCount())]
    # Each item is named once, above its changes; the full name is kept on every row.
    assert items[0].text(0) == "Whole plan"
    rows = [
        [item.data(0, Qt.ItemDataRole.UserRole)] + [item.text(c) for c in (1, 2, 3)]
        for item in items
    ]
    assert any(
        r[0].startswith("Action A2.4 — ")
        and r[1:] == ["Status", "Serious concerns", "Discontinued"]
        for r in rows
    )
    assert any(
        r[0].startswith("Action A1.2") and r[1:] == ["Percent complete", "55 %", "60 %"]
        for r in rows
    )
    dialog.close()

    # Undoing the second record takes it out of the list at once.
    context.undo_stack.undo()
    assert model.rowCount() == 1


def test_old_reopened_copies_are_cleared(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(submissions.tempfile, "gettempdir", lambda: str(tmp_path))
    first = submissions._reopen_folder()
    copy = first / "sent.xlsx"
    copy.write_bytes(b"PK")
    os.chmod(copy, stat.S_IRUSR)
    second = submissions._reopen_folder()
    assert first.exists() and second.exists()  # a fresh copy may still be open
    os.utime(first, (0, 0))  # a copy from long ago
    submissions._reopen_folder()
    assert not first.exists() and second.exists()
