"""Error cells (#REF!, #DIV/0! …) and giant cells are said at their cell by both
importers — in data rows and where headers are — never imported as text, never a
traceback."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from lipplanner.core.db import PlanDatabase
from lipplanner.core.errors import UserError
from lipplanner.core.reports.partner_workbooks import write_partner_workbooks
from lipplanner.core.reports.plan_import import build_preview, detect, read_plan_workbook
from lipplanner.core.reports.readers import read_grid
from lipplanner.core.reports.update_import import read_update_workbook
from tests.reports.workbooks import MAPLE, QUARTER, fill, save_rows

HEADER = ["Code", "Action", "Lead partner", "Status", "Percent complete"]
FAILED = "(a formula that failed in the spreadsheet)"


def _plan(path: Path, *rows: list[object]) -> Path:
    # openpyxl writes "#REF!" and the other error codes as error cells (t="e").
    return save_rows(path, {"Actions": [HEADER, *rows]})


def _errors(preview: object) -> list[str]:
    return [str(p) for p in preview.errors]  # type: ignore[attr-defined]


def test_error_cells_in_a_plan_are_said_by_column_and_never_become_text(tmp_path: Path) -> None:
    path = _plan(
        tmp_path / "plan.xlsx",
        ["A1", "Welcome cafe", "#N/A", "#REF!", "#DIV/0!"],
        ["A2", "#VALUE!", "Library", "On track", 10],
    )
    book = openpyxl.load_workbook(path)
    assert book["Actions"]["D2"].data_type == "e"  # a real error cell, as Excel saves it

    preview = read_plan_workbook(path)

    assert _errors(preview)[:4] == [
        f"Actions!C2: column “Lead partner” holds the error value #N/A {FAILED}; left empty.",
        f"Actions!D2: column “Status” holds the error value #REF! {FAILED}; left empty.",
        f"Actions!E2: column “Percent complete” holds the error value #DIV/0! {FAILED}; "
        "left empty.",
        f"Actions!B3: column “Action” holds the error value #VALUE! {FAILED}; left empty.",
    ]
    assert "Actions!B3: no action title; the row was left out." in _errors(preview)
    assert list(preview.actions) == ["A1"]
    assert "#N/A" not in {p.name for p in preview.partners.values()}
    assert preview.actions["A1"].lead is None  # not a partner called “#N/A”


def test_an_error_value_where_a_heading_is_says_the_column_is_not_read(tmp_path: Path) -> None:
    path = save_rows(
        tmp_path / "plan.xlsx",
        {"Actions": [["Code", "Action", "#REF!", "Status"], ["A1", "Cafe", "Library", "On track"]]},
    )
    preview = read_plan_workbook(path)
    assert _errors(preview) == [
        f"Actions!C1: holds the error value #REF! {FAILED} instead of a column name; "
        "the column was not read."
    ]
    assert list(preview.actions) == ["A1"]


def test_a_csv_saved_from_a_spreadsheet_keeps_its_errors_as_errors(tmp_path: Path) -> None:
    path = tmp_path / "plan.csv"
    path.write_text("Code,Action,Status\nA1,#REF!,On track\n", encoding="utf-8")
    grid = read_grid(path)
    preview = build_preview(grid, detect(grid))
    assert f"plan!B2: column “Action” holds the error value #REF! {FAILED}; left empty." in (
        _errors(preview)
    )
    assert not preview.actions


@pytest.fixture
def maple(riverside: PlanDatabase, tmp_path: Path) -> Path:
    write_partner_workbooks(riverside, QUARTER, tmp_path)
    return tmp_path / MAPLE


def _problems(db: PlanDatabase, path: Path) -> list[str]:
    return [str(p) for p in read_update_workbook(db, path).problems]


def test_error_cells_in_a_returned_workbook_are_said_at_their_cell(
    riverside: PlanDatabase, maple: Path
) -> None:
    fill(maple, {"Updates": {"F5": "#REF!", "A6": "#N/A", "H4": "#NAME?"},
                 "Indicators": {"H5": "#DIV/0!"}})  # fmt: skip
    result = read_update_workbook(riverside, maple)
    assert [str(p) for p in result.problems] == [
        f"Updates!H4: holds the error value #NAME? {FAILED} instead of a column name; "
        "that column was not read.",
        f"Updates!F5: Status: holds the error value #REF! {FAILED}.",
        f"Updates!A6: Code: holds the error value #N/A {FAILED}; row ignored.",
        f"Indicators!H5: holds the error value #DIV/0! {FAILED}.",
    ]
    assert not result.updates and not result.indicators


def test_an_error_value_in_place_of_a_needed_header_is_named_in_the_refusal(
    riverside: PlanDatabase, maple: Path
) -> None:
    fill(maple, {"Updates": {"F4": "#REF!"}})
    with pytest.raises(UserError) as refused:
        read_update_workbook(riverside, maple)
    assert str(refused.value) == (
        f"“{MAPLE}” has no sheet of updates with the expected headers (Code, Status, "
        f"Percent complete …), and Updates!F4 holds the error value #REF! {FAILED} where a "
        "header should be; was it rearranged?"
    )


def test_giant_cells_in_headers_codes_and_notes_are_said_not_raised(
    riverside: PlanDatabase, maple: Path
) -> None:
    huge = "x" * 10_000_000  # openpyxl saves a cell's first 32,767 characters, as Excel
    fill(maple, {"Updates": {"M4": huge, "A6": huge}, "Indicators": {"I5": huge}})
    assert _problems(riverside, maple) == [
        "Updates!A6: Code: the text is too long (32,767 characters; at most 800); row ignored.",
        "Indicators!I5: the text is too long (32,767 characters; at most 2,000).",
    ]
