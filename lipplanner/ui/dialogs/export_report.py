"""File → Export progress report…: choose the period, language and file, then write the
funder workbook in a worker thread behind a progress dialog."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QObject,
    QSettings,
    QStandardPaths,
    Qt,
    QThread,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lipplanner import APP_NAME
from lipplanner.core.errors import UserError
from lipplanner.core.files import safe_file_name
from lipplanner.core.periods import Period
from lipplanner.ui.context import PlanContext
from lipplanner.ui.i18n import format_fiscal_year, format_period

# The read model and the database layer are imported by the export itself: installing
# the menu entry must not import SQLAlchemy before the window shows.
if TYPE_CHECKING:
    from lipplanner.core.db import PlanDatabase
    from lipplanner.core.services.plan_view import PlanView

SETTINGS_FOLDER = "export/last_folder"
SETTINGS_LANG = "export/lang"
SETTINGS_OPEN = "export/open_when_done"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportReport", text)


def _settings() -> QSettings:
    return QSettings(APP_NAME, APP_NAME)


def _flag(value: object) -> bool:
    """A yes/no read back from QSettings (an INI file gives the text "false")."""
    return value.lower() not in ("false", "0", "") if isinstance(value, str) else bool(value)


@dataclass(frozen=True)
class ExportChoice:
    """What the coordinator chose in the dialog."""

    period: Period
    lang: str
    destination: Path
    prepared_by: str
    open_when_done: bool
    record_as_submitted: bool = False


def _safe_name(text: str) -> str:
    """Words joined by dashes, within a file name's length (a long partnership name)."""
    dashed = re.sub(r"[^\w.-]+", "-", text, flags=re.UNICODE).strip("-")
    return safe_file_name(dashed, fallback="report", suffix=".xlsx")


