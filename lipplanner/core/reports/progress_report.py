"""The funder progress report: an Excel workbook a funder and a council can read as is.

Nine sheets (cover, summary with a chart, action plan, progress, indicators, partners,
practices, coverage, definitions), real numbers and dates, coloured and labelled
statuses, ready to print. Built from a `PlanView`, so it shows exactly what the app
shows for the period; words come from `labels` in English or French.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.worksheet.hyperlink import Hyperlink
from openpyxl.worksheet.pagebreak import Break

from lipplanner.core.periods import Period
from lipplanner.core.progress import NO_DATA, IndicatorJudgement, judge_indicator
from lipplanner.core.reports.cell_values import fold
from lipplanner.core.reports.labels import SHEETS, Labels
from lipplanner.core.reports.language import text_language
from lipplanner.core.reports.layout import (
    CODE,
    COUNT,
    DATE,
    NUMBER,
    PERCENT,
    STATUS,
    WRAP,
    Column,
    SheetWriter,
    StatusStyle,
    Styles,
    as_date,
    row_height,
    wrapped_lines,
)
from lipplanner.core.reports.saving import check_destination, save_workbook
from lipplanner.core.services.plan_view import (
    ActionView,
    IndicatorView,
    PlanView,
    PracticeView,
    StatusView,
)

# (steps done, steps in all, the sheet being written); may raise to cancel the export.
ProgressCallback = Callable[[int, int, str], None]

STEPS = len(SHEETS) + 1  # every sheet, then saving
LIST_CAP = 8  # actions listed per list on the Summary; the rest are counted


class ExportCancelled(Exception):
    """Raised by a progress callback to stop an export; nothing is written."""


@dataclass(frozen=True)
class ReportOptions:
    """What the coordinator chooses besides the plan and the period."""

    lang: str = "en"
    prepared_by: str = ""
    prepared_on: dt.date | None = None  # default: today


def report_title(view: PlanView, lang: str) -> str:
    """`Riverside LIP — Progress report, Q2 2026-27`: the title on every page."""
    labels = Labels(lang)
    partnership = view.partnership
    acronym = partnership.acronym_fr if lang == "fr" else partnership.acronym_en
    who = acronym or partnership.acronym_en or partnership.name(lang)
    return f"{who} — {labels('report_title')}, {labels.period_short(view.period)}"


def _join(items: Sequence[str]) -> str:
    return "; ".join(item for item in items if item)


def sort_key(text: str) -> tuple[str, str]:
    """Alphabetical as a reader expects: "École" between "Eastside" and "Employment"."""
    return fold(text), text


def _chart_height(top: int, last: int) -> float:
    """The Summary chart's height (cm): every priority's label above a legend of two
    to four rows."""
    return max(9.5, 0.55 * (last - top) + 6)


# Letter landscape inside the report's margins, in points.
PRINTABLE_WIDTH, PRINTABLE_HEIGHT = (11 - 0.8) * 72, (8.5 - 1.1) * 72
PRINTED_PER_NOMINAL = 0.82


def _fits_first_page(s: SheetWriter, columns: int, row: int, chart_cm: float) -> bool:
    """Whether a chart `chart_cm` tall anchored at `row` ends on the first printed page,
    the sheet being scaled to one page wide."""
    pixels = sum(s.column_width(c) * 7 + 5 for c in range(1, columns + 1))
    scale = min(1.0, PRINTABLE_WIDTH / (pixels * 0.75)) if pixels else 1.0
    above = sum(s.ws.row_dimensions[r].height or 15.0 for r in range(1, row))
    # LibreOffice prints the Riverside Summary about 0.82 times as tall as these
    # nominal sizes say (measured on its PDF): its column and row units run smaller.
    return (above + chart_cm / 2.54 * 72) * scale * PRINTED_PER_NOMINAL <= PRINTABLE_HEIGHT


def out_of_plan_warning(view: PlanView, lang: str) -> str:
    """The warning a report for a period outside the plan's years carries ("" if none)."""
    labels = Labels(lang)
    plan = view.plan
    if plan.first_year <= view.period.year <= plan.last_year:
        return ""
    return labels(
        "out_of_plan",
        period=labels.period_short(view.period),
        first=labels.fiscal_year(plan.first_year),
        last=labels.fiscal_year(plan.last_year),
    )


