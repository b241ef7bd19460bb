"""A new, empty plan opens on a short guide instead of an empty tree: add a first
priority (its button, Insert) or import a plan; it goes with the first priority and
comes back when that is undone."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from lipplanner.core.db import open_plan
from lipplanner.core.services.plan_view import load_plan_view
from lipplanner.ui import import_actions, operations
from lipplanner.ui.dialogs import editing as dialogs
from lipplanner.ui.main_window import MainWindow


@pytest.fixture
def new_priorities(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The New priority dialog, answered with the suggested code and a title."""
    asked: list[str] = []

    def ask(_cls: Any, _parent: Any, title: str, *, code: str | None, **_: Any) -> Any:
        asked.append(title)
        return dialogs.NewItem(code or "", "Employment")

    monkeypatch.setattr(operations.NewItemDialog, "ask", classmethod(ask))
    return asked


def _empty_window(make_window: Callable[[], MainWindow], plan: Path) -> MainWindow:
    window = make_window()
    window.resize(1280, 800)
    assert window.open_plan(str(plan))
    window.show_view("plan")
    QApplication.processEvents()
    return window


def _priorities_in_file(plan: Path) -> list[str]:
    db = open_plan(plan, read_only=True)
    try:
        return [p.code for p in load_plan_view(db).ordered_priorities]
    finally:
        db.close()


def test_the_guide_adds_a_first_priority_and_comes_back_on_undo(
    lang: str,
    make_window: Callable[[], MainWindow],
    blank_file: Path,
    qtbot: QtBot,
    new_priorities: list[str],
) -> None:
    window = _empty_window(make_window, blank_file)
    page = window.current_view("plan")
    guide = page.guide
    assert guide.isVisible() and not page.tree.isVisible()
    # It names the toolbar button and the menu entries as the window shows them.
    text = guide.text.text()
    assert window.new_here_action.iconText() in text
    assert window.new_priority_action.text().replace("&", "") in text
    assert ("Importer un plan…" if lang == "fr" else "Import a plan…") in text

    qtbot.mouseClick(guide.add_button, Qt.MouseButton.LeftButton)
    assert len(new_priorities) == 1
    assert _priorities_in_file(blank_file) == ["P1"]
    assert not guide.isVisible() and page.tree.isVisible()
    assert page.current_item() is not None and page.current_item()[0] == "priority"

    window.undo_action.trigger()
    QApplication.processEvents()
    assert _priorities_in_file(blank_file) == []
    assert guide.isVisible() and not page.tree.isVisible()

    # Insert adds one too, as it does in the tree.
    guide.add_button.setFocus()
    qtbot.keyClick(guide.add_button, Qt.Key.Key_Insert)
    assert _priorities_in_file(blank_file) == ["P1"] and not guide.isVisible()


def test_the_guide_opens_the_plan_import(
    make_window: Callable[[], MainWindow],
    blank_file: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []

    def choose(_parent: Any, title: str, _filter: str) -> None:
        asked.append(title)
        return None  # cancelled

    monkeypatch.setattr(import_actions, "choose_open_file", choose)
    window = _empty_window(make_window, blank_file)
    qtbot.mouseClick(window.current_view("plan").guide.import_button, Qt.MouseButton.LeftButton)
    assert asked == ["Import a plan"]


def test_a_plan_with_priorities_shows_no_guide(window: MainWindow) -> None:
    window.show_view("plan")
    page = window.current_view("plan")
    assert not page.guide.isVisible() and page.tree.isVisible()
