"""The look shared by the workbooks people fill in (import template, partner updates):
a dark header band, wrapped text, grey locked cells and white input cells."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties

from lipplanner.core.reports.safe_text import write_cell

HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
HEADER_FONT = Font(bold=True, color="FFFFFF")
TITLE_FONT = Font(bold=True, size=14, color="1F4E79")
SUBTITLE_FONT = Font(italic=True, color="555555")
LOCKED_FILL = PatternFill("solid", fgColor="EDEDED")
EXAMPLE_FONT = Font(italic=True, color="7F7F7F")
THIN = Side(style="thin", color="BFBFBF")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP_TOP = Alignment(wrap_text=True, vertical="top")
UNLOCKED = Protection(locked=False)
INSTRUCTION_WIDTH = 78  # characters: fits a portrait page


def write_header(sheet: Any, row: int, headers: Sequence[str], widths: Sequence[float]) -> None:
    """A header row with the house style, column widths set and the rows above frozen."""
    for index, (text, width) in enumerate(zip(headers, widths, strict=True), start=1):
        cell = write_cell(sheet, row, index, text)
        cell.fill = HEADER_FILL
        cell.font = HEADER_FONT
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = GRID
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.row_dimensions[row].height = 32
    sheet.freeze_panes = sheet.cell(row=row + 1, column=1)


def write_instructions(sheet: Any, title: str, blocks: Sequence[tuple[str, Sequence[str]]]) -> None:
    """An instructions sheet: a title, then headed blocks of one-line paragraphs."""
    sheet.column_dimensions["A"].width = INSTRUCTION_WIDTH
    sheet.sheet_view.showGridLines = False
    write_cell(sheet, 1, 1, title).font = TITLE_FONT
    row = 3
    for heading, lines in blocks:
        write_cell(sheet, row, 1, heading).font = Font(bold=True, size=12)
        row += 1
        for line in lines:
            cell = write_cell(sheet, row, 1, line)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            # Spreadsheet programs do not grow rows for wrapped text on opening: size them.
            wrapped = max(1, -(-len(line) // int(INSTRUCTION_WIDTH * 1.05)))
            sheet.row_dimensions[row].height = 15 * wrapped + 2
            row += 1
        row += 1
    sheet.page_setup.orientation = "portrait"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)


def landscape(sheet: Any, header_row: int) -> None:
    """Print on landscape pages one wide, repeating the header."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.print_title_rows = f"{header_row}:{header_row}"
