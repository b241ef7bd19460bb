"""The spreadsheet dialogs driven like a coordinator would: preview, accept or reject
rows, apply as one undoable batch, undo it; the plan import's preview and refusals; and
the File menu entries."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QMenu
from pytestqt.qtbot import QtBot

from lipplanner.core.db import PlanDatabase
from lipplanner.core.errors import UserError
from lipplanner.core.reports.partner_workbooks import write_partner_workbooks
from lipplanner.core.reports.readers import read_grid
from lipplanner.core.reports.update_import import read_update_workbook
from lipplanner.core.services.plan_view import load_plan_view
from lipplanner.ui import import_actions
from lipplanner.ui.context import PlanContext
from lipplanner.ui.dialogs import import_assistant
from lipplanner.ui.dialogs.import_assistant import ImportAssistant
from lipplanner.ui.dialogs.partner_workbooks import PartnerWorkbooksDialog
from lipplanner.ui.dialogs.update_import import UpdateImportDialog
from lipplanner.ui.i18n import format_period
from tests.reports.workbooks import MAPLE, QUARTER, fill, messy_sheet, tracking


@pytest.fixture
def context(riverside: PlanDatabase) -> Iterator[PlanContext]:
    ctx = PlanContext(riverside, period=QUARTER)
    yield ctx
    ctx.undo_stack.clear()


@pytest.fixture
def returned(riverside: PlanDatabase, tmp_path: Path) -> Path:
    out = tmp_path / "out"
    out.mkdir()
    write_partner_workbooks(riverside, QUARTER, out)
    return fill(
        out / MAPLE,
        {
            "Updates": {"I5": "Twelve employers joined.", "F6": "On track", "G6": 15},
            "Indicators": {"H5": 1250},
        },
    )


def test_reject_one_row_apply_the_rest_then_undo_the_batch(
    qtbot: QtBot, qtmodeltester: Any, context: PlanContext, returned: Path, tmp_path: Path
) -> None:
    db = context.db
    before = tracking(db)
    dialog = UpdateImportDialog(context, read_update_workbook(db, returned))
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    model, table = dialog.model, dialog.table
    assert [model.index(r, 1).data() for r in range(model.rowCount())] == ["A1.1", "A1.4", "I2"]
    assert "Successes: – → Twelve employers joined." not in model.index(0, 3).data()
    assert "Twelve employers joined." in model.index(0, 3).data()
    assert dialog.apply_button.text() == "Apply 3 changes"

    # Reject A1.1 with the keyboard, as a user would toggle its check box.
    table.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert model.index(0, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert dialog.apply_button.text() == "Apply 2 changes"
    dialog.grab().save(str(tmp_path / "update-import.png"))
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)

    assert dialog.applied and context.undo_stack.count() == 1
    updates, values = tracking(db)
    assert not any(row[7] == "Twelve employers joined." for row in updates)  # rejected
    assert len(updates) == len(before[0]) + 1  # A1.4's new update
    assert any(row[1:] == (2026, 3, 1250.0, "") for row in values)
    view = load_plan_view(db, QUARTER)
    a14 = next(a for a in view.actions.values() if a.code == "A1.4")
    assert view.health[a14.id].percent_complete == 15

    context.undo_stack.undo()
    assert tracking(db) == before
    context.undo_stack.redo()
    assert len(tracking(db)[0]) == len(before[0]) + 1
    context.undo_stack.undo()
    assert tracking(db) == before


def test_problems_are_listed_with_their_cells_and_nothing_is_applied_for_them(
    qtbot: QtBot, context: PlanContext, returned: Path
) -> None:
    fill(returned, {"Updates": {"G5": "most of it"}})
    dialog = UpdateImportDialog(context, read_update_workbook(context.db, returned))
    qtbot.addWidget(dialog)
    assert dialog.problems.rowCount() == 1
    assert dialog.problems.item(0, 0).text() == "Updates!G5"
    assert "is not a percentage" in dialog.problems.item(0, 1).text()
    assert [dialog.model.index(r, 1).data() for r in range(dialog.model.rowCount())] == [
        "A1.4",
        "I2",
    ]
    dialog.none_button.click()
    assert not dialog.apply_button.isEnabled()


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_plan_preview_lists_everything_and_every_problem(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assistant = ImportAssistant(read_grid(messy_sheet(tmp_path / "plan.xlsx")))
    qtbot.addWidget(assistant)
    assistant.show()
    for _page in range(3):
        assistant.next()
    assert assistant.currentPage() is assistant.preview_page
    preview = assistant.preview()
    tree = assistant.preview_page.tree.topLevelItem(0)
    assert tree is not None and tree.childCount() == 3  # three priorities
    problems = assistant.preview_page.problems
    assert problems.rowCount() == len(preview.problems)
    locations = {problems.item(r, 0).text() for r in range(problems.rowCount())}
    assert "Plan 2025!G8" in locations  # "next week" is no date
    assistant.grab().save(str(tmp_path / "plan-import.png"))


def test_creating_over_an_existing_file_is_refused_and_the_assistant_stays(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    taken = tmp_path / "taken.lip"
    taken.write_bytes(b"keep")
    assistant = ImportAssistant(read_grid(messy_sheet(tmp_path / "plan.xlsx")))
    qtbot.addWidget(assistant)
    warnings: list[str] = []
    monkeypatch.setattr(import_assistant, "choose_save_file", lambda *a: taken)
    monkeypatch.setattr(
        import_assistant.QMessageBox, "warning", lambda _p, _t, text: warnings.append(text)
    )
    assistant.accept()
    assert assistant.choice is None and taken.read_bytes() == b"keep"
    assert warnings == ["“taken.lip” already exists; choose a new file name."]


def test_partner_workbooks_dialog_writes_the_quarter_in_french(
    qtbot: QtBot, context: PlanContext, tmp_path: Path
) -> None:
    out = tmp_path / "classeurs"
    out.mkdir()
    dialog = PartnerWorkbooksDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.period.currentText() == format_period(QUARTER) == "Q3 2026-27"
    dialog.folder.setText(str(out))
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    qtbot.keyClick(dialog.single, Qt.Key.Key_Space)
    dialog.save_button.click()

    assert dialog.result is not None
    assert [p.name for p in out.iterdir()] == ["2026-27-Q3 - Tous.xlsx"]


class FakeWindow(QMainWindow):
    """What an installer needs of the main window."""

    def __init__(self, context: PlanContext | None = None) -> None:
        super().__init__()
        self.context = context
        self.menus = {"file": QMenu("File", self)}
        self.opened: list[str] = []
        self.errors: list[Exception] = []

    def menu(self, name: str) -> QMenu:
        return self.menus[name]

    def add_view(self, *args: object, **kwargs: object) -> None:
        raise AssertionError("no views expected")

    def open_plan(self, location: str) -> bool:
        self.opened.append(location)
        return True

    def show_error(self, error: Exception) -> None:
        self.errors.append(error)


def _action(window: FakeWindow, name: str) -> Any:
    return next(a for a in window.menu("file").actions() if a.objectName() == name)


def test_installer_adds_file_entries_enabled_when_they_can_work(
    qtbot: QtBot, context: PlanContext
) -> None:
    window = FakeWindow()
    qtbot.addWidget(window)
    import_actions.install(window)
    texts = [a.text() for a in window.menu("file").actions() if not a.isSeparator()]
    assert texts == [
        "Import a plan…",
        "Save import template…",
        "Partner update workbooks…",
        "Import partner updates…",
    ]
    assert _action(window, "import_plan").isEnabled()
    assert not _action(window, "import_partner_updates").isEnabled()
    window.context = context
    window.menu("file").aboutToShow.emit()
    assert _action(window, "import_partner_updates").isEnabled()


def test_a_file_that_is_not_a_plan_is_refused_before_the_assistant(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = FakeWindow()
    qtbot.addWidget(window)
    import_actions.install(window)
    shown: list[object] = []
    monkeypatch.setattr(ImportAssistant, "ask", classmethod(lambda cls, *a, **k: shown.append(a)))
    png = tmp_path / "picture.xlsx"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 32)
    monkeypatch.setattr(import_actions, "choose_open_file", lambda *a: png)
    _action(window, "import_plan").trigger()
    assert not window.opened and not shown
    assert [str(e) for e in window.errors] == [
        "“picture.xlsx” is a PNG picture, not a spreadsheet."
    ]
    assert isinstance(window.errors[0], UserError)


def test_import_template_is_saved_where_chosen(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = FakeWindow()
    qtbot.addWidget(window)
    import_actions.install(window)
    monkeypatch.setattr(import_actions, "choose_save_file", lambda *a: tmp_path / "template")
    _action(window, "save_import_template").trigger()
    assert (tmp_path / "template.xlsx").exists() and not window.errors
