"""File → Import partner updates…: a returned workbook's changes, old → new per field,
each row accepted or rejected, then applied as one undoable batch."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lipplanner.core.periods import Period
from lipplanner.core.reports.update_import import (
    ActionUpdate,
    AppliedChanges,
    IndicatorChange,
    UpdateImport,
    apply_changes,
    revert_changes,
)
from lipplanner.ui.context import PlanContext
from lipplanner.ui.dialogs.plan_import import fill_problems, problem_table
from lipplanner.ui.i18n import format_period
from lipplanner.ui.undo import ServiceCommand, push_command

Index = QModelIndex | QPersistentModelIndex


class ImportUpdatesCommand(ServiceCommand):
    """Apply accepted rows of a partner workbook; undo restores every touched update
    and indicator value as it was, in one transaction."""

    def __init__(
        self,
        context: PlanContext,
        period: Period,
        updates: list[ActionUpdate],
        indicators: list[IndicatorChange],
        text: str,
    ) -> None:
        super().__init__(context, text)
        self.period = period
        self.updates = list(updates)
        self.indicators = list(indicators)
        self.applied: AppliedChanges | None = None

    def apply(self) -> None:
        # After an undo the plan holds what was read again; versions moved, nothing else.
        self.applied = apply_changes(
            self.context.db,
            self.period,
            self.updates,
            self.indicators,
            check_versions=not self._done_once,
        )

    def revert(self) -> None:
        assert self.applied is not None
        revert_changes(self.context.db, self.applied)


def _number(value: float | None) -> str:
    return "–" if value is None else QLocale().toString(value, "g", 6)


class ChangeSetModel(QAbstractTableModel):
    """One row per action update or indicator value; column 0 accepts or rejects it."""

    COLUMNS = ("apply", "code", "item", "changes", "where")
    accepted_changed = Signal()

    def __init__(self, result: UpdateImport, lang: str = "en", parent: Any = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.items: list[ActionUpdate | IndicatorChange] = [*result.updates, *result.indicators]
        self.accepted = [True] * len(self.items)
        self._changes = [self._describe(item) for item in self.items]

    def _describe(self, item: ActionUpdate | IndicatorChange) -> str:
        if isinstance(item, ActionUpdate):
            lines = [
                f"{c.label(self.lang)}: {c.old_text or '–'} → {c.new_text or '–'}"
                for c in item.changes
            ]
            if item.update_id is None:
                lines.insert(0, self.tr("New update for the quarter"))
            return "\n".join(lines)
        old = _number(item.old) if item.recorded else self.tr("no value")
        text = self.tr("Actual: {old} → {new}").format(old=old, new=_number(item.new))
        if item.new_note != item.old_note:
            text += "\n" + self.tr("Note: {old} → {new}").format(
                old=item.old_note or "–", new=item.new_note or "–"
            )
        return text

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return (
            self.tr("Apply"),
            self.tr("Code"),
            self.tr("Action or indicator"),
            self.tr("Changes (was → now)"),
            self.tr("Where"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.CheckStateRole and column == "apply":
            return Qt.CheckState.Checked if self.accepted[index.row()] else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "code":
                return item.code
            if column == "item":
                return item.title if isinstance(item, ActionUpdate) else item.name
            if column == "changes":
                return self._changes[index.row()]
            if column == "where":
                return f"{item.sheet} {self.tr('row')} {item.row}"
        if role == Qt.ItemDataRole.ToolTipRole and column == "changes":
            return self._changes[index.row()]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.COLUMNS[index.column()] == "apply":
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            not index.isValid()
            or role != Qt.ItemDataRole.CheckStateRole
            or self.COLUMNS[index.column()] != "apply"
        ):
            return False
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value)
        if self.accepted[index.row()] != checked:
            self.accepted[index.row()] = checked
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
            self.accepted_changed.emit()
        return True

    def set_all(self, checked: bool) -> None:
        if not self.items:
            return
        self.accepted = [checked] * len(self.items)
        self.dataChanged.emit(
            self.index(0, 0),
            self.index(len(self.items) - 1, 0),
            [Qt.ItemDataRole.CheckStateRole],
        )
        self.accepted_changed.emit()

    def accepted_items(self) -> tuple[list[ActionUpdate], list[IndicatorChange]]:
        chosen = [item for item, ok in zip(self.items, self.accepted, strict=True) if ok]
        return (
            [i for i in chosen if isinstance(i, ActionUpdate)],
            [i for i in chosen if isinstance(i, IndicatorChange)],
        )


class UpdateImportDialog(QDialog):
    """The change preview; Apply pushes one undoable command for the accepted rows."""

    def __init__(
        self, context: PlanContext, result: UpdateImport, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.result = result
        self.applied = False
        self.setWindowTitle(self.tr("Import partner updates"))
        layout = QVBoxLayout(self)
        who = f" — {result.partner}" if result.partner else ""
        heading = QLabel(
            self.tr("<b>{file}</b>: updates for {period}{who}.").format(
                file=result.source.name, period=format_period(result.period), who=who
            )
        )
        layout.addWidget(heading)
        self.model = ChangeSetModel(result, context.lang, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnWidth(2, 240)
        layout.addWidget(self.table, 3)

        choose = QHBoxLayout()
        self.all_button = QPushButton(self.tr("Accept all"))
        self.none_button = QPushButton(self.tr("Reject all"))
        self.all_button.clicked.connect(lambda: self.model.set_all(True))
        self.none_button.clicked.connect(lambda: self.model.set_all(False))
        choose.addWidget(self.all_button)
        choose.addWidget(self.none_button)
        choose.addStretch(1)
        self.unchanged = QLabel(
            self.tr("%n row(s) match what the plan already holds.", "", result.unchanged)
        )
        choose.addWidget(self.unchanged)
        layout.addLayout(choose)

        if not result.has_changes:
            layout.addWidget(
                QLabel(self.tr("No changes: every row matches what the plan already holds."))
            )
        self.problems_label = QLabel(
            self.tr(
                "%n row(s) have problems and will not be applied; fix them in the workbook "
                "and import it again.",
                "",
                len(result.errors),
            )
        )
        self.problems_label.setWordWrap(True)
        self.problems = problem_table(self)
        fill_problems(self.problems, result.problems)
        for widget in (self.problems_label, self.problems):
            widget.setVisible(bool(result.problems))
            layout.addWidget(widget, 1 if widget is self.problems else 0)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.apply_button = QPushButton()
        self.apply_button.setDefault(True)
        buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.clicked.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.model.accepted_changed.connect(self._update_button)
        self._update_button()
        self.resize(980, 620)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        # Rows fit their wrapped text once the columns have their real widths.
        self.table.resizeRowsToContents()

    def _update_button(self) -> None:
        count = sum(self.model.accepted)
        self.apply_button.setText(self.tr("Apply %n change(s)", "", count))
        self.apply_button.setEnabled(count > 0 and not self.context.read_only)

    def apply(self) -> None:
        updates, indicators = self.model.accepted_items()
        command = ImportUpdatesCommand(
            self.context,
            self.result.period,
            updates,
            indicators,
            self.tr("Import partner updates from {file}").format(file=self.result.source.name),
        )
        error = push_command(self.context, command)
        if error is not None:
            QMessageBox.warning(self, self.windowTitle(), str(error))
            return
        self.applied = True
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, context: PlanContext, result: UpdateImport) -> bool:
        """Show the change preview; True once accepted rows were applied."""
        dialog = cls(context, result, parent)
        dialog.exec()
        return dialog.applied
