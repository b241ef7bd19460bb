"""The .xlsx reader keeps what carries meaning in plans and nothing unsafe."""

from __future__ import annotations

import zipfile
from datetime import date, datetime, time
from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import Font, PatternFill
from openpyxl.styles.colors import Color

from lipplanner.core.errors import UserError
from lipplanner.core.reports import workbook_reader
from lipplanner.core.reports.grid import Merge
from lipplanner.core.reports.readers import xlsx
from lipplanner.core.reports.readers.xlsx import read_xlsx
from lipplanner.core.reports.readers.xlsx_openpyxl import read_with_openpyxl


def test_bold_fills_font_colours_merges_and_hidden_sheets_are_kept(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Plan"
    sheet["A1"] = "PRIORITY 1: HOUSING"
    sheet["A1"].font = Font(bold=True, color="FFFFFF")
    sheet["A1"].fill = PatternFill("solid", fgColor="1F3864")
    sheet.merge_cells("A1:C1")
    sheet["B3"].fill = PatternFill("solid", fgColor="00B050")  # a colour-only status
    sheet["C3"] = "= on target"  # openpyxl saves it as a formula with no result
    # A theme colour (accent 1, lightened) is resolved to the colour Excel shows.
    sheet["A4"] = "Theme"
    sheet["A4"].fill = PatternFill("solid", fgColor=Color(theme=4, tint=0.6))
    book.create_sheet("Lists").sheet_state = "hidden"
    path = tmp_path / "plan.xlsx"
    book.save(path)

    grid = read_xlsx(path)

    plan, lists = grid.sheets
    title = plan.cell(0, 0)
    assert (title.value, title.bold, title.fill, title.font_color) == (
        "PRIORITY 1: HOUSING", True, "1F3864", "FFFFFF",
    )  # fmt: skip
    assert plan.merges == (Merge(0, 0, 0, 2),)
    assert plan.cell(2, 1).fill == "00B050" and plan.cell(2, 1).value is None
    assert plan.cell(2, 2).value == "= on target"
    theme = plan.cell(3, 0).fill
    assert theme is not None and theme != "000000" and len(theme) == 6
    assert plan.cell(1, 0).blank  # the empty row is kept as a row, costing nothing
    assert lists.hidden and not plan.hidden
    assert grid.problems == ()


def test_a_cell_too_long_is_cut_and_said(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A smaller cap than Excel's keeps the file small; the mechanism is the same.
    monkeypatch.setattr(xlsx, "MAX_CELL_CHARS", 100)
    book = openpyxl.Workbook()
    book.active.title = "Plan"
    book.active["B2"] = "x" * 110
    path = tmp_path / "long.xlsx"
    book.save(path)

    grid = read_xlsx(path)

    assert len(str(grid.sheets[0].cell(1, 1).value)) == 100
    assert [str(p) for p in grid.problems] == [
        "Plan!B2: holds 110 characters; only the first 100 were read."
    ]


def test_rows_beyond_the_cap_are_left_out_and_said(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(workbook_reader, "MAX_DATA_ROWS", 3)
    book = openpyxl.Workbook()
    book.active.title = "Plan"
    for n in range(10):
        book.active.append([f"row {n}"])
    path = tmp_path / "many.xlsx"
    book.save(path)

    grid = read_xlsx(path)

    assert len(grid.sheets[0].rows) == 4  # a heading and three rows below it
    assert [str(p) for p in grid.problems] == [
        "Plan row 5: only the first 3 rows were read; the rest were left out."
    ]


def test_a_file_that_is_not_a_workbook_is_refused_in_one_sentence(tmp_path: Path) -> None:
    path = tmp_path / "plan.xlsx"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    with pytest.raises(UserError, match=r"“plan\.xlsx” is not an Excel workbook: it is a PNG"):
        read_xlsx(path)


def _rewrite(path: Path, member: str, old: bytes, new: bytes) -> None:
    with zipfile.ZipFile(path) as source:
        parts = {info.filename: source.read(info) for info in source.infolist()}
    assert old in parts[member]
    parts[member] = parts[member].replace(old, new, 1)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)


def test_the_fast_reader_gives_what_the_careful_reader_gives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Values from python-calamine and looks from a byte scan must add up to the grid
    # openpyxl's parser gives, whatever the sheet holds.
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Plan"
    sheet.append(["Strategic Direction 1: Housing"])
    sheet["A1"].font = Font(bold=True)
    sheet["A1"].fill = PatternFill("solid", fgColor=Color(theme=4, tint=-0.25))
    sheet.merge_cells("A1:F1")
    sheet.append(["Objective", "Action", "Due", "Time", "%", "Done"])
    sheet.append(["Obj 1", "  ", datetime(2025, 3, 1), time(9, 30), 0.4, True])
    sheet.append([None, "Kits", date(2024, 5, 6), None, 3, False])
    sheet.merge_cells("A3:A4")
    sheet["F4"].font = Font(color="FF0000")
    sheet["H6"].fill = PatternFill("solid", fgColor="00B050")  # beyond every value
    sheet["B5"] = "=1+1"  # a formula openpyxl saves without a result
    sheet["C5"] = "= on target"
    sheet["D5"] = "x" * 40_000
    book.create_sheet("Lists").sheet_state = "hidden"
    path = tmp_path / "plan.xlsx"
    book.save(path)
    _rewrite(path, "xl/worksheets/sheet1.xml", b'<c r="E4" t="n"><v>3</v></c>',
             b'<c r="E4" t="e"><f>1/0</f><v>#DIV/0!</v></c>')  # fmt: skip

    careful = read_with_openpyxl(path)
    monkeypatch.setattr(xlsx, "read_with_openpyxl", None)  # the fast path, nothing else

    fast = read_xlsx(path)

    assert fast == careful
    plan = fast.sheets[0]
    assert plan.cell(3, 4).value == "#DIV/0!" and plan.cell(5, 7).fill == "00B050"
    assert "Plan!B5: holds a formula with no saved result; type the value instead." in [
        str(p) for p in fast.problems
    ]


def test_one_cell_far_down_the_sheet_does_not_make_a_grid_of_billions(tmp_path: Path) -> None:
    # python-calamine lays a sheet out densely: a cell at row 900,000, column ZZ would
    # ask it for gigabytes and abort the process. Such a sheet is read by streaming.
    book = openpyxl.Workbook()
    book.active.title = "Plan"
    book.active["A1"] = "Action"
    book.active["ZZ900000"] = "far"
    book.active["B900000"] = "near enough"
    path = tmp_path / "far.xlsx"
    book.save(path)

    plan = read_xlsx(path).sheets[0]

    assert plan.cell(0, 0).value == "Action"
    assert plan.cell(899_999, 1).value == "near enough"


@pytest.mark.parametrize(
    ("member", "root"),
    [("xl/worksheets/sheet1.xml", b"<worksheet"), ("xl/styles.xml", b"<styleSheet")],
)
def test_a_part_declaring_entities_is_refused_unread(
    tmp_path: Path, member: str, root: bytes
) -> None:
    book = openpyxl.Workbook()
    book.active.title = "Plan"
    book.active["A1"] = "Action"
    path = tmp_path / "lol.xlsx"
    book.save(path)
    bomb = b'<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>'
    _rewrite(path, member, root, bomb + root)

    with pytest.raises(UserError, match=r"“lol\.xlsx” holds unsafe content"):
        read_xlsx(path)
