"""An .xlsx/.xlsm workbook as a `WorkbookGrid`: values, and the look that carries meaning.

The file is checked first (`workbook_reader.inspect_package`: signature, zip bomb,
password, macros and external links). Every XML part is then unpacked once by Python's
zipfile (which refuses a part that inflates beyond the size it declares) and refused if
it declares a DTD or entities. Values come from python-calamine (cached formula results;
formulas are never calculated); bold, fills, font colours, formulas, errors and merged
ranges from one byte scan of each sheet's XML (`xlsx_scan`); hidden sheets from
workbook.xml. A workbook the scan cannot vouch for, or one whose sheets reach beyond
the row and column caps, is read by `xlsx_openpyxl` instead, which streams and caps.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from xml.parsers.expat import ExpatError, ParserCreate

import python_calamine
from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from lipplanner.core.errors import UserError
from lipplanner.core.reports import workbook_reader
from lipplanner.core.reports.cell_values import ErrorValue
from lipplanner.core.reports.grid import EMPTY, CellValue, GridCell, Merge, SheetGrid, WorkbookGrid
from lipplanner.core.reports.readers.xlsx_openpyxl import read_with_openpyxl
from lipplanner.core.reports.readers.xlsx_scan import SheetScan, scan_sheet
from lipplanner.core.reports.readers.xlsx_styles import PLAIN, Look, style_looks
from lipplanner.core.reports.workbook_reader import Problem, column_letter, formulas_note

MAX_CELL_CHARS = 32_767  # Excel's own limit for one cell
# Formula text that is only words (no cell reference, call or operator).
_WORDS = re.compile(r"^\s*[^\W\d_][\w'’]*(?:[\s,.;:'’-]+[^\W\d_][\w'’]*)+[\s.]*$")
_NO_ROW: tuple[GridCell, ...] = ()
_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_REL_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_UNSAFE = (b"<!DOCTYPE", b"<!ENTITY")


def read_xlsx(path: Path) -> WorkbookGrid:
    """Every sheet of an .xlsx/.xlsm as a grid; `UserError` (one sentence naming the
    file) if it is not a workbook we can read safely."""
    path, handle = workbook_reader.open_checked(path)
    with handle:
        package = workbook_reader.inspect_package(handle, path.name)
        grid = _read_fast(handle, path.name, package)
    return grid if grid is not None else read_with_openpyxl(path, MAX_CELL_CHARS)


class _Parts:
    """The package's XML parts, each unpacked once and checked for a DTD; the
    workbook's own parts are also checked to be well-formed (calamine reads past
    damage that the careful reader reports)."""

    def __init__(self, archive: zipfile.ZipFile, package: workbook_reader.Package, name: str):
        self.name = name
        self.data: dict[str, bytes] = {}
        for member in package.members:
            if member.filename.endswith((".xml", ".rels")):
                data = archive.read(member)
                if any(marker in _decoded(data) for marker in _UNSAFE):
                    raise UserError(_unsafe(name))
                if member.filename.startswith("xl/"):
                    # No handlers: expat only checks, in C (no DTD is left to expand).
                    ParserCreate().Parse(data, True)
                self.data[member.filename] = data

    def get(self, part: str) -> bytes | None:
        return self.data.get(part)

    def tree(self, part: str) -> Any:
        data = self.data.get(part)
        if data is None:
            return None
        try:
            return fromstring(data)
        except DefusedXmlException:
            raise UserError(_unsafe(self.name)) from None


def _decoded(data: bytes) -> bytes:
    """The part as UTF-8 bytes, so a DTD written in UTF-16 is seen too."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in data[:200]:
        return data.decode("utf-16", "replace").encode("utf-8", "replace")
    return data


def _unsafe(name: str) -> str:
    return (
        f"“{name}” holds unsafe content (XML entity or external references) that "
        "LIP Planner refuses to read. Open it in Excel and save it again as an "
        ".xlsx workbook."
    )


