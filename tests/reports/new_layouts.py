"""Three more real plan families, built as municipal and LIP plans are written, each
with what a coordinator reading it would expect the import to give (see
tests/reports/real_layouts.py for `Expected` and `Fact`).

- A sector plan in the manner of Ottawa's: "Sector / Goal / Action / Indicator / Target",
  sectors and goals merged down, timeframes in terms ("Short term") and fiscal quarters.
- A Results-Based-Accountability report card in the manner of Calgary's: "Result n:"
  rows, then "Strategy | Performance measure | Baseline | Target | 2023 | 2024" where the
  year columns hold the measure's values, not ticks.
- A quarterly progress report with one sheet per quarter ("Q1 2023-24" …): the same
  actions on each sheet, their status and narrative as of that quarter.
"""

from __future__ import annotations

from pathlib import Path

from tests.reports.real_layouts import (
    BOLD,
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


def sector_goal_action_indicator(folder: Path) -> Expected:
    path = folder / "riverton-olip-sector-plan.xlsx"
    book = _book()
    sheet = _sheet(book, "Action Plan")
    _title(sheet, 1, "Riverton Local Immigration Partnership — Action Plan 2022-2025", 9)
    sheet.cell(2, 1, "Approved by the LIP Council, June 2022")
    _header(sheet, 3, ["Sector", "Goal", "Action", "Lead", "Partners", "Indicator",
                       "Target", "Timeframe", "Status"])  # fmt: skip
    rows = [
        ["Economic Integration", "Employers hire newcomers for their skills",
         "Run employer round tables on hiring newcomers", "RBOT (lead), RNC",
         "Riverton Public Library", "# of employers engaged", "40 employers",
         "Short term", "Done"],
        [None, None, "Publish a bridging-programs guide", "RNC",
         "TBD", "Guide published", "1 guide", "Q4 FY2022", "In progress – delayed"],
        [None, "Newcomers start businesses", "Offer a newcomer entrepreneurs' clinic",
         "Lead: Riverton Community Futures; Support: RBOT", None,
         "# of clinic participants", "60 participants", "FY 2023/24", "Not yet started"],
        ["Health and Wellbeing", "Newcomers find a family doctor",
         "Train clinic staff on newcomer patients' needs", "Riverton Public Health",
         "All partners", "# of staff trained", "120 staff", "Medium term", "G"],
        [None, None, "Map clinics taking new patients", "Riverton Public Health",
         "RNC/RBOT", "Map published", "1 map", "Within 6 months", "Achieved"],
        [None, "Mental health supports reach newcomers",
         "Fund peer-support circles in three languages", "Riverton Family Services",
         "RNC", "# of circles running", "6 circles", "Long term", "At risk"],
        ["Social Integration", "Newcomers feel they belong",
         "Hold a welcoming week each June", "City of Riverton", "Riverton Public Library",
         "# of attendees", "2,000 attendees", "Annually", "On track"],
        [None, None, "Recruit newcomer volunteers for city boards", "City of Riverton",
         "N/A", "# of newcomers on boards", "10 members", "Phase 2", "On hold"],
        [None, None, "Survey newcomers' sense of belonging", "City of Riverton", "RNC",
         "Sense of belonging (%)", "75%", "Winter 2024", "Cancelled"],
    ]  # fmt: skip
    _rows(sheet, 4, rows)
    _merge_down(sheet, 1, 4, 6)
    _merge_down(sheet, 1, 7, 9)
    _merge_down(sheet, 1, 10, 12)
    _merge_down(sheet, 2, 4, 5)
    _merge_down(sheet, 2, 7, 8)
    _merge_down(sheet, 2, 10, 12)
    sheet.cell(14, 1, "Acronyms: RBOT = Riverton Board of Trade; RNC = Riverton Newcomer Centre")
    book.save(path)
    return Expected(
        path, "sector / goal / action / indicator / target, merged down, terms", 3, 5, 9, (
            Fact("every action has a lead", "leads"),
            Fact("plan starts 2022-23", "first_year", 2022),
            Fact("acronyms written out from the key", "partners",
                 ["Riverton Board of Trade", "Riverton Newcomer Centre"]),
            Fact("placeholders are no partners", "not_partners", ["TBD", "All partners", "N/A"]),
            Fact("the marked lead leads", "leads_named", {
                "Run employer round tables on hiring newcomers": "Riverton Board of Trade",
                "Offer a newcomer entrepreneurs' clinic": "Riverton Community Futures"}),
            Fact("statuses as written", "statuses", {
                "completed": 2, "minor_delays": 2, "not_started": 1, "on_track": 2,
                "serious_concerns": 1, "discontinued": 1}),
            Fact("terms and fiscal quarters dated", "dates", {
                "Run employer round tables on hiring newcomers": ("2022-04-01", "2023-03-31"),
                "Publish a bridging-programs guide": ("2023-01-01", "2023-03-31"),
                "Train clinic staff on newcomer patients' needs": ("2023-04-01", "2025-03-31"),
                "Map clinics taking new patients": ("2022-04-01", "2022-09-30"),
                "Fund peer-support circles in three languages": ("2024-04-01", "2025-03-31"),
                "Recruit newcomer volunteers for city boards": ("2023-04-01", "2024-03-31"),
                "Survey newcomers' sense of belonging": ("2024-01-01", "2024-03-31")}),
            Fact("the acronym key is no plan item", "titles_absent",
                 ["Acronyms: RBOT = Riverton Board of Trade; RNC = Riverton Newcomer Centre"]),
        ),
    )  # fmt: skip


def rba_report_card(folder: Path) -> Expected:
    path = folder / "gateway-rba-report-card.xlsx"
    book = _book()
    sheet = _sheet(book, "Report Card")
    _title(sheet, 1, "Gateway LIP — Report Card 2023-2024 (Results-Based Accountability)", 9)
    _header(sheet, 2, ["Strategy", "Performance measure", "Baseline", "Target", "2023",
                       "2024", "Lead", "Partners", "Status"])  # fmt: skip
    row = 3
    results = [
        ("Result 1: Newcomers have jobs that match their skills", [
            ["Mentor internationally trained professionals", "% of mentees employed in field",
             0.35, 0.5, 0.38, 0.44, "Gateway Employment Services",
             "TRIEC, Gateway Chamber of Commerce", "On track"],
            ["Pre-arrival credential checks", "# of credentials assessed", 120, 300, 180, 260,
             "Gateway Immigrant Services", None, "Some delays"],
            ["Employer hiring toolkit", "# of employers using the toolkit", 0, 50, 12, 31,
             "Gateway Chamber of Commerce", "Gateway Employment Services", "Completed"],
        ]),
        ("Result 2: Newcomers are connected to their community", [
            ["Neighbourhood welcome hosts", "# of newcomer families matched", 40, 150, 65, 118,
             "Gateway Immigrant Services", "City of Gateway", "On track"],
            ["Library conversation circles", "% of participants reporting a new friend",
             0.55, 0.7, 0.6, 0.66, "Gateway Public Library", None, "On track"],
        ]),
        ("Result 3: Public services work for newcomers", [
            ["Interpretation at city counters", "# of languages offered", 3, 10, 5, 8,
             "City of Gateway", None, "Behind"],
            ["Newcomer advisory panel for the city", "# of policies reviewed by the panel",
             0, 6, 1, 2, "City of Gateway", "Gateway Immigrant Services", "Not started"],
        ]),
    ]  # fmt: skip
    for title, strategies in results:
        _section(sheet, row, title, 9)
        row = _rows(sheet, row + 1, strategies)
    for r in range(3, row):  # percentages shown as such, stored as fractions (as Excel does)
        for column in (3, 4, 5, 6):
            cell = sheet.cell(r, column)
            if isinstance(cell.value, float):
                cell.number_format = "0%"
    sheet.cell(row + 1, 1, "Story behind the curve: mentoring grew after the 2023 "
               "employer summit.").font = BOLD  # fmt: skip
    book.save(path)
    return Expected(
        path, "RBA report card: results, strategies, measures with baseline, target, years",
        3, None, 7, (
            Fact("every action has a lead", "leads"),
            Fact("plan runs 2023-24 to 2024-25", "first_year", 2023),
            Fact("results are the priorities", "priority_titles", [
                "Newcomers have jobs that match their skills",
                "Newcomers are connected to their community",
                "Public services work for newcomers"]),
            Fact("statuses as written", "statuses", {
                "on_track": 3, "minor_delays": 2, "completed": 1, "not_started": 1}),
            Fact("partners split", "partners", ["TRIEC", "Gateway Chamber of Commerce"]),
            Fact("measured values in year columns are no ticks", "dates", {
                "Mentor internationally trained professionals": (None, None)}),
            Fact("the story line is no action", "titles_absent", [
                "Story behind the curve: mentoring grew after the 2023 employer summit."]),
        ),
    )  # fmt: skip


_QUARTERS = ("Q1 2023-24", "Q2 2023-24", "Q3 2023-24", "Q4 2023-24")


def quarterly_report_sheet_per_quarter(folder: Path) -> Expected:
    path = folder / "harbour-quarterly-report-2023-24.xlsx"
    book = _book()
    actions = [
        ("1.1", "Settlement", "Host newcomer orientation sessions", "Harbour Settlement Services"),
        ("1.2", "Settlement", "Translate the welcome guide into 6 languages", "City of Harbour"),
        ("2.1", "Employment", "Run a newcomer job fair", "Harbour Employment Network"),
        ("2.2", "Employment", "Match newcomers with mentors", "Harbour Employment Network"),
        ("3.1", "Belonging", "Launch an anti-racism campaign", "City of Harbour"),
    ]
    statuses = [  # each action's status, quarter by quarter
        ("Not started", "In progress", "In progress", "Completed"),
        ("In progress", "In progress", "Delayed", "Delayed"),
        ("Not started", "Not started", "Completed", "Completed"),
        ("In progress", "On track", "On track", "On track"),
        ("Not started", "Not started", "Not started", "In progress"),
    ]
    for index, quarter in enumerate(_QUARTERS):
        sheet = _sheet(book, quarter)
        _title(sheet, 1, f"Harbour LIP — Quarterly Progress Report, {quarter}", 6)
        _header(sheet, 2, ["#", "Priority", "Action", "Lead", "Status",
                           "Progress this quarter"])  # fmt: skip
        _rows(sheet, 3, [
            [code, priority, title, lead, statuses[n][index],
             f"{quarter}: work on “{title.lower()}” reported by {lead}."]
            for n, (code, priority, title, lead) in enumerate(actions)
        ])  # fmt: skip
    book.save(path)
    return Expected(
        path, "quarterly report, one sheet per quarter, the same actions on each", 3, None, 5, (
            Fact("every action has a lead", "leads"),
            Fact("plan starts 2023-24", "first_year", 2023),
            Fact("the latest quarter's statuses", "statuses", {
                "completed": 2, "minor_delays": 1, "on_track": 2}),
            Fact("the latest quarter's narrative is a progress update", "updates", 5),
            Fact("quarters are no working groups", "working_groups", {
                "Host newcomer orientation sessions": None}),
        ),
    )  # fmt: skip


NEW_LAYOUTS = {
    "sector_goal": sector_goal_action_indicator,
    "rba_card": rba_report_card,
    "quarter_sheets": quarterly_report_sheet_per_quarter,
}
