"""Plans the GUI creates (File → New plan, File → Import a plan… into a new file, File →
Save a copy) appear at their name whole or not at all: a disk that fills up midway
leaves no half-made plan there (and a plan being replaced as it was), one sentence,
and no temporary file behind."""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from lipplanner.core import files
from lipplanner.core.db.schema import read_only_uri
from lipplanner.core.reports.plan_import import build_preview, detect
from lipplanner.core.reports.plan_import import writing as plan_writing
from lipplanner.core.reports.plan_import.writing import PlanIdentity
from lipplanner.core.reports.readers import read_grid
from lipplanner.core.services import setup
from lipplanner.ui import import_actions
from lipplanner.ui.dialogs import new_plan as new_plan_dialog
from lipplanner.ui.dialogs.import_assistant import ImportAssistant, ImportChoice
from lipplanner.ui.dialogs.new_plan import NewPlan
from lipplanner.ui.main_window import MainWindow
from lipplanner.ui.window import plan_files
from tests.ui.test_import_assistant import tracker

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

FULL = "The disk is full: “{name}” could not be written; free some space and try again."


def _disk_fills_after(original: Callable[..., Any]) -> Callable[..., Any]:
    """`original`, which then fails as a full disk does: its rows are written, the
    plan is not yet complete."""

    def failing(*args: Any, **kwargs: Any) -> Any:
        original(*args, **kwargs)
        raise OSError(errno.ENOSPC, "No space left on device")

    return failing


def _plan_title(path: Path) -> str:
    connection = sqlite3.connect(read_only_uri(path, leave_no_trace=True), uri=True)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        return str(connection.execute("SELECT title_en FROM plan").fetchone()[0])
    finally:
        connection.close()


def _beside(target: Path) -> list[str]:
    """What the folder holds of `target`: the plan, its side files, temporary files."""
    return sorted(p.name for p in target.parent.iterdir() if target.name in p.name)


def _leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if files.TEMP_SUFFIX in p.name]


@pytest.fixture
def window(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.shown = []  # type: ignore[attr-defined]
    monkeypatch.setattr(window, "show_error", lambda e: window.shown.append(str(e)))  # type: ignore[attr-defined]
    return window


def _new_plan_through_the_menu(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, target: Path, title: str
) -> None:
    answer = NewPlan("Lakeside LIP", "", title, "", 2025, 2028, False)
    monkeypatch.setattr(new_plan_dialog.NewPlanWizard, "ask", classmethod(lambda c, p: answer))
    monkeypatch.setattr(
        plan_files.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "")
    )
    window.new_plan_action.trigger()


def test_a_new_plan_that_fails_midway_leaves_nothing_half_made(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    target = tmp_path / "lakeside.lip"
    with monkeypatch.context() as failing:
        failing.setattr(setup, "start_plan", _disk_fills_after(setup.start_plan))
        _new_plan_through_the_menu(window, failing, target, "Lakeside Strategy")
    assert window.shown == [FULL.format(name="lakeside.lip")]  # type: ignore[attr-defined]
    assert window.context is None
    assert _beside(target) == []  # no plan, no -wal, no temporary file

    _new_plan_through_the_menu(window, monkeypatch, target, "Lakeside Strategy")
    assert window.context is not None and window.context.view().plan.title_en == (
        "Lakeside Strategy"
    )
    window.close_plan()

    # Replacing that plan (the save dialog asked) fails midway: the old plan stays whole.
    window.shown.clear()  # type: ignore[attr-defined]
    with monkeypatch.context() as failing:
        failing.setattr(setup, "start_plan", _disk_fills_after(setup.start_plan))
        _new_plan_through_the_menu(window, failing, target, "Replacement")
    assert window.shown == [FULL.format(name="lakeside.lip")]  # type: ignore[attr-defined]
    assert _plan_title(target) == "Lakeside Strategy"
    assert _leftovers(tmp_path) == []

    _new_plan_through_the_menu(window, monkeypatch, target, "Replacement")
    assert window.context is not None and window.context.view().plan.title_en == "Replacement"
    assert _plan_title(target) == "Replacement"
    assert _leftovers(tmp_path) == []


def test_an_import_into_a_new_file_that_fails_midway_leaves_no_file(
    window: MainWindow, tmp_path: Path, riverside_file: Path, monkeypatch: pytest.MonkeyPatch
):
    sheet = tracker(tmp_path / "Tracker Q1.xlsx", ["On track", "Delayed", "Done"])
    grid = read_grid(sheet)
    mapping = detect(grid)
    target = tmp_path / "new" / "lakeside.lip"
    target.parent.mkdir()
    identity = PlanIdentity("Lakeside LIP", "Lakeside Action Plan", 2025, 2026)
    choice = ImportChoice(build_preview(grid, mapping), mapping, False, identity, target)
    monkeypatch.setattr(import_actions, "choose_open_file", lambda *a: sheet)
    monkeypatch.setattr(ImportAssistant, "ask", classmethod(lambda cls, *a, **k: choice))
    entry = next(a for a in window.menu("file").actions() if a.objectName() == "import_plan")
    assert window.open_plan(str(riverside_file))

    with monkeypatch.context() as failing:
        write = plan_writing._Writer.write
        failing.setattr(plan_writing._Writer, "write", _disk_fills_after(write))
        entry.trigger()
    assert window.shown == [FULL.format(name="lakeside.lip")]  # type: ignore[attr-defined]
    assert list(target.parent.iterdir()) == []  # no plan, no -wal, no temporary file
    # The plan that was open stays open, untouched.
    assert window.context is not None and window.context.db.path == riverside_file

    entry.trigger()
    assert window.shown == [FULL.format(name="lakeside.lip")]  # type: ignore[attr-defined]
    assert window.context is not None and window.context.db.path == target
    view = window.context.view()
    assert view.plan.title_en == "Lakeside Action Plan"
    assert len(view.actions) == len(choice.preview.actions) > 0
    assert window.context.undo_stack.count() == 0  # a new file: nothing to undo
    assert _leftovers(target.parent) == []


def test_a_copy_that_fails_midway_leaves_the_file_it_was_to_replace(
    window: MainWindow, tmp_path: Path, riverside_file: Path, monkeypatch: pytest.MonkeyPatch
):
    from lipplanner.core import db as core_db

    target = tmp_path / "copies" / "riverside copy.lip"
    target.parent.mkdir()
    target.write_bytes(b"an older copy")
    assert window.open_plan(str(riverside_file))
    with monkeypatch.context() as failing:
        failing.setattr(core_db, "backup_sqlite", _disk_fills_after(core_db.backup_sqlite))
        assert not window.save_copy_to(target)
    assert window.shown == [FULL.format(name="riverside copy.lip")]  # type: ignore[attr-defined]
    assert target.read_bytes() == b"an older copy"
    assert sorted(p.name for p in target.parent.iterdir()) == ["riverside copy.lip"]

    assert window.save_copy_to(target)
    assert _plan_title(target) == _plan_title(riverside_file)
    assert sorted(p.name for p in target.parent.iterdir()) == ["riverside copy.lip"]
