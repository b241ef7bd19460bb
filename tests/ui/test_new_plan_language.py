"""File → New plan proposes names in the interface's language: the example's name
("PLI de Riverside" in French, not "Riverside LIP") and the file name the save dialog
offers (the French name, when one was typed, in the French interface)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from lipplanner.ui.dialogs import new_plan
from lipplanner.ui.dialogs.new_plan import NewPlanWizard
from lipplanner.ui.main_window import MainWindow


def test_the_example_is_proposed_under_its_name_in_the_interface_language(
    qtbot: QtBot, lang: str
) -> None:
    wizard = NewPlanWizard()
    qtbot.addWidget(wizard)
    wizard.names.example.click()
    assert wizard.names.lip.text() == ("PLI de Riverside" if lang == "fr" else "Riverside LIP")
    assert wizard.result_value().lip_name == wizard.names.lip.text()


def test_the_new_plan_file_is_named_as_the_interface_names_the_partnership(
    lang: str,
    make_window: Callable[[], MainWindow],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window()

    def ask(cls: type[NewPlanWizard], parent: Any) -> new_plan.NewPlan:
        wizard = cls(parent)
        qtbot.addWidget(wizard)
        qtbot.keyClicks(wizard.names.lip, "Lakeside LIP")
        qtbot.keyClicks(wizard.names.lip_fr, "PLI de Lakeside")
        qtbot.keyClicks(wizard.plan.plan_title, "Settlement Strategy")
        return wizard.result_value()

    offered: list[str] = []

    def save_as(_parent: Any, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        offered.append(Path(suggested).name)
        return "", ""  # cancelled

    monkeypatch.setattr(NewPlanWizard, "ask", classmethod(ask))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    window.new_plan()
    assert offered == ["PLI de Lakeside.lip" if lang == "fr" else "Lakeside LIP.lip"]
