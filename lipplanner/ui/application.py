"""Start the GUI: QApplication, error handling, the main window and the plan to open."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication


def demo_copy_path() -> Path:
    """Where `--demo` and "Try the demo" write their fresh copy of the Riverside plan:
    ".../LIP Planner/demo" in the user's data folder."""
    from lipplanner.ui.profile import app_folder

    return app_folder("demo") / "Riverside demo.lip"


def make_application() -> QApplication:
    from lipplanner.ui.refcounts import guard_singleton_refcounts

    guard_singleton_refcounts()  # before the first Qt call: PySide6 6.12 on Python 3.11
    app = QApplication.instance()
    if app is None:  # this process starts the application: a start-up to make quick
        app = QApplication(sys.argv[:1])
        from lipplanner.ui import collection

        collection.hold()
    assert isinstance(app, QApplication)
    from lipplanner.ui.identity import apply_app_identity

    apply_app_identity(app)
    from lipplanner.ui.profile import ensure_writable_settings

    ensure_writable_settings()
    return app


def open_from_options(window: object, options: argparse.Namespace) -> bool:
    """Open what the command line asked for; False (the user was told why) otherwise."""
    from lipplanner.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    if options.demo:
        window.open_demo()
        return window.context is not None
    location = options.db or options.file
    if location:
        return window.open_plan(str(location), read_only=bool(options.read_only))
    return False


def run_gui(options: argparse.Namespace) -> int:
    app = make_application()
    from lipplanner.ui.errors import install_error_handling
    from lipplanner.ui.main_window import MainWindow

    install_error_handling()
    from lipplanner.ui import i18n

    i18n.install_language(app, options.lang)
    window = MainWindow()
    window.show()
    app.processEvents()  # on screen before the plan (and the database layer) loads
    open_from_options(window, options)
    from lipplanner.ui import collection

    collection.resume()  # up, with or without a plan
    code = int(app.exec())
    from lipplanner.ui.quitting import end_process

    end_process(code)  # every plan closed and settings written: no teardown to wait for
