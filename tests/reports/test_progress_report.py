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

DATA_SHEETS = ("action_plan", "progress", "indicators", "partners", "practices", "coverage")


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
        assert workbook.sheetnames[7] != workbook.sheetnames[0]


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
    assert values[labels("agreement_holder")] == "Riverside City"
    period = values[labels("period")]
    assert ("Q2 2026-27" if lang == "en" else "T2 2026-2027") in period
    links = {c.value: c.hyperlink.location for c in ws["A"] if c.hyperlink is not None}
    assert list(links) == workbook.sheetnames
    assert all(links[name] == f"'{name}'!A1" for name in links)


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
    yes = "Yes" if lang == "en" else "Oui"
    for excel_row, (row, action) in enumerate(zip(rows, view.ordered_actions, strict=True), 2):
        health = view.health[action.id]
        assert row[5] == action.title(lang)
        assert row[6] == view.partner_name(action.lead_partner_id, lang)
        assert row[7] == "; ".join(view.partner_name(i, lang) for i in action.supporting_ids) or (
            row[7] is None and not action.supporting_ids
        )
        assert row[11] == view.current_status(action.id).label(lang)
        assert row[12] == pytest.approx(health.percent_complete / 100)
        assert ws.cell(excel_row, 13).number_format == "0%"
        assert ws.cell(excel_row, 13).data_type == "n"
        assert row[13] == (yes if health.overdue else None)
        if action.start_date:
            assert row[9] == dt.datetime.combine(action.start_date, dt.time())
            assert ws.cell(excel_row, 10).is_date
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
        update = view.health[action.id].period_update
        assert row[0] == action.code
        if update is None:
            assert row[5] == labels("no") and row[6] is None
        else:
            assert row[5] == labels("yes")
            assert row[6] == (update.outputs or None)
            assert row[10] == (update.reported_by or None)
            assert row[12] == labels.period_short(update.period)


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
    periods = {row[0]: row[12] for row in data_rows(ws)}
    updated = [a for a in year_view.ordered_actions if year_view.health[a.id].period_update]
    assert updated
    for action in updated:
        update = year_view.health[action.id].period_update
        assert update is not None and update.fiscal_year == 2025
        assert periods[action.code] == f"2025-26 Q{update.quarter}"
    # Q4 is the latest quarter of the year: whoever reported then shows Q4.
    assert "2025-26 Q4" in periods.values()


def expected_indicator_rows(view: PlanView) -> int:
    total = 0
    years = range(view.plan.first_year, view.period.year + 1)
    for indicator in view.indicators.values():
        quarterly = indicator.frequency == "quarterly" or any(q for _, q in indicator.values)
        if quarterly:
            total += sum(1 for y in years for q in range(1, 5) if y * 10 + q <= view.period.key)
        else:
            total += len(years)
    return total


def test_indicators(
    workbook: openpyxl.Workbook, exported: tuple[str, Path], riverside_view: PlanView
) -> None:
    lang = exported[0]
    view = riverside_view
    ws = sheet(workbook, lang, "indicators")
    rows = data_rows(ws)
    assert len(rows) == expected_indicator_rows(view)
    assert {r[0] for r in rows} == {i.code for i in view.indicators.values()}
    labels = Labels(lang)
    by_key = {(r[0], r[4]): r for r in rows}
    # I2 "Mentorship pairs formed": 142 in 2026-27 Q1, no data (with a note) in Q2.
    q1 = by_key[("I2", labels.period_short(Period(2026, 1)))]
    assert q1[9] == 142 and q1[7] == 240 and q1[10] == -98 and q1[11] == labels("no")
    q2 = by_key[("I2", labels.period_short(Period(2026, 2)))]
    assert q2[9] is None and q2[10] is None and q2[11] is None
    assert q2[12] == "Survey delayed; no data this quarter."
    # I1 is annual: one row per fiscal year, the baseline and target as numbers.
    i1 = [r for r in rows if r[0] == "I1"]
    assert [r[4] for r in i1] == [labels.fiscal_year(y) for y in (2024, 2025, 2026)]
    assert i1[0][5] == 38 and i1[0][9] == 44 and i1[2][12] == labels("no_data")
    for row in ws.iter_rows(min_row=2):
        assert row[5].data_type == "n" and row[7].data_type == "n"
        if row[6].value is not None:
            assert row[6].is_date


