"""Telling the user about failures: a friendly dialog for what they can act on, a crash
dialog (with the log file's path) for our bugs, and Qt's own warnings in the log.

Two kinds of failure (see core.errors): a `UserError` is a sentence to show; anything
else is a bug, logged with its traceback while the app keeps running.
"""

from __future__ import annotations

import logging
import sys
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from lipplanner import APP_NAME
from lipplanner.core.errors import UserError

log = logging.getLogger("lipplanner")


def tr(text: str) -> str:
    return QCoreApplication.translate("errors", text)


def log_folder() -> Path:
    from lipplanner.ui.profile import app_folder

    return app_folder("logs")


def log_file() -> Path:
    return log_folder() / "lipplanner.log"


def setup_logging() -> Path:
    """Log warnings and errors to the user's data folder; returns the log file."""
    path = log_file()
    if not any(isinstance(h, logging.FileHandler) for h in log.handlers):
        handler = logging.FileHandler(path, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
    return path


class ErrorDialog(QMessageBox):
    """One clear sentence; the technical details folded away under "Show Details"."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        text: str,
        details: str = "",
        *,
        crash: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Critical if crash else QMessageBox.Icon.Warning)
        self.setWindowTitle(title)
        self.setText(text)
        if details:
            self.setDetailedText(details)
        self.setStandardButtons(QMessageBox.StandardButton.Ok)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        title: str,
        text: str,
        details: str = "",
        *,
        crash: bool = False,
    ) -> None:
        cls(parent, title, text, details, crash=crash).exec()


def show_error(parent: QWidget | None, error: BaseException) -> None:
    """A UserError's sentence as is; anything else as a crash report."""
    if isinstance(error, UserError):
        ErrorDialog.ask(parent, APP_NAME, error.message)
        return
    report_crash(type(error), error, error.__traceback__, parent)


def report_crash(
    kind: type[BaseException],
    error: BaseException,
    trace: TracebackType | None,
    parent: QWidget | None = None,
) -> Path | None:
    """Log an unexpected exception and tell the user where the log is."""
    details = "".join(traceback.format_exception(kind, error, trace))
    try:
        path: Path | None = setup_logging()
        log.error("Unexpected error at %s\n%s", datetime.now().isoformat(), details)
    except OSError:
        path = None
    if QApplication.instance() is not None:
        where = tr("Details were saved to %s.") % path if path else ""
        ErrorDialog.ask(
            parent or QApplication.activeWindow(),
            tr("Something went wrong"),
            tr(
                "LIP Planner hit an unexpected problem. Your plan is safe: every change "
                "was saved as it was made. You can keep working."
            )
            + ("\n\n" + where if where else ""),
            details,
            crash=True,
        )
    return path


def _excepthook(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, trace)
        return
    if isinstance(error, UserError):
        ErrorDialog.ask(QApplication.activeWindow(), APP_NAME, error.message)
        return
    report_crash(kind, error, trace)


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _qt_message(kind: QtMsgType, context: object, message: str) -> None:
    logging.getLogger("lipplanner.qt").log(_QT_LEVELS.get(kind, logging.WARNING), message)


def install_error_handling() -> Path:
    """For the running app (not tests): log file, crash dialog, Qt warnings to the log."""
    path = setup_logging()
    sys.excepthook = _excepthook
    qInstallMessageHandler(_qt_message)
    return path
