"""A row of combo boxes that sits above a table's columns, one per column, and follows
them as they are resized or scrolled: the import assistant's "what this column holds".
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QStyle,
    QStyleOptionComboBox,
    QTableView,
    QWidget,
)


def fitting_width(combo: QComboBox) -> int:
    """The width a combo needs to show its current text whole (frame and arrow too)."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    metrics = combo.fontMetrics()
    text = QSize(metrics.horizontalAdvance(combo.currentText()), metrics.height())
    style = combo.style()
    return style.sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, text, combo).width()


class RoleStrip(QWidget):
    """Combo n stands over the view's column n + `first_column`."""

    role_changed = Signal(int, str)  # sheet column (0-based), role key

    def __init__(self, view: QTableView, caption: str = "", first_column: int = 1) -> None:
        super().__init__(view.parentWidget())
        self.view = view
        self.first_column = first_column
        self.combos: list[QComboBox] = []
        self.setFixedHeight(QComboBox().sizeHint().height())
        # Over the columns before the first combo (the row levels): what the combos are.
        self.caption = QLabel(caption, self)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header = view.horizontalHeader()
        header.sectionResized.connect(lambda *_: self.place())
        header.geometriesChanged.connect(self.place)
        view.horizontalScrollBar().valueChanged.connect(lambda *_: self.place())

    def set_columns(
        self, roles: Sequence[str], choices: Sequence[tuple[str, str]], names: Sequence[str]
    ) -> None:
        """One combo per column: `roles[n]` chosen among (key, label) `choices`;
        `names` are the column headings, for screen readers."""
        for combo in self.combos:
            combo.hide()  # deleted later, maybe only once an event loop runs
            combo.deleteLater()
        self.combos = []
        for column, role in enumerate(roles):
            combo = QComboBox(self)
            for key, label in choices:
                combo.addItem(label, key)
            combo.setCurrentIndex(max(combo.findData(role), 0))
            combo.setAccessibleName(names[column] if column < len(names) else "")
            combo.setToolTip(combo.accessibleName())
            combo.currentIndexChanged.connect(lambda _i, c=column, box=combo: self._chosen(c, box))
            combo.show()
            self.combos.append(combo)
        for column in range(len(self.combos)):
            self._fit(column)
        self.place()

    def _chosen(self, column: int, combo: QComboBox) -> None:
        self._fit(column)
        self.role_changed.emit(column, combo.currentData())

    def _fit(self, column: int) -> None:
        """Widen the column so its combo shows its whole role ("Partenaire responsable"
        was cut to "Partenaire responsal" in French); never narrow it."""
        header = self.view.horizontalHeader()
        section = column + self.first_column
        needed = fitting_width(self.combos[column]) + 1
        if header.sectionSize(section) < needed:
            header.resizeSection(section, needed)

    def set_role(self, column: int, role: str) -> None:
        combo = self.combos[column]
        combo.blockSignals(True)
        combo.setCurrentIndex(max(combo.findData(role), 0))
        combo.blockSignals(False)

    def place(self) -> None:
        header = self.view.horizontalHeader()
        left = self.view.frameWidth() + self.view.verticalHeader().width()
        before = header.sectionViewportPosition(self.first_column)
        self.caption.setGeometry(0, 0, max(left + before - 6, 0), self.height())
        for column, combo in enumerate(self.combos):
            section = column + self.first_column
            x = header.sectionViewportPosition(section)
            width = header.sectionSize(section)
            visible = x + width > 0 and x < self.view.viewport().width()
            combo.setVisible(visible)
            if visible:
                start = max(x, 0)
                combo.setGeometry(left + start, 0, width - (start - x) - 1, self.height())
