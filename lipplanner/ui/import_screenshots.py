"""Screenshots of the plan import assistant for the user guide, on the Riverside demo.

    QT_QPA_PLATFORM=offscreen python -m lipplanner.ui.import_screenshots docs/screenshots
    QT_QPA_PLATFORM=offscreen python -m lipplanner.ui.import_screenshots docs/screenshots/fr fr

Writes import-assistant-sheets.png, import-assistant-layout.png,
import-assistant-match.png and import-assistant-preview.png: a partnership's own
tracker (section rows, a column the importer cannot name, a misspelt partner, a status
word of its own) imported into the open Riverside plan.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QWidget

from lipplanner.core.db import open_plan
from lipplanner.core.demo import create_demo_file
from lipplanner.core.reports.readers import read_grid
from lipplanner.core.services.plan_view import load_plan_view
from lipplanner.ui.dialogs.import_assistant import ImportAssistant, OpenPlan

SIZE = (1100, 680)

_ROWS = {
    "en": [
        ["Riverside LIP — action tracker 2026-27"],
        ["#", "Activity", "Who", "Status", "Timeline", "Comments"],
        ["PRIORITY 1: Newcomers find good work"],
        ["1.1", "Employer breakfast on hiring newcomers", "Riverside Chamber of Commerce",
         "On track", "Q2 2026", "Forty employers registered"],
        ["1.2", "Mentoring circles for internationally trained nurses",
         "Riverside Public Libary", "Stalled", "2026-2027", "Waiting for a room"],
        ["Settlement services"],
        ["2.1", "Welcome week at the library", "Riverside Public Libary", "Completed",
         "Spring 2026", ""],
        ["2.2", "Newcomer orientation guide in five languages", "Maple Valley Employment Hub",
         "Behind", "Dec-26", "Translation under way"],
        ["Legend: Stalled = waiting on a partner"],
    ],
    "fr": [
        ["PLI de Riverside — suivi du plan d’action 2026-2027"],
        ["#", "Activité", "Qui", "État d’avancement", "Échéancier", "Commentaires"],
        ["AXE 1 : Les nouveaux arrivants trouvent un bon emploi"],
        ["1.1", "Déjeuner des employeurs sur l’embauche", "Riverside Chamber of Commerce",
         "En cours", "T2 2026-2027", "Quarante employeurs inscrits"],
        ["1.2", "Cercles de mentorat pour infirmières formées à l’étranger",
         "Riverside Public Libary", "Bloqué", "2026-2027", "En attente d’une salle"],
        ["Services d’établissement"],
        ["2.1", "Semaine d’accueil à la bibliothèque", "Riverside Public Libary", "Terminé",
         "Printemps 2026", ""],
        ["2.2", "Guide d’accueil en cinq langues", "Maple Valley Employment Hub",
         "En retard", "déc-26", "Traduction en cours"],
        ["Légende : Bloqué = en attente d’un partenaire"],
    ],
}  # fmt: skip


def _tracker(path: Path, lang: str) -> Path:
    import openpyxl
    from openpyxl.styles import Font, PatternFill

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Suivi" if lang == "fr" else "Tracker"
    for row in _ROWS[lang]:
        sheet.append(row)
    band = PatternFill("solid", fgColor="DDEBF7")
    for cell in sheet[2]:
        cell.font = Font(bold=True)
    for number in (3, 6):
        sheet.merge_cells(start_row=number, start_column=1, end_row=number, end_column=6)
        sheet.cell(number, 1).font = Font(bold=True)
        sheet.cell(number, 1).fill = band
    # A key kept on its own sheet: the coordinator leaves it unticked.
    key = book.create_sheet("Sigles" if lang == "fr" else "Acronyms")
    key.append(["Sigle", "Organisme"] if lang == "fr" else ["Acronym", "Organisation"])
    key.append(["RPL", "Riverside Public Library"])
    key.append(["MVEH", "Maple Valley Employment Hub"])
    book.save(path)
    return path


def _grab(widget: QWidget, target: Path) -> Path:
    for _ in range(5):
        QApplication.processEvents()
    widget.grab().save(str(target), "PNG")
    return target


def render_import_screenshots(
    out_dir: str | Path, lang: str = "en", size: tuple[int, int] = SIZE
) -> list[Path]:
    """Render the assistant's four pages at `size`; returns the files written."""
    if QApplication.instance() is None:
        raise RuntimeError("render_import_screenshots needs a QApplication")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="lipplanner-import-shots-"))
    written: list[Path] = []
    try:
        db = open_plan(create_demo_file(work / "Riverside.lip"), read_only=True)
        try:
            view = load_plan_view(db)
            plan = OpenPlan(
                view.plan.title_fr if lang == "fr" and view.plan.title_fr else view.plan.title_en,
                tuple(p.name_en for p in view.partners.values()),
                True,
            )
        finally:
            db.close()
        name = "Suivi PLI 2026-2027.xlsx" if lang == "fr" else "LIP tracker 2026-27.xlsx"
        grid = read_grid(_tracker(work / name, lang))
        assistant = ImportAssistant(grid, open_plan=plan, lang=lang)
        assistant.resize(*size)
        assistant.show()
        assistant.sheets_page.into_open.setChecked(True)
        sheets = assistant.sheets_page.sheets
        for row in range(sheets.count()):
            item = sheets.item(row)
            if row > 0 and item.checkState() == Qt.CheckState.Checked:
                item.setCheckState(Qt.CheckState.Unchecked)
        written.append(_grab(assistant, out / "import-assistant-sheets.png"))
        assistant.next()
        layout = assistant.layout_page
        who = layout.roles.combos[2]
        who.setCurrentIndex(who.findData("lead"))
        layout.table.selectRow(5)
        layout.mark_selected("priority")
        layout.table.selectionModel().select(
            layout.model.index(5, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        written.append(_grab(assistant, out / "import-assistant-layout.png"))
        assistant.next()
        match = assistant.match_page
        for combo in match.status_combos.values():
            combo.setCurrentIndex(combo.findData("serious_concerns"))
        written.append(_grab(assistant, out / "import-assistant-match.png"))
        assistant.next()
        written.append(_grab(assistant, out / "import-assistant-preview.png"))
        assistant.close()
        assistant.deleteLater()
        QApplication.processEvents()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return written


if __name__ == "__main__":
    from lipplanner.ui import i18n
    from lipplanner.ui.application import make_application

    application = make_application()
    language = sys.argv[2] if len(sys.argv) > 2 else "en"
    i18n.install_language(application, language)
    for path in render_import_screenshots(sys.argv[1] if len(sys.argv) > 1 else ".", language):
        print(f"wrote {path}")