def _read_fast(handle: Any, name: str, package: workbook_reader.Package) -> WorkbookGrid | None:
    """The grid from calamine and the byte scans; None when the careful reader must
    read this workbook instead (it also words every kind of damage)."""
    try:
        with zipfile.ZipFile(handle) as archive:
            parts = _Parts(archive, package, name)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError, ExpatError):
        # A part that lies about its size, a bad CRC, broken XML: the careful reader
        # says which, in its words.
        return None
    try:
        sheet_parts, styles_part, theme_part = _workbook_parts(parts)
        looks = style_looks(parts.get(styles_part or ""), parts.get(theme_part or ""))
    except UserError:
        raise
    except Exception:  # a damaged workbook or styles part
        return None
    handle.seek(0)
    try:
        book = python_calamine.CalamineWorkbook.from_filelike(handle)
    except Exception:  # password, damage …: the careful reader says which
        return None
    problems: list[Problem] = list(package.notes)
    sheets: list[SheetGrid] = []
    try:
        for meta in book.sheets_metadata:
            if meta.typ != python_calamine.SheetTypeEnum.WorkSheet:
                problems.append(
                    Problem(meta.name, None, None, "a chart, not a table; not read.", "note")
                )
                continue
            part, state = sheet_parts.get(meta.name, (None, "visible"))
            data = parts.get(part or "")
            if data is None:
                return None
            sheet = _read_sheet(book, meta.name, data, looks, problems, state != "visible")
            if sheet is None:
                return None
            sheets.append(sheet)
    except Exception:
        return None
    finally:
        book.close()
    return WorkbookGrid(name, "xlsx", tuple(sheets), tuple(problems))


def _workbook_parts(parts: _Parts) -> tuple[dict[str, tuple[str, str]], str | None, str | None]:
    """Sheet name → (its part, its state), and the styles and theme parts."""
    workbook = parts.tree("xl/workbook.xml")
    relations = parts.tree("xl/_rels/workbook.xml.rels")
    targets: dict[str, str] = {}
    styles = theme = None
    for relation in relations if relations is not None else ():
        target = relation.get("Target", "")
        target = (
            target.lstrip("/")
            if target.startswith("/")
            else posixpath.normpath(posixpath.join("xl", target))
        )
        targets[relation.get("Id", "")] = target
        kind = relation.get("Type", "")
        if kind.endswith("/styles"):
            styles = target
        elif kind.endswith("/theme"):
            theme = target
    sheets: dict[str, tuple[str, str]] = {}
    found = workbook.find(f"{_MAIN}sheets")
    for sheet in found if found is not None else ():
        part = targets.get(sheet.get(_REL_ID, ""), "")
        sheets[sheet.get("name", "")] = (part, sheet.get("state", "visible"))
    return sheets, styles, theme


def _read_sheet(
    book: python_calamine.CalamineWorkbook,
    name: str,
    data: bytes,
    looks: list[Look],
    problems: list[Problem],
    hidden: bool,
) -> SheetGrid | None:
    max_columns = workbook_reader.MAX_COLUMNS
    default = looks[0] if looks else PLAIN
    looked = [index for index, look in enumerate(looks) if look != default]
    scan = scan_sheet(data, looked, max_columns, workbook_reader.MAX_DATA_ROWS + 1)
    if scan is None:
        return None
    values = book.get_sheet_by_name(name).to_python(skip_empty_area=False) if scan.rows else []
    rows = _rows(name, values, scan, looks, default, problems)
    while rows and not rows[-1]:
        rows.pop()
    height = len(rows)
    merges = tuple(
        Merge(first_row, first_column, min(last_row, height - 1), min(last_column, max_columns - 1))
        for first_row, first_column, last_row, last_column in scan.merges
        if first_row < height and first_column < max_columns
    )
    return SheetGrid(name, tuple(rows), merges, hidden)


