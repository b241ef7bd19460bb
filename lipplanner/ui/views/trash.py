"""The Trash view: deleted items, restorable (undoably) until the trash is emptied."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lipplanner.core.errors import UserError
from lipplanner.core.services import editing
from lipplanner.core.services.trash import TrashEntry, empty_trash, list_trash, restore_from_trash
from lipplanner.ui.context import PlanContext
from lipplanner.ui.models.records import RecordTableModel
from lipplanner.ui.undo import ServiceCommand, push_command
from lipplanner.ui.views.deferred import refresh_when_shown


class TrashModel(RecordTableModel):
    """Deleted item | Kind | Deleted with it | Deleted on | By."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                self.tr("Deleted item"),
                self.tr("Kind"),
                self.tr("Deleted with it"),
                self.tr("Deleted on"),
                self.tr("By"),
            ],
            parent,
        )

    def cell(self, entry: TrashEntry, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return entry.label
            if column == 1:
                return entry.kind.capitalize()
            if column == 2:
                return self.children_text(entry)
            if column == 3:
                return entry.deleted_at.strftime("%Y-%m-%d %H:%M")
            if column == 4:
                return entry.deleted_by or self.tr("(unknown)")
        if role == Qt.ItemDataRole.ToolTipRole and column == 2 and entry.children:
            return "\n".join(f"{n} × {kind}" for kind, n in entry.children.items())
        return None

    def children_text(self, entry: TrashEntry) -> str:
        if not entry.children_count:
            return self.tr("nothing else")
        return self.tr("%n item(s)", "", entry.children_count)


class RestoreFromTrashCommand(ServiceCommand):
    """Put an item back from the trash; undo deletes it again (back into the trash)."""

    def __init__(self, context: PlanContext, entry: TrashEntry, text: str) -> None:
        super().__init__(context, text)
        self.trash_id = entry.id
        self.restored: tuple[str, int] | None = None
        self._snapshot: editing.Snapshot | None = None

    def apply(self) -> None:
        if self._snapshot is not None:  # redo after undo
            editing.restore(self.context.db, self._snapshot)
            return
        self.restored = restore_from_trash(self.context.db, self.trash_id)

    def revert(self) -> None:
        assert self.restored is not None
        entity, item_id = self.restored
        self._snapshot = editing.delete(
            self.context.db, entity, item_id, cascade=True, clear_lead=True
        )


class TrashView(QWidget):
    def __init__(self, context: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        title = QLabel(self.tr("Trash"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        explanation = QLabel(
            self.tr(
                "Deleted items stay here, with everything that was under them and their links, "
                "until you empty the trash. Restoring one can be undone."
            )
        )
        explanation.setWordWrap(True)

        self.model = TrashModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        self.restore_button = QPushButton(self.tr("Restore"))
        self.empty_button = QPushButton(self.tr("Empty trash…"))
        self.summary = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.empty_button)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(explanation)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.restore_button.clicked.connect(self.restore_selected)
        self.empty_button.clicked.connect(self.ask_empty)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        context.changed.connect(refresh_when_shown(self, self.refresh))
        self.refresh()

    def refresh(self) -> None:
        self.model.set_records(list_trash(self.context.db))
        count = self.model.rowCount()
        self.summary.setText(
            self.tr("The trash is empty.") if not count else self.tr("%n item(s)", "", count)
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        writable = not self.context.read_only
        self.restore_button.setEnabled(
            writable and bool(self.table.selectionModel().hasSelection())
        )
        self.empty_button.setEnabled(writable and self.model.rowCount() > 0)

    def selected(self) -> TrashEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def restore_selected(self) -> None:
        entry = self.selected()
        if entry is None or self.context.read_only:
            return
        command = RestoreFromTrashCommand(
            self.context, entry, self.tr("Restore %1").replace("%1", entry.label)
        )
        error = push_command(self.context, command)
        if error is not None:
            QMessageBox.warning(self, self.tr("Restore"), str(error))

    def confirm_empty(self, count: int) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Empty trash"),
            self.tr("Delete the %n item(s) in the trash for good?", "", count),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText(self.tr("This cannot be undone."))
        confirm = box.addButton(self.tr("Empty trash"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is confirm

    def ask_empty(self) -> None:
        """Empty the trash, after the user confirmed (this is final)."""
        count = self.model.rowCount()
        if not count or not self.confirm_empty(count):
            return
        try:
            empty_trash(self.context.db, [self.model.record(r).id for r in range(count)])
        except UserError as error:
            QMessageBox.warning(self, self.tr("Empty trash"), str(error))
            return
        self.context.reload()
