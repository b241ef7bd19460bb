"""Each stage of the plan import on its own, on tiny grids built here (no files)."""

from __future__ import annotations

from datetime import date

import pytest

from lipplanner.core.errors import UserError
from lipplanner.core.reports.cell_values import CellError, ErrorValue
from lipplanner.core.reports.grid import GridCell, Merge, SheetGrid, WorkbookGrid
from lipplanner.core.reports.plan_import import build_preview, detect, row_levels
from lipplanner.core.reports.plan_import.header import find_heading
from lipplanner.core.reports.plan_import.hierarchy import find_structure, numbering, tier_roles
from lipplanner.core.reports.plan_import.mapping import ImportMapping, SheetMapping
from lipplanner.core.reports.plan_import.memo import Remembered
from lipplanner.core.reports.plan_import.roles import role_of
from lipplanner.core.reports.plan_import.rows import sheet_rows
from lipplanner.core.reports.plan_import.values import (
    StatusReader,
    read_timeline,
    split_bilingual,
    split_bullets,
    split_partners,
)


def _cell(value: object = None, **look: object) -> GridCell:
    return GridCell(value, **look)  # type: ignore[arg-type]


def _sheet(rows: list[list[object]], merges: tuple[Merge, ...] = (), name: str = "S") -> SheetGrid:
    return SheetGrid(
        name,
        tuple(tuple(c if isinstance(c, GridCell) else _cell(c) for c in row) for row in rows),
        merges,
    )


# --- stage 2: column roles ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("heading", "role"),
    [
        ("Strategic Directions", "priority"),
        ("Axe", "priority"),
        ("Community Result", "priority"),
        ("Priority Action Area", "objective"),
        ("Recommendations", "objective"),
        ("Objectifs", "objective"),
        ("Tactics", "action"),
        ("Activités", "action"),
        ("Proposed activities", "action"),
        ("Responsable(s)", "lead"),
        ("LEAD DEPARTMENT:", "lead"),
        ("Lead / Partners", "lead_partners"),
        ("Supporting", "partners"),
        ("Échéancier", "timeline"),
        ("Expected completion", "end"),
        ("État d’avancement", "status"),
        ("% Complete", "percent"),
        ("Progress / Successes", "progress"),
        ("Commentaires", "progress"),
        ("Q3 Update", "progress"),
        ("Q3 Activities", "quarter"),
        ("Performance Measures", "indicator"),
        ("Expected outcome", "outcome"),
        ("Status / Statut", "status"),
        ("2014", "year"),
        (2015, "year"),
        ("2014-15", "year"),
        ("Colour", None),
    ],
)
def test_headings_people_write_name_a_role(heading: object, role: str | None) -> None:
    assert role_of(heading) == role


# --- stage 1: the heading -------------------------------------------------------------


def test_the_heading_is_found_below_title_rows() -> None:
    sheet = _sheet(
        [
            ["Our plan 2025"],
            ["Legend:", "On track"],
            ["Theme", "Activity", "Who", "Notes"],
            ["Jobs", "Fair", "City", ""],
        ]
    )
    heading = find_heading(sheet)
    assert heading is not None
    assert heading.rows == (2,)
    assert heading.texts == {0: "Theme", 1: "Activity", 2: "Who", 3: "Notes"}


def test_a_heading_spread_over_year_columns_takes_two_rows() -> None:
    sheet = _sheet(
        [
            ["Action", "Lead", "Timeframe", None, None],
            [None, None, 2025, 2026, 2027],
            ["Fair", "City", "✓", None, "✓"],
        ],
        merges=(Merge(0, 2, 0, 4), Merge(0, 0, 1, 0), Merge(0, 1, 1, 1)),
    )
    heading = find_heading(sheet)
    assert heading is not None and heading.rows == (0, 1)
    assert [role_of(heading.texts[c]) for c in range(5)] == [
        "action", "lead", "year", "year", "year",
    ]  # fmt: skip


def test_no_heading_on_a_sheet_that_is_not_a_table() -> None:
    assert find_heading(_sheet([["Budget"], [1, 2, 3]])) is None


# --- stage 3: hierarchy ---------------------------------------------------------------


def test_section_rows_narratives_legends_keys_and_totals_are_told_apart() -> None:
    sheet = _sheet(
        [
            [_cell(fill="00B050"), "= on target"],
            ["Goal", "Action", "Lead"],
            [_cell("PRIORITY 1: HOUSING", bold=True)],
            ["Safe homes for every newcomer family."],
            ["Rentals", "Landlord fair", "CRC"],
            ["Total", 1],
            ["CRC = Community Resource Centre"],
        ]
    )
    columns = {0: "priority", 1: "action", 2: "lead"}
    structure = find_structure(sheet, 1, columns)
    assert structure.levels == {
        0: "skip", 1: "skip", 2: "priority", 3: "description", 4: "action", 5: "skip", 6: "skip"
    }  # fmt: skip
    assert structure.legend == {"00B050": "on target"}
    assert structure.acronyms == {"CRC": "Community Resource Centre"}
    # Under PRIORITY rows the "Goal" column is the next level down.
    assert tier_roles(columns, {"priority"})[0] == "objective"


