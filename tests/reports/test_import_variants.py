"""Layouts of the known families written differently from the samples and from
test_import_families.py (other wordings and column orders, notes rows above the heading,
blank columns, totals rows, legends elsewhere): what broke, now pinned."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.styles import PatternFill

from lipplanner.core.reports.plan_import import ImportPreview, read_plan_workbook


def _fill(colour: str) -> PatternFill:
    return PatternFill("solid", fgColor=colour)


def _save(path: Path, sheets: dict[str, list[list[Any]]]) -> tuple[Path, openpyxl.Workbook]:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    return path, book


def _read(path: Path, book: openpyxl.Workbook) -> ImportPreview:
    book.save(path)
    preview = read_plan_workbook(path)
    assert not preview.errors, [str(p) for p in preview.errors]
    return preview


def _titles(items: dict[str, Any]) -> list[str]:
    return [item.title_en for item in items.values()]


def test_filled_direction_rows_numbered_with_a_hash_over_reordered_columns(
    tmp_path: Path,
) -> None:
    # Notes above the heading, the lead first, a blank column, a totals row at the end,
    # and section rows shown by their fill only, numbered "#1 –".
    path, book = _save(
        tmp_path / "tracker.xlsx",
        {
            "Action Plan": [
                ["Guelph-Wellington LIP - Action Plan Tracker"],
                ["Note: update the status column before each Council meeting."],
                ["Last updated: March 2023"],
                [],
                ["Responsible Organization(s)", None, "Key Activities", "Progress Status",
                 "By when", "Notes"],
                ["STRATEGIC DIRECTION #1 – Employment and Skills"],
                ["Chamber of Commerce", None, "Run an employer breakfast series", "Complete",
                 "Fall 2022", "Three breakfasts held"],
                ["Employment Ontario; YMCA", None, "Launch a mentoring program", "In progress",
                 "Q1-Q2 2023", None],
                ["STRATEGIC DIRECTION #2 – Health and Wellbeing"],
                ["Public Health", None, "Translate vaccination materials", "Not started", "TBD",
                 None],
                ["Total: 3 activities"],
            ]
        },
    )  # fmt: skip
    sheet = book["Action Plan"]
    for row in (6, 9):
        for column in range(1, 7):
            sheet.cell(row, column).fill = _fill("D9E1F2")

    preview = _read(path, book)

    assert _titles(preview.priorities) == ["Employment and Skills", "Health and Wellbeing"]
    assert [p.code for p in preview.priorities.values()] == ["P1", "P2"]
    actions = list(preview.actions.values())
    assert [a.title_en for a in actions] == [
        "Run an employer breakfast series",
        "Launch a mentoring program",
        "Translate vaccination materials",
    ]
    assert actions[0].lead == "chamber of commerce" and actions[1].supporting == ["ymca"]
    # "By when" is the due date; "Q1-Q2 2023" the first half of 2023.
    assert actions[0].end == date(2022, 12, 31)
    assert actions[1].end == date(2023, 6, 30)


def test_a_work_plan_of_objectives_and_quarter_columns_has_them_as_priorities(
    tmp_path: Path,
) -> None:
    # "Q1 (Apr-Jun)" … headings name the quarters; the one level above the activities
    # is the plan's priorities, not objectives under an "Imported actions" placeholder.
    path, book = _save(
        tmp_path / "workplan.xlsx",
        {
            "Workplan 2023-24": [
                ["Annual Work Plan 2023-2024"],
                ["Objective", "Lead", "Q1 (Apr-Jun)", "Q2 (Jul-Sep)", "Q3 (Oct-Dec)",
                 "Q4 (Jan-Mar)"],
                ["Newcomers know services", "LIP", "Update the service directory",
                 "Launch the directory", None, "Evaluate use"],
                ["Employers engaged", "Chamber", None, "Employer breakfast", "Employer breakfast",
                 None],
            ]
        },
    )  # fmt: skip

    preview = _read(path, book)

    assert _titles(preview.priorities) == ["Newcomers know services", "Employers engaged"]
    assert "Imported actions" not in _titles(preview.priorities)
    spans = [(a.title_en, a.start, a.end) for a in preview.actions.values()]
    assert spans[0] == ("Update the service directory", date(2023, 4, 1), date(2023, 6, 30))
    assert spans[2] == ("Evaluate use", date(2024, 1, 1), date(2024, 3, 31))
    assert len(spans) == 5


def test_an_outline_of_goals_objectives_and_numbered_actions_in_a_strategy_column(
    tmp_path: Path,
) -> None:
    # No bold, no fill: the words and numbers alone say the levels, in one column
    # headed "Strategy" (an objective's word) beside Who / By when / Status.
    path, book = _save(
        tmp_path / "strategy.xlsx",
        {
            "Strategy": [
                ["Sudbury LIP Strategic Plan 2021-2024"],
                [],
                ["Strategy", "Who", "By when", "Status"],
                ["Goal 1: Newcomers find meaningful employment"],
                ["Objective 1.1 - Employers value international experience"],
                ["1.1.1 Deliver employer workshops", "Chamber", "Year 1", "Done"],
                ["1.1.2 Create a hiring incentive guide", "City of Greater Sudbury", "Years 1-2",
                 "In progress"],
                ["Objective 1.2 - Newcomers access bridging programs"],
                ["1.2.1 Map bridging programs", "Collège Boréal", "Year 2", "Not started"],
                ["Goal 2: Welcoming communities"],
                ["Objective 2.1 - Residents understand immigration"],
                ["2.1.1 Run a myth-busting campaign", "LIP", "Year 3", "Not started"],
            ]
        },
    )  # fmt: skip

    preview = _read(path, book)

    assert _titles(preview.priorities) == [
        "Newcomers find meaningful employment",
        "Welcoming communities",
    ]
    assert [o.code for o in preview.objectives.values()] == ["O1.1", "O1.2", "O2.1"]
    assert [a.code for a in preview.actions.values()] == ["A1.1.1", "A1.1.2", "A1.2.1", "A2.1.1"]
    assert preview.actions["A1.1.1"].status == "completed"
    assert preview.fiscal_years()[0] == 2021  # "Year 1" counts from the title's 2021
    assert preview.actions["A2.1.1"].end == date(2024, 3, 31)


def test_a_french_outline_in_a_column_headed_axe_objectif_action(tmp_path: Path) -> None:
    path, book = _save(
        tmp_path / "plan.xlsx",
        {
            "Plan d'action": [
                ["Plan d'action 2022-2025"],
                ["Axe / Objectif / Action", "Porteur", "Échéance", "Statut"],
                ["Axe 1 : Accueil"],
                ["Objectif 1.1 : Offrir un accueil en français"],
                ["1.1.1 Créer une trousse d'accueil", "RIF", "Printemps 2023", "Terminé"],
                ["1.1.2 Former les bénévoles", "ACFO", "2023-2024", "En cours"],
                ["Axe 2 : Emploi"],
                ["Objectif 2.1 : Appuyer l'embauche"],
                ["2.1.1 Tenir une foire d'emploi", "RDÉE", "Automne 2023", "Reporté"],
            ]
        },
    )  # fmt: skip

    preview = _read(path, book)

    assert [p.title_fr for p in preview.priorities.values()] == ["Accueil", "Emploi"]
    assert [o.title_fr for o in preview.objectives.values()] == [
        "Offrir un accueil en français",
        "Appuyer l'embauche",
    ]
    statuses = [a.status for a in preview.actions.values()]
    assert statuses == ["completed", "on_track", "minor_delays"]


def test_a_legend_below_the_table_with_its_swatches_after_the_words(tmp_path: Path) -> None:
    # Blue, green and grey are no traffic light: only the legend says what they mean.
    path, book = _save(
        tmp_path / "tracker.xlsx",
        {
            "Tracker": [
                ["Priority", "Action", "Lead", "Status"],
                ["Employment", "Job fair", "YMCA", None],
                ["Employment", "Mentoring", "Chamber", None],
                ["Health", "Clinic guide", "Public Health", None],
                [],
                [None, None, "Legend", None],
                [None, None, "Achieved", None],
                [None, None, "Progressing", None],
                [None, None, "Not yet started", None],
            ]
        },
    )
    sheet = book["Tracker"]
    for row, colour in ((2, "4472C4"), (3, "70AD47"), (4, "A5A5A5")):
        sheet.cell(row, 4).fill = _fill(colour)
        sheet.cell(row + 5, 4).fill = _fill(colour)

    preview = _read(path, book)

    assert [a.status for a in preview.actions.values()] == [
        "completed",
        "on_track",
        "not_started",
    ]
    assert len(preview.actions) == 3  # the legend's rows are no actions
    assert not any("no legend" in p.message for p in preview.problems)


def test_french_first_bilingual_headings_and_an_activity_on_two_lines(tmp_path: Path) -> None:
    # "Priorité / Priority": the French half comes first, in the headings and the text;
    # one cell says the activity on two lines, French then English (no slash).
    path, book = _save(
        tmp_path / "plan.xlsx",
        {
            "Plan": [
                ["Priorité / Priority", "Mesure / Action", "Responsable / Lead",
                 "Échéancier / Timeline", "État / Status"],
                ["Accueil / Welcome", "Créer un guide d'accueil / Create a welcome guide", "RIF",
                 "2023-2024", "En cours / In progress"],
                ["Emploi / Employment", "Tenir une foire d'emploi\nHold a job fair", "RDÉE",
                 "Automne 2023", "Terminé / Complete"],
            ]
        },
    )  # fmt: skip

    preview = _read(path, book)

    assert [(p.title_en, p.title_fr) for p in preview.priorities.values()] == [
        ("Welcome", "Accueil"),
        ("Employment", "Emploi"),
    ]
    assert [(a.title_en, a.title_fr) for a in preview.actions.values()] == [
        ("Create a welcome guide", "Créer un guide d'accueil"),
        ("Hold a job fair", "Tenir une foire d'emploi"),
    ]
    assert [a.status for a in preview.actions.values()] == ["on_track", "completed"]
