"""The editing services validate, write in one transaction, and can be undone."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import func, select

from lipplanner.core import models as m
from lipplanner.core.db import PlanDatabase
from lipplanner.core.errors import DataFileError, UserError
from lipplanner.core.periods import Period
from lipplanner.core.services import editing, tracking
from lipplanner.core.services.plan_view import load_plan_view, plan_id_of


def _count(db: PlanDatabase, model: Any) -> int:
    with db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def _status(db: PlanDatabase, key: str) -> int:
    with db.reading() as session:
        return int(session.scalar(select(m.Status.id).where(m.Status.key == key)) or 0)


@pytest.fixture
def tree(empty_plan: PlanDatabase) -> dict[str, int]:
    """A priority, an objective, two partners and an action in an empty plan."""
    db = empty_plan
    plan_id = plan_id_of(db)
    ids = {"plan": plan_id}
    ids["priority"] = editing.create(
        db, "priority", {"plan_id": plan_id, "code": "P1", "title_en": "Employment"}
    )
    ids["objective"] = editing.create(
        db, "objective", {"priority_id": ids["priority"], "code": "O1.1", "title_en": "Jobs"}
    )
    ids["lead"] = editing.create(db, "partner", {"name_en": "Lakeside Newcomer Centre"})
    ids["other"] = editing.create(db, "partner", {"name_en": "Lakeside Library"})
    ids["action"] = editing.create(
        db,
        "action",
        {
            "objective_id": ids["objective"],
            "code": "A1.1",
            "title_en": "Mentorship circles",
            "lead_partner_id": ids["lead"],
            "status_id": _status(db, "on_track"),
            "percent_complete": 40,
            "start_date": date(2025, 4, 1),
            "end_date": date(2026, 3, 31),
        },
    )
    return ids


def test_an_action_is_created_under_its_objective_in_the_plan(
    empty_plan: PlanDatabase, tree: dict[str, int]
) -> None:
    view = load_plan_view(empty_plan, Period(2025, 2), today=date(2025, 8, 1))
    action = view.actions[tree["action"]]
    assert (action.code, action.title_en, action.priority_id) == (
        "A1.1",
        "Mentorship circles",
        tree["priority"],
    )
    assert view.partner_name(action.lead_partner_id) == "Lakeside Newcomer Centre"
    assert view.current_status(action.id).key == "on_track"


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"title_en": "   "}, "title_en", "Title is required"),
        ({"title_en": "x" * 201}, "title_en", "too long"),
        ({"percent_complete": 101}, "percent_complete", "between 0 and 100"),
        ({"percent_complete": -1}, "percent_complete", "between 0 and 100"),
        ({"percent_complete": "half"}, "percent_complete", "must be a number"),
        ({"code": "A 1"}, "code", "only letters, digits"),
        ({"code": "a1.1"}, None, None),  # same code, different case: still its own
        ({"end_date": date(2024, 1, 1)}, "end_date", "before the start date"),
        ({"lead_partner_id": 9999}, "lead_partner_id", "does not exist"),
        ({"status_id": None}, "status_id", "Status is required"),
        ({"budget": -5}, "budget", "negative"),
        ({"start_date": "next week"}, "start_date", "is not a date"),
    ],
)
def test_bad_input_names_the_field_and_changes_nothing(
    empty_plan: PlanDatabase,
    tree: dict[str, int],
    changes: dict[str, Any],
    field: str | None,
    message: str | None,
) -> None:
    before = editing.get_values(empty_plan, "action", tree["action"])
    if field is None:
        editing.update(empty_plan, "action", tree["action"], changes)
        return
    with pytest.raises(UserError, match=message) as caught:
        editing.update(empty_plan, "action", tree["action"], changes)
    assert caught.value.field == field
    assert editing.get_values(empty_plan, "action", tree["action"]) == before


def test_duplicate_codes_are_refused_within_a_plan(
    empty_plan: PlanDatabase, tree: dict[str, int]
) -> None:
    with pytest.raises(UserError, match=r"Code “a1\.1” is already used by another action"):
        editing.create(
            empty_plan,
            "action",
            {
                "objective_id": tree["objective"],
                "code": "a1.1",
                "title_en": "Again",
                "status_id": _status(empty_plan, "on_track"),
            },
        )
    with pytest.raises(UserError, match="already used by another partner"):
        editing.create(empty_plan, "partner", {"name_en": "LAKESIDE LIBRARY"})
    assert _count(empty_plan, m.Action) == 1


def test_the_database_itself_enforces_constraints(
    empty_plan: PlanDatabase, tree: dict[str, int]
) -> None:
    # A write the schema refuses is one sentence naming the file and the rule.
    with (
        pytest.raises(DataFileError, match=r"refused the change.*ck_action_percent"),
        empty_plan.transaction() as session,
    ):
        session.execute(m.Action.__table__.update().values(percent_complete=150))
    with (
        pytest.raises(DataFileError, match=r"refused the change.*FOREIGN KEY"),
        empty_plan.transaction() as session,
    ):
        session.execute(m.Action.__table__.update().values(objective_id=424242))
    assert editing.get_values(empty_plan, "action", tree["action"])["percent_complete"] == 40


def test_unicode_names_are_stored_exactly(empty_plan: PlanDatabase) -> None:
    names = ["Réseau francophone de l’Île", "الجمعية العربية للوافدين", "华人社区服务中心"]
    ids = [editing.create(empty_plan, "partner", {"name_en": name}) for name in names]
    assert [editing.get_values(empty_plan, "partner", i)["name_en"] for i in ids] == names


def test_update_returns_what_undoes_it(empty_plan: PlanDatabase, tree: dict[str, int]) -> None:
    previous = editing.update(
        empty_plan, "action", tree["action"], {"percent_complete": 70, "title_en": "Circles"}
    )
    assert previous == {"percent_complete": 40, "title_en": "Mentorship circles"}
    editing.update(empty_plan, "action", tree["action"], previous)
    values = editing.get_values(empty_plan, "action", tree["action"])
    assert (values["percent_complete"], values["title_en"]) == (40, "Mentorship circles")


def test_a_stale_version_is_a_conflict_not_an_overwrite(
    empty_plan: PlanDatabase, tree: dict[str, int]
) -> None:
    version = editing.get_values(empty_plan, "action", tree["action"])["version"]
    editing.update(empty_plan, "action", tree["action"], {"percent_complete": 50})
    with pytest.raises(editing.ConflictError) as caught:
        editing.update(
            empty_plan,
            "action",
            tree["action"],
            {"percent_complete": 60},
            expected_version=version,
        )
    assert caught.value.theirs["percent_complete"] == 50


def test_deleting_a_priority_needs_consent_then_restores_completely(
    empty_plan: PlanDatabase, tree: dict[str, int]
) -> None:
    db = empty_plan
    editing.set_links(db, "supporting_partners", tree["action"], [tree["other"]])
    tracking.record_progress(
        db, tree["action"], Period(2025, 1), {"status_id": _status(db, "on_track")}
    )
    with pytest.raises(editing.DependentsError) as caught:
        editing.delete(db, "priority", tree["priority"])
    assert caught.value.dependents == {"objectives": 1, "actions": 1}
    snapshot = editing.delete(db, "priority", tree["priority"], cascade=True)
    assert (_count(db, m.Action), _count(db, m.ProgressUpdate), _count(db, m.ActionPartner)) == (
        0,
        0,
        0,
    )
    editing.restore(db, snapshot)
    assert (_count(db, m.Action), _count(db, m.ProgressUpdate), _count(db, m.ActionPartner)) == (
        1,
        1,
        1,
    )
    assert editing.get_links(db, "supporting_partners", tree["action"]) == [tree["other"]]


def test_a_partner_who_leads_actions_is_reassigned_or_left_out(
    empty_plan: PlanDatabase, tree: dict[str, int]
) -> None:
    db = empty_plan
    with pytest.raises(editing.DependentsError, match="leads 1 action"):
        editing.delete(db, "partner", tree["lead"])
    snapshot = editing.delete(db, "partner", tree["lead"], reassign_to=tree["other"])
    assert editing.get_values(db, "action", tree["action"])["lead_partner_id"] == tree["other"]
    editing.restore(db, snapshot)
    assert editing.get_values(db, "action", tree["action"])["lead_partner_id"] == tree["lead"]


def test_supporting_partners_exclude_the_lead(
    empty_plan: PlanDatabase, tree: dict[str, int]
) -> None:
    with pytest.raises(UserError, match="lead partner cannot also be a supporting partner"):
        editing.set_links(empty_plan, "supporting_partners", tree["action"], [tree["lead"]])
    assert editing.get_links(empty_plan, "supporting_partners", tree["action"]) == []


def test_moving_an_action_to_another_objective_and_back(
    empty_plan: PlanDatabase, tree: dict[str, int]
) -> None:
    db = empty_plan
    other = editing.create(
        db, "objective", {"priority_id": tree["priority"], "code": "O1.2", "title_en": "Hiring"}
    )
    before = editing.move(db, "action", tree["action"], other, 0)
    assert editing.get_values(db, "action", tree["action"])["objective_id"] == other
    editing.move(db, "action", tree["action"], *before)
    assert editing.get_values(db, "action", tree["action"])["objective_id"] == tree["objective"]


def test_reordering_priorities(empty_plan: PlanDatabase, tree: dict[str, int]) -> None:
    db = empty_plan
    second = editing.create(
        db, "priority", {"plan_id": tree["plan"], "code": "P2", "title_en": "Housing"}
    )
    editing.move(db, "priority", second, tree["plan"], 0)
    view = load_plan_view(db, Period(2025, 1))
    assert [p.code for p in view.ordered_priorities] == ["P2", "P1"]


def test_progress_outside_the_plan_years_is_refused(
    empty_plan: PlanDatabase, tree: dict[str, int]
) -> None:
    with pytest.raises(UserError, match="outside the plan's years"):
        tracking.record_progress(
            empty_plan,
            tree["action"],
            Period(2030, 1),
            {"status_id": _status(empty_plan, "on_track")},
        )
    assert _count(empty_plan, m.ProgressUpdate) == 0


def test_a_second_update_for_the_same_quarter_is_kept_and_wins(
    empty_plan: PlanDatabase, tree: dict[str, int]
) -> None:
    db = empty_plan
    quarter = Period(2025, 2)
    for status, percent in (("on_track", 50), ("minor_delays", 55)):
        tracking.record_progress(
            db,
            tree["action"],
            quarter,
            {
                "status_id": _status(db, status),
                "percent_complete": percent,
                "reported_on": date(2025, 10, 5),
            },
        )
    view = load_plan_view(db, quarter, today=date(2025, 10, 10))
    health = view.health[tree["action"]]
    assert (view.statuses[health.status_id].key, health.percent_complete) == ("minor_delays", 55)
    assert _count(db, m.ProgressUpdate) == 2


def test_save_period_update_edits_the_quarter_and_reports_what_was_there(
    empty_plan: PlanDatabase, tree: dict[str, int]
) -> None:
    db = empty_plan
    values = {"status_id": _status(db, "on_track"), "percent_complete": 30}
    update_id, previous = tracking.save_period_update(db, tree["action"], Period(2025, 1), values)
    assert previous is None
    same_id, previous = tracking.save_period_update(
        db, tree["action"], Period(2025, 1), {"percent_complete": 45}
    )
    assert (same_id, previous) == (update_id, {"percent_complete": 30})


def test_indicator_actuals_accept_numbers_and_no_data_only(
    empty_plan: PlanDatabase, tree: dict[str, int]
) -> None:
    db = empty_plan
    indicator = editing.create(
        db,
        "indicator",
        {
            "objective_id": tree["objective"],
            "code": "I1",
            "name_en": "People employed",
            "target_value": 100,
        },
    )
    assert tracking.set_indicator_value(db, indicator, 2025, 1, "1,250") == (False, None, "")
    assert tracking.get_indicator_value(db, indicator, 2025, 1) == (True, 1250.0, "")
    with pytest.raises(UserError, match="must be a number, not “N/A”"):
        tracking.set_indicator_value(db, indicator, 2025, 1, "N/A")
    tracking.set_indicator_value(db, indicator, 2025, 1, None, "Survey late")
    assert tracking.get_indicator_value(db, indicator, 2025, 1) == (True, None, "Survey late")
    with pytest.raises(UserError, match="outside the plan's years"):
        tracking.set_indicator_value(db, indicator, 2031, 1, 5)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("1,250", 1250.0), ("12,5", 12.5), ("1 250,5", 1250.5), ("1,250.75", 1250.75)],
)
def test_numbers_are_read_as_typed_in_english_or_french(
    empty_plan: PlanDatabase, tree: dict[str, int], typed: str, stored: float
) -> None:
    indicator = editing.create(
        empty_plan,
        "indicator",
        {"objective_id": tree["objective"], "code": "I9", "name_en": "Families housed"},
    )
    tracking.set_indicator_value(empty_plan, indicator, 2025, 2, typed)
    assert tracking.get_indicator_value(empty_plan, indicator, 2025, 2)[1] == stored
