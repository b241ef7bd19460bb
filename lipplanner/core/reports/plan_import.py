"""Bringing an existing plan in from a spreadsheet: read → preview → create a new file.

`read_plan_workbook` reads our import template, an exported progress report, or the
coordinator's own workbook (title rows above the header, columns renamed or in any
order, French headers, one flat sheet or one sheet per table) and returns an
`ImportPreview`: what would be created and every problem, cell by cell. Nothing is
written until `create_plan_file` builds a NEW plan file from the preview, in one
transaction, next to the target and renamed into place only when complete.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select

from lipplanner.core import defaults
from lipplanner.core import models as m
from lipplanner.core.db import open_plan
from lipplanner.core.errors import UserError
from lipplanner.core.models.base import CODE_MAX, NAME_MAX
from lipplanner.core.periods import MAX_YEAR, MIN_YEAR, fiscal_year_of
from lipplanner.core.reports import workbook_reader
from lipplanner.core.reports.cell_values import (
    CellError,
    fold,
    fold_key,
    read_date,
    read_name,
    read_number,
    read_percent,
    read_text,
    shown,
)
from lipplanner.core.reports.headers import (
    ACTIONS,
    OBJECTIVES,
    PARTNERS,
    PLAN_SCHEMAS,
    PRIORITIES,
    HeaderMatch,
    SheetSchema,
    find_header,
)
from lipplanner.core.reports.import_template import is_example
from lipplanner.core.reports.partner_workbooks import ID_SHEET
from lipplanner.core.reports.workbook_reader import (
    Problem,
    SafeWorkbook,
    SheetRow,
    column_letter,
    open_workbook,
)
from lipplanner.core.services import validation as v

MAX_PROBLEMS = 500  # listed one by one; beyond this they are counted
# Sheets people keep beside their plan that are not tables to import.
# Sheets that are never tables of the plan: instructions, lists, and the other sheets
# of an exported progress report (its Action plan sheet holds the plan).
IGNORED_SHEETS = frozenset(
    fold_key(n)
    for n in (
        "Instructions", "Read me", "Readme", "Lisez-moi", "Cover", "Couverture", "Page titre",
        "Summary", "Sommaire", "Résumé", "Definitions", "Définitions", "Lists", "Listes", "Notes",
        "Charts", "Graphiques", "_lipplanner", "Coverage", "Couverture thématique",
        "Practices", "Pratiques", "Promising practices", "Pratiques prometteuses",
        "Indicators", "Indicateurs", "Indicator history", "Historique des indicateurs",
        "Progress", "Progrès", "Avancement",
    )
)  # fmt: skip

_CODE_CHARS = re.compile(r"[^A-Za-z0-9._\-]")
# Several supporting partners in one cell: "A; B", one per line, or bulleted.
_SPLIT_PARTNERS = re.compile(r"\s*(?:;|\n|•|\|)\s*")

# Words people use for a status, beyond the list's own labels and keys (folded).
STATUS_SYNONYMS = {
    "on target": "on_track", "in progress": "on_track", "underway": "on_track",
    "under way": "on_track", "en cours": "on_track", "green": "on_track", "vert": "on_track",
    "some delays": "minor_delays", "delayed": "minor_delays", "delay": "minor_delays",
    "en retard": "minor_delays", "retard": "minor_delays", "yellow": "minor_delays",
    "jaune": "minor_delays", "amber": "minor_delays",
    "at risk": "serious_concerns", "a risque": "serious_concerns", "red": "serious_concerns",
    "rouge": "serious_concerns", "concerns": "serious_concerns",
    "done": "completed", "complete": "completed", "finished": "completed",
    "terminee": "completed", "realise": "completed", "realisee": "completed",
    "complete e": "completed", "achevee": "completed", "acheve": "completed",
    "continuous": "ongoing", "continu": "ongoing", "continue": "ongoing", "en continu": "ongoing",
    "cancelled": "discontinued", "canceled": "discontinued", "won't be completed": "discontinued",
    "will not be completed": "discontinued", "annule": "discontinued", "annulee": "discontinued",
    "abandonnee": "discontinued", "not yet started": "not_started", "planned": "not_started",
    "a venir": "not_started", "pas commence": "not_started", "non commence": "not_started",
    "not started yet": "not_started", "to do": "not_started",
}  # fmt: skip

OUTCOME_WORDS = {
    "output": "output", "outputs": "output", "extrant": "output", "extrants": "output",
    "immediate": "immediate", "immediat": "immediate", "short term": "immediate",
    "court terme": "immediate", "intermediate": "intermediate", "intermediaire": "intermediate",
    "medium term": "intermediate", "moyen terme": "intermediate", "ultimate": "ultimate",
    "ultime": "ultimate", "final": "ultimate", "long term": "ultimate", "long terme": "ultimate",
}  # fmt: skip


def status_lookup() -> dict[str, str]:
    """Folded label (EN or FR), key or synonym → status key of the default list."""
    table = dict(STATUS_SYNONYMS)
    for status in defaults.STATUSES:
        for name in (status.key, status.key.replace("_", " "), status.label_en, status.label_fr):
            table[fold(name)] = status.key
    return table


# --- what the preview holds ------------------------------------------------------------


@dataclass
class NewPartner:
    name_en: str
    name_fr: str = ""
    acronym: str = ""
    sector: str = ""  # a sector key of the default list, or "" (unknown ones go in notes)
    languages: str = ""
    email: str = ""
    phone: str = ""
    website: str = ""
    notes: str = ""
    listed: bool = False  # on the workbook's Partners sheet (else only named in actions)
    source: str = ""  # where it was first seen, e.g. "Actions!F5"


@dataclass
class NewPriority:
    code: str
    title_en: str
    title_fr: str = ""
    description: str = ""
    source: str = ""


@dataclass
class NewObjective:
    code: str
    priority_code: str
    title_en: str
    title_fr: str = ""
    description: str = ""
    outcome_level: str = "intermediate"
    source: str = ""


@dataclass
class NewAction:
    code: str
    objective_code: str
    title_en: str
    title_fr: str = ""
    description: str = ""
    lead: str | None = None  # folded partner key
    supporting: list[str] = field(default_factory=list)
    working_group: str | None = None  # folded body key
    start: date | None = None
    end: date | None = None
    status: str = "not_started"
    percent: int = 0
    planned_outputs: str = ""
    budget: Decimal | None = None
    in_kind: Decimal | None = None
    source: str = ""


@dataclass
class SheetRead:
    """One sheet and how it was understood."""

    name: str
    kind: str  # a SheetSchema key, or "" when the sheet was not read
    header_row: int | None
    rows: int = 0  # data rows read


@dataclass
class ImportPreview:
    """Everything a plan import would create, and every problem found, before writing."""

    source: Path
    sheets: list[SheetRead] = field(default_factory=list)
    priorities: dict[str, NewPriority] = field(default_factory=dict)  # by code
    objectives: dict[str, NewObjective] = field(default_factory=dict)  # by code
    actions: dict[str, NewAction] = field(default_factory=dict)  # by code
    partners: dict[str, NewPartner] = field(default_factory=dict)  # by folded name
    working_groups: dict[str, str] = field(default_factory=dict)  # folded → name
    problems: list[Problem] = field(default_factory=list)
    more_problems: int = 0  # found beyond MAX_PROBLEMS
    suggested_title: str = ""

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.level == "error"]

    @property
    def notes(self) -> list[Problem]:
        return [p for p in self.problems if p.level == "note"]

    @property
    def has_errors(self) -> bool:
        return bool(self.errors) or self.more_problems > 0

    @property
    def listed_partners(self) -> list[NewPartner]:
        return [p for p in self.partners.values() if p.listed]

    @property
    def new_partners(self) -> list[NewPartner]:
        """Partners named in the actions but not listed on a Partners sheet."""
        return [p for p in self.partners.values() if not p.listed]

    def fiscal_years(self) -> tuple[int, int]:
        """The plan's first and last fiscal years, from the actions' dates (else this year)."""
        days = [d for a in self.actions.values() for d in (a.start, a.end) if d is not None]
        if not days:
            year = fiscal_year_of(date.today())
            return year, year + 3
        first, last = fiscal_year_of(min(days)), fiscal_year_of(max(days))
        return max(first, MIN_YEAR), min(max(last, first), MAX_YEAR)

    def add(self, problem: Problem) -> None:
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(problem)
        else:
            self.more_problems += 1

    def summary(self) -> str:
        """One line: what would be created."""
        return (
            f"{len(self.priorities)} priorities, {len(self.objectives)} objectives, "
            f"{len(self.actions)} actions, {len(self.partners)} partners "
            f"({len(self.listed_partners)} listed, {len(self.new_partners)} new from the actions)"
            f", {len(self.working_groups)} working groups"
        )


# --- reading ------------------------------------------------------------------------------


def read_plan_workbook(location: str | os.PathLike[str]) -> ImportPreview:
    """Read a plan workbook into a preview; raises `UserError` if the file itself cannot
    be used (wrong type, encrypted, damaged, no recognisable sheet)."""
    with open_workbook(Path(location)) as book:
        preview = ImportPreview(source=Path(location))
        if ID_SHEET in book.sheet_names:
            raise UserError(
                f"“{Path(location).name}” is a partner update workbook, not a plan: import it "
                "into its plan with File → Import partner updates… (or "
                "“lipplanner import WORKBOOK --into PLAN.lip”)."
            )
        for note in book.notes:
            preview.add(note)
        found = _recognise_sheets(book, preview)
        if not any(kind == ACTIONS.key for _name, kind, _match in found):
            raise UserError(
                f"No sheet in “{Path(location).name}” has the expected headers: a row naming "
                "the Action (or Activity) column and at least one more, such as Lead partner, "
                "Status or Start. Use File → Save import template… for the layout."
            )
        reader = _PlanReader(book, preview)
        for kind in (PARTNERS.key, PRIORITIES.key, OBJECTIVES.key, ACTIONS.key):
            for name, sheet_kind, match in found:
                if sheet_kind == kind:
                    reader.read_sheet(name, _schema(kind), match)
        reader.finish()
    return preview


def _schema(key: str) -> SheetSchema:
    return next(s for s in PLAN_SCHEMAS if s.key == key)


def _recognise_sheets(
    book: SafeWorkbook, preview: ImportPreview
) -> list[tuple[str, str, HeaderMatch]]:
    """Which table each sheet holds: by its name first, else by its best header row.

    When some sheet is named for a table ("Actions", "Action plan", "Partenaires"), only
    sheets so named are read for that table: a report's Summary or Progress sheet, whose
    headers look like an action list, is then left alone.
    """
    recognised: list[tuple[str, SheetSchema, HeaderMatch, bool]] = []
    for name in book.sheet_names:
        folded = fold_key(name)
        if folded in IGNORED_SHEETS:
            preview.sheets.append(SheetRead(name, "", None))
            continue
        top = list(book.rows(name, limit=30))
        by_name = [s for s in PLAN_SCHEMAS if folded in s.folded_sheet_names]
        best: tuple[SheetSchema, HeaderMatch] | None = None
        for schema in by_name + [s for s in PLAN_SCHEMAS if s not in by_name]:
            match = find_header(top, schema)
            if match is None:
                continue
            if schema in by_name:
                best = (schema, match)
                break
            if best is None or match.score > best[1].score:
                best = (schema, match)
        if best is None:
            preview.sheets.append(SheetRead(name, "", None))
            if top:
                preview.add(
                    Problem(
                        name,
                        None,
                        None,
                        "not read: no header row with the expected column names was found.",
                        "note",
                    )
                )
            continue
        schema, match = best
        recognised.append((name, schema, match, schema in by_name))
        if schema.key == ACTIONS.key and not preview.suggested_title:
            preview.suggested_title = _title_above(top, match.row)
    named = {schema.key for _name, schema, _match, is_named in recognised if is_named}
    found: list[tuple[str, str, HeaderMatch]] = []
    for name, schema, match, is_named in recognised:
        if schema.key in named and not is_named:
            preview.sheets.append(SheetRead(name, "", None))
            preview.add(
                Problem(
                    name,
                    None,
                    None,
                    f"not read: its columns look like {schema.title_en.lower()}, but another "
                    "sheet is named for them.",
                    "note",
                )
            )
            continue
        found.append((name, schema.key, match))
    return found


def _title_above(rows: Iterable[SheetRow], header_row: int) -> str:
    """The first text above the header (a merged title row), as a suggested plan title."""
    for row in rows:
        if row.number >= header_row:
            break
        texts = [read_name(c) for c in row.values if isinstance(c, str) and c.strip()]
        if texts and len(texts[0]) > 3:
            return texts[0][:NAME_MAX]
    return ""


class _PlanReader:
    """Turns the rows of recognised sheets into the preview's items."""

    def __init__(self, book: SafeWorkbook, preview: ImportPreview) -> None:
        self.book = book
        self.preview = preview
        self.statuses = status_lookup()
        self.sectors = {
            fold(name): key for key, en, fr in defaults.TERMS["sector"] for name in (key, en, fr)
        }
        self.priority_titles: dict[str, str] = {}  # folded title → code
        self.objective_titles: dict[tuple[str, str], str] = {}  # (priority, folded) → code
        self.partner_names: dict[str, str] = {}  # folded name/acronym → partner key
        self.default_objectives: dict[str, str] = {}  # priority code → objective code
        self._folded_codes: dict[int, dict[str, str]] = {}
        self._next_number: dict[tuple[int, str], int] = {}

    # -- plumbing --------------------------------------------------------------------------
    def problem(
        self, sheet: str, row: int, col: int | None, text: str, level: str = "error"
    ) -> None:
        letter = None if col is None else column_letter(col)
        self.preview.add(Problem(sheet, row, letter, text, level))

    def read_sheet(self, name: str, schema: SheetSchema, match: HeaderMatch) -> None:
        sheet = SheetRead(name, schema.key, match.row)
        self.preview.sheets.append(sheet)
        for index, header in match.extra:
            self.problem(name, match.row, index, f"column “{header}” is not used; ignored.", "note")
        for index, header in match.duplicates:
            self.problem(
                name,
                match.row,
                index,
                f"column “{header}” repeats an earlier one; ignored.",
                "note",
            )
        french = _is_french(match, schema)
        rows = list(self.book.rows(name, start=match.row + 1))
        if name in self.book.truncated:
            total = self.book.row_count(name)
            beyond = f" (the sheet uses {total:,} rows)" if total else ""
            self.problem(
                name,
                self.book.truncated[name],
                None,
                f"only the first {workbook_reader.MAX_DATA_ROWS:,} rows were read{beyond}; "
                "the rest were left out.",
            )
        formulas = 0
        fractions = _percent_fractions(rows, match.columns.get("percent"))
        read = {
            PRIORITIES.key: self._priority,
            OBJECTIVES.key: self._objective,
            ACTIONS.key: self._action,
            PARTNERS.key: self._partner,
        }[schema.key]
        context: dict[str, Any] = {"french": french, "fractions": fractions}
        for row in rows:
            cells = _Cells(self, name, row, match.columns)
            for index in row.formula_columns:
                if row.get(index) is None:
                    self.problem(
                        name,
                        row.number,
                        index,
                        "holds a formula with no saved result; type the value instead.",
                    )
                else:
                    formulas += 1
            if cells.blank:
                continue
            sheet.rows += 1
            read(cells, context)
        if formulas:
            self.problem(
                name,
                match.row,
                None,
                f"{formulas:,} cells hold formulas; their last saved results were used "
                "(formulas are never calculated here).",
                "note",
            )

    def skip_example(self, cells: _Cells, kind: str) -> bool:
        if not is_example(kind, cells.texts()):
            return False
        cells.note("", "the template's example row was skipped.")
        return True

    # -- partners ------------------------------------------------------------------------
    def _partner(self, cells: _Cells, _context: dict[str, Any]) -> None:
        name = cells.name("name")
        if not name:
            cells.error("name", "no organisation name; the row was left out.")
            return
        if self.skip_example(cells, PARTNERS.key):
            return
        key = fold(name)
        if key in self.partner_names:
            cells.error("name", f"“{shown(name)}” is listed twice; the second row was left out.")
            return
        sector_text = cells.name("sector")
        sector = self.sectors.get(fold(sector_text), "") if sector_text else ""
        partner = NewPartner(
            name_en=name,
            name_fr=cells.name("name_fr"),
            acronym=cells.name("acronym"),
            sector=sector,
            languages=cells.name("languages"),
            email=cells.name("email"),
            phone=cells.name("phone"),
            website=cells.name("website"),
            notes=f"Sector: {sector_text}" if sector_text and not sector else "",
            listed=True,
            source=cells.where("name"),
        )
        if sector_text and not sector:
            cells.note(
                "sector", f"“{shown(sector_text)}” is not in the sector list; kept in notes."
            )
        self.preview.partners[key] = partner
        for alias in (partner.name_fr, partner.acronym):
            if alias:
                self.partner_names.setdefault(fold(alias), key)
        self.partner_names[key] = key

    def partner_key(self, cells: _Cells, column: str, name: str) -> str:
        key = self.partner_names.get(fold(name))
        if key is not None:
            return key
        key = fold(name)
        self.preview.partners[key] = NewPartner(name_en=name, source=cells.where(column))
        self.partner_names[key] = key
        cells.note(column, f"“{shown(name)}” is not a listed partner; it will be added as new.")
        return key

    # -- priorities and objectives -----------------------------------------------------
    def _priority(self, cells: _Cells, _context: dict[str, Any]) -> None:
        title = cells.name("title")
        if not title:
            cells.error("title", "no priority title; the row was left out.")
            return
        if self.skip_example(cells, PRIORITIES.key):
            return
        code = self.code_for(cells, "code", self.preview.priorities, "P")
        self.add_priority(
            NewPriority(
                code, title, cells.name("title_fr"), cells.text("description"), cells.where()
            )
        )

    def add_priority(self, priority: NewPriority) -> None:
        self.preview.priorities[priority.code] = priority
        self.priority_titles.setdefault(fold(priority.title_en), priority.code)
        if priority.title_fr:
            self.priority_titles.setdefault(fold(priority.title_fr), priority.code)

    def _objective(self, cells: _Cells, _context: dict[str, Any]) -> None:
        title = cells.name("title")
        if not title:
            cells.error("title", "no objective title; the row was left out.")
            return
        if self.skip_example(cells, OBJECTIVES.key):
            return
        reference = cells.name("priority_code")
        priority = self.find_priority(reference) if reference else None
        if priority is None:
            if reference:
                cells.error(
                    "priority_code",
                    f"there is no priority “{shown(reference)}”; the objective was put under "
                    "a new priority of that name.",
                )
            priority = self.new_priority(cells, reference or "Imported objectives", None)
        code = self.code_for(cells, "code", self.preview.objectives, f"O{_number_of(priority)}.")
        level_text = cells.name("outcome_level")
        level = OUTCOME_WORDS.get(fold(level_text), "") if level_text else "intermediate"
        if not level:
            cells.error(
                "outcome_level",
                f"“{shown(level_text)}” is not an outcome level (immediate, intermediate, "
                "ultimate or output); intermediate was used.",
            )
            level = "intermediate"
        self.add_objective(
            NewObjective(
                code,
                priority,
                title,
                cells.name("title_fr"),
                cells.text("description"),
                level,
                cells.where(),
            )
        )

    def add_objective(self, objective: NewObjective) -> None:
        self.preview.objectives[objective.code] = objective
        for title in (objective.title_en, objective.title_fr):
            if title:
                self.objective_titles.setdefault(
                    (objective.priority_code, fold(title)), objective.code
                )

    def find_priority(self, text: str) -> str | None:
        """A priority by code or by title (folded)."""
        for code in self.preview.priorities:
            if fold(code) == fold(text):
                return code
        return self.priority_titles.get(fold(text))

    def new_priority(self, cells: _Cells, title: str, code_text: str | None) -> str:
        code = self.code_for(cells, "priority_code", self.preview.priorities, "P", given=code_text)
        self.add_priority(NewPriority(code, title[:NAME_MAX], source=cells.where()))
        return code

    def code_for(
        self,
        cells: _Cells,
        column: str,
        taken: dict[str, Any],
        prefix: str,
        *,
        given: str | None = None,
    ) -> str:
        """The row's code if usable and free, else a generated one (said in a note)."""
        text = cells.name(column) if given is None else given
        if text:
            code = _CODE_CHARS.sub("", text)[:CODE_MAX]
            try:
                code = v.clean_code(code)
            except UserError:
                code = ""
            if code and code.casefold() not in self.folded(taken):
                if code != text:
                    cells.note(column, f"code “{shown(text)}” was written as {code}.")
                return self.claim(taken, code)
            generated = self.free_code(taken, prefix)
            reason = "is already used" if code else "cannot be used as a code"
            cells.error(column, f"code “{shown(text)}” {reason}; this row gets {generated}.")
            return generated
        return self.free_code(taken, prefix)

    def folded(self, taken: dict[str, Any]) -> dict[str, str]:
        """The codes of a table by their case-folded form, kept up to date as codes are
        claimed (rebuilding it for every row made large sheets quadratic)."""
        folded = self._folded_codes.get(id(taken))
        if folded is None or len(folded) < len(taken):
            folded = {c.casefold(): c for c in taken}
            self._folded_codes[id(taken)] = folded
        return folded

    def claim(self, taken: dict[str, Any], code: str) -> str:
        self.folded(taken)[code.casefold()] = code
        return code

    def free_code(self, taken: dict[str, Any], prefix: str) -> str:
        """The first unused code `prefix` + n, claimed."""
        used = self.folded(taken)
        key = (id(taken), prefix)
        n = self._next_number.get(key, 1)
        while f"{prefix}{n}".casefold() in used:
            n += 1
        self._next_number[key] = n + 1
        return self.claim(taken, f"{prefix}{n}")

    # -- actions -------------------------------------------------------------------------
    def _action(self, cells: _Cells, context: dict[str, Any]) -> None:
        title = cells.name("action")
        if self.skip_example(cells, ACTIONS.key):
            return
        priority_code, objective_code = self.place_of(cells, context)
        if not title:
            if not cells.has_any(
                "code", "lead", "supporting", "start", "end", "status", "percent", "description"
            ):
                return  # a heading row giving only a priority or an objective
            cells.error("action", "no action title; the row was left out.")
            return
        objective_code = objective_code or self.default_objective(cells, priority_code)
        code = self.code_for(cells, "code", self.preview.actions, f"A{_number_of(priority_code)}.")
        lead_name = cells.name("lead")
        lead = self.partner_key(cells, "lead", lead_name) if lead_name else None
        supporting: list[str] = []
        for name in _SPLIT_PARTNERS.split(cells.text("supporting")):
            name = read_name(name)
            if not name:
                continue
            key = self.partner_key(cells, "supporting", name)
            if key == lead:
                cells.note("supporting", f"“{shown(name)}” leads this action; not listed twice.")
            elif key not in supporting:
                supporting.append(key)
        group_name = cells.name("working_group")
        group = fold(group_name) if group_name else None
        if group and group_name:
            self.preview.working_groups.setdefault(group, group_name)
        start, end = cells.date("start"), cells.date("end")
        if start and end and end < start:
            cells.error(
                "end", f"ends {end.isoformat()}, before it starts; the end date was left out."
            )
            end = None
        status_text = cells.name("status")
        status = "not_started"
        if status_text:
            found = self.statuses.get(fold(status_text))
            if found is None:
                cells.error(
                    "status",
                    f"“{shown(status_text)}” is not a status (such as On track, Minor delays, "
                    "Completed); Not started was used.",
                )
            else:
                status = found
        percent = cells.percent("percent", context["fractions"])
        french = context["french"]
        self.preview.actions[code] = NewAction(
            code=code,
            objective_code=objective_code,
            title_en=title,
            title_fr=cells.name("action_fr") or (title if french else ""),
            description=cells.text("description"),
            lead=lead,
            supporting=supporting,
            working_group=group,
            start=start,
            end=end,
            status=status,
            percent=percent or 0,
            planned_outputs=cells.text("planned_outputs"),
            budget=cells.money("budget"),
            in_kind=cells.money("in_kind"),
            source=cells.where(),
        )

    def place_of(self, cells: _Cells, context: dict[str, Any]) -> tuple[str, str | None]:
        """The priority and objective a row belongs to, carrying forward the last ones
        seen when the cells are empty (merged cells or heading rows)."""
        p_code, p_title = cells.name("priority_code"), cells.name("priority")
        o_code, o_title = cells.name("objective_code"), cells.name("objective")
        priority: str | None = None
        if p_code or p_title:
            priority = self.find_priority(p_code) if p_code else None
            priority = priority or (self.find_priority(p_title) if p_title else None)
            if priority is None:
                priority = self.new_priority(cells, p_title or p_code, p_code or None)
            context["priority"], context["objective"] = priority, None
        objective: str | None = None
        known = self.folded(self.preview.objectives)
        if o_code and o_code.casefold() in known:
            objective = known[o_code.casefold()]
        elif o_code or o_title:
            owner = priority or context.get("priority")
            if owner is None and o_code and not (p_code or p_title):
                owner = self.new_priority(cells, "Imported objectives", None)
            owner = owner or self.new_priority(cells, "Imported actions", None)
            if o_title and not o_code:
                objective = self.objective_titles.get((owner, fold(o_title)))
            if objective is None:
                code = self.code_for(
                    cells,
                    "objective_code",
                    self.preview.objectives,
                    f"O{_number_of(owner)}.",
                    given=o_code or "",
                )
                self.add_objective(
                    NewObjective(code, owner, (o_title or o_code)[:NAME_MAX], source=cells.where())
                )
                objective = code
                if not o_title:
                    cells.note(
                        "objective_code",
                        f"objective {code} is not on an Objectives sheet; it will be created "
                        f"under {owner} with its code as title (rename it later).",
                    )
        if objective is not None:
            context["objective"] = objective
            priority = self.preview.objectives[objective].priority_code
            context["priority"] = priority
        priority = priority or context.get("priority")
        if priority is None:
            priority = self.new_priority(cells, "Imported actions", None)
            cells.note(
                "action",
                f"no priority is given for this action; it is placed under {priority} "
                "“Imported actions”.",
            )
            context["priority"] = priority
        return priority, objective or context.get("objective")

    def default_objective(self, cells: _Cells, priority: str) -> str:
        """The objective for actions given no objective: one per priority, named after it."""
        if priority not in self.default_objectives:
            title = self.preview.priorities[priority].title_en
            code = self.free_code(self.preview.objectives, f"O{_number_of(priority)}.")
            self.add_objective(NewObjective(code, priority, title, source=cells.where()))
            self.default_objectives[priority] = code
            cells.note(
                "action",
                f"no objective is given; actions of {priority} go under a new objective {code} "
                "with the priority's title (rename it later).",
            )
        return self.default_objectives[priority]

    def finish(self) -> None:
        """Checks that need the whole workbook."""
        if not self.preview.actions:
            self.preview.add(Problem("", None, None, "No actions were found to import."))


