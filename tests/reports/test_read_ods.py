""".ods files streamed from their XML: error cells said at their cell as in .xlsx, a cell
far away (LibreOffice's formatted empty space up to row 1,048,576 or column XFD) read in
bounded memory, merges and the cells' look kept."""

from __future__ import annotations

import tracemalloc
import zipfile
from pathlib import Path

from lipplanner.core.reports.cell_values import ErrorValue
from lipplanner.core.reports.grid import GridCell, Merge
from lipplanner.core.reports.plan_import import build_preview, detect
from lipplanner.core.reports.readers import read_grid

FAILED = "(a formula that failed in the spreadsheet)"
_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0">'
    '<office:automatic-styles><style:style style:name="ce1" style:family="table-cell">'
    '<style:table-cell-properties fo:background-color="#d9e2f3"/>'
    '<style:text-properties fo:font-weight="bold"/></style:style></office:automatic-styles>'
    '<office:body><office:spreadsheet><table:table table:name="Actions">'
)
_TAIL = "</table:table></office:spreadsheet></office:body></office:document-content>"


def _text(value: str, extra: str = "") -> str:
    return (
        f'<table:table-cell office:value-type="string"{extra}><text:p>{value}</text:p>'
        "</table:table-cell>"
    )


def _error(code: str, formula: str) -> str:
    # As LibreOffice saves a formula that failed.
    return (
        f'<table:table-cell table:formula="of:={formula}" office:value-type="string" '
        f'office:string-value="" calcext:value-type="error"><text:p>{code}</text:p>'
        "</table:table-cell>"
    )


def _row(*cells: str, repeated: int = 1) -> str:
    times = f' table:number-rows-repeated="{repeated}"' if repeated > 1 else ""
    return f"<table:table-row{times}>{''.join(cells)}</table:table-row>"


def _ods(path: Path, *rows: str, styles: str = "") -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", _HEAD + "".join(rows) + _TAIL)
        if styles:
            archive.writestr("styles.xml", styles)
    return path


HEADER = _row(*(_text(t) for t in ("Code", "Action", "Lead partner", "Status")))


def test_error_cells_in_an_ods_plan_are_said_at_their_cell_as_in_xlsx(tmp_path: Path) -> None:
    path = _ods(
        tmp_path / "plan.ods",
        HEADER,
        _row(_text("A1"), _text("Welcome cafe"), _error("#N/A", "NA()"), _error("#REF!", "#REF!")),
        _row(_text("A2"), _text("Mentoring"), _text("Library"), _text("On track")),
    )
    grid = read_grid(path)
    row = grid.sheets[0].rows[1]
    assert [type(c.value) for c in row[2:]] == [ErrorValue, ErrorValue]

    preview = build_preview(grid, detect(grid))

    errors = [str(p) for p in preview.errors]
    assert (
        f"Actions!C2: column “Lead partner” holds the error value #N/A {FAILED}; left empty."
        in errors
    )
    assert f"Actions!D2: column “Status” holds the error value #REF! {FAILED}; left empty." in (
        errors
    )
    assert preview.actions["A1"].lead is None  # not a partner called “#N/A”
    assert "#N/A" not in {p.name_en for p in preview.partners.values()}
    assert preview.actions["A2"].lead == "library"


def test_a_cell_far_away_in_an_ods_is_read_in_bounded_memory(tmp_path: Path) -> None:
    # A cell at column XFD of row 4, LibreOffice's formatted space to the sheet's end,
    # then a stray cell on row 1,048,576: a dense reader lays out 17 billion cells.
    path = _ods(
        tmp_path / "far.ods",
        HEADER,
        _row(_text("A1"), _text("Welcome cafe"), _text("Library"), _text("On track")),
        _row(_text("A2"), _text("Mentoring"), _text("YMCA"), _text("Delayed")),
        _row('<table:table-cell table:number-columns-repeated="16383"/>', _text("wide")),
        _row('<table:table-cell table:number-columns-repeated="16384"/>', repeated=1_048_571),
        _row(_text("Z9"), _text("far")),
    )
    tracemalloc.start()
    try:
        grid = read_grid(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 60_000_000, peak
    sheet = grid.sheets[0]
    assert [c.value for c in sheet.rows[2]] == ["A2", "Mentoring", "YMCA", "Delayed"]
    said = [str(p) for p in grid.problems]
    assert (
        "Actions: Only the first 200 columns were read; the cells beyond column GR were left out."
        in said
    )
    assert (
        "Actions row 1048576: Row 1,048,576 and below were left out: they come after "
        "1,048,572 empty rows." in said
    )
    preview = build_preview(grid, detect(grid))
    assert list(preview.actions) == ["A1", "A2"]


def test_ods_merges_and_the_look_of_section_rows_are_kept(tmp_path: Path) -> None:
    section = _text("PRIORITY 1: Employment", ' table:style-name="ce1" '
                    'table:number-columns-spanned="4" table:number-rows-spanned="1"')  # fmt: skip
    path = _ods(
        tmp_path / "plan.ods",
        HEADER,
        _row(section, '<table:covered-table-cell table:number-columns-repeated="3"/>'),
        _row(_text("A1"), _text("Welcome cafe"), _text("Library"), _text("On track")),
    )
    sheet = read_grid(path).sheets[0]
    assert sheet.merges == (Merge(1, 0, 1, 3),)
    assert sheet.cell(1, 0).bold and sheet.cell(1, 0).fill == "D9E2F3"
    assert [c.value for c in sheet.rows[1]] == ["PRIORITY 1: Employment"]


def test_named_styles_give_their_look_to_the_cells_based_on_them(tmp_path: Path) -> None:
    # LibreOffice's "Good" and "Bad" cell styles (styles.xml) as colour-only statuses, one
    # used directly, one through an automatic style that only adds a border.
    styles = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
        'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"><office:styles>'
        '<style:style style:name="Good" style:family="table-cell">'
        '<style:table-cell-properties fo:background-color="#ccffcc"/></style:style>'
        '<style:style style:name="Bad" style:family="table-cell">'
        '<style:table-cell-properties fo:background-color="#ffcccc"/>'
        '<style:text-properties fo:color="#cc0000" fo:font-weight="bold"/></style:style>'
        "</office:styles></office:document-styles>"
    )
    bordered = (
        '<style:style style:name="ce9" style:family="table-cell" style:parent-style-name="Bad">'
        '<style:table-cell-properties fo:border="0.06pt solid #000000"/></style:style>'
    )
    path = tmp_path / "plan.ods"
    _ods(
        path,
        HEADER,
        _row(
            _text("A1"),
            _text("Cafe"),
            _text("Library"),
            '<table:table-cell table:style-name="Good"/>',
        ),
        _row(
            _text("A2"), _text("Fair"), _text("YMCA"), '<table:table-cell table:style-name="ce9"/>'
        ),
        styles=styles,
    )
    with zipfile.ZipFile(path) as archive:
        content = archive.read("content.xml").decode()
    with zipfile.ZipFile(path, "w") as archive:  # the automatic style beside ce1
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr(
            "content.xml",
            content.replace("</office:automatic-styles>", bordered + "</office:automatic-styles>"),
        )
        archive.writestr("styles.xml", styles)
    sheet = read_grid(path).sheets[0]
    assert sheet.cell(1, 3).fill == "CCFFCC" and not sheet.cell(1, 3).bold
    assert sheet.cell(2, 3) == GridCell(None, True, "FFCCCC", "CC0000")
