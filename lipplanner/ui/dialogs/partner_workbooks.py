"""File → Partner update workbooks…: the quarter, the folder and the language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lipplanner.core.errors import UserError
from lipplanner.core.periods import Period
from lipplanner.core.reports.partner_workbooks import PartnerWorkbooks, write_partner_workbooks
from lipplanner.ui.context import PlanContext
from lipplanner.ui.dialogs.file_choice import choose_folder
from lipplanner.ui.i18n import format_period


class PartnerWorkbooksDialog(QDialog):
    def __init__(self, context: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.result: PartnerWorkbooks | None = None
        self.setWindowTitle(self.tr("Partner update workbooks"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Each lead partner gets a workbook listing the actions they lead, with last "
                "quarter's status and percent filled in, to complete and send back. Read the "
                "returned workbooks with File → Import partner updates…."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        plan = context.view().plan
        self.period = QComboBox()
        for year in plan.years:
            for quarter in range(1, 5):
                period = Period(year, quarter)
                self.period.addItem(format_period(period), period)
        current = context.period if context.period.quarter else Period(context.period.year, 1)
        index = self.period.findText(format_period(current))
        self.period.setCurrentIndex(max(index, 0))
        form.addRow(self.tr("Quarter:"), self.period)
        folder_row = QHBoxLayout()
        start = context.db.path.parent if context.db.path is not None else Path.home()
        self.folder = QLineEdit(str(start))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        form.addRow(self.tr("Folder:"), folder_row)
        self.language = QComboBox()
        self.language.addItem(self.tr("English"), "en")
        self.language.addItem(self.tr("French"), "fr")
        self.language.setCurrentIndex(1 if context.lang == "fr" else 0)
        form.addRow(self.tr("Language:"), self.language)
        self.single = QCheckBox(self.tr("One workbook for all partners"))
        form.addRow("", self.single)
        self.replace = QCheckBox(self.tr("Replace workbooks already in the folder"))
        form.addRow("", self.replace)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Write workbooks"))
        buttons.accepted.connect(self.write)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def _browse(self) -> None:
        folder = choose_folder(self, self.tr("Folder for the workbooks"), self.folder.text())
        if folder is not None:
            self.folder.setText(str(folder))

    def write(self) -> None:
        try:
            self.result = write_partner_workbooks(
                self.context.db,
                self.period.currentData(),
                self.folder.text().strip(),
                lang=str(self.language.currentData()),
                single=self.single.isChecked(),
                overwrite=self.replace.isChecked(),
            )
        except UserError as error:
            QMessageBox.warning(self, self.windowTitle(), str(error))
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, context: PlanContext) -> PartnerWorkbooks | None:
        dialog = cls(context, parent)
        dialog.exec()
        return dialog.result
