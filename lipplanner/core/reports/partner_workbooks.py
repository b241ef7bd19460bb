"""The quarterly call for updates: one workbook per lead partner (or one for all).

Each workbook lists the partner's actions with last quarter's values filled in. Code,
action, lead, period and last report are locked (sheet protection without a password:
it prevents accidents, not a determined user); status is a drop-down list in the
workbook's language, percent and indicator actuals are checked numbers, and the
narrative columns are free text. A very hidden sheet names the plan file, the plan and
the period so `update_import` can match a returned workbook to its plan.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.worksheet.datavalidation import DataValidation
from sqlalchemy import select

from lipplanner.core import models as m
from lipplanner.core.db import PlanDatabase
from lipplanner.core.errors import UserError
from lipplanner.core.files import safe_file_name
from lipplanner.core.periods import Period
from lipplanner.core.reports.form_style import (
    GRID,
    LOCKED_FILL,
    SUBTITLE_FONT,
    TITLE_FONT,
    UNLOCKED,
    WRAP_TOP,
    landscape,
    write_header,
    write_instructions,
)
from lipplanner.core.reports.headers import INDICATOR_ACTUALS, UPDATES
from lipplanner.core.reports.safe_text import write_cell
from lipplanner.core.reports.saving import save_workbook
from lipplanner.core.services.plan_view import ActionView, PlanView, load_plan_view
from lipplanner.core.wording import count

FORMAT = "lipplanner-partner-update/1"
ID_SHEET = "_lipplanner"
LISTS_SHEET = "Lists"
HEADER_ROW = 4  # rows 1–2 hold the title and who it is for
UPDATE_COLUMNS = (
    "code", "action", "lead", "period", "previous", "status", "percent", "outputs",
    "successes", "challenges", "next_steps", "reported_by",
)  # fmt: skip
UPDATE_INPUTS = frozenset(
    {"status", "percent", "outputs", "successes", "challenges", "next_steps", "reported_by"}
)
INDICATOR_COLUMNS = (
    "action_code", "code", "indicator", "unit", "baseline", "target", "last_value", "actual",
    "note",
)  # fmt: skip
INDICATOR_INPUTS = frozenset({"actual", "note"})


@dataclass(frozen=True)
class WrittenWorkbook:
    path: Path
    partner: str  # "" for the workbook of all partners
    actions: int
    indicators: int


class ExistingWorkbooks(UserError):
    """Some workbooks to write are already in the folder; `names` lists them so each
    interface can say how to replace them (a check box, a command-line flag)."""

    def __init__(self, folder: Path, names: list[str]) -> None:
        shown = ", ".join(f"“{n}”" for n in names[:3]) + (" …" if len(names) > 3 else "")
        self.folder, self.names, self.shown = folder, tuple(names), shown
        super().__init__(
            f"{count(len(names), 'workbook')} already {'exists' if len(names) == 1 else 'exist'}"
            f" in “{folder}” ({shown}); choose another folder or allow replacing them.",
            field="overwrite",
        )


@dataclass(frozen=True)
class PartnerWorkbooks:
    """What `write_partner_workbooks` wrote, and the actions it could not send anyone."""

    workbooks: tuple[WrittenWorkbook, ...]
    without_lead: tuple[str, ...]  # codes of actions with no lead partner


def plan_identity(db: PlanDatabase, plan_id: int) -> dict[str, str]:
    """What identifies a plan in a partner workbook: the file's creation stamp and the
    plan's id and title (a copy of the file keeps them, another plan does not)."""
    with db.reading() as session:
        created = session.scalar(select(m.FileInfo.value).where(m.FileInfo.key == "created_at"))
        title = session.scalar(select(m.Plan.title_en).where(m.Plan.id == plan_id))
    if title is None:
        raise UserError("This file holds no plan yet.")
    return {"file": created or "", "plan_id": str(plan_id), "plan": title}


