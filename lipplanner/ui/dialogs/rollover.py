"""Plan → Start next fiscal year…: preview the roll-over, then apply it as one undoable step.

The preview says what is carried over into the next annual action plan (with the
indicators' baselines and targets), what is closed (completed or discontinued), and
what needs attention first; nothing changes until the coordinator presses Start.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lipplanner.core.errors import UserError
from lipplanner.core.periods import Period
from lipplanner.core.services.rollover import (
    RolloverItem,
    RolloverPreview,
    RolloverUndo,
    apply_rollover,
    preview_rollover,
    undo_rollover,
)
from lipplanner.ui.context import PlanContext
from lipplanner.ui.i18n import format_fiscal_year
from lipplanner.ui.undo import ServiceCommand, push_command

# Codes named in a warning before "and N more".
_LISTED = 8


def tr(text: str) -> str:
    return QCoreApplication.translate("rollover", text)


def _codes(codes: tuple[str, ...]) -> str:
    shown = ", ".join(codes[:_LISTED])
    more = len(codes) - _LISTED
    return (
        shown if more <= 0 else tr("%1 and %2 more").replace("%1", shown).replace("%2", str(more))
    )


def _date(day: date | None) -> str:
    if day is None:
        return ""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def _number(value: float | None) -> str:
    if value is None:
        return "—"
    return QLocale().toString(value, "g", 12)


class RolloverCommand(ServiceCommand):
    """Start the next fiscal year; undo puts the previous annual plan back."""

    def __init__(self, context: PlanContext, preview: RolloverPreview, extend_plan: bool) -> None:
        super().__init__(
            context, tr("Start fiscal year %1").replace("%1", format_fiscal_year(preview.to_year))
        )
        self.preview = preview
        self.extend_plan = extend_plan
        self.undo_info: RolloverUndo | None = None

    def apply(self) -> None:
        self.undo_info = apply_rollover(self.context.db, self.preview, extend_plan=self.extend_plan)

    def revert(self) -> None:
        assert self.undo_info is not None
        undo_rollover(self.context.db, self.undo_info)


class RolloverDialog(QDialog):
    """The preview of a roll-over, with the choice of year before the first one."""

    def __init__(self, context: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.preview: RolloverPreview | None = None
        view = context.view()
        self.setWindowTitle(self.tr("Start next fiscal year"))
        self.setMinimumSize(720, 520)

        self.year = QComboBox(self)
        self.year.setAccessibleName(self.tr("Year that ends"))
        plan = view.plan
        # Before the first roll-over any year of the plan can be the one that ends.
        years = plan.years if plan.current_year is None else [plan.current_year]
        for year in years:
            self.year.addItem(format_fiscal_year(year), year)
        self.year.setCurrentIndex(max(0, self.year.findData(view.current_year)))
        self.year.setEnabled(len(years) > 1)
        form = QFormLayout()
        form.addRow(self.tr("&Annual action plan that ends:"), self.year)

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.notes = QLabel(self)
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        # Fixed colours on both sides: readable with light and dark desktop themes.
        self.notes.setStyleSheet(
            "QLabel { color: #3d2c00; background: #fff4e5; border: 1px solid #f0c36d; "
            "border-radius: 4px; padding: 6px; }"
        )
        self.extend = QCheckBox(self)
        self.extend.toggled.connect(self._update_buttons)

        self.items = QTreeWidget(self)
        self.items.setColumnCount(5)
        self.items.setHeaderLabels(
            [self.tr("Action"), self.tr("Status"), self.tr("Complete"), self.tr("End"), ""]
        )
        self.items.setColumnHidden(4, True)
        self.items.setUniformRowHeights(True)
        self.items.setAlternatingRowColors(True)
        header = self.items.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.start = QPushButton(self)
        self.start.setDefault(True)
        self.buttons.addButton(self.start, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.notes)
        layout.addWidget(self.extend)
        layout.addWidget(self.items, 1)
        layout.addWidget(self.buttons)
        self.year.currentIndexChanged.connect(self._load)
        self._load()

    # -- the preview ----------------------------------------------------------------------
    def _load(self, *_args: object) -> None:
        year = self.year.currentData()
        self.items.clear()
        self.extend.setChecked(False)
        try:
            self.preview = preview_rollover(self.context.db, int(year))
        except UserError as error:
            self.preview = None
            self.summary.setText(str(error))
            self.notes.hide()
            self.extend.hide()
            self.start.setText(self.tr("Start"))
            self._update_buttons()
            return
        preview = self.preview
        next_label = format_fiscal_year(preview.to_year)
        self.start.setText(self.tr("&Start %1").replace("%1", next_label))
        self.summary.setText(self._summary(preview))
        notes = self._notes(preview)
        self.notes.setText("\n\n".join(notes))
        self.notes.setVisible(bool(notes))
        self.extend.setText(
            self.tr("E&xtend the plan to %1 (it now ends with %2)")
            .replace("%1", next_label)
            .replace("%2", format_fiscal_year(preview.last_year))
        )
        self.extend.setVisible(preview.needs_extension)
        self._fill(preview)
        self._update_buttons()

    def _summary(self, preview: RolloverPreview) -> str:
        starting = format_fiscal_year(preview.to_year)
        kinds = Counter(item.status_key for item in preview.closed)
        lines = [
            self.tr(
                "%n action(s) carried over into %1, with their indicators’ baselines and "
                "targets. Actuals stay with the periods they were reported for.",
                "",
                len(preview.carried),
            ).replace("%1", starting),
            self.tr("%n action(s) closed", "", len(preview.closed))
            + (
                self.tr(": %1 completed, %2 discontinued.")
                .replace("%1", str(kinds.get("completed", 0)))
                .replace("%2", str(len(preview.closed) - kinds.get("completed", 0)))
                if preview.closed
                else "."
            ),
        ]
        if preview.reopened:
            lines.append(
                self.tr(
                    "%n closed action(s) reported under way again: reopened and carried over.",
                    "",
                    len(preview.reopened),
                )
            )
        if preview.later:
            lines.append(
                self.tr(
                    "%n action(s) start later and will join the plan of their year.",
                    "",
                    len(preview.later),
                )
            )
        return "\n".join(lines)

    def _notes(self, preview: RolloverPreview) -> list[str]:
        ending = format_fiscal_year(preview.from_year)
        notes = []
        year_end = Period(preview.from_year).end
        if date.today() <= year_end:
            notes.append(
                self.tr("%1 is not over yet: it ends on %2. Statuses are those reported so far.")
                .replace("%1", ending)
                .replace("%2", _date(year_end))
            )
        if preview.past_end_codes:
            notes.append(
                self.tr(
                    "Due to end by the end of %1 but not finished: %2. Give them new "
                    "end dates after the roll-over."
                )
                .replace("%1", ending)
                .replace("%2", _codes(preview.past_end_codes))
            )
        if preview.unreported_codes:
            notes.append(
                self.tr(
                    "No progress update for the last quarter of %1: %2. Their status may "
                    "be out of date; import the partners’ updates first if you have them."
                )
                .replace("%1", ending)
                .replace("%2", _codes(preview.unreported_codes))
            )
        if preview.needs_extension:
            notes.append(
                self.tr(
                    "%1 is beyond the plan’s last year (%2). Tick the box below to extend "
                    "the plan by one year."
                )
                .replace("%1", format_fiscal_year(preview.to_year))
                .replace("%2", format_fiscal_year(preview.last_year))
            )
        return notes

    def _fill(self, preview: RolloverPreview) -> None:
        lang = self.context.lang
        groups = (
            (self.tr("Carried over into %1 (%2)"), preview.to_year, preview.carried, True),
            (self.tr("Closed: completed or discontinued (%2)"), 0, preview.closed, False),
            (
                self.tr("Reopened and carried over into %1 (%2)"),
                preview.to_year,
                preview.reopened,
                True,
            ),
            (self.tr("Starting after %1 (%2)"), preview.from_year, preview.later, False),
        )
        for title, year, items, expanded in groups:
            if not items:
                continue
            group = QTreeWidgetItem(
                [title.replace("%1", format_fiscal_year(year)).replace("%2", str(len(items)))]
            )
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            self.items.addTopLevelItem(group)
            group.setFirstColumnSpanned(True)
            for item in items:
                group.addChild(self._row(item, lang))
            group.setExpanded(expanded)

    def _row(self, item: RolloverItem, lang: str) -> QTreeWidgetItem:
        row = QTreeWidgetItem(
            [
                f"{item.code}  {item.title(lang)}",
                item.status(lang),
                ""
                if item.status_key == "ongoing"  # ongoing activities have no end point
                else f"{QLocale().toString(item.percent_complete)} %",
                _date(item.end_date),
                str(item.action_id),
            ]
        )
        row.setToolTip(0, item.title(lang))
        row.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for indicator in item.indicators:
            text = (
                self.tr("Indicator %1 %2: baseline %3, target %4")
                .replace("%1", indicator.code)
                .replace("%2", indicator.name(lang))
                .replace("%3", _number(indicator.baseline_value))
                .replace("%4", _number(indicator.target_value))
            )
            child = QTreeWidgetItem([text])
            child.setToolTip(0, text)
            row.addChild(child)
        return row

    def _update_buttons(self, *_args: object) -> None:
        preview = self.preview
        ready = preview is not None and (not preview.needs_extension or self.extend.isChecked())
        self.start.setEnabled(ready)

    # -- result ---------------------------------------------------------------------------
    def command(self) -> RolloverCommand | None:
        """The command that does what the preview shows (None if it cannot start)."""
        if self.preview is None:
            return None
        return RolloverCommand(self.context, self.preview, self.extend.isChecked())


def start_next_year(parent: QWidget | None, context: PlanContext) -> bool:
    """Show the preview; on Start, apply the roll-over as one undoable step."""
    if context.read_only:
        QMessageBox.information(
            parent, tr("Start next fiscal year"), tr("This plan is open read-only.")
        )
        return False
    dialog = RolloverDialog(context, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    command = dialog.command()
    if command is None:
        return False
    error = push_command(context, command)
    if error is not None:
        QMessageBox.warning(parent, tr("Start next fiscal year"), str(error))
        return False
    return True
