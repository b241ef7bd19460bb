"""The end of the process after the event loop: nothing left open, nothing left unsaved,
and no interpreter teardown to wait for."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from lipplanner.core.db import open_plan
from lipplanner.core.db.locks import lock_path
from lipplanner.core.services import editing
from lipplanner.ui import quitting
from lipplanner.ui.main_window import MainWindow
from lipplanner.ui.views.tables import ActionsPage


def test_ending_the_process_first_saves_and_closes_a_plan_still_open(
    window: MainWindow,
    riverside_file: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    errors: list[str],
) -> None:
    """The loop can end with a window still open (the session ending, `app.quit()`):
    its typed text is saved and its plan closed as a closed window's would be."""
    assert window.context is not None
    db = window.context.db
    action = sorted(window.context.view().actions)[0]
    window.show_view("actions")
    page = window.current_view("actions")
    assert isinstance(page, ActionsPage) and page.select_item("action", action)
    form = page.shown_form()
    assert form is not None
    qtbot.keyClicks(form._fields["description"], "Typed as the session ended. ")
    assert lock_path(riverside_file).exists()
    ended: list[int] = []
    handlers: list[str] = []
    monkeypatch.setattr(quitting.os, "_exit", ended.append)
    monkeypatch.setattr(quitting.atexit, "_run_exitfuncs", lambda: handlers.append("ran"))

    quitting.end_process(3)

    assert ended == [3] and handlers == ["ran"]
    assert window.context is None and db.closed
    assert not lock_path(riverside_file).exists()  # no "open elsewhere" at the next start
    assert not Path(f"{riverside_file}-wal").exists()  # the log is in the file itself
    reopened = open_plan(riverside_file)
    try:
        description = editing.get_values(reopened, "action", action)["description"]
    finally:
        reopened.close()
    assert str(description).startswith("Typed as the session ended. ")
    assert errors == []
