"""A one-line label that shortens its text with "…" to the room it has, instead of
asking for the room (a long action title in the status bar pushed into the counts)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QWidget


class ElidedLabel(QLabel):
    """Shows as much of its text as fits, then "…"; the whole text is its tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""

    def setText(self, text: str) -> None:  # type: ignore[override]
        self._full = text
        self.setToolTip(text if text else "")
        super().setText(text)

    def text(self) -> str:  # type: ignore[override]
        return self._full

    def shown_text(self) -> str:
        """The text as drawn at the label's present width."""
        room = self.contentsRect().width()
        return self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, room)

    def minimumSizeHint(self) -> QSize:
        # A few characters: the rest of the bar (counts, badges) keeps its room.
        hint = super().minimumSizeHint()
        return QSize(self.fontMetrics().horizontalAdvance("P1 › …"), hint.height())

    def sizeHint(self) -> QSize:
        return QSize(self.minimumSizeHint().width(), super().sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(
            self.contentsRect(),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            self.shown_text(),
        )
