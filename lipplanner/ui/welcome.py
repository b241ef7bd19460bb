"""What the window shows when no plan is open: start a plan, open one, or try the demo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from lipplanner import APP_NAME
from lipplanner.ui.identity import app_icon
from lipplanner.ui.style import icon, standard_icon


class WelcomePage(QWidget):
    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    recent_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        logo = QLabel(self)
        logo.setPixmap(app_icon().pixmap(QSize(72, 72)))
        title = QLabel(APP_NAME, self)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        title.setFont(font)
        blurb = QLabel(
            self.tr(
                "Keep your partnership's strategic plan, follow each partner's progress "
                "every quarter, and hand your funder a tidy report."
            ),
            self,
        )
        blurb.setWordWrap(True)
        heading = QHBoxLayout()
        heading.addWidget(logo)
        heading.addSpacing(12)
        heading.addWidget(title, 1)

        self.new_button = QPushButton(
            standard_icon(QStyle.StandardPixmap.SP_FileIcon), self.tr("&New plan…"), self
        )
        self.open_button = QPushButton(
            standard_icon(QStyle.StandardPixmap.SP_DialogOpenButton), self.tr("&Open a plan…"), self
        )
        self.demo_button = QPushButton(icon("plan"), self.tr("&Try the Riverside demo"), self)
        self.demo_button.setToolTip(
            self.tr("Opens a fresh copy of a complete fictional plan to explore")
        )
        buttons = QVBoxLayout()
        for button in (self.new_button, self.open_button, self.demo_button):
            button.setMinimumHeight(36)
            button.setIconSize(QSize(20, 20))
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.recent_label = QLabel(self.tr("Recent plans"), self)
        self.recent = QListWidget(self)
        self.recent.setAccessibleName(self.tr("Recent plans"))
        self.recent_label.setBuddy(self.recent)
        recent = QVBoxLayout()
        recent.addWidget(self.recent_label)
        recent.addWidget(self.recent, 1)

        columns = QHBoxLayout()
        columns.addLayout(buttons, 1)
        columns.addSpacing(24)
        columns.addLayout(recent, 2)

        body = QWidget(self)
        body.setMaximumWidth(820)
        inner = QVBoxLayout(body)
        inner.addLayout(heading)
        inner.addWidget(blurb)
        inner.addSpacing(18)
        inner.addLayout(columns, 1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(body, 4)
        row.addStretch(1)
        outer.addLayout(row, 3)
        outer.addStretch(1)

        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        self.recent.itemActivated.connect(
            lambda item: self.recent_chosen.emit(item.data(Qt.ItemDataRole.UserRole))
        )

    def set_recent(self, files: list[str]) -> None:
        self.recent.clear()
        for location in files:
            path = Path(location)
            item = QListWidgetItem(
                standard_icon(QStyle.StandardPixmap.SP_FileIcon), f"{path.name}\n{path.parent}"
            )
            item.setData(Qt.ItemDataRole.UserRole, location)
            item.setToolTip(location)
            self.recent.addItem(item)
        if not files:
            empty = QListWidgetItem(self.tr("No recent plans yet."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recent.addItem(empty)
