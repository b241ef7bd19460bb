"""The dashboard's numbers, the chase list and last quarter's values, worked out by hand."""

from __future__ import annotations

from datetime import date

import pytest
from plan_builder import PlanBuilder

from lipplanner.core.db import PlanDatabase
from lipplanner.core.periods import Period
from lipplanner.core.services import editing, tracking
from lipplanner.core.services.dashboard import (
    indicator_result,
    latest_actual,
    load_dashboard,
)
from lipplanner.core.services.plan_view import load_plan_view
from lipplanner.core.services.progress_round import previous_updates, updates_due


@pytest.fixture
def plan(empty_plan: PlanDatabase) -> PlanBuilder:
    return PlanBuilder(empty_plan)


def test_progress_history_follows_the_roll_up_rule_quarter_by_quarter(plan: PlanBuilder) -> None:
    p1, p2 = plan.priority("P1"), plan.priority("P2")
    o1, o2 = plan.objective(p1, "O1"), plan.objective(p2, "O2")
    a, b = plan.action(o1), plan.action(o1)
    c = plan.action(o2)
    plan.update(a, "2025-26-Q1", "on_track", 20)
    plan.update(a, "2025-26-Q3", "minor_delays", 60)
    plan.update(b, "2025-26-Q2", "on_track", 40)
    plan.update(c, "2025-26-Q2", "completed", 80)  # counts as 100
    plan.update(c, "2025-26-Q2", "on_track", 70, reported_on=date(2025, 9, 1))  # earlier report
    # entered late for Q1: does not change Q2 onwards
    plan.update(b, "2025-26-Q1", "on_track", 10, reported_on=date(2025, 12, 1))

    view = plan.view("2025-26-Q3")
    history = load_dashboard(plan.db, view).history
    assert history.quarters[0] == Period(2025, 1)
    assert len(history.quarters) == 12  # 2025-26 to 2027-28
    # Q1: a 20, b 10 → 15 for P1; c has no update: not started 0 → plan (20+10+0)/3 = 10
    # Q2: a 20, b 40 → 30; c completed 100 → plan (20+40+100)/3 = 53.33
    # Q3: a 60, b 40 → 50; plan (60+40+100)/3 = 66.67; later quarters: not yet
    assert history.priorities[p1][:4] == (
        pytest.approx(15),
        pytest.approx(30),
        pytest.approx(50),
        None,
    )
    assert history.priorities[p2][:3] == (0, 100, 100)
    assert history.plan[:4] == (
        pytest.approx(10),
        pytest.approx(160 / 3),
        pytest.approx(200 / 3),
        None,
    )
    for index, quarter in enumerate(history.quarters[:3]):
        assert history.plan[index] == pytest.approx(plan.view(quarter.label).rollup_plan().percent)


def test_history_of_a_plan_with_only_ongoing_or_discontinued_actions_is_empty(
    plan: PlanBuilder,
) -> None:
    objective = plan.objective(plan.priority())
    plan.action(objective, "ongoing")
    plan.action(objective, "discontinued", 30)
    history = load_dashboard(plan.db, plan.view("2025-26-Q2")).history
    assert set(history.plan) == {None}


def test_counts_for_the_tiles(plan: PlanBuilder) -> None:
    objective = plan.objective(plan.priority())
    city = plan.partner("City")
    centre = plan.partner("Centre")
    library = plan.partner("Library")
    hub = plan.partner("Hub")
    done_last_year = plan.action(objective, lead=hub, end=date(2026, 3, 31))
    done_this_year = plan.action(objective, lead=city)
    late = plan.action(objective, "on_track", 30, end=date(2026, 6, 30), lead=centre)
    plan.action(objective, start=date(2027, 1, 1), lead=library)  # not started yet
    plan.update(done_last_year, "2025-26-Q4", "completed", 100)
    plan.update(done_this_year, "2025-26-Q4", "on_track", 80)
    plan.update(done_this_year, "2026-27-Q2", "completed", 100)
    editing.set_links(plan.db, "supporting_partners", late, [library])

    view = plan.view("2026-27-Q2")
    counts = load_dashboard(plan.db, view).counts
    assert counts.actions == 4
    assert counts.completed_this_year == 1
    assert counts.overdue == 1  # `late` ended 2026-06-30 and is on track
    assert counts.stale == 1  # `late` has no update in Q2
    # on track or completed: 3 of the 4 (the future one is not started)
    assert counts.on_track_share == pytest.approx(3 / 4)
    # City completed it in this quarter, Centre leads `late`, Library supports it;
    # Hub's action was closed last year and Library's own one has not started.
    assert counts.partners_engaged == 3


