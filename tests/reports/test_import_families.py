"""Each family of real plan layouts, built here in openpyxl with words of its own (not
the samples'), imports with no hints as a coordinator would read it."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.styles import Font, PatternFill

from lipplanner.core.reports.plan_import import ImportPreview, read_plan_workbook

BOLD = Font(bold=True)


def _fill(colour: str) -> PatternFill:
    return PatternFill("solid", fgColor=colour)


def _book(path: Path, sheets: dict[str, list[list[Any]]]) -> tuple[Path, openpyxl.Workbook]:
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


def test_section_rows_become_priorities_and_their_narrative_a_description(
    tmp_path: Path,
) -> None:
    path, book = _book(
        tmp_path / "plan.xlsx",
        {
            "Plan": [
                ["Thornbury Newcomer Strategy 2023-2026"],
                [],
                ["Theme", "Initiative", "Owner", "When"],
                ["Theme A: Jobs that use newcomers' skills"],
                ["Employers say they struggle to find and keep staff."],
                ["Employer readiness", "Host a hiring fair", "Chamber of Commerce", "2023"],
                ["Employer readiness", "Publish a hiring toolkit", "Chamber of Commerce", "2024"],
                ["Theme B: Belonging"],
                ["Welcoming streets", "Run a welcome week", "Town of Thornbury", "Annually"],
            ]
        },
    )
    sheet = book["Plan"]
    for row in (4, 8):
        sheet.cell(row, 1).font = BOLD
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=4)

    preview = _read(path, book)

    assert _titles(preview.priorities) == ["Jobs that use newcomers' skills", "Belonging"]
    first = next(iter(preview.priorities.values()))
    assert first.description == "Employers say they struggle to find and keep staff."
    # Under section rows, the "Theme" column holds the next level down.
    assert _titles(preview.objectives) == ["Employer readiness", "Welcoming streets"]
    assert len(preview.actions) == 3
    welcome = next(a for a in preview.actions.values() if a.title_en == "Run a welcome week")
    assert welcome.status == "ongoing"  # "Annually" has no end date: it goes on
    assert preview.fiscal_years()[0] == 2023


def test_levels_merged_down_apply_to_every_row_they_cover(tmp_path: Path) -> None:
    path, book = _book(
        tmp_path / "plan.xlsx",
        {
            "Matrix": [
                ["Pillar", "Goal", "Activity", "Lead agency"],
                ["Health", "Access to family doctors", "Clinic navigator pilot", "Health Team"],
                [None, None, "Doctor-matching list for newcomers", "Health Team"],
                [None, "Mental wellness", "Peer support circles", "Wellness Centre"],
                ["Education", "Adult learning", "Evening English classes", "School Board"],
            ]
        },
    )
    book["Matrix"].merge_cells("A2:A4")
    book["Matrix"].merge_cells("B2:B3")

    preview = _read(path, book)

    assert _titles(preview.priorities) == ["Health", "Education"]
    assert _titles(preview.objectives) == [
        "Access to family doctors",
        "Mental wellness",
        "Adult learning",
    ]
    owners = {a.title_en: preview.objectives[a.objective_code].title_en
              for a in preview.actions.values()}  # fmt: skip
    assert owners["Doctor-matching list for newcomers"] == "Access to family doctors"
    assert owners["Peer support circles"] == "Mental wellness"


def test_a_numbered_outline_gives_levels_and_codes(tmp_path: Path) -> None:
    path, book = _book(
        tmp_path / "plan.xlsx",
        {
            "Work plan": [
                ["Actions", "Lead", "Status"],
                ["1. Employment"],
                ["1.1 Newcomers find work in their field"],
                ["1.1.1 Run a mentoring program", "College", "In progress"],
                ["1.1.2 Hold an employer breakfast", "Chamber", "Done"],
                ["2. Belonging"],
                ["2.1 Residents welcome newcomers"],
                ["2.1.1 Organise a welcome festival", "City", "Planned"],
            ]
        },
    )

    preview = _read(path, book)

    assert list(preview.priorities) == ["P1", "P2"]
    assert _titles(preview.priorities) == ["Employment", "Belonging"]
    assert list(preview.objectives) == ["O1.1", "O2.1"]
    assert list(preview.actions) == ["A1.1.1", "A1.1.2", "A2.1.1"]
    assert preview.actions["A1.1.2"].title_en == "Hold an employer breakfast"
    assert preview.actions["A1.1.2"].status == "completed"


def test_one_sheet_per_working_group_gives_a_priority_each_owned_by_the_group(
    tmp_path: Path,
) -> None:
    header = ["Activity", "Lead", "Status"]
    path, book = _book(
        tmp_path / "groups.xlsx",
        {
            "Employment Table": [header, ["Job fair", "Employment Hub", "On track"]],
            "Health Table": [header, ["Clinic tours", "Health Centre", "Delayed"],
                             ["Wellness fair", "Health Centre", "Not started"]],
        },
    )  # fmt: skip

    preview = _read(path, book)

    assert _titles(preview.priorities) == ["Employment Table", "Health Table"]
    groups = {a.title_en: preview.working_groups[a.working_group or ""]
              for a in preview.actions.values()}  # fmt: skip
    assert groups == {
        "Job fair": "Employment Table",
        "Clinic tours": "Health Table",
        "Wellness fair": "Health Table",
    }


def test_several_activities_in_one_cell_are_one_action_each(tmp_path: Path) -> None:
    path, book = _book(
        tmp_path / "plan.xlsx",
        {
            "Plan": [
                ["Strategic priority", "Actions", "Lead organization", "Timeframe"],
                ["Housing", "• Landlord information nights\n• Tenant rights guide in 5 languages",
                 "Housing Help", "2025-2026"],
                ["Language", "1) Conversation circles\n2) Volunteer tutors", "Library", "2026"],
            ]
        },
    )  # fmt: skip

    preview = _read(path, book)

    assert _titles(preview.actions) == [
        "Landlord information nights",
        "Tenant rights guide in 5 languages",
        "Conversation circles",
        "Volunteer tutors",
    ]
    dates = {(a.start, a.end) for a in list(preview.actions.values())[:2]}
    assert dates == {(date(2025, 4, 1), date(2026, 3, 31))}


def test_quarter_columns_are_actions_dated_in_their_quarter(tmp_path: Path) -> None:
    path, book = _book(
        tmp_path / "plan.xlsx",
        {
            "2024-2025": [
                ["Annual work plan 2024-2025"],
                ["Objective", "Q1 Activities", "Q2 Activities", "Q3 Activities", "Q4 Activities"],
                ["Newcomers know local services", "Update the service map", None,
                 "Service fair", "• Survey partners\n• Report to council"],
            ]
        },
    )  # fmt: skip

    preview = _read(path, book)

    dated = {a.title_en: (a.start, a.end) for a in preview.actions.values()}
    assert dated == {
        "Update the service map": (date(2024, 4, 1), date(2024, 6, 30)),
        "Service fair": (date(2024, 10, 1), date(2024, 12, 31)),
        "Survey partners": (date(2025, 1, 1), date(2025, 3, 31)),
        "Report to council": (date(2025, 1, 1), date(2025, 3, 31)),
    }
    assert _titles(preview.objectives) == ["Newcomers know local services"]


def test_bilingual_headings_and_text_fill_both_languages(tmp_path: Path) -> None:
    path, book = _book(
        tmp_path / "plan.xlsx",
        {
            "Plan": [
                ["Priority / Priorité", "Activity / Activité", "Lead / Responsable",
                 "Status / État"],
                ["Employment / Emploi", "Job fair / Salon de l’emploi", "Employment Hub",
                 "Completed / Terminé"],
                ["Health / Santé", "Clinic tours / Visites des cliniques", "Health Centre",
                 "On track / En bonne voie"],
            ]
        },
    )  # fmt: skip

    preview = _read(path, book)

    fair = next(iter(preview.actions.values()))
    assert (fair.title_en, fair.title_fr, fair.status) == (
        "Job fair",
        "Salon de l’emploi",
        "completed",
    )
    assert [(p.title_en, p.title_fr) for p in preview.priorities.values()] == [
        ("Employment", "Emploi"),
        ("Health", "Santé"),
    ]
    assert preview.partners["employment hub"].name_en == "Employment Hub"


def test_status_shown_only_by_colour_is_read_through_the_sheet_legend(tmp_path: Path) -> None:
    path, book = _book(
        tmp_path / "plan.xlsx",
        {
            "Tracker": [
                ["Priority", "Action", "Status"],
                ["Jobs", "Mentoring", None],
                ["Jobs", "Job fair", None],
                ["Jobs", "Credential workshop", None],
                [],
                ["Legend", "Achieved", "Progressing", "Stalled"],
            ]
        },
    )
    sheet = book["Tracker"]
    colours = {"Achieved": "4472C4", "Progressing": "70AD47", "Stalled": "C00000"}
    for column, word in enumerate(colours, start=2):
        sheet.cell(6, column).fill = _fill(colours[word])
    sheet["C2"].fill = _fill("4472C4")
    sheet["C3"].fill = _fill("70AD47")
    sheet["C4"].fill = _fill("C00000")

    preview = _read(path, book)

    statuses = {a.title_en: a.status for a in preview.actions.values()}
    assert statuses == {
        "Mentoring": "completed",
        "Job fair": "on_track",
        "Credential workshop": "serious_concerns",
    }
    assert len(preview.actions) == 3  # the legend row is not an action


def test_acronyms_are_written_out_from_the_sheet_key(tmp_path: Path) -> None:
    path, book = _book(
        tmp_path / "plan.xlsx",
        {
            "Plan": [
                ["Goal", "Action", "Lead", "Partners"],
                ["Jobs", "Bridging program", "NEC", "GTC, City of Thornbury"],
                ["Jobs", "Employer panel", "GTC", "NEC"],
                [],
                ["Acronyms"],
                ["NEC", "Newcomer Employment Centre"],
                ["GTC = Georgian Technical College"],
            ]
        },
    )

    preview = _read(path, book)

    assert len(preview.actions) == 2
    names = {p.name_en: p.acronym for p in preview.partners.values()}
    assert names == {
        "Newcomer Employment Centre": "NEC",
        "Georgian Technical College": "GTC",
        "City of Thornbury": "",
    }
    panel = list(preview.actions.values())[1]
    assert preview.partners[panel.lead or ""].name_en == "Georgian Technical College"
