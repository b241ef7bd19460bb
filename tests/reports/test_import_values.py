"""Stage 4 on its own: the values people write in plans, read as they mean them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest

from lipplanner.core.reports.cell_values import CellError
from lipplanner.core.reports.plan_import import read_plan_workbook
from lipplanner.core.reports.plan_import.values import (
    StatusReader,
    acronym_pairs,
    completion_question,
    last_plan_year,
    measure_line,
    measured,
    quarter_named,
    read_timeline,
    split_partners,
    ticked,
)

# A plan whose first fiscal year is 2023-24 (April 2023 to March 2024).
FIRST = 2023


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # Fiscal years as finance writes them; "FY2022" starts April 2022, as "2022" does.
        ("Q4 FY2022", date(2023, 1, 1), date(2023, 3, 31)),
        ("FY 2023/24", date(2023, 4, 1), date(2024, 3, 31)),
        ("FY2022", date(2022, 4, 1), date(2023, 3, 31)),
        ("2023/24", date(2023, 4, 1), date(2024, 3, 31)),
        ("T1 2023-2024", date(2023, 4, 1), date(2023, 6, 30)),
        # Seasons, alone, in a fiscal year, and ranged.
        ("Winter 2024", date(2024, 1, 1), date(2024, 3, 31)),
        ("Hiver 2024", date(2024, 1, 1), date(2024, 3, 31)),
        ("Winter 2023-24", date(2024, 1, 1), date(2024, 3, 31)),
        ("Fall 2023 - Spring 2024", date(2023, 10, 1), date(2024, 6, 30)),
        # Months: abbreviated, numbered, year first; a half-year.
        ("Sept. 2023", date(2023, 9, 1), date(2023, 9, 30)),
        ("09/2023", date(2023, 9, 1), date(2023, 9, 30)),
        ("2023-09", date(2023, 9, 1), date(2023, 9, 30)),
        ("2011-12", date(2011, 4, 1), date(2012, 3, 31)),  # still a fiscal year
        ("1er semestre 2024", date(2024, 1, 1), date(2024, 6, 30)),
        # Deadlines: only an end.
        ("By end of Year 2", None, date(2025, 3, 31)),
        ("By the end of 2024", None, date(2024, 12, 31)),
        ("d'ici mars 2025", None, date(2025, 3, 31)),
        ("D'ici la fin de 2024", None, date(2024, 12, 31)),
        # Dates typed in a text column: ISO, and a serial number Excel showed as text.
        ("2023-09-30", None, date(2023, 9, 30)),
        ("45000", None, date(2023, 3, 15)),
        # Short forms.
        ("FY23/24", date(2023, 4, 1), date(2024, 3, 31)),
        ("Y2-Y3", date(2024, 4, 1), date(2026, 3, 31)),
        ("Spring/Summer 2024", date(2024, 4, 1), date(2024, 9, 30)),
        ("Printemps/été 2024", date(2024, 4, 1), date(2024, 9, 30)),
    ],
)
def test_timelines_with_dates_people_write(text: str, start: date | None, end: date | None) -> None:
    span = read_timeline(text, FIRST)
    assert (span.start, span.end, span.relative) == (start, end, False)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # short = year 1, medium = years 2-3, long = years 4-5 of the plan.
        ("Short term", date(2023, 4, 1), date(2024, 3, 31)),
        ("Short-term", date(2023, 4, 1), date(2024, 3, 31)),
        ("Medium term", date(2024, 4, 1), date(2026, 3, 31)),
        ("À moyen terme", date(2024, 4, 1), date(2026, 3, 31)),
        ("Long term", date(2026, 4, 1), date(2028, 3, 31)),
        ("Long terme", date(2026, 4, 1), date(2028, 3, 31)),
        ("Phase 1", date(2023, 4, 1), date(2024, 3, 31)),
        ("Phase 2", date(2024, 4, 1), date(2025, 3, 31)),
        ("Phase 1-2", date(2023, 4, 1), date(2025, 3, 31)),
        ("Immediate", date(2023, 4, 1), date(2024, 3, 31)),
        ("Immédiatement", date(2023, 4, 1), date(2024, 3, 31)),
        ("Within 6 months", date(2023, 4, 1), date(2023, 9, 30)),
        ("D'ici 6 mois", date(2023, 4, 1), date(2023, 9, 30)),
        ("Dans les 12 prochains mois", date(2023, 4, 1), date(2024, 3, 31)),
        ("Within two years", date(2023, 4, 1), date(2025, 3, 31)),
        ("Within 1-2 years", date(2023, 4, 1), date(2025, 3, 31)),
        ("Within the first year", date(2023, 4, 1), date(2024, 3, 31)),
        ("Short to medium term", date(2023, 4, 1), date(2026, 3, 31)),
        ("Medium-long term", date(2024, 4, 1), date(2028, 3, 31)),
        ("Court à moyen terme", date(2023, 4, 1), date(2026, 3, 31)),
    ],
)
def test_phrases_counted_from_the_plans_start(
    text: str, start: date | None, end: date | None
) -> None:
    span = read_timeline(text, FIRST)
    assert (span.start, span.end) == (start, end)
    assert span.relative  # the sheet's words are kept in a note beside these dates


def test_from_a_year_on() -> None:
    span = read_timeline("2026+", FIRST)
    assert (span.start, span.end, span.ongoing) == (date(2026, 4, 1), None, True)


def test_a_shorter_plans_long_term_is_its_last_year() -> None:
    three_years = FIRST + 2
    assert read_timeline("Long term", FIRST, three_years).start == date(2025, 4, 1)
    assert read_timeline("Long term", FIRST, three_years).end == date(2026, 3, 31)
    assert read_timeline("Medium term", FIRST, three_years).end == date(2026, 3, 31)
    assert read_timeline("Short term", FIRST, three_years).end == date(2024, 3, 31)


def test_the_plans_last_year_from_the_years_its_title_names() -> None:
    assert last_plan_year([2023, 2026]) == 2025  # "2023-2026": April 2023 to March 2026
    assert last_plan_year([2023, 2024]) == 2023  # "2023-2024": one fiscal year
    assert last_plan_year([2023]) is None


@pytest.mark.parametrize("text", ["Short term", "Immediate", "Within 6 months", "Phase 2"])
def test_phrases_from_the_start_need_the_plans_first_year(text: str) -> None:
    with pytest.raises(CellError, match="counts from the plan's start, which is not known"):
        read_timeline(text)


def test_a_plan_in_terms_gets_dates_from_its_years_and_keeps_the_words(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Plan"
    for row in [
        ["Newcomer Strategy 2023-2026"],
        ["Goal", "Action", "Lead", "Timeframe"],
        ["Belonging", "Run a welcome week", "Town of Thornbury", "Short term"],
        ["Belonging", "Open a welcome centre", "Town of Thornbury", "Long term"],
        ["Belonging", "Map services", "Town of Thornbury", "Within 6 months"],
    ]:
        sheet.append(row)
    book.save(tmp_path / "plan.xlsx")

    preview = read_plan_workbook(tmp_path / "plan.xlsx")

    dates = {a.title_en: (a.start, a.end) for a in preview.actions.values()}
    assert dates == {
        "Run a welcome week": (date(2023, 4, 1), date(2024, 3, 31)),
        # The plan runs to March 2026 (its title says): its long term is its last year.
        "Open a welcome centre": (date(2025, 4, 1), date(2026, 3, 31)),
        "Map services": (date(2023, 4, 1), date(2023, 9, 30)),
    }
    notes = [str(n) for n in preview.notes]
    assert (
        "Plan!D4: “Long term” was dated 2025-04-01 to 2026-03-31, counted from the "
        "plan's first year." in notes
    )


@pytest.mark.parametrize(
    ("word", "status"),
    [
        ("Not yet started", "not_started"),
        ("In progress - on track", "on_track"),
        # Words that only say work began give way to what follows them.
        ("In progress – delayed", "minor_delays"),
        ("In progress, at risk", "serious_concerns"),
        ("En cours - en retard", "minor_delays"),
        ("At risk", "serious_concerns"),
        ("On hold", "minor_delays"),
        ("Cancelled", "discontinued"),
        ("Annulé", "discontinued"),
        ("Done", "completed"),
        ("Achieved", "completed"),
        ("✓", "completed"),
        ("✔", "completed"),
        # Traffic lights in words and letters, English and French.
        ("Green", "on_track"),
        ("Amber", "minor_delays"),
        ("Red", "serious_concerns"),
        ("G", "on_track"),
        ("A", "minor_delays"),
        ("R", "serious_concerns"),
        ("Vert", "on_track"),
        ("Jaune", "minor_delays"),
        ("Rouge", "serious_concerns"),
        # A percentage written as the status.
        ("0%", "not_started"),
        ("50%", "on_track"),
        ("50 %", "on_track"),
        ("100%", "completed"),
        ("0.4", "on_track"),
        # Coloured marks; "partially" before the word it qualifies; nothing to say yet.
        ("🟢", "on_track"),
        ("🟡", "minor_delays"),
        ("🔴", "serious_concerns"),
        ("Partially achieved", "on_track"),
        ("Objectif atteint", "completed"),
        ("N/A", "not_started"),
        ("-", "not_started"),
    ],
)
def test_status_words_of_each_family(word: str, status: str) -> None:
    assert StatusReader().words(word) == status


@pytest.mark.parametrize(
    ("heading", "mark", "status"),
    [
        ("Completed?", "Yes", "completed"),
        ("Completed?", "X", "completed"),
        ("Completed?", "No", "not_started"),
        ("Done (Y/N)", "Y", "completed"),
        ("Done (Y/N)", "N", "not_started"),
        ("Terminé?", "Oui", "completed"),
        ("Réalisé (oui/non)", "Non", "not_started"),
    ],
)
def test_yes_and_no_answer_a_completed_question(heading: str, mark: str, status: str) -> None:
    assert completion_question(heading)
    assert StatusReader().read(mark, None, heading) == status


@pytest.mark.parametrize(
    "mark", ["X", "Yes", "No", "Frobnicated", "Waiting for a partner", "Not achieved", "Not met"]
)
def test_marks_that_say_nothing_under_status_are_left_for_the_person(mark: str) -> None:
    reader = StatusReader()
    assert not completion_question("Status")
    assert reader.read(mark, None, "Status") is None
    assert reader.unknown == [mark]  # asked once in the assistant, not guessed


def test_a_completed_question_column_gives_statuses(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Tracker"
    for row in [
        ["Action", "Lead", "Completed?"],
        ["Run a welcome week", "Town of Thornbury", "Yes"],
        ["Open a welcome centre", "Town of Thornbury", "No"],
        ["Map services", "Town of Thornbury", "✓"],
        ["Train front-line staff", "Town of Thornbury", "Maybe"],
    ]:
        sheet.append(row)
    book.save(tmp_path / "plan.xlsx")

    preview = read_plan_workbook(tmp_path / "plan.xlsx")

    statuses = {a.title_en: a.status for a in preview.actions.values()}
    assert statuses == {
        "Run a welcome week": "completed",
        "Open a welcome centre": "not_started",
        "Map services": "completed",
        "Train front-line staff": "not_started",
    }
    assert preview.unknown_statuses == ["Maybe"]  # left for the person to match


@pytest.mark.parametrize(
    ("cell", "names"),
    [
        # The lead comes first, whether marked or labelled, wherever it is written.
        ("City of Guelph (lead), YMCA, Guelph Public Library",
         ["City of Guelph", "YMCA", "Guelph Public Library"]),
        ("YMCA, City of Guelph (Lead)", ["City of Guelph", "YMCA"]),
        ("Ville de Sudbury (chef de file), Collège Boréal", ["Ville de Sudbury", "Collège Boréal"]),
        ("Lead: City of Guelph; Support: YMCA, Guelph Public Library",
         ["City of Guelph", "YMCA", "Guelph Public Library"]),
        ("Support: YMCA; Lead: City of Guelph", ["City of Guelph", "YMCA"]),
        ("Partenaires : ACFO, Collège Boréal", ["ACFO", "Collège Boréal"]),
        # "&" and "/" split acronyms, not the words of one name.
        ("ISANS & YMCA", ["ISANS", "YMCA"]),
        ("IRCC/FCFA", ["IRCC", "FCFA"]),
        ("Settlement/Integration services", ["Settlement/Integration services"]),
        # Placeholders name no one.
        ("TBD", []),
        ("N/A", []),
        ("All partners", []),
        ("All LIP partners", []),
        ("Tous les partenaires", []),
        ("To be determined", []),
        ("YMCA; TBD", ["YMCA"]),
        # A group of people beside the organisations is no partner of its own.
        ("Collège Boréal, employeurs", ["Collège Boréal"]),
        ("YMCA, local employers, City of Guelph", ["YMCA", "City of Guelph"]),
        ("Employers", []),
        ("Planning, Engineering and Regulatory Services",
         ["Planning, Engineering and Regulatory Services"]),
    ],
)  # fmt: skip
def test_partner_lists_as_people_write_them(cell: str, names: list[str]) -> None:
    assert split_partners(cell) == names


@pytest.mark.parametrize(
    ("cell", "pairs"),
    [
        ("Acronyms: ABC = Alpha Beta Centre; DEF = Delta Echo Fund",
         {"ABC": "Alpha Beta Centre", "DEF": "Delta Echo Fund"}),
        ("Acronyms:\nABC = Alpha Beta Centre\nDEF – Delta Echo Fund",
         {"ABC": "Alpha Beta Centre", "DEF": "Delta Echo Fund"}),
        ("Sigles : CSC = Centre de santé communautaire, ACFO = Assemblée de la francophonie",
         {"CSC": "Centre de santé communautaire", "ACFO": "Assemblée de la francophonie"}),
        ("Abbreviations: Alpha Beta Centre (ABC); Delta Echo Fund (DEF)",
         {"ABC": "Alpha Beta Centre", "DEF": "Delta Echo Fund"}),
        ("Acronyms", {}),
        ("Hold a fair: invite employers", {}),
    ],
)  # fmt: skip
def test_an_acronym_key_written_in_one_cell(cell: str, pairs: dict[str, str]) -> None:
    assert acronym_pairs(cell) == pairs


def test_partners_marked_as_lead_and_expanded_from_a_key_in_one_cell(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Plan"
    for row in [
        ["Action", "Lead / Partners", "Timeline"],
        ["Run a welcome week", "GPL, City of Guelph (lead)", "2024"],
        ["Open a welcome centre", "Lead: ISG; Support: GPL & YMCA", "2025"],
        ["Map services", "TBD", "2024"],
        [],
        ["Acronyms: GPL = Guelph Public Library; ISG = Immigrant Services Guelph"],
    ]:
        sheet.append(row)
    book.save(tmp_path / "plan.xlsx")

    preview = read_plan_workbook(tmp_path / "plan.xlsx")

    names = {key: p.name_en for key, p in preview.partners.items()}
    people = {
        a.title_en: (names.get(a.lead or ""), [names[k] for k in a.supporting])
        for a in preview.actions.values()
    }
    assert people == {
        "Run a welcome week": ("City of Guelph", ["Guelph Public Library"]),
        "Open a welcome centre": ("Immigrant Services Guelph", ["Guelph Public Library", "YMCA"]),
        "Map services": (None, []),
    }
    assert preview.partners["guelph public library"].acronym == "GPL"
    assert len(preview.actions) == 3  # the key is no action


@pytest.mark.parametrize(
    ("name", "quarter"),
    [
        ("Q1 2023-24", "2023-24-Q1"),
        ("Q4 2023-24", "2023-24-Q4"),
        ("T2 2022-2023", "2022-23-Q2"),
        ("Jan-Mar 2024", "2023-24-Q4"),
        ("Action Plan", None),
        ("2023", None),  # a year, not a quarter
        ("Employment", None),
    ],
)
def test_a_sheet_named_for_a_quarter(name: str, quarter: str | None) -> None:
    found = quarter_named(name)
    assert (found.label if found else None) == quarter


@pytest.mark.parametrize(
    ("value", "tick", "measure"),
    [("✓", True, False), ("x", True, False), (1, True, False), (2023, True, False),
     ("no", False, False), (None, False, False), (0.38, True, True), (180, True, True),
     (0, False, False)],
)  # fmt: skip
def test_a_year_columns_tick_or_measured_value(value: object, tick: bool, measure: bool) -> None:
    # An amount is a tick (a budget in the years it runs), unless the sheet's rows are
    # performance measures: then the build leaves measured values out of the dates.
    assert (ticked(value), measured(value)) == (tick, measure)


def test_a_measure_keeps_its_figures_in_words() -> None:
    figures = [("Baseline", 0.35), ("Target", 0.5), ("2023", 0.38), ("2024", 0.44)]
    assert measure_line("% of mentees employed in field", figures) == (
        "% of mentees employed in field: baseline 35 %, target 50 %, 2023: 38 %, 2024: 44 %"
    )
    counts = [("Baseline", 120), ("Target", 1500), ("2023", 180), ("2024", None)]
    assert measure_line("# of credentials assessed", counts) == (
        "# of credentials assessed: baseline 120, target 1,500, 2023: 180"
    )


def test_a_percentage_in_the_status_column_is_the_status_and_the_percent(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Tracker"
    for row in [
        ["Action", "Lead", "Status"],
        ["Run a welcome week", "Town of Thornbury", "50%"],
        ["Open a welcome centre", "Town of Thornbury", "100 %"],
        ["Map services", "Town of Thornbury", "0%"],
        ["Train staff", "Town of Thornbury", 0.4],  # a "40 %" cell, as Excel keeps it
    ]:
        sheet.append(row)
    book.save(tmp_path / "plan.xlsx")

    preview = read_plan_workbook(tmp_path / "plan.xlsx")

    assert {a.title_en: (a.status, a.percent) for a in preview.actions.values()} == {
        "Run a welcome week": ("on_track", 50),
        "Open a welcome centre": ("completed", 100),
        "Map services": ("not_started", 0),
        "Train staff": ("on_track", 40),
    }
