"""Every kind of bad workbook is refused or reported with its sheet, row and column,
and nothing is written unless it can be read."""

from __future__ import annotations

import tracemalloc
import zipfile
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from lipplanner.core.errors import UserError
from lipplanner.core.reports import workbook_reader
from lipplanner.core.reports.cell_values import (
    CellError,
    read_date,
    read_number,
    read_percent,
)
from lipplanner.core.reports.plan_import import read_plan_workbook
from tests.reports.workbooks import save_rows

HEADER = ["Code", "Action", "Lead partner", "Start", "Status", "Percent complete"]


def _plan(path: Path, *rows: list[object]) -> Path:
    return save_rows(path, {"Actions": [HEADER, *rows]})


def _rewrite(path: Path, member: str, replace: tuple[bytes, bytes] | None = None,
             extra: dict[str, bytes] | None = None) -> None:  # fmt: skip
    """Rewrite one part of an .xlsx (to craft what openpyxl would not write)."""
    with zipfile.ZipFile(path) as source:
        parts = {info.filename: source.read(info) for info in source.infolist()}
    if replace:
        # openpyxl writes an empty value as <v /> with lxml installed and <v></v> without.
        parts[member] = parts[member].replace(b"<v></v>", b"<v />").replace(*replace)
    parts.update(extra or {})
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)


# --- the file itself ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "is a PNG picture, not a spreadsheet"),
        (b"%PDF-1.7\n", "is a PDF document, not a spreadsheet"),
        (b"", "is empty"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504, "is damaged"),
    ],
    ids=["png", "pdf", "empty", "broken-ole2"],
)
def test_a_file_that_is_not_a_workbook_is_refused_in_one_sentence(
    tmp_path: Path, content: bytes, expected: str
) -> None:
    path = tmp_path / "plan.xlsx"
    path.write_bytes(content)
    with pytest.raises(UserError, match=expected) as caught:
        read_plan_workbook(path)
    assert "“plan.xlsx”" in str(caught.value)


def test_a_csv_named_xlsx_is_read_as_the_csv_it_is(tmp_path: Path) -> None:
    # The bytes decide, not the name: a mail client's renamed export still imports.
    path = tmp_path / "plan.xlsx"
    path.write_bytes(b"Priority,Action\nWelcoming communities,Host a forum\n")
    preview = read_plan_workbook(path)
    assert [a.title_en for a in preview.actions.values()] == ["Host a forum"]


def test_a_truncated_workbook_is_reported_damaged(tmp_path: Path) -> None:
    path = _plan(tmp_path / "plan.xlsx", ["A1", "Cafe", "Library", None, "On track", 10])
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    with pytest.raises(UserError, match="is damaged"):
        read_plan_workbook(path)


def test_a_workbook_with_a_corrupt_sheet_is_reported_damaged(tmp_path: Path) -> None:
    path = _plan(tmp_path / "plan.xlsx", ["A1", "Cafe", "Library", None, "On track", 10])
    _rewrite(path, "xl/worksheets/sheet1.xml", (b"<sheetData>", b"<sheetData><row><c"))
    with pytest.raises(UserError, match="damaged"):
        read_plan_workbook(path)


def test_a_zip_that_is_not_a_workbook_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "plan.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    with pytest.raises(UserError, match="cannot be read as a Word document"):
        read_plan_workbook(path)


def test_a_sheet_without_the_expected_headers_is_refused(tmp_path: Path) -> None:
    path = save_rows(
        tmp_path / "budget.xlsx",
        {"Budget": [["Line", "Amount", "Fund"], ["Rent", 1200, "IRCC"]]},
    )
    with pytest.raises(UserError, match=r"No sheet in “budget\.xlsx” has the expected headers"):
        read_plan_workbook(path)


# --- what is inside ----------------------------------------------------------------


def test_formulas_are_never_calculated_cached_results_are_used(tmp_path: Path) -> None:
    path = _plan(
        tmp_path / "plan.xlsx",
        ["A1", "Cafe", "Library", None, "On track", "=40+2"],
        ["A2", "Kits", "Library", None, "On track", "=1/0"],
    )
    # Excel saves a formula's result beside it; openpyxl writes none (`<v />` or `<v></v>`,
    # depending on its version), so add one to A1's.
    _rewrite(path, "xl/worksheets/sheet1.xml", (b"<f>40+2</f><v />", b"<f>40+2</f><v>42</v>"))
    _rewrite(path, "xl/worksheets/sheet1.xml", (b"<f>40+2</f><v></v>", b"<f>40+2</f><v>42</v>"))

    preview = read_plan_workbook(path)

    assert preview.actions["A1"].percent == 42
    assert preview.actions["A2"].percent == 0
    messages = [str(p) for p in preview.problems]
    assert "Actions!F3: holds a formula with no saved result; type the value instead." in messages
    assert any("cells hold formulas; their last saved results were used" in m for m in messages)


def test_macros_and_external_links_are_ignored_and_said(tmp_path: Path) -> None:
    path = _plan(tmp_path / "plan.xlsm", ["A1", "Cafe", "Library", None, "On track", 10])
    _rewrite(
        path,
        "",
        extra={
            "xl/vbaProject.bin": b"\xd0\xcf\x11\xe0 not run",
            "xl/externalLinks/externalLink1.xml": b"<externalLink/>",
        },
    )

    preview = read_plan_workbook(path)

    assert list(preview.actions) == ["A1"]
    notes = " ".join(str(p) for p in preview.notes)
    assert "contains macros; they were ignored" in notes
    assert "links to other workbooks; the links were not followed" in notes