def _is_french(match: HeaderMatch, schema: SheetSchema) -> bool:
    """Whether the header row is in French, so its titles are French too (they are then
    also kept as the French titles, unless the sheet has a separate French column)."""
    return match.lang == "fr" and "action_fr" not in match.columns


def _percent_fractions(rows: list[SheetRow], column: int | None) -> bool:
    """Whether a percent column holds fractions (every number in it between 0 and 1)."""
    if column is None:
        return False
    numbers = [r.get(column) for r in rows if isinstance(r.get(column), int | float)]
    numbers = [n for n in numbers if not isinstance(n, bool)]
    return bool(numbers) and all(0 <= n <= 1 for n in numbers) and any(n > 0 for n in numbers)


def _number_of(code: str) -> str:
    """The number part of a priority code, for generated codes: "P3" → "3"."""
    digits = re.sub(r"^[A-Za-z]+", "", code)
    return digits or code


class _Cells:
    """One data row with its columns by field key, reading values and reporting problems."""

    def __init__(
        self, reader: _PlanReader, sheet: str, row: SheetRow, columns: dict[str, int]
    ) -> None:
        self.reader, self.sheet, self.row, self.columns = reader, sheet, row, columns

    @property
    def blank(self) -> bool:
        return not any(_present(self.row.get(i)) for i in self.columns.values())

    def has_any(self, *keys: str) -> bool:
        return any(k in self.columns and _present(self.row.get(self.columns[k])) for k in keys)

    def texts(self) -> dict[str, str]:
        """Every mapped cell as text (for comparing with the template's example)."""
        texts = {}
        for key in self.columns:
            try:
                texts[key] = read_text(self.raw(key))
            except CellError:
                texts[key] = ""
        return texts

    def raw(self, key: str) -> Any:
        index = self.columns.get(key)
        return None if index is None else self.row.get(index)

    def where(self, key: str | None = None) -> str:
        index = self.columns.get(key) if key else None
        return Problem(
            self.sheet, self.row.number, None if index is None else column_letter(index), ""
        ).location

    def error(self, key: str, text: str) -> None:
        self.reader.problem(self.sheet, self.row.number, self.columns.get(key), text)

    def note(self, key: str, text: str) -> None:
        self.reader.problem(self.sheet, self.row.number, self.columns.get(key), text, "note")

    def _read(self, key: str, reader: Callable[[Any], Any], empty: Any) -> Any:
        value = self.raw(key)
        try:
            return reader(value)
        except CellError as error:
            self.error(key, f"{error}; left empty.")
            return empty

    def text(self, key: str) -> str:
        return str(self._read(key, read_text, ""))

    def name(self, key: str) -> str:
        name = str(self._read(key, read_name, ""))
        if len(name) > NAME_MAX:
            self.error(key, f"longer than {NAME_MAX} characters; shortened.")
            name = name[:NAME_MAX]
        return name

    def date(self, key: str) -> date | None:
        result: date | None = self._read(key, read_date, None)
        return result

    def percent(self, key: str, fractions: bool) -> int | None:
        result: int | None = self._read(key, lambda x: read_percent(x, fractions=fractions), None)
        return result

    def money(self, key: str) -> Decimal | None:
        number: float | None = self._read(key, read_number, None)
        if number is None:
            return None
        if number < 0:
            self.error(key, f"{number:g} is negative; left empty.")
            return None
        return Decimal(str(number)).quantize(Decimal("0.01"))


