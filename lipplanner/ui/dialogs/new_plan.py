"""The New plan wizard: the partnership's name, the plan's title and years, and
whether to start from the Riverside example."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from lipplanner.core.periods import fiscal_year_of
from lipplanner.ui.i18n import format_fiscal_year


@dataclass(frozen=True)
class NewPlan:
    lip_name: str
    lip_name_fr: str
    plan_title: str
    plan_title_fr: str
    first_year: int
    last_year: int
    from_example: bool


class _NamesPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Your partnership"))
        self.setSubTitle(self.tr("The names appear on reports; French names are optional."))
        self.lip = QLineEdit(self)
        self.lip.setPlaceholderText(self.tr("e.g. Riverside Local Immigration Partnership"))
        self.lip.setAccessibleName(self.tr("LIP name"))
        self.lip_fr = QLineEdit(self)
        self.lip_fr.setAccessibleName(self.tr("LIP name in French"))
        self.example = QCheckBox(self.tr("Start from the &Riverside example plan"), self)
        self.example.setToolTip(
            self.tr("A complete fictional plan to explore; the names below are then not used")
        )
        form = QFormLayout()
        form.addRow(self.tr("&LIP name:"), self.lip)
        form.addRow(self.tr("LIP name (&French):"), self.lip_fr)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(12)
        layout.addWidget(self.example)
        self.registerField("lip*", self.lip)
        self.lip.textChanged.connect(self.completeChanged)
        self.example.toggled.connect(self._example_toggled)

    def _example_toggled(self, on: bool) -> None:
        self.lip.setEnabled(not on)
        self.lip_fr.setEnabled(not on)
        if on and not self.lip.text().strip():
            # The example's name as the interface says it ("PLI de Riverside" in French):
            # it is what the save dialog proposes as the file's name.
            self.lip.setText(self.tr("Riverside LIP"))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.example.isChecked() or bool(self.lip.text().strip())


class _PlanPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Your plan"))
        self.setSubTitle(
            self.tr("A local settlement strategy usually covers 3 to 5 fiscal years (April–March).")
        )
        self.plan_title = QLineEdit(self)
        self.plan_title.setAccessibleName(self.tr("Plan title"))
        self.plan_title.setPlaceholderText(self.tr("e.g. Settlement Strategy 2025–2028"))
        self.plan_title_fr = QLineEdit(self)
        self.plan_title_fr.setAccessibleName(self.tr("Plan title in French"))
        this_year = fiscal_year_of(date.today())
        self.first = QComboBox(self)
        self.last = QComboBox(self)
        for combo, name in (
            (self.first, self.tr("First fiscal year")),
            (self.last, self.tr("Last fiscal year")),
        ):
            combo.setAccessibleName(name)
            for year in range(this_year - 5, this_year + 11):
                combo.addItem(format_fiscal_year(year), year)
        self.first.setCurrentIndex(self.first.findData(this_year))
        self.last.setCurrentIndex(self.last.findData(this_year + 2))
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Plan &title:"), self.plan_title)
        form.addRow(self.tr("Plan title (F&rench):"), self.plan_title_fr)
        form.addRow(self.tr("&First fiscal year:"), self.first)
        form.addRow(self.tr("&Last fiscal year:"), self.last)
        form.addRow(self.problem)
        for signal in (
            self.plan_title.textChanged,
            self.first.currentIndexChanged,
            self.last.currentIndexChanged,
        ):
            signal.connect(self._check)

    def _check(self, *_args: object) -> None:
        self.problem.setText(
            self.tr("⚠ The last fiscal year comes before the first.")
            if self.last.currentData() < self.first.currentData()
            else ""
        )
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return (
            bool(self.plan_title.text().strip())
            and self.last.currentData() >= self.first.currentData()
        )


class NewPlanWizard(QWizard):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New plan"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.names = _NamesPage(self)
        self.plan = _PlanPage(self)
        self.addPage(self.names)
        self.addPage(self.plan)
        self.names.example.toggled.connect(self._example)

    def _example(self, on: bool) -> None:
        # The example brings its own plan: nothing more to ask.
        self.names.setFinalPage(on)
        self.button(QWizard.WizardButton.NextButton).setEnabled(not on)

    def nextId(self) -> int:
        if self.currentPage() is self.names and self.names.example.isChecked():
            return -1
        return super().nextId()

    def result_value(self) -> NewPlan:
        return NewPlan(
            " ".join(self.names.lip.text().split()),
            " ".join(self.names.lip_fr.text().split()),
            " ".join(self.plan.plan_title.text().split()),
            " ".join(self.plan.plan_title_fr.text().split()),
            int(self.plan.first.currentData()),
            int(self.plan.last.currentData()),
            self.names.example.isChecked(),
        )

    @classmethod
    def ask(cls, parent: QWidget | None) -> NewPlan | None:
        wizard = cls(parent)
        return wizard.result_value() if wizard.exec() == QWizard.DialogCode.Accepted else None
