"""The Riverside progress report, as a funder opens it: sheets, tables, types, print."""

from __future__ import annotations

import datetime as dt
import inspect
import re
from pathlib import Path

import openpyxl
import pytest
from openpyxl.chart import BarChart

from lipplanner.core import progress
from lipplanner.core.db import PlanDatabase
from lipplanner.core.periods import Period
from lipplanner.core.reports.cell_values import fold
from lipplanner.core.reports.labels import (
    ACTION_PLAN_HEADERS,
    RULES,
    SHEET_DESCRIPTIONS,
    SHEET_NAMES,
    SHEETS,
    TEXT,
    Labels,
)
from lipplanner.core.reports.progress_report import (
    ReportOptions,
    build_report,
    export_progress_report,
    report_title,
)
from lipplanner.core.services.plan_view import PlanView, load_plan_view

from .conftest import PREPARED_ON, PREPARER

# How each language prints a percentage (French: a no-break space before the sign).
PERCENT_FORMATS = {"en": "0%", "fr": '0"\u00a0"%'}

DATA_SHEETS = (
    "action_plan",
    "progress",
    "indicators",
    "indicator_history",
    "partners",
    "practices",
    "coverage",
)


def sheet(
    workbook: openpyxl.Workbook, lang: str, key: str
) -> openpyxl.worksheet.worksheet.Worksheet:
    return workbook[Labels(lang).sheet(key)]


def data_rows(ws: openpyxl.worksheet.worksheet.Worksheet) -> list[tuple[object, ...]]:
    return [row for row in ws.iter_rows(min_row=2, values_only=True) if any(row)]


def headers(ws: openpyxl.worksheet.worksheet.Worksheet, row: int = 1) -> list[object]:
    return [c.value for c in ws[row] if c.value is not None]


def test_labels_exist_in_both_languages() -> None:
    for table in (TEXT, SHEET_NAMES, SHEET_DESCRIPTIONS):
        for key, (en, fr) in table.items():
            assert en.strip() and fr.strip(), key
    names = [SHEET_NAMES[k][1] for k in SHEETS]
    assert len(set(names)) == len(names)
    assert all(len(name) <= 31 and not set(name) & set("[]:*?/\\") for name in names)


def test_rules_on_the_definitions_sheet_follow_the_progress_module() -> None:
    """The English rules are the docstring of `core.progress`, so they cannot drift."""
    doc = re.sub(r"\s+", " ", inspect.getdoc(progress) or "").replace("*", "")
    for key, _name, (english, _french) in RULES:
        if key == "on_track_share":  # from RollUp.on_track_share, not the module docstring
            continue
        assert english.replace('"', "") in doc.replace('"', ""), key


def test_sheets_in_order(workbook: openpyxl.Workbook, exported: tuple[str, Path]) -> None:
    lang = exported[0]
    assert workbook.sheetnames == [SHEET_NAMES[k][0 if lang == "en" else 1] for k in SHEETS]
    if lang == "fr":
        assert workbook.sheetnames[2] == "Plan d’action"
        # The cover is not confused with the thematic coverage.
        assert workbook.sheetnames[0] == "Page titre"
        assert workbook.sheetnames[8] == "Couverture thématique"


def test_cover(
    workbook: openpyxl.Workbook, exported: tuple[str, Path], riverside_view: PlanView
) -> None:
    lang = exported[0]
    ws = sheet(workbook, lang, "cover")
    values = {row[0]: row[1] for row in ws.iter_rows(values_only=True) if row[0]}
    labels = Labels(lang)
    assert ws["A1"].value == riverside_view.partnership.name(lang)
    assert values[labels("plan")] == riverside_view.plan.title(lang)
    assert values[labels("prepared_by")] == PREPARER
    assert values[labels("prepared_on")] == dt.datetime.combine(PREPARED_ON, dt.time())
    # The agreement holder is a partner: named as the plan names it in the language.
    holder = "Riverside City" if lang == "en" else "Ville de Riverside"
    assert values[labels("agreement_holder")] == holder
    period = values[labels("period")]
    # One period format: the same "2026-27 Q2" as every other sheet.
    assert period.startswith("2026-27 Q2 (" if lang == "en" else "2026-2027 T2 (")
    links = {c.value: c.hyperlink.location for c in ws["A"] if c.hyperlink is not None}
    assert list(links) == workbook.sheetnames
    assert all(links[name] == f"'{name}'!A1" for name in links)


