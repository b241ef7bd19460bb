"""The documented workbook coordinators fill in to start a plan: File → Save import
template…, or `lipplanner import-template OUT.xlsx`.

One sheet per table (Priorities, Objectives, Actions, Partners) with its headers, one
example row in grey italics (skipped on import), drop-down lists for status, outcome
level and sector, and an Instructions sheet in English and French.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.worksheet.datavalidation import DataValidation

from lipplanner.core import defaults
from lipplanner.core.errors import UserError
from lipplanner.core.reports.form_style import (
    EXAMPLE_FONT,
    landscape,
    write_header,
    write_instructions,
)
from lipplanner.core.reports.headers import ACTIONS, OBJECTIVES, PARTNERS, PRIORITIES, SheetSchema
from lipplanner.core.reports.safe_text import write_cell
from lipplanner.core.reports.saving import save_workbook

DATA_ROWS = 500  # rows that carry the drop-down lists and checks

TEMPLATE_COLUMNS: dict[str, tuple[str, ...]] = {
    PRIORITIES.key: ("code", "title", "title_fr", "description"),
    OBJECTIVES.key: ("code", "priority_code", "title", "title_fr", "outcome_level", "description"),
    ACTIONS.key: (
        "code", "objective_code", "action", "action_fr", "description", "lead", "supporting",
        "working_group", "start", "end", "status", "percent", "planned_outputs", "budget",
        "in_kind",
    ),
    PARTNERS.key: (
        "name", "name_fr", "acronym", "sector", "languages", "email", "phone", "website",
    ),
}  # fmt: skip

# The example rows, by table; the importer skips a row that is still the example.
EXAMPLES: dict[str, dict[str, object]] = {
    PRIORITIES.key: {
        "code": "P1",
        "title": "Employment & labour market",
        "title_fr": "Emploi et marché du travail",
        "description": "Newcomers find work that matches their skills.",
    },
    OBJECTIVES.key: {
        "code": "O1.1",
        "priority_code": "P1",
        "title": "Employers are ready to hire and retain newcomers",
        "title_fr": "Les employeurs sont prêts à embaucher et à retenir les nouveaux arrivants",
        "outcome_level": "intermediate",
        "description": "",
    },
    ACTIONS.key: {
        "code": "A1.1",
        "objective_code": "O1.1",
        "action": "Employer mentorship circles",
        "action_fr": "Cercles de mentorat avec les employeurs",
        "description": "Pair newcomers with mentors from local employers.",
        "lead": "Example Employment Hub",
        "supporting": "Example Chamber of Commerce; Example College",
        "working_group": "Work",
        "start": date(2025, 4, 1),
        "end": date(2026, 3, 31),
        "status": "on_track",
        "percent": 25,
        "planned_outputs": "4 circles, 40 mentees",
        "budget": 12000,
        "in_kind": 3000,
    },
    PARTNERS.key: {
        "name": "Example Employment Hub",
        "name_fr": "Carrefour emploi Exemple",
        "acronym": "EEH",
        "sector": "employment",
        "languages": "English, French, Punjabi",
        "email": "info@employment-hub.example",
        "phone": "555-0100",
        "website": "https://employment-hub.example",
    },
}

OUTCOME_LABELS = {
    "en": ("Immediate", "Intermediate", "Ultimate", "Output"),
    "fr": ("Immédiat", "Intermédiaire", "Ultime", "Extrant"),
}


def _as_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def is_example(kind: str, row: Mapping[str, str]) -> bool:
    """Whether a row (field key → cell text) is still the template's example: every
    example column the row has holds the example's value, in either language."""
    example = EXAMPLES.get(kind)
    if not example:
        return False
    for lang in ("en", "fr"):
        keys = [k for k in example if k in row]
        if len(keys) >= 2 and all(
            row[k] == _as_text(_label(kind, k, example[k], lang)) for k in keys
        ):
            return True
    return False


def write_import_template(target: str | os.PathLike[str], *, lang: str = "en") -> Path:
    """Write the import template (headers in `lang`, instructions in both languages)."""
    path = Path(target)
    if path.suffix.lower() != ".xlsx":
        raise UserError(f"“{path.name}”: the template must be saved as an .xlsx file.")
    if not path.parent.is_dir():
        raise UserError(f"The folder “{path.parent}” does not exist.")
    book = Workbook()
    instructions = book.active
    instructions.title = "Instructions"
    write_instructions(instructions, "LIP Planner — plan import template", _INSTRUCTIONS)
    for schema in (PRIORITIES, OBJECTIVES, ACTIONS, PARTNERS):
        _write_table(book, schema, lang)
    lists = _write_lists(book, lang)
    lists.sheet_state = "hidden"
    book.active = 1
    return save_workbook(book, path)


def _write_lists(book: Workbook, lang: str) -> Any:
    lists = book.create_sheet("Lists")
    columns = (  # A, B, C: the ranges the drop-down lists name
        [s.label_fr if lang == "fr" else s.label_en for s in defaults.STATUSES],
        list(OUTCOME_LABELS[lang]),
        [fr if lang == "fr" else en for _key, en, fr in defaults.TERMS["sector"]],
    )
    for column, values in enumerate(columns, start=1):
        for row, value in enumerate(values, start=1):
            write_cell(lists, row, column, value)
    return lists


def _label(kind: str, key: str, value: object, lang: str) -> object:
    """An example value as a user would type it (status and sector by their label)."""
    if key == "status":
        status = next(s for s in defaults.STATUSES if s.key == value)
        return status.label_fr if lang == "fr" else status.label_en
    if key == "sector":
        term = next(t for t in defaults.TERMS["sector"] if t[0] == value)
        return term[2] if lang == "fr" else term[1]
    if key == "outcome_level":
        index = ("immediate", "intermediate", "ultimate", "output").index(str(value))
        return OUTCOME_LABELS[lang][index]
    return value


