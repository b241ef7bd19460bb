"""Where each row belongs: priority and objective tables, section rows and their
narrative lines, the priority and objective an action row carries forward, and the
placeholders for actions given none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lipplanner.core.models.base import NAME_MAX, TEXT_MAX
from lipplanner.core.reports.cell_values import fold, shown
from lipplanner.core.reports.plan_import.cell_keys import CellGroup
from lipplanner.core.reports.plan_import.hierarchy import (
    Numbering,
    numbering,
    section_title,
    sheet_section,
)
from lipplanner.core.reports.plan_import.preview import NewObjective, NewPriority
from lipplanner.core.reports.plan_import.reading import ReaderBase, number_of
from lipplanner.core.reports.plan_import.roles import role_of
from lipplanner.core.reports.plan_import.rows import sheet_rows
from lipplanner.core.reports.plan_import.values import code_depth, item_marker

if TYPE_CHECKING:
    from lipplanner.core.reports.plan_import.row_cells import RowCells
    from lipplanner.core.reports.plan_import.sheet_context import SheetContext


class Placement(ReaderBase):
    """Priorities and objectives, from their tables and from an action sheet's rows."""

    def _priority(self, cells: RowCells, _level: str) -> None:
        title = cells.name("priority")
        if not title:
            cells.error("priority", "no priority title; the row was left out.")
            return
        if self.skip_example(cells, "priorities"):
            return
        code = self.code_for(cells, "code", self.preview.priorities, "P")
        self.add_priority(
            NewPriority(
                code,
                title,
                cells.name("french") or cells.name("priority_fr"),
                cells.text("description"),
                cells.where(),
            )
        )

    def add_priority(self, priority: NewPriority) -> None:
        self.preview.priorities[priority.code] = priority
        self.priority_titles.setdefault(fold(priority.title_en), priority.code)
        if priority.title_fr:
            self.priority_titles.setdefault(fold(priority.title_fr), priority.code)

    def _objective(self, cells: RowCells, _level: str) -> None:
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
        code = self.code_for(cells, "code", self.preview.objectives, f"O{number_of(priority)}.")
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
                cells.name("french") or cells.name("objective_fr"),
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
        self, cells: RowCells, title: str, code_text: str | None, title_fr: str = ""
    ) -> str:
        code = self.code_for(cells, "priority_code", self.preview.priorities, "P", given=code_text)
        self.add_priority(NewPriority(code, title[:NAME_MAX], title_fr[:NAME_MAX],
                                      source=cells.where()))  # fmt: skip
        return code

    def new_objective(
        self, cells: RowCells, owner: str, title: str, code_text: str, title_fr: str = ""
    ) -> str:
        code = self.code_for(
            cells,
            "objective_code",
            self.preview.objectives,
            f"O{number_of(owner)}.",
            given=code_text,
        )
        self.add_objective(
            NewObjective(code, owner, title[:NAME_MAX], title_fr[:NAME_MAX], source=cells.where())
        )
        return code

    def _section(self, cells: RowCells, level: str) -> None:
        """A section row: a priority (or an objective) the rows below belong to."""
        context = cells.context
        text = cells.first_text()
        if code_depth(text) and (titled := cells.text("action")):
            text = f"{text} {titled}"  # "1 | Economic Integration": code, then title
        prefix = "P" if level == "priority" else "O"
        code, text = _coded("", text, prefix)
        title = section_title(text)
        title_en, title_fr = context.languages(title)
        if level == "priority":
            context.priority = self.new_priority(cells, title_en, code or None, title_fr)
            context.objective = None
            context.described = ("priority", context.priority)
        else:
            owner = context.priority or self.sheet_priority(cells)
            context.objective = self.new_objective(cells, owner, title_en, code, title_fr)
            context.described = ("objective", context.objective)

    def _narrative(self, cells: RowCells) -> None:
        """A line under a section title: that section's description."""
        kind, code = cells.context.described or ("", "")
        text = cells.first_text()
        item: NewPriority | NewObjective | None = (
            self.preview.priorities.get(code) if kind == "priority" else
            self.preview.objectives.get(code) if kind == "objective" else None
        )  # fmt: skip
        if item is not None:
            item.description = f"{item.description}\n{text}".strip()

    def sheet_priority(self, cells: RowCells) -> str:
        """The priority of actions a sheet gives none: one per working group's sheet
        when there are several, else one placeholder (said in a note)."""
        context = cells.context
        if context.sheet_priority is None:
            if named := sheet_section(context.sheet.name):
                title_en, title_fr = context.languages(section_title(named.rest))
                context.sheet_priority = self.new_priority(
                    cells, title_en, f"P{named.number}", title_fr
                )
                # A Word plan's paragraphs under "Priority 1: …", before its table.
                narrative = "\n".join(context.sheet.narrative)[:TEXT_MAX]
                self.preview.priorities[context.sheet_priority].description = narrative
            elif named := _section_above(context):
                # "Priority 1: Employment" printed above the first block's heading.
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

    def place_of(self, cells: RowCells) -> tuple[str, str | None]:
        """The priority and objective a row belongs to, carrying forward the last ones
        seen when the cells are empty (merged cells or heading rows).

        Rows under one objective name it alike (merged down, or written on each row):
        where such a row led is remembered, while no priority or objective is added
        and nothing is said (then finding it again would give the same)."""
        context = cells.context
        found = context.level_cells.key(cells.row, cells.number)
        if found is not None and CellGroup.empty(found):
            # A row naming no level carries the last ones on.
            if context.priority is None:
                context.priority = self.sheet_priority(cells)
            return context.priority, context.objective
        preview = self.preview
        tables = (len(preview.priorities), len(preview.objectives))
        key = found and (found, context.priority, context.objective, context.sheet_priority, tables)
        if key and (seen := context.places_seen.get(key)):
            place, context.priority, context.objective = seen
            return place
        said = self.problems_said()
        place = self._find_place(cells)
        grew = tables != (len(preview.priorities), len(preview.objectives))
        if key and not grew and said == self.problems_said():
            context.places_seen[key] = (place, context.priority, context.objective)
        return place

    def _find_place(self, cells: RowCells) -> tuple[str, str | None]:
        context = cells.context
        p_code, p_title = cells.name("priority_code"), cells.name("priority")
        o_code, o_title = cells.name("objective_code"), cells.name("objective")
        p_code, p_title = _coded(p_code, p_title, "P")
        o_code, o_title = _coded(o_code, o_title, "O")
        priority: str | None = None
        if p_code or p_title:
            priority = self.find_priority(p_code) if p_code else None
            priority = priority or (self.find_priority(p_title) if p_title else None)
            en, fr = context.languages(p_title or p_code)
            fr = cells.name("priority_fr") or fr  # "Priority (EN) | Priorité (FR)"
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
            fr = cells.name("objective_fr") or fr
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

    def default_objective(self, cells: RowCells, priority: str) -> str:
        """The objective for actions given no objective: one per priority, named after it."""
        if priority not in self.default_objectives:
            owner = self.preview.priorities[priority]
            code = self.free_code(self.preview.objectives, f"O{number_of(priority)}.")
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


