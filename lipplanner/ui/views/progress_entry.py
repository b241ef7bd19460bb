"""Fast entry for the quarterly round: one lead partner's (or priority's) actions in a list,
the selected action's update for the period in a form beside it, no dialog per row.

Enter saves and moves to the next action (Ctrl+Enter inside the text boxes); Tab moves
between fields. Moving to another action keeps what was typed: a changed form is saved
first, and stays put with the message if the save is refused. Each save is one undoable
command.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from lipplanner.core.changes import PARTNER_FIELDS, PLACE_FIELDS, PROGRESS, Change, Changes, ids_of
from lipplanner.core.errors import ConflictError, UserError
from lipplanner.core.periods import Period
from lipplanner.core.progress import action_percent
from lipplanner.core.services import editing, tracking
from lipplanner.core.services.editing import Snapshot
from lipplanner.core.services.plan_view import PlanView, UpdateView
from lipplanner.core.services.progress_round import previous_updates
from lipplanner.ui.context import PlanContext
from lipplanner.ui.dialogs.editing import ConflictDialog
from lipplanner.ui.i18n import format_period
from lipplanner.ui.settings import user_name
from lipplanner.ui.style import percent_text
from lipplanner.ui.undo import ServiceCommand, push_command
from lipplanner.ui.views.deferred import refresh_when_shown
from lipplanner.ui.views.progress_common import (
    ERROR_STYLE,
    INFO_STYLE,
    OK_STYLE,
    message_label,
    percent_problem,
    period_problem,
    row_table,
    show_message,
    status_percent_warning,
    swatch,
)
from lipplanner.ui.views.progress_common import tr as _tr
from lipplanner.ui.widgets.fields import DateEdit, PercentSpin

_Index = QModelIndex | QPersistentModelIndex
TEXT_FIELDS = ("outputs", "successes", "challenges", "next_steps")


class SaveUpdateCommand(ServiceCommand):
    """Create or change an action's update for one quarter; undo deletes the created
    update or puts the previous values back."""

    def __init__(
        self,
        context: PlanContext,
        action_id: int,
        period: Period,
        values: dict[str, Any],
        text: str,
        *,
        seen: tracking.Seen | None = None,
    ) -> None:
        super().__init__(context, text)
        self.action_id, self.period, self.values = action_id, period, dict(values)
        # What the form was filled from: a change saved by someone else since is a conflict.
        self.seen = seen
        self.update_id: int | None = None
        self.previous: dict[str, Any] | None = None  # None: the update was created
        self._snapshot: Snapshot | None = None

    def what_changed(self, undone: bool) -> Changes:
        return (Change.of(PROGRESS, [self.action_id]),)  # the action's health, nothing else

    def apply(self) -> None:
        db = self.context.db
        if self._snapshot is not None:  # redo after undoing a creation: same row back
            editing.restore(db, self._snapshot)
            self._snapshot = None
            return
        if self._done_once:
            assert self.update_id is not None
            editing.update(db, "progress_update", self.update_id, self.values)
            return
        self.update_id, self.previous = tracking.save_period_update(
            db, self.action_id, self.period, self.values, seen=self.seen
        )
        if self.previous == {}:  # nothing changed: keep it off the undo stack
            self.setObsolete(True)

    def revert(self) -> None:
        assert self.update_id is not None
        if self.previous is None:
            self._snapshot = editing.delete(
                self.context.db, "progress_update", self.update_id, to_trash=False
            )
        else:
            editing.update(self.context.db, "progress_update", self.update_id, self.previous)


class RoundActionsModel(QAbstractTableModel):
    """The actions of one lead partner or priority, with where they stand this period."""

    CODE, ACTION, STATUS, PERCENT, REPORTED = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # (action id, code, title, status label, colour, percent shown, reported?, due?);
        # the percent is None for an ongoing activity, as in the Plan.
        self._rows: list[tuple[int, str, str, str, str, int | None, bool, bool]] = []

    def set_actions(self, view: PlanView, action_ids: list[int], lang: str) -> None:
        rows = []
        for action_id in action_ids:
            action, health = view.actions[action_id], view.health[action_id]
            status = view.statuses[health.status_id]
            rows.append(
                (
                    action_id,
                    action.code,
                    action.title(lang),
                    status.label(lang),
                    status.colour,
                    action_percent(status.info, health.percent_complete),
                    health.in_period,
                    health.stale,
                )
            )
        if [r[0] for r in rows] == [r[0] for r in self._rows]:
            self._rows = rows
            if rows:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(rows) - 1, self.columnCount() - 1)
                )
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def action_id(self, row: int) -> int:
        return self._rows[row][0]

    def row_of(self, action_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r[0] == action_id), -1)

    def first_due_row(self) -> int:
        """The first action still owing an update (else the first one)."""
        due = (i for i, r in enumerate(self._rows) if r[7] and not r[6])
        return next(due, 0 if self._rows else -1)

    def reported_count(self) -> int:
        return sum(r[6] for r in self._rows)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Code"),
                self.tr("Action"),
                self.tr("Status"),
                self.tr("Done"),
                self.tr("This period"),
            )[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        _id, code, title, status, colour, percent, reported, due = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.CODE:
                return code
            if column == self.ACTION:
                return title
            if column == self.STATUS:
                return status
            if column == self.PERCENT:
                return self.tr("Ongoing") if percent is None else percent_text(percent)
            if column == self.REPORTED:
                if reported:
                    return self.tr("✓ Reported")
                return self.tr("Due") if due else self.tr("Not due")
        elif role == Qt.ItemDataRole.DecorationRole and column == self.STATUS:
            return swatch(colour)
        elif role == Qt.ItemDataRole.ToolTipRole and column == self.ACTION:
            return title
        elif role == Qt.ItemDataRole.TextAlignmentRole and column == self.PERCENT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        elif role == Qt.ItemDataRole.FontRole and column == self.REPORTED and not reported and due:
            font = QFont()
            font.setBold(True)
            return font
        return None


class ProgressEntryView(QWidget):
    """The quarterly round, one action after another."""

    def __init__(self, context: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._action_id: int | None = None
        self._loaded: dict[str, Any] = {}  # the form as last loaded: tells what changed
        self._seen: tracking.Seen | None = None  # the stored update the form shows
        # Each action's latest update before the period, read when the action is shown
        # (reading all 20,000 at once held 20 MB for the one on screen).
        self._previous: dict[int, UpdateView | None] = {}
        self._building = False

        self.mode = QComboBox()
        self.mode.addItem(self.tr("Lead partner"), "partner")
        self.mode.addItem(self.tr("Priority"), "priority")
        self.group = QComboBox()
        self.group.setMinimumContentsLength(30)
        self.group.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.heading = QLabel()
        heading_font = self.heading.font()
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.25)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.tally = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Actions of")))
        top.addWidget(self.mode)
        top.addWidget(self.group, 1)
        top.addStretch()
        top.addWidget(self.tally)

        self.model = RoundActionsModel(self)
        self.table = row_table(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(RoundActionsModel.ACTION, QHeaderView.ResizeMode.Stretch)

        self.form_box = QGroupBox()
        self.status = QComboBox()
        self.percent = PercentSpin()
        self.percent.setAccelerated(True)
        self.texts: dict[str, QPlainTextEdit] = {}
        for name in TEXT_FIELDS:
            box = QPlainTextEdit()
            box.setTabChangesFocus(True)
            box.setMinimumHeight(54)
            box.setMaximumHeight(110)
            self.texts[name] = box
        self.reported_by = QLineEdit()
        self.reported_on = DateEdit()
        self.reported_on.setCalendarPopup(True)
        self.reported_on.setDisplayFormat("yyyy-MM-dd")
        self.last_quarter = QLabel()
        self.last_quarter.setWordWrap(True)
        self.last_quarter.setStyleSheet("QLabel { color: #555; }")
        self.doubt = message_label()  # status and percent at odds: a word, not a refusal
        self.doubt.setObjectName("doubt")
        self.doubt.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.message = message_label()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(QLabel(self.tr("Percent complete")))
        status_row.addWidget(self.percent)
        status_label = QLabel(self.tr("&Status"))
        status_label.setBuddy(self.status)
        form.addRow(status_label, status_row)
        form.addRow(self.doubt)  # the whole width: a narrow wrapped label lost its end
        form.addRow(self.tr("&Outputs achieved"), self.texts["outputs"])
        form.addRow(self.tr("S&uccesses"), self.texts["successes"])
        form.addRow(self.tr("&Challenges"), self.texts["challenges"])
        form.addRow(self.tr("&Next steps"), self.texts["next_steps"])
        who_row = QHBoxLayout()
        who_row.addWidget(self.reported_by, 1)
        who_row.addWidget(QLabel(self.tr("on")))
        who_row.addWidget(self.reported_on)
        who_label = QLabel(self.tr("&Reported by"))
        who_label.setBuddy(self.reported_by)
        form.addRow(who_label, who_row)

        self.copy_button = QPushButton(self.tr("Copy last quarter's values"))
        self.previous_button = QPushButton(self.tr("◀ Previous"))
        self.next_button = QPushButton(self.tr("Next ▶"))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_next_button = QPushButton(self.tr("Save and next"))
        self.save_next_button.setDefault(True)
        self.save_next_button.setToolTip(self.tr("Enter (Ctrl+Enter in a text box)"))
        # Copying on a row of its own: one row of five buttons ("Enregistrer et passer à
        # la suivante") made the form so wide the list of actions lost its columns.
        copy_row = QHBoxLayout()
        copy_row.addWidget(self.copy_button)
        copy_row.addStretch()
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.previous_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.save_next_button)

        box_layout = QVBoxLayout(self.form_box)
        box_layout.addWidget(self.last_quarter)
        box_layout.addLayout(form)
        box_layout.addWidget(self.message)
        box_layout.addLayout(copy_row)
        box_layout.addLayout(buttons)
        box_layout.addStretch()

        self.period_message = message_label()
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()
        splitter = self.splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.form_box)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        # The list a little wider than before: its Done column now reads “En continu”.
        splitter.setSizes([640, 760])
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addWidget(self.period_message)
        layout.addWidget(self.empty_label)
        layout.addWidget(splitter, 1)

        self.mode.currentIndexChanged.connect(self._fill_groups)
        self.group.currentIndexChanged.connect(self._show_group)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.status.currentIndexChanged.connect(self._status_chosen)
        self.percent.valueChanged.connect(self._check_percent)
        self.copy_button.clicked.connect(self.copy_last_quarter)
        self.previous_button.clicked.connect(lambda: self.go(-1))
        self.next_button.clicked.connect(lambda: self.go(+1))
        self.save_button.clicked.connect(self.save)
        self.save_next_button.clicked.connect(self.save_and_next)
        for widget in (self.percent, self.reported_by, self.reported_on, self.status):
            widget.installEventFilter(self)
        for box in self.texts.values():
            box.installEventFilter(self)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save_and_next)
        context.changed.connect(refresh_when_shown(self, self.refresh, self.patch))
        context.language_changed.connect(self.refresh)  # bound: dropped when deleted
        self.refresh()

    # -- what is shown --------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read the plan (after any change, or a new period) keeping the place."""
        view = self.context.view()
        self._previous = {}
        self.heading.setText(
            self.tr("Quarterly round — progress for {0}").format(format_period(self.context.period))
        )
        problem = period_problem(view, self.context.period, quarter_needed=True)
        show_message(self.period_message, problem)
        self._fill_statuses(view)
        self._fill_groups()

    def patch(self, changes: tuple[Change, ...]) -> None:
        """An edited action or its progress: the list's rows and the due counts of the
        lead partners concerned, keeping the place; anything else refreshes."""
        if any(
            c.kind != "changed"
            or c.entity not in ("action", PROGRESS)
            or (
                c.entity == "action"
                and (not c.fields or c.fields & (PLACE_FIELDS | PARTNER_FIELDS))
            )
            for c in changes
        ):
            self.refresh()
            return
        view = self.context.view()
        if self.mode.currentData() == "partner":
            for action_id in ids_of(changes, "action", PROGRESS):
                lead = view.actions[action_id].lead_partner_id
                index = self.group.findData(lead) if lead is not None else -1
                if index >= 0:
                    self.group.setItemText(index, self._partner_label(view, lead))
        self._show_group()

    def _partner_label(self, view: PlanView, partner_id: int) -> str:
        """A lead partner in the list: its name and how many of its actions are due."""
        due = sum(view.health[a].stale for a in view.led_by[partner_id])
        label = view.partners[partner_id].name(self.context.lang)
        if due:
            label += " — " + self.tr("{0} due").format(due)
        return label

    @property
    def can_record(self) -> bool:
        return not self.period_message.text()

    def _fill_statuses(self, view: PlanView) -> None:
        current = self.status.currentData()
        self._building = True
        self.status.clear()
        for status in sorted(view.statuses.values(), key=lambda s: (s.position, s.id)):
            self.status.addItem(swatch(status.colour), status.label(self.context.lang), status.id)
        if current is not None:
            self.status.setCurrentIndex(max(0, self.status.findData(current)))
        self._building = False

    def _fill_groups(self) -> None:
        view, lang = self.context.view(), self.context.lang
        current = self.group.currentData()
        self._building = True
        self.group.clear()
        if self.mode.currentData() == "partner":
            led = view.led_by
            partners = sorted(
                (view.partners[p] for p in led if p in view.partners),
                key=lambda p: p.name(lang).casefold(),
            )
            for partner in partners:
                self.group.addItem(self._partner_label(view, partner.id), partner.id)
        else:
            for priority in view.ordered_priorities:
                self.group.addItem(f"{priority.code} {priority.title(lang)}", priority.id)
        index = self.group.findData(current) if current is not None else -1
        self.group.setCurrentIndex(index if index >= 0 else (0 if self.group.count() else -1))
        self._building = False
        self._show_group()

    def _group_actions(self, view: PlanView) -> list[int]:
        group = self.group.currentData()
        if group is None:
            return []
        if self.mode.currentData() == "partner":
            return list(view.led_by.get(group, []))
        return [a.id for a in view.actions_of_priority(group)]

    def _show_group(self) -> None:
        if self._building:
            return
        view = self.context.view()
        keep = self._action_id
        self.model.set_actions(view, self._group_actions(view), self.context.lang)
        reported = self.model.reported_count()
        self.tally.setText(
            self.tr("{0} of {1} reported for {2}").format(
                reported, self.model.rowCount(), format_period(self.context.period)
            )
        )
        if not self.model.rowCount():
            self.empty_label.setText(
                self.tr("No lead partner has actions yet.")
                if self.mode.currentData() == "partner"
                else self.tr("This priority has no actions yet.")
            )
        self.empty_label.setVisible(not self.model.rowCount())
        row = self.model.row_of(keep) if keep is not None else -1
        if row < 0:
            row = self.model.first_due_row()
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            if self.model.action_id(row) == self._action_id and not self.is_dirty:
                self._load(self._action_id)  # same action: show the saved values
        else:
            self._load(None)

    def _row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._building or not current.isValid():
            return
        action_id = self.model.action_id(current.row())
        if action_id == self._action_id:
            return
        if self.is_dirty and self._action_id is not None and not self._save_current():
            # Keep the user on the row whose values could not be saved.
            self._building = True
            self.table.selectionModel().setCurrentIndex(
                previous,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self._building = False
            return
        self._load(action_id)

    # -- the form ---------------------------------------------------------------------------
    def _load(self, action_id: int | None) -> None:
        """Show the period's update of an action, or a starting point for a new one."""
        self._action_id = action_id
        show_message(self.message, "")
        enabled = action_id is not None and self.can_record and not self.context.read_only
        for widget in self._inputs():
            widget.setEnabled(enabled)
        for button in (self.copy_button, self.save_button, self.save_next_button):
            button.setEnabled(enabled)
        if action_id is None:
            self.form_box.setTitle(self.tr("No action selected"))
            self.last_quarter.setText("")
            self._loaded = {}
            return
        view, lang = self.context.view(), self.context.lang
        action, health = view.actions[action_id], view.health[action_id]
        self.form_box.setTitle(f"{action.code} — {action.title(lang)}")
        # Read now, with its version, so a save notices any change made after this.
        self._seen, stored = tracking.period_update_seen(
            self.context.db, action_id, self.context.period
        )
        previous = self.previous_update(action_id)
        if previous is not None:
            status = view.statuses[previous.status_id]
            self.last_quarter.setText(
                self.tr("Last update ({0}): {1}, {2} — reported by {3}").format(
                    format_period(previous.period),
                    status.label(lang),
                    percent_text(previous.percent_complete),
                    previous.reported_by or self.tr("unknown"),
                )
            )
        else:
            self.last_quarter.setText(self.tr("No earlier update for this action."))
        if stored:
            values: dict[str, Any] = stored
        else:
            # A starting point: where the action stands now, reported by its lead's main
            # contact, else by whoever reported last time, else by the coordinator.
            partner = view.partners.get(action.lead_partner_id or 0)
            contact = partner.main_contact if partner else None
            reporter = (
                (contact.name if contact else "")
                or (previous.reported_by if previous else "")
                or user_name()
            )
            values = {
                "status_id": health.status_id,
                "percent_complete": health.percent_complete,
                **dict.fromkeys(TEXT_FIELDS, ""),
                "reported_by": reporter,
                "reported_on": date.today(),
            }
        self._set_form(values)
        self._loaded = self.form_values()

    def _inputs(self) -> list[QWidget]:
        return [self.status, self.percent, *self.texts.values(), self.reported_by, self.reported_on]

    def _set_form(self, values: dict[str, Any]) -> None:
        self._building = True
        self.status.setCurrentIndex(max(0, self.status.findData(values["status_id"])))
        self.percent.setValue(int(values["percent_complete"]))
        for name in TEXT_FIELDS:
            self.texts[name].setPlainText(values[name] or "")
        self.reported_by.setText(values["reported_by"] or "")
        day = values["reported_on"] or date.today()
        self.reported_on.setDate(QDate(day.year, day.month, day.day))
        self._building = False
        self._check_percent()

    def form_values(self) -> dict[str, Any]:
        """What the form holds, as the service's fields."""
        day = self.reported_on.date()
        return {
            "status_id": self.status.currentData(),
            "percent_complete": self.percent.value(),
            **{name: self.texts[name].toPlainText() for name in TEXT_FIELDS},
            "reported_by": self.reported_by.text(),
            "reported_on": date(day.year(), day.month(), day.day()),
        }

    @property
    def is_dirty(self) -> bool:
        return (
            self._action_id is not None
            and bool(self._loaded)
            and (self.form_values() != self._loaded)
        )

    def _status_chosen(self) -> None:
        if self._building:
            return
        status = self.context.view().statuses.get(self.status.currentData())
        if status is not None and status.kind == "completed":
            self.percent.setValue(100)  # a completed action is done, whatever was typed
        self._check_percent()

    def _check_percent(self) -> None:
        """Say at once when the percent is out of bounds (it will not save) or at odds
        with the status (it will: the coordinator may know better)."""
        if self._building:
            return
        percent = self.percent.value()
        status = self.context.view().statuses.get(self.status.currentData())
        problem = percent_problem(percent)
        doubt = status_percent_warning(status.kind, percent) if status else ""
        show_message(self.doubt, problem or doubt, ERROR_STYLE if problem else INFO_STYLE)

    def previous_update(self, action_id: int) -> UpdateView | None:
        """The action's latest update before the period (None: there is none)."""
        if action_id not in self._previous:
            period = self.context.period
            found = (
                {}
                if period.quarter is None
                else previous_updates(self.context.db, period, [action_id])
            )
            self._previous[action_id] = found.get(action_id)
        return self._previous[action_id]

    def copy_last_quarter(self) -> None:
        """Fill the form from the action's latest earlier update (the date stays today)."""
        if self._action_id is None:
            return
        previous = self.previous_update(self._action_id)
        if previous is None:
            show_message(
                self.message,
                self.tr("There is no earlier update to copy for this action."),
                INFO_STYLE,
            )
            return
        values = {name: getattr(previous, name) for name in tracking.UPDATE_FIELDS}
        values["reported_on"] = self.form_values()["reported_on"]
        self._set_form(values)
        show_message(
            self.message,
            self.tr("Copied from {0}; change what is new, then save.").format(
                format_period(previous.period)
            ),
            INFO_STYLE,
        )

    # -- saving and moving ---------------------------------------------------------------
    def save(self) -> bool:
        """Save the form as the action's update for the period; True when it was saved."""
        if self._action_id is None:
            return False
        return self._save_current()

    def _save_current(self, *, over_theirs: bool = False) -> bool:
        assert self._action_id is not None
        period = self.context.period
        problem = period_problem(self.context.view(), period, quarter_needed=True)
        if problem:
            show_message(self.message, problem)
            return False
        values = self.form_values()
        problem = percent_problem(values["percent_complete"])
        if problem:
            show_message(self.message, problem)
            self.percent.setFocus()
            return False
        if values["status_id"] is None:
            show_message(self.message, self.tr("Choose a status from the list."))
            self.status.setFocus()
            return False
        action = self.context.view().actions[self._action_id]
        command = SaveUpdateCommand(
            self.context,
            self._action_id,
            period,
            values,
            _tr("Progress of {0} for {1}").format(action.code, format_period(period)),
            seen=None if over_theirs else self._seen,
        )
        saved_id = self._action_id
        error = push_command(self.context, command)
        if isinstance(error, ConflictError):
            return self._settle_conflict(action.code)
        if error is not None:
            self._show_error(error)
            return False
        if self._action_id == saved_id:
            self._loaded = self.form_values()
            self._seen, _stored = tracking.period_update_seen(self.context.db, saved_id, period)
            show_message(
                self.message,
                self.tr("Saved {0}'s update for {1}.").format(action.code, format_period(period)),
                OK_STYLE,
            )
        return True

    def keep_pending(self) -> str:
        """Save the form if something was typed and not saved (the plan is closing): ""
        when it is saved or unchanged, else a phrase saying which update cannot be saved
        and why; the text stays in the form."""
        if self._action_id is None or not self.is_dirty:
            return ""
        if self._save_current():
            return ""
        action = self.context.view().actions[self._action_id]
        reason = self.message.text() or self.tr("someone else changed it meanwhile")
        return self.tr("the update of {0} for {1} cannot be saved ({2}).").format(
            action.code, format_period(self.context.period), reason.rstrip(".")
        )

    def _settle_conflict(self, code: str) -> bool:
        """Someone else saved this quarter's update meanwhile: keep theirs or mine."""
        choice = ConflictDialog.ask(
            self,
            self.tr("The update of {0} for {1}").format(code, format_period(self.context.period)),
        )
        if choice == "mine":
            return self._save_current(over_theirs=True)
        if choice == "theirs":
            action_id = self._action_id
            self.context.reload()
            self._load(action_id)
        return False

    def _show_error(self, error: UserError) -> None:
        show_message(self.message, str(error))
        field = getattr(error, "field", None)
        target: QWidget | None = {
            "status_id": self.status,
            "percent_complete": self.percent,
            "reported_by": self.reported_by,
            "reported_on": self.reported_on,
            **self.texts,
        }.get(field or "")
        if target is not None:
            target.setFocus()

    def save_and_next(self) -> None:
        if self._action_id is not None and self.save():
            self.go(+1)

    def go(self, step: int) -> None:
        """Move to the next or previous action (a changed form is saved first)."""
        row = self.model.row_of(self._action_id) if self._action_id is not None else -1
        target = row + step
        if not 0 <= target < self.model.rowCount():
            if step > 0 and row >= 0:
                show_message(
                    self.message,
                    self.tr("That was the last action of this list."),
                    INFO_STYLE,
                )
            return
        self.table.selectionModel().setCurrentIndex(
            self.model.index(target, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        if self.model.action_id(target) == self._action_id:
            self.status.setFocus()

    def select_action(self, action_id: int) -> None:
        """Show an action (switching the list to its lead partner or priority)."""
        view = self.context.view()
        action = view.actions[action_id]
        key = action.lead_partner_id if self.mode.currentData() == "partner" else None
        if self.mode.currentData() == "partner" and key is None:
            self.mode.setCurrentIndex(self.mode.findData("priority"))
        if self.mode.currentData() == "priority":
            key = action.priority_id
        self.group.setCurrentIndex(self.group.findData(key))
        row = self.model.row_of(action_id)
        if row >= 0:
            self.table.selectRow(row)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter saves and moves on (in the text boxes Ctrl+Enter, Enter is a new line)."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                in_text = isinstance(watched, QPlainTextEdit)
                ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
                if ctrl or not in_text:
                    self.save_and_next()
                    return True
        return super().eventFilter(watched, event)
