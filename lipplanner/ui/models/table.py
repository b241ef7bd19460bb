"""A flat table model over precomputed rows, sorting and filtering inside the model.

Big plans (tens of thousands of actions) stay fast because everything a view asks for
is computed once per data load: the display texts, a sort key per column and one
lowercase "haystack" per row for the search box. `data()` is a lookup plus a role
switch; sorting reorders a list of row numbers; filtering rebuilds that list.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QIcon

AnyIndex = QModelIndex | QPersistentModelIndex

# Roles views and tests use to read a row's identity and the raw sort key.
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_DECORATION = Qt.ItemDataRole.DecorationRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_ALIGN_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class Column:
    """A column: its title, tooltip and whether numbers align right."""

    key: str
    title: str
    tooltip: str = ""
    numeric: bool = False


_NONE: dict[Any, Any] = {}  # shared, never mutated: most rows have no extras


class Row:
    """One row, computed once per load. `sort` holds one comparable key per column.

    A plain class with slots: tens of thousands are built on every reload. Rows may
    share their texts, tooltips, icons, colours and tags: none is ever mutated.
    """

    __slots__ = ("colours", "haystack", "icons", "id", "sort", "tags", "texts", "tooltips")

    def __init__(
        self,
        id: int,
        texts: tuple[str, ...],
        sort: tuple[Any, ...],
        haystack: str = "",
        *,
        tooltips: dict[int, str] | None = None,
        icons: dict[int, QIcon] | None = None,
        colours: dict[int, QColor] | None = None,
        tags: Any = None,
    ) -> None:
        self.id = id
        self.texts = texts
        self.sort = sort
        self.haystack = haystack or "\n".join(texts).lower()
        self.tooltips = tooltips or _NONE
        self.icons = icons or _NONE
        self.colours = colours or _NONE
        # What filters look at, in the page's own shape (a mapping, or a tuple where
        # there are many rows); may be shared between rows, like the dicts above.
        self.tags = tags or _NONE


RowFilter = Callable[[Row], bool]


def column_header(
    columns: Sequence[Column], section: int, orientation: Qt.Orientation, role: int
) -> Any:
    """A horizontal header cell: the column's title, and its tooltip."""
    if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(columns):
        return None
    if role == _DISPLAY:
        return columns[section].title
    if role == _TOOLTIP:
        return columns[section].tooltip or columns[section].title
    return None


# Narrowing removes rows in runs of adjacent ones, which keeps the view's scroll and
# selection; past this many runs one reset is cheaper (20,000 rows, 5,600 scattered
# removals: 112-136 ms against 81-93 ms), and the page restores its selection itself.
MAX_REMOVAL_RUNS = 200


def _runs(rows: list[int]) -> int:
    """How many runs of adjacent numbers `rows` (ascending) makes."""
    return sum(1 for n, row in enumerate(rows) if n == 0 or rows[n - 1] != row - 1)


