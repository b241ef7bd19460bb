"""Stage 5: the plan's items from the grid, read through the mapping.

Sheets are read in dependency order: partner lists, priority and objective tables, then
the action sheets. In an action sheet each row has the level the hierarchy stage gave it
(or the person forced); section rows open a priority or objective, narrative lines add
to its description, and action rows carry forward the last priority and objective seen
(merged cells, heading rows). Every value that cannot be used is a `Problem` at its cell.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from lipplanner.core import defaults
from lipplanner.core.errors import UserError
from lipplanner.core.models.base import CODE_MAX, NAME_MAX
from lipplanner.core.periods import Period
from lipplanner.core.reports.cell_values import (
    CellError,
    ErrorValue,
    error_phrase,
    fold,
    read_date,
    read_name,
    read_number,
    read_percent,
    read_text,
    shown,
)
from lipplanner.core.reports.grid import CellValue, SheetGrid, WorkbookGrid
from lipplanner.core.reports.import_template import is_example
from lipplanner.core.reports.plan_import.header import heading_at
from lipplanner.core.reports.plan_import.hierarchy import (
    Structure,
    find_structure,
    numbering,
    section_title,
    sheet_section,
)
from lipplanner.core.reports.plan_import.mapping import ImportMapping, SheetMapping
from lipplanner.core.reports.plan_import.preview import (
    ImportPreview,
    NewAction,
    NewObjective,
    NewPartner,
    NewPriority,
    SheetRead,
)
from lipplanner.core.reports.plan_import.roles import (
    heading_language,
    quarter_of_heading,
    role_of,
    year_of_heading,
)
from lipplanner.core.reports.plan_import.values import (
    NO_SPAN,
    Span,
    StatusReader,
    frenchness,
    is_working_group,
    language_of,
    last_plan_year,
    measure_line,
    measured,
    quarter_named,
    read_timeline,
    relative_note,
    split_bilingual,
    split_bullets,
    split_partners,
    status_of_percent,
    ticked,
    years_named,
)
from lipplanner.core.reports.workbook_reader import Problem, column_letter
from lipplanner.core.services import validation as v

_CODE_CHARS = re.compile(r"[^A-Za-z0-9._\-]")
_SPLIT_LIST = re.compile(r"\s*(?:;|\n|•)\s*")
# Roles read once per row; a second column with the same role is left out.
SINGLE_ROLES = frozenset(
    {"priority", "priority_code", "objective", "objective_code", "action", "code", "french",
     "lead", "lead_partners", "working_group", "timeline", "start", "end", "status",
     "percent", "outcome_level", "budget", "in_kind", "partner", "partner_fr", "acronym",
     "sector", "languages", "email", "phone", "website"}
)  # fmt: skip
_UNKNOWN_NAMES = frozenset(
    {"tbd", "tbc", "n/a", "na", "-", "?", "a determiner", "to be determined"}
)
_MONTH_YEAR = re.compile(
    r"\b(january|february|march|april|may|june|july|august|september|october|november|"
    r"december|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|"
    r"decembre)\b[\s,]+((?:19|20)\d\d)\b"
)
_QUARTER_YEAR = re.compile(r"\b(?:q|quarter|trimestre|t)\s?([1-4])\b.*?\b((?:19|20)\d\d)\b|"
                           r"\b((?:19|20)\d\d)\s+(?:q|quarter|trimestre)\s?([1-4])\b")  # fmt: skip
_MONTH_NUMBERS = {
    name: i + 1
    for i, names in enumerate(
        (("january", "janvier"), ("february", "fevrier"), ("march", "mars"), ("april", "avril"),
         ("may", "mai"), ("june", "juin"), ("july", "juillet"), ("august", "aout"),
         ("september", "septembre"), ("october", "octobre"), ("november", "novembre"),
         ("december", "decembre"))
    )
    for name in names
}  # fmt: skip


def table_kind(sheet: SheetMapping) -> str:
    """What a sheet's columns make it: "actions", "objectives", "priorities",
    "partners", or "" (nothing to read)."""
    roles = set(sheet.columns.values())
    if roles & {"action", "quarter"}:
        return "actions"
    if "objective" in roles:
        return "objectives"
    if "priority" in roles:
        return "priorities"
    if "partner" in roles:
        return "partners"
    return ""


@dataclass(frozen=True)
class _Columns:
    """A sheet's columns by role: the first column of a single role, all of the others."""

    single: dict[str, int]
    many: dict[str, list[int]]
    ignored: list[int]  # columns named for a role already taken

    @classmethod
    def of(cls, mapping: SheetMapping) -> _Columns:
        single: dict[str, int] = {}
        many: dict[str, list[int]] = {}
        ignored: list[int] = []
        for column, role in sorted(mapping.columns.items()):
            if role == "ignore":
                continue
            if role in SINGLE_ROLES:
                if role in single:
                    ignored.append(column)
                else:
                    single[role] = column
            else:
                many.setdefault(role, []).append(column)
        return cls(single, many, ignored)


