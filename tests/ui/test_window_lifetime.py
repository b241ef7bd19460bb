"""Rebuilding the window for a language switch deletes every view of the old one; the plan
context outlives them, so none of its signals may still reach a deleted view."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from pytestqt.qtbot import QtBot

from lipplanner.ui.i18n_actions import apply_language
from lipplanner.ui.main_window import MainWindow
from lipplanner.ui.window.navigation import as_page

pytestmark = pytest.mark.usefixtures("english_afterwards")


def _delete_later_now() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def test_five_language_switches_with_every_view_visited_raise_no_error(
    qtbot: QtBot, riverside_file: Path, errors: list[str]
) -> None:
    # Not handed to qtbot: each switch deletes the window it replaces.
    window = MainWindow()
    window.show()
    assert window.open_plan(str(riverside_file))
    context = window.context
    assert context is not None
    keys = [entry.key for entry in window._entries]
    assert len(keys) >= 10

    for lang in ("fr", "en", "fr", "en", "fr"):
        for key in keys:
            window.show_view(key)
            qtbot.wait(1)
        window = apply_language(window, lang)
        _delete_later_now()
        # The old window's pages are gone: a change now reaches only the new ones.
        context.reload()
        context.set_period(context.period.previous())
        context.set_period(context.period.next())
        _delete_later_now()
        assert window.context is context and context.lang == lang

    for key in keys:
        window.show_view(key)
        qtbot.wait(1)
    assert errors == []
    assert window.current_view_key() == keys[-1]
    qtbot.addWidget(window)  # the last one is closed and deleted like any test's window


def test_a_language_switch_keeps_the_selected_item_and_the_window_where_it_was(
    qtbot: QtBot, riverside_file: Path, errors: list[str]
) -> None:
    window = MainWindow()
    window.show()
    assert window.open_plan(str(riverside_file))
    assert window.context is not None
    window.setGeometry(120, 90, 1280, 800)
    qtbot.wait(10)
    place = window.geometry()
    action = sorted(window.context.view().actions)[3]  # not the first: that one is the default
    window.show_view("actions")
    assert as_page(window.current_view("actions")).select_item("action", action)

    for lang in ("fr", "en"):
        window = apply_language(window, lang)
        _delete_later_now()
        qtbot.wait(10)
        page = as_page(window.current_view("actions"))
        assert window.current_view_key() == "actions"
        assert page.current_item() == ("action", action), lang
        assert page.detail_is_open()
        assert window.geometry() == place, lang
    assert errors == []
    qtbot.addWidget(window)
