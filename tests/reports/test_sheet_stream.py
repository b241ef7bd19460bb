"""A sheet of a million empty rows is read fast, and rows below a stale <dimension> are seen."""

from __future__ import annotations

import time
import zipfile
from pathlib import Path

import openpyxl
import pytest

from lipplanner.core.errors import UserError
from lipplanner.core.reports import workbook_reader
from lipplanner.core.reports.workbook_reader import open_workbook


def _sheet_with_empty_rows(path: Path, empty_rows: int, dimension: str = "A1:C2") -> int:
    """A workbook whose sheet holds a header, one row, `empty_rows` rows of styled empty
    cells and, last, one real row below a `<dimension>` that hides it. Returns its number."""
    source = path.with_suffix(".src.xlsx")
    book = openpyxl.Workbook()
    book.active.append(["Code", "Status"])
    book.active.append(["A1", "On track"])
    book.save(source)
    last = empty_rows + 3
    with zipfile.ZipFile(source) as inside, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in inside.infolist():
            data = inside.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                head, tail = data.split(b"</sheetData>")
                head = head.replace(
                    b'<dimension ref="A1:B2"/>', f'<dimension ref="{dimension}"/>'.encode()
                )
                empty = b"".join(
                    b'<row r="%d" spans="1:3"><c r="A%d" s="0"/><c r="B%d" s="0"/></row>'
                    % (n, n, n)
                    if n % 2
                    else b'<row r="%d"/>' % n
                    for n in range(3, last)
                )
                real = b'<row r="%d"><c r="A%d" t="inlineStr"><is><t>B9</t></is></c></row>' % (
                    last,
                    last,
                )
                data = head + empty + real + b"</sheetData>" + tail
            out.writestr(info, data)
    return last


def test_empty_rows_cost_nothing_and_rows_below_the_dimension_are_read(tmp_path: Path) -> None:
    path = tmp_path / "updates.xlsx"
    last = _sheet_with_empty_rows(path, 300_000)
    started = time.perf_counter()
    with open_workbook(path) as book:
        rows = list(book.rows(book.sheet_names[0]))
        counted = book.real_rows[book.sheet_names[0]]
    elapsed = time.perf_counter() - started
    assert [(r.number, r.values) for r in rows] == [
        (1, ("Code", "Status")),
        (2, ("A1", "On track")),
        (last, ("B9",)),
    ]
    assert counted == 3  # the row cap counts real rows, not empty ones
    # The floor: only inflating the sheet's part. Parsing every empty row costs ~40x it.
    started = time.perf_counter()
    with zipfile.ZipFile(path) as archive, archive.open("xl/worksheets/sheet1.xml") as part:
        while part.read(1 << 20):
            pass
    floor = time.perf_counter() - started
    assert elapsed < 30 * floor + 1.0, (
        f"{elapsed:.2f} s for 300,000 empty rows ({floor:.2f} s floor)"
    )


def test_rows_past_the_cap_are_left_out_unread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Past the data cap the reader stops: the rows it leaves out are not parsed (only
    # to be counted, they took minutes on a returned workbook of 200,000 rows), so a
    # damaged cell among them cannot refuse the rows that were read.
    monkeypatch.setattr(workbook_reader, "MAX_DATA_ROWS", 5)
    source = tmp_path / "src.xlsx"
    book = openpyxl.Workbook()
    for n in range(1, 11):
        book.active.append([f"A{n}", "On track"])
    book.save(source)
    path = tmp_path / "updates.xlsx"
    with zipfile.ZipFile(source) as inside, zipfile.ZipFile(path, "w") as out:
        for info in inside.infolist():
            data = inside.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(
                    b"</sheetData>", b'<row r="12"><c r="A12"><v>not a number</v></c></row>'
                    b"</sheetData>",
                )  # fmt: skip
            out.writestr(info, data)
    with open_workbook(path) as opened:
        name = opened.sheet_names[0]
        rows = list(opened.rows(name))
        assert [r.values[0] for r in rows] == ["A1", "A2", "A3", "A4", "A5"]
        assert opened.truncated == {name: 6}  # the first row left out, for the note
        with pytest.raises(UserError, match="is damaged: the sheet"):
            opened.row_count(name)  # counting every row still reads them all
