"""Submitted reports: the reports sent to the funder, kept exactly as sent.

The list shows when each was sent, for which period, to whom and in which language.
A report can be re-opened in the spreadsheet program (from a read-only temporary
copy), saved elsewhere, and two can be compared. `submit_current_report` records a
report the export dialog has just written.
"""

from __future__ import annotations

import os
import shutil
import stat
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    Qt,
    QUrl,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lipplanner.core.errors import UserError
from lipplanner.core.files import write_atomically
from lipplanner.core.periods import Period
from lipplanner.core.services.plan_view import load_plan_view
from lipplanner.core.services.submissions import (
    RECIPIENT_MAX,
    Difference,
    SubmissionInfo,
    compare_submissions,
    get_submission,
    list_submissions,
    plan_snapshot,
    submit_report,
    withdraw_submission,
)
from lipplanner.ui.context import PlanContext
from lipplanner.ui.undo import ServiceCommand, push_command
from lipplanner.ui.views.deferred import refresh_when_shown

Index = QModelIndex | QPersistentModelIndex
_RECIPIENT_KEY = "submissions/last_recipient"


def tr(text: str) -> str:
    return QCoreApplication.translate("submissions", text)


def language_name(code: str) -> str:
    return {"en": tr("English"), "fr": tr("French")}.get(code, code)


def _when(info: SubmissionInfo) -> str:
    moment = QDateTime(info.submitted_at)
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


