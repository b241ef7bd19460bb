"""File → New plan from spreadsheet…: the preview of what a workbook would create,
every problem found in it, and the names the new plan file needs."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lipplanner.core.defaults import STATUSES
from lipplanner.core.errors import UserError
from lipplanner.core.periods import MAX_YEAR, MIN_YEAR, fiscal_year_label
from lipplanner.core.reports.plan_import import (
    ImportPreview,
    PlanIdentity,
    create_plan_file,
    default_identity,
)
from lipplanner.core.reports.workbook_reader import Problem
from lipplanner.ui.dialogs.file_choice import choose_save_file


class FiscalYearBox(QSpinBox):
    """A fiscal year shown as 2025-26 (stored as its first calendar year)."""

    def __init__(self, value: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(MIN_YEAR, MAX_YEAR)
        self.setValue(value)

    def textFromValue(self, value: int) -> str:
        return fiscal_year_label(value)

    def valueFromText(self, text: str) -> int:
        match = re.match(r"\s*(\d{4})", text)
        return int(match.group(1)) if match else self.value()

    def validate(self, text: str, pos: int) -> object:
        from PySide6.QtGui import QValidator

        state = (
            QValidator.State.Acceptable
            if re.fullmatch(r"\s*\d{4}(-\d{0,2})?\s*", text)
            else QValidator.State.Intermediate
        )
        return state, text, pos


def fill_problems(table: QTableWidget, problems: list[Problem], more: int = 0) -> None:
    """List problems as Where | Problem, errors marked with a warning icon."""
    style = table.style()
    warning = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
    info = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
    problems = sorted(problems, key=lambda p: p.level != "error")  # errors first, in order
    rows = len(problems) + (1 if more else 0)
    table.setRowCount(rows)
    for row, problem in enumerate(problems):
        where = QTableWidgetItem(warning if problem.level == "error" else info, problem.location)
        table.setItem(row, 0, where)
        table.setItem(row, 1, QTableWidgetItem(problem.message))
    if more:
        table.setItem(rows - 1, 0, QTableWidgetItem(""))
        table.setItem(
            rows - 1,
            1,
            QTableWidgetItem(
                QCoreApplication.translate(
                    "PlanImportDialog", "… and %n more problem(s).", "", more
                )
            ),
        )
    table.resizeColumnToContents(0)


def problem_table(parent: QWidget) -> QTableWidget:
    table = QTableWidget(0, 2, parent)
    table.setHorizontalHeaderLabels(
        [
            QCoreApplication.translate("PlanImportDialog", "Where"),
            QCoreApplication.translate("PlanImportDialog", "Problem"),
        ]
    )
    table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(True)
    return table


class PlanImportDialog(QDialog):
    """Shows what will be created and every problem; Create asks where to save."""

    def __init__(self, preview: ImportPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.created: Path | None = None
        self.setWindowTitle(self.tr("New plan from “{file}”").format(file=preview.source.name))
        identity = default_identity(preview)
        layout = QVBoxLayout(self)

        self.summary = QLabel(self._summary_text())
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        form = QFormLayout()
        self.lip_name = QLineEdit(identity.lip_name)
        self.plan_title = QLineEdit(identity.plan_title)
        self.first_year = FiscalYearBox(identity.first_year)
        self.last_year = FiscalYearBox(identity.last_year)
        years = QHBoxLayout()
        years.addWidget(self.first_year)
        years.addWidget(QLabel(self.tr("to")))
        years.addWidget(self.last_year)
        years.addStretch(1)
        form.addRow(self.tr("Partnership name:"), self.lip_name)
        form.addRow(self.tr("Plan title:"), self.plan_title)
        form.addRow(self.tr("Fiscal years:"), years)
        layout.addLayout(form)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.tree = QTreeWidget(splitter)
        self.tree.setHeaderLabels([self.tr("What will be created"), self.tr("Details")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._fill_tree()
        problems = QWidget(splitter)
        problems_layout = QVBoxLayout(problems)
        problems_layout.setContentsMargins(0, 0, 0, 0)
        errors = len(preview.errors) + preview.more_problems
        self.problems_label = QLabel(
            self.tr(
                "%n problem(s): the values listed are left out of the new plan. Fix the "
                "workbook and read it again, or create the plan without them.",
                "",
                errors,
            )
            if errors
            else self.tr("No problems found. Notes:")
            if preview.problems
            else self.tr("No problems found.")
        )
        self.problems_label.setWordWrap(True)
        problems_layout.addWidget(self.problems_label)
        self.problems = problem_table(problems)
        fill_problems(self.problems, preview.problems, preview.more_problems)
        self.problems.setVisible(bool(preview.problems))
        problems_layout.addWidget(self.problems)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.create_button = QPushButton(self.tr("Create plan…"))
        self.create_button.setDefault(True)
        self.create_button.setEnabled(bool(preview.actions))
        buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        self.create_button.clicked.connect(self.create)
        layout.addWidget(buttons)
        self.resize(860, 680)

    def _summary_text(self) -> str:
        p = self.preview
        return self.tr(
            "Reading “{file}” found {priorities} priorities, {objectives} objectives and "
            "{actions} actions, with {partners} partners ({listed} listed on a Partners sheet, "
            "{new} new, named only in the actions) and {groups} working groups. Nothing is "
            "written until you create the plan."
        ).format(
            file=p.source.name,
            priorities=len(p.priorities),
            objectives=len(p.objectives),
            actions=len(p.actions),
            partners=len(p.partners),
            listed=len(p.listed_partners),
            new=len(p.new_partners),
            groups=len(p.working_groups),
        )

    def _fill_tree(self) -> None:
        p = self.preview
        statuses = {s.key: s.label_en for s in STATUSES}
        priorities = QTreeWidgetItem(
            self.tree, [self.tr("Priorities, objectives and actions"), str(len(p.actions))]
        )
        for priority in p.priorities.values():
            p_item = QTreeWidgetItem(priorities, [f"{priority.code}  {priority.title_en}", ""])
            for objective in p.objectives.values():
                if objective.priority_code != priority.code:
                    continue
                o_item = QTreeWidgetItem(p_item, [f"{objective.code}  {objective.title_en}", ""])
                for action in p.actions.values():
                    if action.objective_code != objective.code:
                        continue
                    lead = p.partners[action.lead].name_en if action.lead else ""
                    details = f"{statuses.get(action.status, action.status)}, {action.percent}%"
                    if lead:
                        details = f"{lead} · {details}"
                    QTreeWidgetItem(o_item, [f"{action.code}  {action.title_en}", details])
        self.tree.expandToDepth(1)
        partners = QTreeWidgetItem(self.tree, [self.tr("Partners"), str(len(p.partners))])
        for partner in sorted(p.partners.values(), key=lambda x: x.name_en.casefold()):
            QTreeWidgetItem(
                partners,
                [
                    partner.name_en,
                    self.tr("listed") if partner.listed else self.tr("new (named in the actions)"),
                ],
            )
        if p.working_groups:
            groups = QTreeWidgetItem(
                self.tree, [self.tr("Working groups"), str(len(p.working_groups))]
            )
            for name in p.working_groups.values():
                QTreeWidgetItem(groups, [name, ""])

    def identity(self) -> PlanIdentity:
        base = default_identity(self.preview)
        return replace(
            base,
            lip_name=self.lip_name.text(),
            plan_title=self.plan_title.text(),
            first_year=self.first_year.value(),
            last_year=self.last_year.value(),
        )

    def create(self) -> None:
        identity = self.identity()
        if identity.last_year < identity.first_year:
            QMessageBox.warning(
                self, self.windowTitle(), self.tr("The last fiscal year comes before the first.")
            )
            return
        suggested = re.sub(r'[\\/:*?"<>|]+', " ", identity.plan_title).strip() or "plan"
        target = choose_save_file(
            self,
            self.tr("Save the new plan as"),
            f"{suggested}.lip",
            self.tr("LIP Planner plans (*.lip)"),
        )
        if target is None:
            return
        try:
            self.created = create_plan_file(self.preview, target, identity)
        except UserError as error:
            QMessageBox.warning(self, self.windowTitle(), str(error))
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, preview: ImportPreview) -> Path | None:
        """Show the preview; the new plan file's path once created, else None."""
        dialog = cls(preview, parent)
        dialog.exec()
        return dialog.created