def test_prepared_by_comes_from_the_partnership_profile(riverside_view: PlanView) -> None:
    wb = build_report(riverside_view, ReportOptions("en", prepared_on=PREPARED_ON))
    values = {row[0]: row[1] for row in wb["Cover"].iter_rows(values_only=True) if row[0]}
    assert values["Prepared by"] == riverside_view.partnership.coordinator != ""


def test_action_plan(
    workbook: openpyxl.Workbook, exported: tuple[str, Path], riverside_view: PlanView
) -> None:
    lang = exported[0]
    view = riverside_view
    ws = sheet(workbook, lang, "action_plan")
    assert headers(ws) == list(ACTION_PLAN_HEADERS[lang])
    rows = data_rows(ws)
    assert len(rows) == len(view.actions) == 23
    assert [r[4] for r in rows] == [a.code for a in view.ordered_actions]
    for excel_row, (row, action) in enumerate(zip(rows, view.ordered_actions, strict=True), 2):
        health = view.health[action.id]
        assert row[5] == action.title(lang)
        assert row[6] == view.partner_name(action.lead_partner_id, lang)
        supporting = sorted((view.partner_name(i, lang) for i in action.supporting_ids), key=fold)
        assert row[7] == ("; ".join(supporting) or None)
        assert row[11] == view.current_status(action.id).label(lang)
        kind = view.current_status(action.id).kind
        # Ongoing work has no end point: no "0 %"; a completed action is 100 %.
        expected = {"ongoing": None, "completed": 1.0}.get(kind, health.percent_complete / 100)
        assert row[12] == (None if expected is None else pytest.approx(expected))
        if expected is not None:
            assert ws.cell(excel_row, 13).number_format == PERCENT_FORMATS[lang]
            assert ws.cell(excel_row, 13).data_type == "n"
        end = ws.cell(excel_row, 11)
        assert end.fill.fgColor.rgb.endswith("FCE4D6") == health.overdue
        if action.start_date:
            assert row[9] == dt.datetime.combine(action.start_date, dt.time())
            assert ws.cell(excel_row, 10).is_date
    by_code = {r[4]: r for r in rows}
    assert by_code["A2.3"][12] is None and by_code["A1.3"][12] == 1
    # Status cells are coloured with the status colour, and still say the status.
    first = view.ordered_actions[0]
    colour = view.current_status(first.id).colour.lstrip("#").upper()
    assert ws["L2"].fill.fgColor.rgb.endswith(colour)
    assert ws["L2"].value


def test_progress_lists_every_action_and_marks_missing_updates(
    workbook: openpyxl.Workbook, exported: tuple[str, Path], riverside_view: PlanView
) -> None:
    lang = exported[0]
    view = riverside_view
    ws = sheet(workbook, lang, "progress")
    rows = data_rows(ws)
    assert len(rows) == len(view.actions)
    labels = Labels(lang)
    for row, action in zip(rows, view.ordered_actions, strict=True):
        health = view.health[action.id]
        update = health.period_update
        assert row[0] == action.code
        if update is None:
            state = labels("update_missing" if health.stale else "update_not_expected")
            assert row[4] == state and row[5] is None
        else:
            assert row[4] == labels("yes")
            assert (row[5] or "").startswith(update.outputs)
            assert row[9] == (update.reported_by or None)
            assert row[10] == dt.datetime.combine(update.reported_on, dt.time())
    # English narrative in a French report is marked as English.
    if lang == "fr":
        assert all(r[6] is None or r[6].endswith("[en anglais]") for r in rows)
    else:
        assert not any(r[6] and "[" in r[6] for r in rows)


