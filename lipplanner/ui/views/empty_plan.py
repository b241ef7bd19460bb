"""What the Plan view shows while the plan has no priority: what to do first, with
buttons that do it, instead of an empty tree and an empty panel."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyPlanGuide(QFrame):
    """ "Start with a priority, or import a plan you already have"."""

    add_priority = Signal()
    import_plan = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("empty-plan-guide")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Getting started"))
        title = QLabel(self.tr("This plan has no priorities yet"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        # The keys and menu entries named here are the real ones (the toolbar's
        # "New item" and Insert add a priority while nothing is selected).
        self.text = QLabel(
            self.tr(
                "A plan is priorities, each with its objectives, each with the actions "
                "partners carry out. Start with a first priority: press Insert, click "
                "New item on the toolbar or choose Plan → New priority…, then add its "
                "objectives and actions the same way.\n\n"
                "Already have a plan in a spreadsheet or a Word file? Bring it in with "
                "File → Import a plan…"
            ),
            self,
        )
        self.text.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add a &priority…"), self)
        self.add_button.setDefault(True)
        self.import_button = QPushButton(self.tr("&Import a plan…"), self)
        self.add_button.clicked.connect(self.add_priority)
        self.import_button.clicked.connect(self.import_plan)
        # Insert works here as in the tree it stands in for.
        insert = QShortcut(QKeySequence(Qt.Key.Key_Insert), self)
        insert.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        insert.activated.connect(self.add_priority)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        column = QVBoxLayout()
        column.addWidget(title)
        column.addWidget(self.text)
        column.addSpacing(8)
        column.addLayout(buttons)
        holder = QWidget(self)
        holder.setLayout(column)
        holder.setMaximumWidth(40 * self.fontMetrics().horizontalAdvance("M"))
        # Centred by stretches, not by alignment: an aligned widget gets its size hint's
        # width and the wrapped text was measured for another one (lines cut off).
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(holder, 4)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