def _rows(
    name: str,
    values: list[list[Any]],
    scan: SheetScan,
    looks: list[Look],
    default: Look,
    problems: list[Problem],
) -> list[tuple[GridCell, ...]]:
    """The grid's rows: calamine's values with their looks, gaps `EMPTY`, trailing empty
    cells dropped; a filled cell with no value kept (a colour-only traffic light)."""
    styled, special = scan.styled, scan.formulas or scan.errors
    by_row: dict[int, list[int]] = {}
    for row, column in scan.formulas:
        by_row.setdefault(row, []).append(column)
    # Calamine's grid ends at the last value: a filled empty cell or a formula with no
    # result can lie beyond it.
    height = max(len(values), max(styled, default=-1) + 1, max(by_row, default=-1) + 1)
    special_rows = {row for row, _ in scan.formulas} | {row for row, _ in scan.errors}
    plain = _plain_value
    bold, fill, colour = default
    make = tuple.__new__  # GridCell's own __new__ is Python code; this is the C one

    def other(value: object) -> GridCell:
        found = plain(value)
        return EMPTY if found is None else make(GridCell, (found, bold, fill, colour))

    rows: list[tuple[GridCell, ...]] = []
    formulas = 0
    for number in range(height):
        raw = values[number] if number < len(values) else []
        row_looks = styled.get(number)
        if row_looks is None and number not in special_rows:
            # Most rows: every cell in the sheet's default look.
            cells = [
                make(GridCell, (value, bold, fill, colour))
                if value.__class__ is str and value and not value.isspace()
                else other(value)
                for value in raw
            ]
            while cells and cells[-1] is EMPTY:
                cells.pop()
            if any(len(c[0]) > MAX_CELL_CHARS for c in cells if c[0].__class__ is str):
                rows.append(_checked(cells, name, number, None, problems))
            else:
                rows.append(tuple(cells))
            continue
        width = len(raw)
        if row_looks is not None:
            width = max(width, max(row_looks) + 1)
        if number in by_row:
            width = max(width, max(by_row[number]) + 1)
        if width > len(raw):
            raw = [*raw, *[""] * (width - len(raw))]
        cells = []
        for column, value in enumerate(raw):
            if value.__class__ is not str or not value or value.isspace():
                value = plain(value)
            if special and (number, column) in special:
                value, counted = _special(scan, number, column, value)
                formulas += counted
            if row_looks is None or column not in row_looks:
                if value is None:
                    continue
                cell = GridCell(value, bold, fill, colour)
            else:
                look = looks[row_looks[column]]
                if value is None and look.fill is None:
                    continue
                cell = GridCell(value, look.bold, look.fill, look.font_color)
            if len(cells) < column:
                cells.extend([EMPTY] * (column - len(cells)))
            cells.append(cell)
        if cells:
            rows.append(_checked(cells, name, number, by_row.get(number), problems))
        else:
            rows.append(_NO_ROW)
    if formulas:
        problems.append(formulas_note(name, formulas))
    return rows


def _special(scan: SheetScan, row: int, column: int, value: CellValue) -> tuple[CellValue, int]:
    """An error cell's text, or a formula cell's value, and 1 when it counts as a
    formula whose saved result is used."""
    error = scan.errors.get((row, column))
    if error is not None:
        value = ErrorValue(error)  # #REF!: refused where it is read
    formula = scan.formulas.get((row, column))
    if formula is None:
        return value, 0
    if value is None and _WORDS.match(formula):
        # "= on target" typed beside a legend colour is saved as a formula that
        # never had a result; it is the words the person wrote.
        return "= " + " ".join(formula.split()), 0
    return value, 0 if value is None else 1


def _checked(
    cells: list[GridCell],
    name: str,
    number: int,
    formula_columns: list[int] | None,
    problems: list[Problem],
) -> tuple[GridCell, ...]:
    """The row, cells longer than Excel itself allows cut there (a crafted file can hold
    megabytes in one cell) and formulas with no saved result said, each at its cell."""
    for index, cell in enumerate(cells):
        value = cell.value
        if isinstance(value, str) and len(value) > MAX_CELL_CHARS:
            problems.append(
                Problem(
                    name,
                    number + 1,
                    column_letter(index),
                    f"holds {len(value):,} characters; only the first "
                    f"{MAX_CELL_CHARS:,} were read.",
                )
            )
            cells[index] = cell._replace(value=value[:MAX_CELL_CHARS])
    for column in sorted(formula_columns or ()):
        if column >= len(cells) or cells[column].value is None:
            problems.append(
                Problem(
                    name,
                    number + 1,
                    column_letter(column),
                    "holds a formula with no saved result; type the value instead.",
                )
            )
    return tuple(cells)


def _plain_value(value: object) -> CellValue:
    """A calamine value as openpyxl gave it: blanks None, integral floats ints, dates
    at midnight datetimes, durations their text."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return None if value.isspace() else value
    if isinstance(value, float):
        return int(value) if value.is_integer() else value
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    if isinstance(value, timedelta):
        return str(value)
    return value  # type: ignore[return-value]
