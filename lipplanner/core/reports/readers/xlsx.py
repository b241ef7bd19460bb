"""An .xlsx/.xlsm workbook as a `WorkbookGrid`: values, and the look that carries meaning.

The file is checked first (`workbook_reader.inspect_package`: signature, zip bomb,
password, macros and external links). Every XML part is then unpacked once by Python's
zipfile (which refuses a part that inflates beyond the size it declares) and refused if
it declares a DTD or entities; the workbook's structure parts are checked well-formed
by expat, the sheets and shared strings (most of the bytes) by byte checks that fall
back to expat. Values come from python-calamine (cached formula results; formulas are
never calculated); bold, fills, font colours, formulas, errors and merged ranges from a
byte scan of each sheet's XML (`xlsx_scan`); the grid's rows are made in `xlsx_rows`;
hidden sheets from workbook.xml. A workbook the scan cannot vouch for, or one whose
sheets reach beyond the row and column caps, is read by `xlsx_openpyxl` instead, which
streams and caps.
"""

from __future__ import annotations

import posixpath
import zipfile
from pathlib import Path
from typing import Any
from xml.parsers.expat import ExpatError, ParserCreate

import python_calamine
from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from lipplanner.core.collector import collector_paused
from lipplanner.core.errors import UserError
from lipplanner.core.reports import workbook_reader
from lipplanner.core.reports.grid import Merge, SheetGrid, WorkbookGrid
from lipplanner.core.reports.readers.xlsx_openpyxl import read_with_openpyxl
from lipplanner.core.reports.readers.xlsx_rows import sheet_rows
from lipplanner.core.reports.readers.xlsx_scan import scan_sheet, sound
from lipplanner.core.reports.readers.xlsx_styles import PLAIN, Look, style_looks
from lipplanner.core.reports.workbook_reader import Problem

MAX_CELL_CHARS = 32_767  # Excel's own limit for one cell
_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_REL_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_UNSAFE = (b"<!DOCTYPE", b"<!ENTITY")
# The parts calamine reads value by value, and their root: byte checks vouch for them
# (`xlsx_scan.sound`) where expat, at some 40 ms a megabyte, would cost more than
# calamine's whole read; expat still decides when the checks cannot vouch.
_STRINGS = "xl/sharedStrings.xml"


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
    damage that the careful reader reports): sheets and shared strings by
    `xlsx_scan.sound`, expat deciding when it cannot vouch; the rest by expat."""

    def __init__(self, archive: zipfile.ZipFile, package: workbook_reader.Package, name: str):
        self.name = name
        self.data: dict[str, bytes] = {}
        for member in package.members:
            if member.filename.endswith((".xml", ".rels")):
                data = archive.read(member)
                decoded = _decoded(data)
                # In C's memchr in the usual case: no "!" at all, so no DTD.
                if b"!" in decoded and any(marker in decoded for marker in _UNSAFE):
                    raise UserError(_unsafe(name))
                root = _value_root(member.filename)
                if member.filename.startswith("xl/") and not (root and sound(data, root)):
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


def _value_root(part: str) -> bytes | None:
    if part.startswith("xl/worksheets/") and part.endswith(".xml"):
        return b"worksheet"
    return b"sst" if part == _STRINGS else None


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
    # Cells are tuples of plain values: no cycle for the collector to find.
    with collector_paused():
        values = book.get_sheet_by_name(name).to_python(skip_empty_area=False) if scan.rows else []
        rows = sheet_rows(name, values, scan, looks, problems, MAX_CELL_CHARS)
    height = len(rows)
    merges = tuple(
        Merge(first_row, first_column, min(last_row, height - 1), min(last_column, max_columns - 1))
        for first_row, first_column, last_row, last_column in scan.merges
        if first_row < height and first_column < max_columns
    )
    return SheetGrid(name, tuple(rows), merges, hidden)
