"""A sheet as a person sees it: the first stage of every import, whatever the file kind.

Each reader (xlsx, xls, ods, csv, docx) turns its file into a `WorkbookGrid`: plain,
frozen values with just the presentation that carries meaning in real plans — bold
and filled section rows, colour-only traffic lights, merged cells. The stages after it
(header rows, column roles, hierarchy, values) never see the file or its library.

Rows and columns are numbered from 0 here; `Problem`s and messages say them as a
spreadsheet user does (row 1, column A).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import NamedTuple

from lipplanner.core.reports.workbook_reader import Problem

CellValue = str | int | float | bool | date | datetime | None


class GridCell(NamedTuple):
    """One cell: its value and the look that can mean something.

    `fill` and `font_color` are "RRGGBB" (upper case) or None when the cell has none
    (or the reader's file kind has no styles: csv, calamine-read xls/ods). A named
    tuple, not a dataclass: a sheet holds one per cell, and a tuple is made about four
    times faster (reading a 2,000-row plan makes some 15,000 of them).
    """

    value: CellValue = None
    bold: bool = False
    fill: str | None = None
    font_color: str | None = None

    @property
    def blank(self) -> bool:
        value = self.value
        return value is None or (isinstance(value, str) and not value.strip())


EMPTY = GridCell()


@dataclass(frozen=True)
class Merge:
    """A merged range, inclusive, 0-based: its value is the top-left cell's."""

    first_row: int
    first_column: int
    last_row: int
    last_column: int


@dataclass(frozen=True)
class SheetGrid:
    """One sheet (or one Word table): its real rows, trailing empty rows and columns
    dropped. Rows may differ in length; a missing cell is `EMPTY`."""

    name: str
    rows: tuple[tuple[GridCell, ...], ...]
    merges: tuple[Merge, ...] = ()
    hidden: bool = False
    # Text above the table under the heading that names it (a Word plan's paragraphs
    # between "Priority 1: Employment" and its table): that section's description.
    narrative: tuple[str, ...] = ()

    def cell(self, row: int, column: int) -> GridCell:
        if 0 <= row < len(self.rows) and 0 <= column < len(self.rows[row]):
            return self.rows[row][column]
        return EMPTY

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)


@dataclass(frozen=True)
class WorkbookGrid:
    """Every sheet of one file, and what the reader had to say about it (rows beyond
    the cap, sheets skipped, cells too long)."""

    source: str  # the file's name, for messages
    kind: str  # "xlsx", "xls", "ods", "csv" or "docx"
    sheets: tuple[SheetGrid, ...]
    problems: tuple[Problem, ...] = field(default=())
    # Lines outside every table that title the whole file (a Word plan's title and
    # headings before its first table: "Strategic Plan 2022-2025").
    titles: tuple[str, ...] = field(default=())