def test_forced_levels_win_over_what_was_detected() -> None:
    sheet = _sheet([["Action", "Lead"], ["Housing"], ["Fair", "City"]])
    structure = find_structure(sheet, 0, {0: "action", 1: "lead"}, {1: "priority"})
    assert structure.levels[1] == "priority" and structure.levels[2] == "action"


def test_cells_merged_down_give_their_value_to_every_row() -> None:
    sheet = _sheet([["Theme", "Action"], ["Jobs", "Fair"], [None, "Mentors"]], (Merge(1, 0, 2, 0),))
    structure = find_structure(sheet, 0, {0: "priority", 1: "action"})
    assert structure.value(sheet, 2, 0) == "Jobs"


def test_numbering_gives_a_level_and_a_code() -> None:
    found = numbering("Strategic Direction 2: Build capacity")
    assert found is not None and (found.word, found.number, found.rest, found.depth) == (
        "Strategic Direction", "2", "Build capacity", 1,
    )  # fmt: skip
    deeper = numbering("2.1 Train staff")
    assert deeper is not None and deeper.depth == 2
    assert numbering("Newcomers are welcome") is None


# --- stage 4: values ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2016", date(2016, 4, 1), date(2017, 3, 31)),
        ("2014-2015", date(2014, 4, 1), date(2015, 3, 31)),
        ("2014\n2015", date(2014, 4, 1), date(2016, 3, 31)),
        ("2020-2025", date(2020, 4, 1), date(2025, 3, 31)),
        ("Q2 2021", date(2021, 4, 1), date(2021, 6, 30)),
        ("T3 2019-2020", date(2019, 10, 1), date(2019, 12, 31)),
        ("Spring 2025", date(2025, 4, 1), date(2025, 6, 30)),
        ("Printemps 2025", date(2025, 4, 1), date(2025, 6, 30)),
        ("Automne 2019", date(2019, 10, 1), date(2019, 12, 31)),
        ("Year 1 (2019-2020)", date(2019, 4, 1), date(2020, 3, 31)),
        ("Years 1-3", date(2022, 4, 1), date(2025, 3, 31)),
        ("An 2", date(2023, 4, 1), date(2024, 3, 31)),
        ("Dec-21", date(2021, 12, 1), date(2021, 12, 31)),
        ("Février 2019", date(2019, 2, 1), date(2019, 2, 28)),
        ("2021-06-30", None, date(2021, 6, 30)),
        ("TBD", None, None),
    ],
)
def test_timelines_as_people_write_them(text: str, start: date | None, end: date | None) -> None:
    span = read_timeline(text, first_year=2022)
    assert (span.start, span.end) == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # Ranges with the year said once, or at both ends.
        ("Q1-Q2 2023", date(2023, 1, 1), date(2023, 6, 30)),
        ("Q3 2022 - Q1 2023", date(2022, 7, 1), date(2023, 3, 31)),
        ("Jan - Jun 2023", date(2023, 1, 1), date(2023, 6, 30)),
        ("Septembre 2022 à juin 2023", date(2022, 9, 1), date(2023, 6, 30)),
        ("Printemps-été 2023", date(2023, 4, 1), date(2023, 9, 30)),
        # Quarters and halves in words, parts of a year, a deadline.
        ("1er trimestre 2023", date(2023, 1, 1), date(2023, 3, 31)),
        ("2e trimestre 2022-2023", date(2022, 7, 1), date(2022, 9, 30)),
        ("H2 2022-23", date(2022, 10, 1), date(2023, 3, 31)),
        ("Early 2023", date(2023, 1, 1), date(2023, 4, 30)),
        ("Mid-2023", date(2023, 5, 1), date(2023, 8, 31)),
        ("End of 2022", date(2022, 9, 1), date(2022, 12, 31)),
        ("Fin 2022-2023", date(2022, 12, 1), date(2023, 3, 31)),
        ("By March 2023", None, date(2023, 3, 31)),
        # Relative years listed, not ranged.
        ("Year 1 & 2", date(2022, 4, 1), date(2024, 3, 31)),
        ("Années 1, 2 et 3", date(2022, 4, 1), date(2025, 3, 31)),
    ],
)
def test_composite_timelines(text: str, start: date | None, end: date | None) -> None:
    span = read_timeline(text, first_year=2022)
    assert (span.start, span.end) == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2021 - ongoing", date(2021, 4, 1), None),
        ("Ongoing since 2019", date(2019, 4, 1), None),
        ("Depuis 2019", date(2019, 4, 1), None),
        ("Ongoing (2021-2024)", date(2021, 4, 1), date(2024, 3, 31)),
    ],
)
def test_ongoing_work_with_the_years_it_names(
    text: str, start: date | None, end: date | None
) -> None:
    span = read_timeline(text)
    assert span.ongoing and (span.start, span.end) == (start, end)


