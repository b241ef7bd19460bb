"""The stage rules that make whole families of real layouts import (the layouts
themselves are in real_layouts.py), each on a tiny grid built here."""

from __future__ import annotations

from datetime import date

from lipplanner.core.reports.grid import GridCell, SheetGrid, WorkbookGrid
from lipplanner.core.reports.plan_import import build_preview, detect, row_levels
from lipplanner.core.reports.plan_import.hierarchy import find_structure, numbering, sheet_section
from lipplanner.core.reports.plan_import.values import read_timeline, split_partners

GREEN, RED = "00B050", "FF0000"


def _sheet(rows: list[list[object]], name: str = "S") -> SheetGrid:
    return SheetGrid(
        name, tuple(tuple(c if isinstance(c, GridCell) else GridCell(c) for c in r) for r in rows)
    )  # type: ignore[arg-type]


def _book(*sheets: SheetGrid) -> WorkbookGrid:
    return WorkbookGrid("plan.xlsx", "xlsx", sheets)


def test_a_column_headed_with_the_plans_name_holds_its_numbered_outline() -> None:
    sheet = _sheet([
        ["Strategic Plan", "Lead", "Timeframe", "Status"],
        [GridCell("1. Employment", bold=True)],
        [GridCell("1.1 Employers know newcomer talent", bold=True)],
        ["1.1.1 Run a newcomer talent campaign", "Chamber of Commerce", "Year 1",
         GridCell(None, fill=GREEN)],
        [None],
        [GridCell("Legend", bold=True)],
        [GridCell(None, fill=GREEN), "Complete"],
        [GridCell(None, fill=RED), "Not yet started"],
    ])  # fmt: skip
    grid = _book(sheet)
    mapping = detect(grid)
    assert mapping.sheets[0].columns[0] == "action"
    levels = row_levels(grid, mapping)["S"]
    assert [levels[r] for r in (1, 2, 3, 5, 6, 7)] == [
        "priority", "objective", "action", "skip", "skip", "skip",
    ]  # fmt: skip
    preview = build_preview(grid, mapping)
    (action,) = preview.actions.values()
    assert (action.title_en, action.status) == ("Run a newcomer talent campaign", "completed")


def test_a_legend_title_alone_on_its_row_belongs_to_the_legend_below() -> None:
    sheet = _sheet([
        ["Action", "Status"],
        ["Hold a forum", GridCell(None, fill=RED)],
        [GridCell("Legend", bold=True)],
        [GridCell(None, fill=RED), "Delayed"],
    ])  # fmt: skip
    structure = find_structure(sheet, 0, {0: "action", 1: "status"})
    assert structure.legend == {RED: "Delayed"}
    assert structure.levels[2] == "skip" and structure.levels[1] == "action"


def test_and_joins_two_organisations_only_when_both_are_named_bodies() -> None:
    assert split_partners("Aurora Chamber of Commerce and Aurora Public Library") == [
        "Aurora Chamber of Commerce",
        "Aurora Public Library",
    ]
    for one in (
        "York Region Community and Health Services",
        "Boys and Girls Club of London",
        "Catholic Centre for Immigrants and Refugees",
    ):
        assert split_partners(one) == [one]


def test_a_section_label_in_both_languages_and_a_timeline_in_both() -> None:
    numbered = numbering("Priority 1 / Priorité 1 : Economic Integration / Intégration économique")
    assert numbered is not None
    assert (numbered.word, numbered.number) == ("Priority", "1")
    assert numbered.rest == "Economic Integration / Intégration économique"
    span = read_timeline("Fall 2021 / Automne 2021")
    assert (span.start, span.end) == (date(2021, 10, 1), date(2021, 12, 31))


def test_bilingual_rows_repeating_an_objective_share_it() -> None:
    sheet = _sheet([
        ["Objective / Objectif", "Action / Mesure", "Status / État"],
        ["Employers hire immigrants / Les employeurs embauchent des immigrants",
         "Host roundtables / Tenir des tables rondes", "Complete / Terminé"],
        ["Employers hire immigrants / Les employeurs embauchent des immigrants",
         "Publish stories / Publier des histoires", "In progress / En cours"],
    ])  # fmt: skip
    grid = _book(sheet)
    preview = build_preview(grid, detect(grid))
    (objective,) = preview.objectives.values()
    assert objective.title_en == "Employers hire immigrants"
    assert objective.title_fr == "Les employeurs embauchent des immigrants"


def test_a_word_table_under_a_numbered_direction_is_that_priority() -> None:
    assert sheet_section("Strategic Direction 2: Welcoming Community") is not None
    assert sheet_section("Employment Sub-Council") is None
    tables = [
        _sheet(
            [["Goal", "Action", "Lead"], [goal, action, "City of Kingston"]],
            name=f"Strategic Direction {n}: {title}",
        )
        for n, title, goal, action in (
            (1, "Economic Inclusion", "Employers hire newcomers", "Hold hiring workshops"),
            (2, "Welcoming Community", "Spaces are welcoming", "Add multilingual signs"),
        )
    ]
    grid = _book(*tables)
    preview = build_preview(grid, detect(grid))
    assert [(p.code, p.title_en) for p in preview.priorities.values()] == [
        ("P1", "Economic Inclusion"),
        ("P2", "Welcoming Community"),
    ]
    assert [o.title_en for o in preview.objectives.values()] == [
        "Employers hire newcomers",
        "Spaces are welcoming",
    ]
    assert not preview.working_groups  # a direction is not a working group