class _Report:
    """Writes the sheets of one report into a fresh workbook."""

    def __init__(self, view: PlanView, options: ReportOptions) -> None:
        self.view = view
        self.lang = options.lang
        self.labels = Labels(options.lang)
        # The partnership's profile names who prepares reports when nobody was given.
        self.prepared_by = options.prepared_by.strip() or view.partnership.coordinator.strip()
        self.prepared_on = options.prepared_on or dt.date.today()
        self.title = report_title(view, self.lang)
        self.workbook = Workbook()
        self.styles = Styles(self.workbook, options.lang)
        self.ordered_statuses = sorted(view.statuses.values(), key=lambda s: (s.position, s.id))
        self.status_styles = {
            status.id: self.styles.status(
                status.key, self.labels.status_words(status.label(self.lang)), status.colour
            )
            for status in self.ordered_statuses
        }
        self._verdicts: dict[str, StatusStyle] = {}
        self.out_of_plan = out_of_plan_warning(view, self.lang)
        self.page_text = self.labels("page_of")
        self._sheets: dict[str, SheetWriter] = {}
        # Sheets that print a sentence instead of an empty table, with that sentence.
        self._empty: dict[str, str] = {}
        self._contents_row = 0  # where the cover's contents start (written last)
        self._yes = self.labels("yes")

    # -- helpers --------------------------------------------------------------------------
    def sheet(self, key: str) -> SheetWriter:
        """The sheet for `key`, created on first use in the report's order."""
        if key not in self._sheets:
            name = self.labels.sheet(key)
            if not self._sheets:
                ws = self.workbook.active
                ws.title = name
            else:
                ws = self.workbook.create_sheet(name)
            writer = SheetWriter(self.workbook, ws, self.styles)
            writer.print_setup(self.title, self.page_text)
            self._sheets[key] = writer
        return self._sheets[key]

    def status_of(self, status_id: int | None) -> StatusStyle | None:
        return self.status_styles.get(status_id) if status_id is not None else None

    def percent_shown(self, action: ActionView) -> float | None:
        """The percent complete as the rules count it: a completed action is 100 %, an
        ongoing one has no end point (blank, not 0 %)."""
        kind = self.view.current_status(action.id).kind
        if kind == "ongoing":
            return None
        if kind == "completed":
            return 1.0
        return self.view.health[action.id].percent_complete / 100

    def _codes(self, action_ids: Sequence[int]) -> str:
        actions = self.view.actions
        return _join([actions[i].code for i in action_ids if i in actions])

    def _table(
        self,
        key: str,
        columns: Sequence[Column],
        rows: Iterable[Sequence[Any]],
        empty: str | None = None,
        styler: Callable[[int, int, Any], str | None] | None = None,
    ) -> None:
        """The sheet's table, or when it has no row the sentence saying so (`empty`,
        else the sheet's own): a header over nothing prints as a page that looks broken."""
        remaining = iter(rows)
        first = next(remaining, None)
        if first is not None:
            self.sheet(key).table(1, columns, chain([first], remaining), styler=styler)
            return
        s = self.sheet(key)
        sentence = empty or self.labels.empty_sheet(key)
        self._empty[key] = sentence
        s.put(1, 1, self.labels.sheet(key), "LIP Title")
        s.put(2, 1, sentence, "LIP Subtitle")
        # Wide enough for the sentence: the page is fitted to this column's width.
        s.width(1, max(len(sentence), len(self.labels.sheet(key)) * 1.6) + 4)

    # -- sheets ---------------------------------------------------------------------------
    def write(self, progress: ProgressCallback | None = None) -> Workbook:
        steps: dict[str, Callable[[], None]] = {
            "cover": self.cover,
            "summary": self.summary,
            "action_plan": self.action_plan,
            "progress": self.progress,
            "indicators": self.indicators,
            "indicator_history": self.indicator_history,
            "partners": self.partners,
            "practices": self.practices,
            "coverage": self.coverage,
            "definitions": self.definitions,
        }
        for key in SHEETS:  # create every sheet first so the cover can link to them
            self.sheet(key)
        for done, key in enumerate(SHEETS):
            if progress is not None:
                progress(done, STEPS, self.labels.sheet(key))
            steps[key]()
        self.contents()
        self.workbook.active = 0
        props = self.workbook.properties
        props.title = self.title
        props.subject = self.view.plan.title(self.lang)
        props.creator = self.prepared_by or self.view.partnership.coordinator or "LIP Planner"
        props.lastModifiedBy = props.creator
        props.created = props.modified = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        props.language = "fr-CA" if self.lang == "fr" else "en-CA"
        props.keywords = "LIP; IRCC; " + self.labels("report_title")
        return self.workbook

    def _partner_named(self, name: str) -> str:
        """A partner's name as the report's language writes it (the profile holds the
        agreement holder's name as typed, usually in English)."""
        wanted = fold(name)
        for partner in self.view.partners.values():
            if wanted and wanted in (fold(partner.name_en), fold(partner.name_fr)):
                return partner.name(self.lang)
        return name

    def cover(self) -> None:
        s, labels, view = self.sheet("cover"), self.labels, self.view
        label_keys = ("lip", "plan", "plan_years", "period", "prepared_on", "prepared_by")
        label_width = max(len(labels(k)) for k in (*label_keys, "agreement_holder", "catchment"))
        s.width(1, max(label_width * 1.1 + 2, *(len(labels.sheet(k)) + 2.0 for k in SHEETS)))
        value_width = s.width(2, 90)
        s.put(1, 1, view.partnership.name(self.lang), "LIP Title")
        s.put(2, 1, f"{labels('report_title')} — {labels.period_long(view.period)}", "LIP Subtitle")
        plan, wrap = view.plan, "LIP Wrap"
        facts: list[tuple[str, Any, str]] = [
            ("lip", view.partnership.name(self.lang), "LIP Wrap"),
            ("plan", plan.title(self.lang), "LIP Wrap"),
            (
                "plan_years",
                labels(
                    "years_range",
                    first=labels.fiscal_year(plan.first_year),
                    last=labels.fiscal_year(plan.last_year),
                ),
                "LIP Wrap",
            ),
            ("period", labels.period_long(view.period), "LIP Wrap"),
            # (Left, as the other facts: centred it stood alone in the middle of the page.)
            ("prepared_on", self.prepared_on, "LIP Date left"),
            ("prepared_by", self.prepared_by, "LIP Wrap"),
            (
                "agreement_holder",
                self._partner_named(view.partnership.agreement_holder),
                wrap,
            ),
            ("catchment", self._in_language(view.partnership.catchment), "LIP Wrap"),
        ]
        row = 4
        if self.out_of_plan:
            s.put(3, 1, self.out_of_plan, "LIP Warn")
        for key, value, style in facts:
            s.put(row, 1, labels(key), "LIP Label")
            s.put(row, 2, value, style)
            if isinstance(value, str) and wrapped_lines(value, value_width - 1.5) > 1:
                s.ws.row_dimensions[row].height = row_height(
                    wrapped_lines(value, value_width - 1.5)
                )
            row += 1
        self._contents_row = row + 1

    def contents(self) -> None:
        """The cover's list of sheets, written last: a sheet with nothing to list says
        so here too, rather than promise a table that is not there."""
        s, labels = self.sheet("cover"), self.labels
        value_width = s.column_width(2)
        row = self._contents_row
        s.put(row, 1, labels("contents"), "LIP Heading")
        row += 1
        s.put(row, 1, labels("sheet"), "LIP Header")
        s.put(row, 2, labels("sheet_shows"), "LIP Header")
        for key in SHEETS:
            row += 1
            name = labels.sheet(key)
            cell = s.put(row, 1, name, "LIP Link")
            quoted = name.replace("'", "''")
            cell.hyperlink = Hyperlink(ref=cell.coordinate, location=f"'{quoted}'!A1", display=name)
            description = self._empty.get(key) or labels.sheet_description(key)
            s.put(row, 2, description, "LIP Wrap")
            lines = wrapped_lines(description, value_width - 1.5)
            if lines > 1:
                s.ws.row_dimensions[row].height = row_height(lines)

    def summary(self) -> None:
        s, labels, view = self.sheet("summary"), self.labels, self.view
        s.put(1, 1, f"{labels('summary_title')} — {labels.period_short(view.period)}", "LIP Title")
        s.put(2, 1, view.plan.title(self.lang), "LIP Subtitle")
        plan = view.rollup_plan()
        share = "—" if plan.on_track_share is None else f"{plan.on_track_share:.0%}"
        s.put(
            3,
            1,
            labels(
                "key_figures",
                actions=plan.actions,
                share=share.replace("%", " %") if self.lang == "fr" else share,
                overdue=plan.overdue,
                stale=plan.stale,
            ),
            "LIP Subtitle",
        )
        top = 4
        if self.out_of_plan:
            s.put(top, 1, self.out_of_plan, "LIP Warn")
            top += 1
        top += 1
        columns = [
            Column(labels("code"), CODE, 6),
            Column(labels("priority"), WRAP, 28),
            Column(labels("rolled_status"), STATUS, 13),
            Column(labels("percent_complete"), PERCENT, 9),
            Column(labels("on_track_share"), PERCENT, 9),
            Column(labels("narrative"), WRAP, 60),
            Column(labels("actions"), COUNT, 8),
            Column(labels("overdue"), COUNT, 8),
            Column(labels("stale"), COUNT, 10),
        ]

        def line(rollup: Any) -> list[Any]:
            status = view.status_by_key(rollup.status_key) if rollup.status_key else None
            return [
                self.status_of(status.id) if status else None,
                None if rollup.percent is None else rollup.percent / 100,
                rollup.on_track_share,
            ]

        def counts(rollup: Any) -> list[Any]:
            return [rollup.actions, rollup.overdue, rollup.stale]

        priorities = view.ordered_priorities
        rows = []
        for p in priorities:
            rollup = view.rollup_priority(p.id)
            rows.append(
                [p.code, p.title(self.lang), *line(rollup), self._narrative(p.id), *counts(rollup)]
            )
        rows.append(["", labels("plan_total"), *line(plan), "", *counts(plan)])
        # Not a filtered, frozen table: the Summary is a page to read, and a repeated
        # header would print over the lists below it.
        if priorities:
            total_row = s.table(top, columns, rows, filter=False, freeze=False)
            total_styles = {PERCENT: "LIP Total percent", COUNT: "LIP Total count"}
            for index, column in enumerate(columns):
                if column.kind != STATUS:
                    cell = s.ws.cell(row=total_row, column=index + 1)
                    s.styles.apply(cell, total_styles.get(column.kind, "LIP Total"))
        else:  # a header over a row of zeros says less than a sentence
            total_row = top
            s.put(top, 1, labels.empty_sheet("priorities"), "LIP Note")
            for index, column in enumerate(columns):  # the page as wide as its title lines
                s.width(index + 1, column.width)
        lists_top = total_row + 2
        last = self._lists(s, lists_top)
        s.ws.print_area = f"A1:{_column_letter(len(columns))}{max(last, lists_top + 16)}"
        if priorities:
            data_column = len(columns) + 2
            data_top, data_last = self._chart_data(s, data_column)
            height = _chart_height(data_top, data_last)
            if not _fits_first_page(s, len(columns), lists_top, height):
                # A long priority table leaves no room for the chart under it: the
                # lists and the chart start the next page rather than split the chart.
                s.ws.row_breaks.append(Break(id=lists_top - 1))
            # Beside the lists (which use the first five columns), inside the page.
            self._chart(s, data_column, data_top, data_last, lists_top, 6)

    def _narrative(self, priority_id: int) -> str:
        """The coordinator's narrative, else a few lines from the actions' reports."""
        labels, view = self.labels, self.view
        written = view.narratives.get(priority_id)
        if written is not None:
            return self._in_language(written.text, written.lang)
        updates = [
            (action, update)
            for action in view.actions_of_priority(priority_id)
            if (update := view.health[action.id].period_update) is not None
        ]
        if not updates:
            return labels("no_narrative")
        picked: list[str] = []
        quoted: list[str] = []
        successes = [(a, u.successes) for a, u in updates if u.successes.strip()]
        for action, text in successes[:2]:
            picked.append(f"{labels('successes')} ({action.code}): {text}")
            quoted.append(text)
        # The challenge of the action in the worst state says most about the risk.
        challenges = [(a, u) for a, u in updates if u.challenges.strip()]
        if challenges:
            action, update = max(
                challenges, key=lambda pair: self.view.statuses[pair[1].status_id].severity
            )
            picked.append(f"{labels('challenges')} ({action.code}): {update.challenges}")
            quoted.append(update.challenges)
        used = min(len(successes), 2) + (1 if challenges else 0)
        more = len(updates) - used
        if not picked:
            return labels("no_narrative")
        # Quoted as written: marked once when it is all in the other language.
        languages = {text_language(text) for text in quoted} - {None}
        lines = "\n".join(picked)
        if len(languages) == 1:
            lines = self._in_language(lines, languages.pop())
        else:
            lines = "\n".join(self._in_language(line) for line in picked)
        if more > 0:
            more_text = labels("more_report") if more == 1 else labels("more_reports", n=more)
            lines += f"\n({more_text})"
        return lines

    def _in_language(self, text: str, lang: str | None = None) -> str:
        """`text`, marked when it is written in the other official language."""
        written = lang or text_language(text)
        if written is None or written == self.lang:
            return text
        mark = self.labels("in_english" if written == "en" else "in_french")
        return f"{text} [{mark}]"

    def _lists(self, s: SheetWriter, top: int) -> int:
        """Completed, new risks, not started but due and overdue actions, each list
        capped so the Summary stays a page or two; returns the last row written."""
        labels, view = self.labels, self.view
        active = [st for st in view.statuses.values() if st.kind == "active"]
        worst = max((st.severity for st in active), default=0)

        def status_then(action: ActionView) -> StatusView | None:
            before = view.health[action.id].previous_status_id
            return view.statuses.get(before) if before is not None else None

        def completed(action: ActionView) -> bool:
            if view.current_status(action.id).kind != "completed":
                return False
            if view.health[action.id].latest is None:
                # Marked finished on its form, never reported: it was completed in the
                # period of its end date, not in every period after it.
                return action.end_date is not None and view.period.contains(action.end_date)
            before = status_then(action)
            return before is None or before.kind != "completed"

        def new_risk(action: ActionView) -> bool:
            now = view.current_status(action.id)
            if worst == 0 or now.kind != "active" or now.severity < worst:
                return False
            before = status_then(action)
            return before is None or before.kind != "active" or before.severity < now.severity

        def late_start(action: ActionView) -> bool:
            return (
                view.current_status(action.id).kind == "not_started"
                and action.start_date is not None
                and action.start_date <= view.as_of
            )

        groups: list[tuple[str, Callable[[ActionView], bool], str]] = [
            ("completed_this_period", completed, "end"),
            ("new_risks", new_risk, "end"),
            ("not_started_due", late_start, "starts"),
            ("overdue_actions", lambda a: view.health[a.id].overdue, "end"),
        ]
        row = top
        for key, test, date_key in groups:
            chosen = [a for a in view.ordered_actions if test(a)]
            s.put(row, 1, f"{labels(key)} ({len(chosen)})", "LIP Heading")
            row += 1
            if not chosen:
                s.put(row, 2, labels("none_this_period"), "LIP Note")
                row += 2
                continue
            columns = [
                Column(labels("code"), CODE, 6),
                Column(labels("action"), WRAP, 28),
                Column(labels("status"), STATUS, 13),
                Column(labels("percent_complete"), PERCENT, 9),
                Column(labels(date_key), DATE, 9),
            ]
            rows = [
                [
                    a.code,
                    a.title(self.lang),
                    self.status_of(view.health[a.id].status_id),
                    self.percent_shown(a),
                    as_date(a.start_date if date_key == "starts" else a.end_date),
                ]
                for a in chosen[:LIST_CAP]
            ]
            row = s.table(row, columns, rows, filter=False, freeze=False) + 1
            if len(chosen) > LIST_CAP:
                more = labels(
                    "and_more", n=len(chosen) - LIST_CAP, sheet=labels.sheet("action_plan")
                )
                s.put(row, 2, more, "LIP Note")
                row += 1
            row += 1
        return row - 1

    def _chart_data(self, s: SheetWriter, column: int) -> tuple[int, int]:
        """The counts the chart draws, to the right of the printed page; returns the
        table's header row and last row."""
        view, labels = self.view, self.labels
        statuses = self.ordered_statuses
        s.put(1, column, labels("chart_data"), "LIP Label")
        columns = [
            Column(labels("code"), CODE, 6),
            *(Column(labels.status_words(st.label(self.lang)), COUNT, 9) for st in statuses),
        ]
        rows = []
        for p in view.ordered_priorities:
            by_status = view.rollup_priority(p.id).by_status
            rows.append([p.code, *(by_status.get(st.key, 0) for st in statuses)])
        last = s.table(2, columns, rows, first_column=column, filter=False, freeze=False)
        return 2, last

    def _chart(
        self, s: SheetWriter, data_column: int, top: int, last: int, row: int, column: int
    ) -> None:
        statuses = self.ordered_statuses
        chart = BarChart()
        chart.type = "bar"
        chart.grouping = "stacked"
        chart.overlap = 100
        chart.gapWidth = 50
        chart.title = self.labels("chart_title")
        chart.style = 10
        data = Reference(
            s.ws,
            min_col=data_column + 1,
            max_col=data_column + len(statuses),
            min_row=top,
            max_row=last,
        )
        categories = Reference(s.ws, min_col=data_column, min_row=top + 1, max_row=last)
        chart.add_data(data, titles_from_data=True)
        chart.set_categories(categories)
        for series, status in zip(chart.series, statuses, strict=True):
            fill = status.colour.lstrip("#").upper()
            if len(fill) == 6:
                series.graphicalProperties.solidFill = fill
                series.graphicalProperties.line.solidFill = fill
        chart.y_axis.title = self.labels("actions")
        chart.y_axis.majorGridlines = None
        chart.x_axis.scaling.orientation = "maxMin"  # the first priority on top
        chart.x_axis.delete = False
        chart.x_axis.tickLblSkip = 1  # every priority named, not every other one
        chart.y_axis.delete = False
        chart.legend.position = "b"
        # As wide as the columns beside the lists, so it never passes the page's edge.
        widths = [s.column_width(c) for c in range(column, column + 4)]
        chart.width = max(10.0, (sum(widths) * 7 + 5 * len(widths)) / 96 * 2.54 - 0.4)
        # Tall enough for every priority's label above a legend of two to four rows.
        chart.height = _chart_height(top, last)
        s.ws.add_chart(chart, f"{_column_letter(column)}{row}")

    def action_plan(self) -> None:
        labels, view = self.labels, self.view
        h = labels.action_plan_headers
        widths = (6, 11, 6, 14, 6, 23, 13, 15, 11, 10, 10, 11, 8)
        if self.lang == "fr":  # "Préoccupations importantes" broke inside its first word
            widths = (6, 11, 6, 14, 6, 21, 13, 15, 11, 10, 10, 13, 8)
        kinds = (CODE, WRAP, CODE, WRAP, CODE, WRAP, WRAP, WRAP, WRAP, DATE, DATE, STATUS)
        columns = [Column(h[i], kinds[i], widths[i]) for i in range(12)]
        columns += [Column(h[12], PERCENT, widths[12])]
        lang = self.lang

        def rows() -> Iterator[list[Any]]:
            for priority in view.ordered_priorities:
                priority_title = priority.title(lang)
                for objective in view.objectives_of(priority.id):
                    objective_title = objective.title(lang)
                    for action in view.actions_of(objective.id):
                        health = view.health[action.id]
                        yield [
                            priority.code,
                            priority_title,
                            objective.code,
                            objective_title,
                            action.code,
                            action.title(lang),
                            view.partner_name(action.lead_partner_id, lang),
                            _join(
                                sorted(
                                    (view.partner_name(i, lang) for i in action.supporting_ids),
                                    key=sort_key,
                                )
                            ),
                            view.body_name(action.body_id, lang),
                            as_date(action.start_date),
                            as_date(action.end_date),
                            self.status_of(health.status_id),
                            self.percent_shown(action),
                        ]

        # Past its end date: the end date in the warning colour, and the Summary lists
        # these actions by name (a column of its own would not fit on the page).
        overdue_rows = {
            row
            for row, action in enumerate(self._plan_order(), start=2)
            if view.health[action.id].overdue
        }
        end_column = 10

        def styler(row: int, column: int, _value: Any) -> str | None:
            return "LIP Warn date" if column == end_column and row in overdue_rows else None

        self._table("action_plan", columns, rows(), styler=styler)

    def _plan_order(self) -> Iterator[ActionView]:
        view = self.view
        for priority in view.ordered_priorities:
            for objective in view.objectives_of(priority.id):
                yield from view.actions_of(objective.id)

    def progress(self) -> None:
        labels, view, lang = self.labels, self.view, self.lang
        narrative = 20
        columns = [
            Column(labels("code"), CODE, 6),
            Column(labels("action"), WRAP, 22),
            Column(labels("status"), STATUS, 12),
            Column(labels("percent_complete"), PERCENT, 9),
            # Yes, or Missing (the stale rule): a missing update is what the reader looks for.
            Column(labels("updated"), CODE, 10),
            Column(labels("outputs"), WRAP, narrative),
            Column(labels("successes"), WRAP, narrative),
            Column(labels("challenges"), WRAP, narrative),
            Column(labels("next_steps"), WRAP, narrative),
            Column(labels("reported_by"), WRAP, 13),
            Column(labels("reported_on"), DATE, 10),
        ]
        yearly = view.period.quarter is None
        if yearly:  # a year's report shows which quarter each update is from
            columns.append(Column(labels("update_period"), CODE, 10))
        missing, not_expected = labels("update_missing"), labels("update_not_expected")

        def rows() -> Iterator[list[Any]]:
            for action in view.ordered_actions:
                health = view.health[action.id]
                update = health.period_update
                head = [
                    action.code,
                    action.title(lang),
                    self.status_of(health.status_id),
                    self.percent_shown(action),
                ]
                if update is None:
                    state = missing if health.stale else not_expected
                    yield [*head, state, *([None] * (len(columns) - 5))]
                    continue
                tail = [labels.period_short(update.period)] if yearly else []
                yield [
                    *head,
                    self._yes,
                    self._in_language(update.outputs),
                    self._in_language(update.successes),
                    self._in_language(update.challenges),
                    self._in_language(update.next_steps),
                    update.reported_by,
                    as_date(update.reported_on),
                    *tail,
                ]

        flag_column = 4

        def styler(_row: int, column: int, value: Any) -> str | None:
            return "LIP Warn" if column == flag_column and value == missing else None

        self._table("progress", columns, rows(), styler=styler)

    def _verdict_style(self, verdict: str) -> StatusStyle:
        if verdict not in self._verdicts:
            words, colour = self.labels.verdict(verdict)
            self._verdicts[verdict] = self.styles.status(f"indicator {verdict}", words, colour)
        return self._verdicts[verdict]

    def indicators(self) -> None:
        labels, view, lang = self.labels, self.view, self.lang
        columns = [
            Column(labels("code"), CODE, 6),
            Column(labels("indicator"), WRAP, 28),
            Column(labels("unit"), WRAP, 10),
            Column(labels("direction"), CODE, 10),
            Column(labels("baseline"), NUMBER, 9),
            Column(labels("baseline_date"), DATE, 10),
            Column(labels("target"), NUMBER, 8),
            Column(labels("target_date"), DATE, 10),
            Column(labels("latest_actual"), NUMBER, 9),
            Column(labels("actual_period"), CODE, 10),
            Column(labels("progress_to_target"), PERCENT, 10),
            Column(labels("assessment"), STATUS, 13),
            Column(labels("note"), WRAP, 22),
        ]

        def rows() -> Iterator[list[Any]]:
            for indicator in view.indicators.values():
                latest = latest_value(indicator, view.period)
                judged = self._judge(indicator, latest, view.as_of)
                note = ""
                if latest is not None:
                    note = indicator.values[latest][1]
                own = own_value_key(indicator, view.period)
                if own is not None and own in indicator.values and own != latest:
                    note = indicator.values[own][1] or note  # why this period has no value
                yield [
                    indicator.code,
                    indicator.name(lang),
                    labels.unit(indicator.unit),
                    labels.direction(indicator.direction),
                    indicator.baseline_value,
                    as_date(indicator.baseline_date),
                    indicator.target_value,
                    as_date(indicator.target_date),
                    indicator.values[latest][0] if latest else None,
                    labels.period_short(value_period(latest)) if latest else None,
                    judged.progress,
                    self._verdict_style(judged.verdict),
                    self._in_language(note) if note else None,
                ]

        self._table("indicators", columns, rows())

    def _judge(
        self, indicator: IndicatorView, key: tuple[int, int] | None, as_of: dt.date
    ) -> IndicatorJudgement:
        value = indicator.values[key][0] if key is not None else None
        return judge_indicator(
            baseline=indicator.baseline_value,
            baseline_date=indicator.baseline_date,
            target=indicator.target_value,
            target_date=indicator.target_date,
            direction=indicator.direction,
            frequency=indicator.frequency,
            actual=value,
            actual_date=value_period(key).end if key is not None else None,
            as_of=as_of,
        )

    def indicator_history(self) -> None:
        labels, view, lang = self.labels, self.view, self.lang
        columns = [
            Column(labels("code"), CODE, 6),
            Column(labels("indicator"), WRAP, 34),
            Column(labels("period_short"), CODE, 11),
            Column(labels("actual"), NUMBER, 10),
            Column(labels("expected"), NUMBER, 12),
            Column(labels("target"), NUMBER, 8),
            Column(labels("assessment"), STATUS, 13),
            Column(labels("note"), WRAP, 40),
        ]
        limit = view.period.key

        def rows() -> Iterator[list[Any]]:
            for indicator in view.indicators.values():
                keys = sorted(k for k in indicator.values if value_period(k).key <= limit)
                for key in keys:
                    value, note = indicator.values[key]
                    judged = self._judge(indicator, key, value_period(key).end)
                    if value is None:
                        judged = IndicatorJudgement(NO_DATA, None, None)
                    yield [
                        indicator.code,
                        indicator.name(lang),
                        labels.period_short(value_period(key)),
                        value,
                        None if judged.expected is None else round(judged.expected, 1),
                        indicator.target_value,
                        self._verdict_style(judged.verdict),
                        self._in_language(note) if note else None,
                    ]

        # With indicators but no value yet, the sheet says that rather than "no indicators".
        empty = None if view.indicators else labels.empty_sheet("indicators")
        period = labels.period_short(view.period)
        self._table(
            "indicator_history",
            columns,
            rows(),
            empty or labels.empty_sheet("indicator_history", period=period),
        )

    def partners(self) -> None:
        labels, view, lang = self.labels, self.view, self.lang
        columns = [
            Column(labels("organisation"), WRAP, 26),
            Column(labels("acronym"), CODE, 9),
            Column(labels("sector"), WRAP, 16),
            Column(labels("languages"), WRAP, 22),
            Column(labels("bodies"), WRAP, 22),
            Column(labels("actions_led"), COUNT, 9),
            Column(labels("actions_supported"), COUNT, 10),
            Column(labels("codes_led"), WRAP, 16),
            Column(labels("codes_supported"), WRAP, 22),
        ]
        bodies_of: dict[int, list[str]] = {}
        for body in sorted(view.bodies.values(), key=lambda b: (b.position, b.id)):
            for partner_id in body.member_ids:
                bodies_of.setdefault(partner_id, []).append(body.name(lang))
        led, supported = view.led_by, view.supported_by
        ordered = sorted(view.partners.values(), key=lambda p: sort_key(p.name(lang)))
        rows = [
            [
                partner.name(lang),
                partner.acronym,
                view.term_label(partner.sector_id, lang),
                labels.languages(partner.languages),
                _join(bodies_of.get(partner.id, [])),
                len(led.get(partner.id, ())),
                len(supported.get(partner.id, ())),
                self._codes(led.get(partner.id, [])),
                self._codes(supported.get(partner.id, [])),
            ]
            for partner in ordered
        ]
        self._table("partners", columns, rows)

    def practices(self) -> None:
        labels, view, lang = self.labels, self.view, self.lang
        columns = [
            Column(labels("practice"), WRAP, 20),
            Column(labels("domain"), WRAP, 15),
            Column(labels("practice_type"), WRAP, 13),
            Column(labels("evidence"), WRAP, 12),
            Column(labels("where"), WRAP, 16),
            Column(labels("summary"), WRAP, 28),
            Column(labels("source"), WRAP, 22),
            Column(labels("source_year"), NUMBER, 6),
            Column(labels("informs"), WRAP, 11),
            Column(labels("adoption"), WRAP, 11),
        ]
        priorities = view.priorities

        def source(practice: PracticeView) -> str:
            return "\n".join(t for t in (practice.source_title, practice.source_url) if t)

        rows = [
            [
                practice.title(lang),
                view.term_label(practice.domain_id, lang),
                view.term_label(practice.type_id, lang),
                view.term_label(practice.evidence_id, lang),
                "\n".join(
                    t for t in (self._partner_named(practice.organisation), practice.location) if t
                ),
                self._in_language(practice.summary) if practice.summary else "",
                source(practice),
                practice.source_year,
                _join(
                    [
                        *(priorities[i].code for i in practice.priority_ids if i in priorities),
                        self._codes(practice.action_ids),
                    ]
                ),
                labels.adoption(practice.adoption_status),
            ]
            for practice in sorted(view.practices.values(), key=lambda p: sort_key(p.title(lang)))
        ]
        self._table("practices", columns, rows)

    def coverage(self) -> None:
        labels, view, lang = self.labels, self.view, self.lang
        priorities = view.ordered_priorities
        columns = [
            Column(labels("kind"), WRAP, 15),
            Column(labels("name"), WRAP, 30),
            *(Column(f"{p.code} {p.title(lang)}", COUNT, 12) for p in priorities),
            Column(labels("total"), COUNT, 8),
            Column(labels("practices_count"), COUNT, 10),
        ]
        tagged: dict[tuple[int, int], int] = {}
        for action in view.actions.values():
            for term_id in set(action.characteristic_ids):
                key = (term_id, action.priority_id)
                tagged[key] = tagged.get(key, 0) + 1
        actions_per_priority = {p.id: len(view.actions_of_priority(p.id)) for p in priorities}
        practices_per_domain: dict[int | None, int] = {}
        for practice in view.practices.values():
            practices_per_domain[practice.domain_id] = (
                practices_per_domain.get(practice.domain_id, 0) + 1
            )
        rows: list[list[Any]] = []
        kind = labels("characteristic")
        for term in view.vocabulary("characteristic"):
            counts = [tagged.get((term.id, p.id), 0) for p in priorities]
            rows.append([kind, term.label(lang), *counts, sum(counts), None])
        kind = labels("domain")
        for term in view.vocabulary("domain"):
            counts = [
                actions_per_priority[p.id] if p.domain_id == term.id else 0 for p in priorities
            ]
            rows.append(
                [kind, term.label(lang), *counts, sum(counts), practices_per_domain.get(term.id, 0)]
            )

        # A zero under a priority is common; a zero in the total (no action at all, or
        # no practice) is the gap the reader is looking for.
        total_columns = {len(columns) - 2, len(columns) - 1}

        def styler(_row: int, column: int, value: Any) -> str | None:
            if column < 2 or value != 0:
                return None
            return "LIP Gap" if column in total_columns else "LIP Zero"

        if not view.actions and not view.practices:
            rows = []  # every row a zero: nothing is covered yet, not everything a gap
        self._table("coverage", columns, rows, styler=styler)

    def definitions(self) -> None:
        s, labels, lang = self.sheet("definitions"), self.labels, self.lang
        columns = [
            Column(labels("status"), STATUS, 22),
            Column(labels("meaning"), WRAP, 95),
        ]
        rows = [
            [
                self.status_of(status.id),
                labels.status_words(status.description_fr)
                if lang == "fr"
                else status.description_en,
            ]
            for status in self.ordered_statuses
        ]
        last = s.table(1, columns, rows)
        rule_columns = [Column(labels("rule"), WRAP, 22), Column(labels("definition"), WRAP, 95)]
        rules = [[name, text] for _key, name, text in labels.rules()]
        s.table(last + 3, rule_columns, rules, filter=False, freeze=False)


