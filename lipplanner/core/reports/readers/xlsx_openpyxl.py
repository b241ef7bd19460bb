"""An .xlsx/.xlsm workbook read through openpyxl: the careful path for the workbooks
the fast reader (`xlsx`) cannot vouch for — a sheet beyond the row or column caps, XML
written with prefixes, in UTF-16 or with cells that do not say where they are.

The file is first checked and opened by `workbook_reader.open_workbook` (signature,
zip-bomb, password-protected, macros and external links), read-only with defusedxml.
Each sheet is then parsed once, streaming: cached formula results only (formulas are
never calculated), bold, solid fill colours, font colours, merged ranges and hidden
sheets kept, at most `MAX_DATA_ROWS` real rows below a heading row and `MAX_COLUMNS`
columns. openpyxl's read-only sheets drop merged ranges and make a styled cell object
per cell, so its sheet parser is driven directly here (openpyxl is pinned to 3.1).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError

from openpyxl.utils.cell import range_boundaries
from openpyxl.worksheet._reader import FORMULA_TAG, WorkSheetParser

from lipplanner.core.errors import UserError
from lipplanner.core.reports import workbook_reader
from lipplanner.core.reports.cell_values import ErrorValue
from lipplanner.core.reports.grid import EMPTY, CellValue, GridCell, Merge, SheetGrid, WorkbookGrid
from lipplanner.core.reports.readers.limits import MAX_SCANNED_ROWS
from lipplanner.core.reports.readers.xlsx_styles import theme_colours, tinted
from lipplanner.core.reports.sheet_stream import EmptyCut
from lipplanner.core.reports.workbook_reader import (
    Problem,
    SafeWorkbook,
    column_letter,
    formulas_note,
)

MAX_CELL_CHARS = 32_767  # Excel's own limit for one cell
# Formula text that is only words (no cell reference, call or operator).
_WORDS = re.compile(r"^\s*[^\W\d_][\w'’]*(?:[\s,.;:'’-]+[^\W\d_][\w'’]*)+[\s.]*$")
_NO_ROW: tuple[GridCell, ...] = ()


@dataclass(frozen=True)
class _Look:
    bold: bool
    fill: str | None
    font_color: str | None


def read_with_openpyxl(path: Path, max_chars: int = MAX_CELL_CHARS) -> WorkbookGrid:
    """Every sheet of an .xlsx/.xlsm as a grid, cells cut at `max_chars`; `UserError`
    (one sentence naming the file) if it is not a workbook we can read safely."""
    with workbook_reader.open_workbook(path) as book:
        styles = _Styles(book.book)
        problems: list[Problem] = list(book.notes)
        sheets = [_read_sheet(book, name, styles, problems, max_chars) for name in book.sheet_names]
    return WorkbookGrid(path.name, "xlsx", tuple(sheets), tuple(problems))


class _FormulaAwareParser(WorkSheetParser):  # type: ignore[misc]
    """openpyxl's parser with cached values, also saying which cells hold a formula."""

    def parse_cell(self, element: Any) -> dict[str, Any]:
        cell: dict[str, Any] = super().parse_cell(element)
        if cell["data_type"] == "e" and isinstance(cell["value"], str):
            cell["value"] = ErrorValue(cell["value"])  # #REF!: refused where it is read
        formula = element.find(FORMULA_TAG)
        cell["formula"] = formula is not None
        if formula is not None and cell["value"] is None and _WORDS.match(formula.text or ""):
            # "= on target" typed beside a legend colour is saved as a formula that
            # never had a result; it is the words the person wrote.
            cell["value"] = "= " + " ".join((formula.text or "").split())
            cell["formula"] = False
        return cell


def _read_sheet(
    book: SafeWorkbook, name: str, styles: _Styles, problems: list[Problem], max_chars: int
) -> SheetGrid:
    sheet = book.sheet(name)
    workbook = book.book
    cap = workbook_reader.MAX_DATA_ROWS + 1  # the heading row and the data rows below it
    max_columns = workbook_reader.MAX_COLUMNS
    rows: list[tuple[GridCell, ...]] = []
    real = formulas = 0
    parser: Any = None
    try:
        with sheet._get_source() as source:
            parser = _FormulaAwareParser(
                # Empty rows never reach the parser (a million styled ones cost minutes
                # and hundreds of MB there); rows with a filled cell do.
                EmptyCut(source, styles.filled()),
                sheet._shared_strings,
                data_only=True,
                epoch=workbook.epoch,
                date_formats=workbook._date_formats,
                timedelta_formats=workbook._timedelta_formats,
            )
            for number, cells in parser.parse():
                if number > MAX_SCANNED_ROWS:  # a crafted row number: no sheet is taller
                    problems.append(
                        Problem(
                            name,
                            number,
                            None,
                            f"rows beyond row {MAX_SCANNED_ROWS:,} (the most a sheet has) "
                            "were left out.",
                        )
                    )
                    parser = None
                    break
                row = _row(cells, styles, max_columns)
                if not row:
                    continue
                if real >= cap:
                    problems.append(
                        Problem(
                            name,
                            number,
                            None,
                            f"only the first {workbook_reader.MAX_DATA_ROWS:,} rows were "
                            "read; the rest were left out.",
                        )
                    )
                    parser = None  # merges come after the rows: not reached
                    break
                real += 1
                row = _capped(row, name, number, problems, max_chars)
                while len(rows) < number - 1:
                    rows.append(_NO_ROW)
                rows.append(row)
                for cell in cells:
                    if cell["formula"] and cell["column"] <= max_columns:
                        if cell["value"] is None:
                            problems.append(
                                Problem(
                                    name,
                                    number,
                                    column_letter(cell["column"] - 1),
                                    "holds a formula with no saved result; type the value instead.",
                                )
                            )
                        else:
                            formulas += 1
    except (ParseError, ValueError, KeyError, IndexError, TypeError) as error:
        raise UserError(
            f"“{book.path.name}” is damaged: the sheet “{name}” cannot be read "
            f"({type(error).__name__}). Open it in Excel and save it again."
        ) from None
    if formulas:
        problems.append(formulas_note(name, formulas))
    merges = _merges(parser, len(rows), max_columns)
    return SheetGrid(name, tuple(rows), merges, sheet.sheet_state != "visible")


