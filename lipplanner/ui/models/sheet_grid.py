"""One sheet of an import shown as it is in the file, with the level the importer
reads for each row in a first column (the import assistant's main table).

The cells keep the look that carries meaning (bold, fill, font colour), with text
always readable on its fill; the heading rows are tinted, rows left out are greyed,
and a level the coordinator forced is marked so it reads differently from a guess.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication

from lipplanner.core.reports.grid import EMPTY, GridCell, SheetGrid
from lipplanner.core.reports.workbook_reader import column_letter

Index = QModelIndex | QPersistentModelIndex
_SHOWN_CHARS = 300  # a cell's text in the table; the tooltip shows more
_TIP_CHARS = 2_000
_HEADING = QColor("#dde7f3")
_SKIPPED = QColor("#8a8a8a")
_MIN_CONTRAST = 3.0  # WCAG's floor for bold or large text; below it a word is a smear


def tr(text: str) -> str:
    return QCoreApplication.translate("SheetGridModel", text)


def cell_text(cell: GridCell) -> str:
    value = cell.value
    if value is None:
        return ""
    if isinstance(value, datetime):
        return (
            value.strftime("%Y-%m-%d %H:%M")
            if (value.hour or value.minute)
            else f"{value:%Y-%m-%d}"
        )
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return tr("Yes") if value else tr("No")
    return str(value)


def _luminance(color: QColor) -> float:
    """Relative luminance (WCAG 2): 0 for black, 1 for white."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.redF())
        + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF())
    )


def contrast(one: QColor, other: QColor) -> float:
    """WCAG contrast ratio, 1 (the same) to 21 (black on white)."""
    light, dark = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def readable_text(fill: QColor | None, font: QColor | None) -> QColor | None:
    """The colour to draw a cell's text in: the sheet's own font colour when it can be
    read on the fill, else black or white, whichever the fill's lightness calls for
    (white heading text on our pale tint, yellow "En cours" on a yellow legend cell).
    None: the view's own text colour (no fill, no font colour)."""
    if fill is None and font is None:
        return None
    ground = fill if fill is not None else QGuiApplication.palette().base().color()
    if font is not None and contrast(font, ground) >= _MIN_CONTRAST:
        return font
    black, white = QColor("#000000"), QColor("#ffffff")
    return black if contrast(black, ground) >= contrast(white, ground) else white


class SheetGridModel(QAbstractTableModel):
    """Column 0 is the row's level; column n + 1 is the sheet's column n."""

    def __init__(self, level_names: dict[str, str], parent: Any = None) -> None:
        super().__init__(parent)
        self.sheet = SheetGrid("", ())
        self.levels: dict[int, str] = {}
        self.forced: dict[int, str] = {}
        self.header_rows: tuple[int, ...] = ()
        self._names = dict(level_names)  # level key → its name in the interface
        self._bold = QFont()
        self._bold.setBold(True)
        self._italic = QFont()
        self._italic.setItalic(True)

    def set_sheet(self, sheet: SheetGrid) -> None:
        self.beginResetModel()
        self.sheet = sheet
        self.levels, self.forced, self.header_rows = {}, {}, ()
        self.endResetModel()

    def set_levels(
        self, levels: dict[int, str], forced: dict[int, str], header_rows: tuple[int, ...]
    ) -> None:
        """New levels for the rows (after any change to the mapping): a repaint, not a reset."""
        self.levels, self.forced, self.header_rows = dict(levels), dict(forced), header_rows
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )

    def level_of(self, row: int) -> str:
        if row in self.header_rows:
            return "heading"
        return self.forced.get(row) or self.levels.get(row, "")

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.sheet.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.sheet.width + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)  # as the spreadsheet numbers it
        return tr("Level") if section == 0 else column_letter(section - 1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if column == 0:
            return self._level_data(row, role)
        cell = self.sheet.cell(row, column - 1) if row < len(self.sheet.rows) else EMPTY
        skipped = self.level_of(row) == "skip"
        if role == Qt.ItemDataRole.DisplayRole:
            text = cell_text(cell)
            text = " ⏎ ".join(line for line in text.splitlines() if line.strip()) or text
            return text if len(text) <= _SHOWN_CHARS else text[:_SHOWN_CHARS] + "…"
        if role == Qt.ItemDataRole.ToolTipRole:
            text = cell_text(cell)
            return (text[:_TIP_CHARS] + "…" if len(text) > _TIP_CHARS else text) or None
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if cell.bold else None
        if role == Qt.ItemDataRole.BackgroundRole:
            fill = self._fill(row, cell)
            return QBrush(fill) if fill is not None else None
        if role == Qt.ItemDataRole.ForegroundRole:
            # A row left out is greyed, unless grey cannot be read on its fill (a legend).
            font = QColor(f"#{cell.font_color}") if cell.font_color else None
            font = _SKIPPED if skipped else font
            text = readable_text(self._fill(row, cell), font)
            return QBrush(text) if text is not None else None
        return None

    def _fill(self, row: int, cell: GridCell) -> QColor | None:
        if row in self.header_rows:
            return _HEADING
        return QColor(f"#{cell.fill}") if cell.fill else None

    def _level_data(self, row: int, role: int) -> Any:
        level = self.level_of(row)
        if role == Qt.ItemDataRole.DisplayRole:
            if level == "heading":
                return tr("Heading")
            name = self._names.get(level, "")
            return f"{name} ✎" if row in self.forced else name
        if role == Qt.ItemDataRole.ToolTipRole and row in self.forced:
            return tr("Set by you")
        if role == Qt.ItemDataRole.FontRole:
            return (
                self._bold
                if level in ("priority", "objective", "heading")
                else (self._italic if level in ("description", "skip") else None)
            )
        if role == Qt.ItemDataRole.ForegroundRole and level == "skip":
            return QBrush(_SKIPPED)
        if role == Qt.ItemDataRole.BackgroundRole and row in self.header_rows:
            return QBrush(_HEADING)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