def test_progress_for_a_year_shows_the_latest_update_of_that_year(
    riverside_view: PlanView, _riverside_master: Path
) -> None:
    from lipplanner.core.db import open_plan
    from lipplanner.core.services.plan_view import load_plan_view

    db = open_plan(_riverside_master, read_only=True)
    try:
        year_view = load_plan_view(db, Period(2025), today=PREPARED_ON)
    finally:
        db.close()
    ws = build_report(year_view, ReportOptions("en"))["Progress"]
    assert ws.cell(1, 12).value == "Update period"
    periods = {row[0]: row[11] for row in data_rows(ws)}
    updated = [a for a in year_view.ordered_actions if year_view.health[a.id].period_update]
    assert updated
    for action in updated:
        update = year_view.health[action.id].period_update
        assert update is not None and update.fiscal_year == 2025
        assert periods[action.code] == f"2025-26 Q{update.quarter}"
    # Q4 is the latest quarter of the year: whoever reported then shows Q4.
    assert "2025-26 Q4" in periods.values()


# Hand-computed at 2026-27 Q2 (as of 2026-09-30) from the demo's tables: the latest
# actual, its period, the share of the way from baseline to target, and the verdict
# against the straight path from the baseline to the target.
INDICATORS_Q2 = {
    # I1 38 → 60 (2024-03-31 → 2028-03-31): 51 at 2026-03-31, the path says 49.0.
    "I1": (51, Period(2025), 13 / 22, "on_pace"),
    # I2 0 → 240: 142 at 2026-06-30 (Q2 has no data), the path says 134.9.
    "I2": (142, Period(2026, 1), 142 / 240, "on_pace"),
    # I3 0 → 1500 by 2026-03-31: the date has passed at 181.
    "I3": (181, Period(2026, 2), 181 / 1500, "behind"),
    # I4 26 → 12 weeks (decrease): 16 at 2026-09-30, the path says 17.25.
    "I4": (16, Period(2026, 2), 10 / 14, "on_pace"),
    # I5 34 → 25 % (decrease) from 2023-06-30: 31.5 at 2026-03-31, the path says 28.8.
    "I5": (31.5, Period(2025), 2.5 / 9, "behind"),
    # I6 29 → 20 % (decrease): 30 at 2026-03-31 is worse than the baseline.
    "I6": (30, Period(2025), -1 / 9, "behind"),
    # I7 0 → 48 by 2025-03-31: 15 at the target date.
    "I7": (15, Period(2024, 4), 15 / 48, "behind"),
}


def test_indicators_one_row_each_judged_against_the_path(
    workbook: openpyxl.Workbook, exported: tuple[str, Path], riverside_view: PlanView
) -> None:
    lang = exported[0]
    view = riverside_view
    ws = sheet(workbook, lang, "indicators")
    labels = Labels(lang)
    rows = data_rows(ws)
    assert [r[0] for r in rows] == [i.code for i in view.indicators.values()]
    found = {r[0]: (r[8], r[9], pytest.approx(r[10], abs=1e-9), r[11]) for r in rows}
    expected = {
        code: (actual, labels.period_short(period), share, labels.verdict(verdict)[0])
        for code, (actual, period, share, verdict) in INDICATORS_Q2.items()
    }
    assert found == expected
    i2 = next(r for r in rows if r[0] == "I2")
    assert i2[2] == ("pairs" if lang == "en" else "jumelages")
    assert i2[3] == labels.direction("increase")
    assert i2[12].startswith("Survey delayed; no data this quarter.")
    i4 = next(r for r in rows if r[0] == "I4")
    assert i4[3] == labels.direction("decrease") and i4[4] == 26 and i4[6] == 12
    for row in ws.iter_rows(min_row=2):
        assert row[4].data_type == "n" and row[6].data_type == "n" and row[5].is_date
        assert row[10].number_format == PERCENT_FORMATS[lang]
    # The verdict is in colour as well as in words.
    behind = next(c for c in ws["L"] if c.value == labels.verdict("behind")[0])
    assert behind.fill.fgColor.rgb.endswith("C62828")


