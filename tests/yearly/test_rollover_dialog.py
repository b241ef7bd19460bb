"""Walk-through: Plan → Start next fiscal year…, preview, start, undo, redo."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QWidget
from pytestqt.qtbot import QtBot

from lipplanner.core.db import PlanDatabase
from lipplanner.core.periods import Period
from lipplanner.ui import yearly_actions
from lipplanner.ui.context import PlanContext
from lipplanner.ui.dialogs import rollover
from lipplanner.ui.dialogs.rollover import RolloverDialog, start_next_year
from lipplanner.ui.views.submissions import SubmissionsView


@pytest.fixture
def context(riverside: PlanDatabase, qtbot: QtBot) -> Iterator[PlanContext]:
    yield PlanContext(riverside, period=Period(2026, 2))


def _plan(path: Path) -> tuple[int, int | None]:
    with sqlite3.connect(path) as connection:
        row = connection.execute("SELECT last_year, current_year FROM plan").fetchone()
    return row[0], row[1]


def _closed(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        return [
            r[0]
            for r in connection.execute(
                "SELECT code FROM action WHERE closed_year IS NOT NULL ORDER BY code"
            )
        ]


def _groups(dialog: RolloverDialog) -> list[str]:
    tree = dialog.items
    return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]


def test_preview_shows_what_is_carried_and_closed(context: PlanContext, qtbot: QtBot) -> None:
    dialog = RolloverDialog(context)
    qtbot.addWidget(dialog)
    # Before any roll-over the year of the reporting period is proposed.
    assert dialog.year.currentText() == "2026-27" and dialog.year.isEnabled()
    assert _groups(dialog) == [
        "Carried over into 2027-28 (17)",
        "Closed: completed or discontinued (6)",
    ]
    assert "17 actions carried over into 2027-28" in dialog.summary.text()
    assert ": 5 completed, 1 discontinued." in dialog.summary.text()
    carried = dialog.items.topLevelItem(0)
    rows = [carried.child(i) for i in range(carried.childCount())]
    a11 = next(row for row in rows if row.text(0).startswith("A1.1 "))
    assert a11.child(0).text(0).startswith("Indicator I2 ")
    assert "baseline 0, target 240" in a11.child(0).text(0)
    assert dialog.start.text() == "&Start 2027-28" and dialog.start.isEnabled()
    assert "A1.1" in dialog.notes.text()  # due to end 2027-03-31, not finished

    # The plan's last year needs the plan extended before it can be started.
    dialog.year.setCurrentIndex(dialog.year.findData(2027))
    assert dialog.extend.isVisibleTo(dialog) and not dialog.start.isEnabled()
    qtbot.mouseClick(dialog.extend, Qt.MouseButton.LeftButton)
    assert dialog.extend.isChecked() and dialog.start.isEnabled()


def test_start_then_undo_and_redo(
    context: PlanContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = context.db.path
    assert path is not None
    shown: list[RolloverDialog] = []

    def press_start(self: RolloverDialog) -> int:
        shown.append(self)
        qtbot.mouseClick(self.start, Qt.MouseButton.LeftButton)
        return self.result()

    monkeypatch.setattr(RolloverDialog, "exec", press_start)
    changes: list[None] = []
    context.changed.connect(lambda: changes.append(None))
    assert start_next_year(None, context)
    assert _plan(path) == (2027, 2027)
    assert _closed(path) == ["A1.3", "A2.2", "A2.4", "A3.3", "A5.1", "A6.3"]
    assert context.view().current_year == 2027 and changes
    assert context.undo_stack.undoText() == "Start fiscal year 2027-28"

    context.undo_stack.undo()
    assert _plan(path) == (2027, None) and _closed(path) == []
    assert context.view().current_year == 2026
    context.undo_stack.redo()
    assert _plan(path) == (2027, 2027) and len(_closed(path)) == 6

    # The next year is the plan's last: cancelling the preview changes nothing.
    monkeypatch.setattr(RolloverDialog, "exec", lambda self: 0)
    assert not start_next_year(None, context)
    assert _plan(path) == (2027, 2027) and context.undo_stack.count() == 1


def test_a_refused_year_is_said_in_the_dialog(context: PlanContext, qtbot: QtBot) -> None:
    dialog = RolloverDialog(context)
    qtbot.addWidget(dialog)
    start = rollover.RolloverCommand(context, dialog.preview, False)  # type: ignore[arg-type]
    context.undo_stack.push(start)
    # The preview made before the roll-over is now stale: the command refuses it.
    again = dialog.command()
    assert again is not None
    context.undo_stack.push(again)
    assert again.error is not None and "changed since the preview" in str(again.error)
    assert context.undo_stack.count() == 1


class FakeWindow(QWidget):
    def __init__(self, context: PlanContext | None) -> None:
        super().__init__()
        self.context = context
        self.menus = {"plan": QMenu(self)}
        self.views: dict[str, tuple[str, object]] = {}

    def menu(self, name: str) -> QMenu:
        return self.menus[name]

    def add_view(self, key: str, title: str, factory: object, icon: object = None) -> None:
        self.views[key] = (title, factory)


def test_the_installer_adds_the_command_and_the_view(
    context: PlanContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = FakeWindow(None)
    qtbot.addWidget(window)
    yearly_actions.install(window)
    action = next(a for a in window.menus["plan"].actions() if not a.isSeparator())
    assert action.text() == "Start next &fiscal year…" and not action.isEnabled()
    calls: list[PlanContext] = []
    monkeypatch.setattr(yearly_actions, "start_next_year", lambda _w, c: calls.append(c))
    window.context = context
    window.menus["plan"].aboutToShow.emit()
    assert action.isEnabled()
    action.trigger()
    assert calls == [context]
    title, factory = window.views["submissions"]
    assert title == "Submitted reports"
    view = factory(context)  # type: ignore[operator]
    qtbot.addWidget(view)
    assert isinstance(view, SubmissionsView)


def test_a_reopened_action_is_shown_apart(context: PlanContext, qtbot: QtBot) -> None:
    from lipplanner.core.services.rollover import apply_rollover, preview_rollover
    from lipplanner.core.services.tracking import record_progress

    db = context.db
    for year in (2025, 2026):
        apply_rollover(db, preview_rollover(db, year))
    view = context.view()
    a13 = next(a for a in view.actions.values() if a.code == "A1.3")
    on_track = view.status_by_key("on_track")
    assert on_track is not None
    record_progress(db, a13.id, Period(2027, 1), {"status_id": on_track.id})
    context.reload()
    dialog = RolloverDialog(context)
    qtbot.addWidget(dialog)
    # After a roll-over only the year in effect can end.
    assert dialog.year.currentText() == "2027-28" and not dialog.year.isEnabled()
    assert "Reopened and carried over into 2028-29 (1)" in _groups(dialog)
    assert "1 closed action reported under way again" in dialog.summary.text()