def test_partners_and_practices(
    workbook: openpyxl.Workbook, exported: tuple[str, Path], riverside_view: PlanView
) -> None:
    lang = exported[0]
    view = riverside_view
    partners = data_rows(sheet(workbook, lang, "partners"))
    assert len(partners) == len(view.partners) == 15
    by_id = {row[0]: row for row in partners}
    for partner in view.partners.values():
        row = by_id[partner.id]
        assert row[1] == partner.name(lang)
        assert row[6] == len(view.led_by.get(partner.id, []))
        assert row[7] == len(view.supported_by.get(partner.id, []))
    practices = data_rows(sheet(workbook, lang, "practices"))
    assert len(practices) == len(view.practices)
    assert {r[0] for r in practices} == set(view.practices)


def test_coverage_shows_gaps(
    workbook: openpyxl.Workbook, exported: tuple[str, Path], riverside_view: PlanView
) -> None:
    lang = exported[0]
    view = riverside_view
    ws = sheet(workbook, lang, "coverage")
    rows = data_rows(ws)
    n_priorities = len(view.priorities)
    assert len(rows) == len(view.vocabulary("characteristic")) + len(view.vocabulary("domain"))
    employment = next(
        r for r in rows if r[0] == "employment" and r[1] == Labels(lang)("characteristic")
    )
    counts = employment[3 : 3 + n_priorities]
    assert all(isinstance(c, int) for c in counts)  # zeros are written, not left blank
    assert employment[3 + n_priorities] == sum(counts) > 0
    transit = next(r for r in rows if r[0] == "transit")
    assert transit[3 + n_priorities] == 0


def test_summary_table_and_chart(
    workbook: openpyxl.Workbook, exported: tuple[str, Path], riverside_view: PlanView
) -> None:
    lang = exported[0]
    view = riverside_view
    ws = sheet(workbook, lang, "summary")
    labels = Labels(lang)
    assert ws["A3"].value == labels("priority_code")
    rows = [r for r in ws.iter_rows(min_row=4, max_row=4 + len(view.priorities), values_only=True)]
    assert [r[0] for r in rows[:-1]] == [p.code for p in view.ordered_priorities]
    total = rows[-1]
    rollup = view.rollup_plan()
    assert total[1] == labels("plan_total") and total[2] == rollup.actions == 23
    n = len(view.statuses)
    assert sum(total[3 : 3 + n]) == 23
    assert total[3 + n] == pytest.approx(rollup.on_track_share)
    assert total[4 + n] == pytest.approx((rollup.percent or 0) / 100)
    assert ws.cell(4, 4 + n).number_format == "0%"
    assert ws.freeze_panes == "A4"
    assert ws.auto_filter.ref.endswith(str(3 + len(view.priorities)))  # totals stay out
    charts = ws._charts
    assert len(charts) == 1
    chart = charts[0]
    assert isinstance(chart, BarChart) and chart.grouping == "stacked"
    assert len(chart.series) == n
    # Hand-checked at 2026-27 Q2 (as of 2026-09-30): nothing was completed in the quarter
    # (A2.4 was discontinued), no action under way has serious concerns, and A2.1 (due
    # 2026-03-31), A1.2 and A6.2 (due 2026-06-30) are past their end.
    overdue = labels("hl_overdue")
    assert highlights(ws, labels) == [("A1.2", overdue), ("A2.1", overdue), ("A6.2", overdue)]


def highlights(
    ws: openpyxl.worksheet.worksheet.Worksheet, labels: Labels
) -> list[tuple[object, object]]:
    """(code, highlight) of each row of the Summary's highlights table."""
    kinds = {labels(k) for k in ("hl_completed", "hl_serious", "hl_overdue")}
    return [(row[0], row[2]) for row in ws.iter_rows(values_only=True) if row[2] in kinds]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_summary_highlights_what_was_completed_and_what_is_at_risk(
    riverside: PlanDatabase, tmp_path: Path, lang: str
) -> None:
    # Hand-checked at 2025-26 Q4: A5.1 reported Completed in the quarter, A2.4 is the only
    # action with serious concerns (the worst status), and none was past its end.
    view = load_plan_view(riverside, Period(2025, 4), today=dt.date(2026, 4, 30))
    path = export_progress_report(view, tmp_path / "q4.xlsx", ReportOptions(lang, PREPARER))
    labels = Labels(lang)
    ws = sheet(openpyxl.load_workbook(path), lang, "summary")
    assert highlights(ws, labels) == [
        ("A5.1", labels("hl_completed")),
        ("A2.4", labels("hl_serious")),
    ]


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
    assert data_rows(wb["Plan d’action"]) == []
    assert wb["Sommaire"]._charts == []
    assert Labels("fr")("no_highlights") in [c.value for c in wb["Sommaire"]["A"]]


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
    assert len(data_rows(wb["Indicators"])) == expected_indicator_rows(view)
    assert len(wb["Summary"]._charts[0].series) == len(view.statuses)