def write_partner_workbooks(
    db: PlanDatabase,
    period: Period,
    folder: str | os.PathLike[str],
    *,
    lang: str = "en",
    single: bool = False,
    overwrite: bool = False,
) -> PartnerWorkbooks:
    """Write the period's update workbooks into `folder`; refuses to replace existing
    files unless `overwrite`. Raises `UserError` for a year instead of a quarter, a
    missing folder, or a plan without actions to report on."""
    if period.quarter is None:
        raise UserError("Partner updates are asked for one quarter; choose a quarter.")
    if lang not in ("en", "fr"):
        raise UserError(f"“{lang}” is not a workbook language (en or fr).")
    target = Path(folder)
    if not target.is_dir():
        raise UserError(f"The folder “{target}” does not exist.")
    view = load_plan_view(db, period)
    if not view.plan.first_year <= period.year <= view.plan.last_year:
        raise UserError(f"{period.display} is outside the plan's years.")
    previous = load_plan_view(db, period.previous())
    identity = plan_identity(db, view.plan.id)
    actions = [a for a in view.ordered_actions if _asked(view, a, period)]
    if not actions:
        raise UserError(f"No action is under way in {period.display}; there is nothing to ask.")
    groups: list[tuple[int | None, list[ActionView]]]
    if single:
        groups = [(None, actions)]
    else:
        leads: dict[int, list[ActionView]] = {}
        for action in actions:
            if action.lead_partner_id is not None:
                leads.setdefault(action.lead_partner_id, []).append(action)
        groups = sorted(leads.items(), key=lambda item: view.partner_name(item[0], lang).casefold())
    names = _distinct([_file_name(view, period, lead, lang) for lead, _group in groups])
    plans = [
        (lead, group, target / name) for (lead, group), name in zip(groups, names, strict=True)
    ]
    existing = [p.name for _lead, _group, p in plans if p.exists()]
    if existing and not overwrite:
        raise ExistingWorkbooks(target, existing)
    written = []
    for lead, group, path in plans:
        count = _write_one(path, view, previous, period, identity, lead, group, lang)
        written.append(
            WrittenWorkbook(path, view.partner_name(lead, lang) if lead else "", len(group), count)
        )
    no_lead = () if single else tuple(a.code for a in actions if a.lead_partner_id is None)
    return PartnerWorkbooks(tuple(written), no_lead)


def _asked(view: PlanView, action: ActionView, period: Period) -> bool:
    """An action is in the call for updates if it has started by the period's end and
    was not already closed (completed or discontinued) in an earlier quarter."""
    if action.start_date is not None and action.start_date > period.end:
        return False
    health = view.health[action.id]
    closed = view.statuses[health.status_id].kind in ("completed", "discontinued")
    return not closed or health.in_period


def _file_name(view: PlanView, period: Period, lead: int | None, lang: str) -> str:
    who = view.partner_name(lead, lang) if lead else ("Tous" if lang == "fr" else "All partners")
    return safe_file_name(who, fallback="Partner", prefix=f"{period.label} - ", suffix=".xlsx")


def _distinct(names: list[str]) -> list[str]:
    """The names, a later one that matches an earlier one (two partners whose names
    differ only by characters a file name cannot hold, by case, or past the length cap)
    numbered " (2)", " (3)" … so no workbook replaces another."""
    seen: set[str] = set()
    out: list[str] = []
    for name in names:
        stem, n = name.removesuffix(".xlsx"), 1
        while name.casefold() in seen:
            n += 1
            name = safe_file_name(stem, fallback="Partner", suffix=f" ({n}).xlsx")
        seen.add(name.casefold())
        out.append(name)
    return out


def _text(en: str, fr: str, lang: str) -> str:
    return fr if lang == "fr" else en


def _write_one(
    path: Path,
    view: PlanView,
    previous: PlanView,
    period: Period,
    identity: dict[str, str],
    lead: int | None,
    actions: list[ActionView],
    lang: str,
) -> int:
    book = Workbook()
    who = view.partner_name(lead, lang) if lead else _text("All partners", "Tous", lang)
    instructions = book.active
    instructions.title = "Instructions"
    write_instructions(
        instructions,
        _text("Progress update", "Mise à jour des progrès", lang) + f" — {period.label} — {who}",
        _instruction_blocks(period, UPDATES.title(lang), INDICATOR_ACTUALS.title(lang)),
    )
    statuses = sorted(view.statuses.values(), key=lambda s: (s.position, s.id))
    lists = book.create_sheet(LISTS_SHEET)
    for row, status in enumerate(statuses, start=1):
        write_cell(lists, row, 1, status.label(lang))
    updates = book.create_sheet(UPDATES.title(lang))
    _write_updates(updates, view, previous, period, lead, who, actions, lang, len(statuses))
    indicators = [i for a in actions for i in view.indicators.values() if i.action_id == a.id]
    if lead is None:
        indicators += [i for i in view.indicators.values() if i.objective_id is not None]
    if indicators:
        _write_indicators(book.create_sheet(INDICATOR_ACTUALS.title(lang)), view, period,
                          indicators, lang)  # fmt: skip
    ident = book.create_sheet(ID_SHEET)
    facts = {
        "format": FORMAT,
        **identity,
        "period": period.label,
        "lang": lang,
        "partner_id": str(lead or ""),
        "partner": view.partner_name(lead, "en") if lead else "",
        "made": datetime.now().isoformat(timespec="seconds"),
    }
    for row, (key, value) in enumerate(facts.items(), start=1):
        write_cell(ident, row, 1, key)
        write_cell(ident, row, 2, value)
    ident.sheet_state = "veryHidden"
    lists.sheet_state = "hidden"
    book.active = 1
    save_workbook(book, path)
    return len(indicators)


