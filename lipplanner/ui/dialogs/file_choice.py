"""File and folder choosers used by the import features (one place, so tests can
answer them instead of a person)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget


def tr(text: str) -> str:
    return QCoreApplication.translate("file_choice", text)


def workbook_filter() -> str:
    return tr("Excel workbooks (*.xlsx *.xlsm);;All files (*)")


def choose_open_file(parent: QWidget | None, title: str, filters: str) -> Path | None:
    name, _selected = QFileDialog.getOpenFileName(parent, title, str(Path.home()), filters)
    return Path(name) if name else None


def choose_save_file(
    parent: QWidget | None, title: str, suggested: str, filters: str
) -> Path | None:
    name, _selected = QFileDialog.getSaveFileName(
        parent, title, str(Path.home() / suggested), filters
    )
    return Path(name) if name else None


def choose_folder(parent: QWidget | None, title: str, start: str = "") -> Path | None:
    name = QFileDialog.getExistingDirectory(parent, title, start or str(Path.home()))
    return Path(name) if name else None
