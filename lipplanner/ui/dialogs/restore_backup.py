"""File → Restore from backup…: choose one of the plan's backups and put it back."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lipplanner.core.db.backups import Backup, backup_folder, list_backups, make_backup
from lipplanner.ui.models.records import RecordTableModel


class BackupModel(RecordTableModel):
    """Made on | Kind | Size."""

    def __init__(self, backups: list[Backup], parent: QWidget | None = None) -> None:
        super().__init__([self.tr("Made on"), self.tr("Kind"), self.tr("Size")], parent)
        self.set_records(backups)
        self._kinds = {
            "auto": self.tr("Automatic"),
            "manual": self.tr("Made by hand"),
            "before-restore": self.tr("Before a restore"),
            "before-rollover": self.tr("Before a new year"),
        }

    def cell(self, backup: Backup, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return backup.made_at.strftime("%Y-%m-%d %H:%M")
            if column == 1:
                return self._kinds.get(backup.kind, backup.kind)
            return f"{backup.size / 1024:,.0f} KB"
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(backup.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class RestoreBackupDialog(QDialog):
    """Lists the backups of `plan`; `chosen` is the one to restore after `exec()`."""

    def __init__(self, plan: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.chosen: Path | None = None
        self.setWindowTitle(self.tr("Restore from backup"))
        intro = QLabel(
            self.tr(
                "Backups of “%1” are kept in “%2”. Restoring one replaces the plan with it; "
                "the plan as it is now is backed up first, so you can come back to it."
            )
            .replace("%1", plan.name)
            .replace("%2", str(backup_folder(plan)))
        )
        intro.setWordWrap(True)
        self.model = BackupModel(list_backups(plan), self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.empty_label = QLabel(self.tr("There are no backups of this plan yet."))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            self.tr("Restore…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.backup_now_button = QPushButton(self.tr("Back up now"))
        self.buttons.addButton(self.backup_now_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self._confirm)
        self.backup_now_button.clicked.connect(self._backup_now)
        self.table.selectionModel().selectionChanged.connect(self._update)
        self.table.doubleClicked.connect(lambda _index: self._confirm())

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.buttons)
        self.resize(560, 380)
        if self.model.rowCount():
            self.table.selectRow(0)
        self._update()

    def _update(self) -> None:
        self.restore_button.setEnabled(self.table.selectionModel().hasSelection())
        self.empty_label.setVisible(self.model.rowCount() == 0)

    def _backup_now(self) -> None:
        try:
            make_backup(self.plan)
        except Exception as error:  # DataFileError: show it, keep the dialog
            QMessageBox.warning(self, self.windowTitle(), str(error))
            return
        self.model.set_records(list_backups(self.plan))
        self.table.selectRow(0)
        self._update()

    def _confirm(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        backup = self.model.record(rows[0].row())
        answer = QMessageBox.question(
            self,
            self.tr("Restore from backup"),
            self.tr("Replace “%1” with the backup of %2? The plan as it is now is backed up first.")
            .replace("%1", self.plan.name)
            .replace("%2", backup.made_at.strftime("%Y-%m-%d %H:%M")),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.chosen = backup.path
            self.accept()
