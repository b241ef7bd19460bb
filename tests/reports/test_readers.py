"""Every file kind a coordinator has, read into the same grid: legacy .xls and .ods
(made by LibreOffice, as nothing in our stack writes them), CSV as Excel saves it in
each encoding and delimiter, and the tables of a Word plan; and every hostile input
refused in one sentence that names the file, with nothing written."""

from __future__ import annotations

import os
import shutil
import subprocess
import threading
import uuid
import zipfile
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import Font

from lipplanner.core.errors import UserError
from lipplanner.core.reports import readers
from lipplanner.core.reports.grid import Merge, WorkbookGrid
from lipplanner.core.reports.readers import limits, read_grid

PLAN_ROWS = [
    ["Priority", "Action", "Lead", "Status", "% complete", "Due"],
    ["PRIORITY 1: Employment"],
    [None, "Job fair for newcomers", "YMCA", "On track", 0.4, date(2025, 6, 30)],
    [None, "Mentoring circles", "City; Library", "Completed", 100, date(2025, 9, 1)],
    [],
    [],
    ["PRIORITY 2: Société d’accueil"],
    [None, "Welcome week", "Centre francophone", "Behind", 25, "Q3 2025"],
]


def _values(grid: WorkbookGrid, sheet: int = 0) -> list[list[object]]:
    return [[cell.value for cell in row] for row in grid.sheets[sheet].rows]