def value_period(key: tuple[int, int]) -> Period:
    """The period a stored indicator value is for ((year, 0) is the whole year)."""
    year, quarter = key
    return Period(year, quarter or None)


def own_value_key(indicator: IndicatorView, period: Period) -> tuple[int, int] | None:
    """The key a value recorded for exactly `period` has."""
    return (period.year, period.quarter or 0)


def latest_value(indicator: IndicatorView, period: Period) -> tuple[int, int] | None:
    """The key of the latest value recorded (not "no data") up to the end of `period`."""
    keys = [
        key
        for key, (value, _note) in indicator.values.items()
        if value is not None and value_period(key).key <= period.key
    ]
    # A year's own value (quarter 0) counts as of the year's end, after its Q4.
    return max(keys, key=lambda k: (value_period(k).key, k[1] == 0), default=None)


def _column_letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(index))


def build_report(
    view: PlanView, options: ReportOptions, progress: ProgressCallback | None = None
) -> Workbook:
    """The report as an openpyxl workbook (not saved)."""
    return _Report(view, options).write(progress)


def export_progress_report(
    view: PlanView,
    destination: str | os.PathLike[str],
    options: ReportOptions | None = None,
    progress: ProgressCallback | None = None,
) -> Path:
    """Write the progress report for `view`'s period to `destination` (.xlsx).

    The file appears complete or not at all: a `UserError` (unwritable folder, file
    open elsewhere) or a cancelled export leaves any existing file untouched.
    """
    options = options or ReportOptions()
    path = check_destination(destination)  # fail before the work, not after
    workbook = build_report(view, options, progress)
    if progress is not None:
        progress(STEPS - 1, STEPS, path.name)
    saved = save_workbook(workbook, path)
    if progress is not None:
        progress(STEPS, STEPS, path.name)
    return saved
