"""Each row's facts, gathered in one pass over a sheet and shared by every stage.

Heading, roles, hierarchy, legend, acronym key and build all ask the same questions of
the same rows (which cells hold text, and what text); asking them once per sheet, and
only of the rows that hold something, is what keeps a 2,000-row import close to the
time it takes to read the file, and a sheet of a million empty rows free.
"""

from __future__ import annotations

import weakref
from functools import cached_property
from itertools import compress, count

from lipplanner.core.reports.grid import CellValue, SheetGrid

# row → its non-blank cells as (column, text stripped), for rows holding any
RowTexts = dict[int, tuple[tuple[int, str], ...]]


class SheetRows:
    """The facts of one sheet's rows; get them with `sheet_rows` (computed once)."""

    def __init__(self, sheet: SheetGrid) -> None:
        # (No reference to the sheet is kept: the cache lives only as long as it does.)
        texts: RowTexts = {}
        rows = sheet.rows
        width = 0
        # Rows with no cell at all are passed over at C speed (`compress`).
        for number in compress(count(), rows):
            row = rows[number]
            width = max(width, len(row))
            found = [
                (column, text)
                for column, cell in enumerate(row)
                if (value := cell[0]) is not None
                and (text := (value if value.__class__ is str else str(value)).strip())
            ]
            if found:
                texts[number] = tuple(found)
        self.texts = texts
        self.width = width  # the longest row's length, as `SheetGrid.width`
        self.memo: dict[object, object] = {}  # what later stages work out once per sheet
        # (row, column) of every cell that starts a merge running across
        self.merged_across = frozenset(
            (m.first_row, m.first_column) for m in sheet.merges if m.last_column > m.first_column
        )
        # Cells covered by a merge that runs down, with the merged value.
        self.covered: dict[tuple[int, int], CellValue] = {}
        for merge in sheet.merges:
            if merge.last_row > merge.first_row:
                value = sheet.cell(merge.first_row, merge.first_column).value
                for below in range(merge.first_row + 1, merge.last_row + 1):
                    self.covered[(below, merge.first_column)] = value

    def below(self, row: int) -> list[int]:
        """The rows with text after `row`, in order."""
        return [number for number in self.texts if number > row]

    @cached_property
    def covered_by_row(self) -> dict[int, list[tuple[int, CellValue]]]:
        """`covered`, row by row: the cells of each row a merge down fills in."""
        by_row: dict[int, list[tuple[int, CellValue]]] = {}
        for (row, column), value in self.covered.items():
            by_row.setdefault(row, []).append((column, value))
        return by_row


_SHEETS: dict[int, tuple[weakref.ref[SheetGrid], SheetRows]] = {}


def sheet_rows(sheet: SheetGrid) -> SheetRows:
    """The sheet's row facts, computed on first use and kept while the sheet lives.

    Keyed by identity, not by value: hashing a sheet would read every cell."""
    key = id(sheet)
    found = _SHEETS.get(key)
    if found is not None and found[0]() is sheet:
        return found[1]
    rows = SheetRows(sheet)
    _SHEETS[key] = (weakref.ref(sheet, lambda _gone: _SHEETS.pop(key, None)), rows)
    return rows
