"""The .xlsx reader keeps what carries meaning in plans and nothing unsafe."""

from __future__ import annotations

import re
import zipfile
from datetime import date, datetime, time
from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import Border, Font, PatternFill, Side
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


def _sheet_of_empty_rows(path: Path, empty_rows: int, band_row: int, last: int) -> None:
    """A plan sheet declaring `A1:E3` whose rows 4… hold only styled (bordered) empty
    cells, one filled empty cell at `band_row` (a colour-only traffic light) and a real
    action at `last`, far below the declared dimension."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Actions"
    sheet.append(["Code", "Action", "Status"])
    sheet.append(["A1", "Welcome cafe", "On track"])
    sheet["A4"].border = Border(left=Side(style="thin"))
    sheet["C5"].fill = PatternFill("solid", fgColor="FFC000")
    source = path.with_suffix(".src.xlsx")
    book.save(source)
    with zipfile.ZipFile(source) as inside, zipfile.ZipFile(path, "w") as out:
        for info in inside.infolist():
            data = inside.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = re.sub(rb'<dimension ref="[^"]*"/>', b'<dimension ref="A1:E3"/>', data)
                head, tail = data.split(b'<row r="4"', 1)
                tail = tail.split(b"</sheetData>", 1)[1]
                border = re.search(rb'<c r="A4" s="(\d+)"', data)[1]  # type: ignore[index]
                fill = re.search(rb'<c r="C5" s="(\d+)"', data)[1]  # type: ignore[index]
                letters = (b"A", b"B", b"C", b"D", b"E")
                rows = [
                    b'<row r="%d" spans="1:5" ht="15" customHeight="1">' % n
                    + b"".join(b'<c r="%s%d" s="%s"/>' % (c, n, border) for c in letters)
                    + b"</row>"
                    for n in range(4, 4 + empty_rows)
                ]
                rows[band_row - 4] = b'<row r="%d"><c r="C%d" s="%s"/></row>' % (
                    band_row,
                    band_row,
                    fill,
                )
                real = (
                    b'<row r="%d"><c r="A%d" t="inlineStr"><is><t>A9</t></is></c>'
                    b'<c r="B%d" t="inlineStr"><is><t>Below the dimension</t></is></c></row>'
                    % (last, last, last)
                )
                data = head + b"".join(rows) + real + b"</sheetData>" + tail
            out.writestr(info, data)
    source.unlink()


def test_empty_rows_never_reach_the_parser_and_rows_below_the_dimension_are_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from lipplanner.core.reports.readers import xlsx_openpyxl

    path = tmp_path / "plan.xlsx"
    _sheet_of_empty_rows(path, 20_000, band_row=15_000, last=20_004)
    parsed: list[object] = []
    parse_cell = xlsx_openpyxl._FormulaAwareParser.parse_cell
    monkeypatch.setattr(
        xlsx_openpyxl._FormulaAwareParser,
        "parse_cell",
        lambda self, element: parsed.append(element) or parse_cell(self, element),
    )

    # Both readers: the fast one (calamine plus the byte scan) and the careful fallback.
    for grid in (read_xlsx(path), xlsx_openpyxl.read_with_openpyxl(path)):
        sheet = grid.sheets[0]
        assert sheet.cell(20_003, 0).value == "A9"
        assert sheet.cell(20_003, 1).value == "Below the dimension"
        assert sheet.cell(14_999, 2).fill == "FFC000"  # the colour-only cell is kept
        assert len(sheet.rows) == 20_004
        assert grid.problems == ()
    # Only the heading, the action, the traffic light and the row below: 100,000 styled
    # empty cells cost the careful parser nothing (minutes and 600 MB at a million rows).
    assert len(parsed) == 3 + 3 + 1 + 2


def test_a_row_numbered_beyond_any_sheet_is_left_out_and_said(tmp_path: Path) -> None:
    path = tmp_path / "plan.xlsx"
    book = openpyxl.Workbook()
    book.active.title = "Plan"
    book.active.append(["Code", "Action"])
    book.active.append(["A1", "Welcome cafe"])
    book.save(path)
    with zipfile.ZipFile(path) as inside:
        parts = {info.filename: inside.read(info) for info in inside.infolist()}
    crafted = b'<row r="900000000"><c r="A900000000" t="inlineStr"><is><t>x</t></is></c></row>'
    sheet = parts["xl/worksheets/sheet1.xml"]
    parts["xl/worksheets/sheet1.xml"] = sheet.replace(b"</sheetData>", crafted + b"</sheetData>")
    with zipfile.ZipFile(path, "w") as out:
        for name, data in parts.items():
            out.writestr(name, data)

    grid = read_xlsx(path)  # a grid of 900 million rows would never come back

    assert len(grid.sheets[0].rows) == 2
    assert [str(p) for p in grid.problems] == [
        "Plan row 900000000: rows beyond row 1,048,576 (the most a sheet has) were left out."
    ]


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


def _fast_and_careful(path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[object, object]:
    careful = read_with_openpyxl(path)
    with monkeypatch.context() as patch:
        patch.setattr(xlsx, "read_with_openpyxl", None)  # the fast path, nothing else
        fast = read_xlsx(path)
    return fast, careful


def test_values_that_share_a_dict_key_or_need_converting_read_as_the_careful_reader_reads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The fast reader makes one cell per distinct value: True and 1.0 (and False and
    # 0) are one dict key, and must still come out as a tick and a number.
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Plan"
    sheet.append(["Action", "Done", "Share", "Count", "Note", "Due", "Time"])
    for n in range(30):
        sheet.append(
            [f"Action {n % 7}", n % 2 == 0, 1.0 if n % 3 else 0.0, 1 if n % 5 else 0,
             "   " if n % 4 == 0 else "On track", date(2025, 1 + n % 12, 1), time(9, n)]
        )  # fmt: skip
    path = tmp_path / "mixed.xlsx"
    book.save(path)

    fast, careful = _fast_and_careful(path, monkeypatch)

    assert fast == careful  # True == 1 here too: the kinds are checked below
    plan = fast.sheets[0]  # type: ignore[attr-defined]
    for row in plan.rows[1:]:
        assert [type(c.value) for c in row[:4]] == [str, bool, int, int]
    assert plan.cell(1, 1).value is True and plan.cell(2, 1).value is False
    assert plan.cell(1, 2).value == 0 and plan.cell(2, 2).value == 1
    assert plan.cell(1, 4).blank and plan.cell(1, 5).value == datetime(2025, 1, 1)


def test_a_row_style_and_a_style_named_after_the_type_read_as_the_careful_reader_reads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The looks are found from the style attribute alone: a row's own style is not its
    # cells', and the attribute may come after the type (t="s" s="3").
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Plan"
    sheet.append(["Priority", "Action"])
    sheet.append(["Housing", "Find homes"])
    sheet["A2"].fill = PatternFill("solid", fgColor="FFC000")
    sheet["B2"].font = Font(bold=True)
    sheet.append(["Work", "Find jobs"])
    path = tmp_path / "styles.xlsx"
    book.save(path)
    with zipfile.ZipFile(path) as inside:
        data = inside.read("xl/worksheets/sheet1.xml")
    fill = re.search(rb'<c r="A2" s="(\d+)"', data)[1]  # type: ignore[index]
    _rewrite(path, "xl/worksheets/sheet1.xml", b'<row r="3"',
             b'<row r="3" s="%s" customFormat="1"' % fill)  # fmt: skip
    _rewrite(path, "xl/worksheets/sheet1.xml", b'<c r="B2" s="', b'<c r="B2" foo="1" s="')

    fast, careful = _fast_and_careful(path, monkeypatch)

    assert fast == careful
    plan = fast.sheets[0]  # type: ignore[attr-defined]
    assert plan.cell(1, 0).fill == "FFC000" and plan.cell(1, 1).bold
    assert plan.cell(2, 0).fill is None and not plan.cell(2, 1).bold


def test_a_cell_written_out_of_order_below_the_last_is_read_where_it_is(tmp_path: Path) -> None:
    # The sheet's height is taken from its last cell only once a search has shown no
    # cell lies below it: a file that writes a far row first is read in full.
    book = openpyxl.Workbook()
    book.active.title = "Plan"
    for n in range(1, 4):
        book.active.append([f"Action {n}"])
    path = tmp_path / "order.xlsx"
    book.save(path)
    far = b'<row r="40"><c r="B40" t="inlineStr"><is><t>Far below</t></is></c></row>'
    _rewrite(path, "xl/worksheets/sheet1.xml", b"<sheetData>", b"<sheetData>" + far)

    plan = read_xlsx(path).sheets[0]

    assert plan.cell(39, 1).value == "Far below"
    assert "Action 3" in [cell.value for row in plan.rows for cell in row]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (b"<sheetData>", b"<sheetData><row><c"),  # a tag left open
        (b"</worksheet>", b""),  # the part cut short
    ],
    ids=["open-tag", "cut"],
)
def test_a_damaged_sheet_part_is_reported_not_read_past(
    tmp_path: Path, old: bytes, new: bytes
) -> None:
    # Calamine reads on past both: the byte checks send such a part to expat and the
    # careful reader, which says it.
    book = openpyxl.Workbook()
    book.active.title = "Plan"
    book.active.append(["Action 1"])
    path = tmp_path / "damaged.xlsx"
    book.save(path)
    _rewrite(path, "xl/worksheets/sheet1.xml", old, new)

    with pytest.raises(UserError, match=r"“damaged\.xlsx” is damaged"):
        read_xlsx(path)


def test_theme_colours_are_read_by_pattern_as_the_parser_reads_them(tmp_path: Path) -> None:
    from lipplanner.core.reports.readers import xlsx_styles

    book = openpyxl.Workbook()
    path = tmp_path / "theme.xlsx"
    book.save(path)
    with zipfile.ZipFile(path) as inside:
        theme = inside.read("xl/theme/theme1.xml")
    renamed = theme.replace(b"<a:", b"<d:").replace(b"</a:", b"</d:")
    renamed = renamed.replace(b"xmlns:a=", b"xmlns:d=")
    one_short = re.sub(rb"<a:hlink>.*?</a:hlink>", b"", theme, flags=re.S)

    colours = xlsx_styles.theme_colours(theme)

    assert colours[:5] == ["FFFFFF", "000000", "EEECE1", "1F497D", "4F81BD"]  # lt1, dk1 …
    assert xlsx_styles._theme_colours_fast(renamed) == colours  # any namespace prefix
    assert xlsx_styles._theme_colours_fast(theme) == xlsx_styles._theme_colours_parsed(theme)
    # A scheme the pattern cannot read whole is parsed (hlink missing: black, as before).
    assert xlsx_styles.theme_colours(one_short) == [*colours[:10], "000000", colours[11]]
