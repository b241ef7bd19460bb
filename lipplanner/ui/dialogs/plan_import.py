"""Pieces of the plan import assistant's preview: the tree of what an import would
create, the table of problems found, and a fiscal-year box for the new plan's years."""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSpinBox,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from lipplanner.core.defaults import STATUSES
from lipplanner.core.periods import MAX_YEAR, MIN_YEAR
from lipplanner.core.reports.plan_import import (
    ImportPreview,
    NewAction,
    NewObjective,
    NewPriority,
)
from lipplanner.core.reports.workbook_reader import Problem
from lipplanner.ui.i18n import format_fiscal_year, format_number, format_percent


class FiscalYearBox(QSpinBox):
    """A fiscal year shown as 2025-26 (stored as its first calendar year)."""

    def __init__(self, value: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(MIN_YEAR, MAX_YEAR)
        self.setValue(value)

    def textFromValue(self, value: int) -> str:
        return format_fiscal_year(value)

    def valueFromText(self, text: str) -> int:
        match = re.match(r"\s*(\d{4})", text)
        return int(match.group(1)) if match else self.value()

    def validate(self, text: str, pos: int) -> object:
        from PySide6.QtGui import QValidator

        state = (
            QValidator.State.Acceptable
            if re.fullmatch(r"\s*\d{4}(-\d{0,4})?\s*", text)
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


def tr(text: str) -> str:
    return QCoreApplication.translate("PlanImportDialog", text)


def new_partner_names(preview: ImportPreview, plan_partners: Sequence[str] = ()) -> list[str]:
    """Partners the import would create: not matched to, nor named as, one of the plan's."""
    known = {" ".join(name.split()).casefold() for name in plan_partners}
    return [
        p.name_en
        for p in preview.partners.values()
        if p.existing is None and " ".join(p.name_en.split()).casefold() not in known
    ]


NAMES_SHOWN = 10  # new partners named in the sentence; the rest are counted


def new_partners_text(names: Sequence[str]) -> str:
    """How many partners the import adds as new organisations, and which: "3 partners
    will be added as new organisations: A, B, C" ("" when none)."""
    if not names:
        return ""
    shown = ", ".join(names[:NAMES_SHOWN])
    if len(names) > NAMES_SHOWN:
        more = QCoreApplication.translate(
            "PlanImportDialog", "and %n more", "", len(names) - NAMES_SHOWN
        )
        shown = f"{shown} {more}"
    if len(names) == 1:
        return tr("1 partner will be added as a new organisation: {names}").format(names=shown)
    return tr("{count} partners will be added as new organisations: {names}").format(
        count=format_number(len(names)), names=shown
    )


def fill_preview_tree(
    tree: QTreeWidget,
    preview: ImportPreview,
    lang: str = "en",
    plan_partners: Sequence[str] = (),
) -> None:
    """Priorities › objectives › actions (lead, status, percent), then the partners
    (new, or the open plan's `plan_partners` they are matched to) and working groups;
    each branch with its number of actions or items."""
    p = preview
    french = lang == "fr"
    statuses = {s.key: s.label_fr if french else s.label_en for s in STATUSES}
    priorities = QTreeWidgetItem(
        tree, [tr("Priorities, objectives and actions"), str(len(p.actions))]
    )
    for priority in p.priorities.values():
        p_item = QTreeWidgetItem(priorities, [f"{priority.code}  {_title(priority, french)}", ""])
        under_priority = 0
        for objective in p.objectives.values():
            if objective.priority_code != priority.code:
                continue
            o_item = QTreeWidgetItem(p_item, [f"{objective.code}  {_title(objective, french)}", ""])
            count = 0
            for action in p.actions.values():
                if action.objective_code != objective.code:
                    continue
                count += 1
                lead = p.partners[action.lead].name_en if action.lead in p.partners else ""
                status = statuses.get(action.status, action.status)
                details = f"{status}, {format_percent(action.percent / 100)}"
                if lead:
                    details = f"{lead} · {details}"
                QTreeWidgetItem(o_item, [f"{action.code}  {_title(action, french)}", details])
            o_item.setText(1, str(count))
            under_priority += count
        p_item.setText(1, str(under_priority))
    tree.expandItem(priorities)
    for priority_item in _children(priorities):
        priority_item.setExpanded(True)
        for objective_item in _children(priority_item):
            objective_item.setExpanded(True)
    new = set(new_partner_names(p, plan_partners))
    partners = QTreeWidgetItem(tree, [tr("Partners"), str(len(p.partners))])
    for partner in sorted(p.partners.values(), key=lambda x: x.name_en.casefold()):
        if partner.name_en not in new:
            name = partner.name_en
            if partner.existing and partner.existing != partner.name_en:
                name = f"{partner.name_en} → {partner.existing}"
            what = tr("already in the plan")
        else:
            name = partner.name_en
            what = tr("listed") if partner.listed else tr("new (named in the actions)")
        QTreeWidgetItem(partners, [name, what])
    if p.working_groups:
        groups = QTreeWidgetItem(tree, [tr("Working groups"), str(len(p.working_groups))])
        for name in p.working_groups.values():
            QTreeWidgetItem(groups, [name, ""])


def _children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    return [child for i in range(item.childCount()) if (child := item.child(i)) is not None]


def _title(item: NewPriority | NewObjective | NewAction, french: bool) -> str:
    return (item.title_fr if french and item.title_fr else item.title_en) or item.title_fr
