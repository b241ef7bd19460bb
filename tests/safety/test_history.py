"""Every change a user can make lands in the history, with who and when."""

from __future__ import annotations

import contextlib
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import text

from lipplanner.core.db import PlanDatabase, open_plan
from lipplanner.core.periods import Period
from lipplanner.core.services import editing, tracking
from lipplanner.core.services.history import describe, history, people
from tests.safety.helpers import action_id, count, scalar, status_id


def test_an_edit_is_recorded_field_by_field_with_a_readable_sentence(plan_db: PlanDatabase):
    a11 = action_id(plan_db, "A1.1")
    editing.update(plan_db, "action", a11, {"status_id": status_id(plan_db, "not_started")})
    editing.update(
        plan_db,
        "action",
        a11,
        {"status_id": status_id(plan_db, "minor_delays"), "percent_complete": 35},
    )
    entries = history(plan_db, entity="action", entity_id=a11)
    assert [e.field for e in entries] == ["percent_complete", "status_id", "status_id"]
    latest_status = entries[1]
    assert latest_status.user == "Test Coordinator"
    assert describe(latest_status).startswith("Changed Status of action A1.1 ")
    assert describe(latest_status).endswith(": “Not started” → “Minor delays”")
    assert describe(entries[0]).endswith(": “55%” → “35%”")
    # One service call, one batch; two calls, two batches.
    assert entries[0].batch == entries[1].batch != entries[2].batch


def test_create_delete_restore_links_and_moves_are_all_recorded(plan_db: PlanDatabase):
    a11 = action_id(plan_db, "A1.1")
    objective = int(scalar(plan_db, "SELECT objective_id FROM action WHERE id = :a", a=a11))
    new_id = editing.create(
        plan_db,
        "action",
        {
            "objective_id": objective,
            "code": "A1.9",
            "title_en": "Job fair",
            "status_id": status_id(plan_db, "on_track"),
        },
    )
    editing.set_links(plan_db, "supporting_partners", new_id, [1, 12])
    editing.move(plan_db, "action", new_id, objective, 0)
    snapshot = editing.delete(plan_db, "action", new_id)
    editing.restore(plan_db, snapshot)

    sentences = [describe(e) for e in reversed(history(plan_db, entity="action"))]
    assert "Added action A1.9 Job fair" in sentences
    assert (
        "Changed Supporting partners of action A1.9 Job fair: (empty) → "
        "“Riverside City, Eastside Multicultural Association”" in sentences
    )
    assert any(s.startswith("Changed Position of action A1.9 Job fair: ") for s in sentences)
    assert any(s.startswith("Changed Position of action A1.1 ") for s in sentences)
    assert sentences.index("Deleted action A1.9 Job fair") < sentences.index(
        "Restored action A1.9 Job fair"
    )


def test_partner_reassignment_and_indicator_values_are_recorded(plan_db: PlanDatabase):
    led = int(scalar(plan_db, "SELECT count(*) FROM action WHERE lead_partner_id = 1"))
    assert led > 0
    editing.delete(plan_db, "partner", 1, reassign_to=12)
    reassigned = [e for e in history(plan_db, entity="action") if e.field == "lead_partner_id"]
    assert len(reassigned) == led
    assert reassigned[0].old_text == "Riverside City"
    assert reassigned[0].new_text == "Eastside Multicultural Association"

    tracking.set_indicator_value(plan_db, 1, 2025, 2, 42, "first count")
    tracking.set_indicator_value(plan_db, 1, 2025, 2, 45, "recount")
    tracking.set_indicator_value(plan_db, 1, 2025, 2, None, recorded=False)
    lines = [describe(e) for e in reversed(history(plan_db, entity="indicator_value"))]
    assert lines[0] == "Added indicator value Q2 2025-26"
    # Deleted since, so its indicator can no longer be named.
    assert "Changed Value of indicator value Q2 2025-26: “42.0” → “45.0”" in lines
    assert lines[-1] == "Deleted indicator value Q2 2025-26"


def test_progress_updates_through_tracking_are_recorded(plan_db: PlanDatabase):
    a12 = action_id(plan_db, "A1.2")
    period = Period(2027, 4)  # a quarter the demo has no update for yet
    values = {"status_id": status_id(plan_db, "on_track"), "percent_complete": 20}
    update_id, _ = tracking.save_period_update(plan_db, a12, period, values)
    tracking.save_period_update(plan_db, a12, period, {**values, "outputs": "Two sessions"})
    lines = history(plan_db, entity="progress_update", entity_id=update_id)
    assert [e.operation for e in reversed(lines)] == ["insert", "update"]
    assert lines[0].field == "outputs" and lines[0].new_text == "Two sessions"


def test_filters_by_person_and_dates(plan_db: PlanDatabase):
    a11 = action_id(plan_db, "A1.1")
    editing.update(plan_db, "action", a11, {"title_en": "Mentoring circles"})
    plan_db.user = "Amélie Tremblay"
    editing.update(plan_db, "action", a11, {"title_en": "Cercles de mentorat"})
    assert [e.new_value for e in history(plan_db, user="Amélie Tremblay")] == [
        "Cercles de mentorat"
    ]
    assert people(plan_db) == ["Amélie Tremblay", "Test Coordinator"]
    today = date.today()
    assert len(history(plan_db, since=today, until=today)) == 2
    assert history(plan_db, until=today - timedelta(days=1)) == []
    assert history(plan_db, since=datetime.now() + timedelta(hours=1)) == []
    assert len(history(plan_db, limit=1)) == 1


def test_refused_change_records_nothing(plan_db: PlanDatabase):
    a11 = action_id(plan_db, "A1.1")
    with contextlib.suppress(editing.UserError):
        editing.update(plan_db, "action", a11, {"percent_complete": 250})
    assert count(plan_db, "change_record") == 0


def test_generating_the_demo_does_not_fill_the_history(tmp_path: Path):
    from lipplanner.core.demo import create_demo_file, create_synthetic_file

    demo = open_plan(create_demo_file(tmp_path / "demo.lip"))
    synthetic = open_plan(create_synthetic_file(tmp_path / "big.lip", 200))
    try:
        for db in (demo, synthetic):
            with db.reading() as session:
                assert session.execute(text("SELECT count(*) FROM change_record")).scalar() == 0
    finally:
        demo.close()
        synthetic.close()


def test_a_big_delete_is_one_line_for_the_plan_and_every_line_for_its_items(
    plan_db: PlanDatabase,
):
    pid = int(scalar(plan_db, "SELECT id FROM priority WHERE code = 'P1'"))
    snapshot = editing.delete(plan_db, "priority", pid, cascade=True)
    editing.restore(plan_db, snapshot)
    items = sum(1 for name, _row in snapshot.rows if name != "action_partner") - 1
    plan_lines = [describe(e) for e in history(plan_db)]
    assert plan_lines[0].startswith("Restored priority P1 ")
    assert plan_lines[0].endswith(" items under it)")
    assert plan_lines[1].startswith("Deleted priority P1 ")
    assert sum(1 for line in plan_lines if line.startswith(("Deleted", "Restored"))) == 2
    assert history(plan_db)[0].along > 10
    # An action's own history still says it was deleted and restored.
    a11 = action_id(plan_db, "A1.1")
    assert [e.operation for e in history(plan_db, entity="action", entity_id=a11)] == [
        "restore",
        "delete",
    ]
    assert items > 0