class ExportReportDialog(QDialog):
    """The choices of one export; `ask()` returns them, or None when cancelled."""

    def __init__(self, context: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export progress report"))
        self._context = context
        self._view = context.view()
        self._name_chosen = False
        settings = _settings()

        self.period = QComboBox()
        self.period.setObjectName("period")
        # The period the coordinator is working in (the toolbar's), even a quarter still
        # under way: it is the one just filled in.
        self._fill_periods(context.period)
        self.lang = QComboBox()
        self.lang.setObjectName("lang")
        self.lang.addItem(self.tr("English"), "en")
        self.lang.addItem(self.tr("French"), "fr")
        remembered_lang = str(settings.value(SETTINGS_LANG, context.lang) or "en")
        self.lang.setCurrentIndex(max(0, self.lang.findData(remembered_lang)))
        self.destination = QLineEdit()
        self.destination.setObjectName("destination")
        self.destination.setMinimumWidth(380)
        self.destination.textEdited.connect(self._name_edited)
        browse = QPushButton(self.tr("Browse…"))
        browse.setObjectName("browse")
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.destination, 1)
        where.addWidget(browse)
        self.prepared_by = QLineEdit(self._default_preparer())
        self.prepared_by.setObjectName("prepared_by")
        self.prepared_by.setPlaceholderText(
            self.tr("Your name (set it once in Edit → Preferences)")
        )
        self.open_when_done = QCheckBox(self.tr("Open the workbook when done"))
        self.open_when_done.setObjectName("open_when_done")
        self.open_when_done.setChecked(_flag(settings.value(SETTINGS_OPEN, True)))
        self.record_as_submitted = QCheckBox(
            self.tr("Record as submitted (keep a frozen copy in the plan)")
        )
        self.record_as_submitted.setObjectName("record_as_submitted")
        self.record_as_submitted.setToolTip(
            self.tr(
                "Keeps this workbook and the figures behind it in the plan file, with the "
                "date and the recipient, so you can re-open it or compare it later."
            )
        )
        self.outside_plan = QLabel()
        self.outside_plan.setObjectName("outside_plan")
        self.outside_plan.setWordWrap(True)
        self.outside_plan.setStyleSheet("color: #9c2a00;")
        self.outside_plan.hide()
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()

        form = QFormLayout()
        form.addRow(self.tr("Reporting period:"), self.period)
        form.addRow(self.tr("Language:"), self.lang)
        form.addRow(self.tr("Save as:"), where)
        form.addRow(self.tr("Prepared by:"), self.prepared_by)
        form.addRow("", self.open_when_done)
        form.addRow("", self.record_as_submitted)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Export"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.outside_plan)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.period.currentIndexChanged.connect(self._suggest_name)
        self.period.currentIndexChanged.connect(self._warn_outside_plan)
        self.lang.currentIndexChanged.connect(self._suggest_name)
        self._suggest_name()
        self._warn_outside_plan()

    # -- choices --------------------------------------------------------------------------
    def _fill_periods(self, current: Period) -> None:
        plan = self._view.plan
        years = set(plan.years) | {current.year}
        for year in sorted(years):
            whole = Period(year)
            # Item data is the period's label: a plain string compares in findData().
            self.period.addItem(
                self.tr("%1 (whole year)").replace("%1", format_fiscal_year(year)), whole.label
            )
            for quarter in whole.quarters():
                self.period.addItem(format_period(quarter), quarter.label)
        self.period.setCurrentIndex(max(0, self.period.findData(current.label)))

    def _warn_outside_plan(self) -> None:
        plan = self._view.plan
        year = self.chosen_period().year
        outside = not plan.first_year <= year <= plan.last_year
        if outside:
            first, last = format_fiscal_year(plan.first_year), format_fiscal_year(plan.last_year)
            self.outside_plan.setText(
                self.tr(
                    "This period is outside the plan’s years (%1 to %2): the report will "
                    "carry a warning."
                )
                .replace("%1", first)
                .replace("%2", last)
            )
        self.outside_plan.setVisible(outside)

    def chosen_period(self) -> Period:
        return Period.parse(str(self.period.currentData()))

    @staticmethod
    def _default_preparer() -> str:
        """The name set in Preferences, else nothing: the funder reads it on the cover,
        and a login name ("root") is no one's name."""
        from lipplanner.ui.settings import user_name

        return user_name()

    @staticmethod
    def _last_folder() -> Path:
        folder = _settings().value(SETTINGS_FOLDER, "")
        if folder and Path(str(folder)).is_dir():
            return Path(str(folder))
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return Path(documents) if documents and Path(documents).is_dir() else Path.home()

    def _suggested_file(self) -> str:
        partnership = self._view.partnership
        lip = partnership.acronym_en or partnership.name_en or "LIP"
        period = self.chosen_period()
        word = "progress-report" if self.lang.currentData() == "en" else "rapport-etape"
        return _safe_name(f"{lip}-{word}-{period.label}")

    def _suggest_name(self) -> None:
        if self._name_chosen:
            return
        current = self.destination.text().strip()
        folder = Path(current).parent if current else self._last_folder()
        self.destination.setText(str(folder / self._suggested_file()))

    def _name_edited(self, _text: str) -> None:
        self._name_chosen = True

    def _browse(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the progress report as"),
            self.destination.text(),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if path:
            if not path.lower().endswith(".xlsx"):
                path += ".xlsx"
            self.destination.setText(path)
            self._name_chosen = True

    def choice(self) -> ExportChoice:
        return ExportChoice(
            period=self.chosen_period(),
            lang=str(self.lang.currentData()),
            destination=Path(self.destination.text().strip()).expanduser(),
            prepared_by=self.prepared_by.text().strip(),
            open_when_done=self.open_when_done.isChecked(),
            record_as_submitted=self.record_as_submitted.isChecked(),
        )

    def accept(self) -> None:
        from lipplanner.core.reports.saving import check_destination

        text = self.destination.text().strip()
        try:
            if not text:
                raise UserError(self.tr("Choose where to save the workbook."))
            check_destination(text)
        except UserError as error:
            self.error.setText(str(error))
            self.error.show()
            self.destination.setFocus()
            return
        choice = self.choice()
        settings = _settings()
        settings.setValue(SETTINGS_FOLDER, str(choice.destination.parent))
        settings.setValue(SETTINGS_LANG, choice.lang)
        settings.setValue(SETTINGS_OPEN, choice.open_when_done)
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, context: PlanContext) -> ExportChoice | None:
        dialog = cls(context, parent)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.choice()
            return None
        finally:
            dialog.deleteLater()


