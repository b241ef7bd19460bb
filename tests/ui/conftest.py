"""Fixtures for driving the real main window."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from lipplanner.core.db import PlanDatabase, open_plan
from lipplanner.core.periods import Period
from lipplanner.core.services.setup import setup_plan
from lipplanner.ui import i18n
from lipplanner.ui.application import make_application
from lipplanner.ui.context import PlanContext
from lipplanner.ui.main_window import MainWindow


@pytest.fixture
def english_afterwards(qapp: QApplication) -> Iterator[None]:
    """Tests that switch the language leave the app (and its settings) in English."""
    QSettings().remove(i18n.LANGUAGE_KEY)
    yield
    QSettings().remove(i18n.LANGUAGE_KEY)
    i18n.switch_language(qapp, "en")


@pytest.fixture
def make_window(qtbot: QtBot) -> Iterator[Callable[[], MainWindow]]:
    windows: list[MainWindow] = []

    def make() -> MainWindow:
        make_application()
        window = MainWindow()
        # The plan is closed before pytest-qt closes the window: a test may end with
        # text in a form that cannot be saved, and closing would then refuse with a dialog.
        qtbot.addWidget(window, before_close_func=lambda w: w.close_plan())
        window.resize(1400, 900)
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close_plan()


@pytest.fixture
def window(make_window: Callable[[], MainWindow], riverside_file: Path) -> MainWindow:
    """The main window with a fresh copy of the Riverside plan open."""
    win = make_window()
    assert win.open_plan(str(riverside_file))
    return win


@pytest.fixture
def blank_file(tmp_path: Path) -> Path:
    """A new plan file with its partnership and plan, nothing else."""
    path = tmp_path / "lakeside.lip"
    db = open_plan(path, create=True)
    setup_plan(
        db, lip_name="Lakeside LIP", plan_title="Lakeside Strategy", first_year=2025, last_year=2027
    )
    db.close()
    return path


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Messages the error dialogs would have shown (instead of showing them)."""
    from lipplanner.ui import errors as error_module

    shown: list[str] = []

    def ask(cls: Any, parent: Any, title: str, text: str, details: str = "", **_: Any) -> None:
        shown.append(text)

    monkeypatch.setattr(error_module.ErrorDialog, "ask", classmethod(ask))
    return shown


@pytest.fixture(autouse=True)
def no_unexpected_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal dialog nobody answers would hang the run: fail the test instead."""
    from PySide6.QtWidgets import QDialog, QMessageBox

    def refuse(self: Any) -> int:
        text = self.text() if isinstance(self, QMessageBox) else ""
        raise AssertionError(f"Unexpected modal dialog: {self.windowTitle()!r} {text}")

    monkeypatch.setattr(QDialog, "exec", refuse)
    monkeypatch.setattr(QMessageBox, "exec", refuse)


@pytest.fixture(params=["en", "fr"])
def lang(request: pytest.FixtureRequest, qapp: QApplication, english_afterwards: None) -> str:
    """A test run once in each interface language (English restored afterwards)."""
    i18n.switch_language(qapp, request.param)
    return str(request.param)


@pytest.fixture
def context(riverside: PlanDatabase, lang: str) -> Iterator[PlanContext]:
    """The Riverside plan at Q3 2026-27 as the views see it, in `lang`."""
    ctx = PlanContext(riverside, period=Period(2026, 3), lang=lang)
    yield ctx
    ctx.undo_stack.clear()
