"""The History view: who changed what and when, for the whole plan or one item."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lipplanner.core.services.history import HistoryEntry, history, kind_label, people
from lipplanner.core.services.specs import ENTITIES
from lipplanner.ui.context import PlanContext
from lipplanner.ui.history_words import HistoryWords, kind_words
from lipplanner.ui.i18n import format_number
from lipplanner.ui.models.records import RecordTableModel
from lipplanner.ui.views.deferred import refresh_when_shown
from lipplanner.ui.widgets.fields import DateEdit

LIMIT = 2000


class HistoryModel(RecordTableModel):
    """Changes, newest first: When | Who | Change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([self.tr("When"), self.tr("Who"), self.tr("Change")], parent)
        self.words = HistoryWords(None, "en")

    def cell(self, entry: HistoryEntry, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return entry.at.strftime("%Y-%m-%d %H:%M")
            if column == 1:
                return entry.user or self.tr("(unknown)")
            return self.sentence(entry)
        if role == Qt.ItemDataRole.ToolTipRole and column == 2:
            return self.sentence(entry, full=True)
        return None

    def sentence(self, entry: HistoryEntry, *, full: bool = False) -> str:
        return self.words.sentence(entry, full=full)


class HistoryView(QWidget):
    """The plan's history, filterable by person, kind of item and dates.

    With `entity` and `entity_id` it shows one item's history (no kind filter)."""

    def __init__(
        self,
        context: PlanContext,
        parent: QWidget | None = None,
        *,
        entity: str | None = None,
        entity_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.entity = entity
        self.entity_id = entity_id

        self.person = QComboBox()
        self.kind = QComboBox()
        self.kind.addItem(self.tr("All items"), None)
        kinds = kind_words()
        for name in [*ENTITIES, "indicator_value"]:
            word = kinds.get(name, kind_label(name))
            self.kind.addItem(word[:1].upper() + word[1:], name)
        self.any_date = QCheckBox(self.tr("Any date"))
        self.any_date.setChecked(True)
        self.since = DateEdit()
        self.until = DateEdit()
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
        today = date.today()
        self.since.setDate(_qdate(today - timedelta(days=30)))
        self.until.setDate(_qdate(today))

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Person:")))
        filters.addWidget(self.person)
        if entity is None:
            filters.addWidget(QLabel(self.tr("Item:")))
            filters.addWidget(self.kind)
        filters.addSpacing(12)
        filters.addWidget(self.any_date)
        filters.addWidget(QLabel(self.tr("From:")))
        filters.addWidget(self.since)
        filters.addWidget(QLabel(self.tr("To:")))
        filters.addWidget(self.until)
        filters.addStretch(1)

        self.model = HistoryModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel()

        layout = QVBoxLayout(self)
        if entity is None:
            title = QLabel(self.tr("History"))
            font = title.font()
            font.setPointSizeF(font.pointSizeF() * 1.4)
            font.setBold(True)
            title.setFont(font)
            layout.addWidget(title)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)

        self.person.currentIndexChanged.connect(self.refresh)
        self.kind.currentIndexChanged.connect(self.refresh)
        self.any_date.toggled.connect(self._dates_toggled)
        self.since.dateChanged.connect(self.refresh)
        self.until.dateChanged.connect(self.refresh)
        context.changed.connect(refresh_when_shown(self, self._plan_changed))
        self._fill_people()
        self.refresh()

    def _dates_toggled(self, any_date: bool) -> None:
        self.since.setEnabled(not any_date)
        self.until.setEnabled(not any_date)
        self.refresh()

    def _fill_people(self) -> None:
        current = self.person.currentData()
        self.person.blockSignals(True)
        self.person.clear()
        self.person.addItem(self.tr("Everyone"), None)
        for name in people(self.context.db):
            self.person.addItem(name or self.tr("(unknown)"), name)
        found = self.person.findData(current)
        self.person.setCurrentIndex(max(0, found))
        self.person.blockSignals(False)

    def _plan_changed(self) -> None:
        self._fill_people()
        self.refresh()

    def refresh(self) -> None:
        since = until = None
        if not self.any_date.isChecked():
            since = self.since.date().toPython()
            until = self.until.date().toPython()
        entity = self.entity or self.kind.currentData()
        entries = history(
            self.context.db,
            entity=entity,
            entity_id=self.entity_id,
            since=since,  # type: ignore[arg-type]
            until=until,  # type: ignore[arg-type]
            user=self.person.currentData(),
            limit=LIMIT,
        )
        self.model.words = HistoryWords(self.context.view(), self.context.lang)
        self.model.set_records(entries)
        if not entries:
            self.summary.setText(self.tr("No changes recorded for this choice."))
        elif len(entries) >= LIMIT:
            self.summary.setText(
                self.tr(
                    "Showing the latest %1 changes; narrow the dates to see older ones."
                ).replace("%1", format_number(LIMIT))
            )
        else:
            self.summary.setText(self.tr("%n change(s)", "", len(entries)))


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class ItemHistoryDialog(QDialog):
    def __init__(
        self, context: PlanContext, entity: str, entity_id: int, title: str, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("History of %1").replace("%1", title))
        self.view = HistoryView(context, self, entity=entity, entity_id=entity_id)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        self.resize(760, 420)


def show_item_history(
    parent: QWidget | None, context: PlanContext, entity: str, entity_id: int, title: str = ""
) -> ItemHistoryDialog:
    """Open (non-modal) the history of one item, e.g. from a context menu."""
    word = kind_words().get(entity, kind_label(entity))
    label = title or f"{word} #{entity_id}"
    dialog = ItemHistoryDialog(context, entity, entity_id, label, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