def build(
    grid: WorkbookGrid,
    mapping: ImportMapping,
    known_partners: Sequence[str] = (),
    known_statuses: Mapping[str, str] | None = None,
) -> ImportPreview:
    """The preview of everything `mapping` reads from `grid`."""
    from pathlib import Path

    preview = ImportPreview(source=Path(grid.source))
    for problem in grid.problems:
        preview.add(problem)
    reader = _PlanReader(grid, mapping, preview, known_partners, known_statuses)
    included = {s.sheet: s for s in mapping.sheets if s.include and s.header_rows}
    kinds = {name: table_kind(s) for name, s in included.items()}
    if "actions" not in kinds.values():
        raise UserError(
            f"No sheet in “{grid.source}” has the expected headers: a row naming "
            "the Action (or Activity) column and at least one more, such as Lead partner, "
            "Status or Start. Use File → Save import template… for the layout."
        )
    for sheet in grid.sheets:
        if sheet.name not in included or not kinds[sheet.name]:
            preview.sheets.append(SheetRead(sheet.name, "", None))
    for kind in ("partners", "priorities", "objectives", "actions"):
        for sheet in grid.sheets:
            if kinds.get(sheet.name) == kind:
                reader.read_sheet(sheet, included[sheet.name], kind)
    reader.finish()
    return preview