def test_indicator_history_is_the_appendix_of_recorded_values(
    workbook: openpyxl.Workbook, exported: tuple[str, Path], riverside_view: PlanView
) -> None:
    lang = exported[0]
    view = riverside_view
    labels = Labels(lang)
    rows = data_rows(sheet(workbook, lang, "indicator_history"))
    recorded = sum(len(i.values) for i in view.indicators.values())
    assert len(rows) == recorded == 31
    by_key = {(r[0], r[2]): r for r in rows}
    q2 = by_key[("I2", labels.period_short(Period(2026, 2)))]
    assert q2[3] is None and q2[6] == labels.verdict("no_data")[0]
    q1 = by_key[("I2", labels.period_short(Period(2026, 1)))]
    assert q1[3] == 142 and q1[4] == pytest.approx(134.9) and q1[6] == labels.verdict("on_pace")[0]
    i1 = [r for r in rows if r[0] == "I1"]
    assert [r[2] for r in i1] == [labels.fiscal_year(y) for y in (2024, 2025)]


def test_partners_and_practices(
    workbook: openpyxl.Workbook, exported: tuple[str, Path], riverside_view: PlanView
) -> None:
    lang = exported[0]
    view = riverside_view
    partners = data_rows(sheet(workbook, lang, "partners"))
    assert len(partners) == len(view.partners) == 15
    # Sorted as a reader sorts: accents fold ("Réseau" among the R's, not after "Z").
    names = [row[0] for row in partners]
    assert names == sorted(names, key=fold)
    by_name = {row[0]: row for row in partners}
    for partner in view.partners.values():
        row = by_name[partner.name(lang)]
        assert row[5] == len(view.led_by.get(partner.id, []))
        assert row[6] == len(view.supported_by.get(partner.id, []))
    practices = data_rows(sheet(workbook, lang, "practices"))
    assert len(practices) == len(view.practices)
    assert sorted(r[0] for r in practices) == sorted(p.title(lang) for p in view.practices.values())


def test_coverage_shows_gaps(
    workbook: openpyxl.Workbook, exported: tuple[str, Path], riverside_view: PlanView
) -> None:
    lang = exported[0]
    view = riverside_view
    ws = sheet(workbook, lang, "coverage")
    rows = data_rows(ws)
    n_priorities = len(view.priorities)
    assert len(rows) == len(view.vocabulary("characteristic")) + len(view.vocabulary("domain"))
    terms = {t.key: t.label(lang) for t in view.vocabulary("characteristic")}
    characteristic = Labels(lang)("characteristic")
    employment = next(r for r in rows if r[1] == terms["employment"] and r[0] == characteristic)
    counts = employment[2 : 2 + n_priorities]
    assert all(isinstance(c, int) for c in counts)  # zeros are written, not left blank
    assert employment[2 + n_priorities] == sum(counts) > 0
    transit = next(r for r in rows if r[1] == terms["transit"])
    assert transit[2 + n_priorities] == 0


def summary_lists(ws: openpyxl.worksheet.worksheet.Worksheet, labels: Labels) -> dict[str, list]:
    """{list key: [action code, …]} of the Summary's lists, read from the sheet."""
    keys = ("completed_this_period", "new_risks", "not_started_due", "overdue_actions")
    lists: dict[str, list[object]] = {}
    current = None
    for row in ws.iter_rows(min_col=1, max_col=2, values_only=True):
        heading = next((k for k in keys if str(row[0] or "").startswith(labels(k) + " (")), None)
        if heading:
            current = heading
            lists[current] = []
        elif current and row[0] not in (None, labels("code")):
            lists[current].append(row[0])
    return lists


