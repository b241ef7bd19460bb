"""What start-up leaves for later still works on first use, driven from the real window:
the detail forms on the first selection, File → Export progress report…, Edit →
Preferences…, and the question asked about a plan open on another computer.
(tests/ui/test_startup.py checks, in a fresh interpreter, that none of them is loaded
before.)"""

from __future__ import annotations

import gc
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from lipplanner.core.db.locks import lock_path
from lipplanner.ui import collection
from lipplanner.ui.dialogs.export_report import ExportReportDialog
from lipplanner.ui.dialogs.open_elsewhere import OpenElsewhereDialog
from lipplanner.ui.dialogs.preferences import PreferencesDialog
from lipplanner.ui.main_window import MainWindow
from lipplanner.ui.views.forms import ActionForm


def _menu_action(window: MainWindow, menu: str, name: str) -> QAction:
    (action,) = [a for a in window.menu(menu).actions() if a.objectName() == name]
    return action


def test_the_plan_view_builds_a_form_on_the_first_selection(window: MainWindow) -> None:
    assert window.context is not None
    page = window.current_view("plan")
    assert page.forms.built() == []  # shown, nothing selected: no form yet
    action_id = next(iter(window.context.view().actions))
    assert page.select_item("action", action_id)
    form = page.forms["action"]
    assert isinstance(form, ActionForm) and form.item_id == action_id
    assert page.detail.currentWidget() is form and page.detail_is_open()


def test_export_opens_its_dialog_on_first_use(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[Any] = []
    monkeypatch.setattr(
        ExportReportDialog, "ask", classmethod(lambda cls, *args: asked.append(args))
    )
    _menu_action(window, "file", "export_progress_report").trigger()
    assert asked == [(window, window.context)]


def test_preferences_open_their_dialog_on_first_use(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[Any] = []
    monkeypatch.setattr(PreferencesDialog, "ask", staticmethod(lambda p=None: asked.append(p)))
    _menu_action(window, "edit", "preferences-action").trigger()
    assert asked == [window]


def test_a_plan_open_elsewhere_asks_before_opening(
    make_window: Callable[[], MainWindow],
    riverside_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    lock_path(riverside_file).write_text(
        json.dumps(
            {"pid": 4242, "host": "office-pc-2", "user": "Ada", "since": "2026-11-30T09:00:00"}
        )
    )
    asked: list[str] = []

    def ask(cls: type, parent: object, lock: Any) -> str:
        asked.append(lock.user)
        return "read_only"

    monkeypatch.setattr(OpenElsewhereDialog, "ask", classmethod(ask))
    window = make_window()
    assert window.open_plan(str(riverside_file))
    assert asked == ["Ada"]
    assert window.context is not None and window.context.read_only


def test_collection_held_at_start_up_resumes_by_itself(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With no plan opened, the collector still comes back after the longest hold."""
    monkeypatch.setattr(collection, "LONGEST_HOLD_MS", 10)
    assert gc.isenabled()
    try:
        collection.hold()
        assert not gc.isenabled() and collection.holding()
        qtbot.waitUntil(gc.isenabled, timeout=2000)
        assert not collection.holding()
    finally:
        collection.resume()
        gc.unfreeze()
        gc.enable()


def test_start_ups_objects_are_frozen_for_the_first_collections_then_collected_again(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first collection after start-up does not walk all of start-up's objects (it
    cost 31-66 ms before the plan was painted), and none of them is left uncollectable."""
    monkeypatch.setattr(collection, "UNFREEZE_MS", 10)
    gc.unfreeze()  # what an earlier test may have left frozen
    assert gc.isenabled()
    try:
        collection.hold()
        survivor = [[n] for n in range(1000)]  # made while start-up holds collection off
        collection.resume()
        assert gc.isenabled() and gc.get_freeze_count() >= len(survivor)
        qtbot.waitUntil(lambda: gc.get_freeze_count() == 0, timeout=2000)
    finally:
        collection.resume()
        gc.unfreeze()
        gc.enable()