def _present(value: object) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())


# --- writing the new plan file ---------------------------------------------------------


@dataclass(frozen=True)
class PlanIdentity:
    """What the spreadsheet does not say: names and years of the new plan."""

    lip_name: str
    plan_title: str
    first_year: int
    last_year: int


def default_identity(preview: ImportPreview) -> PlanIdentity:
    first, last = preview.fiscal_years()
    title = preview.suggested_title or preview.source.stem.replace("_", " ")
    return PlanIdentity("Local Immigration Partnership", title[:NAME_MAX], first, last)


def create_plan_file(
    preview: ImportPreview, target: str | os.PathLike[str], identity: PlanIdentity | None = None
) -> Path:
    """Write a NEW plan file holding the preview's items, all or nothing.

    Refuses to replace an existing file. The plan is built in a temporary file beside the
    target in one transaction, then moved into place; on any error nothing is left behind.
    """
    path = Path(target)
    if path.suffix.lower() != ".lip":
        path = path.with_name(path.name + ".lip")
    if path.exists():
        raise UserError(f"“{path.name}” already exists; choose a new file name.")
    if not path.parent.is_dir():
        raise UserError(f"The folder “{path.parent}” does not exist.")
    if not preview.actions:
        raise UserError("There is nothing to import: no actions were found.")
    identity = identity or default_identity(preview)
    temporary = path.with_name(f".{path.stem}.importing.lip")
    _remove_sqlite(temporary)
    db = open_plan(temporary, create=True)
    try:
        with db.transaction() as session:
            _write_plan(session, preview, identity)
    except BaseException:
        db.close()
        _remove_sqlite(temporary)
        raise
    db.close()
    try:
        # A hard link fails if the target appeared meanwhile: never overwrite.
        os.link(temporary, path)
    except FileExistsError:
        _remove_sqlite(temporary)
        raise UserError(f"“{path.name}” already exists; choose a new file name.") from None
    except OSError:
        if path.exists():
            _remove_sqlite(temporary)
            raise UserError(f"“{path.name}” already exists; choose a new file name.") from None
        os.replace(temporary, path)
    _remove_sqlite(temporary)
    return path