def test_summary_table_lists_and_chart(
    workbook: openpyxl.Workbook, exported: tuple[str, Path], riverside_view: PlanView
) -> None:
    lang = exported[0]
    view = riverside_view
    ws = sheet(workbook, lang, "summary")
    labels = Labels(lang)
    header = next(r for r in range(1, 10) if ws.cell(r, 1).value == labels("code"))
    rows = list(
        ws.iter_rows(
            min_row=header + 1, max_row=header + 1 + len(view.priorities), values_only=True
        )
    )
    assert [r[0] for r in rows[:-1]] == [p.code for p in view.ordered_priorities]
    total = rows[-1]
    rollup = view.rollup_plan()
    assert total[1] == labels("plan_total") and total[6] == rollup.actions == 23
    assert total[2] == view.status_by_key(rollup.status_key or "").label(lang)
    assert total[3] == pytest.approx((rollup.percent or 0) / 100)
    assert total[4] == pytest.approx(rollup.on_track_share)
    assert (total[7], total[8]) == (rollup.overdue, rollup.stale) == (3, 0)
    # Status in colour and in words.
    status_cell = ws.cell(header + 1, 3)
    p1 = view.status_by_key(view.rollup_priority(view.ordered_priorities[0].id).status_key or "")
    assert status_cell.value == p1.label(lang)
    assert status_cell.fill.fgColor.rgb.endswith(p1.colour.lstrip("#").upper())
    # The coordinator's narrative where there is one (P6's is French: marked in English),
    # else lines from the actions' reports.
    narratives = {r[0]: r[5] for r in rows[:-1]}
    assert narratives["P1"].startswith("Mentorship pairs keep growing")
    assert narratives["P6"].endswith("[in French]" if lang == "en" else "disponibles.")
    assert narratives["P3"].startswith(labels("successes") + " (A3.")
    # Hand-checked at 2026-27 Q2 (as of 2026-09-30): nothing was completed in the quarter
    # (A2.4 was discontinued), nothing newly at serious concerns, A1.4 and A5.3 have not
    # started though due, and A2.1 (due 2026-03-31), A1.2 and A6.2 (2026-06-30) are late.
    assert summary_lists(ws, labels) == {
        "completed_this_period": [],
        "new_risks": [],
        "not_started_due": ["A1.4", "A5.3"],
        "overdue_actions": ["A1.2", "A2.1", "A6.2"],
    }
    assert not ws.print_title_rows  # nothing repeats over the lists
    charts = ws._charts
    assert len(charts) == 1
    chart = charts[0]
    assert isinstance(chart, BarChart) and chart.grouping == "stacked"
    assert len(chart.series) == len(view.statuses)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_summary_lists_what_was_completed_and_the_new_risks(
    riverside: PlanDatabase, tmp_path: Path, lang: str
) -> None:
    # Hand-checked at 2025-26 Q4: A5.1 reported Completed in the quarter; A2.4 turned to
    # serious concerns (minor delays the quarter before); none was past its end.
    view = load_plan_view(riverside, Period(2025, 4), today=dt.date(2026, 4, 30))
    path = export_progress_report(view, tmp_path / "q4.xlsx", ReportOptions(lang, PREPARER))
    labels = Labels(lang)
    ws = sheet(openpyxl.load_workbook(path), lang, "summary")
    lists = summary_lists(ws, labels)
    assert lists["completed_this_period"] == ["A5.1"]
    assert lists["new_risks"] == ["A2.4"]
    assert lists["overdue_actions"] == []


@pytest.mark.parametrize(
    ("lang", "one", "two"),
    [("en", "(and 1 more report)", "(and 2 more reports)"),
     ("fr", "(et 1 autre rapport)", "(et 2 autres rapports)")],
)  # fmt: skip
def test_the_summary_counts_the_reports_it_leaves_out_in_their_number(
    riverside: PlanDatabase, lang: str, one: str, two: str
) -> None:
    from lipplanner.core.demo import DEMO_REFERENCE_DAY

    endings = []
    for quarter in (Period(2025, 1), Period(2025, 2)):
        view = load_plan_view(riverside, quarter, today=DEMO_REFERENCE_DAY)
        summary = build_report(view, ReportOptions(lang, PREPARER))[Labels(lang).sheet("summary")]
        endings += [
            c.value.rsplit("\n", 1)[-1]
            for row in summary.iter_rows()
            for c in row
            if isinstance(c.value, str) and c.value.endswith(")") and "\n(" in c.value
        ]
    assert one in endings and two in endings


