"""The History and Trash views, the data-safety dialogs and the File menu entries."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from lipplanner.core.db import PlanDatabase, open_plan
from lipplanner.core.db.backups import list_backups, make_backup
from lipplanner.core.db.locks import LockInfo
from lipplanner.core.services import editing
from lipplanner.ui.context import PlanContext
from lipplanner.ui.dialogs.connect_server import ConnectServerDialog
from lipplanner.ui.dialogs.open_elsewhere import OpenElsewhereDialog
from lipplanner.ui.dialogs.restore_backup import RestoreBackupDialog
from lipplanner.ui.undo import DeleteCommand, EditCommand, push_command
from lipplanner.ui.views.history import HistoryView, show_item_history
from lipplanner.ui.views.trash import TrashView
from tests.safety.helpers import action_id, count, status_id

# The offscreen platform says this whenever a dialog is shown; it is not our warning.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def context(riverside: PlanDatabase, qtbot: Any) -> Iterator[PlanContext]:
    yield PlanContext(riverside)


def _edit(context: PlanContext, code: str, changes: dict[str, Any]) -> None:
    item = action_id(context.db, code)
    assert push_command(context, EditCommand(context, "action", item, changes, "Edit")) is None


def _texts(model: Any, column: int) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_history_view_lists_changes_as_sentences_and_filters_them(
    context: PlanContext, qtbot: Any, qtmodeltester: Any
):
    view = HistoryView(context)
    qtbot.addWidget(view)
    assert view.model.rowCount() == 0
    _edit(context, "A1.1", {"status_id": status_id(context.db, "not_started")})
    context.db.user = "Amélie Tremblay"
    _edit(context, "A1.1", {"status_id": status_id(context.db, "minor_delays")})
    qtmodeltester.check(view.model)

    changes = _texts(view.model, 2)
    assert changes[0].endswith("from Not started to Minor delays")
    assert changes[0].startswith("Changed Status of action A1.1 ")
    assert _texts(view.model, 1) == ["Amélie Tremblay", "Test Coordinator"]

    view.person.setCurrentIndex(view.person.findText("Test Coordinator"))
    assert _texts(view.model, 1) == ["Test Coordinator"]
    view.person.setCurrentIndex(0)

    view.kind.setCurrentIndex(view.kind.findData("partner"))
    assert view.model.rowCount() == 0
    assert view.summary.text() == "No changes recorded for this choice."
    view.kind.setCurrentIndex(0)

    view.any_date.click()
    assert view.since.isEnabled()
    view.since.setDate(QDate(2020, 1, 1))
    view.until.setDate(QDate(2020, 12, 31))
    assert view.model.rowCount() == 0
    view.until.setDate(QDate.currentDate())
    assert view.model.rowCount() == 2
    view.resize(900, 300)
    view.grab().save("/tmp/lipplanner-history-view.png")


def test_an_items_history_dialog_shows_only_that_item(context: PlanContext, qtbot: Any):
    _edit(context, "A1.1", {"title_en": "Mentoring circles"})
    _edit(context, "A1.2", {"title_en": "Credential clinic"})
    dialog = show_item_history(None, context, "action", action_id(context.db, "A1.2"), "A1.2")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "History of A1.2"
    assert _texts(dialog.view.model, 2) == [
        "Changed Title of action A1.2 Credential clinic from Credential recognition "
        "navigation clinic to Credential clinic"
    ]


def test_trash_view_restores_undoably_and_empties_after_confirmation(
    context: PlanContext, qtbot: Any, qtmodeltester: Any, monkeypatch: pytest.MonkeyPatch
):
    view = TrashView(context)
    qtbot.addWidget(view)
    assert view.summary.text() == "The trash is empty."
    assert not view.empty_button.isEnabled()
    a11 = action_id(context.db, "A1.1")
    assert push_command(context, DeleteCommand(context, "action", a11, "Delete A1.1")) is None
    qtmodeltester.check(view.model)
    assert _texts(view.model, 0)[0].startswith("A1.1 ")
    assert _texts(view.model, 1) == ["Action"]
    assert _texts(view.model, 4) == ["Test Coordinator"]
    assert _texts(view.model, 2)[0].endswith("item(s)") or "item" in _texts(view.model, 2)[0]
    view.resize(900, 300)
    view.grab().save("/tmp/lipplanner-trash-view.png")

    view.table.selectRow(0)
    assert view.restore_button.isEnabled()
    qtbot.mouseClick(view.restore_button, Qt.MouseButton.LeftButton)
    assert view.model.rowCount() == 0
    assert editing.get_values(context.db, "action", a11)["code"] == "A1.1"
    context.undo_stack.undo()  # undo the restore: back in the trash
    assert view.model.rowCount() == 1
    context.undo_stack.redo()
    assert view.model.rowCount() == 0

    assert push_command(context, DeleteCommand(context, "action", a11, "Delete A1.1")) is None
    monkeypatch.setattr(view, "confirm_empty", lambda _n: False)
    qtbot.mouseClick(view.empty_button, Qt.MouseButton.LeftButton)
    assert count(context.db, "trash_item") == 1
    monkeypatch.setattr(view, "confirm_empty", lambda _n: True)
    qtbot.mouseClick(view.empty_button, Qt.MouseButton.LeftButton)
    assert count(context.db, "trash_item") == 0
    assert view.model.rowCount() == 0


def _lock(tmp_path: Path) -> LockInfo:
    return LockInfo(4242, "office-pc-2", "Ben", datetime(2026, 11, 30, 9, 14), tmp_path / "r.lip")


@pytest.mark.parametrize(
    ("button", "expected"),
    [("read_only_button", "read_only"), ("anyway_button", "anyway"), ("cancel_button", None)],
)
def test_open_elsewhere_dialog_returns_the_users_choice(
    tmp_path: Path, qtbot: Any, button: str, expected: str | None
):
    dialog = OpenElsewhereDialog(_lock(tmp_path))
    qtbot.addWidget(dialog)
    assert "“r.lip” is already open in LIP Planner on office-pc-2 (Ben)" in dialog.text()
    QTimer.singleShot(0, lambda: getattr(dialog, button).click())
    dialog.exec()
    assert dialog.choice() == expected


def test_open_elsewhere_ask_shows_and_answers(tmp_path: Path, qtbot: Any):
    def click_read_only() -> None:
        from PySide6.QtWidgets import QApplication

        box = QApplication.activeModalWidget()
        assert isinstance(box, OpenElsewhereDialog)
        box.read_only_button.click()

    QTimer.singleShot(0, click_read_only)
    assert OpenElsewhereDialog.ask(None, _lock(tmp_path)) == "read_only"


def test_restore_backup_dialog_lists_backups_and_makes_one(
    riverside_file: Path, qtbot: Any, qtmodeltester: Any, monkeypatch: pytest.MonkeyPatch
):
    make_backup(riverside_file, "auto", now=datetime(2026, 11, 1, 8, 0))
    dialog = RestoreBackupDialog(riverside_file)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    assert _texts(dialog.model, 0) == ["2026-11-01 08:00"]
    assert _texts(dialog.model, 1) == ["Automatic"]
    assert not dialog.empty_label.isVisibleTo(dialog)
    qtbot.mouseClick(dialog.backup_now_button, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == 2
    assert _texts(dialog.model, 1)[0] == "Made by hand"

    dialog.table.selectRow(1)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.chosen == list_backups(riverside_file)[1].path
    dialog.resize(560, 380)
    dialog.grab().save("/tmp/lipplanner-restore-backup.png")


def test_connect_dialog_names_what_is_wrong(qtbot: Any):
    dialog = ConnectServerDialog()
    qtbot.addWidget(dialog)
    dialog.try_connect()
    assert dialog.message.text().startswith("Server: enter the name")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    qtbot.keyClicks(dialog.host, "127.0.0.1")
    dialog.port.setValue(port)
    qtbot.keyClicks(dialog.database, "riverside")
    qtbot.keyClicks(dialog.user, "ada")
    qtbot.keyClicks(dialog.password, "secret")
    dialog.try_connect()
    assert "is not answering" in dialog.message.text()
    assert dialog.result() == 0 and dialog.db is None
    dialog.grab().save("/tmp/lipplanner-connect.png")


@pytest.mark.postgres
def test_connect_dialog_connects_and_keeps_the_password_out_of_the_address(
    pg_url: str, riverside_file: Path, qtbot: Any
):
    from sqlalchemy.engine import make_url

    from lipplanner.core.db.server import open_server

    url = make_url(pg_url)
    dialog = ConnectServerDialog(url=url._replace(password=None), create=True)
    qtbot.addWidget(dialog)
    assert dialog.database.text() == url.database
    qtbot.keyClicks(dialog.password, "wrong")
    dialog.try_connect()
    assert "refused the user name or password" in dialog.message.text()
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, str(url.password))
    dialog.try_connect()
    assert dialog.db is not None
    assert str(url.password) not in dialog.address()
    dialog.db.close()
    again = open_server(dialog.address())  # remembered for this session, not on disk
    again.close()


class FakeWindow(QWidget):
    """What the installer needs of the main window."""

    def __init__(self, context: PlanContext | None) -> None:
        super().__init__()
        self.context = context
        self.views: dict[str, tuple[str, Any]] = {}
        self.menus: dict[str, QMenu] = {}
        self.opened: list[str] = []
        self.errors: list[Exception] = []

    def menu(self, name: str) -> QMenu:
        return self.menus.setdefault(name, QMenu(name, self))

    def add_view(self, key: str, title: str, factory: Any, icon: Any = None) -> None:
        self.views[key] = (title, factory)

    def open_plan(self, location: str) -> bool:
        self.opened.append(location)
        self.context = PlanContext(open_plan(location))
        return True

    def show_error(self, error: Exception) -> None:
        self.errors.append(error)


def test_installer_adds_views_and_file_menu_entries(context: PlanContext, qtbot: Any):
    from lipplanner.ui import extensions, safety_actions

    assert "lipplanner.ui.safety_actions:install" in extensions.INSTALLERS
    window = FakeWindow(context)
    qtbot.addWidget(window)
    safety_actions.install(window)
    assert {k: v[0] for k, v in window.views.items()} == {"history": "History", "trash": "Trash"}
    for key in ("history", "trash"):
        widget = window.views[key][1](context)
        qtbot.addWidget(widget)
    texts = [a.text() for a in window.menu("file").actions() if not a.isSeparator()]
    assert texts == [
        "Restore from backup…",
        "Connect to shared database…",
        "Copy plan to server…",
        "Copy plan to file…",
    ]
    empty = FakeWindow(None)
    qtbot.addWidget(empty)
    safety_actions.install(empty)
    enabled = [a.isEnabled() for a in empty.menu("file").actions() if not a.isSeparator()]
    assert enabled == [False, True, False, False]


def test_the_history_records_the_name_set_in_preferences(context: PlanContext, qtbot: Any):
    from PySide6.QtCore import QSettings

    from lipplanner.ui import safety_actions

    QSettings().setValue(safety_actions.USER_NAME_KEY, "Élodie Côté")
    try:
        safety_actions.apply_user_name(context)
    finally:
        QSettings().remove(safety_actions.USER_NAME_KEY)
    assert context.db.user == "Élodie Côté"


def test_restore_from_backup_replaces_the_plan_and_reopens_it(
    riverside_file: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
):
    from lipplanner.ui import safety_actions

    backup = make_backup(riverside_file, now=datetime(2026, 11, 1, 8, 0))
    db = open_plan(riverside_file)
    editing.update(db, "action", action_id(db, "A1.1"), {"title_en": "After the backup"})
    window = FakeWindow(PlanContext(db))
    qtbot.addWidget(window)

    def choose(dialog: RestoreBackupDialog) -> int:
        dialog.chosen = backup
        return 1

    monkeypatch.setattr(RestoreBackupDialog, "exec", choose)
    assert safety_actions.restore_from_backup(window)
    assert window.opened == [str(riverside_file)]
    assert window.context is not None
    reopened = window.context.db
    assert editing.get_values(reopened, "action", action_id(reopened, "A1.1"))["title_en"] != (
        "After the backup"
    )
    assert [b.kind for b in list_backups(riverside_file)] == ["before-restore", "manual"]
    reopened.close()


def test_copy_to_file_makes_a_copy_and_offers_to_open_it(
    context: PlanContext, tmp_path: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
):
    from lipplanner.ui import safety_actions

    window = FakeWindow(context)
    qtbot.addWidget(window)
    target = tmp_path / "copy"
    monkeypatch.setattr(
        safety_actions.QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), "")
    )
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Open)
    assert safety_actions.copy_to_file_action(window)
    assert window.opened == [str(tmp_path / "copy.lip")]
    assert window.context is not None
    assert count(window.context.db, "action") == count(context.db, "action")
    window.context.db.close()
    # A second copy onto the same name is refused, with the reason shown.
    monkeypatch.setattr(
        safety_actions.QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), "")
    )
    assert not safety_actions.copy_to_file_action(window)
    assert "already exists" in str(window.errors[0])
    assert os.path.exists(tmp_path / "copy.lip")


@pytest.mark.postgres
def test_a_server_plan_needing_a_password_is_opened_after_asking(
    pg_url: str, riverside_file: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
):
    from sqlalchemy.engine import make_url

    from lipplanner.core.db.server import PasswordNeeded, open_server
    from lipplanner.ui import safety_actions
    from tests.safety.conftest import riverside_on_server

    riverside_on_server(riverside_file, pg_url).close()
    url = make_url(pg_url)
    bare = url._replace(password=None).render_as_string(hide_password=False)
    with pytest.raises(PasswordNeeded):
        open_server(bare)

    def type_password(dialog: ConnectServerDialog) -> int:
        qtbot.keyClicks(dialog.password, str(url.password))
        dialog.try_connect()
        return dialog.result()

    monkeypatch.setattr(ConnectServerDialog, "exec", type_password)
    address = safety_actions.ask_server_password(None, bare)
    assert address is not None and str(url.password) not in address
    db = open_server(address)
    assert action_id(db, "A1.1") > 0
    db.close()
