"""The coordinator writes a priority's narrative for the period in the priority form;
the funder report's Summary prints it, and Undo takes it back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from lipplanner.core.periods import Period
from lipplanner.core.reports.progress_report import ReportOptions, build_report
from lipplanner.core.services.narratives import get_narrative
from lipplanner.ui.main_window import MainWindow
from lipplanner.ui.views.forms import PriorityForm
from lipplanner.ui.views.plan_page import PlanPage


def test_write_a_narrative_and_find_it_in_the_report(window: MainWindow, qtbot: QtBot) -> None:
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
    summary = build_report(context.view(), ReportOptions("fr"))["Sommaire"]
    row = next(r for r in summary.iter_rows(values_only=True) if r[0] == "P3")
    assert row[5] == "Two new conversation groups opened in the east end. [en anglais]"

    window.undo_action.trigger()
    assert get_narrative(context.db, p3, Period(2026, 2)).text == ""
    assert form.narrative.value() == ""
    # Another period has its own narrative.
    context.set_period(Period(2026, 2).previous())
    assert "Q1 2026-27" in form.narrative_help.text()
