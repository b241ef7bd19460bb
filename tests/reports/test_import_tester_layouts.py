"""Layouts testers brought from real LIP work plans that the import read wrong: each
test builds a small sheet of that family (as tests/reports/real_layouts.py does) and
checks what a coordinator would see after importing it with no hints."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl.styles import PatternFill
from sqlalchemy import select

from lipplanner.core import models as m
from lipplanner.core.db import open_plan
from lipplanner.core.reports.plan_import import (
    ImportPreview,
    build_preview,
    create_plan_file,
    detect,
)
from lipplanner.core.reports.readers import read_grid
from tests.reports.real_layouts import (
    AMBER,
    GREEN,
    RED,
    _book,
    _header,
    _merge_down,
    _rows,
    _sheet,
    _title,
)


def _import(
    folder: Path,
    headings: list[str | None],
    rows: list[list[Any]],
    merges: tuple[tuple[int, int, int], ...] = (),
    title: str = "Riverton LIP — Action plan",
    fills: dict[tuple[int, int], str] | None = None,
    legend: list[tuple[str, str]] | None = None,
) -> ImportPreview:
    """A one-sheet plan: a title row, the headings on row 2, `rows` from row 3,
    (column, first row, last row) merged down, cells (row, column) filled with a colour,
    and a colour legend of (colour, words) two rows below the table; read with no hints."""
    path = folder / "plan.xlsx"
    book = _book()
    sheet = _sheet(book, "Action plan")
    _title(sheet, 1, title, len(headings))
    _header(sheet, 2, headings)
    _rows(sheet, 3, rows)
    for column, first, last in merges:
        _merge_down(sheet, column, first, last)
    for (row, column), colour in (fills or {}).items():
        sheet.cell(row, column).fill = PatternFill("solid", fgColor=colour)
    if legend:
        at = 3 + len(rows) + 1
        sheet.cell(at, 1, "Legend")
        for offset, (colour, words) in enumerate(legend, start=1):
            sheet.cell(at + offset, 1).fill = PatternFill("solid", fgColor=colour)
            sheet.cell(at + offset, 2, words)
    book.save(path)
    grid = read_grid(path)
    return build_preview(grid, detect(grid))


def _by_title(preview: ImportPreview) -> dict[str, Any]:
    return {a.title_en: a for a in preview.actions.values()}


def _name(preview: ImportPreview, key: str | None) -> str | None:
    return preview.partners[key].name_en if key else None


# 1. An "Organization" / "Agency" / "Organisme" column is who leads the action.


def test_an_organization_column_names_each_actions_lead(tmp_path: Path) -> None:
    for heading in ("Organization", "Organisation", "Agency", "Lead agency", "Organisme"):
        preview = _import(
            tmp_path,
            ["Priority", "Action", heading, "Status"],
            [["Employment", "Run job fairs", "YMCA of Riverton", "Done"],
             [None, "Mentor newcomers", "ACCES Employment", "In progress"]],
        )  # fmt: skip
        actions = _by_title(preview)
        assert _name(preview, actions["Run job fairs"].lead) == "YMCA of Riverton", heading
        assert _name(preview, actions["Mentor newcomers"].lead) == "ACCES Employment", heading
        assert actions["Run job fairs"].supporting == [], heading


def test_an_organizations_column_with_a_list_leads_with_the_first(tmp_path: Path) -> None:
    for heading in ("Organizations", "Organismes", "Agencies"):
        preview = _import(
            tmp_path,
            ["Priority", "Action", heading],
            [["Employment", "Run job fairs",
              "YMCA of Riverton, ACCES Employment, City of Riverton"]],
        )  # fmt: skip
        fair = _by_title(preview)["Run job fairs"]
        assert _name(preview, fair.lead) == "YMCA of Riverton", heading
        assert [_name(preview, p) for p in fair.supporting] == [
            "ACCES Employment", "City of Riverton"
        ], heading  # fmt: skip


def test_an_organization_column_beside_a_lead_column_supports(tmp_path: Path) -> None:
    preview = _import(
        tmp_path,
        ["Priority", "Action", "Lead", "Organization"],
        [["Employment", "Run job fairs", "YMCA of Riverton", "ACCES Employment"]],
    )
    fair = _by_title(preview)["Run job fairs"]
    assert _name(preview, fair.lead) == "YMCA of Riverton"
    assert [_name(preview, p) for p in fair.supporting] == ["ACCES Employment"]


# 2. An "Outcome(s)" column between priority and action, merged down, is the objectives.


def test_outcomes_merged_down_between_priority_and_action_are_objectives(
    tmp_path: Path,
) -> None:
    for heading in ("Outcomes", "Outcome(s)", "Résultats"):
        preview = _import(
            tmp_path,
            ["Priority", heading, "Action", "Lead"],
            [["Employment", "Newcomers find work in their field", "Run job fairs", "YMCA"],
             [None, None, "Mentor newcomers", "ACCES Employment"],
             [None, "Employers hire for skills", "Hold employer round tables", "RBOT"],
             ["Health", "Newcomers find a family doctor", "Map clinics", "Public Health"]],
            merges=((1, 3, 5), (2, 3, 4)),
        )  # fmt: skip
        assert [o.title_en for o in preview.objectives.values()] == [
            "Newcomers find work in their field", "Employers hire for skills",
            "Newcomers find a family doctor",
        ], heading  # fmt: skip
        actions = _by_title(preview)
        assert actions["Mentor newcomers"].objective_code == "O1.1", heading
        assert actions["Mentor newcomers"].description == "", heading


def test_outcomes_repeated_on_each_row_are_objectives(tmp_path: Path) -> None:
    preview = _import(
        tmp_path,
        ["Priority", "Outcome", "Action", "Lead"],
        [["Employment", "Newcomers find work", "Run job fairs", "YMCA"],
         ["Employment", "Newcomers find work", "Mentor newcomers", "YMCA"],
         ["Employment", "Employers hire for skills", "Hold round tables", "RBOT"]],
    )  # fmt: skip
    assert [o.title_en for o in preview.objectives.values()] == [
        "Newcomers find work", "Employers hire for skills"
    ]  # fmt: skip


def test_an_outcome_of_its_own_on_every_row_is_the_expected_outcome(tmp_path: Path) -> None:
    between = _import(
        tmp_path,
        ["Priority", "Outcome", "Action", "Lead"],
        [["Employment", "More newcomers hired", "Run job fairs", "YMCA"],
         [None, "Mentees employed in field", "Mentor newcomers", "YMCA"],
         [None, "Employers engaged", "Hold round tables", "RBOT"]],
        merges=((1, 3, 5),),
    )  # fmt: skip
    last = _import(
        tmp_path,
        ["Priority", "Action", "Lead", "Outcome"],
        [["Employment", "Run job fairs", "YMCA", "More newcomers hired"],
         [None, "Mentor newcomers", "YMCA", "More newcomers hired"]],
        merges=((1, 3, 4), (4, 3, 4)),
    )  # fmt: skip
    for preview in (between, last):
        assert len(preview.objectives) == 1  # the priority's own, nothing from the column
        fair = _by_title(preview)["Run job fairs"]
        assert fair.description == "Expected outcome: More newcomers hired"


# 3. The words plans use for what an action involves are its description.


def test_description_headings_fill_the_actions_description(tmp_path: Path) -> None:
    for heading in ("Description", "Details", "Activity description", "Action description",
                    "Activity details", "Description de l'activité", "Détails",
                    "What will be done"):  # fmt: skip
        preview = _import(
            tmp_path,
            ["Priority", "Action", heading, "Lead"],
            [["Employment", "Run job fairs", "Twice a year at the central library", "YMCA"]],
        )
        fair = _by_title(preview)["Run job fairs"]
        assert fair.description == "Twice a year at the central library", heading
        assert not [n for n in preview.notes if "is not used" in n.message], heading


# 4. "Target quarter" and its kin say when the action is to be done: its end date.


def test_a_target_quarter_is_the_actions_end_date(tmp_path: Path) -> None:
    for heading in ("Target quarter", "Target date", "Target completion", "Date cible"):
        preview = _import(
            tmp_path,
            ["Priority", "Action", "Lead", heading],
            [["Employment", "Run job fairs", "YMCA", "Q3 2025-26"],
             [None, "Mentor newcomers", "YMCA", "Q4 2025-26"]],
        )  # fmt: skip
        actions = _by_title(preview)
        assert str(actions["Run job fairs"].end) == "2025-12-31", heading
        assert str(actions["Mentor newcomers"].end) == "2026-03-31", heading
        assert preview.report_period is None, heading


def test_a_french_target_quarter_is_the_actions_end_date(tmp_path: Path) -> None:
    preview = _import(
        tmp_path,
        ["Priorité", "Action", "Responsable", "Trimestre visé"],
        [["Emploi", "Tenir des foires d'emploi", "YMCA", "T3 2025-26"],
         [None, "Jumeler des mentors", "YMCA", "T1 2026-27"]],
        title="RIF de Riverton — Plan d'action",
    )  # fmt: skip
    actions = _by_title(preview)
    assert str(actions["Tenir des foires d'emploi"].end) == "2025-12-31"
    assert str(actions["Jumeler des mentors"].end) == "2026-06-30"
    assert preview.report_period is None  # (no quarter the sheet reports on)


# 5. "Notes" on a sheet that reports on no quarter are notes about the action.


def test_notes_with_no_reporting_period_go_into_the_description(tmp_path: Path) -> None:
    for heading in ("Notes", "Remarques"):
        preview = _import(
            tmp_path,
            ["Priority", "Action", "Description", "Lead", heading],
            [["Employment", "Run job fairs", "Twice a year", "YMCA", "Venue booked for May"],
             [None, "Mentor newcomers", None, "YMCA", "Needs funding from the city"]],
        )  # fmt: skip
        actions = _by_title(preview)
        assert actions["Run job fairs"].description == "Twice a year\nVenue booked for May"
        assert actions["Mentor newcomers"].description == "Needs funding from the city"
        assert [a.progress for a in actions.values()] == ["", ""], heading
    db = open_plan(create_plan_file(preview, tmp_path / "plan.lip"), read_only=True)
    with db.reading() as session:
        kept = dict(session.execute(select(m.Action.title_en, m.Action.description)).all())
        updates = session.scalars(select(m.ProgressUpdate)).all()
    assert kept["Mentor newcomers"] == "Needs funding from the city"
    assert updates == []  # nothing dated in a quarter the sheet never named


def test_notes_in_a_quarterly_report_stay_its_progress(tmp_path: Path) -> None:
    preview = _import(
        tmp_path,
        ["Priority", "Action", "Description", "Lead", "Notes"],
        [["Employment", "Run job fairs", "Twice a year", "YMCA", "Venue booked for May"]],
        title="Riverton LIP — Progress report Q2 2025",
    )
    fair = _by_title(preview)["Run job fairs"]
    assert preview.report_period is not None
    assert (fair.description, fair.progress) == ("Twice a year", "Venue booked for May")


# 6. "1)", "a)", "i.", "(1)" before a title number an item of a list: not its words.


def test_list_markers_are_taken_off_titles(tmp_path: Path) -> None:
    preview = _import(
        tmp_path,
        ["Priority", "Objective", "Action", "Lead"],
        [["(1) Employment", "a) Newcomers find work", "i. Run job fairs", "YMCA"],
         [None, None, "(2) Mentor newcomers", "YMCA"],
         [None, "b) Employers hire for skills", "1) Hold employer round tables", "RBOT"],
         ["(2) Health", "(a) Newcomers find a doctor", "iv) Map clinics", "Public Health"]],
        merges=((1, 3, 5), (2, 3, 4)),
    )  # fmt: skip
    assert {p.code: p.title_en for p in preview.priorities.values()} == {
        "P1": "Employment", "P2": "Health"
    }  # fmt: skip
    assert [o.title_en for o in preview.objectives.values()] == [
        "Newcomers find work", "Employers hire for skills", "Newcomers find a doctor"
    ]  # fmt: skip
    assert sorted(_by_title(preview)) == [
        "Hold employer round tables", "Map clinics", "Mentor newcomers", "Run job fairs"
    ]  # fmt: skip


def test_list_markers_are_taken_off_the_activities_of_one_cell(tmp_path: Path) -> None:
    preview = _import(
        tmp_path,
        ["Priority", "Action", "Lead"],
        [["Employment", "ii. Run job fairs\niii. Mentor newcomers", "YMCA"],
         [None, "a) Hold employer round tables", "RBOT"]],
    )  # fmt: skip
    assert sorted(_by_title(preview)) == [
        "Hold employer round tables", "Mentor newcomers", "Run job fairs"
    ]  # fmt: skip


def test_a_title_that_only_starts_like_a_marker_keeps_its_words(tmp_path: Path) -> None:
    preview = _import(
        tmp_path,
        ["Priority", "Action", "Lead"],
        [["Employment", "U.S. credential bridging", "YMCA"],
         [None, "Vi Thompson mentoring circle", "YMCA"]],
    )  # fmt: skip
    assert sorted(_by_title(preview)) == [
        "U.S. credential bridging", "Vi Thompson mentoring circle"
    ]  # fmt: skip


# 7. A second column of a role is read with the first, and the preview says so.


def test_second_partners_and_comments_columns_are_kept_and_said(tmp_path: Path) -> None:
    preview = _import(
        tmp_path,
        ["Priority", "Action", "Lead", "Partners", "Partners", "Comments", "Comments"],
        [["Employment", "Run job fairs", "YMCA of Riverton", "City of Riverton",
          "Riverton Public Library", "Two fairs held", "A third is planned"]],
        title="Riverton LIP — Progress report Q2 2025",
    )  # fmt: skip
    fair = _by_title(preview)["Run job fairs"]
    assert [_name(preview, p) for p in fair.supporting] == [
        "City of Riverton", "Riverton Public Library"
    ]  # fmt: skip
    assert fair.progress == "Two fairs held\nA third is planned"
    said = [str(n) for n in preview.notes if "repeats an earlier one" in n.message]
    assert said == [
        "Action plan!E2: column “Partners” repeats an earlier one; its names are added to "
        "the partners of column “Partners” (D).",
        "Action plan!G2: column “Comments” repeats an earlier one; its text is added after "
        "that of column “Comments” (F), on a new line.",
    ]


def test_a_second_lead_column_names_supporting_partners(tmp_path: Path) -> None:
    preview = _import(
        tmp_path,
        ["Priority", "Action", "Lead", "Lead", "Description", "Details"],
        [["Employment", "Run job fairs", "YMCA of Riverton", "City of Riverton",
          "Twice a year", "At the central library"]],
    )  # fmt: skip
    fair = _by_title(preview)["Run job fairs"]
    assert _name(preview, fair.lead) == "YMCA of Riverton"
    assert [_name(preview, p) for p in fair.supporting] == ["City of Riverton"]
    assert fair.description == "Twice a year\nAt the central library"
    said = [str(n) for n in preview.notes if "repeats an earlier one" in n.message]
    assert said == [
        "Action plan!D2: column “Lead” repeats an earlier one; its names are added to the "
        "supporting partners (column “Lead” (C) names the lead).",
        "Action plan!F2: column “Details” repeats an earlier one; its text is added after "
        "that of column “Description” (E), on a new line.",
    ]


# 8. Coloured action rows with no status column: read through a legend, never guessed.

_ROWS = [
    ["Employment", "Run job fairs", "YMCA"],
    [None, "Mentor newcomers", "YMCA"],
    [None, "Hold employer round tables", "RBOT"],
]
_UNREAD = "not read as statuses"


def test_coloured_titles_are_read_through_the_sheets_legend(tmp_path: Path) -> None:
    preview = _import(
        tmp_path, ["Priority", "Action", "Lead"], _ROWS,
        fills={(3, 2): GREEN, (4, 2): AMBER, (5, 2): RED},
        legend=[(GREEN, "Completed"), (AMBER, "In progress"), (RED, "Not started")],
    )  # fmt: skip
    statuses = {title: a.status for title, a in _by_title(preview).items()}
    assert statuses == {
        "Run job fairs": "completed", "Mentor newcomers": "on_track",
        "Hold employer round tables": "not_started",
    }  # fmt: skip
    assert not [n for n in preview.notes if _UNREAD in n.message]


def test_whole_coloured_rows_are_read_through_the_sheets_legend(tmp_path: Path) -> None:
    colours = {3: RED, 4: GREEN, 5: GREEN}
    preview = _import(
        tmp_path, ["Priority", "Action", "Lead"], _ROWS,
        fills={(row, column): colour for row, colour in colours.items() for column in (1, 2, 3)},
        legend=[(GREEN, "On track"), (RED, "Serious concerns")],
    )  # fmt: skip
    statuses = [a.status for a in preview.actions.values()]
    assert statuses == ["serious_concerns", "on_track", "on_track"]


def test_coloured_rows_without_a_legend_are_not_guessed_and_said(tmp_path: Path) -> None:
    preview = _import(
        tmp_path, ["Priority", "Action", "Lead"], _ROWS,
        fills={(3, 2): GREEN, (4, 2): AMBER, (5, 2): RED},
    )  # fmt: skip
    assert [a.status for a in preview.actions.values()] == ["not_started"] * 3
    assert [str(n) for n in preview.notes if _UNREAD in n.message] == [
        "Action plan: action rows are coloured, but the sheet has no Status column and no "
        "colour legend saying what the colours mean; they were not read as statuses (every "
        "action is Not started). Add a legend row such as “green = On track”, or a Status "
        "column."
    ]


def test_one_pale_fill_on_every_title_is_no_status_to_speak_of(tmp_path: Path) -> None:
    pale = "FFF2CC"  # a template's input cells
    preview = _import(
        tmp_path, ["Priority", "Action", "Lead"], _ROWS,
        fills={(3, 2): pale, (4, 2): pale, (5, 2): pale},
    )  # fmt: skip
    assert [a.status for a in preview.actions.values()] == ["not_started"] * 3
    assert not [n for n in preview.notes if _UNREAD in n.message]
