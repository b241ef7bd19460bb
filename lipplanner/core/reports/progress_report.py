"""The funder progress report: an Excel workbook a funder and a council can read as is.

Nine sheets (cover, summary with a chart, action plan, progress, indicators, partners,
practices, coverage, definitions), real numbers and dates, coloured and labelled
statuses, ready to print. Built from a `PlanView`, so it shows exactly what the app
shows for the period; words come from `labels` in English or French.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.worksheet.hyperlink import Hyperlink

from lipplanner.core.periods import Period
from lipplanner.core.progress import indicator_variance
from lipplanner.core.reports.labels import SHEETS, Labels
from lipplanner.core.reports.layout import (
    CODE,
    COUNT,
    DATE,
    FLAG,
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
from lipplanner.core.services.plan_view import ActionView, IndicatorView, PlanView

# (steps done, steps in all, the sheet being written); may raise to cancel the export.
ProgressCallback = Callable[[int, int, str], None]

STEPS = len(SHEETS) + 1  # every sheet, then saving


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


class _Report:
    """Writes the sheets of one report into a fresh workbook."""

    def __init__(self, view: PlanView, options: ReportOptions) -> None:
        self.view = view
        self.lang = options.lang
        self.labels = Labels(options.lang)
        self.prepared_by = options.prepared_by.strip()
        self.prepared_on = options.prepared_on or dt.date.today()
        self.title = report_title(view, self.lang)
        self.workbook = Workbook()
        self.styles = Styles(self.workbook)
        self.status_styles = {
            status.id: self.styles.status(status.key, status.label(self.lang), status.colour)
            for status in sorted(view.statuses.values(), key=lambda s: (s.position, s.id))
        }
        self.page_text = self.labels("page_of")
        self._sheets: dict[str, SheetWriter] = {}
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

    def flag(self, header: str, *, warn: bool = False, width: float = 10) -> Column:
        return Column(header, FLAG, width, flag_text=self._yes, warn=warn)

    def _codes(self, action_ids: Sequence[int]) -> str:
        actions = self.view.actions
        return _join([actions[i].code for i in action_ids if i in actions])

    # -- sheets ---------------------------------------------------------------------------
    def write(self, progress: ProgressCallback | None = None) -> Workbook:
        steps: dict[str, Callable[[], None]] = {
            "cover": self.cover,
            "summary": self.summary,
            "action_plan": self.action_plan,
            "progress": self.progress,
            "indicators": self.indicators,
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

    def cover(self) -> None:
        s, labels, view = self.sheet("cover"), self.labels, self.view
        label_keys = ("lip", "plan", "plan_years", "period", "prepared_on", "prepared_by")
        label_width = max(len(labels(k)) for k in (*label_keys, "agreement_holder", "catchment"))
        s.width(1, max(label_width * 1.1 + 2, *(len(labels.sheet(k)) + 2.0 for k in SHEETS)))
        value_width = s.width(2, 90)
        s.put(1, 1, view.partnership.name(self.lang), "LIP Title")
        s.put(2, 1, f"{labels('report_title')} — {labels.period_long(view.period)}", "LIP Subtitle")
        plan = view.plan
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
            ("prepared_on", self.prepared_on, "LIP Date"),
            ("prepared_by", self.prepared_by, "LIP Wrap"),
            ("agreement_holder", view.partnership.agreement_holder, "LIP Wrap"),
            ("catchment", view.partnership.catchment, "LIP Wrap"),
        ]
        row = 4
        for key, value, style in facts:
            s.put(row, 1, labels(key), "LIP Label")
            s.put(row, 2, value, style)
            if isinstance(value, str) and wrapped_lines(value, value_width - 1.5) > 1:
                s.ws.row_dimensions[row].height = row_height(
                    wrapped_lines(value, value_width - 1.5)
                )
            row += 1
        row += 1
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
            description = labels.sheet_description(key)
            s.put(row, 2, description, "LIP Wrap")
            lines = wrapped_lines(description, value_width - 1.5)
            if lines > 1:
                s.ws.row_dimensions[row].height = row_height(lines)

    def summary(self) -> None:
        s, labels, view = self.sheet("summary"), self.labels, self.view
        statuses = sorted(view.statuses.values(), key=lambda st: (st.position, st.id))
        s.put(1, 1, labels("summary_title"), "LIP Title")
        s.put(
            2,
            1,
            f"{view.plan.title(self.lang)} — {labels.period_long(view.period)}",
            "LIP Subtitle",
        )
        top = 3
        columns = [
            Column(labels("priority_code"), CODE, 8),
            Column(labels("priority"), WRAP, 30),
            Column(labels("actions"), COUNT, 8),
            *(Column(st.label(self.lang), COUNT, 8) for st in statuses),
            Column(labels("on_track_share"), PERCENT, 8),
            Column(labels("percent_complete"), PERCENT, 8),
            Column(labels("overdue"), COUNT, 8),
            Column(labels("stale"), COUNT, 8),
            Column(labels("rolled_status"), STATUS, 14),
        ]

        def line(rollup: Any) -> list[Any]:
            status = view.status_by_key(rollup.status_key) if rollup.status_key else None
            return [
                rollup.actions,
                *(rollup.by_status.get(st.key, 0) for st in statuses),
                rollup.on_track_share,
                None if rollup.percent is None else rollup.percent / 100,
                rollup.overdue,
                rollup.stale,
                self.status_of(status.id) if status else None,
            ]

        priorities = view.ordered_priorities
        rows = [[p.code, p.title(self.lang), *line(view.rollup_priority(p.id))] for p in priorities]
        # The totals row is written with the table (so the columns fit it), then set
        # in bold and left out of the filter range so sorting never moves it.
        rows.append(["", labels("plan_total"), *line(view.rollup_plan())])
        total_row = s.table(top, columns, rows)
        last = total_row - 1
        s.ws.auto_filter.ref = s.ws.auto_filter.ref.rsplit(":", 1)[0] + (
            f":{_column_letter(len(columns))}{max(last, top)}"
        )
        total_styles = {PERCENT: "LIP Total percent", COUNT: "LIP Total count"}
        for index, column in enumerate(columns[:-1]):
            cell = s.ws.cell(row=total_row, column=index + 1)
            s.styles.apply(cell, total_styles.get(column.kind, "LIP Total"))
        highlights_top = total_row + 2
        width = self._highlights(s, highlights_top)
        if priorities:
            # Beside the highlights, right under the table it charts: the page stays
            # one table wide, so it prints large enough to read.
            self._chart(s, top, last, len(statuses), highlights_top + 1, width + 2)

    def _chart(
        self, s: SheetWriter, top: int, last: int, n_statuses: int, row: int, column: int
    ) -> None:
        statuses = sorted(self.view.statuses.values(), key=lambda st: (st.position, st.id))
        chart = BarChart()
        chart.type = "bar"
        chart.grouping = "stacked"
        chart.overlap = 100
        chart.gapWidth = 60
        chart.title = self.labels("chart_title")
        chart.style = 10
        data = Reference(s.ws, min_col=4, max_col=3 + n_statuses, min_row=top, max_row=last)
        categories = Reference(s.ws, min_col=1, min_row=top + 1, max_row=last)
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
        chart.y_axis.delete = False
        chart.legend.position = "b"
        chart.width = 15
        chart.height = max(8.0, 0.9 * (last - top) + 4)
        s.ws.add_chart(chart, f"{_column_letter(column)}{row}")

    def _highlights(self, s: SheetWriter, top: int) -> int:
        """The completed, at-risk and overdue actions; returns the table's width."""
        labels, view = self.labels, self.view
        s.put(top, 1, labels("highlights"), "LIP Heading")
        active = [st for st in view.statuses.values() if st.kind == "active"]
        worst = max((st.severity for st in active), default=0)
        rows: list[list[Any]] = []

        def add(kind: str, action: ActionView) -> None:
            health = view.health[action.id]
            rows.append(
                [
                    action.code,
                    action.title(self.lang),
                    labels(kind),
                    self.status_of(health.status_id),
                    health.percent_complete / 100,
                    as_date(action.end_date),
                ]
            )

        groups: list[tuple[str, Callable[[ActionView], bool]]] = [
            (
                "hl_completed",
                lambda a: (
                    view.health[a.id].in_period and view.current_status(a.id).kind == "completed"
                ),
            ),
            (
                "hl_serious",
                lambda a: (
                    worst > 0
                    and view.current_status(a.id).kind == "active"
                    and view.current_status(a.id).severity == worst
                ),
            ),
            ("hl_overdue", lambda a: view.health[a.id].overdue),
        ]
        for kind, test in groups:
            for action in view.ordered_actions:
                if test(action):
                    add(kind, action)
        columns = [
            Column(labels("code"), CODE, 10),
            Column(labels("action"), WRAP, 34),
            Column(labels("highlight"), WRAP, 12),
            Column(labels("status"), STATUS, 12),
            Column(labels("percent_complete"), PERCENT, 11),
            Column(labels("end"), DATE, 11),
        ]
        if not rows:
            s.put(top + 1, 1, labels("no_highlights"), "LIP Text")
        else:
            s.table(top + 1, columns, rows, filter=False, freeze=False)
        return len(columns)

    def action_plan(self) -> None:
        s, labels, view = self.sheet("action_plan"), self.labels, self.view
        h = labels.action_plan_headers
        widths = (9, 24, 9, 28, 8, 36, 22, 28, 18, 11, 11, 14, 11, 9)
        kinds = (CODE, WRAP, CODE, WRAP, CODE, WRAP, WRAP, WRAP, WRAP, DATE, DATE, STATUS)
        columns = [Column(h[i], kinds[i], widths[i]) for i in range(12)]
        columns += [Column(h[12], PERCENT, widths[12]), self.flag(h[13], warn=True, width=9)]
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
                            _join([view.partner_name(i, lang) for i in action.supporting_ids]),
                            view.body_name(action.body_id, lang),
                            as_date(action.start_date),
                            as_date(action.end_date),
                            self.status_of(health.status_id),
                            health.percent_complete / 100,
                            health.overdue,
                        ]

        s.table(1, columns, rows())

    def progress(self) -> None:
        s, labels, view, lang = self.sheet("progress"), self.labels, self.view, self.lang
        columns = [
            Column(labels("code"), CODE, 8),
            Column(labels("action"), WRAP, 30),
            Column(labels("lead_partner"), WRAP, 20),
            Column(labels("status"), STATUS, 14),
            Column(labels("percent_complete"), PERCENT, 11),
            # Yes or No, both shown: a missing update is what the reader looks for.
            Column(labels("updated"), CODE, 12),
            Column(labels("outputs"), WRAP, 30),
            Column(labels("successes"), WRAP, 30),
            Column(labels("challenges"), WRAP, 30),
            Column(labels("next_steps"), WRAP, 30),
            Column(labels("reported_by"), WRAP, 16),
            Column(labels("reported_on"), DATE, 11),
            Column(labels("update_period"), CODE, 12),
        ]
        no = labels("no")

        def rows() -> Iterator[list[Any]]:
            for action in view.ordered_actions:
                health = view.health[action.id]
                update = health.period_update
                head = [
                    action.code,
                    action.title(lang),
                    view.partner_name(action.lead_partner_id, lang),
                    self.status_of(health.status_id),
                    health.percent_complete / 100,
                ]
                if update is None:
                    yield [*head, no, None, None, None, None, None, None, None]
                    continue
                yield [
                    *head,
                    self._yes,
                    update.outputs,
                    update.successes,
                    update.challenges,
                    update.next_steps,
                    update.reported_by,
                    as_date(update.reported_on),
                    labels.period_short(update.period),
                ]

        flag_column = 5

        def styler(_row: int, column: int, value: Any) -> str | None:
            return "LIP Warn" if column == flag_column and value == no else None

        s.table(1, columns, rows(), styler=styler)

    def _indicator_periods(self, indicator: IndicatorView) -> list[Period]:
        view = self.view
        last_year = min(view.plan.last_year, view.period.year)
        years = range(view.plan.first_year, last_year + 1)
        quarterly = indicator.frequency == "quarterly" or any(q for _, q in indicator.values)
        if not quarterly:
            return [Period(year) for year in years]
        limit = view.period.key
        return [q for year in years for q in Period(year).quarters() if q.key <= limit]

    def indicators(self) -> None:
        s, labels, view, lang = self.sheet("indicators"), self.labels, self.view, self.lang
        columns = [
            Column(labels("code"), CODE, 8),
            Column(labels("indicator"), WRAP, 34),
            Column(labels("linked_to"), CODE, 11),
            Column(labels("unit"), WRAP, 10),
            Column(labels("period_short"), CODE, 12),
            Column(labels("baseline"), NUMBER, 10),
            Column(labels("baseline_date"), DATE, 11),
            Column(labels("target"), NUMBER, 10),
            Column(labels("target_date"), DATE, 11),
            Column(labels("actual"), NUMBER, 10),
            Column(labels("variance"), NUMBER, 10),
            Column(labels("target_met"), CODE, 9),
            Column(labels("note"), WRAP, 32),
        ]
        no_data = labels("no_data")

        def linked(indicator: IndicatorView) -> str:
            if indicator.action_id in view.actions:
                return view.actions[indicator.action_id].code
            if indicator.objective_id in view.objectives:
                return view.objectives[indicator.objective_id].code
            return ""

        def rows() -> Iterator[list[Any]]:
            for indicator in view.indicators.values():
                head = [indicator.code, indicator.name(lang), linked(indicator), indicator.unit]
                for period in self._indicator_periods(indicator):
                    recorded, actual = indicator.actual(period)
                    note = ""
                    if period.quarter is not None:
                        note = indicator.values.get((period.year, period.quarter), (None, ""))[1]
                    elif (period.year, 0) in indicator.values:
                        note = indicator.values[(period.year, 0)][1]
                    if actual is None:
                        note = note or no_data
                    result = indicator_variance(actual, indicator.target_value, indicator.direction)
                    yield [
                        *head,
                        labels.period_short(period),
                        indicator.baseline_value,
                        as_date(indicator.baseline_date),
                        indicator.target_value,
                        as_date(indicator.target_date),
                        actual if recorded else None,
                        result.variance,
                        labels.yes_no(result.met),
                        note,
                    ]

        s.table(1, columns, rows())

    def partners(self) -> None:
        s, labels, view, lang = self.sheet("partners"), self.labels, self.view, self.lang
        columns = [
            Column(labels("id"), CODE, 6),
            Column(labels("organisation"), WRAP, 34),
            Column(labels("acronym"), CODE, 9),
            Column(labels("sector"), WRAP, 20),
            Column(labels("languages"), WRAP, 26),
            Column(labels("bodies"), WRAP, 28),
            Column(labels("actions_led"), COUNT, 9),
            Column(labels("actions_supported"), COUNT, 10),
            Column(labels("codes_led"), WRAP, 22),
            Column(labels("codes_supported"), WRAP, 26),
        ]
        bodies_of: dict[int, list[str]] = {}
        for body in sorted(view.bodies.values(), key=lambda b: (b.position, b.id)):
            for partner_id in body.member_ids:
                bodies_of.setdefault(partner_id, []).append(body.name(lang))
        led, supported = view.led_by, view.supported_by
        ordered = sorted(view.partners.values(), key=lambda p: p.name(lang).casefold())
        rows = [
            [
                partner.id,
                partner.name(lang),
                partner.acronym,
                view.term_label(partner.sector_id, lang),
                partner.languages,
                _join(bodies_of.get(partner.id, [])),
                len(led.get(partner.id, ())),
                len(supported.get(partner.id, ())),
                self._codes(led.get(partner.id, [])),
                self._codes(supported.get(partner.id, [])),
            ]
            for partner in ordered
        ]
        s.table(1, columns, rows)

    def practices(self) -> None:
        s, labels, view, lang = self.sheet("practices"), self.labels, self.view, self.lang
        columns = [
            Column(labels("id"), CODE, 6),
            Column(labels("practice"), WRAP, 28),
            Column(labels("domain"), WRAP, 20),
            Column(labels("practice_type"), WRAP, 15),
            Column(labels("evidence"), WRAP, 14),
            Column(labels("organisation"), WRAP, 20),
            Column(labels("where"), WRAP, 14),
            Column(labels("summary"), WRAP, 40),
            Column(labels("source"), WRAP, 22),
            Column(labels("source_year"), NUMBER, 7),
            Column(labels("link"), WRAP, 22),
            Column(labels("priorities"), WRAP, 10),
            Column(labels("actions"), WRAP, 10),
            Column(labels("adoption"), WRAP, 12),
        ]
        priorities = view.priorities
        rows = [
            [
                practice.id,
                practice.title(lang),
                view.term_label(practice.domain_id, lang),
                view.term_label(practice.type_id, lang),
                view.term_label(practice.evidence_id, lang),
                practice.organisation,
                practice.location,
                practice.summary,
                practice.source_title,
                practice.source_year,
                practice.source_url,
                _join([priorities[i].code for i in practice.priority_ids if i in priorities]),
                self._codes(practice.action_ids),
                labels.adoption(practice.adoption_status),
            ]
            for practice in sorted(view.practices.values(), key=lambda p: p.title(lang).casefold())
        ]
        s.table(1, columns, rows)

    def coverage(self) -> None:
        s, labels, view, lang = self.sheet("coverage"), self.labels, self.view, self.lang
        priorities = view.ordered_priorities
        columns = [
            Column(labels("code"), CODE, 16),
            Column(labels("kind"), WRAP, 28),
            Column(labels("name"), WRAP, 40),
            *(Column(f"{p.code} {p.title(lang)}", COUNT, 13) for p in priorities),
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
            rows.append([term.key, kind, term.label(lang), *counts, sum(counts), None])
        kind = labels("domain")
        for term in view.vocabulary("domain"):
            counts = [
                actions_per_priority[p.id] if p.domain_id == term.id else 0 for p in priorities
            ]
            rows.append(
                [
                    term.key,
                    kind,
                    term.label(lang),
                    *counts,
                    sum(counts),
                    practices_per_domain.get(term.id, 0),
                ]
            )

        # A zero under a priority is common; a zero in the total (no action at all, or
        # no practice) is the gap the reader is looking for.
        total_columns = {len(columns) - 2, len(columns) - 1}

        def styler(_row: int, column: int, value: Any) -> str | None:
            if column < 3 or value != 0:
                return None
            return "LIP Gap" if column in total_columns else "LIP Zero"

        s.table(1, columns, rows, styler=styler)

    def definitions(self) -> None:
        s, labels, view, lang = self.sheet("definitions"), self.labels, self.view, self.lang
        statuses = sorted(view.statuses.values(), key=lambda st: (st.position, st.id))
        columns = [
            Column(labels("status"), STATUS, 28),
            Column(labels("meaning"), WRAP, 90),
            Column(labels("colour"), CODE, 10),
            Column(labels("code"), CODE, 18),
        ]
        rows = [
            [
                self.status_of(status.id),
                status.description_fr if lang == "fr" else status.description_en,
                status.colour.upper(),
                status.key,
            ]
            for status in statuses
        ]
        last = s.table(1, columns, rows)
        rule_columns = [Column(labels("rule"), WRAP, 28), Column(labels("definition"), WRAP, 90)]
        rules = [[name, text] for _key, name, text in labels.rules()]
        s.table(last + 3, rule_columns, rules, filter=False, freeze=False)


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