def _remove_sqlite(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _write_plan(session: Any, preview: ImportPreview, identity: PlanIdentity) -> None:
    """Bulk inserts of values the preview already checked, in one transaction."""
    lip = v.clean_name(identity.lip_name, "LIP name")
    title = v.clean_name(identity.plan_title, "Plan title")
    if not MIN_YEAR <= identity.first_year <= identity.last_year <= MAX_YEAR:
        raise UserError("The plan's fiscal years are not in order.")
    session.add(m.Partnership(name_en=lip))
    plan = m.Plan(
        title_en=title,
        first_year=identity.first_year,
        last_year=identity.last_year,
        status="draft",
    )
    session.add(plan)
    session.flush()
    statuses = dict(session.execute(select(m.Status.key, m.Status.id)).all())
    sectors = dict(
        session.execute(select(m.Term.key, m.Term.id).where(m.Term.vocabulary == "sector")).all()
    )
    bodies: dict[str, int] = {}
    for position, (key, name) in enumerate(preview.working_groups.items()):
        body = m.Body(name_en=name, kind="working_group", position=position)
        session.add(body)
        session.flush()
        bodies[key] = body.id
    partners: dict[str, int] = {}
    for key, p in preview.partners.items():
        partner = m.Partner(
            name_en=p.name_en,
            name_fr=p.name_fr,
            acronym=p.acronym,
            sector_id=sectors.get(p.sector),
            languages=p.languages,
            email=p.email,
            phone=p.phone,
            website=p.website,
            notes=p.notes,
        )
        session.add(partner)
        session.flush()
        partners[key] = partner.id
    priorities: dict[str, int] = {}
    for position, pr in enumerate(preview.priorities.values()):
        row = m.Priority(
            plan_id=plan.id,
            code=pr.code,
            title_en=pr.title_en,
            title_fr=pr.title_fr,
            description=pr.description,
            position=position,
        )
        session.add(row)
        session.flush()
        priorities[pr.code] = row.id
    objectives: dict[str, int] = {}
    positions: dict[str, int] = {}
    for ob in preview.objectives.values():
        position = positions.get(ob.priority_code, 0)
        positions[ob.priority_code] = position + 1
        objective_row = m.Objective(
            plan_id=plan.id,
            priority_id=priorities[ob.priority_code],
            code=ob.code,
            title_en=ob.title_en,
            title_fr=ob.title_fr,
            description=ob.description,
            outcome_level=ob.outcome_level,
            position=position,
        )
        session.add(objective_row)
        session.flush()
        objectives[ob.code] = objective_row.id
    rows = []
    links: list[tuple[str, list[str]]] = []
    positions = {}
    for a in preview.actions.values():
        position = positions.get(a.objective_code, 0)
        positions[a.objective_code] = position + 1
        rows.append(
            {
                "plan_id": plan.id,
                "objective_id": objectives[a.objective_code],
                "code": a.code,
                "title_en": a.title_en,
                "title_fr": a.title_fr,
                "description": a.description,
                "lead_partner_id": partners.get(a.lead) if a.lead else None,
                "body_id": bodies.get(a.working_group) if a.working_group else None,
                "start_date": a.start,
                "end_date": a.end,
                "status_id": statuses[a.status],
                "percent_complete": a.percent,
                "planned_outputs": a.planned_outputs,
                "budget": a.budget,
                "in_kind": a.in_kind,
                "position": position,
            }
        )
        links.append((a.code, a.supporting))
    if rows:
        session.execute(insert(m.Action), rows)
    action_ids = dict(
        session.execute(select(m.Action.code, m.Action.id).where(m.Action.plan_id == plan.id)).all()
    )
    supporting = [
        {"action_id": action_ids[code], "partner_id": partners[key], "role": "supporting"}
        for code, keys in links
        for key in keys
    ]
    if supporting:
        session.execute(insert(m.ActionPartner), supporting)