@pytest.mark.parametrize(
    "text", ["Ongoing", "En continu", "Annually", "Quarterly", "Mensuel", "Chaque trimestre"]
)
def test_ongoing_timelines_have_no_dates(text: str) -> None:
    span = read_timeline(text)
    assert span.ongoing and span.start is None and span.end is None


def test_relative_years_need_the_plans_first_year() -> None:
    with pytest.raises(CellError, match="counts years from the plan's start"):
        read_timeline("Year 2")


@pytest.mark.parametrize(
    ("word", "status"),
    [
        ("Behind", "minor_delays"),
        ("Overdue", "serious_concerns"),
        ("DELAYED", "minor_delays"),
        ("Deferred", "minor_delays"),
        ("Reporté", "minor_delays"),
        ("Moved to 2021", "minor_delays"),
        ("Completed (2019)", "completed"),
        ("Completed / Terminé", "completed"),
        ("À venir", "not_started"),
        ("= some delays, but cautiously optimistic", "minor_delays"),
        # A negation or "partially" is read before the word it qualifies.
        ("Partially complete", "on_track"),
        ("Réalisé en partie", "on_track"),
        ("Not yet completed", "on_track"),
        ("Pas encore commencé", "not_started"),
        ("Non débuté", "not_started"),
        ("Ahead of schedule", "on_track"),
        ("Continuing", "ongoing"),
    ],
)
def test_status_words_as_people_write_them(word: str, status: str) -> None:
    assert StatusReader().words(word) == status


def test_colours_are_read_through_the_legend_and_unknown_words_collected() -> None:
    reader = StatusReader(legend={"00B050": "on target", "FF0000": "Hmm"})
    assert reader.read("", "00B150") == "on_track"  # a slightly different green
    assert reader.read("", "0000FF") is None  # a colour the legend does not have
    assert reader.read("", "FF0000") is None and reader.unknown == ["Hmm"]
    chosen = StatusReader(legend={"FF0000": "Hmm"}, chosen={"Hmm": "serious_concerns"})
    assert chosen.read("", "FF0000") == "serious_concerns"


def test_partner_lists_split_only_into_organisations() -> None:
    assert split_partners("Seneca College, local Chambers of Commerce") == [
        "Seneca College",
        "local Chambers of Commerce",
    ]
    assert split_partners("Planning, Engineering and Regulatory Services") == [
        "Planning, Engineering and Regulatory Services"
    ]
    assert split_partners("PVLIP; municipal councils") == ["PVLIP", "municipal councils"]
    assert split_partners("IRCC and FCFA") == ["IRCC", "FCFA"]
    assert split_partners("Community and Health Services") == ["Community and Health Services"]


def test_bilingual_text_and_bullets() -> None:
    assert split_bilingual(
        "Welcome week for newcomers / Semaine d’accueil des nouveaux arrivants"
    ) == (
        "Welcome week for newcomers",
        "Semaine d’accueil des nouveaux arrivants",
    )
    assert split_bilingual("Settlement and/or integration") is None
    assert split_bullets("• Fair\n• Guide\n  in five languages") == [
        "Fair",
        "Guide in five languages",
    ]
    assert split_bullets("One action\nwritten on two lines") == ["One action\nwritten on two lines"]


# --- stage 5: build, through a mapping -----------------------------------------------


def _grid(*sheets: SheetGrid) -> WorkbookGrid:
    return WorkbookGrid("plan.xlsx", "xlsx", sheets)


def test_detect_then_build_and_the_levels_beside_each_row() -> None:
    grid = _grid(
        _sheet(
            [
                ["Workplan 2025-2026"],
                ["Objective", "Action", "Responsible", "Status"],
                [_cell("Housing", bold=True, fill="DDEBF7")],
                ["Safe homes", "Landlord fair", "City", "Done"],
                ["Safe homes", "Tenant guide", "City", "Going great"],
            ],
            name="Plan",
        )
    )
    mapping = detect(grid)
    assert mapping.sheets[0].columns == {0: "objective", 1: "action", 2: "lead", 3: "status"}
    assert row_levels(grid, mapping)["Plan"] == {
        0: "skip", 1: "skip", 2: "priority", 3: "action", 4: "action"
    }  # fmt: skip

    preview = build_preview(grid, mapping)

    assert [p.title_en for p in preview.priorities.values()] == ["Housing"]
    assert preview.unknown_statuses == ["Going great"]
    assert preview.year_hints == [2025, 2026]

    mapping.statuses["Going great"] = "on_track"
    mapping.sheets[0].levels[4] = "skip"
    again = build_preview(grid, mapping)
    assert [a.title_en for a in again.actions.values()] == ["Landlord fair"]
    assert not again.errors


