"""What every action of one row shares (partners, dates, status, progress, measures),
read once per distinct set of cells on a sheet.

A plan's rows repeat their leads, timelines, statuses and percents: of 2,000 rows only
a hundred or so differ in the cells these fields come from. The fields of a row are
remembered under those cells' values (with their types: 1, 1.0 and True are equal
keys), the status cell's fill and what else they depend on, together with the
problems reading them said; a later row with the same cells gets the same fields and
the same problems, said at its own row. A reading that changed what later rows see
(a partner added, the colour note given, a status word listed, an error value said)
is not remembered: the next such row is read in full, as before.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Any

from lipplanner.core.reports.cell_values import fold, read_name, read_percent, shown
from lipplanner.core.reports.plan_import.hierarchy import sheet_section
from lipplanner.core.reports.plan_import.partner_rows import PartnerRows
from lipplanner.core.reports.plan_import.sheet_context import labelled
from lipplanner.core.reports.plan_import.values import (
    is_working_group,
    measure_line,
    measured,
    reported_quarter,
    status_of_percent,
)

if TYPE_CHECKING:
    from lipplanner.core.reports.plan_import.row_cells import RowCells
    from lipplanner.core.reports.plan_import.sheet_context import SheetContext


# A lead named on every row is asked about on every row: once per name is enough.
_working_group = functools.lru_cache(maxsize=4096)(is_working_group)
_SPLIT_LIST = re.compile(r"\s*(?:;|\n|•)\s*")

# A problem heard while reading a row's fields: (sheet, row, column, text, level).
Heard = tuple[str, int, int | None, str, str]


class ActionFields(PartnerRows):
    """The fields a row's actions share, each distinct set of cells read once."""

    _heard: list[Heard] | None = None  # the problems said while a row is read, to replay

    def problem(
        self, sheet: str, row: int, col: int | None, text: str, level: str = "error"
    ) -> None:
        if self._heard is not None:
            self._heard.append((sheet, row, col, text, level))
        super().problem(sheet, row, col, text, level)

    def action_fields(self, cells: RowCells) -> dict[str, Any]:
        """The row's shared fields: remembered when its cells were seen, else read."""
        context = cells.context
        key = self._fields_key(cells, context)
        if key is not None:
            seen = context.fields_seen.get(key)
            if seen is not None:
                fields, heard = seen
                row = cells.number + 1
                for _sheet, _row, column, text, level in heard:
                    self.problem(cells.sheet, row, column, text, level)
                return fields
        before = self._what_rows_see()
        heard_now: list[Heard] = []
        self._heard = heard_now
        try:
            fields = self._read_action_fields(cells)
        finally:
            self._heard = None
        row = cells.number + 1
        if (
            key is not None
            and before == self._what_rows_see()
            and all(h[0] == cells.sheet and h[1] == row for h in heard_now)
        ):
            context.fields_seen[key] = (fields, tuple(heard_now))
        return fields

    def _fields_key(self, cells: RowCells, context: SheetContext) -> tuple[object, ...] | None:
        """The cells the shared fields are read from, and what else they depend on."""
        found = context.field_cells.key(cells.row, cells.number)
        if found is None:
            return None
        return (
            found,
            len(self.partner_names),
            context.sheet_priority is not None,  # (a working group's sheet owns its actions)
            None if "status" in context.columns.single else cells.fill("action"),
        )

    @staticmethod
    def _row_colour(cells: RowCells) -> str | None:
        """With no status column, the colour an action's row is filled with (its title's
        cell), to be read through the sheet's own legend; with no legend it is not
        guessed at (a highlight may mean anything), only remembered for a note."""
        fill = cells.fill("action")
        if not cells.context.structure.legend:
            cells.context.unread_colours.add(fill)
            return None
        return fill

    def _what_rows_see(self) -> tuple[object, ...]:
        """What a row's reading may change for the rows after it."""
        return (
            len(self.partner_names),
            len(self.preview.partners),
            self.light_noted,
            len(self.preview.unknown_statuses),
            len(self.statuses.unknown),
            len(self.error_cells),
        )

    def _read_action_fields(self, cells: RowCells) -> dict[str, Any]:
        """What every action of one row shares: partners, dates, status, progress…"""
        context = cells.context
        single = context.columns.single
        # "Lead / Partners" when that column holds something on this row, else "Lead"
        # (with no Lead column, an empty "Lead / Partners" reads the same: no names).
        lead_column = "lead"
        if "lead_partners" in single and ("lead" not in single or cells.has_any("lead_partners")):
            lead_column = "lead_partners"
        lead_text = cells.text(lead_column) if lead_column in single else ""
        partner_texts = tuple(cells.text_at(c) for c in context.columns.many.get("partners", []))
        group_name = cells.name("working_group")
        # The same lead and partners on many rows: resolved once, while no partner is
        # added and nothing is said (then resolving again would change nothing).
        key = (context.sheet.name, lead_column, lead_text, partner_texts, group_name,
               len(self.partner_names))  # fmt: skip
        found = self.partners_seen.get(key)
        if found is None:
            said = self.problems_said()
            found = self._partners_of(cells, lead_column, lead_text, partner_texts, group_name)
            if said == self.problems_said() and key[-1] == len(self.partner_names):
                self.partners_seen[key] = found
        lead, supporting, group_name = found[0], list(found[1]), found[2]
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
        fill = cells.fill("status") if "status" in single else self._row_colour(cells)
        # (The heading says whether Yes/No answers a "Completed?" column.)
        status_heading = context.headings.get(context.columns.single.get("status", -1), "")
        seen = (status_text, fill, status_heading)
        if seen in self.status_seen:
            status = self.status_seen[seen]
        else:
            status = self.status_seen[seen] = self.statuses.read(status_text, fill, status_heading)
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
            labelled(context.headings.get(c, ""), cells.text_at(c))
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
        narrative = context.columns.many.get("progress", [])
        descriptions += [cells.text_at(c) for c in narrative if c in context.note_columns]
        progress = "\n".join(
            t for t in (cells.text_at(c) for c in narrative if c not in context.note_columns) if t
        )
        period_columns = context.columns.many.get("report_period", [])
        return {
            "period": reported_quarter(cells.raw_at(period_columns[0])) if period_columns else None,
            "lead": lead,
            "supporting": supporting,
            "working_group": group,
            "span": span,
            "status": status or "not_started",
            "percent": cells.percent("percent", context.fractions)
            or (read_percent(status_text) if status_of_percent(status_text) else 0)
            # A sheet that says Completed and gives no percent means all of it: the
            # report and the Plan view would otherwise show "Completed, 0 %".
            or (100 if status == "completed" else 0),
            "description": "\n".join(d for d in descriptions if d),
            "indicators": [i for i in indicators if i],
            "progress": progress,
            "planned_outputs": "\n".join(
                t
                for t in (cells.text_at(c) for c in context.columns.many.get("planned_outputs", []))
                if t
            ),
            "budget": cells.money("budget") if "budget" in single else None,
            "in_kind": cells.money("in_kind") if "in_kind" in single else None,
        }

    def _partners_of(
        self,
        cells: RowCells,
        lead_column: str,
        lead_text: str,
        partner_texts: tuple[str, ...],
        group_name: str,
    ) -> tuple[str | None, tuple[str, ...], str]:
        """The row's lead, supporting partners and working group: the first name of the
        lead column leads (a working group's name is its owner instead)."""
        names = self.partner_lists.split(lead_text, self.partner_names) if lead_text else []
        supporting_names: list[tuple[str, str]] = []  # name, the role of its column
        for text in partner_texts:
            supporting_names += [
                (name, "partners") for name in self.partner_lists.split(text, self.partner_names)
            ]
        lead: str | None = None
        if names:
            first, rest = names[0], names[1:]
            if _working_group(first) and not group_name:
                group_name = first
            else:
                lead = self.partner_key(cells, lead_column, first)
            supporting_names = [(name, lead_column) for name in rest] + supporting_names
        supporting: list[str] = []
        for name, role in supporting_names:
            key = self.partner_key(cells, role, self.names.read(name))
            if key is None:
                continue
            if key == lead:
                cells.note(role, f"“{shown(name)}” leads this action; not listed twice.")
            elif key not in supporting:
                supporting.append(key)
        return lead, tuple(supporting), group_name


def _present(value: object) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())