class _PlanReader:
    """Turns the rows of the mapped sheets into the preview's items."""

    def __init__(
        self,
        grid: WorkbookGrid,
        mapping: ImportMapping,
        preview: ImportPreview,
        known_partners: Sequence[str],
        known_statuses: Mapping[str, str] | None,
    ) -> None:
        self.grid = grid
        self.mapping = mapping
        self.preview = preview
        self.known_statuses = known_statuses
        self.known_partners = {fold(name): name for name in known_partners}
        self.sectors = {
            fold(name): key for key, en, fr in defaults.TERMS["sector"] for name in (key, en, fr)
        }
        self.priority_titles: dict[str, str] = {}  # folded title → code
        self.objective_titles: dict[tuple[str, str], str] = {}  # (priority, folded) → code
        self.partner_names: dict[str, str] = {}  # folded name/acronym → partner key
        self.default_objectives: dict[str, str] = {}  # priority code → objective code
        self._folded_codes: dict[int, dict[str, str]] = {}
        self._next_number: dict[tuple[int, str], int] = {}
        self.action_sheets = sum(
            1 for s in mapping.sheets if s.include and s.header_rows and table_kind(s) == "actions"
        )
        self.statuses: StatusReader = StatusReader(chosen=mapping.statuses, known=known_statuses)
        self.light_noted = False  # the note on colours read without a legend is given once
        self.error_cells: set[tuple[str, int, int]] = set()  # error values already said

    # -- plumbing --------------------------------------------------------------------------
    def problem(
        self, sheet: str, row: int, col: int | None, text: str, level: str = "error"
    ) -> None:
        letter = None if col is None else column_letter(col)
        self.preview.add(Problem(sheet, row, letter, text, level))

    def error_value(
        self, sheet: str, row: int, column: int, value: str, heading: str | None
    ) -> None:
        """An error cell (0-based row), said once however often the row reads it."""
        if (sheet, row, column) in self.error_cells:
            return
        self.error_cells.add((sheet, row, column))
        where = f"column “{shown(heading)}” " if heading else ""
        self.problem(sheet, row + 1, column, f"{where}{error_phrase(value)}; left empty.")

    def read_sheet(self, sheet: SheetGrid, mapping: SheetMapping, kind: str) -> None:
        heading = heading_at(sheet, mapping.header_rows)
        header_row = mapping.header_rows[0] + 1
        read = SheetRead(sheet.name, kind, header_row)
        self.preview.sheets.append(read)
        columns = _Columns.of(mapping)
        failed = self._failed_headings(sheet, mapping.header_rows)
        for column, role in sorted(mapping.columns.items()):
            text = heading.texts.get(column, "")
            if column in failed:
                self.problem(
                    sheet.name, failed[column][0] + 1, column,
                    f"{error_phrase(failed[column][1])} instead of a column name; "
                    "the column was not read.",
                )  # fmt: skip
            elif role == "ignore" and text and role_of(text) is None:
                self.problem(sheet.name, header_row, column,
                             f"column “{shown(text)}” is not used; ignored.", "note")  # fmt: skip
        for column in columns.ignored:
            text = heading.texts.get(column, "")
            self.problem(
                sheet.name, header_row, column,
                f"column “{shown(text)}” repeats an earlier one; ignored.", "note",
            )  # fmt: skip
        structure = find_structure(
            sheet, heading.last_row, mapping.columns, mapping.levels if kind == "actions" else {}
        )
        context = _SheetContext(sheet, mapping, heading.texts, columns, structure, self)
        if kind == "actions":
            self.preview.year_hints.extend(context.year_hints)
            if self.preview.report_period is None:
                self.preview.report_period = context.report_period
            if not self.preview.suggested_title:
                self.preview.suggested_title = context.title
            self.statuses.legend.update(structure.legend)
        handler = {
            "partners": self._partner,
            "priorities": self._priority,
            "objectives": self._objective,
            "actions": self._action_row,
        }[kind]
        for number in range(heading.last_row + 1, len(sheet.rows)):
            level = structure.levels.get(number, "skip") if kind == "actions" else "table"
            cells = _Cells(self, context, number)
            if level == "skip" or cells.blank:
                continue
            read.rows += 1
            handler(cells, level)

    @staticmethod
    def _failed_headings(sheet: SheetGrid, rows: tuple[int, ...]) -> dict[int, tuple[int, str]]:
        """Heading cells holding an error value: column → (row, the error)."""
        failed: dict[int, tuple[int, str]] = {}
        for row in rows:
            for column, cell in enumerate(sheet.rows[row] if row < len(sheet.rows) else ()):
                if isinstance(cell.value, ErrorValue):
                    failed.setdefault(column, (row, cell.value))
        return failed

    def skip_example(self, cells: _Cells, kind: str) -> bool:
        """The import template's example row, which is the first row under its heading."""
        if cells.number > cells.context.mapping.header_rows[-1] + 2:
            return False
        if not is_example(kind, cells.texts()):
            return False
        cells.note("", "the template's example row was skipped.")
        return True

    # -- partners ------------------------------------------------------------------------
    def _partner(self, cells: _Cells, _level: str) -> None:
        name = cells.name("partner")
        if not name:
            cells.error("partner", "no organisation name; the row was left out.")
            return
        if self.skip_example(cells, "partners"):
            return
        key = fold(name)
        if key in self.partner_names:
            cells.error("partner", f"“{shown(name)}” is listed twice; the second row was left out.")
            return
        sector_text = cells.name("sector")
        sector = self.sectors.get(fold(sector_text), "") if sector_text else ""
        partner = NewPartner(
            name_en=name,
            name_fr=cells.name("partner_fr"),
            acronym=cells.name("acronym"),
            sector=sector,
            languages=cells.name("languages"),
            email=cells.name("email"),
            phone=cells.name("phone"),
            website=cells.name("website"),
            notes=f"Sector: {sector_text}" if sector_text and not sector else "",
            listed=True,
            source=cells.where("partner"),
            existing=self.known_partners.get(key),
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

    def partner_key(self, cells: _Cells, column: str, written: str) -> str | None:
        """The partner a name refers to, proposing a new one when it is not listed (an
        acronym of the sheet's key is written out; the person's choice is followed)."""
        if fold(written) in _UNKNOWN_NAMES:
            return None
        chosen = self.mapping.partners.get(written, "")
        name = written
        if chosen:
            name = chosen
        key = self.partner_names.get(fold(name))
        if key is not None:
            return key
        acronym = ""
        expanded = cells.context.structure.acronyms.get(name)
        if expanded:
            acronym, name = name, expanded
            key = self.partner_names.get(fold(name))
            if key is not None:
                self.partner_names[fold(acronym)] = key
                return key
        key = fold(name)
        existing = self.known_partners.get(key) or (chosen or None)
        self.preview.partners[key] = NewPartner(
            name_en=name, acronym=acronym, source=cells.where(column), existing=existing
        )
        self.partner_names[key] = key
        if acronym:
            self.partner_names[fold(acronym)] = key
        if existing is None:
            cells.note(column, f"“{shown(name)}” is not a listed partner; it will be added as new.")
        return key

    # -- priorities and objectives -----------------------------------------------------
    def _priority(self, cells: _Cells, _level: str) -> None:
        title = cells.name("priority")
        if not title:
            cells.error("priority", "no priority title; the row was left out.")
            return
        if self.skip_example(cells, "priorities"):
            return
        code = self.code_for(cells, "code", self.preview.priorities, "P")
        self.add_priority(
            NewPriority(code, title, cells.name("french"), cells.text("description"), cells.where())
        )

    def add_priority(self, priority: NewPriority) -> None:
        self.preview.priorities[priority.code] = priority
        self.priority_titles.setdefault(fold(priority.title_en), priority.code)
        if priority.title_fr:
            self.priority_titles.setdefault(fold(priority.title_fr), priority.code)

    def _objective(self, cells: _Cells, _level: str) -> None:
        title = cells.name("objective")
        if not title:
            cells.error("objective", "no objective title; the row was left out.")
            return
        if self.skip_example(cells, "objectives"):
            return
        column = "priority_code" if cells.has_any("priority_code") else "priority"
        reference = cells.name(column)
        priority = self.find_priority(reference) if reference else None
        if priority is None:
            if reference:
                cells.error(
                    column,
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
                cells.name("french"),
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

    def new_priority(
        self, cells: _Cells, title: str, code_text: str | None, title_fr: str = ""
    ) -> str:
        code = self.code_for(cells, "priority_code", self.preview.priorities, "P", given=code_text)
        self.add_priority(NewPriority(code, title[:NAME_MAX], title_fr[:NAME_MAX],
                                      source=cells.where()))  # fmt: skip
        return code

    def new_objective(
        self, cells: _Cells, owner: str, title: str, code_text: str, title_fr: str = ""
    ) -> str:
        code = self.code_for(
            cells,
            "objective_code",
            self.preview.objectives,
            f"O{_number_of(owner)}.",
            given=code_text,
        )
        self.add_objective(
            NewObjective(code, owner, title[:NAME_MAX], title_fr[:NAME_MAX], source=cells.where())
        )
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

    # -- action sheets -------------------------------------------------------------------
    def _action_row(self, cells: _Cells, level: str) -> None:
        if level in ("priority", "objective"):
            self._section(cells, level)
        elif level == "description":
            self._narrative(cells)
        else:
            self._action(cells)

    def _section(self, cells: _Cells, level: str) -> None:
        """A section row: a priority (or an objective) the rows below belong to."""
        context = cells.context
        text = cells.first_text()
        numbered = numbering(text)
        title = section_title(numbered.rest if numbered else text)
        title_en, title_fr = context.languages(title)
        if level == "priority":
            code = f"P{numbered.number}" if numbered else None
            context.priority = self.new_priority(cells, title_en, code, title_fr)
            context.objective = None
            context.described = ("priority", context.priority)
        else:
            owner = context.priority or self.sheet_priority(cells)
            code = f"O{numbered.number}" if numbered else ""
            context.objective = self.new_objective(cells, owner, title_en, code, title_fr)
            context.described = ("objective", context.objective)

    def _narrative(self, cells: _Cells) -> None:
        """A line under a section title: that section's description."""
        kind, code = cells.context.described or ("", "")
        text = cells.first_text()
        item: NewPriority | NewObjective | None = (
            self.preview.priorities.get(code) if kind == "priority" else
            self.preview.objectives.get(code) if kind == "objective" else None
        )  # fmt: skip
        if item is not None:
            item.description = f"{item.description}\n{text}".strip()

    def sheet_priority(self, cells: _Cells) -> str:
        """The priority of actions a sheet gives none: one per working group's sheet
        when there are several, else one placeholder (said in a note)."""
        context = cells.context
        if context.sheet_priority is None:
            if named := sheet_section(context.sheet.name):
                title_en, title_fr = context.languages(section_title(named.rest))
                context.sheet_priority = self.new_priority(
                    cells, title_en, f"P{named.number}", title_fr
                )
            elif self.action_sheets > 1:
                context.sheet_priority = self.new_priority(cells, context.sheet.name, None)
            else:
                context.sheet_priority = self.new_priority(cells, "Imported actions", None)
                cells.note(
                    "action",
                    f"no priority is given for this action; it is placed under "
                    f"{context.sheet_priority} “Imported actions”.",
                )
        return context.sheet_priority

    def place_of(self, cells: _Cells) -> tuple[str, str | None]:
        """The priority and objective a row belongs to, carrying forward the last ones
        seen when the cells are empty (merged cells or heading rows)."""
        context = cells.context
        p_code, p_title = cells.name("priority_code"), cells.name("priority")
        o_code, o_title = cells.name("objective_code"), cells.name("objective")
        if p_title and not p_code and (numbered := numbering(p_title)):
            p_code, p_title = f"P{numbered.number}", numbered.rest
        if o_title and not o_code and (numbered := numbering(o_title)):
            o_code, o_title = f"O{numbered.number}", numbered.rest
        priority: str | None = None
        if p_code or p_title:
            priority = self.find_priority(p_code) if p_code else None
            priority = priority or (self.find_priority(p_title) if p_title else None)
            en, fr = context.languages(p_title or p_code)
            # "Health / Santé" is found by its English title on the rows below.
            priority = priority or (self.find_priority(en) if p_title else None)
            if priority is None:
                priority = self.new_priority(cells, en, p_code or None, fr)
            if priority != context.priority:
                context.priority, context.objective = priority, None
        objective: str | None = None
        known = self.folded(self.preview.objectives)
        if o_code and o_code.casefold() in known and not o_title:
            objective = known[o_code.casefold()]
        elif o_code or o_title:
            owner = priority or context.priority
            if owner is None and o_code and not (p_code or p_title):
                owner = self.new_priority(cells, "Imported objectives", None)
            owner = owner or self.sheet_priority(cells)
            en, fr = context.languages(o_title or o_code)
            if o_title:
                objective = self.objective_titles.get((owner, fold(o_title)))
                objective = objective or self.objective_titles.get((owner, fold(en)))
            if objective is None and o_code and o_code.casefold() in known:
                objective = known[o_code.casefold()]
            if objective is None:
                objective = self.new_objective(cells, owner, en, o_code or "", fr)
                if not o_title:
                    cells.note(
                        "objective_code",
                        f"objective {objective} is not on an Objectives sheet; it will be "
                        f"created under {owner} with its code as title (rename it later).",
                    )
        if objective is not None:
            context.objective = objective
            context.priority = self.preview.objectives[objective].priority_code
        priority = priority or context.priority
        if priority is None:
            priority = self.sheet_priority(cells)
            context.priority = priority
        return priority, objective or context.objective

    def default_objective(self, cells: _Cells, priority: str) -> str:
        """The objective for actions given no objective: one per priority, named after it."""
        if priority not in self.default_objectives:
            owner = self.preview.priorities[priority]
            code = self.free_code(self.preview.objectives, f"O{_number_of(priority)}.")
            self.add_objective(
                NewObjective(code, priority, owner.title_en, owner.title_fr, source=cells.where())
            )
            self.default_objectives[priority] = code
            cells.note(
                "action",
                f"no objective is given; actions of {priority} go under a new objective {code} "
                "with the priority's title (rename it later).",
            )
        return self.default_objectives[priority]

    def _action(self, cells: _Cells) -> None:
        context = cells.context
        title = cells.name("action") if "action" in context.columns.single else ""
        if title and self.skip_example(cells, "actions"):
            return
        forced = cells.number in context.mapping.levels
        if not title and forced and "action" not in context.columns.single:
            title = read_name(cells.first_text()[: NAME_MAX + 1])
        quarters = cells.quarter_items()
        priority, objective = self.place_of(cells)
        if not title and not quarters:
            if not cells.has_any(
                "code", "lead", "partners", "lead_partners", "start", "end", "status",
                "percent", "description", "timeline",
            ):  # fmt: skip
                return  # a heading row giving only a priority or an objective
            if "action" in context.columns.single:
                cells.error("action", "no action title; the row was left out.")
                return
        if (title and title.startswith(tuple("•·▪-*–"))) or "\n" in cells.text("action"):
            written = cells.text("action")
            lines = [line.strip() for line in written.splitlines() if line.strip()]
            if len(lines) == 2 and (context.bilingual or split_bilingual(written)):
                # One activity in both languages, a line each: languages() splits it.
                items = [("\n".join(lines), NO_SPAN)]
            else:
                items = [(read_name(t), NO_SPAN) for t in split_bullets(written)]
                items = [(t, s) for t, s in items if t]
        else:
            items = [(title, NO_SPAN)] if title else []
        items += quarters
        objective = objective or self.default_objective(cells, priority)
        shared = self._action_fields(cells)
        for item_title, quarter_span in items:
            self._add_action(
                cells, objective, priority, item_title, quarter_span, shared, len(items)
            )

    def _action_fields(self, cells: _Cells) -> dict[str, Any]:
        """What every action of one row shares: partners, dates, status, progress…"""
        context = cells.context
        names: list[str] = []
        supporting_names: list[tuple[str, str]] = []  # name, the role of its column
        lead_column = "lead_partners" if cells.has_any("lead_partners") else "lead"
        if lead_column in context.columns.single:
            names = split_partners(cells.text(lead_column), self.partner_names)
        for column in context.columns.many.get("partners", []):
            supporting_names += [
                (name, "partners")
                for name in split_partners(cells.text_at(column), self.partner_names)
            ]
        group_name = cells.name("working_group")
        lead: str | None = None
        if names:
            first, rest = names[0], names[1:]
            if is_working_group(first) and not group_name:
                group_name = first
            else:
                lead = self.partner_key(cells, lead_column, first)
            supporting_names = [(name, lead_column) for name in rest] + supporting_names
        supporting: list[str] = []
        for name, role in supporting_names:
            key = self.partner_key(cells, role, read_name(name))
            if key is None:
                continue
            if key == lead:
                cells.note(role, f"“{shown(name)}” leads this action; not listed twice.")
            elif key not in supporting:
                supporting.append(key)
        if (
            not group_name
            and context.sheet_priority is not None
            and self.action_sheets > 1
            and not sheet_section(context.sheet.name)  # a direction is not a working group
        ):
            group_name = context.sheet.name  # one sheet per working group: its owner
        group = fold(group_name) if group_name else None
        if group and group_name:
            self.preview.working_groups.setdefault(group, group_name)
        span = cells.span()
        status_text = cells.text("status")
        status_heading = context.headings.get(context.columns.single.get("status", -1), "")
        status = self.statuses.read(status_text, cells.fill("status"), status_heading)
        if status is None and status_text:
            cells.error(
                "status",
                f"“{shown(status_text)}” is not a status (such as On track, Minor delays, "
                "Completed); Not started was used.",
            )
            if status_text not in self.preview.unknown_statuses:
                self.preview.unknown_statuses.append(status_text)
        if self.statuses.guessed and not self.light_noted:
            self.light_noted = True
            cells.note(
                "status",
                "the status colours have no legend on the sheet; green was read as On "
                "track, amber as Minor delays and red as Serious concerns.",
            )
        if status is None and span.ongoing:
            status = "ongoing"
        description_columns = [context.columns.single.get("description")]
        description_columns += context.columns.many.get("description", [])
        descriptions = [
            _labelled(context.headings.get(c, ""), cells.text_at(c))
            for c in description_columns
            if c is not None
        ]
        descriptions += [
            f"Expected outcome: {t}"
            for t in (cells.text_at(c) for c in context.columns.many.get("outcome", []))
            if t
        ]
        indicators: list[str] = []
        for column in context.columns.many.get("indicator", []):
            indicators += [read_name(t) for t in _SPLIT_LIST.split(cells.text_at(column))]
        # A measure's baseline, target and yearly figures (an RBA report card), in words.
        figures = [
            (context.headings.get(c, ""), cells.raw_at(c))
            for role in ("baseline", "target", "year")
            for c in context.columns.many.get(role, [])
            if role != "year" or measured(cells.raw_at(c))
        ]
        if [i for i in indicators if i] and any(_present(v) for _h, v in figures):
            descriptions.append(measure_line(" / ".join(i for i in indicators if i), figures))
        progress = "\n".join(
            t for t in (cells.text_at(c) for c in context.columns.many.get("progress", [])) if t
        )
        return {
            "lead": lead,
            "supporting": supporting,
            "working_group": group,
            "span": span,
            "status": status or "not_started",
            "percent": cells.percent("percent", context.fractions)
            or (read_percent(status_text) if status_of_percent(status_text) else 0),
            "description": "\n".join(d for d in descriptions if d),
            "indicators": [i for i in indicators if i],
            "progress": progress,
            "planned_outputs": "\n".join(
                t
                for t in (cells.text_at(c) for c in context.columns.many.get("planned_outputs", []))
                if t
            ),
            "budget": cells.money("budget"),
            "in_kind": cells.money("in_kind"),
        }

    def _add_action(
        self,
        cells: _Cells,
        objective: str,
        priority: str,
        title: str,
        quarter_span: Span,
        shared: dict[str, Any],
        count: int,
    ) -> None:
        context = cells.context
        code_text: str | None = None if count == 1 else ""
        numbered = numbering(title)
        if numbered and not cells.has_any("code") and numbered.depth > 1:
            code_text, title = f"A{numbered.number}", numbered.rest
        code = self.code_for(
            cells, "code", self.preview.actions, f"A{_number_of(priority)}.", given=code_text
        )
        title_en, title_fr = context.languages(title)
        french_column = cells.name("french")
        span: Span = quarter_span if quarter_span != NO_SPAN else shared["span"]
        self.preview.actions[code] = NewAction(
            code=code,
            objective_code=objective,
            title_en=title_en,
            title_fr=french_column or title_fr,
            description=shared["description"],
            lead=shared["lead"],
            supporting=list(shared["supporting"]),
            working_group=shared["working_group"],
            start=span.start,
            end=span.end,
            status=shared["status"],
            percent=shared["percent"],
            planned_outputs=shared["planned_outputs"],
            budget=shared["budget"],
            in_kind=shared["in_kind"],
            progress=shared["progress"],
            indicators=list(shared["indicators"]),
            source=cells.where(),
        )

    def finish(self) -> None:
        """Checks that need the whole workbook, and the names left for the person."""
        if not self.preview.actions:
            self.preview.add(Problem("", None, None, "No actions were found to import."))
        for word in self.statuses.unknown:
            if word not in self.preview.unknown_statuses:
                self.preview.unknown_statuses.append(word)
        if self.known_partners:
            from lipplanner.core.reports.plan_import.matching import partner_matches

            self.preview.partner_matches = partner_matches(
                [p.name_en for p in self.preview.partners.values() if p.existing is None],
                list(self.known_partners.values()),
            )


OUTCOME_WORDS = {
    "output": "output", "outputs": "output", "extrant": "output", "extrants": "output",
    "immediate": "immediate", "immediat": "immediate", "short term": "immediate",
    "court terme": "immediate", "intermediate": "intermediate", "intermediaire": "intermediate",
    "medium term": "intermediate", "moyen terme": "intermediate", "ultimate": "ultimate",
    "ultime": "ultimate", "final": "ultimate", "long term": "ultimate", "long terme": "ultimate",
}  # fmt: skip


def _number_of(code: str) -> str:
    """The number part of a priority code, for generated codes: "P3" → "3"."""
    digits = re.sub(r"^[A-Za-z]+", "", code)
    return digits or code


class _SheetContext:
    """One sheet being read: its columns, structure, language and what rows carry on."""

    def __init__(
        self,
        sheet: SheetGrid,
        mapping: SheetMapping,
        headings: dict[int, str],
        columns: _Columns,
        structure: Structure,
        reader: _PlanReader,
    ) -> None:
        self.sheet, self.mapping, self.headings = sheet, mapping, headings
        self.columns, self.structure = columns, structure
        self.priority: str | None = None
        self.objective: str | None = None
        self.sheet_priority: str | None = None
        self.described: tuple[str, str] | None = None
        above = [
            str(c.value).strip()
            for r in sheet.rows[: mapping.header_rows[0]]
            for c in r
            if isinstance(c.value, str) and c.value.strip() and not isinstance(c.value, ErrorValue)
        ]
        above += reader.grid.titles  # a Word plan's title, above all its tables
        self.title = next((read_name(t[:NAME_MAX])[:NAME_MAX] for t in above if len(t) > 3), "")
        self.year_hints = years_named([*above, sheet.name])
        self.report_period = quarter_named(sheet.name) or _report_period([*above, sheet.name])
        self.french = self._is_french(above)
        bilingual = [t for t in headings.values() if _bilingual_heading(t)]
        self.bilingual = len(bilingual) >= 2
        # "Priorité / Priority": the headings say which half of a text is French.
        self.french_first = sum(_french_first(t) for t in bilingual) * 2 > len(bilingual)
        self.fractions = self._fractions()
        self.first_year = min(self.year_hints) if self.year_hints else self._first_timeline_year()
        if self.first_year is not None and not self.year_hints:
            self.year_hints = [self.first_year]

    def _is_french(self, above: list[str]) -> bool:
        """Whether the sheet is written in French: by its headings, else its text."""
        french = english = 0
        for text in self.headings.values():
            found = heading_language(text)
            french += found == "fr"
            english += found == "en"
        if french != english:
            return french > english
        sample = " ".join(above[:3])
        return language_of(sample) == "fr"

    def languages(self, text: str) -> tuple[str, str]:
        """(English, French) of a title: "EN / FR" split; a French sheet's titles are
        French (and the English field keeps them until translated)."""
        pair = split_bilingual(text)
        halves = [p.strip() for p in re.split(r" / |\n", text.strip()) if p.strip()]
        if pair is None and self.bilingual and len(halves) == 2:
            # Headings "Priority / Priorité": short texts "Health / Santé" are EN / FR,
            # as are two lines ("Tenir une foire d'emploi" over "Hold a job fair").
            first, second = halves
            # The more French half is the French one; alike, the headings' order.
            french, english = frenchness(first), frenchness(second)
            french_first = french > english or (french == english and self.french_first)
            pair = (second, first) if french_first else (first, second)
        if pair:
            return pair[0][:NAME_MAX], pair[1][:NAME_MAX]
        return text, text if self.french else ""

    def _fractions(self) -> bool:
        """Whether the percent column holds fractions (every number between 0 and 1)."""
        column = self.columns.single.get("percent")
        if column is None:
            return False
        numbers = [
            c.value
            for r in self.sheet.rows[self.mapping.header_rows[-1] + 1 :]
            if column < len(r)
            for c in (r[column],)
            if isinstance(c.value, int | float) and not isinstance(c.value, bool)
        ]
        return bool(numbers) and all(0 <= n <= 1 for n in numbers) and any(n > 0 for n in numbers)

    def _first_timeline_year(self) -> int | None:
        """The earliest year the timelines name, for "Year 2" when no title names one."""
        years: list[int] = []
        for role in ("timeline", "start", "end"):
            column = self.columns.single.get(role)
            if column is None:
                continue
            for row in self.sheet.rows[self.mapping.header_rows[-1] + 1 :]:
                value = row[column].value if column < len(row) else None
                try:
                    span = read_timeline(value)
                except (CellError, ValueError):
                    continue
                for day in (span.start, span.end):
                    if day:
                        years.append(day.year if day.month >= 4 else day.year - 1)
        for column in self.columns.many.get("year", []):
            absolute, _relative = year_of_heading(self.headings.get(column))
            if absolute:
                years.append(absolute)
        return min(years) if years else None


def _labelled(heading: str, text: str) -> str:
    """A description column's text, under its heading when that names another level
    ("Goal: Municipal commitment"), so a label the plan has no level for stays legible."""
    if not text or not heading or role_of(heading) in ("description", None):
        return text
    return f"{heading}: {text}"


def _bilingual_heading(text: str) -> bool:
    """ "Activity / Activité", "Status / État": one heading in both languages."""
    halves = [h for h in text.split("/") if h.strip()]
    return len(halves) == 2 and role_of(halves[0]) == role_of(halves[1]) is not None


def _french_first(text: str) -> bool:
    """Whether a bilingual heading puts its French half first ("Mesure / Action")."""
    first, second = (h for h in text.split("/") if h.strip())
    return heading_language(first) == "fr" or heading_language(second) == "en"


def _report_period(texts: list[str]) -> Period | None:
    """The quarter a progress report covers, from its titles ("June, 2014",
    "2021 Quarter 1 Update", "Q1 2014")."""
    for text in texts:
        folded = fold(text)
        if match := _MONTH_YEAR.search(folded):
            return Period.containing(date(int(match[2]), _MONTH_NUMBERS[match[1]], 1))
        if match := _QUARTER_YEAR.search(folded):
            quarter, year = (match[1], match[2]) if match[1] else (match[4], match[3])
            month = 3 * (int(quarter) - 1) + 1  # a calendar quarter
            return Period.containing(date(int(year), month, 1))
    return None


class _Cells:
    """One row of a sheet, its values read by role, problems reported at their cell."""

    def __init__(self, reader: _PlanReader, context: _SheetContext, number: int) -> None:
        self.reader, self.context, self.number = reader, context, number
        self.sheet = context.sheet.name

    @property
    def blank(self) -> bool:
        return all(cell.blank for cell in self.context.sheet.rows[self.number])

    def raw_at(self, column: int) -> CellValue:
        value = self.context.structure.value(self.context.sheet, self.number, column)
        if isinstance(value, ErrorValue):  # #REF!, #DIV/0!: said at its cell, read as empty
            self.reader.error_value(
                self.sheet, self.number, column, value, self.context.headings.get(column)
            )
            return None
        return value

    def raw(self, role: str) -> CellValue:
        column = self.context.columns.single.get(role)
        return None if column is None else self.raw_at(column)

    def fill(self, role: str) -> str | None:
        column = self.context.columns.single.get(role)
        return None if column is None else self.context.sheet.cell(self.number, column).fill

    def has_any(self, *roles: str) -> bool:
        for role in roles:
            columns = (
                [self.context.columns.single[role]] if role in self.context.columns.single else []
            )
            columns += self.context.columns.many.get(role, [])
            if any(_present(self.raw_at(c)) for c in columns):
                return True
        return False

    def first_text(self) -> str:
        for column, cell in enumerate(self.context.sheet.rows[self.number]):
            if cell.blank:
                continue
            value = self.raw_at(column)
            if value is not None:
                return self.text_at(column)
        return ""

    def texts(self) -> dict[str, str]:
        """Every mapped cell as text, keyed as the import template names its columns (for
        comparing with the template's example row)."""
        names = {"partner": "name", "partner_fr": "name_fr", "partners": "supporting",
                 "french": "action_fr"}  # fmt: skip
        texts: dict[str, str] = {}
        kind = table_kind(self.context.mapping)
        for role, column in self.context.columns.single.items():
            key = names.get(role, role)
            if kind in ("priorities", "objectives") and role in ("priority", "objective"):
                key = "title"
            if kind in ("priorities", "objectives") and role == "french":
                key = "title_fr"
            if kind == "objectives" and role == "priority":
                key = "priority_code"
            texts[key] = self._safe_text(column)
        for role, columns in self.context.columns.many.items():
            texts[names.get(role, role)] = self._safe_text(columns[0])
        return texts

    def _safe_text(self, column: int) -> str:
        try:
            return read_text(self.raw_at(column))
        except CellError:
            return ""

    def where(self, role: str | None = None) -> str:
        index = self.context.columns.single.get(role) if role else None
        if role and index is None and self.context.columns.many.get(role):
            index = self.context.columns.many[role][0]
        return Problem(
            self.sheet, self.number + 1, None if index is None else column_letter(index), ""
        ).location

    def _column(self, role: str) -> int | None:
        column = self.context.columns.single.get(role)
        if column is None and self.context.columns.many.get(role):
            column = self.context.columns.many[role][0]
        return column

    def error(self, role: str, text: str) -> None:
        self.reader.problem(self.sheet, self.number + 1, self._column(role), text)

    def note(self, role: str, text: str) -> None:
        self.reader.problem(self.sheet, self.number + 1, self._column(role), text, "note")

    def _read(self, role: str, read: Any, empty: Any) -> Any:
        try:
            return read(self.raw(role))
        except CellError as error:
            self.error(role, f"{error}; left empty.")
            return empty

    def text(self, role: str) -> str:
        return str(self._read(role, read_text, ""))

    def text_at(self, column: int) -> str:
        try:
            return read_text(self.raw_at(column))
        except CellError as error:
            self.reader.problem(self.sheet, self.number + 1, column, f"{error}; left empty.")
            return ""

    def name(self, role: str) -> str:
        name = str(self._read(role, read_name, ""))
        if len(name) > NAME_MAX:
            self.error(role, f"longer than {NAME_MAX} characters; shortened.")
            name = name[:NAME_MAX]
        return name

    def percent(self, role: str, fractions: bool) -> int | None:
        result: int | None = self._read(role, lambda x: read_percent(x, fractions=fractions), None)
        return result

    def money(self, role: str) -> Decimal | None:
        number: float | None = self._read(role, read_number, None)
        if number is None:
            return None
        if number < 0:
            self.error(role, f"{number:g} is negative; left empty.")
            return None
        return Decimal(str(number)).quantize(Decimal("0.01"))

    def _date(self, role: str, pick_end: bool) -> tuple[date | None, bool]:
        """A start or end column: a date, or a timeline phrase ("Q2 2021", "Dec-21")."""
        value = self.raw(role)
        if isinstance(value, str):
            # "March 2023" in an End column is due by the end of March, not on the 1st.
            try:
                period = read_timeline(value, self.context.first_year)
            except CellError:
                period = NO_SPAN
            if period.start and period.end:
                return (period.end if pick_end else period.start), period.ongoing
        try:
            return read_date(value), False
        except CellError as error:
            try:
                span = read_timeline(value, self.context.first_year)
            except CellError:
                self.error(role, f"{error}; left empty.")
                return None, False
            return (span.end if pick_end else span.start) or span.start or span.end, span.ongoing

    def span(self) -> Span:
        """When the row's action runs: start and end columns, a timeline, ticked years."""
        start, ongoing_start = self._date("start", False)
        end, ongoing_end = self._date("end", True)
        ongoing = ongoing_start or ongoing_end
        timeline = NO_SPAN
        if "timeline" in self.context.columns.single:
            try:
                timeline = read_timeline(
                    self.raw("timeline"),
                    self.context.first_year,
                    last_plan_year(self.context.year_hints),
                )
                if timeline.relative:
                    self.note("timeline", relative_note(self.text("timeline"), timeline))
            except CellError as error:
                self.note("timeline", f"{error}; no dates were given to the action.")
        ticks = self._ticked_years()
        start = start or timeline.start or ticks.start
        end = end or timeline.end or ticks.end
        if start and end and end < start:
            self.error(
                "end", f"ends {end.isoformat()}, before it starts; the end date was left out."
            )
            end = None
        return Span(start, end, ongoing or timeline.ongoing)

    def _ticked_years(self) -> Span:
        years = []
        measures = bool(self.context.columns.many.get("indicator"))
        for column in self.context.columns.many.get("year", []):
            value = self.raw_at(column)
            if not ticked(value) or (measures and measured(value)):
                continue  # (a performance measure's yearly value is no tick)
            absolute, relative = year_of_heading(self.context.headings.get(column))
            if absolute is None and relative is not None and self.context.first_year:
                absolute = self.context.first_year + relative - 1
            if absolute:
                years.append(absolute)
        if not years:
            return NO_SPAN
        return Span(date(min(years), 4, 1), date(max(years) + 1, 3, 31))

    def quarter_items(self) -> list[tuple[str, Span]]:
        """Activities written in quarter columns ("Q1 Activity" …), dated in that quarter
        of the sheet's fiscal year."""
        items: list[tuple[str, Span]] = []
        year = self.context.first_year
        for column in self.context.columns.many.get("quarter", []):
            text = self.text_at(column)
            quarter = quarter_of_heading(self.context.headings.get(column))
            if not text or quarter is None:
                continue
            span = NO_SPAN
            if year is not None:
                period = Period(year, quarter)
                span = Span(period.start, period.end)
            items += [(read_name(t), span) for t in split_bullets(text) if read_name(t)]
        return items


def _present(value: object) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())