def test_a_million_empty_rows_in_a_sheet_are_no_rows_to_any_stage() -> None:
    # As a reader gives a sheet whose formatted empty space runs far below the plan
    # (issue 16): heading, hierarchy and build look only at rows holding something.
    empty: list[list[object]] = [[]] * 1_000_000
    grid = _grid(
        _sheet(
            [
                ["Action", "Lead", "Status"],
                [_cell("PRIORITY 1: HOUSING", bold=True)],
                ["Landlord fair", "City", "Done"],
                *empty,
                ["Tenant guide", "YMCA", "Behind"],
            ],
            name="Plan",
        )
    )
    mapping = detect(grid)
    assert mapping.sheets[0].columns == {0: "action", 1: "lead", 2: "status"}
    levels = row_levels(grid, mapping)["Plan"]
    assert levels == {0: "skip", 1: "priority", 2: "action", 1_000_003: "action"}

    preview = build_preview(grid, mapping)

    assert [(a.title_en, a.status, a.source) for a in preview.actions.values()] == [
        ("Landlord fair", "completed", "Plan row 3"),
        ("Tenant guide", "minor_delays", "Plan row 1000004"),
    ]
    assert [s.rows for s in preview.sheets] == [3]


def test_each_distinct_text_is_read_once_and_refusals_are_said_every_time() -> None:
    calls: list[object] = []

    def read(value: object, *extra: object) -> str:
        calls.append(value)
        if value == "bad":
            raise CellError("“bad” is not a date")
        return f"{value!r}{extra}"

    memo = Remembered(read)
    assert [memo.read("Q2 2025", 2024), memo.read("Q2 2025", 2024)] == ["'Q2 2025'(2024,)"] * 2
    assert memo.read("Q2 2025", 2025) == "'Q2 2025'(2025,)"  # another plan year: read anew
    # 1, 1.0 and True are equal keys, and an error value equals its text: never mixed up.
    assert [memo.read(1), memo.read(1.0), memo.read(True)] == ["1()", "1.0()", "True()"]
    assert memo.read(ErrorValue("#REF!")) == "'#REF!'()" and memo.read("#REF!") == "'#REF!'()"
    for _ in range(2):
        with pytest.raises(CellError, match="is not a date"):
            memo.read("bad")
    assert calls.count("Q2 2025") == 2 and calls.count("bad") == 1
    assert len([c for c in calls if c == 1]) == 3  # True too, never cached as 1


def test_row_facts_are_gathered_once_per_sheet_and_only_for_rows_with_text() -> None:
    rows: list[list[object]] = [["Action", " ", None], [], [None, 2014, "  Fair "]]
    sheet = _sheet(rows, (Merge(0, 0, 0, 2),))
    facts = sheet_rows(sheet)
    assert sheet_rows(sheet) is facts
    assert facts.texts == {0: ((0, "Action"),), 2: ((1, "2014"), (2, "Fair"))}
    assert facts.merged_across == {(0, 0)} and facts.width == 3
    # Keyed by the sheet itself: an equal sheet read from another file is not mixed up.
    assert sheet_rows(_sheet(rows, (Merge(0, 0, 0, 2),))) is not facts


def test_a_grid_with_no_action_column_is_refused() -> None:
    grid = _grid(_sheet([["Name", "Budget"], ["Rent", 12]]))
    with pytest.raises(UserError, match=r"No sheet in “plan\.xlsx” has the expected headers"):
        build_preview(grid, detect(grid))


def test_a_mapping_round_trips_through_json_and_refuses_hostile_input() -> None:
    mapping = ImportMapping(
        [SheetMapping("Plan", True, (1,), {0: "objective", 1: "action"}, {4: "skip"})],
        {"Going great": "on_track"},
        {"City of X": None, "Lib": "Public Library"},
    )
    assert ImportMapping.from_json(mapping.to_json()) == mapping
    with pytest.raises(UserError, match="too large"):
        ImportMapping.from_json('{"a": "' + "x" * 3_000_000 + '"}')
    with pytest.raises(UserError, match="not valid JSON"):
        ImportMapping.from_json("[" * 100_000)
    with pytest.raises(UserError, match="is not a known status"):
        ImportMapping.from_json(
            '{"format": "lipplanner-import-mapping", "version": 1, "sheets": [], '
            '"statuses": {"x": "__import__"}}'
        )