def test_a_month_in_an_end_column_is_due_at_its_end_and_titles_set_the_first_year() -> None:
    sheet = _sheet([
        ["Newcomer Strategy 2023–2027"],
        [None],
        ["Action", "Start", "End"],
        ["Offer start-up workshops", "January 2024", "March 2025"],
    ])  # fmt: skip
    grid = _book(sheet)
    preview = build_preview(grid, detect(grid))
    (action,) = preview.actions.values()
    assert (action.start, action.end) == (date(2024, 1, 1), date(2025, 3, 31))
    assert preview.fiscal_years() == (2023, 2024)  # the title says the plan starts in 2023


def test_under_priority_rows_a_goal_label_and_one_objective_per_action_are_no_levels() -> None:
    sheet = _sheet([
        ["Goal", "Objective", "Actions", "Lead"],
        [GridCell("PRIORITY 1: WELCOMING COMMUNITIES", bold=True)],
        ["Municipal commitment", "Councils adopt a policy", "Draft a template policy", "PVLIP"],
        ["Municipal commitment", "Policies are used", "Set up welcoming committees", "PVLIP"],
        ["Community readiness", "Residents see the benefits", "Deliver workshops", "PVLIP"],
    ])  # fmt: skip
    grid = _book(sheet)
    columns = detect(grid).sheets[0].columns
    assert (columns[0], columns[1]) == ("description", "outcome")
    preview = build_preview(grid, detect(grid))
    assert [o.title_en for o in preview.objectives.values()] == ["Welcoming communities"]
    first = next(iter(preview.actions.values()))
    assert (
        first.description == "Goal: Municipal commitment\nExpected outcome: Councils adopt a policy"
    )


def test_an_objective_column_that_groups_actions_stays_the_objective_level() -> None:
    sheet = _sheet([
        ["Goal", "Objective", "Actions", "Lead"],
        [GridCell("PRIORITY 1: WELCOMING COMMUNITIES", bold=True)],
        ["Municipal commitment", "Councils adopt a policy", "Draft a template policy", "PVLIP"],
        ["Municipal commitment", "Councils adopt a policy", "Present it to councils", "PVLIP"],
        ["Community readiness", "Residents see the benefits", "Deliver workshops", "PVLIP"],
    ])  # fmt: skip
    grid = _book(sheet)
    preview = build_preview(grid, detect(grid))
    assert [o.title_en for o in preview.objectives.values()] == [
        "Councils adopt a policy",
        "Residents see the benefits",
    ]


def test_traffic_light_colours_without_a_legend_are_read_and_said() -> None:
    sheet = _sheet([
        ["Action", "Lead", "Status"],
        ["Hold a forum", "RIF Nord", GridCell(None, fill=GREEN)],
        ["Train volunteers", "RIF Nord", GridCell(None, fill="FFC000")],
        ["Map services", "RIF Nord", GridCell(None, fill=RED)],
        ["Print a guide", "RIF Nord", GridCell(None, fill="5B9BD5")],  # blue: no light
    ])  # fmt: skip
    grid = _book(sheet)
    preview = build_preview(grid, detect(grid))
    assert [a.status for a in preview.actions.values()] == [
        "on_track", "minor_delays", "serious_concerns", "not_started",
    ]  # fmt: skip
    said = [str(p) for p in preview.notes if "no legend" in str(p)]
    assert len(said) == 1 and "green was read as On track" in said[0]


def test_a_bold_band_is_a_section_wherever_its_text_is_typed() -> None:
    band = "DDEBF7"
    sheet = _sheet([
        ["#", "Priority", "Activity", "Lead"],
        [GridCell(None, fill=band), GridCell("Employment", bold=True, fill=band),
         GridCell(None, fill=band), GridCell(None, fill=band)],
        ["1.1", "Newcomers find work", "Hold a mentoring evening", "City of Hamilton"],
        [GridCell(None, fill=band), GridCell(None, fill=band),
         GridCell("Belonging", bold=True, fill=band), GridCell(None, fill=band)],
        ["2.1", "Residents welcome newcomers", "Hold Welcoming Week", "City of Hamilton"],
        ["2.2", None, GridCell("Print a welcome guide", bold=True), "City of Hamilton"],
    ])  # fmt: skip
    grid = _book(sheet)
    mapping = detect(grid)
    levels = row_levels(grid, mapping)["S"]
    assert [levels[r] for r in range(1, 6)] == [
        "priority", "action", "priority", "action", "action",
    ]  # fmt: skip
    preview = build_preview(grid, mapping)
    assert [p.title_en for p in preview.priorities.values()] == ["Employment", "Belonging"]
    assert find_structure(sheet, 0, mapping.sheets[0].columns).legend == {}  # a band, no swatch


def test_an_acronym_of_two_words_in_a_key_below_the_table() -> None:
    sheet = _sheet([
        ["Priority", "Action", "Lead"],
        ["Belonging", "Hold a welcoming week", "WE LIP"],
        [None],
        ["WE LIP = Windsor-Essex Local Immigration Partnership"],
    ])  # fmt: skip
    grid = _book(sheet)
    preview = build_preview(grid, detect(grid))
    (action,) = preview.actions.values()
    assert preview.partners[action.lead or ""].name_en == (
        "Windsor-Essex Local Immigration Partnership"
    )
    assert [p.title_en for p in preview.priorities.values()] == ["Belonging"]
