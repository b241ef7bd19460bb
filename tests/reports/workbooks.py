"""Workbooks built the way people (and our own export) build them, and what the import
tests compare, shared by tests/reports and tests/ui."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
from sqlalchemy import select

from lipplanner.core import models as m
from lipplanner.core.db import PlanDatabase
from lipplanner.core.periods import Period
from lipplanner.core.services.plan_view import PlanView

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


QUARTER = Period(2026, 3)  # Riverside's half-reported quarter
MAPLE = "2026-27-Q3 - Maple Valley Employment Hub.xlsx"


def tracking(db: PlanDatabase) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """Every progress update and indicator value, to compare before and after."""
    u, v = m.ProgressUpdate, m.IndicatorValue
    with db.reading() as session:
        updates = session.execute(
            select(u.id, u.action_id, u.fiscal_year, u.quarter, u.status_id, u.percent_complete,
                   u.outputs, u.successes, u.challenges, u.next_steps, u.reported_by)
            .order_by(u.id)
        ).all()  # fmt: skip
        values = session.execute(
            select(v.indicator_id, v.fiscal_year, v.quarter, v.value, v.note).order_by(v.id)
        ).all()
    return [tuple(r) for r in updates], [tuple(r) for r in values]


def fill(path: Path, cells: dict[str, dict[str, Any]], target: Path | None = None) -> Path:
    """Type into a workbook as a partner would, and save it."""
    book = openpyxl.load_workbook(path)
    for sheet, values in cells.items():
        for address, value in values.items():
            book[sheet][address] = value
    book.save(target or path)
    return target or path


def messy_sheet(path: Path) -> Path:
    """A coordinator's own workbook: merged title rows, French headers in another order,
    a blank line, an extra column, priorities written once in merged cells."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Plan 2025"
    sheet["A1"] = "PLI de Lakeside — Plan d’action 2025-2026"
    sheet.merge_cells("A1:H1")
    sheet["A2"] = "Version du conseil, mars 2025"
    sheet.merge_cells("A2:H2")
    sheet.append([])
    sheet.append(
        ["ÉTAT", "Activité", "Priorité", "% réalisé", "Responsable", "Date de début",
         "Échéance", "Commentaires", "Partenaires"]
    )  # fmt: skip
    rows = [
        ["En bonne voie", "Cafés-conversation à la bibliothèque", "Langue et apprentissage",
         "55%", "Bibliothèque publique", "01/04/2025", "31 mars 2026", "RAS",
         "Collège Riverview; Centre d’accueil"],
        [None, None, None, None, None, None, None, None, None],
        ["terminé", "Trousses d’accueil bilingues", None, 1, "conseil scolaire rivière-nord",
         date(2025, 5, 1), "June 30, 2025", "", ""],
        ["Retards mineurs", "Navigateurs santé bénévoles", "Santé", 0.3, "Centre de santé",
         "2025-09-01", "next week", "", "Bibliothèque Publique"],
        ["Pas commencé", "Ligne de médiation", "Logement", "1 000", "Centre logement", "", "", "",
         ""],
    ]  # fmt: skip
    for row in rows:
        sheet.append(row)
    sheet.merge_cells("C5:C6")  # "Langue et apprentissage" covers the blank line
    book.save(path)
    return path
