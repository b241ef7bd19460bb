"""Ending the process once the event loop has ended, without the interpreter's teardown.

Quitting cost 0.3–0.5 s on the demo plan and more on big plans after the window was
gone: Python freed every view, model and cached plan object one by one, then PySide6
destroyed the widgets, all to hand memory back to a process about to end. Nothing in
that teardown protects the plan: it is written as the coordinator works (each change
committed with `synchronous=FULL`), and closing it (`PlanDatabase.close`: the log copied
into the file, the "open elsewhere" lock removed) happens when its window closes. So
once every plan is closed, the settings written and the exit handlers run (logging's
flush among them), the process ends at once.
"""

from __future__ import annotations

import atexit
import os
import sys
from typing import NoReturn

from PySide6.QtWidgets import QApplication

from lipplanner.ui import settings


def close_remaining_plans() -> None:
    """A plan still open when the loop ended (the session ending, `app.quit()` from
    code): what was typed and can be saved is saved, then the plan is closed properly."""
    from lipplanner.ui.main_window import MainWindow

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and widget.context is not None:
            widget._keep_pending_edits()
            widget.close_plan()


def end_process(code: int) -> NoReturn:
    """Close what is still open, write what must be written, and end with `code`."""
    close_remaining_plans()
    settings.settings().sync()
    atexit._run_exitfuncs()  # logging.shutdown and any other handler, as a normal exit
    for stream in (sys.stdout, sys.stderr):
        if stream is not None:
            stream.flush()
    os._exit(code)