# -- the list -----------------------------------------------------------------------------
class SubmissionsModel(QAbstractTableModel):
    """Submitted reports, newest first (sorted here, not by a proxy)."""

    COLUMNS = ("when", "period", "recipient", "language", "file", "by")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[SubmissionInfo] = []
        self._sort = (0, Qt.SortOrder.DescendingOrder)

    def headers(self) -> list[str]:
        return [
            self.tr("Submitted"),
            self.tr("Period"),
            self.tr("Recipient"),
            self.tr("Language"),
            self.tr("File"),
            self.tr("By"),
        ]

    def set_rows(self, rows: list[SubmissionInfo]) -> None:
        self.beginResetModel()
        self.rows = self._sorted(rows, *self._sort)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def _text(self, info: SubmissionInfo, column: int) -> str:
        key = self.COLUMNS[column]
        if key == "when":
            return _when(info)
        if key == "period":
            return info.period
        if key == "recipient":
            return info.recipient
        if key == "language":
            return language_name(info.language)
        if key == "file":
            return info.file_name
        return info.submitted_by

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        info = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(info, index.column())
        if role == Qt.ItemDataRole.UserRole:
            return info.id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.COLUMNS)
        ):
            return self.headers()[section]
        return None

    def _sorted(
        self, rows: list[SubmissionInfo], column: int, order: Qt.SortOrder
    ) -> list[SubmissionInfo]:
        key = self.COLUMNS[column] if 0 <= column < len(self.COLUMNS) else "when"

        def sort_key(info: SubmissionInfo) -> tuple[Any, ...]:
            if key == "when":
                return (info.submitted_at, info.id)
            if key == "period":
                return (Period.parse(info.period).key, info.submitted_at, info.id)
            return (self._text(info, self.COLUMNS.index(key)).casefold(), info.id)

        return sorted(rows, key=sort_key, reverse=order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        self.rows = self._sorted(self.rows, column, order)
        self.layoutChanged.emit()


class SubmissionsView(QWidget):
    """The Submitted reports view."""

    def __init__(self, context: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = SubmissionsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Submitted reports"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda *_: self.reopen())

        self.title = QLabel(self.tr("Submitted reports"), self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.explanation = QLabel(
            self.tr(
                "Reports recorded as submitted are kept in the plan exactly as they were sent. "
                "Re-open one, save a copy, or select two to see what changed between them."
            ),
            self,
        )
        self.explanation.setWordWrap(True)
        self.empty = QLabel(
            self.tr(
                "No report has been recorded as submitted yet. When you export the progress "
                "report, tick “Record as submitted” to keep a copy here."
            ),
            self,
        )
        self.empty.setWordWrap(True)

        self.reopen_button = QPushButton(self.tr("&Re-open"), self)
        self.save_button = QPushButton(self.tr("&Save a copy as…"), self)
        self.compare_button = QPushButton(self.tr("&Compare two selected…"), self)
        self.reopen_button.clicked.connect(self.reopen)
        self.save_button.clicked.connect(self.save_copy)
        self.compare_button.clicked.connect(self.compare)
        buttons = QHBoxLayout()
        for button in (self.reopen_button, self.save_button, self.compare_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.explanation)
        layout.addLayout(buttons)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        context.changed.connect(refresh_when_shown(self, self.refresh))
        self.refresh()

    def refresh(self) -> None:
        selected = set(self.selected_ids())
        self.model.set_rows(list_submissions(self.context.db))
        for row, info in enumerate(self.model.rows):
            if info.id in selected:
                self.table.selectRow(row)
        self.empty.setVisible(not self.model.rows)
        self._update_buttons()

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.rows[row].id for row in rows if row < len(self.model.rows)]

    def _update_buttons(self, *_args: object) -> None:
        count = len(self.selected_ids())
        self.reopen_button.setEnabled(count == 1)
        self.save_button.setEnabled(count == 1)
        self.compare_button.setEnabled(count == 2)

    def _single(self) -> int | None:
        ids = self.selected_ids()
        return ids[0] if len(ids) == 1 else None

    def reopen(self) -> bool:
        """Open the report as sent in the spreadsheet program, from a read-only copy."""
        submission_id = self._single()
        if submission_id is None:
            return False
        try:
            submission = get_submission(self.context.db, submission_id)
            folder = _reopen_folder()
            path = folder / (submission.info.file_name or "report.xlsx")
            path.write_bytes(submission.workbook)
            # Read-only: what was sent cannot be changed by accident in the copy either.
            os.chmod(path, stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
        except (UserError, OSError) as error:
            QMessageBox.warning(self, self.tr("Re-open"), str(error))
            return False
        if not open_file(path):
            QMessageBox.warning(
                self,
                self.tr("Re-open"),
                self.tr("No program could open “%1”. A copy is in %2.")
                .replace("%1", path.name)
                .replace("%2", str(folder)),
            )
            return False
        return True

    def save_copy(self) -> bool:
        submission_id = self._single()
        if submission_id is None:
            return False
        try:
            submission = get_submission(self.context.db, submission_id)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Save a copy"), str(error))
            return False
        target = ask_save_path(self, submission.info.file_name)
        if not target:
            return False
        workbook = submission.workbook
        try:
            # Whole or not at all; a full disk or a refused folder is one sentence.
            write_atomically(Path(target), lambda temporary: temporary.write_bytes(workbook))
        except UserError as error:
            QMessageBox.warning(self, self.tr("Save a copy"), str(error))
            return False
        return True

    def compare(self) -> bool:
        ids = self.selected_ids()
        if len(ids) != 2:
            return False
        try:
            first, second = (get_submission(self.context.db, i) for i in ids)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Compare"), str(error))
            return False
        older, newer = sorted((first, second), key=lambda s: (s.info.submitted_at, s.info.id))
        dialog = CompareDialog(older.info, newer.info, compare_submissions(older, newer), self)
        dialog.open()
        self.compare_dialog = dialog
        return True


# Copies opened for reading are kept a day (the spreadsheet program may still have one
# open), then removed the next time a report is re-opened.
_REOPEN_KEEP_SECONDS = 24 * 3600


def _reopen_folder() -> Path:
    """A new folder for one re-opened copy, clearing copies older than a day."""
    base = Path(tempfile.gettempdir()) / "lipplanner-submitted"
    base.mkdir(exist_ok=True)
    now = time.time()
    for old in base.iterdir():
        try:
            if old.is_dir() and now - old.stat().st_mtime > _REOPEN_KEEP_SECONDS:
                _remove_tree(old)
        except OSError:
            continue  # still open elsewhere (Windows): try again another day
    return Path(tempfile.mkdtemp(dir=base))


def _make_writable_and_retry(function: Any, path: str, _info: Any) -> None:
    # The copies are read-only, which Windows will not delete as such.
    os.chmod(path, stat.S_IWUSR | stat.S_IRUSR)
    function(path)


def _remove_tree(folder: Path) -> None:
    if sys.version_info >= (3, 12):
        shutil.rmtree(folder, onexc=_make_writable_and_retry)
    else:
        shutil.rmtree(folder, onerror=_make_writable_and_retry)


def open_file(path: Path) -> bool:
    """Open a file with the desktop's program for it (tests replace this)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def ask_save_path(parent: QWidget, file_name: str) -> str:
    """Where to save a copy ("" when cancelled; tests replace this)."""
    start = str(Path.home() / file_name)
    path, _filter = QFileDialog.getSaveFileName(
        parent, tr("Save a copy of the submitted report"), start, tr("Excel workbook (*.xlsx)")
    )
    return path


# -- comparing ----------------------------------------------------------------------------
def field_name(field: str) -> str:
    return {
        "status": tr("Status"),
        "percent": tr("Percent complete"),
        "title": tr("Title"),
        "lead": tr("Lead partner"),
        "overdue": tr("Overdue"),
        "actions": tr("Number of actions"),
    }.get(field, field)


def _value(field: str, value: str) -> str:
    if field == "overdue":
        return {"yes": tr("Yes"), "no": tr("No")}.get(value, value)
    return value or "—"


def describe(difference: Difference) -> tuple[str, str, str, str]:
    """(what, change, before, after) in the interface's language."""
    scope = {"plan": tr("Whole plan"), "priority": tr("Priority"), "action": tr("Action")}
    what = scope.get(difference.scope, difference.scope)
    if difference.code:
        what = f"{what} {difference.code}"
    if difference.title:
        what = f"{what} — {difference.title}"
    if difference.change == "added":
        return what, tr("Added"), "", ""
    if difference.change == "removed":
        return what, tr("No longer in the report"), "", ""
    name = field_name(difference.field)
    if difference.field == "overdue" and difference.scope != "action":
        name = tr("Overdue actions")
    return (
        what,
        name,
        _value(difference.field, difference.before),
        _value(difference.field, difference.after),
    )


class CompareDialog(QDialog):
    """The differences between an earlier and a later submitted report."""

    def __init__(
        self,
        older: SubmissionInfo,
        newer: SubmissionInfo,
        differences: list[Difference],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare submitted reports"))
        self.resize(820, 520)
        heading = QLabel(
            self.tr(
                "From %1 (sent %2 to %3) to %4 (sent %5 to %6): %n difference(s).",
                "",
                len(differences),
            )
            .replace("%1", older.period)
            .replace("%2", _when(older))
            .replace("%3", older.recipient)
            .replace("%4", newer.period)
            .replace("%5", _when(newer))
            .replace("%6", newer.recipient),
            self,
        )
        heading.setWordWrap(True)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        self.list = QTreeWidget(self)
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setHeaderLabels(
            [self.tr("Item"), self.tr("What changed"), self.tr("Before"), self.tr("After")]
        )
        previous = ""
        for difference in differences:
            texts = list(describe(difference))
            # One item's changes follow each other; name the item once.
            shown = texts[0] if texts[0] != previous else ""
            previous = texts[0]
            row = QTreeWidgetItem([shown, *texts[1:]])
            row.setToolTip(0, texts[0])
            row.setData(0, Qt.ItemDataRole.UserRole, texts[0])
            self.list.addTopLevelItem(row)
        if not differences:
            self.list.addTopLevelItem(
                QTreeWidgetItem([self.tr("The two reports show the same figures."), "", "", ""])
            )
        header = self.list.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)


# -- recording a report as submitted ---------------------------------------------------
class RecipientDialog(QDialog):
    """Who the report goes to (remembered for next time)."""

    def __init__(self, parent: QWidget | None, file_name: str, recipient: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record as submitted"))
        intro = QLabel(
            self.tr("A frozen copy of “%1” will be kept in the plan with today’s date.").replace(
                "%1", file_name
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.recipient = QLineEdit(recipient, self)
        self.recipient.setMaxLength(RECIPIENT_MAX)
        self.recipient.setMinimumWidth(360)
        self.recipient.setPlaceholderText(self.tr("e.g. IRCC Ontario Region, Settlement Network"))
        self.recipient.setAccessibleName(self.tr("Recipient"))
        form = QFormLayout()
        form.addRow(self.tr("Sent &to:"), self.recipient)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Record"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.recipient.textChanged.connect(self._check)
        self._check()

    def _check(self, *_args: object) -> None:
        ok = bool(self.recipient.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    @classmethod
    def ask(cls, parent: QWidget | None, file_name: str, recipient: str = "") -> str | None:
        dialog = cls(parent, file_name, recipient)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return " ".join(dialog.recipient.text().split())


class SubmitCommand(ServiceCommand):
    """Record a report as submitted; undo withdraws the record."""

    def __init__(self, context: PlanContext, values: dict[str, Any]) -> None:
        super().__init__(
            context, tr("Record %1 as submitted").replace("%1", str(values["file_name"]))
        )
        self.values = values
        self.submission_id: int | None = None

    def apply(self) -> None:
        self.submission_id = submit_report(self.context.db, **self.values)

    def revert(self) -> None:
        assert self.submission_id is not None
        withdraw_submission(self.context.db, self.submission_id)


def submit_current_report(
    parent: QWidget | None,
    context: PlanContext,
    workbook_path: str | os.PathLike[str],
    period: Period,
    lang: str,
) -> int | None:
    """Ask who the report went to and keep a frozen copy; returns the submission's id.

    Called by the export dialog after it wrote `workbook_path` with "Record as
    submitted" ticked. None if the user cancelled or the record was refused (said).
    """
    path = Path(workbook_path)
    settings = QSettings()
    recipient = RecipientDialog.ask(parent, path.name, str(settings.value(_RECIPIENT_KEY, "")))
    if recipient is None:
        return None
    try:
        workbook = path.read_bytes()
        snapshot = plan_snapshot(load_plan_view(context.db, period), lang)
    except OSError as error:
        QMessageBox.warning(
            parent,
            tr("Record as submitted"),
            tr("“%1” could not be read: %2.")
            .replace("%1", path.name)
            .replace("%2", error.strerror or str(error)),
        )
        return None
    except UserError as error:
        QMessageBox.warning(parent, tr("Record as submitted"), str(error))
        return None
    command = SubmitCommand(
        context,
        {
            "workbook_bytes": workbook,
            "snapshot": snapshot,
            "period": period,
            "language": lang,
            "recipient": recipient,
            "file_name": path.name,
        },
    )
    refused = push_command(context, command)
    if refused is not None:
        QMessageBox.warning(parent, tr("Record as submitted"), str(refused))
        return None
    settings.setValue(_RECIPIENT_KEY, recipient)
    return command.submission_id
