"""Legacy Excel .xls and LibreOffice .ods, read with python-calamine (fast, in Rust).

Calamine gives values only: no bold, fill or font colour, so section rows in these
files are found from their layout (text in the first cell only). Merged ranges come
through for .xls; .ods has none from calamine.
"""

from __future__ import annotations

from typing import BinaryIO

import python_calamine

from lipplanner.core.errors import UserError
from lipplanner.core.reports.grid import Merge, SheetGrid, WorkbookGrid
from lipplanner.core.reports.readers.limits import SheetCollector
from lipplanner.core.reports.workbook_reader import Problem

_WHAT = {"xls": "Excel 97–2003 workbook", "ods": "LibreOffice spreadsheet"}


def read_calamine(handle: BinaryIO, name: str, kind: str) -> WorkbookGrid:
    """Every worksheet of an .xls or .ods file (chart sheets are skipped, with a note)."""
    problems: list[Problem] = []
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
            sheet = book.get_sheet_by_name(meta.name)
            hidden = meta.visible != python_calamine.SheetVisibleEnum.Visible
            sheets.append(_read_sheet(sheet, problems, hidden))
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


def _read_sheet(
    sheet: python_calamine.CalamineSheet, problems: list[Problem], hidden: bool
) -> SheetGrid:
    collector = SheetCollector(sheet.name, problems)
    # iter_rows starts at row 0 but at the first used column: put that column back.
    offset = sheet.start[1] if sheet.start else 0
    for row in sheet.iter_rows():
        collector.add(row, offset)
        if collector.full:
            break
    merges = tuple(
        Merge(first[0], first[1], last[0], last[1])
        for first, last in (sheet.merged_cell_ranges or ())
    )
    return collector.sheet(merges, hidden)