def _write_table(book: Workbook, schema: SheetSchema, lang: str) -> None:
    sheet = book.create_sheet(schema.title(lang))
    keys = TEMPLATE_COLUMNS[schema.key]
    columns = [schema.column(k) for k in keys]
    write_header(sheet, 1, [c.header(lang) for c in columns], [c.width for c in columns])
    example = EXAMPLES[schema.key]
    for index, key in enumerate(keys, start=1):
        cell = write_cell(sheet, 2, index, _label(schema.key, key, example[key], lang))
        cell.font = EXAMPLE_FONT
        if key in ("start", "end"):
            cell.number_format = "yyyy-mm-dd"
        if key in ("budget", "in_kind"):
            cell.number_format = "#,##0"
    last = DATA_ROWS + 1

    def column_range(key: str) -> str:
        letter = sheet.cell(row=1, column=keys.index(key) + 1).column_letter
        return f"{letter}2:{letter}{last}"

    def add(validation: DataValidation, key: str) -> None:
        validation.add(column_range(key))
        sheet.add_data_validation(validation)

    fr = lang == "fr"
    if "status" in keys:
        add(_list("=Lists!$A$1:$A$7", "Statut" if fr else "Status", fr), "status")
    if "outcome_level" in keys:
        add(_list("=Lists!$B$1:$B$4", "Niveau" if fr else "Outcome level", fr), "outcome_level")
    if "sector" in keys:
        rows = len(defaults.TERMS["sector"])
        add(_list(f"=Lists!$C$1:$C${rows}", "Secteur" if fr else "Sector", fr), "sector")
    if "percent" in keys:
        percent = DataValidation(type="whole", operator="between", formula1="0", formula2="100")
        percent.error = (
            "Écrivez un nombre entier de 0 à 100." if fr else "Type a whole number from 0 to 100."
        )
        percent.errorTitle = "%"
        add(percent, "percent")
    for key in ("start", "end"):
        if key in keys:
            dates = DataValidation(
                type="date", operator="between", formula1="32874", formula2="73051"
            )
            dates.error = "Écrivez une date (AAAA-MM-JJ)." if fr else "Type a date (YYYY-MM-DD)."
            dates.errorTitle = "Date"
            add(dates, key)
            for row in range(3, last + 1):
                sheet.cell(row=row, column=keys.index(key) + 1).number_format = "yyyy-mm-dd"
    for key in ("budget", "in_kind"):
        if key in keys:
            money = DataValidation(type="decimal", operator="greaterThanOrEqual", formula1="0")
            money.error = "Écrivez un montant positif." if fr else "Type an amount of 0 or more."
            add(money, key)
    landscape(sheet, 1)


def _list(source: str, title: str, fr: bool) -> DataValidation:
    validation = DataValidation(type="list", formula1=source, allow_blank=True)
    validation.errorTitle = title
    validation.error = (
        "Choisissez une valeur de la liste." if fr else "Choose a value from the list."
    )
    return validation


_INSTRUCTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "English",
        (
            "Fill in one sheet per table: Priorities, Objectives, Actions and Partners. "
            "Row 2 of each sheet is an example in grey: type over it or leave it; it is "
            "skipped on import while it is unchanged.",
            "Codes (P1, O1.1, A1.1) tie the tables together: an objective names its "
            "priority's code, an action its objective's code. Leave a code empty and "
            "LIP Planner makes one.",
            "Partners: write each organisation's name the same way in Actions and Partners "
            "(case and accents do not matter). Separate several supporting partners with “;”.",
            "Dates: use real dates or write them as 2025-04-01. Text such as 01/04/2025 is "
            "read day first (1 April 2025).",
            "Percent complete: a whole number from 0 to 100 (55, 55% and 0.55 all mean 55%).",
            "Status, outcome level and sector: choose from the drop-down list.",
            "Then in LIP Planner: File → Import a plan…, check the preview and import. "
            "Nothing is written before you confirm.",
            "Your own workbook works too: LIP Planner finds the header row and recognises "
            "common column names in English and French; extra columns are ignored.",
        ),
    ),
    (
        "Français",
        (
            "Remplissez une feuille par table : Priorités, Objectifs, Actions et "
            "Partenaires. La ligne 2 de chaque feuille est un exemple en gris : écrivez "
            "par-dessus ou laissez-la; elle est ignorée à l’importation tant qu’elle est "
            "inchangée.",
            "Les codes (P1, O1.1, A1.1) relient les tables : un objectif indique le code "
            "de sa priorité, une action celui de son objectif. Laissez un code vide et "
            "LIP Planner en crée un.",
            "Partenaires : écrivez le nom de chaque organisme de la même façon dans "
            "Actions et Partenaires (majuscules et accents sans importance). Séparez "
            "plusieurs partenaires de soutien par « ; ».",
            "Dates : utilisez de vraies dates ou écrivez-les 2025-04-01. Un texte comme "
            "01/04/2025 est lu jour d’abord (1er avril 2025).",
            "Pourcentage réalisé : un nombre entier de 0 à 100 (55, 55 % et 0,55 valent 55 %).",
            "Statut, niveau de résultat et secteur : choisissez dans la liste déroulante.",
            "Puis dans LIP Planner : Fichier → Importer un plan…, vérifiez l’aperçu et "
            "importez. Rien n’est écrit avant votre confirmation.",
            "Votre propre classeur convient aussi : LIP Planner trouve la ligne d’en-tête "
            "et reconnaît les noms de colonnes courants en anglais et en français; les "
            "colonnes en trop sont ignorées.",
        ),
    ),
)
