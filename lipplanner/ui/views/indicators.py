"""Indicators of the plan with baseline, target and the actual for the period: variance and
whether the target is met (colour and text), recording an actual or an explicit "No data",
and adding, editing or deleting indicators — every change undoable."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from lipplanner.core import models as m
from lipplanner.core.errors import ConflictError, UserError
from lipplanner.core.periods import Period
from lipplanner.core.services import tracking
from lipplanner.core.services.dashboard import IndicatorResult, indicator_results
from lipplanner.core.services.plan_view import IndicatorView, PlanView
from lipplanner.core.services.validation import clean_float
from lipplanner.core.typed_numbers import UnreadableNumber
from lipplanner.ui.context import PlanContext
from lipplanner.ui.dialogs.editing import ConflictDialog
from lipplanner.ui.i18n import format_period
from lipplanner.ui.undo import (
    CreateCommand,
    DeleteCommand,
    EditCommand,
    FunctionCommand,
    push_command,
)
from lipplanner.ui.views.deferred import refresh_when_shown
from lipplanner.ui.views.progress_common import (
    OK_STYLE,
    editable_number,
    format_number,
    format_signed,
    message_label,
    number_hint,
    period_problem,
    row_table,
    show_message,
    typed_number,
)
from lipplanner.ui.views.progress_common import tr as _tr
from lipplanner.ui.widgets.columns import TitleColumn, two_lines
from lipplanner.ui.widgets.fields import DateEdit

_Index = QModelIndex | QPersistentModelIndex
MET_COLOUR, NOT_MET_COLOUR, NO_DATA_COLOUR = "#d7efd9", "#fbe0dc", "#eeeeee"
NO_DATE = QDate(1900, 1, 1)  # shown blank: the date is not set


def direction_label(direction: str) -> str:
    return {
        "increase": _tr("Increase (higher is better)"),
        "decrease": _tr("Decrease (lower is better)"),
        "maintain": _tr("Maintain (stay at the target)"),
    }.get(direction, direction)


def frequency_label(frequency: str) -> str:
    return {
        "quarterly": _tr("Quarterly"),
        "semi-annual": _tr("Twice a year"),
        "annual": _tr("Yearly"),
        "once": _tr("Once"),
    }.get(frequency, frequency)


def period_slot(period: Period) -> tuple[int, int]:
    """Where an actual for the period is stored: (fiscal year, quarter or 0 for the year)."""
    return period.year, period.quarter or 0


def _typed_or_text(text: str) -> float | str | None:
    """A typed baseline or target as a number read in the interface language; text
    that is no number goes on as typed, for the service to refuse with its field named."""
    try:
        return typed_number(text)
    except UnreadableNumber:
        return text


class IndicatorsModel(QAbstractTableModel):
    """One row per indicator; `data()` reads pre-formatted cells."""

    # What a coordinator reads first comes first: the standing, then the definition.
    COLUMNS = (
        "code",
        "name",
        "owner",
        "actual",
        "latest",
        "target",
        "variance",
        "met",
        "baseline",
        "direction",
        "source",
        "frequency",
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._results: list[IndicatorResult] = []
        self._cells: list[tuple[str, ...]] = []
        self._met: list[bool | None] = []

    def set_results(self, view: PlanView, results: list[IndicatorResult], lang: str) -> None:
        self.beginResetModel()
        self._results = results
        self._cells = [self._format(view, r, lang) for r in results]
        self._met = [r.variance.met for r in results]
        self.endResetModel()

    def _format(self, view: PlanView, result: IndicatorResult, lang: str) -> tuple[str, ...]:
        ind = result.indicator
        unit = ind.unit
        if ind.objective_id is not None and ind.objective_id in view.objectives:
            owner = view.objectives[ind.objective_id].code
        elif ind.action_id is not None and ind.action_id in view.actions:
            owner = view.actions[ind.action_id].code
        else:
            owner = ""
        baseline = format_number(ind.baseline_value, unit)
        if baseline and ind.baseline_date:
            baseline += f" ({ind.baseline_date.isoformat()})"
        target = format_number(ind.target_value, unit)
        if target and ind.target_date:
            target += " " + self.tr("by {0}").format(ind.target_date.isoformat())
        if not result.recorded:
            actual = self.tr("not recorded")
        elif result.period_value is None:
            actual = self.tr("No data")
        else:
            actual = format_number(result.period_value, unit)
        latest = ""
        if result.latest_period is not None:
            when = format_period(result.latest_period)
            latest = f"{format_number(result.variance.actual, unit)} ({when})"
        met = result.variance.met
        if ind.target_value is None:
            met_text = self.tr("No target")
        elif met is None:
            met_text = self.tr("— No data yet")
        else:
            met_text = self.tr("✓ Met") if met else self.tr("✗ Not met")
        cells = {
            "code": ind.code,
            "name": ind.name(lang),
            "owner": owner,
            "actual": actual,
            "latest": latest,
            "target": target,
            "variance": format_signed(result.variance.variance, unit),
            "met": met_text,
            "baseline": baseline,
            "direction": direction_label(ind.direction),
            "source": ind.data_source,
            "frequency": frequency_label(ind.frequency),
        }
        return tuple(cells[column] for column in self.COLUMNS)

    def result(self, row: int) -> IndicatorResult:
        return self._results[row]

    def row_of(self, indicator_id: int) -> int:
        return next((i for i, r in enumerate(self._results) if r.indicator.id == indicator_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cells)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return two_lines(self._title(section))
        return None

    def _title(self, section: int) -> str:
        return {
            "code": self.tr("Code"),
            "name": self.tr("Indicator"),
            "owner": self.tr("For"),
            "actual": self.tr("Actual this period"),
            "latest": self.tr("Latest actual"),
            "target": self.tr("Target"),
            "variance": self.tr("Variance"),
            "met": self.tr("Target met"),
            "baseline": self.tr("Baseline"),
            "direction": self.tr("Direction"),
            "source": self.tr("Data source"),
            "frequency": self.tr("Frequency"),
        }[self.COLUMNS[section]]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._cells[index.row()][index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and column == "met":
            met = self._met[index.row()]
            colour = NO_DATA_COLOUR if met is None else (MET_COLOUR if met else NOT_MET_COLOUR)
            return QBrush(QColor(colour))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("actual", "variance"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class IndicatorDialog(QDialog):
    """Add or change an indicator."""

    def __init__(
        self, view: PlanView, lang: str, values: dict[str, Any], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Indicator"))
        self.setMinimumWidth(560)
        self.owner = QComboBox()
        for objective in sorted(view.objectives.values(), key=lambda o: (o.code, o.id)):
            self.owner.addItem(
                self.tr("Objective {0} — {1}").format(objective.code, objective.title(lang)),
                ("objective_id", objective.id),
            )
        for action in view.ordered_actions:
            self.owner.addItem(
                self.tr("Action {0} — {1}").format(action.code, action.title(lang)),
                ("action_id", action.id),
            )
        self.code = QLineEdit()
        self.name_en = QLineEdit()
        self.name_fr = QLineEdit()
        self.unit = QLineEdit()
        self.unit.setPlaceholderText(self.tr("e.g. people, %, weeks"))
        self.baseline = QLineEdit()
        self.baseline_date = _optional_date()
        self.target = QLineEdit()
        self.target_date = _optional_date()
        self.direction = QComboBox()
        for direction in m.DIRECTIONS:
            self.direction.addItem(direction_label(direction), direction)
        self.source = QLineEdit()
        self.frequency = QComboBox()
        for frequency in m.FREQUENCIES:
            self.frequency.addItem(frequency_label(frequency), frequency)
        self.message = message_label()
        form = QFormLayout(self)
        form.addRow(self.tr("Measures"), self.owner)
        form.addRow(self.tr("Code"), self.code)
        form.addRow(self.tr("Indicator"), self.name_en)
        form.addRow(self.tr("Indicator (French)"), self.name_fr)
        form.addRow(self.tr("Unit"), self.unit)
        form.addRow(self.tr("Baseline"), _pair(self.baseline, self.baseline_date, self.tr("on")))
        form.addRow(self.tr("Target"), _pair(self.target, self.target_date, self.tr("by")))
        form.addRow(self.tr("Direction"), self.direction)
        form.addRow(self.tr("Data source"), self.source)
        form.addRow(self.tr("Frequency"), self.frequency)
        form.addRow(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._set(values)

    def _set(self, values: dict[str, Any]) -> None:
        owner = (
            ("objective_id", values["objective_id"])
            if values.get("objective_id")
            else ("action_id", values.get("action_id"))
        )
        index = self.owner.findData(owner)
        self.owner.setCurrentIndex(max(0, index))
        self.code.setText(values.get("code", ""))
        self.name_en.setText(values.get("name_en", ""))
        self.name_fr.setText(values.get("name_fr", ""))
        self.unit.setText(values.get("unit", ""))
        self.baseline.setText(editable_number(values.get("baseline_value")))
        self.target.setText(editable_number(values.get("target_value")))
        _set_date(self.baseline_date, values.get("baseline_date"))
        _set_date(self.target_date, values.get("target_date"))
        self.direction.setCurrentIndex(
            max(0, self.direction.findData(values.get("direction", "increase")))
        )
        self.source.setText(values.get("data_source", ""))
        self.frequency.setCurrentIndex(
            max(0, self.frequency.findData(values.get("frequency", "quarterly")))
        )

    def values(self) -> dict[str, Any]:
        owner_field, owner_id = self.owner.currentData() or ("objective_id", None)
        return {
            "objective_id": owner_id if owner_field == "objective_id" else None,
            "action_id": owner_id if owner_field == "action_id" else None,
            "code": self.code.text(),
            "name_en": self.name_en.text(),
            "name_fr": self.name_fr.text(),
            "unit": self.unit.text(),
            "baseline_value": _typed_or_text(self.baseline.text()),
            "baseline_date": _get_date(self.baseline_date),
            "target_value": _typed_or_text(self.target.text()),
            "target_date": _get_date(self.target_date),
            "direction": self.direction.currentData(),
            "data_source": self.source.text(),
            "frequency": self.frequency.currentData(),
        }

    def _accept(self) -> None:
        # Numbers are checked here so the dialog stays open on a typo like "N/A".
        for label, box in ((self.tr("Baseline"), self.baseline), (self.tr("Target"), self.target)):
            try:
                clean_float(typed_number(box.text()), label)
            except UnreadableNumber:
                show_message(
                    self.message,
                    f"{label}: {number_hint()} " + self.tr("Leave it empty if there is none."),
                )
                box.setFocus()
                return
            except UserError as error:
                show_message(
                    self.message,
                    str(error) + " " + self.tr("Leave it empty if there is none."),
                )
                box.setFocus()
                return
        if self.owner.currentData() is None:
            show_message(self.message, self.tr("Add an objective or an action first."))
            return
        self.accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        view: PlanView,
        lang: str,
        values: dict[str, Any] | None = None,
        error: str = "",
    ) -> dict[str, Any] | None:
        dialog = cls(view, lang, values or {}, parent)
        if error:
            show_message(dialog.message, error)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.values()


def _optional_date() -> DateEdit:
    edit = DateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(_tr("not set"))
    edit.setDate(NO_DATE)
    return edit


def _set_date(edit: DateEdit, day: date | None) -> None:
    edit.setDate(QDate(day.year, day.month, day.day) if day else NO_DATE)


def _get_date(edit: DateEdit) -> date | None:
    day = edit.date()
    if day == NO_DATE:
        return None
    return date(day.year(), day.month(), day.day())


def _pair(first: QWidget, second: QWidget, joint: str) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(first, 1)
    row.addWidget(QLabel(joint))
    row.addWidget(second)
    return row


class IndicatorsView(QWidget):
    """The plan's indicators for the period, and recording their actuals."""

    def __init__(self, context: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._selected: int | None = None
        # The stored actual the form shows (indicator, year, quarter) and its version.
        self._seen_of: tuple[int, int, int] | None = None
        self._seen: tracking.Seen | None = None
        # The form as read from the plan: what differs from it was typed and not recorded.
        self._loaded: tuple[bool, str, str] | None = None
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.add_button = QPushButton(self.tr("Add indicator…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        tools = QHBoxLayout()
        tools.addWidget(self.heading, 1)
        for button in (self.add_button, self.edit_button, self.delete_button):
            tools.addWidget(button)
        self.message = message_label()

        self.model = IndicatorsModel(self)
        self.table = row_table(self.model)
        for hidden in ("direction", "source", "frequency"):
            self.table.setColumnHidden(IndicatorsModel.COLUMNS.index(hidden), True)
        # Figures as wide as they are (long ones cut at `widest`), the name takes the rest:
        # nine columns fit the window's width without scrolling sideways.
        em = self.fontMetrics().horizontalAdvance("M")
        self.name_column = TitleColumn(
            self.table,
            self.table.horizontalHeader(),
            IndicatorsModel.COLUMNS.index("name"),
            minimum=250,
            fit_others=True,
            widest=14 * em,
        )

        self.actual_box = QGroupBox()
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.value_choice = QRadioButton(self.tr("&Value"))
        self.no_data_choice = QRadioButton(self.tr("No &data this period"))
        self.choice = QButtonGroup(self)
        self.choice.addButton(self.value_choice)
        self.choice.addButton(self.no_data_choice)
        self.value = QLineEdit()
        self.value.setPlaceholderText(self.tr("a number, e.g. 42 or 12.5"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("optional: where it comes from, why no data…"))
        self.save_actual = QPushButton(self.tr("Record actual"))
        self.clear_actual = QPushButton(self.tr("Remove this period's entry"))
        self.actual_message = message_label()
        value_row = QHBoxLayout()
        value_row.addWidget(self.value_choice)
        value_row.addWidget(self.value, 1)
        form = QFormLayout()
        form.addRow(value_row)
        form.addRow(self.no_data_choice)
        form.addRow(self.tr("Note"), self.note)
        # One button a row: side by side they held the panel at 400 px (French), and the
        # table lost its Target column off the side at 1280x800.
        save_row = QHBoxLayout()
        save_row.addStretch()
        save_row.addWidget(self.save_actual)
        clear_row = QHBoxLayout()
        clear_row.addStretch()
        clear_row.addWidget(self.clear_actual)
        # Below the table, the indicator on the left and its entry on the right.
        entry = QVBoxLayout()
        entry.addLayout(form)
        entry.addWidget(self.actual_message)
        entry.addLayout(save_row)
        entry.addLayout(clear_row)
        entry.addStretch()
        box_layout = QHBoxLayout(self.actual_box)
        box_layout.addWidget(self.details, 1, Qt.AlignmentFlag.AlignTop)
        box_layout.addLayout(entry, 1)

        self.empty_label = QLabel(
            self.tr(
                "No indicators yet. An indicator measures an objective or an action: add one "
                "with a baseline and a target, then record its actual each period."
            )
        )
        self.empty_label.setWordWrap(True)
        # The entry under the table, not beside it: beside, it left the table 740 px at
        # 1280x800 and Target, Variance and Met scrolled out of sight.
        splitter = self.splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.actual_box)
        splitter.setStretchFactor(0, 1)  # a bigger window gives the table more rows
        splitter.setStretchFactor(1, 0)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([1000, self.actual_box.sizeHint().height()])
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.message)
        layout.addWidget(self.empty_label)
        layout.addWidget(splitter, 1)

        self.add_button.clicked.connect(self.add_indicator)
        self.edit_button.clicked.connect(self.edit_indicator)
        self.delete_button.clicked.connect(self.delete_indicator)
        self.save_actual.clicked.connect(self.record_actual)
        self.clear_actual.clicked.connect(self.remove_actual)
        self.value.returnPressed.connect(self.record_actual)
        self.value.textEdited.connect(lambda _text: self.value_choice.setChecked(True))
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.doubleClicked.connect(lambda _index: self.edit_indicator())
        context.changed.connect(refresh_when_shown(self, self.refresh))
        context.language_changed.connect(self.refresh)  # bound: dropped when deleted
        self.refresh()

    # -- showing ------------------------------------------------------------------------
    def refresh(self) -> None:
        view = self.context.view()
        self.heading.setText(self.tr("Indicators — {0}").format(format_period(self.context.period)))
        self.model.set_results(view, indicator_results(view), self.context.lang)
        self.empty_label.setVisible(not self.model.rowCount())
        writable = not self.context.read_only
        self.add_button.setEnabled(writable)
        row = self.model.row_of(self._selected) if self._selected is not None else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._show_selected()

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        chosen = self.model.result(current.row()).indicator.id
        if chosen == self._selected:
            return  # the same indicator again (a refresh): its form stays as it is
        left, self._selected = self._selected, chosen
        # An indicator deleted meanwhile (an undo, another copy) has nothing to record to.
        still_there = left in self.context.view().indicators
        if left is not None and still_there and self.is_dirty and not self._record(left):
            # What was typed is kept, with the reason beside it, on the row it belongs to.
            self._selected = left
            QTimer.singleShot(0, self, self._reselect)
            return
        self._show_selected()

    def _reselect(self) -> None:
        if self._selected is not None:
            self.select(self._selected)

    def selected(self) -> IndicatorView | None:
        row = self.model.row_of(self._selected) if self._selected is not None else -1
        return self.model.result(row).indicator if row >= 0 else None

    def select(self, indicator_id: int) -> None:
        row = self.model.row_of(indicator_id)
        if row >= 0:
            self.table.selectRow(row)

    @property
    def is_dirty(self) -> bool:
        """True when the entry holds something typed and not recorded."""
        return self._loaded is not None and self._form_state() != self._loaded

    def _form_state(self) -> tuple[bool, str, str]:
        return (self.no_data_choice.isChecked(), self.value.text().strip(), self.note.text())

    def keep_pending(self) -> str:
        """Record the typed actual if there is one (the plan is closing, the period
        changing): "" when recorded or unchanged, else a phrase saying which actual cannot
        be recorded and why; the text stays in the form."""
        indicator = self.selected()
        if indicator is None or not self.is_dirty:
            return ""
        if self._record(indicator.id):
            return ""
        reason = self.actual_message.text() or self.tr("someone else changed it meanwhile")
        return self.tr("the actual of {0} for {1} cannot be recorded ({2}).").format(
            indicator.code, format_period(self.context.period), reason.rstrip(".")
        )

    def _show_selected(self) -> None:
        indicator = self.selected()
        writable = indicator is not None and not self.context.read_only
        problem = period_problem(self.context.view(), self.context.period, quarter_needed=False)
        for widget in (self.edit_button, self.delete_button):
            widget.setEnabled(writable)
        for widget in (
            self.value_choice,
            self.no_data_choice,
            self.value,
            self.note,
            self.save_actual,
            self.clear_actual,
        ):
            widget.setEnabled(writable and not problem)
        period = self.context.period
        slot = (
            self.tr("the whole year {0}").format(format_period(period))
            if period.quarter is None
            else format_period(period)
        )
        self.actual_box.setTitle(self.tr("Actual for {0}").format(slot))
        if indicator is None:
            self.details.setText(self.tr("Select an indicator."))
            self._loaded = None
            return
        lines = [f"{indicator.code} — {indicator.name(self.context.lang)}"]
        if indicator.unit:
            lines.append(self.tr("Unit: {0}").format(indicator.unit))
        if problem:
            lines.append(problem)
        self.details.setText("\n".join(lines))
        slot = (indicator.id, *period_slot(period))
        if self.is_dirty and slot == self._seen_of:
            return  # a refresh (another view's edit, another copy's save): the typing stays
        show_message(self.actual_message, "")
        # Read now, with its version, so recording notices any change made after this.
        self._seen_of = slot
        self._seen, (recorded, value, note) = tracking.indicator_value_seen(
            self.context.db, *self._seen_of
        )
        if recorded and value is None:
            self.no_data_choice.setChecked(True)
            self.value.clear()
        else:
            self.value_choice.setChecked(True)
            self.value.setText(editable_number(value) if recorded else "")
        self.note.setText(note)
        self._loaded = self._form_state()
        self.clear_actual.setEnabled(self.clear_actual.isEnabled() and recorded)

    # -- actuals ---------------------------------------------------------------------------
    def record_actual(self) -> bool:
        """Record the typed number, or "no data", as the selected indicator's actual for
        the period; False (the reason shown beside the entry) when it is not recorded."""
        indicator = self.selected()
        return indicator is not None and self._record(indicator.id)

    def _record(self, indicator_id: int) -> bool:
        """Record what the entry holds as the actual of `indicator_id`, the indicator whose
        actual the form was showing (when the selection moves on, the one it left)."""
        indicator = self.context.view().indicators.get(indicator_id)
        if indicator is None:
            return False
        if self.no_data_choice.isChecked():
            value: float | None = None
        else:
            text = self.value.text().strip()
            if not text:
                show_message(
                    self.actual_message,
                    self.tr("Type the actual as a number, or choose “No data this period”."),
                )
                self.value.setFocus()
                return False
            try:
                value = clean_float(typed_number(text), self.tr("Actual value"))
            except UnreadableNumber:
                show_message(
                    self.actual_message,
                    number_hint() + " " + self.tr("If there is no figure, choose “No data”."),
                )
                self.value.setFocus()
                return False
            except UserError as error:
                show_message(
                    self.actual_message,
                    str(error) + " " + self.tr("If there is no figure, choose “No data”."),
                )
                self.value.setFocus()
                return False
        text = (
            self.tr("No data for {0} in {1}") if value is None else self.tr("Actual of {0} for {1}")
        ).format(indicator.code, format_period(self.context.period))
        return self._push_actual(indicator.id, True, value, self.note.text(), text)

    def remove_actual(self) -> None:
        indicator = self.selected()
        if indicator is not None:
            self._push_actual(
                indicator.id,
                False,
                None,
                "",
                self.tr("Remove the actual of {0} for {1}").format(
                    indicator.code, format_period(self.context.period)
                ),
            )

    def _push_actual(
        self, indicator_id: int, recorded: bool, value: float | None, note: str, text: str
    ) -> bool:
        db = self.context.db
        year, quarter = period_slot(self.context.period)
        before: list[tracking.IndicatorActual] = []

        seen = self._seen if self._seen_of == (indicator_id, year, quarter) else None

        def apply() -> None:
            previous = tracking.set_indicator_value(
                db,
                indicator_id,
                year,
                quarter,
                value,
                note,
                recorded=recorded,
                seen=None if before else seen,  # a redo puts back what it wrote
            )
            if not before:
                before.append(previous)

        def revert() -> None:
            was_recorded, old_value, old_note = before[0]
            tracking.set_indicator_value(
                db, indicator_id, year, quarter, old_value, old_note, recorded=was_recorded
            )

        # Pushed, the views refresh: the form is then read back from the plan, not kept.
        typed, self._loaded = self._loaded, None
        error = push_command(self.context, FunctionCommand(self.context, text, apply, revert))
        if error is not None and self._loaded is None:
            self._loaded = typed  # not recorded: still typed and not recorded
        if isinstance(error, ConflictError):
            choice = ConflictDialog.ask(
                self,
                self.tr("The actual of the indicator for {0}").format(
                    format_period(self.context.period)
                ),
            )
            if choice == "mine":
                self._seen = None
                return self._push_actual(indicator_id, recorded, value, note, text)
            if choice == "theirs":
                self._loaded = None  # theirs replaces what was typed
                self.context.reload()
            return False
        if error is not None:
            show_message(self.actual_message, str(error))
            return False
        show_message(self.actual_message, self.tr("Recorded."), OK_STYLE)
        return True

    # -- indicators ----------------------------------------------------------------------
    def add_indicator(self) -> None:
        view = self.context.view()
        values: dict[str, Any] = {"code": self._next_code(view)}
        indicator = self.selected()
        if indicator is not None:  # new ones start next to the selected one
            values["objective_id"], values["action_id"] = (
                indicator.objective_id,
                indicator.action_id,
            )
        error = ""
        while True:
            answer = IndicatorDialog.ask(self, view, self.context.lang, values, error)
            if answer is None:
                return
            command = CreateCommand(
                self.context,
                "indicator",
                answer,
                self.tr("Add indicator {0}").format(answer.get("code", "")),
            )
            failure = push_command(self.context, command)
            if failure is None:
                if command.item_id is not None:
                    self._selected = command.item_id
                    self.select(command.item_id)
                return
            values, error = answer, str(failure)

    def edit_indicator(self) -> None:
        indicator = self.selected()
        if indicator is None or self.context.read_only:
            return
        view = self.context.view()
        values: dict[str, Any] = {
            name: getattr(indicator, name)
            for name in (
                "objective_id",
                "action_id",
                "code",
                "name_en",
                "name_fr",
                "unit",
                "baseline_value",
                "baseline_date",
                "target_value",
                "target_date",
                "direction",
                "data_source",
                "frequency",
            )
        }
        error = ""
        while True:
            answer = IndicatorDialog.ask(self, view, self.context.lang, values, error)
            if answer is None:
                return
            failure = push_command(
                self.context,
                EditCommand(
                    self.context,
                    "indicator",
                    indicator.id,
                    answer,
                    self.tr("Edit indicator {0}").format(indicator.code),
                ),
            )
            if failure is None:
                return
            values, error = answer, str(failure)

    def delete_indicator(self) -> None:
        indicator = self.selected()
        if indicator is None or self.context.read_only:
            return
        count = len(indicator.values)
        question = self.tr("Delete the indicator {0} “{1}”?").format(
            indicator.code, indicator.name(self.context.lang)
        )
        if count:
            question += " " + self.tr("Its {0} recorded value(s) go with it.").format(count)
        question += " " + self.tr("You can undo this.")
        if (
            QMessageBox.question(self, self.tr("Delete indicator"), question)
            != QMessageBox.StandardButton.Yes
        ):
            return
        self._selected = None
        error = push_command(
            self.context,
            DeleteCommand(
                self.context,
                "indicator",
                indicator.id,
                self.tr("Delete indicator {0}").format(indicator.code),
            ),
        )
        if error is not None:
            show_message(self.message, str(error))

    @staticmethod
    def _next_code(view: PlanView) -> str:
        used = {i.code.upper() for i in view.indicators.values()}
        number = len(used) + 1
        while f"I{number}" in used:
            number += 1
        return f"I{number}"
