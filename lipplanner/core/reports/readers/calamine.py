"""Legacy Excel .xls, read with python-calamine (fast, in Rust); .ods goes to `ods`.

Calamine gives values only: no bold, fill or font colour, so section rows in these
files are found from their layout (text in the first cell only). Merged ranges come
through for .xls. LibreOffice files are streamed from their XML instead (`ods.py`):
calamine lays an .ods sheet out densely up to its farthest cell, however far.
"""

from __future__ import annotations

from typing import BinaryIO

import python_calamine

from lipplanner.core.errors import UserError
from lipplanner.core.reports.cell_values import ErrorValue
from lipplanner.core.reports.grid import Merge, SheetGrid, WorkbookGrid
from lipplanner.core.reports.readers.limits import SheetCollector
from lipplanner.core.reports.readers.xls_scan import SheetExtent, scan_xls
from lipplanner.core.reports.readers.xlsx_scan import MAX_DENSE_CELLS
from lipplanner.core.reports.workbook_reader import Problem, column_letter

_WHAT = {"xls": "Excel 97–2003 workbook", "ods": "LibreOffice spreadsheet"}


def read_calamine(handle: BinaryIO, name: str, kind: str) -> WorkbookGrid:
    """Every worksheet of an .xls or .ods file (chart sheets are skipped, with a note)."""
    if kind == "ods":
        from lipplanner.core.reports.readers.ods import read_ods

        return read_ods(handle, name)
    problems: list[Problem] = []
    # Calamine lays every sheet of an .xls out densely as it opens it: refuse first,
    # and refuse a file whose records cannot be walked (built to confuse the walk, it
    # could still ask calamine for gigabytes).
    extents = scan_xls(handle)
    if extents is None:
        raise UserError(
            f"“{name}” is damaged and cannot be read safely: its records are not laid "
            "out as an Excel 97–2003 workbook's are. Open it in Excel or LibreOffice and "
            "save it as an .xlsx workbook."
        )
    _refuse_far_cells(extents, name)
    try:
        book = python_calamine.CalamineWorkbook.from_filelike(handle)
    except python_calamine.PasswordError:
        raise UserError(
            f"“{name}” is protected by a password. Open it, remove the password, save it, "
            "then try again."
        ) from None
    except Exception as error:  # calamine raises several kinds on a malformed file
        raise UserError(
            f"“{name}” is damaged and cannot be read as a {_WHAT[kind]} "
            f"({type(error).__name__}). Open it and save it again."
        ) from None
    sheets: list[SheetGrid] = []
    try:
        for meta in book.sheets_metadata:
            if meta.typ != python_calamine.SheetTypeEnum.WorkSheet:
                problems.append(
                    Problem(meta.name, None, None, "Not a worksheet (a chart?); skipped.", "note")
                )
                continue
            extent = extents.get(meta.name)
            if extent is None:  # a sheet the walk did not find: its extent is unknown
                raise UserError(
                    f"“{name}” is damaged and cannot be read safely: its sheet "
                    f"“{meta.name}” is not where its records say. Open it in Excel or "
                    "LibreOffice and save it as an .xlsx workbook."
                )
            sheet = book.get_sheet_by_name(meta.name)
            hidden = meta.visible != python_calamine.SheetVisibleEnum.Visible
            sheets.append(_read_sheet(sheet, problems, hidden, extent.errors))
    except UserError:
        raise
    except Exception as error:
        raise UserError(
            f"“{name}” is damaged: a sheet cannot be read ({type(error).__name__}). "
            "Open it and save it again."
        ) from None
    finally:
        book.close()
    return WorkbookGrid(name, kind, tuple(sheets), tuple(problems))


def _refuse_far_cells(extents: dict[str, SheetExtent], name: str) -> None:
    """A `UserError` when the sheets' rectangles, laid out cell by cell, are far beyond
    a plan's (a stray cell at row 65,536 of column XFD asks for billions)."""
    if sum(e.cells for e in extents.values()) <= MAX_DENSE_CELLS:
        return
    sheet, extent = max(extents.items(), key=lambda item: item[1].cells)
    where = f"{column_letter(extent.last_column)}{extent.last_row + 1}"
    raise UserError(
        f"“{name}” cannot be read safely: sheet “{sheet}” has a cell at {where}, so far "
        f"from the others that the sheet spans {extent.cells:,} cells; delete the stray "
        "cell in Excel or LibreOffice and save the file again."
    )


def _read_sheet(
    sheet: python_calamine.CalamineSheet,
    problems: list[Problem],
    hidden: bool,
    errors: dict[tuple[int, int], str],
) -> SheetGrid:
    collector = SheetCollector(sheet.name, problems)
    # iter_rows starts at row 0 but at the first used column: put that column back.
    offset = sheet.start[1] if sheet.start else 0
    for number, row in enumerate(sheet.iter_rows()):
        if errors:  # calamine gives a failed formula as "": it is an error, said where read
            row = [
                ErrorValue(errors[(number, offset + c)]) if (number, offset + c) in errors else v
                for c, v in enumerate(row)
            ]
        collector.add(row, offset)
        if collector.full:
            break
    merges = tuple(
        Merge(first[0], first[1], last[0], last[1])
        for first, last in (sheet.merged_cell_ranges or ())
    )
    return collector.sheet(merges, hidden)
