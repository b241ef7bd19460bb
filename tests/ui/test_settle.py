"""A plan file copied by hand while the app is open (e-mailed, synced, put on a USB key)
holds what was saved a moment before, not only what SQLite's log had copied back."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from lipplanner.ui.context import SETTLE_MS
from lipplanner.ui.main_window import MainWindow
from tests.ui.test_editing import action_id, select


def _status_in_a_copy(plan: Path, copy: Path, item: int) -> int:
    copy.write_bytes(plan.read_bytes())  # the .lip alone, as a file manager copies it
    connection = sqlite3.connect(f"{copy.as_uri()}?immutable=1", uri=True)
    try:
        return int(
            connection.execute("SELECT status_id FROM action WHERE id = ?", (item,)).fetchone()[0]
        )
    finally:
        connection.close()


def test_a_copy_made_a_moment_after_a_change_holds_it(
    window: MainWindow, qtbot: QtBot, riverside_file: Path, tmp_path: Path
) -> None:
    a11 = action_id(window, "A1.1")
    page = select(window, "plan", "action", a11)
    form = page.forms["action"]
    serious = window.context.view().status_by_key("serious_concerns")  # type: ignore[union-attr]
    assert serious is not None
    form.status.setFocus()
    form.status.setCurrentIndex(form.status.findData(serious.id))
    form.status.activated.emit(form.status.currentIndex())
    qtbot.keyClick(form.status, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    copy = tmp_path / "e-mailed.lip"
    qtbot.waitUntil(
        lambda: _status_in_a_copy(riverside_file, copy, a11) == serious.id, timeout=SETTLE_MS * 4
    )
    # Undone, the copy follows too.
    window.undo_action.trigger()
    qtbot.waitUntil(
        lambda: _status_in_a_copy(riverside_file, copy, a11) != serious.id, timeout=SETTLE_MS * 4
    )