def _protect(sheet: Any) -> None:
    """Lock the sheet except the unlocked input cells; allow resizing rows and columns."""
    protection = sheet.protection
    protection.sheet = True
    protection.formatColumns = False
    protection.formatRows = False
    protection.formatCells = False


def _write_updates(
    sheet: Any,
    view: PlanView,
    previous: PlanView,
    period: Period,
    lead: int | None,
    who: str,
    actions: list[ActionView],
    lang: str,
    status_count: int,
) -> None:
    _heading(
        sheet,
        f"{view.plan.title(lang)} — {period.label}",
        _text(
            f"For {who}. Fill in the white cells; grey cells are locked.",
            f"Pour {who}. Remplissez les cellules blanches; les cellules grises sont verrouillées.",
            lang,
        ),
    )
    columns = [UPDATES.column(k) for k in UPDATE_COLUMNS]
    write_header(sheet, HEADER_ROW, [c.header(lang) for c in columns], [c.width for c in columns])
    first = HEADER_ROW + 1
    for offset, action in enumerate(actions):
        row = first + offset
        health = view.health[action.id]
        update = health.period_update
        status = view.statuses[health.status_id]
        values: dict[str, object] = {
            "code": action.code,
            "action": action.title(lang),
            "lead": view.partner_name(action.lead_partner_id, lang),
            "period": period.label,
            "previous": _last_report(previous, action.id, lang),
            "status": status.label(lang),
            "percent": health.percent_complete,
            "outputs": update.outputs if update else "",
            "successes": update.successes if update else "",
            "challenges": update.challenges if update else "",
            "next_steps": update.next_steps if update else "",
            "reported_by": update.reported_by if update else "",
        }
        for index, key in enumerate(UPDATE_COLUMNS, start=1):
            value = values[key]
            cell = write_cell(sheet, row, index, value)
            cell.alignment = WRAP_TOP
            cell.border = GRID
            if key in UPDATE_INPUTS:
                cell.protection = UNLOCKED
            else:
                cell.fill = LOCKED_FILL
        sheet.row_dimensions[row].height = 60
    last = first + len(actions) - 1
    letter = {k: sheet.cell(row=1, column=i).column_letter for i, k in enumerate(UPDATE_COLUMNS, 1)}
    fr = lang == "fr"
    status_list = DataValidation(
        type="list", formula1=f"={LISTS_SHEET}!$A$1:$A${status_count}", allow_blank=True
    )
    status_list.errorTitle = _text("Status", "Statut", lang)
    status_list.error = _text(
        "Choose a status from the list.", "Choisissez un statut dans la liste.", lang
    )
    status_list.add(f"{letter['status']}{first}:{letter['status']}{last}")
    percent = DataValidation(type="whole", operator="between", formula1="0", formula2="100")
    percent.errorTitle = "%"
    percent.error = (
        "Écrivez un nombre entier de 0 à 100." if fr else "Type a whole number from 0 to 100."
    )
    percent.promptTitle = "%"
    percent.prompt = "0–100"
    percent.add(f"{letter['percent']}{first}:{letter['percent']}{last}")
    for validation in (status_list, percent):
        sheet.add_data_validation(validation)
    _protect(sheet)
    landscape(sheet, HEADER_ROW)


def _last_report(previous: PlanView, action_id: int, lang: str) -> str:
    health = previous.health.get(action_id)
    if health is None or health.latest is None:
        return _text("No update yet", "Aucune mise à jour", lang)
    status = previous.statuses[health.latest.status_id].label(lang)
    return f"{health.latest.period.label}: {status}, {health.latest.percent_complete} %".replace(
        " %", "%" if lang == "en" else " %"
    )


def _heading(sheet: Any, title: str, subtitle: str) -> None:
    """The two lines above a sheet's table: what it is, and how to fill it in."""
    write_cell(sheet, 1, 1, title).font = TITLE_FONT
    write_cell(sheet, 2, 1, subtitle).font = SUBTITLE_FONT


