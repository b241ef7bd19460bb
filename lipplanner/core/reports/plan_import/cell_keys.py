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

CellKey = tuple[tuple[CellValue, ...], tuple[type, ...], str | None]


class CellGroup:
    """Some columns of a sheet, read from a row as `RowCells.raw_at` reads them."""

    def __init__(
        self,
        columns: Iterable[int],
        covered: dict[tuple[int, int], CellValue],
        fill_column: int | None = None,
    ) -> None:
        self.columns = tuple(sorted(set(columns)))
        self._covered = covered
        # Only rows where a merge down fills in one of these cells need looking up.
        wanted = set(self.columns)
        self._covered_rows = frozenset(r for r, c in covered if c in wanted)
        self._last = max(self.columns, default=-1)
        # (itemgetter picks the cells at C speed; of one column it gives the cell alone.)
        self._pick: Callable[[Sequence[GridCell]], tuple[GridCell, ...]] = (
            operator.itemgetter(*self.columns)
            if len(self.columns) > 1
            else lambda row: tuple(row[c] for c in self.columns)
        )
        self._fill_at = None if fill_column is None else self.columns.index(fill_column)

    def key(self, row: Sequence[GridCell], number: int) -> CellKey | None:
        """The cells' values (a merged-down value for an empty cell covered by it), their
        types (1, 1.0 and True are equal, and read differently), and the fill of the
        one cell whose colour is read; None when one holds an error value (it is said
        once per cell, so what reading it said cannot be said again at another row)."""
        if self._last < len(row):
            cells = self._pick(row)
        else:
            cells = tuple(row[c] if c < len(row) else EMPTY for c in self.columns)
        values = [cell[0] for cell in cells]
        if number in self._covered_rows:
            for at, value in enumerate(values):
                if value is None or (isinstance(value, str) and not value.strip()):
                    values[at] = self._covered.get((number, self.columns[at]))
        types = tuple([value.__class__ for value in values])
        if ErrorValue in types:
            return None
        fill = None if self._fill_at is None else cells[self._fill_at].fill
        return tuple(values), types, fill