def _coded(code: str, title: str, prefix: str) -> tuple[str, str]:
    """A priority's or objective's code and title, the title's numbering taken off it:
    "2. Health" is P2 "Health" (unless a code column says otherwise); a list item's
    marker ("a)", "(1)", "iv.") goes too, its number kept when it has one."""
    if not title:
        return code, title
    if numbered := numbering(title):
        return code or f"{prefix}{numbered.number}", numbered.rest
    if marked := item_marker(title):
        number, rest = marked
        return code or (f"{prefix}{number}" if number else ""), rest
    return code, title


def _section_above(context: SheetContext) -> Numbering | None:
    """The row just above the heading when it is a numbered priority alone on its row
    ("Priority 1: Employment"): the priority of the rows before the next section."""
    texts = sheet_rows(context.sheet).texts
    above = [n for n in texts if n < context.mapping.header_rows[0]]
    if not above or len(texts[above[-1]]) != 1:
        return None
    numbered = numbering(texts[above[-1]][0][1])
    if numbered and numbered.word and numbered.rest and role_of(numbered.word) == "priority":
        return numbered
    return None


OUTCOME_WORDS = {
    "output": "output", "outputs": "output", "extrant": "output", "extrants": "output",
    "immediate": "immediate", "immediat": "immediate", "short term": "immediate",
    "court terme": "immediate", "intermediate": "intermediate", "intermediaire": "intermediate",
    "medium term": "intermediate", "moyen terme": "intermediate", "ultimate": "ultimate",
    "ultime": "ultimate", "final": "ultimate", "long term": "ultimate", "long terme": "ultimate",
}  # fmt: skip
