"""A plan kept on several sheets with the same headings: the role the coordinator
chooses for one sheet's column is taken by the column headed the same way on every
other sheet read, unless chosen there by hand."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from lipplanner.core.reports.readers import read_grid
from lipplanner.ui.dialogs.import_assistant import ImportAssistant

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SHEETS = {  # a sheet per working group; the last one heads its people otherwise
    "Employment": ["Action", "Org.", "Status"],
    "Housing": ["Action", "Org.", "Status"],
    "Health": ["Action", "org", "Status"],
    "Belonging": ["Action", "Contact", "Status"],
}


def _workbook(path: Path) -> Path:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for number, (name, heading) in enumerate(SHEETS.items()):
        sheet = book.create_sheet(name)
        sheet.append(heading)
        sheet.append([f"{name} action", f"Partner {number + 1}", "On track"])
    book.save(path)
    return path


def _choose(assistant: ImportAssistant, sheet: str, column: int, role: str) -> None:
    page = assistant.layout_page
    page.sheet_choice.setCurrentIndex(page.sheet_choice.findText(sheet))
    combo = page.roles.combos[column]
    combo.setCurrentIndex(combo.findData(role))


def test_a_role_chosen_once_applies_to_each_sheets_column_of_that_heading(
    qtbot: QtBot, tmp_path: Path
) -> None:
    assistant = ImportAssistant(read_grid(_workbook(tmp_path / "groups.xlsx")))
    qtbot.addWidget(assistant)
    assistant.show()
    next_button = assistant.button(QWizard.WizardButton.NextButton)
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    page = assistant.layout_page
    assert assistant.currentPage() is page
    mapping = assistant.mapping
    assert all(mapping.sheet(name).columns[1] == "ignore" for name in SHEETS)  # type: ignore[union-attr]

    _choose(assistant, "Health", 1, "partners")  # chosen by hand on Health first
    _choose(assistant, "Employment", 1, "lead")  # then "Org." on the first sheet

    roles = {name: mapping.sheet(name).columns[1] for name in SHEETS}  # type: ignore[union-attr]
    assert roles == {
        "Employment": "lead",
        "Housing": "lead",  # the same heading follows
        "Health": "partners",  # set by hand: kept
        "Belonging": "ignore",  # another heading
    }
    # The strip shows it on the sheet that followed, and the preview reads it.
    page.sheet_choice.setCurrentIndex(page.sheet_choice.findText("Housing"))
    assert page.roles.combos[1].currentData() == "lead"
    leads = {a.title_en: a.lead for a in assistant.preview().actions.values()}
    assert leads["Housing action"] == "partner 2"
    assert leads["Health action"] is None

    # Now chosen by hand on Housing too: each sheet chosen by hand keeps its own.
    _choose(assistant, "Housing", 1, "working_group")
    _choose(assistant, "Employment", 1, "lead_partners")
    roles = {name: mapping.sheet(name).columns[1] for name in SHEETS}  # type: ignore[union-attr]
    assert roles == {
        "Employment": "lead_partners",
        "Housing": "working_group",
        "Health": "partners",
        "Belonging": "ignore",
    }


def test_a_loaded_mappings_own_choices_stay_when_a_heading_is_chosen_elsewhere(
    qtbot: QtBot, tmp_path: Path
) -> None:
    grid = read_grid(_workbook(tmp_path / "groups.xlsx"))
    saved = ImportAssistant(grid)
    qtbot.addWidget(saved)
    saved.mapping.sheet("Health").columns[1] = "partners"  # type: ignore[union-attr]
    assistant = ImportAssistant(grid)
    qtbot.addWidget(assistant)
    assistant.show()
    assistant.use_mapping(saved.mapping)
    qtbot.mouseClick(assistant.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)

    _choose(assistant, "Employment", 1, "lead")

    mapping = assistant.mapping
    assert mapping.sheet("Housing").columns[1] == "lead"  # type: ignore[union-attr]
    assert mapping.sheet("Health").columns[1] == "partners"  # type: ignore[union-attr]
