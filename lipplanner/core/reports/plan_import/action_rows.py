"""Action rows: one action per title (or per bullet, or per quarter column), sharing
the row's partners, dates, status, progress and measures.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from lipplanner.core.models.base import NAME_MAX, TEXT_MAX
from lipplanner.core.periods import Period
from lipplanner.core.reports.cell_values import fold, read_name
from lipplanner.core.reports.plan_import.action_fields import ActionFields
from lipplanner.core.reports.plan_import.hierarchy import numbering
from lipplanner.core.reports.plan_import.long_titles import is_paragraph, short_title
from lipplanner.core.reports.plan_import.placement import Placement
from lipplanner.core.reports.plan_import.preview import NewAction, QuarterReport
from lipplanner.core.reports.plan_import.reading import number_of
from lipplanner.core.reports.plan_import.values import (
    NO_SPAN,
    Span,
    item_marker,
    split_bilingual,
    split_bullets,
)

if TYPE_CHECKING:
    from lipplanner.core.reports.plan_import.row_cells import RowCells


_BULLETS = tuple("•·▪-*–")


class ActionRows(Placement, ActionFields):
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
        title = cells.title("action") if "action" in context.columns.single else ""
        if title and self.skip_example(cells, "actions"):
            return
        forced = cells.number in context.mapping.levels
        if not title and forced and "action" not in context.columns.single:
            title = read_name(cells.first_text()[: NAME_MAX + 1])
        quarters = cells.quarter_items() if "quarter" in context.columns.many else []
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
                # (each bullet whole: a paragraph is shortened, its text kept)
                items = [(" ".join(t.split()), NO_SPAN) for t in split_bullets(written)]
                items = [(t, s) for t, s in items if t]
        else:
            items = [(title, NO_SPAN)] if title else []
        items += quarters
        objective = objective or self.default_objective(cells, priority)
        shared = self.action_fields(cells)
        for item_title, quarter_span in items:
            self._add_action(
                cells, objective, priority, item_title, quarter_span, shared, len(items)
            )

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
        single = context.columns.single
        code_text: str | None = None if count == 1 else ""
        numbered = numbering(title)
        if numbered and not cells.has_any("code") and numbered.depth > 1:
            code_text, title = f"A{numbered.number}", numbered.rest
        elif marked := item_marker(title):
            title = marked[1]  # "1) Run job fairs", "a) …": one item of a list, unnumbered
        title_en, title_fr = context.languages(title)
        paragraph = ""
        if is_paragraph(title_en) or is_paragraph(title_fr):
            # A paragraph in the action cell (in either language): short titles, and the
            # whole text is the description.
            paragraph = title
            title_en, title_fr = (short_title(t) if is_paragraph(t) else t
                                  for t in (title_en, title_fr))  # fmt: skip
            self.preview.shortened_titles += 1
        period = shared["period"]
        # (A repeated title is looked for only in a long-format tracker's rows: folding
        # every new title costs a tenth of the build.)
        reported = (objective, fold(title_en)) if period is not None else None
        if reported is not None and (again := self.reported_actions.get(reported)):
            # (Before its code is claimed: the repeated row's code is the action's.)
            _report_again(self.preview.actions[again], period, shared)
            return
        prefix = f"A{number_of(priority)}."
        if code_text is None and "code" not in single:
            code = self.free_code(self.preview.actions, prefix)  # (no code given: the next)
        else:
            code = self.code_for(cells, "code", self.preview.actions, prefix, given=code_text)
        french_column = cells.name("french") if "french" in single else ""
        # (NO_SPAN itself, not a span equal to it: every quarter item has its dates.)
        span: Span = shared["span"] if quarter_span is NO_SPAN else quarter_span
        self.preview.actions[code] = NewAction(
            code=code,
            objective_code=objective,
            title_en=title_en,
            title_fr=french_column or title_fr,
            description="\n".join(t for t in (paragraph, shared["description"]) if t),
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
        if reported is not None:
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
