"""Start the GUI: QApplication, the plan to open, the main window."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox

from lipplanner import APP_NAME
from lipplanner.core.db import PlanDatabase, open_plan
from lipplanner.core.errors import UserError


def demo_copy_path() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    folder = Path(base or tempfile.gettempdir()) / "demo"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "Riverside demo.lip"


def open_from_options(options: argparse.Namespace) -> PlanDatabase | None:
    if options.demo:
        from lipplanner.core.demo import create_demo_file

        return open_plan(create_demo_file(demo_copy_path(), overwrite=True))
    if options.db:
        return open_plan(options.db, read_only=options.read_only)
    if options.file:
        return open_plan(options.file, read_only=options.read_only)
    return None


def run_gui(options: argparse.Namespace) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("LIP Planner")
    window = QMainWindow()
    window.setWindowTitle(APP_NAME)
    try:
        db = open_from_options(options)
    except UserError as error:
        QMessageBox.critical(None, APP_NAME, str(error))
        db = None
    window.setCentralWidget(QLabel(db.name if db else "No plan open"))
    window.show()
    return int(app.exec())
