"""Fourteen more real plan layouts, built the way LIP and municipal plans are kept, each
with what a coordinator reading it would expect the import to give.

They are families the five shared samples do not show: one sheet per sub-council with
an acronym key sheet, a numbered outline in one column with its colour legend at the
bottom, several activities per cell under "Goal n:" rows, quarter activity columns,
bilingual "Action / Mesure" headings with "EN / FR" text, a dashboard with a summary
block and a totals row, a two-row heading, a cp1252 ";" CSV export with merged cells
left blank, a Word strategic plan with a table per direction, and a template tracker
with a form block, an instructions sheet and a hidden list sheet.

Each function writes one file into `folder` and returns an `Expected`: the counts a
person would give (priorities, objectives, actions) and a few facts they would check.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

BOLD = Font(bold=True)
WHITE_BOLD = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="1F3864")
SECTION_FILL = PatternFill("solid", fgColor="DDEBF7")
WRAP = Alignment(wrap_text=True, vertical="top")
GREEN, AMBER, RED, GREY = "00B050", "FFC000", "FF0000", "BFBFBF"


@dataclass(frozen=True)
class Fact:
    """One thing a person reading the file would check after importing it.

    `kind` says how it is checked (see tests/reports/test_real_layouts.py):
    "leads" (every action has a lead), "first_year", "last_year", "statuses"
    ({status key: count}), "partners" (names that must be partners), "not_partners",
    "titles_absent" (no priority/objective/action so titled), "priority_titles",
    "french" (every action and priority has a French title), "dates"
    ({action title: (start, end) ISO}), "percent" ({action title: n}), "updates"
    (at least n progress updates), "working_groups" ({action title: group name}),
    "leads_named" ({action title: lead partner name})."""

    says: str
    kind: str
    value: Any = None


@dataclass(frozen=True)
class Expected:
    file: Path
    family: str
    priorities: int
    objectives: int | None  # None: the layout has no objective level a person would name
    actions: int
    facts: tuple[Fact, ...] = field(default_factory=tuple)


def _sheet(book: openpyxl.Workbook, title: str) -> Worksheet:
    sheet = book.create_sheet(title)
    return sheet


def _header(sheet: Worksheet, row: int, labels: list[str | None]) -> None:
    for column, label in enumerate(labels, start=1):
        cell = sheet.cell(row, column, label)
        cell.font = WHITE_BOLD
        cell.fill = HEADER_FILL
        cell.alignment = WRAP


def _title(sheet: Worksheet, row: int, text: str, width: int) -> None:
    sheet.cell(row, 1, text).font = Font(bold=True, size=14)
    sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)


def _section(sheet: Worksheet, row: int, text: str, width: int) -> None:
    cell = sheet.cell(row, 1, text)
    cell.font = BOLD
    cell.fill = SECTION_FILL
    sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)


def _rows(sheet: Worksheet, first: int, rows: list[list[Any]]) -> int:
    """Write rows from `first` (1-based); returns the next free row."""
    for offset, values in enumerate(rows):
        for column, value in enumerate(values, start=1):
            if value is not None:
                sheet.cell(first + offset, column, value).alignment = WRAP
    return first + len(rows)


def _merge_down(sheet: Worksheet, column: int, first: int, last: int) -> None:
    if last > first:
        sheet.merge_cells(start_row=first, start_column=column, end_row=last, end_column=column)


def _book() -> openpyxl.Workbook:
    book = openpyxl.Workbook()
    book.remove(book.active)
    return book


# 1. One sheet per sub-council, outcomes merged down, leads as acronyms from a key sheet.
def subcouncil_sheets_with_acronym_key(folder: Path) -> Expected:
    path = folder / "lmlip-subcouncil-workplans-2022-23.xlsx"
    book = _book()
    header = ["Outcome", "Activities", "Lead Organization", "Target Date", "Status", "Notes"]
    councils: dict[str, list[tuple[str, list[list[Any]]]]] = {
        "Employment Sub-Council": [
            (
                "Employers hire newcomers for their skills",
                [
                    [
                        "Host two employer breakfasts on hiring internationally trained workers",
                        "WIL",
                        "Fall 2022",
                        "Complete",
                        "Sept 28 and Nov 16; 74 employers",
                    ],
                    [
                        "Publish an employer toolkit on credential recognition",
                        "WIL",
                        "March 2023",
                        "In progress",
                        "Draft with the designer",
                    ],
                ],
            ),
            (
                "Newcomers get Canadian work experience",
                [
                    [
                        "Expand the paid internship pilot to ten more employers",
                        "LUSO",
                        "Winter 2023",
                        "In progress",
                        None,
                    ],
                    [
                        "Run a mentoring circle for newcomer women in trades",
                        "FC",
                        "Ongoing",
                        "Ongoing",
                        "Meets monthly",
                    ],
                ],
            ),
        ],
        "Health & Wellbeing": [
            (
                "Newcomers find a family doctor",
                [
                    [
                        "Keep the list of physicians accepting newcomer patients current",
                        "MLHU",
                        "Ongoing",
                        "Ongoing",
                        None,
                    ],
                    [
                        "Hold a clinic navigation session at each settlement agency",
                        "CCLC",
                        "Fall 2022",
                        "Complete",
                        "Six sessions",
                    ],
                ],
            ),
            (
                "Services meet newcomers' mental health needs",
                [
                    [
                        "Offer trauma-informed care training to front-line staff",
                        "CMHA TV",
                        "Spring 2023",
                        "Not started",
                        "Waiting for trainer availability",
                    ],
                ],
            ),
        ],
        "Education Sub-Council": [
            (
                "Newcomer students succeed at school",
                [
                    [
                        "Train school settlement workers on the new intake process",
                        "TVDSB",
                        "Fall 2022",
                        "Complete",
                        None,
                    ],
                    [
                        "Start homework clubs at two branch libraries",
                        "LPL",
                        "January 2023",
                        "In progress",
                        "First club opened at Crouch branch",
                    ],
                ],
            ),
            (
                "Adults reach their language goals",
                [
                    [
                        "Promote LINC and ESL classes through community radio",
                        "LMLIP",
                        "Ongoing",
                        "Ongoing",
                        None,
                    ],
                    [
                        "Map waiting lists for LINC across London and Middlesex",
                        "LMLIP",
                        "Summer 2023",
                        "Not started",
                        None,
                    ],
                ],
            ),
        ],
    }
    for council, outcomes in councils.items():
        sheet = _sheet(book, council)
        _title(sheet, 1, f"London & Middlesex LIP – {council} Work Plan 2022-2023", 6)
        sheet.cell(2, 1, "Updated: February 2023")
        _header(sheet, 4, header)
        row = 5
        for outcome, activities in outcomes:
            first = row
            for activity in activities:
                row = _rows(sheet, row, [[outcome if row == first else None, *activity]])
            _merge_down(sheet, 1, first, row - 1)
    key = _sheet(book, "Acronyms")
    _header(key, 1, ["Acronym", "Organization"])
    _rows(key, 2, [
        ["CCLC", "Cross Cultural Learner Centre"],
        ["CMHA TV", "Canadian Mental Health Association Thames Valley"],
        ["FC", "Fanshawe College"],
        ["LMLIP", "London & Middlesex Local Immigration Partnership"],
        ["LPL", "London Public Library"],
        ["LUSO", "LUSO Community Services"],
        ["MLHU", "Middlesex-London Health Unit"],
        ["TVDSB", "Thames Valley District School Board"],
        ["WIL", "WIL Employment Connections"],
    ])  # fmt: skip
    book.save(path)
    return Expected(
        path, "one sheet per sub-council + acronym key sheet", 3, 6, 11, (
            Fact("every action has a lead", "leads"),
            Fact("leads written out from the Acronyms sheet", "leads_named", {
                "Host two employer breakfasts on hiring internationally trained workers":
                    "WIL Employment Connections",
                "Offer trauma-informed care training to front-line staff":
                    "Canadian Mental Health Association Thames Valley",
            }),
            Fact("priorities are the three sub-councils", "priority_titles",
                 ["Employment Sub-Council", "Health & Wellbeing", "Education Sub-Council"]),
            Fact("the sub-council is each action's working group", "working_groups", {
                "Start homework clubs at two branch libraries": "Education Sub-Council"}),
            Fact("plan starts 2022-23", "first_year", 2022),
            Fact("statuses: 3 completed, 3 ongoing, 2 not started", "statuses",
                 {"completed": 3, "ongoing": 3, "not_started": 2}),
            Fact("the Acronyms sheet is not a priority", "titles_absent", ["Acronyms"]),
        ),
    )  # fmt: skip


# 2. Numbered outline in one column, status by colour only, legend at the bottom.
def numbered_outline_legend_at_bottom(folder: Path) -> Expected:
    path = folder / "gwlip-strategy-tracker-2019-2022.xlsx"
    book = _book()
    sheet = _sheet(book, "Implementation")
    _title(sheet, 1, "Guelph-Wellington LIP Strategic Plan 2019-2022: Implementation Tracker", 5)
    _header(sheet, 3, ["Strategic Plan", "Lead", "Partners", "Timeframe", "Status"])
    outline: list[tuple[str, str | None, str | None, str | None, str | None]] = [
        ("1. Employment and Economic Integration", None, None, None, None),
        ("1.1 Increase employer awareness of newcomer talent", None, None, None, None),
        (
            "1.1.1 Deliver a newcomer talent campaign with local employers",
            "Guelph Chamber of Commerce",
            "County of Wellington",
            "Year 1",
            GREEN,
        ),
        (
            "1.1.2 Recognise inclusive employers at an annual awards event",
            "Guelph Chamber of Commerce",
            None,
            "Year 2",
            AMBER,
        ),
        ("1.2 Improve access to bridging programs", None, None, None, None),
        (
            "1.2.1 Publish a guide to bridging programs in Guelph-Wellington",
            "Immigrant Services Guelph-Wellington",
            "Conestoga College",
            "Year 1",
            GREEN,
        ),
        ("2. Health and Well-being", None, None, None, None),
        ("2.1 Newcomers have access to primary care", None, None, None, None),
        (
            "2.1.1 Expand the newcomer clinic to a second day a week",
            "Guelph Community Health Centre",
            None,
            "Years 1-2",
            GREEN,
        ),
        (
            "2.1.2 Train clinic staff in using professional interpreters",
            "Guelph Community Health Centre",
            "Immigrant Services Guelph-Wellington",
            "Year 3",
            RED,
        ),
        ("2.2 Support newcomers' mental health", None, None, None, None),
        (
            "2.2.1 Start peer support groups in Arabic and Tigrinya",
            "Canadian Mental Health Association Waterloo Wellington",
            None,
            "Year 2",
            AMBER,
        ),
        ("3. Welcoming Communities", None, None, None, None),
        ("3.1 Residents value immigration", None, None, None, None),
        (
            "3.1.1 Hold Welcoming Week events in Guelph and three townships",
            "Guelph-Wellington LIP",
            "County of Wellington",
            "Ongoing",
            GREEN,
        ),
        (
            "3.1.2 Share newcomer stories through local media",
            "Guelph-Wellington LIP",
            None,
            "Years 2-3",
            RED,
        ),
    ]
    row = 4
    for text, lead, partners, when, colour in outline:
        cell = sheet.cell(row, 1, text)
        if lead is None:
            cell.font = BOLD
        _rows(sheet, row, [[None, lead, partners, when]])
        if colour:
            sheet.cell(row, 5).fill = PatternFill("solid", fgColor=colour)
        row += 1
    row += 1
    sheet.cell(row, 1, "Legend").font = BOLD
    for offset, (colour, word) in enumerate(
        [(GREEN, "Complete"), (AMBER, "In progress"), (RED, "Not yet started")], start=1
    ):
        sheet.cell(row + offset, 1).fill = PatternFill("solid", fgColor=colour)
        sheet.cell(row + offset, 2, word)
    book.save(path)
    return Expected(
        path, "numbered outline in one column + colour legend at the bottom", 3, 5, 8, (
            Fact("plan starts 2019-20 (from the title, Year 1 = 2019-20)", "first_year", 2019),
            Fact("statuses from the legend below: 4 complete, 2 in progress, 2 not started",
                 "statuses", {"completed": 4, "on_track": 2, "not_started": 2}),
            Fact("Year 2 is 2020-21", "dates", {
                "Recognise inclusive employers at an annual awards event":
                    ("2020-04-01", "2021-03-31")}),
            Fact("every action has a lead", "leads"),
            Fact("the legend rows are not plan items", "titles_absent",
                 ["Legend", "Complete", "In progress", "Not yet started"]),
        ),
    )  # fmt: skip


# 3. "Goal n:" section rows, strategies with several bulleted actions in one cell.
def goal_rows_with_bulleted_actions(folder: Path) -> Expected:
    path = folder / "aurora-newcomer-strategy-2023-2027.xlsx"
    book = _book()
    sheet = _sheet(book, "Action Plan")
    _title(sheet, 1, "Town of Aurora Newcomer Strategy 2023–2027", 5)
    sheet.cell(2, 1, "Implementation Plan")
    _header(sheet, 4, ["Strategy", "Actions", "Lead", "Supporting Partners", "Target Date"])
    row = 5
    _section(sheet, row, "Goal 1: Attract and retain newcomers", 5)
    row = _rows(
        sheet,
        row + 1,
        [
            [
                "Market Aurora to newcomers",
                '• Create a "Why Aurora" newcomer web page\n• Add newcomer stories to the '
                "Town's social media\n• Attend the regional newcomer fair",
                "Town of Aurora",
                "Aurora Chamber of Commerce and Aurora Public Library",
                "2024",
            ],
            [
                "Help newcomers find housing",
                "- Share the rental listings guide with settlement agencies\n- Hold a landlord "
                "information session",
                "Town of Aurora",
                "Housing Help Centre",
                "Q3 2024",
            ],
        ],
    )
    _section(sheet, row, "Goal 2: Build a welcoming community", 5)
    row = _rows(sheet, row + 1, [
        ["Celebrate diversity",
         "1. Expand Canada Day to include a welcome ceremony\n2. Fund two cultural "
         "festivals a year", "Town of Aurora", "Aurora Cultural Centre", "Year 2"],
        ["Train Town staff",
         "• Offer anti-racism training to all front-line staff\n• Review Town forms "
         "for plain language", "Town of Aurora", "York Region", "2025"],
        ["Connect newcomers to recreation",
         "• Translate the recreation guide into Farsi, Mandarin and Tamil\n• Offer "
         "free swim passes to newcomer families\n• Train recreation staff as newcomer "
         "ambassadors", "Aurora Public Library",
         "YMCA of Greater Toronto, Aurora Sports Council", "Ongoing"],
    ])  # fmt: skip
    book.save(path)
    return Expected(
        path, "Goal rows + several bulleted/numbered actions per cell", 2, 5, 12, (
            Fact("plan starts 2023-24", "first_year", 2023),
            Fact("every action has a lead", "leads"),
            Fact("\"A and B\" partners split", "partners",
                 ["Aurora Chamber of Commerce", "Aurora Public Library",
                  "YMCA of Greater Toronto", "Aurora Sports Council"]),
            Fact("no unsplit partner list", "not_partners",
                 ["Aurora Chamber of Commerce and Aurora Public Library"]),
            # A town keeps calendar years: its "Q3 2024" is July–September. The column
            # is a Target Date, so it gives the due date only.
            Fact("Q3 2024 is due by the end of September 2024", "dates", {
                "Hold a landlord information session": (None, "2024-09-30")}),
            Fact("Year 2 is 2024-25: due by March 2025", "dates", {
                "Fund two cultural festivals a year": (None, "2025-03-31")}),
            Fact("goal titles without their number", "priority_titles",
                 ["Attract and retain newcomers", "Build a welcoming community"]),
        ),
    )  # fmt: skip


# 4. Quarter activity columns under priorities merged down.
def quarter_activity_columns(folder: Path) -> Expected:
    path = folder / "sdlip-annual-workplan-2022-23.xlsx"
    book = _book()
    sheet = _sheet(book, "Work Plan 2022-23")
    _title(sheet, 1, "Sudbury LIP Annual Work Plan (April 2022 – March 2023)", 7)
    _header(sheet, 3, ["Priority", "Outcome", "Q1 Activity", "Q2 Activity", "Q3 Activity",
                       "Q4 Activity", "Lead"])  # fmt: skip
    _rows(sheet, 4, [
        ["Employment", "Employers know how to recruit newcomers",
         "Survey employers on hiring barriers", "Share survey results",
         "Employer lunch and learn", None, "Sudbury LIP"],
        [None, "Newcomers use employment services", None,
         "• Orientation at the YMCA\n• Orientation at Collège Boréal",
         None, "Job-search workshop series", "YMCA Employment Services"],
        ["Community", "Residents welcome newcomers", "Plan Welcoming Week",
         "Welcoming Week", None, "Report to the Partnership Council", "Sudbury LIP"],
    ])  # fmt: skip
    _merge_down(sheet, 1, 4, 5)
    book.save(path)
    return Expected(
        path, "Q1…Q4 activity columns, priority merged down", 2, 3, 9, (
            Fact("each activity dated in its fiscal quarter", "dates", {
                "Survey employers on hiring barriers": ("2022-04-01", "2022-06-30"),
                "Orientation at Collège Boréal": ("2022-07-01", "2022-09-30"),
                "Employer lunch and learn": ("2022-10-01", "2022-12-31"),
                "Report to the Partnership Council": ("2023-01-01", "2023-03-31"),
            }),
            Fact("plan is 2022-23", "first_year", 2022),
            Fact("plan ends 2022-23", "last_year", 2022),
            Fact("every action has a lead", "leads"),
        ),
    )  # fmt: skip


# 5. Bilingual headings "Action / Mesure" and "EN / FR" text, bilingual section rows.
def bilingual_action_mesure(folder: Path) -> Expected:
    path = folder / "olip-plan-bilingue-2020-2023.xlsx"
    book = _book()
    sheet = _sheet(book, "Plan")
    _title(
        sheet,
        1,
        "Ottawa Local Immigration Partnership / Partenariat local pour "
        "l’immigration d’Ottawa – Action Plan / Plan d’action 2020-2023",
        5,
    )
    _header(sheet, 3, ["Objective / Objectif", "Action / Mesure", "Lead / Responsable",
                       "Timeline / Échéancier", "Status / État"])  # fmt: skip
    _section(sheet, 4, "Priority 1 / Priorité 1 : Economic Integration / Intégration économique", 5)
    _rows(sheet, 5, [
        ["Employers hire immigrants / Les employeurs embauchent des immigrants",
         "Host employer roundtables / Tenir des tables rondes avec les employeurs",
         "Ottawa Board of Trade", "2020-2021", "Complete / Terminé"],
        ["Employers hire immigrants / Les employeurs embauchent des immigrants",
         "Publish hiring success stories / Publier des histoires de réussite",
         "Hire Immigrants Ottawa", "Fall 2021 / Automne 2021", "In progress / En cours"],
    ])  # fmt: skip
    _section(sheet, 7, "Priority 2 / Priorité 2 : Health and Wellness / Santé et mieux-être", 5)
    _rows(sheet, 8, [
        ["Newcomers access mental health care / Les nouveaux arrivants ont accès aux "
         "soins de santé mentale",
         "Map culturally adapted services / Répertorier les services adaptés",
         "Ottawa Public Health", "2021-2022", "In progress / En cours"],
        ["Newcomers access mental health care / Les nouveaux arrivants ont accès aux "
         "soins de santé mentale",
         "Train interpreters in mental health terms / Former les interprètes au "
         "vocabulaire de la santé mentale", "Ottawa Public Health", "2022-2023",
         "Not started / Pas commencé"],
        ["Seniors are not isolated / Les aînés ne sont pas isolés",
         "Start intergenerational circles / Lancer des cercles intergénérationnels",
         "Catholic Centre for Immigrants", "2021-2022", "Complete / Terminé"],
    ])  # fmt: skip
    book.save(path)
    return Expected(
        path, "bilingual Action / Mesure headings, EN / FR text", 2, 3, 5, (
            Fact("every action and priority has its French title", "french"),
            Fact("priority titles in English without the number", "priority_titles",
                 ["Economic Integration", "Health and Wellness"]),
            Fact("statuses: 2 completed, 1 not started", "statuses",
                 {"completed": 2, "not_started": 1}),
            Fact("plan starts 2020-21", "first_year", 2020),
            Fact("every action has a lead", "leads"),
        ),
    )  # fmt: skip


# 6. Dashboard: summary block above, TOTAL row below, percentages in three styles.
def dashboard_summary_and_totals(folder: Path) -> Expected:
    path = folder / "brampton-newcomer-dashboard-2023.xlsx"
    book = _book()
    sheet = _sheet(book, "Dashboard")
    _title(sheet, 1, "Peel Newcomer Strategy Group – Implementation Dashboard, Year 2 "
                     "(2023)", 6)  # fmt: skip
    sheet.cell(3, 1, "Summary").font = BOLD
    _rows(sheet, 4, [["Total actions", 9], ["Complete", 3], ["In progress", 4],
                     ["Not started", 2]])  # fmt: skip
    _header(sheet, 9, ["Key Action Area", "Action Item", "Responsible",
                       "Expected Completion", "% Complete", "Status"])  # fmt: skip
    _rows(sheet, 10, [
        ["Newcomer Employment", "Launch a newcomer job board with Peel employers",
         "Peel Region", datetime(2023, 3, 31), 1, "Complete"],
        [None, "Run credential recognition info sessions", "ACCES Employment",
         "June 2023", "60 %", "In progress"],
        [None, "Create a mentorship network for newcomer youth", "Brampton Library",
         "December 2023", 0, "Not started"],
        ["Health Equity", "Offer vaccine clinics at settlement agencies",
         "Peel Public Health", datetime(2023, 2, 28), 100, "Complete"],
        [None, "Translate health navigation materials into 8 languages",
         "Peel Public Health", "Fall 2023", 0.4, "In progress"],
        [None, "Pilot a newcomer health navigator role", "Punjabi Community Health "
         "Services", "2024", 0, "Not started"],
        ["Civic Participation", "Recruit newcomers to advisory committees",
         "City of Brampton", "June 2023", 1, "Complete"],
        [None, "Hold town halls in Punjabi, Urdu and Tamil", "City of Brampton",
         "September 2023", "25%", "In progress"],
        [None, "Publish a plain-language guide to municipal services", "City of "
         "Mississauga", "November 2023", 0.5, "In progress"],
        ["TOTAL", None, None, None, "59%", None],
    ])  # fmt: skip
    sheet.cell(19, 1).font = BOLD
    sheet.cell(19, 5).font = BOLD
    _merge_down(sheet, 1, 10, 12)
    _merge_down(sheet, 1, 13, 15)
    _merge_down(sheet, 1, 16, 18)
    book.save(path)
    return Expected(
        path, "summary block + TOTAL row, % as 1 / \"60 %\" / 100 / 0.4 / \"25%\"", 3, None,
        9, (
            Fact("statuses: 3 completed, 4 in progress, 2 not started", "statuses",
                 {"completed": 3, "not_started": 2}),
            Fact("percentages read in every style", "percent", {
                "Run credential recognition info sessions": 60,
                "Offer vaccine clinics at settlement agencies": 100,
                "Translate health navigation materials into 8 languages": 40,
                "Hold town halls in Punjabi, Urdu and Tamil": 25,
            }),
            Fact("summary and TOTAL rows are not plan items", "titles_absent",
                 ["TOTAL", "Total actions", "Summary", "Complete", "In progress"]),
            Fact("every action has a lead", "leads"),
            Fact("plan starts 2022-23 (first due date March 2023)", "first_year", 2022),
        ),
    )  # fmt: skip


# 7. Two-row heading: "Responsibility" over Lead/Partners, "Timeline" over Start/End.
def two_row_heading(folder: Path) -> Expected:
    path = folder / "durham-lip-action-plan-2021-2024.xlsx"
    book = _book()
    sheet = _sheet(book, "Action Plan")
    _title(sheet, 1, "Durham Local Immigration Partnership – Action Plan 2021-2024", 8)
    _header(sheet, 3, ["Goal", "Objective", "Action", "Responsibility", None, "Timeline",
                       None, "Status"])  # fmt: skip
    _header(sheet, 4, [None, None, None, "Lead", "Partners", "Start", "End", None])
    for column in (1, 2, 3, 8):
        _merge_down(sheet, column, 3, 4)
    sheet.merge_cells("D3:E3")
    sheet.merge_cells("F3:G3")
    _rows(sheet, 5, [
        ["Newcomers are employed in their fields", "Increase employer engagement",
         "Recruit 20 employers to the Durham hiring pledge", "Durham Workforce Authority",
         "Business Advisory Centre Durham; Durham College", datetime(2021, 9, 1),
         datetime(2022, 6, 30), "Complete"],
        [None, None, "Hold an annual newcomer career fair", "Durham Region Economic "
         "Development", "Ontario Tech University", "Sept 2021", "Ongoing", "Ongoing"],
        [None, "Support newcomer entrepreneurs", "Offer start-up workshops in French and "
         "Arabic", "Business Advisory Centre Durham", None, "January 2022", "March 2023",
         "In progress"],
        ["Newcomers feel they belong", "Strengthen welcoming spaces",
         "Certify libraries as welcoming spaces", "Whitby Public Library",
         "Oshawa Public Libraries; Pickering Public Library", "April 2022", "March 2024",
         "In progress"],
        [None, None, "Train faith leaders on newcomer supports", "Durham LIP", None,
         "Fall 2022", "Spring 2023", "Deferred"],
    ])  # fmt: skip
    _merge_down(sheet, 1, 5, 7)
    _merge_down(sheet, 2, 5, 6)
    _merge_down(sheet, 1, 8, 9)
    _merge_down(sheet, 2, 8, 9)
    book.save(path)
    return Expected(
        path, "two-row heading (Responsibility: Lead/Partners, Timeline: Start/End)",
        2, 3, 5, (
            Fact("dates from the Start and End columns", "dates", {
                "Recruit 20 employers to the Durham hiring pledge":
                    ("2021-09-01", "2022-06-30"),
                "Offer start-up workshops in French and Arabic":
                    ("2022-01-01", "2023-03-31"),
            }),
            Fact("leads from the Lead column under Responsibility", "leads_named", {
                "Certify libraries as welcoming spaces": "Whitby Public Library"}),
            Fact("partners split on \";\"", "partners",
                 ["Oshawa Public Libraries", "Pickering Public Library", "Durham College"]),
            Fact("\"Deferred\" is not \"Not started\"", "statuses",
                 {"completed": 1, "not_started": 0}),
            Fact("plan starts 2021-22", "first_year", 2021),
        ),
    )  # fmt: skip


# 8. A CSV exported from Excel: cp1252, ";" separated, merged levels left blank below.
def csv_export_cp1252(folder: Path) -> Expected:
    path = folder / "ssm-lip-action-plan-export.csv"
    lines = [
        "Sault Ste. Marie Local Immigration Partnership – Action Plan 2021-2024;;;;;;",
        ";;;;;;",
        "Priority;Objective;Action;Lead;Partners;Timeline;Status",
        "Attraction;Promote the Soo to newcomers;Produce a “Live in the Soo” video "
        "series;SSM Economic Development;Algoma University, Sault College;2021-2022;"
        "Complete",
        ";;Attend national newcomer fairs with local employers;SSM Economic Development;"
        ";Ongoing;Ongoing",
        ";Welcome international students;Run a winter-readiness orientation each "
        "September;Sault College;Algoma University;Fall 2022;Complete",
        "Retention;Connect newcomers to employment;Match newcomers with mentors in "
        "their field;Sault Community Career Centre;Chambre de commerce;2022-2023;"
        "In progress",
        ";;Host a job-shadow week at the hospital;Sault Area Hospital;;Year 3;Delayed",
        ";Newcomers feel at home;Hold a Café des nouveaux arrivants monthly;"
        "Centre francophone de Sault Ste. Marie;;Ongoing;Ongoing",
    ]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return Expected(
        path, "CSV from Excel: cp1252, \";\", merged levels blank below", 2, 4, 6, (
            Fact("blank Priority/Objective cells carry the one above", "priority_titles",
                 ["Attraction", "Retention"]),
            Fact("accented and curly-quoted text read from cp1252", "partners",
                 ["Centre francophone de Sault Ste. Marie", "Algoma University",
                  "Sault College"]),
            Fact("every action has a lead", "leads"),
            Fact("plan starts 2021-22", "first_year", 2021),
            Fact("statuses: 2 completed, 2 ongoing", "statuses",
                 {"completed": 2, "ongoing": 2}),
        ),
    )  # fmt: skip


# 9. A Word strategic plan: a heading per strategic direction, a table under each.
def word_strategic_plan(folder: Path) -> Expected:
    from docx import Document

    path = folder / "kingston-strategic-plan-2020-2025.docx"
    document = Document()
    document.add_heading("Kingston Immigration Partnership Strategic Plan 2020–2025", 0)
    document.add_paragraph(
        "This plan was developed with more than 60 partner organisations after a "
        "community consultation in the fall of 2019."
    )
    directions = [
        (
            "Strategic Direction 1: Economic Inclusion",
            "Newcomers find work that matches their skills.",
            [
                (
                    "Employers hire newcomers",
                    "Deliver employer workshops on inclusive hiring",
                    "KEYS Job Centre",
                    "2020-2021",
                ),
                (
                    "Employers hire newcomers",
                    "Create a paid internship fund",
                    "City of Kingston",
                    "2021-2023",
                ),
                (
                    "Newcomers start businesses",
                    "Offer entrepreneurship mentoring",
                    "Kingston Economic Development Corporation",
                    "Ongoing",
                ),
            ],
        ),
        (
            "Strategic Direction 2: Welcoming Community",
            "Residents and institutions welcome newcomers.",
            [
                (
                    "Public spaces are welcoming",
                    "Run an anti-racism campaign on transit",
                    "Kingston Transit",
                    "2022",
                ),
                (
                    "Public spaces are welcoming",
                    "Add multilingual signage at city facilities",
                    "City of Kingston",
                    "2022-2024",
                ),
            ],
        ),
        (
            "Strategic Direction 3: Service Coordination",
            "Services are easy to find and work together.",
            [
                (
                    "Services share information",
                    "Maintain a shared referral directory",
                    "Kingston Community Health Centres",
                    "Ongoing",
                ),
                (
                    "Services share information",
                    "Hold quarterly service provider meetings",
                    "Kingston Immigration Partnership",
                    "Ongoing",
                ),
                (
                    "Newcomers know what exists",
                    "Launch a newcomer welcome app",
                    "Kingston Immigration Partnership",
                    "2023-2024",
                ),
            ],
        ),
    ]
    for heading, narrative, rows in directions:
        document.add_heading(heading, 1)
        document.add_paragraph(narrative)
        table = document.add_table(rows=1, cols=4)
        table.style = "Table Grid"
        for cell, label in zip(
            table.rows[0].cells, ["Goal", "Action", "Lead", "Timeframe"], strict=True
        ):
            cell.paragraphs[0].add_run(label).bold = True
        first_of_goal: dict[str, int] = {}
        for goal, action, lead, when in rows:
            cells = table.add_row().cells
            index = len(table.rows) - 1
            if goal in first_of_goal:
                table.cell(first_of_goal[goal], 0).merge(table.cell(index, 0))
            else:
                first_of_goal[goal] = index
                cells[0].text = goal
            cells[1].text, cells[2].text, cells[3].text = action, lead, when
    document.save(str(path))
    return Expected(
        path, "Word plan: heading per strategic direction, table under each", 3, 5, 8, (
            Fact("priorities are the strategic directions", "priority_titles",
                 ["Economic Inclusion", "Welcoming Community", "Service Coordination"]),
            Fact("every action has a lead", "leads"),
            Fact("plan starts 2020-21", "first_year", 2020),
            Fact("the title and intro paragraph are not plan items", "titles_absent",
                 ["Kingston Immigration Partnership Strategic Plan 2020–2025"]),
        ),
    )  # fmt: skip


# 10. A template tracker: instructions sheet, form block above the table, hidden lists.
def template_tracker_with_lists(folder: Path) -> Expected:
    path = folder / "lip-quarterly-tracker-2023-24-q2.xlsx"
    book = _book()
    guide = _sheet(book, "Instructions")
    _rows(guide, 1, [["How to fill in this tracker"],
                     ["1. Enter one activity per row on the Tracker sheet."],
                     ["2. Choose a status from the drop-down list."],
                     ["3. Describe progress this quarter in Comments."]])  # fmt: skip
    sheet = _sheet(book, "Tracker")
    _rows(sheet, 1, [["LIP name:", "Niagara Local Immigration Partnership"],
                     ["Reporting period:", "2023-24 Q2 (July – September)"],
                     ["Prepared by:", "Coordinator"]])  # fmt: skip
    for row in (1, 2, 3):
        sheet.cell(row, 1).font = BOLD
    _header(sheet, 5, ["Theme", "Objective", "Activity", "Lead Partner", "Start Date",
                       "End Date", "Status", "Comments"])  # fmt: skip
    _rows(sheet, 6, [
        ["Labour Market", "Newcomers access jobs in their field",
         "Host an international student employment panel", "Brock University",
         datetime(2023, 4, 1), datetime(2023, 6, 30), "Completed (2023)",
         "Held June 8 with 120 students"],
        ["Labour Market", "Newcomers access jobs in their field",
         "Launch a newcomer hiring incentive with employers", "Niagara Workforce Planning Board",
         datetime(2023, 7, 1), datetime(2024, 3, 31), "On Track", "Twelve employers enrolled"],
        ["Labour Market", "Employers value newcomer skills",
         "Deliver intercultural competence training", "Niagara College",
         datetime(2023, 9, 1), datetime(2024, 2, 29), "Delayed", "Trainer hired late"],
        ["Social Inclusion", "Newcomers build social networks",
         "Run conversation cafés at public libraries", "St. Catharines Public Library",
         datetime(2023, 4, 1), datetime(2024, 3, 31), "On Track", None],
        ["Social Inclusion", "Newcomers build social networks",
         "Organise a newcomer family picnic", "YMCA of Niagara",
         datetime(2023, 7, 15), datetime(2023, 7, 15), "Moved to 2024",
         "Cancelled for weather; rescheduled"],
        ["Social Inclusion", "Racism is named and addressed",
         "Publish a local anti-racism action guide", "Niagara Region",
         datetime(2023, 10, 1), datetime(2024, 3, 31), "Not Started", None],
    ])  # fmt: skip
    lists = _sheet(book, "Lists")
    _rows(lists, 1, [["Status"], ["Not Started"], ["On Track"], ["Delayed"],
                     ["Completed (2023)"], ["Moved to 2024"], ["Cancelled"]])  # fmt: skip
    lists.sheet_state = "hidden"
    check = DataValidation(type="list", formula1="=Lists!$A$2:$A$7", allow_blank=True)
    sheet.add_data_validation(check)
    check.add("G6:G200")
    book.save(path)
    return Expected(
        path, "template tracker: form block, Instructions sheet, hidden Lists sheet",
        2, 4, 6, (
            Fact("statuses: 1 completed, 2 on track, 1 not started", "statuses",
                 {"completed": 1, "on_track": 2, "not_started": 1}),
            Fact("Delayed and Moved to 2024 are read, not left as Not started",
                 "statuses", {"not_started": 1}),
            Fact("comments kept as progress updates", "updates", 4),
            Fact("dates as the sheet has them", "dates", {
                "Deliver intercultural competence training": ("2023-09-01", "2024-02-29")}),
            Fact("form block, instructions and lists are not plan items", "titles_absent",
                 ["LIP name:", "Niagara Local Immigration Partnership", "Status",
                  "How to fill in this tracker"]),
            Fact("plan starts 2023-24", "first_year", 2023),
        ),
    )  # fmt: skip


# 11. "Year 1 / Year 2 / Year 3" tick columns, leads as acronyms, the key at the bottom.
def year_tick_columns_with_acronym_key(folder: Path) -> Expected:
    path = folder / "wmlip-three-year-plan-2021-2024.xlsx"
    book = _book()
    sheet = _sheet(book, "Plan")
    _title(sheet, 1, "Windsor-Essex LIP – Three-Year Action Plan 2021-2024", 6)
    _header(sheet, 3, ["Priority", "Action", "Lead", "Year 1", "Year 2", "Year 3"])
    _rows(sheet, 4, [
        ["Employment", "Run a newcomer job fair each spring", "WEEDC", "✓", "✓", "✓"],
        [None, "Create a mentorship program for internationally trained nurses", "WRH",
         None, "✓", "✓"],
        ["Health", "Open a newcomer clinic evening", "WECHC", "x", None, None],
        [None, "Train interpreters for mental health appointments", "NCCE", None, None, "x"],
        ["Belonging", "Hold a welcoming week in the county", "WE LIP", "✓", "✓", None],
    ])  # fmt: skip
    _merge_down(sheet, 1, 4, 5)
    _merge_down(sheet, 1, 6, 7)
    _rows(sheet, 10, [
        ["Acronyms"],
        ["WEEDC = Windsor-Essex Economic Development Corporation"],
        ["WRH = Windsor Regional Hospital"],
        ["WECHC = Windsor-Essex Community Health Centre"],
        ["NCCE = New Canadians' Centre of Excellence"],
        ["WE LIP = Windsor-Essex Local Immigration Partnership"],
    ])  # fmt: skip
    sheet.cell(10, 1).font = BOLD
    book.save(path)
    return Expected(
        path, "Year 1/2/3 tick columns + acronym key at the bottom", 3, None, 5, (
            Fact("ticks date the actions from the plan's 2021-22", "dates", {
                "Run a newcomer job fair each spring": ("2021-04-01", "2024-03-31"),
                "Create a mentorship program for internationally trained nurses":
                    ("2022-04-01", "2024-03-31"),
                "Train interpreters for mental health appointments":
                    ("2023-04-01", "2024-03-31"),
            }),
            Fact("leads written out from the key below the table", "leads_named", {
                "Open a newcomer clinic evening": "Windsor-Essex Community Health Centre",
                "Hold a welcoming week in the county":
                    "Windsor-Essex Local Immigration Partnership",
            }),
            Fact("the key is not a plan item", "titles_absent",
                 ["Acronyms", "WRH = Windsor Regional Hospital"]),
            Fact("plan starts 2021-22", "first_year", 2021),
            Fact("plan ends 2023-24", "last_year", 2023),
        ),
    )  # fmt: skip


# 12. A French outline: "Axe 1 :" rows, numbered objectives, a traffic light and no legend.
def french_axes_traffic_light_without_legend(folder: Path) -> Expected:
    path = folder / "rif-nord-plan-action-2022-2025.xlsx"
    book = _book()
    sheet = _sheet(book, "Plan d'action")
    _title(sheet, 1, "Réseau en immigration francophone du Nord de l'Ontario – Plan "
                     "d'action 2022-2025", 5)  # fmt: skip
    _header(sheet, 3, ["Action", "Responsable", "Partenaires", "Échéancier", "État"])
    rows: list[tuple[str, str | None, str | None, str | None, str | None, bool]] = [
        ("Axe 1 : Attraction", None, None, None, None, True),
        ("1.1 Faire connaître le Nord aux candidats", None, None, None, None, True),
        ("Participer à Destination Canada", "RIF Nord", "IRCC", "Automne 2022", GREEN, False),
        ("Produire une vidéo sur la vie à Sudbury", "RIF Nord", "TFO", "2023-2024", AMBER, False),
        ("Axe 2 : Accueil et intégration", None, None, None, None, True),
        ("2.1 Offrir un accueil en français", None, None, None, None, True),
        ("Former les bénévoles d'accueil", "Collège Boréal", None, "Hiver 2023", RED, False),
        ("2.2 Favoriser l'emploi", None, None, None, None, True),
        (
            "Tenir une foire d'emploi bilingue",
            "RDÉE Ontario",
            "Collège Boréal",
            "Printemps 2024",
            GREEN,
            False,
        ),
    ]
    for offset, (text, lead, partners, when, colour, section) in enumerate(rows):
        row = 4 + offset
        if section:
            _section(sheet, row, text, 5)
            continue
        _rows(sheet, row, [[text, lead, partners, when]])
        if colour:
            sheet.cell(row, 5).fill = PatternFill("solid", fgColor=colour)
    book.save(path)
    return Expected(
        path, "French \"Axe n :\" outline, traffic light colours without a legend", 2, 3, 4, (
            Fact("priority titles without \"Axe n :\"", "priority_titles",
                 ["Attraction", "Accueil et intégration"]),
            Fact("green, amber, red read as a traffic light", "statuses",
                 {"on_track": 2, "minor_delays": 1, "serious_concerns": 1}),
            Fact("every action has a lead", "leads"),
            Fact("plan starts 2022-23", "first_year", 2022),
        ),
    )  # fmt: skip


# 13. Priorities merged down with blank rows between, a code column, section titles in B.
def merged_priorities_with_blank_rows(folder: Path) -> Expected:
    path = folder / "hamilton-hipc-workplan-2023-24.xlsx"
    book = _book()
    sheet = _sheet(book, "Work Plan")
    _title(sheet, 1, "Hamilton Immigration Partnership Council – Work Plan 2023-24", 6)
    _header(sheet, 3, ["#", "Priority", "Activity", "Lead", "Timeline", "Status"])
    # A section row typed in column B (A holds the codes), filled across the row.
    for column in range(1, 7):
        sheet.cell(4, column).fill = SECTION_FILL
    sheet.cell(4, 2, "Employment").font = BOLD
    _rows(sheet, 5, [
        ["1.1", "Newcomers find work", "Hold a speed-mentoring evening", "Hamilton Chamber of "
         "Commerce", "Q1 2023-24", "Completed"],
        ["1.2", None, "Publish a hiring guide for small employers", "City of Hamilton",
         "Q3 2023-24", "On track"],
        [None],
        ["2.1", "Newcomers are healthy", "Add newcomer hours at two clinics", "Hamilton "
         "Urban Core CHC", "Q2 2023-24", "Delayed"],
        ["2.2", None, "Run a mental health literacy series", "Hamilton Public Library",
         "Q4 2023-24", "Not started"],
        [None],
    ])  # fmt: skip
    _merge_down(sheet, 2, 5, 6)
    _merge_down(sheet, 2, 8, 9)
    for column in range(1, 7):
        sheet.cell(11, column).fill = SECTION_FILL
    sheet.cell(11, 2, "Belonging").font = BOLD
    _rows(sheet, 12, [
        ["3.1", "Residents welcome newcomers", "Hold Welcoming Week with the city",
         "City of Hamilton", "Q2 2023-24", "Completed"],
    ])  # fmt: skip
    book.save(path)
    return Expected(
        path, "merged-down priorities, blank rows between, section titles not in column A",
        2, 3, 5, (
            Fact("section rows typed in column B are the priorities", "priority_titles",
                 ["Employment", "Belonging"]),
            Fact("fiscal quarters date the actions", "dates", {
                "Publish a hiring guide for small employers": ("2023-10-01", "2023-12-31")}),
            Fact("statuses: 2 completed, 1 on track, 1 not started", "statuses",
                 {"completed": 2, "on_track": 1, "minor_delays": 1, "not_started": 1}),
            Fact("every action has a lead", "leads"),
            Fact("plan is 2023-24", "first_year", 2023),
        ),
    )  # fmt: skip


# 14. A summary/legend block beside the title, status words in capitals, a totals row.
def legend_block_and_capital_statuses(folder: Path) -> Expected:
    path = folder / "nlip-annual-report-2019-20.xlsx"
    book = _book()
    sheet = _sheet(book, "Annual Report")
    _title(sheet, 1, "Niagara LIP – Annual Report on the Action Plan, 2019-2020", 6)
    _rows(sheet, 2, [
        ["Legend:", None, None],
    ])  # fmt: skip
    for column, (colour, word) in enumerate(
        [(GREEN, "ON TRACK"), (AMBER, "SOME DELAYS"), (RED, "SERIOUS CONCERNS"),
         (GREY, "NOT STARTED")], start=2
    ):  # fmt: skip
        cell = sheet.cell(2, column, word)
        cell.fill = PatternFill("solid", fgColor=colour)
    _header(sheet, 4, ["Strategic Direction", "Objective", "Activity", "Lead Organization",
                       "Status", "Progress to date"])  # fmt: skip
    _rows(sheet, 5, [
        ["Economic integration", "Employers hire newcomers", "Deliver a hiring toolkit",
         "Niagara Workforce Planning Board", None, "Toolkit shared with 40 employers"],
        [None, None, "Host an employer panel", "Brock University", None, None],
        ["Social inclusion", "Newcomers join community life", "Run a newcomer sports day",
         "YMCA of Niagara", None, "Postponed to the fall"],
        [None, None, "Launch a library welcome kit", "St. Catharines Public Library", None,
         None],
        ["TOTAL: 4 activities", None, None, None, None, None],
    ])  # fmt: skip
    for row, colour in ((5, GREEN), (6, GREY), (7, AMBER), (8, RED)):
        sheet.cell(row, 5).fill = PatternFill("solid", fgColor=colour)
    _merge_down(sheet, 1, 5, 6)
    _merge_down(sheet, 2, 5, 6)
    _merge_down(sheet, 1, 7, 8)
    _merge_down(sheet, 2, 7, 8)
    book.save(path)
    return Expected(
        path, "legend block of coloured words, capital status words, totals row", 2, 2, 4, (
            Fact("colours read through the legend's words", "statuses", {
                "on_track": 1, "minor_delays": 1, "serious_concerns": 1, "not_started": 1}),
            Fact("progress to date kept as updates", "updates", 2),
            Fact("the legend and totals rows are not plan items", "titles_absent",
                 ["Legend:", "TOTAL: 4 activities", "ON TRACK"]),
            Fact("plan starts 2019-20", "first_year", 2019),
        ),
    )  # fmt: skip


LAYOUTS: dict[str, Callable[[Path], Expected]] = {
    "subcouncils": subcouncil_sheets_with_acronym_key,
    "outline": numbered_outline_legend_at_bottom,
    "bullets": goal_rows_with_bulleted_actions,
    "quarters": quarter_activity_columns,
    "bilingual": bilingual_action_mesure,
    "dashboard": dashboard_summary_and_totals,
    "two_row": two_row_heading,
    "csv": csv_export_cp1252,
    "word": word_strategic_plan,
    "template": template_tracker_with_lists,
    "year_ticks": year_tick_columns_with_acronym_key,
    "french_axes": french_axes_traffic_light_without_legend,
    "merged_blank": merged_priorities_with_blank_rows,
    "legend_block": legend_block_and_capital_statuses,
}
