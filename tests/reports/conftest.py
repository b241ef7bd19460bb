"""Workbooks built the way people (and our own export) build them, for import tests."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from lipplanner.core.db import PlanDatabase
from lipplanner.core.periods import Period
from lipplanner.core.services.plan_view import PlanView, load_plan_view

# The "Action plan" sheet of COMMON.md, in order.
ACTION_PLAN_EN = (
    "Priority code", "Priority", "Objective code", "Objective", "Code", "Action",
    "Lead partner", "Supporting partners", "Working group", "Start", "End", "Status",
    "Percent complete", "Overdue",
)  # fmt: skip
ACTION_PLAN_FR = (
    "Code de priorité", "Priorité", "Code d’objectif", "Objectif", "Code", "Action",
    "Partenaire responsable", "Partenaires de soutien", "Groupe de travail", "Début", "Fin",
    "Statut", "Pourcentage réalisé", "En retard",
)  # fmt: skip
REPORT_PERIOD = Period(2026, 2)


def save_rows(path: Path, sheets: dict[str, Iterable[Sequence[Any]]]) -> Path:
    """A workbook with one sheet per entry, rows written as given."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(list(row))
    book.save(path)
    return path


def action_plan_rows(view: PlanView, lang: str) -> list[list[Any]]:
    """The exported Action plan sheet's rows for a plan view, in `lang`."""
    rows: list[list[Any]] = []
    for action in view.ordered_actions:
        objective = view.objectives[action.objective_id]
        priority = view.priorities[objective.priority_id]
        health = view.health[action.id]
        rows.append(
            [
                priority.code,
                priority.title(lang),
                objective.code,
                objective.title(lang),
                action.code,
                action.title(lang),
                view.partner_name(action.lead_partner_id, lang) or None,
                "; ".join(view.partner_name(p, lang) for p in action.supporting_ids) or None,
                view.body_name(action.body_id, lang) or None,
                action.start_date,
                action.end_date,
                view.statuses[health.status_id].label(lang),
                health.percent_complete / 100,
                ("Oui" if lang == "fr" else "Yes") if health.overdue else None,
            ]
        )
    return rows


def write_action_plan(view: PlanView, lang: str, path: Path) -> Path:
    """A progress report workbook with the Action plan sheet laid out as COMMON.md fixes
    it (one header row, frozen; real dates; percent a fraction formatted 0%)."""
    book = openpyxl.Workbook()
    cover = book.active
    cover.title = "Couverture" if lang == "fr" else "Cover"
    cover["A1"] = view.plan.title(lang)
    cover["A2"] = f"{view.period.label}"
    sheet = book.create_sheet("Plan d’action" if lang == "fr" else "Action plan")
    sheet.append(list(ACTION_PLAN_FR if lang == "fr" else ACTION_PLAN_EN))
    sheet.freeze_panes = "A2"
    for row in action_plan_rows(view, lang):
        sheet.append(row)
    for cells in sheet.iter_rows(min_row=2):
        for cell in (cells[9], cells[10]):
            cell.number_format = "yyyy-mm-dd"
        cells[12].number_format = "0%"
    book.save(path)
    return path


@pytest.fixture
def riverside_view(riverside: PlanDatabase) -> PlanView:
    return load_plan_view(riverside, REPORT_PERIOD, today=date(2026, 10, 15))