class _ExportWorker(QObject):
    """Writes the workbook off the UI thread; reports each sheet as it goes."""

    progressed = Signal(int, int, str)
    succeeded = Signal(str)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, view: PlanView | None, db: PlanDatabase, choice: ExportChoice) -> None:
        super().__init__()
        self._view = view  # None: read the chosen period here, off the UI thread
        self._db = db
        self._choice = choice
        self._cancel = False

    def cancel(self) -> None:
        self._cancel = True  # read by the worker thread between sheets

    def run(self) -> None:
        from lipplanner.core.reports.progress_report import (
            ExportCancelled,
            ReportOptions,
            export_progress_report,
        )

        def progress(done: int, total: int, what: str) -> None:
            if self._cancel:
                raise ExportCancelled
            self.progressed.emit(done, total, what)

        choice = self._choice
        try:
            view = self._view
            if view is None:
                from lipplanner.core.services.plan_view import load_plan_view

                self.progressed.emit(0, 10, _tr("the plan"))
                view = load_plan_view(self._db, choice.period)
            path = export_progress_report(
                view,
                choice.destination,
                ReportOptions(choice.lang, choice.prepared_by),
                progress,
            )
        except ExportCancelled:
            self.cancelled.emit()
        except UserError as error:
            self.failed.emit(str(error))
        except Exception as error:  # a bug: say so rather than lose it in the thread
            self.failed.emit(_tr("The report could not be written: %1").replace("%1", repr(error)))
        else:
            self.succeeded.emit(str(path))


class _Outcome(QObject):
    """Lives in the UI thread, so the worker's signals reach it queued, in that thread."""

    def __init__(self, dialog: QProgressDialog, loop: QEventLoop) -> None:
        super().__init__()
        self.dialog = dialog
        self.loop = loop
        self.path: str | None = None
        self.error: str | None = None

    @Slot(int, int, str)
    def progressed(self, done: int, total: int, what: str) -> None:
        self.dialog.setMaximum(total)
        self.dialog.setValue(done)
        self.dialog.setLabelText(_tr("Writing “%1”…").replace("%1", what))

    @Slot(str)
    def succeeded(self, path: str) -> None:
        self.path = path
        self.loop.quit()

    @Slot(str)
    def failed(self, message: str) -> None:
        self.error = message
        self.loop.quit()

    @Slot()
    def cancelled(self) -> None:
        self.loop.quit()


def run_export(parent: QWidget | None, context: PlanContext, choice: ExportChoice) -> Path | None:
    """Write the report with a progress dialog; return the file, or None (error shown)."""
    # The period on screen is already loaded; another one is read by the worker.
    view = context.view() if choice.period == context.period else None
    dialog = QProgressDialog(_tr("Preparing the report…"), _tr("Cancel"), 0, 10, parent)
    dialog.setWindowTitle(_tr("Export progress report"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setValue(0)
    thread = QThread()
    worker = _ExportWorker(view, context.db, choice)
    worker.moveToThread(thread)
    loop = QEventLoop()
    outcome = _Outcome(dialog, loop)
    worker.progressed.connect(outcome.progressed)
    worker.succeeded.connect(outcome.succeeded)
    worker.failed.connect(outcome.failed)
    worker.cancelled.connect(outcome.cancelled)
    # Direct: the worker's thread is busy writing, so it never runs queued calls.
    dialog.canceled.connect(worker.cancel, Qt.ConnectionType.DirectConnection)
    thread.started.connect(worker.run)
    from lipplanner.ui import collection

    with collection.only_in_this_thread():
        thread.start()
        loop.exec()
        thread.quit()
        thread.wait()
    worker.deleteLater()
    dialog.close()
    dialog.deleteLater()
    if outcome.error is not None:
        QMessageBox.warning(parent, _tr("Export progress report"), outcome.error)
        return None
    if outcome.path is None:
        return None
    path = Path(outcome.path)
    if choice.record_as_submitted:
        from lipplanner.ui.views.submissions import submit_current_report

        submit_current_report(parent, context, path, choice.period, choice.lang)
    _say(parent, _tr("Progress report written to %1").replace("%1", str(path)))
    if choice.open_when_done and not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            _tr("Export progress report"),
            _tr(
                "The report was written to %1, but it could not be opened: no program "
                "for Excel workbooks was found. Open it from your file manager."
            ).replace("%1", str(path)),
            QMessageBox.StandardButton.Ok,
            parent,
        )
        box.exec()
    return path


def _say(parent: QWidget | None, text: str) -> None:
    """A status-bar message in the main window, long enough to read the path."""
    window = parent.window() if parent is not None else None
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, 20000)


def export_report(parent: QWidget | None, context: PlanContext) -> Path | None:
    """Ask for the choices, then export; the path written, or None."""
    choice = ExportReportDialog.ask(parent, context)
    if choice is None:
        return None
    return run_export(parent, context, choice)
