"""The coordinator writes a priority's narrative for the period in the priority form;
the funder report's Summary prints it, and Undo takes it back."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from lipplanner.core.periods import Period
from lipplanner.core.reports.progress_report import ReportOptions, export_progress_report
from lipplanner.core.services.narratives import get_narrative
from lipplanner.ui.main_window import MainWindow
from lipplanner.ui.views.forms import PriorityForm
from lipplanner.ui.views.plan_page import PlanPage


def test_write_a_narrative_and_find_it_in_the_report(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    context = window.context
    assert context is not None
    context.set_period(Period(2026, 2))
    p3 = next(p.id for p in context.view().priorities.values() if p.code == "P3")
    window.show_view("plan")
    page = window.current_view("plan")
    assert isinstance(page, PlanPage) and page.select_item("priority", p3)
    form = page.forms["priority"]
    assert isinstance(form, PriorityForm)
    assert form.narrative.value() == "" and not form.narrative_save.isEnabled()
    assert "Q2 2026-27" in form.narrative_help.text()

    form.narrative.setFocus()
    qtbot.keyClicks(form.narrative, "Two new conversation groups opened in the east end.")
    assert form.narrative_save.isEnabled()
    qtbot.mouseClick(form.narrative_save, Qt.MouseButton.LeftButton)

    saved = get_narrative(context.db, p3, Period(2026, 2))
    assert (saved.text, saved.lang) == ("Two new conversation groups opened in the east end.", "en")
    # Saved as made: another connection to the plan file reads it at once.
    assert context.db.path is not None
    with closing(sqlite3.connect(context.db.path)) as connection:
        stored = connection.execute(
            "SELECT text, lang, fiscal_year, quarter FROM priority_narrative WHERE priority_id = ?",
            (p3,),
        ).fetchall()
    assert stored == [("Two new conversation groups opened in the east end.", "en", 2026, 2)]
    # The exported workbook's Summary prints it on P3's row, marked in French as English.
    exported = export_progress_report(context.view(), tmp_path / "report.xlsx", ReportOptions("fr"))
    summary = openpyxl.load_workbook(exported)["Sommaire"]
    row = next(r for r in summary.iter_rows(values_only=True) if r[0] == "P3")
    assert row[5] == "Two new conversation groups opened in the east end. [en anglais]"

    window.undo_action.trigger()
    assert get_narrative(context.db, p3, Period(2026, 2)).text == ""
    assert form.narrative.value() == ""
    # Another period has its own narrative.
    context.set_period(Period(2026, 2).previous())
    assert "Q1 2026-27" in form.narrative_help.text()