class RowTableModel(QAbstractTableModel):
    """Rows with sorting and filtering done here, never by a proxy."""

    def __init__(self, columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Row] = []
        self._visible: list[int] = []  # indexes into _rows, in display order
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._search: list[str] = []
        self._filter: RowFilter | None = None
        self._where_cache: dict[int, int] | None = None
        self._where_rows: list[Row] | None = None

    # -- the Qt model API ---------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        row = self._rows[self._visible[index.row()]]
        column = index.column()
        if role == _DISPLAY:
            return row.texts[column]
        if role == _DECORATION:
            return row.icons.get(column)
        if role == _TOOLTIP:
            return row.tooltips.get(column) or row.texts[column] or None
        if role == _FOREGROUND:
            return row.colours.get(column)
        if role == _ALIGN:
            return _ALIGN_RIGHT if self._columns[column].numeric else None
        if role == ID_ROLE:
            return row.id
        if role == SORT_ROLE:
            return row.sort[column]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        return column_header(self._columns, section, orientation, role)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not -1 <= column < len(self._columns):
            return
        self._sort_column, self._sort_order = column, order
        self._relayout(self._ordered(self._visible))

    # -- feeding and reading ------------------------------------------------------------
    @property
    def columns(self) -> list[Column]:
        return list(self._columns)

    def set_rows(self, rows: list[Row]) -> None:
        """New data: rows whose place is unchanged get `dataChanged`, else one reset."""
        old_ids = [self._rows[i].id for i in self._visible]
        old_texts = {self._rows[i].id: self._rows[i].texts for i in self._visible}
        new_visible = self._ordered(self._matching(rows), rows)
        if old_ids and [rows[i].id for i in new_visible] == old_ids:
            self._rows, self._visible = rows, new_visible
            changed = [
                n for n, i in enumerate(new_visible) if old_texts.get(rows[i].id) != rows[i].texts
            ]
            if changed:
                last = len(self._columns) - 1
                self.dataChanged.emit(self.index(changed[0], 0), self.index(changed[-1], last))
            return
        self.beginResetModel()
        self._rows, self._visible = rows, new_visible
        self.endResetModel()

    def replace_rows(self, rows: list[Row]) -> bool:
        """Put new versions of some rows in place: `dataChanged` for each when the shown
        rows and their order stay the same, else one reset. False (nothing done) when a
        row is not in the model (an added item: the caller gives all rows)."""
        where = self._where()
        if any(row.id not in where for row in rows):
            return False
        new_rows = list(self._rows)
        for row in rows:
            new_rows[where[row.id]] = row
        column = self._sort_column
        # The same rows shown in the same order if each new row matches as its old one did
        # and sorts by the same key; only then is the (costly, 20,000-row) re-sort skipped.
        same_place = all(
            self._matches(row) == self._matches(self._rows[where[row.id]])
            and (column < 0 or row.sort[column] == self._rows[where[row.id]].sort[column])
            for row in rows
        )
        if not same_place:
            new_visible = self._ordered(self._matching(new_rows), new_rows)
            if new_visible != self._visible:
                self.beginResetModel()
                self._rows, self._visible = new_rows, new_visible
                self._where_rows = new_rows  # same items at the same indexes
                self.endResetModel()
                return True
        self._rows = self._where_rows = new_rows
        last = len(self._columns) - 1
        for row in rows:
            if self._matches(row):
                n = self._visible.index(where[row.id])
                self.dataChanged.emit(self.index(n, 0), self.index(n, last))
        return True

    def _where(self) -> dict[int, int]:
        """Each item's index in `_rows`, kept until the rows are replaced wholesale."""
        if self._where_cache is None or self._where_rows is not self._rows:
            self._where_cache = {row.id: i for i, row in enumerate(self._rows)}
        self._where_rows = self._rows
        return self._where_cache

    def _matches(self, row: Row) -> bool:
        accept = self._filter
        return (accept is None or accept(row)) and all(w in row.haystack for w in self._search)

    def set_search(self, text: str) -> None:
        """Keep the rows holding every word typed (in any visible column)."""
        words = text.lower().split()
        if words != self._search:
            # Typing on (each old word still inside the new one) only narrows the rows.
            narrowing = len(words) >= len(self._search) and all(
                old in new for old, new in zip(self._search, words, strict=False)
            )
            self._search = words
            self._refilter(narrowing)

    def set_filter(self, accept: RowFilter | None) -> None:
        self._filter = accept
        self._refilter()

    def row_id(self, row: int) -> int:
        return self._rows[self._visible[row]].id

    def row_of(self, item_id: int) -> int:
        """The visible row showing an item, or -1."""
        for n, i in enumerate(self._visible):
            if self._rows[i].id == item_id:
                return n
        return -1

    def visible_ids(self) -> list[int]:
        return [self._rows[i].id for i in self._visible]

    def total(self) -> int:
        return len(self._rows)

    def text(self, row: int, key: str) -> str:
        column = next(n for n, c in enumerate(self._columns) if c.key == key)
        return self._rows[self._visible[row]].texts[column]

    # -- inside -------------------------------------------------------------------------
    def _matching(self, rows: list[Row], among: list[int] | None = None) -> list[int]:
        """The indexes of the rows that pass the filter and hold every word (of `among`
        only, when given: narrowing never brings back a row), one tight pass per word."""
        kept = list(range(len(rows))) if among is None else among
        if self._filter is not None:
            accept = self._filter
            kept = [i for i in kept if accept(rows[i])]
        for word in self._search:
            kept = [i for i in kept if word in rows[i].haystack]
        return kept

    def _ordered(self, visible: list[int], rows: list[Row] | None = None) -> list[int]:
        if self._sort_column < 0:
            return sorted(visible)
        column, rows = self._sort_column, self._rows if rows is None else rows
        return sorted(
            visible,
            key=lambda i: rows[i].sort[column],
            reverse=self._sort_order == Qt.SortOrder.DescendingOrder,
        )

    def _refilter(self, narrowing: bool = False) -> None:
        if narrowing:  # the rows shown, fewer of them, in the same order
            new_visible = self._matching(self._rows, self._visible)
        else:
            new_visible = self._ordered(self._matching(self._rows))
        if new_visible == self._visible:
            return
        kept = set(new_visible)
        gone = [n for n, i in enumerate(self._visible) if i not in kept]
        if (
            len(new_visible) < len(self._visible)
            and _runs(gone) <= MAX_REMOVAL_RUNS
            and [i for i in self._visible if i in kept] == new_visible
        ):
            self._remove_runs(gone)
            return
        self.beginResetModel()
        self._visible = new_visible
        self.endResetModel()

    def _remove_runs(self, gone: list[int]) -> None:
        """Narrowing: remove the rows that no longer match, in runs of adjacent rows from
        the bottom up, so the view keeps its selection and scroll position."""
        runs: list[tuple[int, int]] = []
        for n in gone:
            if runs and runs[-1][1] == n - 1:
                runs[-1] = (runs[-1][0], n)
            else:
                runs.append((n, n))
        for first, last in reversed(runs):
            self.beginRemoveRows(QModelIndex(), first, last)
            del self._visible[first : last + 1]
            self.endRemoveRows()

    def _relayout(self, new_visible: list[int]) -> None:
        """Reorder the same rows, keeping selections and the current row in place."""
        if new_visible == self._visible:
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        where = {i: n for n, i in enumerate(new_visible)}
        moved = [
            self.index(where[self._visible[p.row()]], p.column()) if p.isValid() else p for p in old
        ]
        self._visible = new_visible
        self.changePersistentIndexList(old, moved)
        self.layoutChanged.emit()
