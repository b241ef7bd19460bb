"""Action rows: one action per title (or per bullet, or per quarter column), sharing
the row's partners, dates, status, progress and measures.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Any

from lipplanner.core.models.base import NAME_MAX, TEXT_MAX
from lipplanner.core.periods import Period
from lipplanner.core.reports.cell_values import fold, read_name, read_percent, shown
from lipplanner.core.reports.plan_import.hierarchy import numbering, sheet_section
from lipplanner.core.reports.plan_import.partner_rows import PartnerRows
from lipplanner.core.reports.plan_import.placement import Placement
from lipplanner.core.reports.plan_import.preview import NewAction, QuarterReport
from lipplanner.core.reports.plan_import.reading import number_of
from lipplanner.core.reports.plan_import.sheet_context import labelled
from lipplanner.core.reports.plan_import.values import (
    NO_SPAN,
    Span,
    is_working_group,
    measure_line,
    measured,
    reported_quarter,
    split_bilingual,
    split_bullets,
    status_of_percent,
)

if TYPE_CHECKING:
    from lipplanner.core.reports.plan_import.row_cells import RowCells


_BULLETS = tuple("•·▪-*–")
# A lead named on every row is asked about on every row: once per name is enough.
_working_group = functools.lru_cache(maxsize=4096)(is_working_group)
_SPLIT_LIST = re.compile(r"\s*(?:;|\n|•)\s*")


class ActionRows(Placement, PartnerRows):
    """The rows of an action sheet, each read by its level."""

    def _action_row(self, cells: RowCells, level: str) -> None:
        if level in ("priority", "objective"):
            self._section(cells, level)
        elif level == "description":
            self._narrative(cells)
        else:
            self._action(cells)

    def _action(self, cells: RowCells) -> None:
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
        raw = cells.raw("action")
        # Only a text written on several lines can hold several activities (a text too
        # long is read again, to say so where the whole text is wanted).
        lines_written = isinstance(raw, str) and ("\n" in raw or len(raw) > TEXT_MAX)
        if (title and title.startswith(_BULLETS)) or (
            lines_written and "\n" in cells.text("action")
        ):
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

    def _action_fields(self, cells: RowCells) -> dict[str, Any]:
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
        fill = cells.fill("status")
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
        progress = "\n".join(
            t for t in (cells.text_at(c) for c in context.columns.many.get("progress", [])) if t
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
            or (read_percent(status_text) if status_of_percent(status_text) else 0),
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

    def _add_action(
        self,
        cells: RowCells,
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
        title_en, title_fr = context.languages(title)
        period = shared["period"]
        reported = (objective, fold(title_en))
        if period is not None and (again := self.reported_actions.get(reported)):
            # (Before its code is claimed: the repeated row's code is the action's.)
            _report_again(self.preview.actions[again], period, shared)
            return
        code = self.code_for(
            cells, "code", self.preview.actions, f"A{number_of(priority)}.", given=code_text
        )
        french_column = cells.name("french")
        # (NO_SPAN itself, not a span equal to it: every quarter item has its dates.)
        span: Span = shared["span"] if quarter_span is NO_SPAN else quarter_span
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
            period=period,
        )
        if period is not None:
            self.reported_actions[reported] = code


def _report_again(action: NewAction, period: Period, shared: dict[str, Any]) -> None:
    """A long-format tracker's next row for an action already read (the same title under
    the same objective, another quarter): the latest quarter's status, percent and
    progress are the action's; each other quarter's row is kept as its update."""
    row = QuarterReport(period, shared["status"], shared["percent"], shared["progress"])
    if action.period is not None and (period.year, period.quarter or 0) < (
        action.period.year,
        action.period.quarter or 0,
    ):
        action.earlier.append(row)
        return
    if action.period is not None:
        action.earlier.append(
            QuarterReport(action.period, action.status, action.percent, action.progress)
        )
    action.period, action.status = period, row.status
    action.percent, action.progress = row.percent, row.progress


def _present(value: object) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())