def test_updates_due_grouped_by_lead_partner_with_the_main_contact(plan: PlanBuilder) -> None:
    objective = plan.objective(plan.priority())
    zeta = plan.partner("Zeta Centre", email="info@zeta.example", phone="555-0100")
    alpha = plan.partner("Alpha Hub")
    editing.create(plan.db, "contact", {"partner_id": alpha, "name": "Sam Other"})
    editing.create(
        plan.db,
        "contact",
        {"partner_id": alpha, "name": "Lee Main", "email": "lee@alpha.example", "is_primary": 1},
    )
    a1 = plan.action(objective, lead=alpha)
    a2 = plan.action(objective, lead=alpha)
    z1 = plan.action(objective, lead=zeta)
    unled = plan.action(objective)
    plan.action(objective, lead=zeta, start=date(2027, 1, 1))  # not due yet
    plan.update(a2, "2025-26-Q2", "on_track", 10)

    due = updates_due(plan.view("2025-26-Q2"))
    assert [d.name_en for d in due] == ["Alpha Hub", "Zeta Centre", ""]
    assert [[a.id for a in d.actions] for d in due] == [[a1], [z1], [unled]]
    assert due[0].contact is not None and due[0].contact.name == "Lee Main"
    assert (due[0].email, due[0].phone) == ("lee@alpha.example", "")
    # no contact person: the organisation's own e-mail and phone
    assert (due[1].contact, due[1].email, due[1].phone) == (None, "info@zeta.example", "555-0100")
    assert due[2].partner_id is None


def test_previous_updates_are_the_latest_before_the_quarter(plan: PlanBuilder) -> None:
    objective = plan.objective(plan.priority())
    a, b = plan.action(objective), plan.action(objective)
    plan.update(a, "2025-26-Q1", "on_track", 10)
    plan.update(a, "2025-26-Q2", "minor_delays", 20)
    plan.update(a, "2025-26-Q3", "minor_delays", 30)
    plan.update(b, "2025-26-Q1", "on_track", 50)
    before_q3 = previous_updates(plan.db, Period(2025, 3))
    assert before_q3[a].percent_complete == 20
    assert before_q3[b].percent_complete == 50  # skipped Q2: Q1 is the latest before Q3
    assert previous_updates(plan.db, Period(2025, 1)) == {}


def test_indicator_latest_actual_variance_and_no_data(plan: PlanBuilder) -> None:
    objective = plan.objective(plan.priority())
    indicator_id = editing.create(
        plan.db,
        "indicator",
        {
            "objective_id": objective,
            "code": "I1",
            "name_en": "Wait (weeks)",
            "target_value": 12,
            "direction": "decrease",
        },
    )
    tracking.set_indicator_value(plan.db, indicator_id, 2025, 1, 20)
    tracking.set_indicator_value(plan.db, indicator_id, 2025, 2, None)  # explicit no data
    tracking.set_indicator_value(plan.db, indicator_id, 2025, 0, 11)  # the year's value

    def result(period: str):  # type: ignore[no-untyped-def]
        view = load_plan_view(plan.db, Period.parse(period))
        return indicator_result(view.indicators[indicator_id], view.period)

    q2 = result("2025-26-Q2")
    assert (q2.recorded, q2.period_value) == (True, None)  # "no data" recorded for Q2
    assert q2.latest_period == Period(2025, 1)  # so the latest actual is Q1's
    assert q2.variance.variance == pytest.approx(8)  # 20 − 12
    assert q2.variance.met is False
    q3 = result("2025-26-Q3")
    assert q3.recorded is False
    # The annual value is known only at the end of the year.
    assert result("2025-26-Q4").latest_period == Period(2025)
    assert result("2025-26-Q4").variance.met is True
    view = load_plan_view(plan.db, Period(2025, 4))
    assert latest_actual(view.indicators[indicator_id], Period(2025, 4)) == (Period(2025), 11.0)


def test_history_does_not_carry_todays_status_into_the_past(plan: PlanBuilder) -> None:
    objective = plan.objective(plan.priority())
    plan.action(objective, "on_track", 40)  # started at the plan's start, never reported
    later = plan.action(objective, "completed", 100, start=date(2025, 10, 15))
    plan.update(later, "2026-27-Q1", "completed", 100)
    view = plan.view("2026-27-Q1")
    history = load_dashboard(plan.db, view).history
    # Q1, Q2: (40 + 0) / 2 = 20; from Q3 (it starts) its own status, completed: (40+100)/2
    assert history.plan[:5] == (20, 20, 70, 70, 70)
    for index, quarter in enumerate(history.quarters[:5]):
        assert history.plan[index] == pytest.approx(plan.view(quarter.label).rollup_plan().percent)