def test_a_period_outside_the_plan_carries_a_warning(riverside: PlanDatabase) -> None:
    view = load_plan_view(riverside, Period(2030, 1), today=dt.date(2030, 8, 1))
    wb = build_report(view, ReportOptions("en", PREPARER))
    warning = "Warning: 2030-31 Q1 is outside the plan’s years (2024-25 to 2027-28)."
    for name in ("Cover", "Summary"):
        cells = [c for row in wb[name].iter_rows() for c in row if c.value == warning]
        assert cells and cells[0].fill.fgColor.rgb.endswith("FCE4D6"), name


def test_every_data_table_is_frozen_filtered_and_printable(
    workbook: openpyxl.Workbook, exported: tuple[str, Path], riverside_view: PlanView
) -> None:
    lang = exported[0]
    title = report_title(riverside_view, lang)
    for key in (*DATA_SHEETS, "definitions"):
        ws = sheet(workbook, lang, key)
        assert ws.freeze_panes == "A2", key
        assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:"), key
        assert not ws.merged_cells.ranges, key
        assert ws.print_title_rows == "$1:$1", key
    for ws in workbook.worksheets:
        assert ws.page_setup.orientation == "landscape"
        assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert "&P" in ws.oddFooter.right.text and "&N" in ws.oddFooter.right.text
        assert ws.oddFooter.left.text == title
        widths = [d.width for d in ws.column_dimensions.values() if d.width]
        assert widths and max(widths) <= 100
    props = workbook.properties
    assert props.title == title and props.creator == PREPARER and props.created is not None


def test_a_new_plan_with_nothing_in_it_still_exports(empty_plan, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from lipplanner.core.reports.progress_report import export_progress_report
    from lipplanner.core.services.plan_view import load_plan_view

    view = load_plan_view(empty_plan, Period(2025, 1))
    path = export_progress_report(view, tmp_path / "empty.xlsx", ReportOptions("fr"))
    wb = openpyxl.load_workbook(path)
    assert len(wb.sheetnames) == len(SHEETS)
    # No empty table: the sheet says there is no action yet.
    assert data_rows(wb["Plan d’action"]) == [(Labels("fr").empty_sheet("action_plan"),)]
    assert wb["Sommaire"]._charts == []
    assert Labels("fr")("none_this_period") in [c.value for c in wb["Sommaire"]["B"]]


def test_a_synthetic_plan_exports_every_row(tmp_path: Path) -> None:
    from lipplanner.core.db import open_plan
    from lipplanner.core.demo import create_synthetic_file
    from lipplanner.core.services.plan_view import load_plan_view

    db = open_plan(create_synthetic_file(tmp_path / "big.lip", 120))
    try:
        view = load_plan_view(db, Period(2026, 2))
    finally:
        db.close()
    wb = build_report(view, ReportOptions("en"))
    assert len(data_rows(wb["Action plan"])) == len(view.actions) == 120
    assert len(data_rows(wb["Progress"])) == 120
    assert len(data_rows(wb["Partners"])) == len(view.partners)
    assert len(data_rows(wb["Practices"])) == len(view.practices)
    assert len(data_rows(wb["Indicators"])) == len(view.indicators)
    assert len(wb["Summary"]._charts[0].series) == len(view.statuses)


def test_an_action_finished_without_a_report_is_completed_only_in_its_end_quarter(
    empty_plan: PlanDatabase,
) -> None:
    # A1 was set Completed on its form, ending in 2025-26 Q2, and never reported on:
    # the Summary lists it as completed in Q2, not again in every quarter after.
    from tests.core.plan_builder import PlanBuilder

    plan = PlanBuilder(empty_plan)
    objective = plan.objective(plan.priority())
    plan.action(objective, "completed", 100, end=dt.date(2025, 8, 15))
    labels = Labels("en")
    completed = {}
    for quarter in ("2025-26-Q1", "2025-26-Q2", "2025-26-Q3"):
        summary = build_report(plan.view(quarter), ReportOptions("en", PREPARER))
        completed[quarter] = summary_lists(summary[labels.sheet("summary")], labels)[
            "completed_this_period"
        ]
    assert completed == {"2025-26-Q1": [], "2025-26-Q2": ["A1"], "2025-26-Q3": []}
