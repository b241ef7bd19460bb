"""File → Export progress report… (Ctrl+E) in the main window; the dialog's module
(and the report writer behind it) loads when the command is first used."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportReport", text)  # the dialog's context


def install(window: Any) -> None:
    """Add File → Export progress report… (Ctrl+E) to the main window."""
    action = QAction(_tr("Export progress report…"), window)
    action.setObjectName("export_progress_report")
    action.setShortcut(QKeySequence("Ctrl+E"))
    action.setStatusTip(_tr("Write the funder progress report as an Excel workbook"))

    def triggered() -> None:
        context = getattr(window, "context", None)
        if context is None:
            QMessageBox.information(
                window,
                _tr("Export progress report"),
                _tr("Open a plan first, then export its progress report."),
            )
            return
        from lipplanner.ui.dialogs import export_report

        export_report.export_report(window, context)

    action.triggered.connect(triggered)
    window.menu("file").addAction(action)
    if hasattr(window, "reserve_shortcut"):
        window.reserve_shortcut(action)  # Ctrl+E is "end of line" in Linux text boxes
