"""A sheet with nothing to list says so in a sentence, and the cover's contents agree,
instead of printing a page that holds only a header row."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet

from lipplanner.core.db import PlanDatabase
from lipplanner.core.periods import Period
from lipplanner.core.reports.labels import SHEETS, Labels
from lipplanner.core.reports.progress_report import (
    ReportOptions,
    build_report,
    export_progress_report,
)
from lipplanner.core.services import editing
from lipplanner.core.services.plan_view import load_plan_view
from tests.core.plan_builder import PlanBuilder

EMPTY_IN_A_NEW_PLAN = (
    "action_plan",
    "progress",
    "indicators",
    "indicator_history",
    "partners",
    "practices",
    "coverage",
)


def contents(cover: Worksheet, labels: Labels) -> dict[str, str]:
    """The cover's contents: sheet name → what the cover says it shows."""
    names = {labels.sheet(key) for key in SHEETS}
    return {
        row[0]: row[1] for row in cover.iter_rows(values_only=True) if row[0] in names and row[1]
    }


def header_cells(ws: Worksheet) -> list[str]:
    return [str(c.value) for row in ws.iter_rows() for c in row if c.style == "LIP Header"]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_new_plan_s_sheets_each_say_there_is_nothing_yet(
    empty_plan: PlanDatabase, tmp_path: Path, lang: str
) -> None:
    view = load_plan_view(empty_plan, Period(2025, 1))
    path = export_progress_report(view, tmp_path / f"empty-{lang}.xlsx", ReportOptions(lang))
    wb = openpyxl.load_workbook(path)
    labels = Labels(lang)
    listed = contents(wb[labels.sheet("cover")], labels)
    for key in EMPTY_IN_A_NEW_PLAN:
        ws = wb[labels.sheet(key)]
        # No indicator at all: the history says that, not "no value up to the period".
        sentence = labels.empty_sheet("indicators" if key == "indicator_history" else key)
        assert [c.value for c in ws["A"] if c.value] == [labels.sheet(key), sentence], key
        assert header_cells(ws) == [], key
        assert not ws.auto_filter.ref and ws.freeze_panes is None, key
        assert listed[labels.sheet(key)] == sentence, key
    # The sheets that do show something keep their description.
    for key in ("cover", "summary", "definitions"):
        assert listed[labels.sheet(key)] == labels.sheet_description(key), key
    summary = wb[labels.sheet("summary")]
    assert labels.empty_sheet("priorities") in [c.value for c in summary["A"]]
    assert labels("plan_total") not in [c.value for c in summary["B"]]


def test_sentences_read_as_each_language_writes_them(empty_plan: PlanDatabase) -> None:
    view = load_plan_view(empty_plan, Period(2025, 1))
    french = build_report(view, ReportOptions("fr"))
    assert french["Indicateurs"]["A2"].value == (
        "Aucun indicateur n’est encore inscrit dans ce plan."
    )
    english = build_report(view, ReportOptions("en"))
    assert english["Practices"]["A2"].value == (
        "No promising practices are recorded in this plan yet."
    )


def test_an_indicator_without_values_has_a_table_but_an_empty_history(
    empty_plan: PlanDatabase,
) -> None:
    plan = PlanBuilder(empty_plan)
    objective = plan.objective(plan.priority())
    plan.action(objective)
    editing.create(
        empty_plan,
        "indicator",
        {"objective_id": objective, "code": "I1", "name_en": "Newcomers matched"},
    )
    labels = Labels("en")
    wb = build_report(plan.view("2025-26-Q2", today=dt.date(2025, 10, 1)), ReportOptions("en"))
    indicators = wb[labels.sheet("indicators")]
    assert indicators["A1"].value == labels("code") and indicators["A2"].value == "I1"
    history = wb[labels.sheet("indicator_history")]
    sentence = "No indicator values are recorded up to the end of 2025-26 Q2."
    assert history["A2"].value == sentence
    listed = contents(wb[labels.sheet("cover")], labels)
    assert listed[labels.sheet("indicator_history")] == sentence
    assert listed[labels.sheet("indicators")] == labels.sheet_description("indicators")
    # An action but no practice: the coverage still counts it.
    coverage = wb[labels.sheet("coverage")]
    assert coverage["A1"].value == labels("kind") and header_cells(coverage)


def test_the_demo_report_has_no_empty_sheet(workbook: openpyxl.Workbook) -> None:
    lang = "en" if "Cover" in workbook.sheetnames else "fr"
    labels = Labels(lang)
    listed = contents(workbook[labels.sheet("cover")], labels)
    assert listed == {labels.sheet(key): labels.sheet_description(key) for key in SHEETS}
