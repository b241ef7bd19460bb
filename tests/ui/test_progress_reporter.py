"""Who the progress form proposes as the reporter of a new update."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from lipplanner.core.db import PlanDatabase
from lipplanner.core.periods import Period
from lipplanner.core.services import editing, tracking
from lipplanner.ui.context import PlanContext
from lipplanner.ui.settings import USER_NAME_KEY
from lipplanner.ui.views.progress_entry import ProgressEntryView
from tests.core.plan_builder import PlanBuilder

Q1, Q2 = "2025-26-Q1", "2025-26-Q2"


@pytest.fixture
def coordinator_named_sam(qapp: QApplication) -> Iterator[None]:
    QSettings().setValue(USER_NAME_KEY, "Sam Coordinator")
    yield
    QSettings().remove(USER_NAME_KEY)


def _form_for(qtbot: QtBot, db: PlanDatabase, partner: str) -> ProgressEntryView:
    context = PlanContext(db, period=Period.parse(Q2))
    view = ProgressEntryView(context)
    qtbot.addWidget(view)
    view.group.setCurrentIndex(view.group.findText(partner, Qt.MatchFlag.MatchStartsWith))
    assert view.form_box.title().startswith("A1")
    return view


def test_the_leads_main_contact_reports_first(
    qtbot: QtBot, empty_plan: PlanDatabase, coordinator_named_sam: None
) -> None:
    plan = PlanBuilder(empty_plan)
    lead = plan.partner("Harbour Settlement Services")
    editing.create(empty_plan, "contact", {"partner_id": lead, "name": "Lina Haddad"})
    plan.action(plan.objective(plan.priority()), lead=lead)
    view = _form_for(qtbot, empty_plan, "Harbour Settlement Services")
    assert view.reported_by.text() == "Lina Haddad"


def test_without_a_contact_last_quarters_reporter_is_proposed(
    qtbot: QtBot, empty_plan: PlanDatabase, coordinator_named_sam: None
) -> None:
    plan = PlanBuilder(empty_plan)
    lead = plan.partner("Harbour Settlement Services")
    action = plan.action(plan.objective(plan.priority()), lead=lead)
    values = {"status_id": plan.status["on_track"], "percent_complete": 20}
    values |= {"reported_by": "Ana Souza", "reported_on": date(2025, 6, 20)}
    tracking.record_progress(empty_plan, action, Period.parse(Q1), values)
    view = _form_for(qtbot, empty_plan, "Harbour Settlement Services")
    assert view.reported_by.text() == "Ana Souza"
    assert view.percent.value() == 20


def test_with_nobody_else_known_the_coordinator_reports(
    qtbot: QtBot, empty_plan: PlanDatabase, coordinator_named_sam: None
) -> None:
    plan = PlanBuilder(empty_plan)
    lead = plan.partner("Harbour Settlement Services")
    plan.action(plan.objective(plan.priority()), lead=lead)
    view = _form_for(qtbot, empty_plan, "Harbour Settlement Services")
    assert view.reported_by.text() == "Sam Coordinator"
