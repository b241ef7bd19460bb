"""A few cells of each row, taken together as the key of a memo: a plan's rows repeat
what they say about leads, timelines, statuses and levels, so what the build reads
from those cells is read once per distinct set of them (see `action_fields` and
`placement`).
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterable, Sequence

from lipplanner.core.reports.cell_values import ErrorValue
from lipplanner.core.reports.grid import EMPTY, CellValue, GridCell

NONE = type(None)
_VALUE = operator.itemgetter(0)  # a cell's value
# (the cells, each a GridCell or a tuple equal to one; their values' types)
CellKey = tuple[tuple[tuple[object, ...], ...], tuple[type, ...]]


class CellGroup:
    """Some columns of a sheet, read from a row as `RowCells.raw_at` reads them."""

    def __init__(self, columns: Iterable[int], covered: dict[tuple[int, int], CellValue]) -> None:
        self.columns = tuple(sorted(set(columns)))
        self._covered = covered
        # Only rows where a merge down fills in one of these cells need looking up.
        wanted = set(self.columns)
        self._covered_rows = frozenset(r for r, c in covered if c in wanted)
        self._last = max(self.columns, default=-1)
        # (itemgetter picks the cells at C speed; of one column it gives the cell alone.)
        self._pick: Callable[[Sequence[GridCell]], tuple[GridCell, ...]]
        if len(self.columns) > 1:
            self._pick = operator.itemgetter(*self.columns)
        elif self.columns:
            only = self.columns[0]
            self._pick = lambda row: (row[only],)
        else:
            self._pick = lambda row: ()

    def key(self, row: Sequence[GridCell], number: int) -> CellKey | None:
        """The cells (their values and looks: a status is read from its fill), a
        merged-down value for an empty cell covered by it, with the values' types (1,
        1.0 and True are equal, and read differently); None when one holds an error
        value (it is said once per cell, so what reading it said cannot be said again
        at another row)."""
        cells: tuple[tuple[object, ...], ...]
        if self._last < len(row):
            cells = self._pick(row)
        else:
            cells = tuple([row[c] if c < len(row) else EMPTY for c in self.columns])
        if number in self._covered_rows:
            # (A plain tuple for the cell filled in: equal to a GridCell of the same
            # fields, and made without the named tuple's slow `_replace`.)
            covered = self._covered
            cells = tuple(
                [
                    (covered.get((number, column)), *cell[1:])
                    if (value := cell[0]) is None or (isinstance(value, str) and not value.strip())
                    else cell
                    for column, cell in zip(self.columns, cells, strict=True)
                ]
            )
        types = tuple(map(type, map(_VALUE, cells)))  # (at C speed, no frame per row)
        if ErrorValue in types:
            return None
        return cells, types

    @staticmethod
    def empty(key: CellKey) -> bool:
        """Whether every one of the cells is empty (as `raw_at` reads it: None)."""
        types = key[1]
        return types.count(NONE) == len(types)
