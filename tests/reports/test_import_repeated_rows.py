"""Rows that repeat one another's cells: the build reads each distinct set of cells once
(what a row's actions share, where a row belongs), and every row must still come out
as if it had been read on its own."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl

from lipplanner.core.reports.grid import GridCell, SheetGrid, WorkbookGrid
from lipplanner.core.reports.plan_import import (
    ImportPreview,
    build_preview,
    detect,
    read_plan_workbook,
)


def _read(path: Path, rows: list[list[Any]], merge_down: str | None = None) -> ImportPreview:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Actions"
    for row in rows:
        sheet.append(row)
    if merge_down:
        sheet.merge_cells(merge_down)
    book.save(path)
    return read_plan_workbook(path)


def _by_title(preview: ImportPreview) -> dict[str, Any]:
    return {action.title_en: action for action in preview.actions.values()}


def test_a_word_that_is_no_status_is_said_at_every_row_that_repeats_it(tmp_path: Path) -> None:
    header = ["Action", "Lead", "Timeline", "Status"]
    rows = [[f"Run clinic {n}", "City", "2024", "Wobbly"] for n in (1, 2, 3)]

    preview = _read(tmp_path / "plan.xlsx", [header, *rows])

    said = [p.location for p in preview.errors if "Wobbly" in p.message]
    assert said == ["Actions!D2", "Actions!D3", "Actions!D4"]
    assert {a.status for a in preview.actions.values()} == {"not_started"}
    assert preview.unknown_statuses == ["Wobbly"]
    # The new partner is proposed once, where it is first named.
    assert [p.location for p in preview.notes if "City" in p.message] == ["Actions!B2"]


def test_a_one_and_a_tick_that_compare_equal_are_read_each_as_itself() -> None:
    # (Readers of .ods and .xls give booleans as they are; the .xlsx one gives numbers.)
    rows = [
        ("Action", "Lead", "% complete"),
        ("Open a hub", "City", 1),
        ("Train mentors", "City", True),
        ("Map services", "City", 1),
    ]
    grid = WorkbookGrid(
        "plan.ods", "ods", (SheetGrid("Actions", tuple(tuple(map(GridCell, r)) for r in rows)),)
    )

    preview = build_preview(grid, detect(grid))

    actions = _by_title(preview)
    assert actions["Open a hub"].percent == actions["Map services"].percent == 100
    assert actions["Train mentors"].percent == 0
    assert [(p.location, p.message) for p in preview.errors] == [
        ("Actions!C3", "“True” is not a percentage; left empty.")
    ]


def test_a_lead_merged_down_leads_every_row_it_covers(tmp_path: Path) -> None:
    header = ["Action", "Lead", "Status"]
    rows = [
        ["Host a job fair", "YMCA", "On track"],
        ["Print a guide", None, "On track"],
        ["Run a workshop", None, "On track"],
        ["Hold a forum", None, "On track"],
    ]

    preview = _read(tmp_path / "plan.xlsx", [header, *rows], merge_down="B2:B4")

    leads = {title: action.lead for title, action in _by_title(preview).items()}
    assert leads == {"Host a job fair": "ymca", "Print a guide": "ymca",
                     "Run a workshop": "ymca", "Hold a forum": None}  # fmt: skip


def test_one_objective_title_under_two_priorities_is_two_objectives(tmp_path: Path) -> None:
    header = ["Priority", "Objective", "Action", "Lead"]
    rows = [
        ["Employment", "Reach more people", "Host a job fair", "City"],
        ["Employment", "Reach more people", "Mentor newcomers", "City"],
        ["Health", "Reach more people", "Run a clinic", "City"],
        ["Health", "Reach more people", "Print a health guide", "City"],
    ]

    preview = _read(tmp_path / "plan.xlsx", [header, *rows])

    owners = {
        title: preview.objectives[action.objective_code].priority_code
        for title, action in _by_title(preview).items()
    }
    assert owners == {"Host a job fair": "P1", "Mentor newcomers": "P1",
                      "Run a clinic": "P2", "Print a health guide": "P2"}  # fmt: skip
    assert len(preview.objectives) == 2