@pytest.fixture(scope="session")
def office_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The same plan as .xls and .ods, converted by LibreOffice from an openpyxl workbook
    (a merged, bold section row; a blank gap; a hidden sheet; data from column B on the
    second sheet)."""
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) is missing: it makes the .xls and .ods fixtures")
    folder = tmp_path_factory.mktemp("office")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Plan 2025"
    for row in PLAN_ROWS:
        sheet.append(row)
    sheet.merge_cells("A2:F2")
    sheet["A2"].font = Font(bold=True)
    offset = book.create_sheet("Offset")
    offset["C3"] = "Starts at C3"
    offset["D4"] = 7
    hidden = book.create_sheet("Lists")
    hidden["A1"] = "On track"
    hidden.sheet_state = "hidden"
    source = folder / "plan.xlsx"
    book.save(source)
    profile = Path("/tmp") / f"lipplanner-lo-{uuid.uuid4().hex}"
    try:
        for kind in ("xls", "ods"):
            subprocess.run(
                ["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless",
                 "--norestore", "--convert-to", kind, str(source), "--outdir", str(folder)],
                check=True, capture_output=True, timeout=180,
            )  # fmt: skip
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    return {"xls": folder / "plan.xls", "ods": folder / "plan.ods"}


@pytest.mark.libreoffice
@pytest.mark.parametrize("kind", ["xls", "ods"])
def test_legacy_excel_and_libreoffice_files_read_as_their_sheets(
    office_files: dict[str, Path], kind: str
) -> None:
    grid = read_grid(office_files[kind])
    assert grid.kind == kind and grid.source == f"plan.{kind}"
    assert [s.name for s in grid.sheets] == ["Plan 2025", "Offset", "Lists"]
    assert [s.hidden for s in grid.sheets] == [False, False, True]
    values = _values(grid)
    assert values[0] == PLAN_ROWS[0]
    assert values[1] == ["PRIORITY 1: Employment"]
    assert values[2] == [None, "Job fair for newcomers", "YMCA", "On track", 0.4, date(2025, 6, 30)]
    assert values[3][4] == 100 and isinstance(values[3][4], int)  # not 100.0
    assert values[4] == [] and values[5] == []  # the gap keeps row numbers as in the file
    assert values[6] == ["PRIORITY 2: Société d’accueil"]
    assert values[7][5] == "Q3 2025"
    # Row and column numbers are the file's, wherever its data starts.
    offset = grid.sheets[1]
    assert offset.cell(2, 2).value == "Starts at C3" and offset.cell(3, 3).value == 7
    if kind == "xls":
        assert grid.sheets[0].merges == (Merge(1, 0, 1, 5),)


CSV_TEXT = (
    "Priorité;Action;Responsable;État d’avancement\n"
    "AXE 1 : Accueil;;;\n"
    ';"Séances d’accueil; deux par mois";Centre francophone;En cours\n'
    ';"Guide bilingue\nen deux lignes";Ville;Terminé\n'
)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "utf-16"])
@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_csv_encoding_and_delimiter_are_found(
    tmp_path: Path, encoding: str, delimiter: str
) -> None:
    # Written by the csv module, as a spreadsheet program quotes its fields.
    import csv
    import io

    rows = list(csv.reader(io.StringIO(CSV_TEXT), delimiter=";"))
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path = tmp_path / "plan.csv"
    path.write_bytes(out.getvalue().encode(encoding))

    grid = read_grid(path)
    assert grid.kind == "csv" and [s.name for s in grid.sheets] == ["plan"]
    values = _values(grid)
    assert values[0] == ["Priorité", "Action", "Responsable", "État d’avancement"]
    assert values[1] == ["AXE 1 : Accueil"]
    assert values[2] == [None, "Séances d’accueil; deux par mois", "Centre francophone", "En cours"]
    assert values[3][1] == "Guide bilingue\nen deux lignes"
    assert not grid.problems


def test_csv_values_stay_text_so_codes_keep_their_zeros(tmp_path: Path) -> None:
    path = tmp_path / "codes.csv"
    path.write_text("Code,Action,%\n1.10,Job fair,40\n", encoding="utf-8")
    assert _values(read_grid(path))[1] == ["1.10", "Job fair", "40"]


def _word_plan(path: Path) -> Path:
    """A strategic plan as written in Word: a title, a heading over each table, a
    section row merged across, a lead merged down over two actions, bullets in a cell."""
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    document.add_heading("Pembina Valley LIP Strategic Plan 2020-2023", level=0)
    document.add_paragraph("This plan was approved by the council in June 2020.")
    document.add_heading("Priority 1: Employment", level=2)
    document.add_paragraph("Newcomers find work that matches their skills.")
    table = document.add_table(rows=5, cols=3)
    for column, text in enumerate(["Action", "Lead", "Timeline"]):
        table.cell(0, column).paragraphs[0].add_run(text).bold = True
    section = table.cell(1, 0).merge(table.cell(1, 2))
    section.text = "Goal 1.1: Newcomers find work"
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:fill"), "d9e2f3")
    section._tc.get_or_add_tcPr().append(shading)
    table.cell(2, 0).text = "Job fair"
    table.cell(3, 0).text = "Mentoring"
    lead = table.cell(2, 1).merge(table.cell(3, 1))
    lead.text = "Regional Connections"
    table.cell(2, 2).text = "2020-21"
    table.cell(3, 2).text = "Years 1-3"
    bullets = table.cell(4, 0)
    bullets.text = "Employer breakfasts"
    bullets.add_paragraph("Hiring toolkit", style="List Bullet")
    document.add_paragraph("Notes between the tables.")
    second = document.add_table(rows=2, cols=2)
    second.cell(0, 0).text = "Partner"
    second.cell(1, 0).text = "YMCA"
    document.save(str(path))
    return path


def test_word_plan_tables_become_sheets_with_merges_bold_and_bullets(tmp_path: Path) -> None:
    grid = read_grid(_word_plan(tmp_path / "strategic plan.docx"))
    assert grid.kind == "docx"
    assert [s.name for s in grid.sheets] == ["Priority 1: Employment", "Table 2"]
    plan = grid.sheets[0]
    assert [c.value for c in plan.rows[0]] == ["Action", "Lead", "Timeline"]
    assert all(c.bold for c in plan.rows[0]) and not plan.cell(2, 0).bold
    assert [c.value for c in plan.rows[1]] == ["Goal 1.1: Newcomers find work"]
    assert plan.cell(1, 0).fill == "D9E2F3"
    assert plan.cell(2, 1).value == "Regional Connections" and plan.cell(3, 1).blank
    assert set(plan.merges) == {Merge(1, 0, 1, 2), Merge(2, 1, 3, 1)}
    assert plan.cell(4, 0).value == "Employer breakfasts\n• Hiring toolkit"
    assert _values(grid, 1) == [["Partner"], ["YMCA"]]
    assert plan.narrative == ("Newcomers find work that matches their skills.",)
    assert grid.sheets[1].narrative == ()  # "Notes between the tables" has no heading of its own
    assert grid.titles == ("Pembina Valley LIP Strategic Plan 2020-2023", "Priority 1: Employment")


def test_tracked_insertions_and_content_controls_in_a_word_cell_are_read(tmp_path: Path) -> None:
    import docx
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Action"
    table.cell(0, 1).text = "Lead"
    table.cell(1, 0).paragraphs[0]._p.append(
        parse_xml(f'<w:ins {w} w:id="1" w:author="A"><w:r><w:t>Welcome fair</w:t></w:r></w:ins>')
    )
    table.cell(1, 1).paragraphs[0]._p.append(
        parse_xml(f"<w:sdt {w}><w:sdtPr/><w:sdtContent><w:r><w:t>YMCA</w:t></w:r>"
                  "</w:sdtContent></w:sdt>")
    )  # fmt: skip
    table.cell(1, 1).add_paragraph()._p.append(
        parse_xml(f"<w:sdt {w}><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:r>"
                  "<w:t>Click here to enter text.</w:t></w:r></w:sdtContent></w:sdt>")
    )  # fmt: skip
    document.save(str(tmp_path / "tracked.docx"))
    grid = read_grid(tmp_path / "tracked.docx")
    assert _values(grid, 0) == [["Action", "Lead"], ["Welcome fair", "YMCA"]]


def test_a_table_nested_in_a_word_cell_keeps_its_text(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Action"
    table.cell(0, 1).text = "Partners"
    table.cell(1, 0).text = "Welcome fair"
    inner = table.cell(1, 1).add_table(rows=2, cols=1)
    inner.cell(0, 0).text = "YMCA"
    inner.cell(1, 0).text = "Library"
    document.save(str(tmp_path / "nested.docx"))
    grid = read_grid(tmp_path / "nested.docx")
    assert _values(grid, 0) == [["Action", "Partners"], ["Welcome fair", "YMCA\nLibrary"]]


def test_a_word_document_without_tables_says_so(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("Only prose.")
    document.save(str(tmp_path / "letter.docx"))
    with pytest.raises(UserError, match=r"“letter.docx” is a Word document without tables"):
        read_grid(tmp_path / "letter.docx")


def test_a_huge_cell_is_cut_and_said_and_the_rest_is_read(tmp_path: Path) -> None:
    path = tmp_path / "notes.csv"
    path.write_text("Action,Progress\nJob fair," + "x" * 200_000 + "\nMentoring,ok\n")
    grid = read_grid(path)
    assert len(grid.sheets[0].cell(1, 1).value) == limits.MAX_CELL_CHARS  # type: ignore[arg-type]
    assert _values(grid)[2] == ["Mentoring", "ok"]
    assert [str(p) for p in grid.problems] == [
        "notes!B2: This cell holds 200,000 characters; only the first 32,767 were read."
    ]


def test_rows_beyond_the_cap_are_left_out_and_said_and_empty_rows_cost_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(limits, "MAX_DATA_ROWS", 3)
    path = tmp_path / "long.csv"
    path.write_text("Action\n" + "\n" * 500 + "a\nb\nc\nd\n")
    grid = read_grid(path)
    values = _values(grid)
    assert values[0] == ["Action"] and values[-2:] == [["a"], ["b"]]
    assert len(values) == 503  # the blank lines keep the file's row numbers, uncounted
    assert [str(p) for p in grid.problems] == [
        "long row 504: Only the first 3 rows with data were read; the rest, from row 504, "
        "were left out."
    ]


def _refused(path: Path, message: str) -> None:
    before = sorted(p.name for p in path.parent.iterdir()) if path.parent.is_dir() else []
    with pytest.raises(UserError) as raised:
        read_grid(path)
    assert str(raised.value) == message
    if before:
        assert sorted(p.name for p in path.parent.iterdir()) == before  # nothing written


def test_a_fifo_is_refused_at_once_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "plan.xlsx"
    os.mkfifo(fifo)
    outcome: list[BaseException] = []
    reader = threading.Thread(target=lambda: _catch(fifo, outcome), daemon=True)
    reader.start()
    reader.join(5)
    assert not reader.is_alive(), "reading a FIFO blocked"
    assert [str(e) for e in outcome] == [
        "“plan.xlsx” is not a regular file (it is a device, pipe or socket); "
        "choose a spreadsheet or Word file."
    ]


def _catch(path: Path, outcome: list[BaseException]) -> None:
    try:
        read_grid(path)
    except UserError as error:
        outcome.append(error)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero on this system")
def test_a_device_that_never_ends_is_refused() -> None:
    _refused(
        Path("/dev/zero"),
        "“zero” is not a regular file (it is a device, pipe or socket); "
        "choose a spreadsheet or Word file.",
    )


def test_what_a_file_really_is_is_said_whatever_its_name(tmp_path: Path) -> None:
    (tmp_path / "folder.xlsx").mkdir()
    _refused(tmp_path / "folder.xlsx", "“folder.xlsx” is a folder, not a plan file.")
    _refused(tmp_path / "missing.xls", f"There is no file “{tmp_path / 'missing.xls'}”.")
    (tmp_path / "empty.csv").write_bytes(b"")
    _refused(tmp_path / "empty.csv", "“empty.csv” is empty.")
    (tmp_path / "photo.xls").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    _refused(tmp_path / "photo.xls", "“photo.xls” is a PNG picture, not a spreadsheet.")
    (tmp_path / "scan.docx").write_bytes(b"%PDF-1.7\n%\xe2\xe3")
    _refused(tmp_path / "scan.docx", "“scan.docx” is a PDF document, not a spreadsheet.")
    (tmp_path / "export.xls").write_text("<html><body><table><tr><td>1</td></tr></table>")
    _refused(
        tmp_path / "export.xls",
        "“export.xls” is a web page (HTML), not a spreadsheet. Open it in Excel or "
        "LibreOffice and save it as an .xlsx workbook.",
    )
    with zipfile.ZipFile(tmp_path / "photos.xlsx", "w") as archive:
        archive.writestr("a.txt", "hello")
    _refused(
        tmp_path / "photos.xlsx",
        "“photos.xlsx” is a zip archive, not a spreadsheet. Unzip it first.",
    )
    (tmp_path / "blob.csv").write_bytes(b"\x01\x02\x00\x00binary")
    _refused(
        tmp_path / "blob.csv", "“blob.csv” is not a spreadsheet, a CSV file or a Word document."
    )


def _ole2(streams: list[str]) -> bytes:
    """Enough of an OLE2 container for the sniffing: its signature and directory names."""
    return (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        + b"\0" * 504
        + b"".join(name.encode("utf-16-le") + b"\0" * (64 - 2 * len(name)) for name in streams)
    )


def test_a_password_protected_workbook_and_an_old_word_file_are_named(tmp_path: Path) -> None:
    (tmp_path / "locked.xlsx").write_bytes(_ole2(["EncryptionInfo", "EncryptedPackage"]))
    _refused(
        tmp_path / "locked.xlsx",
        "“locked.xlsx” is protected by a password. Open it in Excel, remove the password "
        "(File → Info → Protect Workbook), save it, then try again.",
    )
    (tmp_path / "plan.doc").write_bytes(_ole2(["WordDocument", "1Table"]))
    _refused(
        tmp_path / "plan.doc",
        "“plan.doc” is an old Word document (.doc). Open it in Word or LibreOffice and "
        "save it as a .docx document, then try again.",
    )
    (tmp_path / "broken.xls").write_bytes(_ole2(["Workbook"]))
    with pytest.raises(UserError, match=r"“broken.xls” is damaged and cannot be read"):
        read_grid(tmp_path / "broken.xls")


def test_a_file_too_large_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(readers, "MAX_FILE_BYTES", 1000)
    (tmp_path / "big.csv").write_text("a,b\n" * 600)
    _refused(tmp_path / "big.csv", "“big.csv” is too large to be a plan (0 MB; at most 0 MB).")


def test_a_zip_bomb_word_file_is_refused_unread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from lipplanner.core.reports.readers import kinds

    monkeypatch.setattr(kinds, "MAX_UNPACKED_BYTES", 10_000)
    with zipfile.ZipFile(tmp_path / "bomb.docx", "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", "<w/>" + " " * 50_000)
    _refused(
        tmp_path / "bomb.docx",
        "“bomb.docx” unpacks to more than 0 MB; it is not a plan file we can read safely.",
    )


def test_the_bytes_decide_the_reader_not_the_name(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.append(["Action", "Lead"])
    book.active.append(["Job fair", "YMCA"])
    book.save(tmp_path / "really a workbook.csv")
    grid = read_grid(tmp_path / "really a workbook.csv")
    assert grid.kind == "xlsx" and _values(grid) == [["Action", "Lead"], ["Job fair", "YMCA"]]
    word = _word_plan(tmp_path / "plan.docx")
    word.rename(tmp_path / "plan.xlsx")
    assert read_grid(tmp_path / "plan.xlsx").kind == "docx"