def _row(cells: list[dict[str, Any]], styles: _Styles, max_columns: int) -> tuple[GridCell, ...]:
    """One row's cells, trailing empty ones dropped; a filled cell with no value counts
    (a colour-only traffic light)."""
    found: dict[int, GridCell] = {}
    for cell in cells:
        column = cell["column"]
        if column > max_columns:
            continue
        value: CellValue = cell["value"]
        if isinstance(value, str) and not value.strip():
            value = None
        look = styles.look(cell["style_id"])
        if value is None and look.fill is None:
            continue
        if not isinstance(value, str | int | float | bool) and value is not None:
            value = value if hasattr(value, "isoformat") else str(value)
        found[column - 1] = GridCell(value, look.bold, look.fill, look.font_color)
    if not found:
        return _NO_ROW
    width = max(found) + 1
    return tuple(found.get(i, EMPTY) for i in range(width))


def _capped(
    row: tuple[GridCell, ...], sheet: str, number: int, problems: list[Problem], max_chars: int
) -> tuple[GridCell, ...]:
    """Cells longer than Excel itself allows are cut there (a crafted file can hold
    megabytes in one cell), each said at its cell."""
    if not any(isinstance(c.value, str) and len(c.value) > max_chars for c in row):
        return row
    cells = list(row)
    for index, cell in enumerate(cells):
        if isinstance(cell.value, str) and len(cell.value) > max_chars:
            problems.append(
                Problem(
                    sheet,
                    number,
                    column_letter(index),
                    f"holds {len(cell.value):,} characters; only the first "
                    f"{max_chars:,} were read.",
                )
            )
            cells[index] = GridCell(cell.value[:max_chars], cell.bold, cell.fill, cell.font_color)
    return tuple(cells)


def _merges(parser: Any, height: int, max_columns: int) -> tuple[Merge, ...]:
    merged = getattr(parser, "merged_cells", None)
    if merged is None:
        return ()
    found = []
    for item in merged.mergeCell:
        try:
            first_col, first_row, last_col, last_row = range_boundaries(item.ref)
        except (TypeError, ValueError):
            continue
        if first_row > height or first_col > max_columns:
            continue
        found.append(
            Merge(first_row - 1, first_col - 1, min(last_row, height) - 1,
                  min(last_col, max_columns) - 1)
        )  # fmt: skip
    return tuple(found)


class _Styles:
    """Cell style ids → bold, fill and font colour, resolved once per style."""

    def __init__(self, workbook: Any) -> None:
        self.workbook = workbook
        self.theme = theme_colours(getattr(workbook, "loaded_theme", None))
        self.cache: dict[int, _Look] = {}

    def filled(self) -> frozenset[int]:
        """The style ids whose empty cells still show something (a solid fill)."""
        count = len(getattr(self.workbook, "_cell_styles", ()))
        return frozenset(i for i in range(count) if self.look(i).fill is not None)

    def look(self, style_id: int) -> _Look:
        found = self.cache.get(style_id)
        if found is None:
            found = self.cache[style_id] = self._resolve(style_id)
        return found

    def _resolve(self, style_id: int) -> _Look:
        try:
            style = self.workbook._cell_styles[style_id]
            font = self.workbook._fonts[style.fontId]
            fill = self.workbook._fills[style.fillId]
        except (IndexError, KeyError, TypeError, AttributeError):
            return _Look(False, None, None)
        fill_colour = None
        if getattr(fill, "patternType", None) == "solid":
            fill_colour = self.colour(fill.fgColor)
        return _Look(bool(font.b), fill_colour, self.colour(font.color))

    def colour(self, colour: Any) -> str | None:
        """A colour as "RRGGBB", from its rgb, theme (with tint) or legacy index."""
        if colour is None:
            return None
        kind = getattr(colour, "type", None)
        if kind == "rgb" and isinstance(colour.rgb, str) and len(colour.rgb) in (6, 8):
            return colour.rgb[-6:].upper()
        if kind == "theme" and isinstance(colour.theme, int) and colour.theme < len(self.theme):
            return tinted(self.theme[colour.theme], float(colour.tint or 0))
        if kind == "indexed" and isinstance(colour.indexed, int):
            from openpyxl.styles.colors import COLOR_INDEX

            if colour.indexed < 64:  # 64 and beyond mean "automatic"
                return str(COLOR_INDEX[colour.indexed])[-6:].upper()
        return None
