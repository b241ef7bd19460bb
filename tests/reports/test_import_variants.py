"""Layouts of the known families written differently from the samples and from
test_import_families.py (other wordings and column orders, notes rows above the heading,
blank columns, totals rows, legends elsewhere): what broke, now pinned."""

from __future__ import annotations

import shutil
import subprocess
import uuid
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from lipplanner.core.reports.plan_import import read_plan_workbook
from tests.reports.test_import_families import _book, _fill, _read, _titles


def test_filled_direction_rows_numbered_with_a_hash_over_reordered_columns(
    tmp_path: Path,
) -> None:
    # Notes above the heading, the lead first, a blank column, a totals row at the end,
    # and section rows shown by their fill only, numbered "#1 –".
    path, book = _book(
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
    path, book = _book(
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
    path, book = _book(
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
    path, book = _book(
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
    path, book = _book(
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
    path, book = _book(
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


# --- the same family in every file kind ------------------------------------------------

_MERGED_ROWS: list[list[Any]] = [
    ["Cambridge LIP Strategy 2023-2026"],
    ["Draft for the Council, not yet approved"],
    ["Pillar", "Outcome", "Tactic", None, "Lead Organization", "Timeframe", "Status"],
    ["Economic Integration", "Newcomers find work in their field",
     "Host a credential recognition fair", None, "Conestoga College", "2023-24", "On track"],
    [None, None, "Offer bridging courses", None, "Conestoga College", "2024-25", "Not started"],
    [None, "Employers hire newcomers", "Publish an employer toolkit", None,
     "Chamber of Commerce", "2023-24", "Complete"],
    ["Social Inclusion", "Résidents accueillis", "Run a welcome campaign", None,
     "City of Cambridge", "Ongoing", "On track"],
    [None, None, "Hold a newcomer day", None, "City of Cambridge", "Summer 2023", "Complete"],
    ["Total", None, "5 tactics", None, None, None, None],
]  # fmt: skip


@pytest.fixture(scope="module")
def merged_family(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Pillar and Outcome merged down, a blank column, notes above and a totals row:
    as .xlsx, as .xls and .ods saved by LibreOffice, and as a ";" CSV in Windows'
    encoding (the merges left blank, as Excel exports them)."""
    folder = tmp_path_factory.mktemp("family")
    path, book = _book(folder / "plan.xlsx", {"Strategy": _MERGED_ROWS})
    sheet = book["Strategy"]
    for cells in ("A4:A6", "B4:B5", "A7:A8", "B7:B8"):
        sheet.merge_cells(cells)
    book.save(path)
    lines = [";".join("" if v is None else str(v) for v in row) for row in _MERGED_ROWS]
    (folder / "plan.csv").write_bytes("\r\n".join(lines).encode("cp1252"))
    files = {"xlsx": path, "csv": folder / "plan.csv"}
    if shutil.which("soffice"):
        profile = Path("/tmp") / f"lipplanner-lo-{uuid.uuid4().hex}"
        try:
            for kind in ("xls", "ods"):
                subprocess.run(
                    ["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless",
                     "--norestore", "--convert-to", kind, str(path), "--outdir", str(folder)],
                    check=True, capture_output=True, timeout=180,
                )  # fmt: skip
                files[kind] = folder / f"plan.{kind}"
        finally:
            shutil.rmtree(profile, ignore_errors=True)
    return files


@pytest.mark.parametrize("kind", ["xlsx", "csv", "xls", "ods"])
def test_the_merged_down_family_reads_alike_in_every_file_kind(
    merged_family: dict[str, Path], kind: str
) -> None:
    if kind not in merged_family:
        pytest.skip("LibreOffice (soffice) is missing: it makes the .xls and .ods files")
    preview = read_plan_workbook(merged_family[kind])
    assert not preview.errors, [str(p) for p in preview.errors]
    assert _titles(preview.priorities) == ["Economic Integration", "Social Inclusion"]
    # The CSV's Windows encoding is found: the accent survives.
    assert _titles(preview.objectives)[2] == "Résidents accueillis"
    assert [(a.title_en, a.lead, a.status) for a in preview.actions.values()] == [
        ("Host a credential recognition fair", "conestoga college", "on_track"),
        ("Offer bridging courses", "conestoga college", "not_started"),
        ("Publish an employer toolkit", "chamber of commerce", "completed"),
        ("Run a welcome campaign", "city of cambridge", "on_track"),
        ("Hold a newcomer day", "city of cambridge", "completed"),
    ]
    assert preview.actions["A2.2"].start == date(2023, 7, 1)  # "Summer 2023"


def test_a_word_strategic_plan_with_goal_strategy_action_columns(tmp_path: Path) -> None:
    # One table under the document's title and narrative paragraphs, Goal and Strategy
    # merged down and numbered, relative years counted from the title's 2022.
    import docx

    document = docx.Document()
    document.add_heading("Thunder Bay LIP Strategic Plan 2022-2025", level=0)
    document.add_paragraph("This plan sets out what the partnership will do in three years.")
    document.add_heading("Our goals and actions", level=1)
    document.add_paragraph("The table lists every action, its lead and its timeline.")
    rows = [
        ["Goal", "Strategy", "Action", "Lead", "Timeline"],
        ["1. Newcomers find work", "1.1 Engage employers", "Host employer breakfasts",
         "Chamber of Commerce", "Year 1"],
        ["", "", "Publish a hiring toolkit", "Chamber of Commerce", "Year 2"],
        ["", "1.2 Recognise credentials", "Map credential services", "Confederation College",
         "2023-24"],
        ["2. Welcoming communities", "2.1 Fight racism", "Run an anti-racism campaign",
         "City of Thunder Bay", "Ongoing"],
        ["", "", "Train front-line staff", "City of Thunder Bay; Lakehead University",
         "Years 2-3"],
    ]  # fmt: skip
    table = document.add_table(rows=len(rows), cols=5)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    for top, bottom, column in ((1, 3, 0), (4, 5, 0), (1, 2, 1), (4, 5, 1)):
        text = table.cell(top, column).text
        table.cell(top, column).merge(table.cell(bottom, column)).text = text
    document.add_paragraph("We will report on progress every year.")
    path = tmp_path / "strategic plan.docx"
    document.save(str(path))

    preview = read_plan_workbook(path)

    assert not preview.errors, [str(p) for p in preview.errors]
    assert _titles(preview.priorities) == ["Newcomers find work", "Welcoming communities"]
    assert [o.code for o in preview.objectives.values()] == ["O1.1", "O1.2", "O2.1"]
    assert [a.objective_code for a in preview.actions.values()] == [
        "O1.1", "O1.1", "O1.2", "O2.1", "O2.1",
    ]  # fmt: skip
    first = preview.actions["A1.1"]
    assert (first.start, first.end) == (date(2022, 4, 1), date(2023, 3, 31))  # "Year 1"
    assert preview.actions["A2.2"].supporting == ["lakehead university"]
    assert preview.suggested_title == "Thunder Bay LIP Strategic Plan 2022-2025"
