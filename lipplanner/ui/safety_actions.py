"""Data-safety features in the main window: History and Trash views, and File menu
entries to restore a backup, connect to a shared database and copy a plan between a
file and a server."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from lipplanner.core.errors import UserError
from lipplanner.ui import settings as settings_module

# The dialogs and the database layer are imported when a command is first used, so
# installing the menu entries costs the window's start-up nothing.
if TYPE_CHECKING:
    from lipplanner.ui.context import PlanContext

# Preferences key for the name the history records (instead of the OS user name).
USER_NAME_KEY = settings_module.USER_NAME_KEY


def tr(text: str) -> str:
    return QCoreApplication.translate("safety", text)


def apply_user_name(context: PlanContext) -> None:
    """Record changes under the name set in the preferences, if one is set."""
    name = settings_module.user_name()
    if name:
        context.db.user = name


def _history_view(context: PlanContext) -> QWidget:
    from lipplanner.ui.views.history import HistoryView

    apply_user_name(context)
    return HistoryView(context)


def _trash_view(context: PlanContext) -> QWidget:
    from lipplanner.ui.views.trash import TrashView

    return TrashView(context)


class _Busy:
    def __enter__(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *_exc: object) -> None:
        QGuiApplication.restoreOverrideCursor()


def restore_from_backup(window: Any) -> bool:
    """File → Restore from backup…; True when a backup was put back and reopened."""
    from lipplanner.core.db.backups import restore_backup
    from lipplanner.ui.dialogs.restore_backup import RestoreBackupDialog

    context: PlanContext | None = window.context
    if context is None or context.db.path is None:
        QMessageBox.information(
            window,
            tr("Restore from backup"),
            tr("Backups are kept for plan files. Open a plan file first."),
        )
        return False
    plan = context.db.path
    dialog = RestoreBackupDialog(plan, window)
    if not dialog.exec() or dialog.chosen is None:
        return False
    context.db.close()  # the file must be closed to be replaced
    try:
        with _Busy():
            restore_backup(plan, dialog.chosen)
    except UserError as error:
        window.open_plan(str(plan))
        window.show_error(error)
        return False
    return bool(window.open_plan(str(plan)))


def connect_to_server(window: Any) -> bool:
    """File → Connect to shared database…"""
    from lipplanner.ui.dialogs.connect_server import ConnectServerDialog

    current = window.context.db if window.context is not None else None
    url = current.engine.url if current is not None and current.path is None else None
    dialog = ConnectServerDialog(window, url=url)
    if not dialog.exec() or dialog.db is None:
        return False
    dialog.db.close()  # the window opens it its own way; the password is remembered
    return bool(window.open_plan(dialog.address()))


def ask_server_password(parent: QWidget | None, url: str) -> str | None:
    """For `--db URL` or a recent server plan that needs a password: ask for it (with
    the address filled in) and return the address to open, or None if cancelled. The
    password is then remembered for the session, so `open_plan(address)` succeeds."""
    from lipplanner.ui.dialogs.connect_server import ConnectServerDialog

    dialog = ConnectServerDialog(parent, url=url)
    if not dialog.exec() or dialog.db is None:
        return None
    dialog.db.close()
    return dialog.address()


def copy_to_server_action(window: Any) -> bool:
    """File → Copy plan to server…"""
    from lipplanner.core.db.copying import copy_plan, holds_plan
    from lipplanner.ui.dialogs.connect_server import ConnectServerDialog

    context: PlanContext | None = window.context
    if context is None:
        return False
    dialog = ConnectServerDialog(window, create=True, title=tr("Copy plan to server"))
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).setText(tr("Copy"))
    if not dialog.exec() or dialog.db is None:
        return False
    target = dialog.db
    try:
        with _Busy():
            copy_plan(context.db, target, replace=not holds_plan(target))
    except UserError as error:
        window.show_error(error)
        return False
    finally:
        target.close()
    return _offer_to_open(window, dialog.address(), tr("The plan was copied to the server."))


def copy_to_file_action(window: Any) -> bool:
    """File → Copy plan to file…"""
    from lipplanner.core.db.copying import copy_to_file

    context: PlanContext | None = window.context
    if context is None:
        return False
    name, _filter = QFileDialog.getSaveFileName(
        window, tr("Copy plan to file"), "", tr("LIP Planner plans (*.lip)")
    )
    if not name:
        return False
    path = Path(name)
    if path.suffix.lower() != ".lip":
        path = path.with_name(path.name + ".lip")
    try:
        with _Busy():
            copy_to_file(context.db, path)
    except UserError as error:
        window.show_error(error)
        return False
    return _offer_to_open(
        window, str(path), tr("The plan was copied to “%1”.").replace("%1", path.name)
    )


def _offer_to_open(window: Any, location: str, done: str) -> bool:
    answer = QMessageBox.question(
        window,
        tr("Copy made"),
        done + " " + tr("Open the copy now?"),
        QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
        QMessageBox.StandardButton.Close,
    )
    if answer == QMessageBox.StandardButton.Open:
        window.open_plan(location)
    return True


def install(window: Any) -> None:
    """Add the History and Trash views and the File menu entries."""
    window.add_view("history", tr("History"), _history_view)
    window.add_view("trash", tr("Trash"), _trash_view)
    menu = window.menu("file")
    menu.addSeparator()
    actions: list[tuple[QAction, str]] = []

    def add(text: str, handler: Any, needs: str) -> QAction:
        action = QAction(text, menu)
        action.triggered.connect(lambda _checked=False: handler(window))
        menu.addAction(action)
        actions.append((action, needs))
        return action

    add(tr("Restore from backup…"), restore_from_backup, "file")
    add(tr("Connect to shared database…"), connect_to_server, "")
    add(tr("Copy plan to server…"), copy_to_server_action, "plan")
    add(tr("Copy plan to file…"), copy_to_file_action, "plan")

    def update() -> None:
        context = window.context
        for action, needs in actions:
            if needs == "file":
                action.setEnabled(context is not None and context.db.path is not None)
            elif needs == "plan":
                action.setEnabled(context is not None)

    menu.aboutToShow.connect(update)
    update()