def test_empty_rows_are_skipped_and_rows_without_a_title_are_reported(tmp_path: Path) -> None:
    path = _plan(
        tmp_path / "plan.xlsx",
        [],
        ["A1", "Cafe", "Library", "2025-04-01", "On track", "50%"],
        [None, "  ", None, None, None, None],
        ["A2", None, "Library", None, "On track", 0.5],
    )
    preview = read_plan_workbook(path)
    assert list(preview.actions) == ["A1"]
    assert [str(p) for p in preview.errors] == [
        "Actions!B5: no action title; the row was left out."
    ]


def test_unknown_status_and_bad_code_are_reported_where_they_are(tmp_path: Path) -> None:
    path = _plan(
        tmp_path / "plan.xlsx",
        ["A1", "Cafe", "Library", None, "Going great", 10],
        ["A1", "Kits", "Library", None, "on track", 10],
        ["A 3", "Map", "Library", None, "Completed", "100%"],
    )
    preview = read_plan_workbook(path)
    messages = [str(p) for p in preview.problems]
    assert preview.actions["A1"].status == "not_started"
    assert any(m.startswith("Actions!E2: “Going great” is not a status") for m in messages)
    assert "Actions!A3: code “A1” is already used; this row gets A1.1." in messages
    assert "Actions!A4: code “A 3” was written as A3." in messages
    assert set(preview.actions) == {"A1", "A1.1", "A3"}


@pytest.mark.slow
def test_huge_sheet_of_junk_is_read_up_to_the_cap_and_the_rest_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A smaller cap than the real one keeps the test quick; the mechanism is the same.
    monkeypatch.setattr(workbook_reader, "MAX_DATA_ROWS", 10_000)
    path = tmp_path / "junk.xlsx"
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Actions")
    sheet.append(HEADER)
    sheet.append(["A1", "Cafe", "Library", date(2025, 4, 1), "On track", 10])
    for n in range(100_000):
        sheet.append([None, None, None, None, None, None, None, n])
    book.save(path)

    tracemalloc.start()
    try:
        preview = read_plan_workbook(path)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert list(preview.actions) == ["A1"]
    cap = [str(p) for p in preview.errors if "rows were read" in p.message]
    assert len(cap) == 1
    assert cap[0].startswith("Actions row 10002: only the first 10,000 rows were read")
    assert cap[0].endswith("the rest were left out.")
    assert peak < 150 * 1024 * 1024


def test_many_bad_rows_are_listed_up_to_a_limit_then_counted(tmp_path: Path) -> None:
    rows = [[f"A{n}", "Cafe", None, "soon", None, None] for n in range(700)]
    preview = read_plan_workbook(_plan(tmp_path / "plan.xlsx", *rows))
    assert len(preview.problems) == 500
    assert preview.more_problems >= 200  # 700 bad dates, and a note or two
    assert preview.has_errors


# --- values as people type them -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-04-01", date(2025, 4, 1)),
        ("01/04/2025", date(2025, 4, 1)),  # day first
        ("1.4.2025", date(2025, 4, 1)),
        ("04/25/2025", date(2025, 4, 25)),  # only month-first makes sense
        ("April 1, 2025", date(2025, 4, 1)),
        ("1 April 2025", date(2025, 4, 1)),
        ("1 avril 2025", date(2025, 4, 1)),
        ("1er avril 2025", date(2025, 4, 1)),
        ("31 décembre 2025", date(2025, 12, 31)),
        ("Sept. 3, 2025", date(2025, 9, 3)),
        ("March 2026", date(2026, 3, 1)),
        (45748, date(2025, 4, 1)),  # an Excel date serial without a date format
        (None, None),
        ("  ", None),
    ],
)
def test_dates_in_common_formats(text: object, expected: date | None) -> None:
    assert read_date(text) == expected


@pytest.mark.parametrize("text", ["next week", "31/02/2025", "Q3", "1 Brumaire 2025", "1850-01-01"])
def test_text_that_is_not_a_date_says_so(text: str) -> None:
    with pytest.raises(CellError, match="is not a"):
        read_date(text)


@pytest.mark.parametrize(
    ("value", "expected"),
    [(55, 55), ("55%", 55), ("55 %", 55), (0.55, 55), ("0,5", 50), ("50%", 50), (0.5, 50),
     (100, 100), ("100%", 100), (0, 0), (33.4, 33), (None, None)],
)  # fmt: skip
def test_percent_written_three_ways(value: object, expected: int | None) -> None:
    assert read_percent(value) == expected


def test_a_bare_one_is_a_hundred_percent_only_in_a_column_of_fractions() -> None:
    assert read_percent(1) == 1
    assert read_percent(1, fractions=True) == 100
    assert read_percent("1%", fractions=True) == 1


@pytest.mark.parametrize("value", ["150%", -5, "half", "101"])
def test_percent_out_of_range_or_not_a_number(value: object) -> None:
    with pytest.raises(CellError, match="percentage"):
        read_percent(value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("1,250", 1250), ("1 250", 1250), ("1\u00a0250,50", 1250.5), ("$12,000.00", 12000),
     ("12,5", 12.5), ("1,234,567.8", 1234567.8), (2500, 2500)],
)  # fmt: skip
def test_numbers_with_thousands_separators(text: object, expected: float) -> None:
    assert read_number(text) == expected


def test_budget_with_thousands_separators_reaches_the_action(tmp_path: Path) -> None:
    path = save_rows(
        tmp_path / "plan.xlsx",
        {"Actions": [["Action", "Budget", "In-kind"], ["Cafe", "12,500", "1 000,50"]]},
    )
    action = next(iter(read_plan_workbook(path).actions.values()))
    assert (str(action.budget), str(action.in_kind)) == ("12500.00", "1000.50")
