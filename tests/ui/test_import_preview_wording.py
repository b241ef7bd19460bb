"""The assistant's preview says what the import creates in plain words, each count in
its own plural form, and names the partners that become new organisations."""

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

PARAGRAPH = (
    "Hold a job fair for newcomers every spring. The YMCA books the hall, the City invites "
    "employers and the library runs résumé clinics in the weeks before it."
)


def _plan(path: Path, leads: list[str], first_title: str = "Job fair") -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Plan"
    sheet.append(["Priority", "Action", "Lead", "Status"])
    titles = [first_title, "Mentoring circles", "Welcome week"]
    for title, lead in zip(titles, leads, strict=False):
        sheet.append(["Employment", title, lead, "Not started"])
    book.save(path)
    return path


def _preview_text(qtbot: QtBot, path: Path, lang: str) -> str:
    assistant = ImportAssistant(read_grid(path), lang=lang)
    qtbot.addWidget(assistant)
    assistant.show()
    for _page in range(3):
        qtbot.mouseClick(
            assistant.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton
        )
    assert assistant.currentPage() is assistant.preview_page
    return assistant.preview_page.summary.text()


def test_three_new_partners_are_counted_and_named(qtbot: QtBot, tmp_path: Path, lang: str) -> None:
    text = _preview_text(
        qtbot, _plan(tmp_path / "plan.xlsx", ["YMCA", "City of Lakeside", "Library"]), lang
    )
    if lang == "fr":
        assert text.splitlines() == [
            "1 priorité, 1 objectif et 3 actions, avec 3 partenaires et 0 groupe de travail.",
            "3 partenaires seront ajoutés comme nouveaux organismes : "
            "YMCA, City of Lakeside, Library.",
        ]
    else:
        assert text.splitlines() == [
            "1 priority, 1 objective and 3 actions, with 3 partners and 0 working groups.",
            "3 partners will be added as new organisations: YMCA, City of Lakeside, Library.",
        ]


def test_one_new_partner_is_said_in_the_singular_and_a_shortened_title_is_counted(
    qtbot: QtBot, tmp_path: Path, lang: str
) -> None:
    path = _plan(tmp_path / "plan.xlsx", ["YMCA"], first_title=PARAGRAPH)
    text = _preview_text(qtbot, path, lang)
    if lang == "fr":
        assert text.splitlines() == [
            "1 priorité, 1 objectif et 1 action, avec 1 partenaire et 0 groupe de travail.",
            "1 partenaire sera ajouté comme nouvel organisme : YMCA.",
            "1 titre d’action trop long a été abrégé; son texte complet devient la "
            "description de l’action.",
        ]
    else:
        assert text.splitlines() == [
            "1 priority, 1 objective and 1 action, with 1 partner and 0 working groups.",
            "1 partner will be added as a new organisation: YMCA.",
            "1 long action title shortened; the whole text is kept as the action's description.",
        ]