def _write_indicators(
    sheet: Any, view: PlanView, period: Period, indicators: list[Any], lang: str
) -> None:
    _heading(
        sheet,
        _text("Indicator actuals", "Valeurs des indicateurs", lang),
        _text(
            f"Type this quarter’s value ({period.label}); leave it empty if you have no data.",
            f"Écrivez la valeur de ce trimestre ({period.label}); laissez vide sans données.",
            lang,
        ),
    )
    columns = [INDICATOR_ACTUALS.column(k) for k in INDICATOR_COLUMNS]
    write_header(sheet, HEADER_ROW, [c.header(lang) for c in columns], [c.width for c in columns])
    first = HEADER_ROW + 1
    for offset, indicator in enumerate(indicators):
        row = first + offset
        owner = (
            view.actions[indicator.action_id].code
            if indicator.action_id in view.actions
            else view.objectives[indicator.objective_id].code
            if indicator.objective_id in view.objectives
            else ""
        )
        recorded, value = indicator.actual(period)
        note = indicator.values.get((period.year, period.quarter), (None, ""))[1]
        values: dict[str, object] = {
            "action_code": owner,
            "code": indicator.code,
            "indicator": indicator.name(lang),
            "unit": indicator.unit,
            "baseline": indicator.baseline_value,
            "target": indicator.target_value,
            "last_value": _last_value(indicator, period),
            "actual": value if recorded else None,
            "note": note or None,
        }
        for index, key in enumerate(INDICATOR_COLUMNS, start=1):
            cell = write_cell(sheet, row, index, values[key])
            cell.alignment = WRAP_TOP
            cell.border = GRID
            if key in ("baseline", "target", "actual"):
                cell.number_format = "#,##0.##"
            if key in INDICATOR_INPUTS:
                cell.protection = UNLOCKED
            else:
                cell.fill = LOCKED_FILL
    last = first + len(indicators) - 1
    letter = sheet.cell(row=1, column=INDICATOR_COLUMNS.index("actual") + 1).column_letter
    number = DataValidation(type="decimal", operator="between", formula1="-1E+15",
                            formula2="1E+15")  # fmt: skip
    number.errorTitle = _text("Number", "Nombre", lang)
    number.error = _text("Type a number.", "Écrivez un nombre.", lang)
    number.add(f"{letter}{first}:{letter}{last}")
    sheet.add_data_validation(number)
    _protect(sheet)
    landscape(sheet, HEADER_ROW)


def _last_value(indicator: Any, period: Period) -> str:
    """The latest value recorded before the period, as "2025-26-Q2: 42"."""
    earlier = sorted(
        (key for key in indicator.values if key < (period.year, period.quarter or 0)),
        reverse=True,
    )
    for year, quarter in earlier:
        value = indicator.values[(year, quarter)][0]
        label = Period(year, quarter or None).label
        return f"{label}: {'–' if value is None else f'{value:,.6g}'}"
    return "–"


def _instruction_blocks(
    period: Period, updates: str, indicators: str
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Both languages, naming the sheets as this workbook names them."""
    return (
        (
            "English",
            (
                f"This workbook asks for your progress on each action you lead in {period.label}.",
                f"On the {updates} sheet, fill in the white cells: Status (choose from the list), "
                "Percent complete (0 to 100), Outputs achieved, Successes, Challenges, Next "
                "steps and your name under Reported by. Grey cells are locked.",
                "Status and percent show what was last reported; change them if they are no "
                "longer right. Leave a row as it is if nothing changed.",
                f"On the {indicators} sheet (if there is one), type this quarter's value of each "
                "indicator, or leave it empty if you have no data.",
                "Keep the file as an Excel workbook (.xlsx), do not rename or reorder the sheets, "
                "and send it back to the LIP coordinator.",
            ),
        ),
        (
            "Français",
            (
                f"Ce classeur demande vos progrès pour chaque action dont vous êtes responsable "
                f"en {period.label}.",
                f"Dans la feuille {updates}, remplissez les cellules blanches : Statut (choisi "
                "dans la liste), Pourcentage réalisé (0 à 100), Extrants réalisés, Réussites, "
                "Défis, Prochaines étapes et votre nom sous Rapporté par. Les cellules grises "
                "sont verrouillées.",
                "Le statut et le pourcentage indiquent le dernier rapport; modifiez-les s’ils "
                "ne sont plus justes. Laissez une ligne telle quelle si rien n’a changé.",
                f"Dans la feuille {indicators} (s’il y en a une), écrivez la valeur de chaque "
                "indicateur pour ce trimestre, ou laissez vide si vous n’avez pas de données.",
                "Gardez le fichier en classeur Excel (.xlsx), ne renommez ni ne déplacez les "
                "feuilles, et renvoyez-le à la coordination du PLI.",
            ),
        ),
    )
