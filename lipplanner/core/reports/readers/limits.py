"""The caps every reader applies, and the collector that applies them row by row.

A file from outside is untrusted: a sheet may claim a million rows, a CSV may hold one
100 MB "cell". Each reader feeds its raw rows through `SheetCollector`, which counts only
real (non-empty) rows against the cap, keeps at most `MAX_COLUMNS` columns, clips a cell
longer than `MAX_CELL_CHARS` and records each such cut as a `Problem`, so nothing is
dropped silently.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time, timedelta

from lipplanner.core.reports.grid import EMPTY, CellValue, GridCell, Merge, SheetGrid
from lipplanner.core.reports.workbook_reader import (
    MAX_COLUMNS,
    MAX_DATA_ROWS,
    Problem,
    column_letter,
)

# Excel's own limit for one cell; a longer "cell" is not plan text.
MAX_CELL_CHARS = 32_767
# Rows looked at, empty ones included (Excel's sheet height): beyond it a file is not a plan.
MAX_SCANNED_ROWS = 1_048_576
# Empty rows between two rows with data: a longer gap is not a plan's (LibreOffice's
# formatted space to row 1,048,576, then a stray cell); what follows it is left out.
MAX_EMPTY_GAP = 100_000
# Cut cells reported one by one per sheet; more are summed up in one line.
MAX_CUT_NOTES = 20

_NEW = tuple.__new__  # GridCell's own __new__ is Python code; this is the C one

__all__ = ["MAX_CELL_CHARS", "MAX_COLUMNS", "MAX_DATA_ROWS", "SheetCollector", "plain_value"]


def plain_value(value: object) -> CellValue:
    """A cell value as the grid holds it: blanks become None, integral floats ints (as
    openpyxl reads them), times and durations their text."""
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, str):
        return value if value.strip() else None
    if isinstance(value, float):
        return int(value) if value.is_integer() else value
    if isinstance(value, int | date | datetime):
        return value
    if isinstance(value, time | timedelta):
        return str(value)
    return str(value)


class SheetCollector:
    """Builds one `SheetGrid` from raw rows, applying the caps and noting what was cut."""

    def __init__(self, name: str, problems: list[Problem]) -> None:
        self.name = name
        self.problems = problems
        self.rows: list[tuple[GridCell, ...]] = []
        self._real = 0  # non-empty rows kept
        self._last_real = -1
        self._cuts = 0
        self._wide = False
        self._gap = 0  # empty rows seen since the last row kept, not yet in `rows`
        self.full = False  # the row cap is reached: the reader can stop

    @property
    def scanned(self) -> int:
        """Rows seen so far, empty ones included."""
        return len(self.rows) + self._gap

    def skip(self, count: int) -> None:
        """`count` empty rows (repeated empty rows of an .ods: no cell made for them)."""
        self._gap += count

    def add(self, cells: Iterable[object], offset: int = 0) -> None:
        """Append the next row (its cells from column `offset`)."""
        if self.full:
            return
        number = len(self.rows) + self._gap
        if number >= MAX_SCANNED_ROWS:
            self._stop(number, scanned=True)
            return
        row: list[GridCell] = [EMPTY] * offset if offset else []
        for cell in cells:
            if len(row) >= MAX_COLUMNS:
                if not (cell.blank if isinstance(cell, GridCell) else plain_value(cell) is None):
                    self._wide = True
                continue
            if isinstance(cell, GridCell):  # (ods, docx) made by the reader
                pass
            elif isinstance(cell, str):  # (csv, most of xls) plain_value's text case, inline
                cell = _NEW(GridCell, (cell, False, None, None)) if cell.strip() else EMPTY
            else:
                value = plain_value(cell)
                cell = EMPTY if value is None else _NEW(GridCell, (value, False, None, None))
            if isinstance(cell.value, str) and len(cell.value) > MAX_CELL_CHARS:
                cell = self._clip(cell, number, len(row))
            row.append(cell)
        while row and row[-1].blank and not (row[-1].bold or row[-1].fill):
            row.pop()
        if not any(not c.blank for c in row):
            # A styled but empty row can still be a section band; an empty one costs nothing.
            if row:
                self._flush()
                self.rows.append(tuple(row))
            else:
                self._gap += 1
            return
        if self._gap > MAX_EMPTY_GAP:
            self.full = True
            self.problems.append(
                Problem(
                    self.name,
                    number + 1,
                    None,
                    f"Row {number + 1:,} and below were left out: they come after "
                    f"{self._gap:,} empty rows.",
                )
            )
            return
        self._flush()
        if self._real >= MAX_DATA_ROWS:
            self.rows.append(())
            self._stop(number)
            return
        self._real += 1
        self._last_real = number
        self.rows.append(tuple(row))

    def _flush(self) -> None:
        if self._gap:
            self.rows.extend([()] * self._gap)
            self._gap = 0

    def _clip(self, cell: GridCell, row: int, column: int) -> GridCell:
        assert isinstance(cell.value, str)
        self._cuts += 1
        if self._cuts <= MAX_CUT_NOTES:
            self.problems.append(
                Problem(
                    self.name,
                    row + 1,
                    column_letter(column),
                    f"This cell holds {len(cell.value):,} characters; only the first "
                    f"{MAX_CELL_CHARS:,} were read.",
                )
            )
        return GridCell(cell.value[:MAX_CELL_CHARS], cell.bold, cell.fill, cell.font_color)

    def _stop(self, number: int, scanned: bool = False) -> None:
        self.full = True
        if scanned:  # below the tallest sheet Excel makes: no plan is written there
            words = f"Rows beyond row {MAX_SCANNED_ROWS:,} (the most a sheet has) were left out."
        else:
            words = (
                f"Only the first {MAX_DATA_ROWS:,} rows with data were read; the rest, "
                f"from row {number + 1:,}, were left out."
            )
        self.problems.append(Problem(self.name, number + 1, None, words))

    def sheet(
        self, merges: Iterable[Merge] = (), hidden: bool = False, narrative: tuple[str, ...] = ()
    ) -> SheetGrid:
        """The sheet read so far, trailing empty rows dropped."""
        if self._cuts > MAX_CUT_NOTES:
            self.problems.append(
                Problem(
                    self.name,
                    None,
                    None,
                    f"… and {self._cuts - MAX_CUT_NOTES:,} more cells longer than "
                    f"{MAX_CELL_CHARS:,} characters were cut.",
                )
            )
        if self._wide:
            self.problems.append(
                Problem(
                    self.name,
                    None,
                    None,
                    f"Only the first {MAX_COLUMNS} columns were read; the cells beyond "
                    f"column {column_letter(MAX_COLUMNS - 1)} were left out.",
                )
            )
        kept = self.rows[: self._last_real + 1]
        height = len(kept)
        inside = tuple(m for m in merges if m.first_row < height and m.first_column < MAX_COLUMNS)
        return SheetGrid(self.name, tuple(kept), inside, hidden, narrative)
