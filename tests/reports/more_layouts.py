"""More real plan families, built as LIP and municipal newcomer plans are kept, each
with what a coordinator reading it would expect the import to give (see
tests/reports/real_layouts.py for `Expected` and `Fact`).

- A tracker in long format (Peel's and Toronto's quarterly returns): one row per action
  per quarter, the same title repeated with that quarter's status and narrative.
- A Gantt-like work plan: month columns Apr … Mar ticked "X" / "✓" (or only filled),
  the ticks saying when each action runs.
- A code column ("1", "1.1", "1.1.1") beside one title column (Hamilton's and London's
  strategy tables): the codes give the levels; real Excel dates and numbers kept as text.
- A template with a logo row, instructions and a "Last updated" line above the table,
  and headings carrying notes on a second line ("Lead Organization(s)\\n(please list
  all)", "Status (select from list)").
- A French RIF plan exported as a ";" CSV from French Excel (UTF-8 with a BOM, a title
  block): "Objectif stratégique / Moyens d'action / Porteur / Échéance / Indicateurs de
  rendement", timelines "d'ici mars 2025", "automne 2024", "2024-2026".
- A Word plan with narrative paragraphs under "Priority n:" headings, its tables
  continued across pages with their header row repeated, goals merged down.
- A bilingual tracker with the two languages in columns side by side ("Action (EN) |
  Action (FR)", "Priority (EN) | Priorité (FR)"), as federal-funded plans are kept.
- Gantt work plans by quarter: Q1 … Q4 ticked, and two fiscal years merged over their
  quarters in a two-row heading.
- Numbered "Strategic Priority #1 –" and "Objective 1.1:" rows over a code column; a
  recommendation tracker with "Recommendation #" and "Action #" code columns.
- The header row printed again under each priority's section row.
- A French Word plan: "Axe n :" headings, narrative, "Objectif / Moyens d'action /
  Porteur / Échéance / État d'avancement" tables.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from openpyxl.styles import PatternFill

from tests.reports.real_layouts import (
    BOLD,
    GREEN,
    Expected,
    Fact,
    _book,
    _header,
    _merge_down,
    _rows,
    _section,
    _sheet,
    _title,
)


def long_format_quarterly_tracker(folder: Path) -> Expected:
    return _long_tracker(folder / "peel-lip-tracker-2024-25-long.xlsx", "Reporting Period")


def long_format_quarter_column(folder: Path) -> Expected:
    """The same tracker with its period column headed only "Quarter"."""
    return _long_tracker(folder / "peel-lip-tracker-2024-25-quarter.xlsx", "Quarter")


def _long_tracker(path: Path, period_heading: str) -> Expected:
    book = _book()
    sheet = _sheet(book, "Tracker")
    _title(sheet, 1, "Peel Newcomer Strategy Group — Action Tracker 2024-25", 7)
    _header(sheet, 2, ["#", "Strategic Priority", "Action", "Lead", period_heading, "Status",
                       "Progress Update"])  # fmt: skip
    actions = [
        ("Employment", "Run a newcomer hiring fair with regional employers",
         "Region of Peel", ("Not started", "In progress", "In progress", "Completed")),
        ("Employment", "Launch a mentorship program for internationally trained nurses",
         "Peel Multicultural Council", ("In progress", "In progress", "Delayed", "Delayed")),
        ("Health", "Offer mental health workshops in five languages",
         "Punjabi Community Health Services", ("Not started", "Not started", "In progress",
                                                "On track")),
        ("Health", "Map clinics accepting newcomer patients", "Peel Public Health",
         ("In progress", "Completed", "Completed", "Completed")),
    ]  # fmt: skip
    rows: list[list[Any]] = []
    for number, (priority, title, lead, statuses) in enumerate(actions, start=1):
        for quarter, status in enumerate(statuses, start=1):
            rows.append([f"A{number}", priority, title, lead, f"Q{quarter} 2024-25", status,
                         f"Q{quarter}: {lead} reports on “{title.lower()}”."])  # fmt: skip
    _rows(sheet, 3, rows)
    book.save(path)
    return Expected(
        path, "long-format tracker: one row per action per quarter", 2, None, 4, (
            Fact("every action has a lead", "leads"),
            Fact("plan starts 2024-25", "first_year", 2024),
            Fact("the latest quarter's status", "statuses", {
                "completed": 2, "minor_delays": 1, "on_track": 1}),
            Fact("one progress update per quarter row", "updates", 16),
            Fact("the priorities once each", "priority_titles", ["Employment", "Health"]),
        ),
    )  # fmt: skip


_MONTHS = ["Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar"]
_TICK_FILL = PatternFill("solid", fgColor=GREEN)


def gantt_month_columns(folder: Path) -> Expected:
    path = folder / "lethbridge-welcoming-work-plan-2024-25.xlsx"
    book = _book()
    sheet = _sheet(book, "Work Plan 2024-2025")
    _title(sheet, 1, "Lethbridge Local Immigration Partnership — Work Plan 2024-2025", 15)
    _header(sheet, 2, ["Goal", "Activity", "Lead", *_MONTHS, "Status"])
    plan = [  # goal, activity, lead, months ticked (indexes in _MONTHS), tick, status
        ("Newcomers are welcomed", "Hold a welcoming week in September", "City of Lethbridge",
         [5], "X", "Completed"),
        (None, "Train front-desk staff at city facilities", "City of Lethbridge",
         [6, 7, 8], "✓", "In progress"),
        ("Newcomers find work", "Run a newcomer job fair", "Lethbridge Family Services",
         [9, 10], "x", "Not started"),
        (None, "Publish a hiring guide for small employers", "Economic Development Lethbridge",
         [0, 1, 2, 3, 4, 5], "fill", "Completed"),
        (None, "Host employer breakfasts each quarter", "Economic Development Lethbridge",
         [0, 3, 6, 9], "X", "On track"),
    ]  # fmt: skip
    for offset, (goal, activity, lead, months, tick, status) in enumerate(plan):
        row = 3 + offset
        _rows(sheet, row, [[goal, activity, lead]])
        sheet.cell(row, 16, status)
        for month in months:
            cell = sheet.cell(row, 4 + month)
            if tick == "fill":
                cell.fill = _TICK_FILL
            else:
                cell.value = tick
    _merge_down(sheet, 1, 3, 4)
    _merge_down(sheet, 1, 5, 7)
    book.save(path)
    return Expected(
        path, "Gantt work plan: month columns Apr…Mar ticked or filled", 2, None, 5, (
            Fact("every action has a lead", "leads"),
            Fact("plan is 2024-25", "first_year", 2024),
            Fact("ticked months date the action", "dates", {
                "Hold a welcoming week in September": ("2024-09-01", "2024-09-30"),
                "Train front-desk staff at city facilities": ("2024-10-01", "2024-12-31"),
                "Run a newcomer job fair": ("2025-01-01", "2025-02-28"),
                "Publish a hiring guide for small employers": ("2024-04-01", "2024-09-30"),
                "Host employer breakfasts each quarter": ("2024-04-01", "2025-01-31")}),
            Fact("statuses as written", "statuses", {
                "completed": 2, "on_track": 2, "not_started": 1}),
        ),
    )  # fmt: skip


def gantt_quarter_columns(folder: Path) -> Expected:
    path = folder / "red-deer-lip-work-plan-2025-26.xlsx"
    book = _book()
    sheet = _sheet(book, "Work Plan")
    _title(sheet, 1, "Red Deer Local Immigration Partnership — Annual Work Plan 2025-26", 8)
    _header(sheet, 2, ["Strategic Priority", "Activity", "Lead", "Q1", "Q2", "Q3", "Q4",
                       "Status"])  # fmt: skip
    _rows(sheet, 3, [
        ["Welcoming", "Hold a newcomer welcome night", "Red Deer Public Library", "X", None,
         None, None, "Completed"],
        [None, "Train city staff on intercultural service", "City of Red Deer", None, "X",
         "X", None, "On track"],
        ["Employment", "Run an employer breakfast series", "Red Deer Chamber of Commerce",
         "✓", "✓", "✓", "✓", "On track"],
        [None, "Publish a newcomer jobs guide", "Central Alberta Immigrant Services", None,
         None, None, "x", "Not started"],
    ])  # fmt: skip
    _merge_down(sheet, 1, 3, 4)
    _merge_down(sheet, 1, 5, 6)
    book.save(path)
    return Expected(
        path, "Gantt work plan: quarter columns Q1…Q4 ticked", 2, None, 4, (
            Fact("every action has a lead", "leads"),
            Fact("plan is 2025-26", "first_year", 2025),
            Fact("ticks are no actions", "titles_absent", ["X", "✓", "x"]),
            Fact("ticked quarters of the fiscal year date the action", "dates", {
                "Hold a newcomer welcome night": ("2025-04-01", "2025-06-30"),
                "Train city staff on intercultural service": ("2025-07-01", "2025-12-31"),
                "Run an employer breakfast series": ("2025-04-01", "2026-03-31"),
                "Publish a newcomer jobs guide": ("2026-01-01", "2026-03-31")}),
        ),
    )  # fmt: skip


def gantt_years_over_quarters(folder: Path) -> Expected:
    path = folder / "kamloops-lip-action-plan-2024-2026.xlsx"
    book = _book()
    sheet = _sheet(book, "Action Plan")
    _title(sheet, 1, "Kamloops Immigrant Partnership — Action Plan 2024-2026", 11)
    _header(sheet, 2, ["Priority", "Action", "Lead", "2024-25", None, None, None, "2025-26",
                       None, None, None])  # fmt: skip
    _header(sheet, 3, [None, None, None, "Q1", "Q2", "Q3", "Q4", "Q1", "Q2", "Q3", "Q4"])
    for column in (4, 8):
        sheet.merge_cells(start_row=2, start_column=column, end_row=2, end_column=column + 3)
    for column in (1, 2, 3):
        sheet.merge_cells(start_row=2, start_column=column, end_row=3, end_column=column)
    plan = [  # priority, action, lead, ticked quarter columns (0-7)
        ("Belonging", "Launch a welcoming-community campaign", "City of Kamloops", [0, 1]),
        (None, "Start newcomer walking tours", "Kamloops Museum", [2, 3, 4]),
        ("Employment", "Open a credential help desk", "Kamloops Immigrant Services", [5, 6, 7]),
    ]
    for offset, (priority, action, lead, ticks) in enumerate(plan):
        row = 4 + offset
        _rows(sheet, row, [[priority, action, lead]])
        for tick in ticks:
            sheet.cell(row, 4 + tick, "X")
    _merge_down(sheet, 1, 4, 5)
    book.save(path)
    return Expected(
        path, "Gantt over two years: fiscal years over Q1 … Q4 in a two-row heading",
        2, None, 3, (
            Fact("every action has a lead", "leads"),
            Fact("plan starts 2024-25", "first_year", 2024),
            Fact("each quarter in its year", "dates", {
                "Launch a welcoming-community campaign": ("2024-04-01", "2024-09-30"),
                "Start newcomer walking tours": ("2024-10-01", "2025-06-30"),
                "Open a credential help desk": ("2025-07-01", "2026-03-31")}),
        ),
    )  # fmt: skip


def code_column_levels(folder: Path) -> Expected:
    path = folder / "london-middlesex-strategy-2024-2027.xlsx"
    book = _book()
    sheet = _sheet(book, "Strategy")
    _title(sheet, 1, "London & Middlesex Local Immigration Partnership Strategy 2024-2027", 7)
    _header(sheet, 2, ["No.", "Description", "Lead", "Start Date", "End Date",
                       "% Complete", "Status"])  # fmt: skip
    _rows(sheet, 3, [
        ["1", "Economic Integration"],
        ["1.1", "Employers hire newcomers for their skills"],
        ["1.1.1", "Hold employer round tables on inclusive hiring", "London Chamber of Commerce",
         datetime(2024, 4, 1), datetime(2024, 12, 31), "100", "Completed"],
        ["1.1.2", "Publish a credential recognition guide", "WIL Employment Connections",
         datetime(2024, 9, 1), datetime(2025, 6, 30), "40", "In progress"],
        ["1.2", "Newcomers start businesses"],
        ["1.2.1", "Offer a newcomer entrepreneurs' clinic", "Small Business Centre",
         datetime(2025, 1, 1), datetime(2025, 12, 31), "0", "Not started"],
        ["2", "Health and Wellbeing"],
        ["2.1", "Newcomers find primary care"],
        ["2.1.1", "Keep a list of clinics taking new patients", "Middlesex-London Health Unit",
         datetime(2024, 4, 1), datetime(2027, 3, 31), "50", "On track"],
        ["2.1.2", "Train clinic staff on newcomer patients' needs",
         "Middlesex-London Health Unit", datetime(2024, 10, 1), datetime(2025, 3, 31), "25",
         "Delayed"],
    ])  # fmt: skip
    for row in (3, 9):
        for column in (1, 2):
            sheet.cell(row, column).font = BOLD
    book.save(path)
    return Expected(
        path, "code column 1 / 1.1 / 1.1.1 beside one title column, Excel dates", 2, 3, 5, (
            Fact("every action has a lead", "leads"),
            Fact("plan starts 2024-25", "first_year", 2024),
            Fact("the one-number codes are the priorities", "priority_titles",
                 ["Economic Integration", "Health and Wellbeing"]),
            Fact("Excel dates kept", "dates", {
                "Publish a credential recognition guide": ("2024-09-01", "2025-06-30")}),
            Fact("percentages written as text", "percent", {
                "Publish a credential recognition guide": 40,
                "Train clinic staff on newcomer patients' needs": 25}),
            Fact("statuses as written", "statuses", {
                "completed": 1, "on_track": 2, "not_started": 1, "minor_delays": 1}),
        ),
    )  # fmt: skip


def numbered_sections_over_a_code_column(folder: Path) -> Expected:
    path = folder / "hamilton-hipc-strategy-2024-2029.xlsx"
    book = _book()
    sheet = _sheet(book, "Strategy")
    _title(sheet, 1, "Hamilton Immigration Partnership Council — Strategy 2024-2029", 6)
    _header(sheet, 2, ["#", "Action", "Lead", "Partners", "Timeline", "Status"])
    row = 3
    plan = [
        ("Strategic Priority #1 – Economic Inclusion", [
            ("Objective 1.1: Employers hire newcomers for their skills", [
                ["1.1.1", "Hold inclusive-hiring workshops for small employers",
                 "Hamilton Chamber of Commerce", "Workforce Planning Hamilton", "Year 1",
                 "Completed"],
                ["1.1.2", "Create a paid placement fund", "City of Hamilton", None,
                 "Years 2-3", "Not started"],
            ]),
        ]),
        ("Strategic Priority #2 – Health and Wellbeing", [
            ("Objective 2.1: Newcomers reach mental health care", [
                ["2.1.1", "Fund peer-support groups in five languages",
                 "Hamilton Urban Core CHC", "St. Joseph's Healthcare; YWCA Hamilton",
                 "Year 1-5", "On track"],
            ]),
            ("Objective 2.2: Newcomers find a family doctor", [
                ["2.2.1", "Map clinics accepting new patients", "Hamilton Public Health",
                 None, "Short term", "In progress"],
            ]),
        ]),
    ]  # fmt: skip
    for priority, objectives in plan:
        _section(sheet, row, priority, 6)
        row += 1
        for objective, actions in objectives:
            sheet.cell(row, 1, objective).font = BOLD
            sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=6)
            row = _rows(sheet, row + 1, actions)
    book.save(path)
    return Expected(
        path, "numbered priority and objective rows merged across over a code column", 2, 3, 4, (
            Fact("every action has a lead", "leads"),
            Fact("plan starts 2024-25", "first_year", 2024),
            Fact("the numbered rows are the priorities", "priority_titles",
                 ["Economic Inclusion", "Health and Wellbeing"]),
            Fact("partners split", "partners", ["St. Joseph's Healthcare", "YWCA Hamilton"]),
            Fact("years counted from the plan's start", "dates", {
                "Create a paid placement fund": ("2025-04-01", "2027-03-31")}),
        ),
    )  # fmt: skip


def recommendation_tracker_with_code_columns(folder: Path) -> Expected:
    path = folder / "toronto-newcomer-strategy-tracker-2024.xlsx"
    book = _book()
    sheet = _sheet(book, "Implementation Tracker")
    _title(sheet, 1, "Toronto Newcomer Strategy — Implementation Tracker 2024-2025", 9)
    _header(sheet, 2, ["Strategic Direction", "Recommendation #", "Recommendation",
                       "Action #", "Action", "Lead Division(s)", "Timeline", "Status",
                       "Status Update (Q4 2024-25)"])  # fmt: skip
    _rows(sheet, 3, [
        ["Access to services", "1", "Make city services easy for newcomers to find",
         "1.1", "Publish a multilingual services guide", "Toronto Newcomer Office",
         "Q2 2024-25", "Complete", "Guide published in 12 languages."],
        ["Access to services", "1", "Make city services easy for newcomers to find",
         "1.2", "Train 311 staff on newcomer questions", "311 Toronto", "Q4 2024-25",
         "In progress", "Two of four sessions held."],
        ["Access to services", "2", "Remove barriers to city programs",
         "2.1", "Waive recreation fees for refugee claimants", "Parks, Forestry & Recreation",
         "2024-2025", "Complete", None],
        ["Economic inclusion", "3", "Hire newcomers at the city",
         "3.1", "Recognise foreign credentials in city hiring", "People & Equity",
         "2025-26", "Not started", None],
        ["Economic inclusion", "3", "Hire newcomers at the city",
         "3.2", "Offer paid internships to newcomer graduates", "People & Equity",
         "Q3 2024-25", "Delayed", "Budget approval moved to 2025."],
    ])  # fmt: skip
    book.save(path)
    return Expected(
        path, "recommendation tracker: Recommendation # and Action # code columns", 2, 3, 5, (
            Fact("every action has a lead", "leads"),
            Fact("plan starts 2024-25", "first_year", 2024),
            Fact("the directions are the priorities", "priority_titles",
                 ["Access to services", "Economic inclusion"]),
            Fact("statuses as written", "statuses", {
                "completed": 2, "on_track": 1, "not_started": 1, "minor_delays": 1}),
            Fact("status updates kept", "updates", 3),
            Fact("a division's name with '&' is one lead", "leads_named", {
                "Waive recreation fees for refugee claimants": "Parks, Forestry & Recreation"}),
        ),
    )  # fmt: skip


def header_repeated_under_each_section(folder: Path) -> Expected:
    path = folder / "guelph-wellington-lip-action-plan-2023-2026.xlsx"
    book = _book()
    sheet = _sheet(book, "Action Plan")
    _title(sheet, 1, "Guelph-Wellington LIP — Action Plan 2023-2026", 5)
    labels = ["Action", "Lead", "Partners", "Timeline", "Status"]
    row = 3
    sections = [
        ("Priority 1: Employment", [
            ["Hold a newcomer career fair", "Guelph Employment Services", "Conestoga College",
             "2023-2024", "Complete"],
            ["Mentor internationally trained nurses", "Guelph General Hospital", None,
             "2024-2025", "In progress"],
        ]),
        ("Priority 2: Belonging", [
            ["Run a welcoming-week festival", "City of Guelph", "Guelph Public Library",
             "Annually", "Ongoing"],
            ["Start a newcomer youth soccer league", "Guelph YMCA", None, "Summer 2024",
             "Delayed"],
        ]),
        ("Priority 3: Services", [
            ["Translate the county's intake forms", "County of Wellington", None, "2025",
             "Not started"],
        ]),
    ]  # fmt: skip
    for title, rows in sections:
        _section(sheet, row, title, 5)
        _header(sheet, row + 1, labels)  # each block printed with its own heading
        row = _rows(sheet, row + 2, rows) + 1
    book.save(path)
    return Expected(
        path, "the header row repeated under each priority's section row", 3, None, 5, (
            Fact("every action has a lead", "leads"),
            Fact("plan starts 2023-24", "first_year", 2023),
            Fact("the sections are the priorities", "priority_titles",
                 ["Employment", "Belonging", "Services"]),
            Fact("repeated headings are no actions", "titles_absent", ["Action"]),
            Fact("headings are no partners", "not_partners", ["Lead", "Partners"]),
            Fact("statuses as written", "statuses", {
                "completed": 1, "on_track": 1, "ongoing": 1, "minor_delays": 1,
                "not_started": 1}),
        ),
    )  # fmt: skip


def template_with_notes_in_headings(folder: Path) -> Expected:
    path = folder / "brandon-lip-action-plan-template-2023-2026.xlsx"
    book = _book()
    sheet = _sheet(book, "Action Plan")
    sheet.row_dimensions[1].height = 60  # the logo sits over row 1, an image, no text
    sheet.cell(2, 1, "Brandon Local Immigration Partnership").font = BOLD
    sheet.cell(3, 1, "Community Action Plan 2023-2026")
    sheet.cell(4, 1, "Instructions: please update the Status and Comments columns each "
               "quarter and return this file to the LIP coordinator.")  # fmt: skip
    sheet.cell(5, 1, "Last updated: March 31, 2024")
    _header(sheet, 7, ["Priority Area", "Action\n(what will be done)",
                       "Lead Organization(s)\n(please list all)", "Target Date\n(MM/YYYY)",
                       "Status (select from list)", "Comments / Progress"])  # fmt: skip
    row = 8
    sections = [
        ("Welcoming Community", [
            ["Launch a newcomer welcome centre downtown",
             "Westman Immigrant Services, City of Brandon", "09/2024", "In Progress",
             "Lease signed in February."],
            ["Hold a yearly multicultural festival", "Brandon Folk Arts Council",
             "Ongoing", "Ongoing", None],
        ]),
        ("Employment", [
            ["Hold a hiring fair with local manufacturers", "Brandon Chamber of Commerce",
             "03/2024", "Complete", "62 employers, 400 job seekers."],
            ["Offer workplace English classes on site", "Assiniboine College",
             "06/2025", "Not Started", None],
            ["Set up a credential recognition help desk", "Westman Immigrant Services",
             "12/2024", "Behind Schedule", "Waiting on provincial funding."],
        ]),
    ]  # fmt: skip
    for title, rows in sections:
        _section(sheet, row, title, 6)
        sheet.cell(row, 1).value = None
        sheet.cell(row, 1, title)
        row = _rows(sheet, row + 1, [[None, *r] for r in rows])
    book.save(path)
    return Expected(
        path, "logo row, instructions and Last updated above the table; notes in headings",
        2, None, 5, (
            Fact("every action has a lead", "leads"),
            Fact("the first of the listed leads leads", "leads_named", {
                "Launch a newcomer welcome centre downtown": "Westman Immigrant Services"}),
            Fact("the others are partners", "partners", ["City of Brandon"]),
            Fact("plan starts 2023-24", "first_year", 2023),
            Fact("MM/YYYY target dates are month ends", "dates", {
                "Hold a hiring fair with local manufacturers": (None, "2024-03-31"),
                "Set up a credential recognition help desk": (None, "2024-12-31")}),
            Fact("statuses as written", "statuses", {
                "on_track": 1, "ongoing": 1, "completed": 1, "not_started": 1,
                "minor_delays": 1}),
            Fact("the instructions are no plan item", "titles_absent", [
                "Last updated: March 31, 2024", "Community Action Plan 2023-2026"]),
            Fact("comments kept as progress", "updates", 3),
        ),
    )  # fmt: skip


def french_csv_with_bom(folder: Path) -> Expected:
    path = folder / "rif-saskatchewan-plan-action-2024-2026.csv"
    lines = [
        "Réseau en immigration francophone de la Saskatchewan;;;;;;",
        "Plan d'action 2024-2026;;;;;;",
        ";;;;;;",
        "Objectif stratégique;Moyens d'action;Porteur;Partenaires;Échéance;"
        "Indicateurs de rendement;État d'avancement",
        "Accueil et établissement;Offrir des séances d'accueil dans les écoles "
        "fransaskoises;Conseil des écoles fransaskoises;ACF, Collège Mathieu;d'ici mars 2025;"
        "Nombre de séances offertes;En cours",
        ";Publier un guide d'accueil bilingue;Assemblée communautaire fransaskoise;;"
        "automne 2024;Guide publié;Terminé",
        "Emploi et économie;Organiser un salon de l'emploi francophone;"
        "Conseil économique et coopératif de la Saskatchewan;;2024-2026;"
        "Nombre d'employeurs présents;Non commencé",
        ";Accompagner les entrepreneurs immigrants;"
        "Conseil économique et coopératif de la Saskatchewan;Collège Mathieu;"
        "printemps 2025;Nombre d'entreprises créées;En retard",
        "Vie communautaire;Créer un réseau de jumelage avec des familles d'ici;"
        "Assemblée communautaire fransaskoise;;En continu;Nombre de jumelages;En cours",
    ]
    path.write_bytes(("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8"))
    return Expected(
        path, "French ';' CSV with a BOM and a title block", 3, None, 5, (
            Fact("every action has a lead", "leads"),
            Fact("plan starts 2024-25", "first_year", 2024),
            Fact("partners split", "partners", ["ACF", "Collège Mathieu"]),
            # (An "Échéance" is when the action is due: its end. Seasons are quarters,
            # autumn October to December; "2024-2026" ends with the 2025-26 fiscal year.)
            Fact("French timelines dated", "dates", {
                "Offrir des séances d'accueil dans les écoles fransaskoises":
                    (None, "2025-03-31"),
                "Publier un guide d'accueil bilingue": (None, "2024-12-31"),
                "Organiser un salon de l'emploi francophone": (None, "2026-03-31"),
                "Accompagner les entrepreneurs immigrants": (None, "2025-06-30")}),
            Fact("French statuses", "statuses", {
                "on_track": 2, "completed": 1, "not_started": 1, "minor_delays": 1}),
            Fact("the title block is no plan item", "titles_absent", [
                "Plan d'action 2024-2026",
                "Réseau en immigration francophone de la Saskatchewan"]),
        ),
    )  # fmt: skip


def word_plan_with_narrative(folder: Path) -> Expected:
    from docx import Document
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    path = folder / "halifax-lip-action-plan-2023-2026.docx"
    document = Document()
    document.add_heading("Halifax Local Immigration Partnership — Action Plan 2023-2026", 0)
    document.add_paragraph("Prepared by the Partnership Council with its working groups.")
    priorities = [
        ("Priority 1: Labour Market Integration",
         ["Newcomers are under-employed in Halifax.",
          "This priority connects employers with internationally trained newcomers."],
         [[("Employers hire newcomers", "Run an employer hiring series",
            "Halifax Partnership", "2023-2024"),
           ("Employers hire newcomers", "Publish an inclusive hiring toolkit",
            "Halifax Partnership", "2024")],
          [("Credentials are recognised", "Open a credential navigation desk",
            "ISANS", "2024-2025"),
           ("Credentials are recognised", "Hold licensing information sessions",
            "ISANS", "Ongoing")]]),
        ("Priority 2: Welcoming Communities",
         ["Residents and institutions welcome newcomers."],
         [[("Public spaces welcome newcomers", "Translate signage at recreation centres",
            "Halifax Regional Municipality", "2025"),
           ("Public spaces welcome newcomers", "Run an anti-racism campaign on transit",
            "Halifax Transit", "2024-2026")]]),
    ]  # fmt: skip
    labels = ["Goal", "Action", "Lead", "Timeframe"]
    for heading, narrative, pages in priorities:
        document.add_heading(heading, 1)
        for paragraph in narrative:
            document.add_paragraph(paragraph)
        for page, rows in enumerate(pages):
            if page:  # the table goes on after a page break, its header row again
                document.add_page_break()
            table = document.add_table(rows=1, cols=4)
            table.style = "Table Grid"
            header_properties = table.rows[0]._tr.get_or_add_trPr()
            repeat = OxmlElement("w:tblHeader")
            repeat.set(qn("w:val"), "true")
            header_properties.append(repeat)
            for cell, label in zip(table.rows[0].cells, labels, strict=True):
                cell.paragraphs[0].add_run(label).bold = True
            first: dict[str, int] = {}
            for goal, action, lead, when in rows:
                cells = table.add_row().cells
                index = len(table.rows) - 1
                if goal in first:
                    table.cell(first[goal], 0).merge(table.cell(index, 0))
                else:
                    first[goal] = index
                    cells[0].text = goal
                cells[1].text, cells[2].text, cells[3].text = action, lead, when
    document.save(str(path))
    return Expected(
        path, "Word plan: narrative under Priority n: headings, tables over pages", 2, 3, 6, (
            Fact("priorities from the headings", "priority_titles",
                 ["Labour Market Integration", "Welcoming Communities"]),
            Fact("every action has a lead", "leads"),
            Fact("plan starts 2023-24", "first_year", 2023),
            Fact("the narrative is no plan item", "titles_absent", [
                "Newcomers are under-employed in Halifax.",
                "Residents and institutions welcome newcomers."]),
        ),
    )  # fmt: skip


def bilingual_side_by_side_columns(folder: Path) -> Expected:
    path = folder / "ottawa-lip-bilingual-tracker-2024-25.xlsx"
    book = _book()
    sheet = _sheet(book, "Tracker")
    _title(sheet, 1, "Ottawa Local Immigration Partnership — Tracker 2024-25 / Suivi 2024-2025", 7)
    _header(sheet, 2, ["Priority (EN)", "Priorité (FR)", "Action (EN)", "Action (FR)",
                       "Lead / Responsable", "Timeline / Échéancier", "Status / État"])  # fmt: skip
    _rows(sheet, 3, [
        ["Employment", "Emploi", "Run a bilingual job fair", "Organiser un salon de l'emploi "
         "bilingue", "Ottawa Employment Hub", "Fall 2024", "Completed"],
        [None, None, "Mentor newcomer engineers", "Jumeler des ingénieurs nouveaux arrivants "
         "avec des mentors", "Engineers Without Borders Ottawa", "2024-2025", "On track"],
        ["Health", "Santé", "Translate clinic forms", "Traduire les formulaires des cliniques",
         "Ottawa Public Health", "Q3 2024-25", "Delayed"],
        [None, None, "Train interpreters", "Former des interprètes", "Ottawa Public Health",
         "Winter 2025", "Not started"],
    ])  # fmt: skip
    _merge_down(sheet, 1, 3, 4)
    _merge_down(sheet, 2, 3, 4)
    _merge_down(sheet, 1, 5, 6)
    _merge_down(sheet, 2, 5, 6)
    book.save(path)
    return Expected(
        path, "bilingual columns side by side: Action (EN) | Action (FR)", 2, None, 4, (
            Fact("every action has a lead", "leads"),
            Fact("French titles in the French fields", "french"),
            Fact("the English titles are the priorities'", "priority_titles",
                 ["Employment", "Health"]),
            Fact("plan is 2024-25", "first_year", 2024),
            Fact("statuses as written", "statuses", {
                "completed": 1, "on_track": 1, "minor_delays": 1, "not_started": 1}),
        ),
    )  # fmt: skip


def french_word_plan(folder: Path) -> Expected:
    from docx import Document

    path = folder / "rif-nord-ontario-plan-strategique-2024-2027.docx"
    document = Document()
    document.add_heading("Réseau de soutien à l'immigration francophone du Nord de "
                         "l'Ontario — Plan stratégique 2024-2027", 0)  # fmt: skip
    axes = [
        ("Axe 1 : Accueil et établissement",
         ["Les nouveaux arrivants francophones trouvent des services en français dès leur "
          "arrivée."],
         [("Renforcer l'accueil", "Offrir une trousse d'accueil en français",
           "Collège Boréal", "d'ici mars 2025", "Réalisé"),
          ("Renforcer l'accueil", "Former les agents d'accueil municipaux",
           "Ville du Grand Sudbury", "automne 2025", "En cours")]),
        ("Axe 2 : Emploi",
         ["Les employeurs du Nord recrutent des travailleurs francophones."],
         [("Mobiliser les employeurs", "Tenir un salon de l'emploi francophone",
           "Contact Nord", "2024-2026", "Reporté"),
          ("Mobiliser les employeurs", "Publier un guide d'embauche",
           "Chambre de commerce de Timmins", "printemps 2026", "Non commencé")]),
    ]  # fmt: skip
    for heading, narrative, rows in axes:
        document.add_heading(heading, 1)
        for paragraph in narrative:
            document.add_paragraph(paragraph)
        table = document.add_table(rows=1, cols=5)
        table.style = "Table Grid"
        labels = ["Objectif", "Moyens d'action", "Porteur", "Échéance", "État d'avancement"]
        for cell, label in zip(table.rows[0].cells, labels, strict=True):
            cell.paragraphs[0].add_run(label).bold = True
        first: dict[str, int] = {}
        for objective, action, lead, when, status in rows:
            cells = table.add_row().cells
            index = len(table.rows) - 1
            if objective in first:
                table.cell(first[objective], 0).merge(table.cell(index, 0))
            else:
                first[objective] = index
                cells[0].text = objective
            cells[1].text, cells[2].text, cells[3].text, cells[4].text = (
                action, lead, when, status)  # fmt: skip
    document.save(str(path))
    return Expected(
        path, "French Word plan: Axe n : headings, narrative, Objectif / Moyens d'action",
        2, 2, 4, (
            Fact("the axes are the priorities", "priority_titles",
                 ["Accueil et établissement", "Emploi"]),
            Fact("every action has a lead", "leads"),
            Fact("plan starts 2024-25", "first_year", 2024),
            Fact("French statuses", "statuses", {
                "completed": 1, "on_track": 1, "minor_delays": 1, "not_started": 1}),
            Fact("French due dates", "dates", {
                "Offrir une trousse d'accueil en français": (None, "2025-03-31"),
                "Publier un guide d'embauche": (None, "2026-06-30")}),
            Fact("the narrative is no plan item", "titles_absent", [
                "Les employeurs du Nord recrutent des travailleurs francophones."]),
        ),
    )  # fmt: skip


def workbook_with_dashboard_sheet(folder: Path) -> Expected:
    path = folder / "wood-buffalo-lip-workplan-2024-25.xlsx"
    book = _book()
    dashboard = _sheet(book, "Dashboard")
    _title(dashboard, 1, "Wood Buffalo LIP — Progress Dashboard 2024-25", 5)
    _header(dashboard, 3, ["Strategic Priority", "Total Actions", "Completed", "In Progress",
                           "% Complete"])  # fmt: skip
    _rows(dashboard, 4, [
        ["Employment", 2, 1, 1, 0.5],
        ["Community Connections", 2, 0, 1, 0],
        ["Total", 4, 1, 2, 0.25],
    ])  # fmt: skip
    sheet = _sheet(book, "Work Plan")
    _title(sheet, 1, "Wood Buffalo Local Immigration Partnership — Work Plan 2024-25", 6)
    _header(sheet, 2, ["Strategic Priority", "Action", "Lead", "Target Date", "Status",
                       "Comments"])  # fmt: skip
    _rows(sheet, 3, [
        ["Employment", "Hold a newcomer hiring fair", "Keyano College", datetime(2024, 10, 31),
         "Completed", "38 employers"],
        ["Employment", "Start a trades mentoring circle", "YMCA of Northern Alberta",
         datetime(2025, 3, 31), "In progress", None],
        ["Community Connections", "Host newcomer family nights", "Wood Buffalo Public Library",
         datetime(2025, 2, 28), "In progress", None],
        ["Community Connections", "Launch a welcoming-week campaign",
         "Regional Municipality of Wood Buffalo", datetime(2025, 6, 30), "Not started", None],
    ])  # fmt: skip
    book.save(path)
    return Expected(
        path, "a dashboard sheet of counts before the work plan sheet", 2, None, 4, (
            Fact("every action has a lead", "leads"),
            Fact("plan is 2024-25", "first_year", 2024),
            Fact("the dashboard's rows are no plan items", "titles_absent", ["Total"]),
            Fact("priorities from the work plan", "priority_titles",
                 ["Employment", "Community Connections"]),
            Fact("Excel dates are due dates", "dates", {
                "Hold a newcomer hiring fair": (None, "2024-10-31")}),
        ),
    )  # fmt: skip


def google_sheets_csv_with_bullets(folder: Path) -> Expected:
    import csv

    path = folder / "saint-john-lip-action-plan-2024-2027 - Actions.csv"
    rows = [
        ["Saint John Local Immigration Partnership Action Plan 2024-2027", "", "", "", ""],
        ["", "", "", "", ""],
        ["Goal", "Key Actions", "Lead", "Timeframe", "Status"],
        ["Newcomers find meaningful work",
         "• Host quarterly employer round tables\n• Publish a credential recognition guide",
         "YMCA Newcomer Connections", "Year 1", "In progress"],
        ["Newcomers feel welcome",
         "• Run a welcoming-week festival\n• Train front-line city staff\n"
         "• Launch a newcomer ambassador program",
         "City of Saint John", "Years 1-3", "Not started"],
        ["Newcomers stay in Saint John", "Survey newcomers who leave the city",
         "Saint John Newcomers Centre", "2026", "Not started"],
    ]  # fmt: skip
    with path.open("w", newline="", encoding="utf-8") as file:
        csv.writer(file).writerows(rows)
    return Expected(
        path, "Google Sheets CSV: commas, quoted multi-line cells of bulleted actions",
        3, None, 6, (
            Fact("every action has a lead", "leads"),
            Fact("plan starts 2024-25", "first_year", 2024),
            Fact("the goals are the priorities", "priority_titles", [
                "Newcomers find meaningful work", "Newcomers feel welcome",
                "Newcomers stay in Saint John"]),
            Fact("each bullet is an action, dated by its row", "dates", {
                "Train front-line city staff": ("2024-04-01", "2027-03-31"),
                "Publish a credential recognition guide": ("2024-04-01", "2025-03-31")}),
        ),
    )  # fmt: skip


MORE_LAYOUTS = {
    "long_tracker": long_format_quarterly_tracker,
    "long_tracker_quarter": long_format_quarter_column,
    "gantt_months": gantt_month_columns,
    "gantt_quarters": gantt_quarter_columns,
    "gantt_years_quarters": gantt_years_over_quarters,
    "code_column": code_column_levels,
    "numbered_sections": numbered_sections_over_a_code_column,
    "recommendation_tracker": recommendation_tracker_with_code_columns,
    "repeated_header": header_repeated_under_each_section,
    "notes_in_headings": template_with_notes_in_headings,
    "french_csv": french_csv_with_bom,
    "word_narrative": word_plan_with_narrative,
    "bilingual_columns": bilingual_side_by_side_columns,
    "french_word": french_word_plan,
    "dashboard_sheet": workbook_with_dashboard_sheet,
    "google_csv": google_sheets_csv_with_bullets,
}
