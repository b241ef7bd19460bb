"""The roll-up, overdue, stale and variance rules, against numbers worked out by hand."""

from __future__ import annotations

from datetime import date

import pytest
from plan_builder import PlanBuilder

from lipplanner.core.db import PlanDatabase
from lipplanner.core.periods import Period
from lipplanner.core.progress import (
    ActionState,
    StatusInfo,
    UpdateStamp,
    as_of_date,
    indicator_variance,
    is_overdue,
    is_stale,
    latest_update,
    roll_up,
)
from lipplanner.core.services import tracking

# The default statuses as the rules see them (kind, severity, position).
NOT_STARTED = StatusInfo("not_started", "not_started", 0, 0)
ON_TRACK = StatusInfo("on_track", "active", 0, 1)
MINOR = StatusInfo("minor_delays", "active", 1, 2)
SERIOUS = StatusInfo("serious_concerns", "active", 2, 3)
COMPLETED = StatusInfo("completed", "completed", 0, 4)
ONGOING = StatusInfo("ongoing", "ongoing", 0, 5)
DISCONTINUED = StatusInfo("discontinued", "discontinued", 0, 6)

Q2 = Period(2025, 2)  # 2025-07-01 to 2025-09-30


# --- roll-up -------------------------------------------------------------------------------


def test_roll_up_of_nothing_has_no_percent_and_no_status() -> None:
    result = roll_up([])
    assert (result.actions, result.counted, result.percent, result.status_key) == (0, 0, None, None)
    assert result.on_track_share is None


def test_all_discontinued_are_counted_as_actions_but_not_rolled_up() -> None:
    result = roll_up([ActionState(DISCONTINUED, 40), ActionState(DISCONTINUED, 10)])
    assert result.actions == 2
    assert result.counted == 0
    assert result.percent is None
    assert result.status_key is None
    assert result.by_status == {"discontinued": 2}


def test_all_completed_is_completed_at_100_whatever_percent_was_typed() -> None:
    result = roll_up([ActionState(COMPLETED, 60), ActionState(COMPLETED, 100)])
    assert result.percent == 100
    assert result.status_key == "completed"
    assert result.on_track_share == 1


def test_mixed_group_mean_leaves_out_discontinued_and_ongoing_and_takes_the_worst() -> None:
    states = [
        ActionState(ON_TRACK, 40),
        ActionState(MINOR, 20),
        ActionState(COMPLETED, 50),  # counts as 100
        ActionState(DISCONTINUED, 10),  # left out
        ActionState(ONGOING, 70),  # no end point: out of the mean, in the status
    ]
    result = roll_up(states)
    assert result.actions == 5
    assert result.counted == 4
    assert result.percent == pytest.approx((40 + 20 + 100) / 3)  # 53.33…
    assert result.status_key == "minor_delays"
    # on track + ongoing + completed, of the 4 counted
    assert result.on_track_share == pytest.approx(3 / 4)


def test_the_most_severe_active_status_wins() -> None:
    states = [ActionState(ON_TRACK, 90), ActionState(SERIOUS, 10), ActionState(MINOR, 50)]
    assert roll_up(states).status_key == "serious_concerns"


def test_ongoing_activities_alone_have_a_status_but_no_percent() -> None:
    result = roll_up([ActionState(ONGOING, 0), ActionState(ONGOING, 30)])
    assert result.percent is None
    assert result.status_key == "ongoing"


def test_ongoing_with_not_started_is_ongoing_and_the_mean_is_the_not_started_ones() -> None:
    result = roll_up([ActionState(ONGOING, 0), ActionState(NOT_STARTED, 0)])
    assert result.status_key == "ongoing"
    assert result.percent == 0


def test_completed_with_not_started_is_not_started_half_done() -> None:
    result = roll_up([ActionState(COMPLETED, 100), ActionState(NOT_STARTED, 0)])
    assert result.status_key == "not_started"
    assert result.percent == 50


def test_overdue_and_stale_are_counted_over_all_actions() -> None:
    states = [
        ActionState(ON_TRACK, 10, overdue=True, stale=True),
        ActionState(DISCONTINUED, 0, overdue=False, stale=False),
        ActionState(MINOR, 10, overdue=True, stale=False),
    ]
    result = roll_up(states)
    assert (result.overdue, result.stale) == (2, 1)


# --- overdue and stale ---------------------------------------------------------------------


def test_overdue_is_judged_at_the_end_of_the_period_or_today_if_earlier() -> None:
    assert as_of_date(Q2, today=date(2030, 1, 1)) == date(2025, 9, 30)
    assert as_of_date(Q2, today=date(2025, 8, 15)) == date(2025, 8, 15)


@pytest.mark.parametrize(
    ("end", "status", "expected"),
    [
        (date(2025, 9, 29), ON_TRACK, True),  # ended the day before
        (date(2025, 9, 30), ON_TRACK, False),  # ends on the day judged: not yet late
        (date(2025, 9, 1), COMPLETED, False),
        (date(2025, 9, 1), DISCONTINUED, False),
        (date(2025, 9, 1), NOT_STARTED, True),
        (date(2025, 9, 1), ONGOING, True),  # an end date was set and has passed
        (None, SERIOUS, False),  # no end date: never overdue
    ],
)
def test_overdue(end: date | None, status: StatusInfo, expected: bool) -> None:
    assert is_overdue(end, status, date(2025, 9, 30)) is expected


@pytest.mark.parametrize(
    ("start", "status", "updated", "expected"),
    [
        (date(2025, 4, 1), ON_TRACK, False, True),
        (date(2025, 4, 1), ON_TRACK, True, False),
        (date(2025, 9, 30), NOT_STARTED, False, True),  # starts on the last day: reports
        (date(2025, 10, 1), NOT_STARTED, False, False),  # starts next quarter
        (None, MINOR, False, True),  # no start date: assumed under way
        (date(2025, 4, 1), COMPLETED, False, False),
        (date(2025, 4, 1), DISCONTINUED, False, False),
        (date(2025, 4, 1), ONGOING, False, True),
    ],
)
def test_stale(start: date | None, status: StatusInfo, updated: bool, expected: bool) -> None:
    assert is_stale(start, status, Q2, updated) is expected


# --- which update counts -------------------------------------------------------------------


def test_a_late_entry_for_an_earlier_quarter_does_not_replace_the_later_quarter() -> None:
    q2 = UpdateStamp(2025, 2, date(2025, 10, 5), entry=1)
    late_q1 = UpdateStamp(2025, 1, date(2025, 10, 20), entry=2)  # entered afterwards
    assert latest_update([q2, late_q1], Q2) is q2
    assert latest_update([q2, late_q1], Period(2025, 1)) is late_q1


def test_two_updates_for_the_same_quarter_the_later_report_then_the_later_entry_wins() -> None:
    first = UpdateStamp(2025, 2, date(2025, 10, 5), entry=1)
    correction = UpdateStamp(2025, 2, date(2025, 10, 9), entry=2)
    assert latest_update([correction, first], Q2) is correction
    same_day = UpdateStamp(2025, 2, date(2025, 10, 9), entry=3)
    assert latest_update([first, same_day, correction], Q2) is same_day
    undated = UpdateStamp(2025, 2, None, entry=4)  # no report date: sorts before dated ones
    assert latest_update([first, undated], Q2) is first


def test_updates_after_the_period_are_ignored() -> None:
    q3 = UpdateStamp(2025, 3, date(2025, 12, 20), entry=1)
    assert latest_update([q3], Q2) is None
    assert latest_update([q3], Period(2025)) is q3  # the whole year includes Q3


# --- variance ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("actual", "target", "direction", "variance", "met"),
    [
        (45.0, 60.0, "increase", -15.0, False),
        (60.0, 60.0, "increase", 0.0, True),
        (75.0, 60.0, "increase", 15.0, True),
        (17.0, 12.0, "decrease", 5.0, False),
        (12.0, 12.0, "decrease", 0.0, True),
        (11.0, 12.0, "decrease", -1.0, True),
        (100.4, 100.0, "maintain", 0.4, True),  # within 0.5 % of the target
        (99.5, 100.0, "maintain", -0.5, True),
        (100.6, 100.0, "maintain", 0.6, False),
        (0.0, 0.0, "maintain", 0.0, True),
        (45.0, None, "increase", None, None),  # no target
        (None, 60.0, "decrease", None, None),  # no data
    ],
)
def test_variance(
    actual: float | None,
    target: float | None,
    direction: str,
    variance: float | None,
    met: bool | None,
) -> None:
    result = indicator_variance(actual, target, direction)
    assert result.variance == (None if variance is None else pytest.approx(variance))
    assert result.met is met


# --- the same rules through the plan view (the database) -----------------------------------


def test_a_plan_without_actions_rolls_up_to_nothing(empty_plan: PlanDatabase) -> None:
    view = PlanBuilder(empty_plan).view("2025-26-Q2")
    rollup = view.rollup_plan()
    assert (rollup.actions, rollup.percent, rollup.status_key) == (0, None, None)


@pytest.fixture
def plan(empty_plan: PlanDatabase) -> PlanBuilder:
    return PlanBuilder(empty_plan)


def test_priority_and_plan_roll_up_per_quarter(plan: PlanBuilder) -> None:
    p1, p2 = plan.priority("P1"), plan.priority("P2")
    o1, o2 = plan.objective(p1, "O1"), plan.objective(p2, "O2")
    a = plan.action(o1)
    b = plan.action(o1)
    c = plan.action(o1, "discontinued", 30)
    d = plan.action(o2)
    plan.update(a, "2025-26-Q1", "on_track", 20)
    plan.update(a, "2025-26-Q2", "minor_delays", 40)
    plan.update(b, "2025-26-Q2", "completed", 90)
    plan.update(d, "2025-26-Q1", "ongoing", 0)

    q1 = plan.view("2025-26-Q1")
    # a on track 20; b has no update yet: its own status, not started 0; c discontinued.
    assert q1.rollup_priority(p1).percent == pytest.approx(10)
    assert q1.rollup_priority(p1).status_key == "on_track"
    # d is ongoing: in the plan's status, not in its mean
    assert q1.rollup_plan().percent == pytest.approx(10)
    assert q1.rollup_priority(p2).percent is None
    assert q1.rollup_priority(p2).status_key == "ongoing"

    q2 = plan.view("2025-26-Q2")
    assert q2.rollup_priority(p1).percent == pytest.approx((40 + 100) / 2)
    assert q2.rollup_priority(p1).status_key == "minor_delays"
    assert q2.rollup_plan().counted == 3  # c is left out
    assert q2.rollup_plan().actions == 4
    assert q2.health[c].stale is False


def test_a_late_entry_for_q1_does_not_change_the_q2_state(plan: PlanBuilder) -> None:
    action = plan.action(plan.objective(plan.priority()))
    plan.update(action, "2025-26-Q2", "minor_delays", 50, reported_on=date(2025, 10, 3))
    plan.update(action, "2025-26-Q1", "on_track", 25, reported_on=date(2025, 10, 20))
    q2 = plan.view("2025-26-Q2").health[action]
    assert (q2.percent_complete, q2.in_period) == (50, True)
    q1 = plan.view("2025-26-Q1").health[action]
    assert (q1.percent_complete, q1.in_period) == (25, True)


def test_a_second_update_for_the_same_quarter_is_kept_and_wins(plan: PlanBuilder) -> None:
    action = plan.action(plan.objective(plan.priority()))
    first = plan.update(action, "2025-26-Q2", "on_track", 30, reported_on=date(2025, 10, 3))
    second = plan.update(
        action, "2025-26-Q2", "serious_concerns", 35, reported_on=date(2025, 10, 3)
    )
    view = plan.view("2025-26-Q2")
    latest = view.health[action].latest
    assert latest is not None and latest.id == second != first
    assert view.current_status(action).key == "serious_concerns"
    assert tracking.find_period_update(plan.db, action, Period(2025, 2)) == second


def test_an_undated_correction_loses_to_a_dated_report(plan: PlanBuilder) -> None:
    """The documented order: report date first, then entry; no date sorts first."""
    action = plan.action(plan.objective(plan.priority()))
    dated = plan.update(action, "2025-26-Q2", "on_track", 30, reported_on=date(2025, 10, 3))
    tracking.record_progress(
        plan.db,
        action,
        Period(2025, 2),
        {"status_id": plan.status["minor_delays"], "percent_complete": 35, "reported_on": None},
    )
    latest = plan.view("2025-26-Q2").health[action].latest
    assert latest is not None and latest.id == dated
    assert tracking.find_period_update(plan.db, action, Period(2025, 2)) == dated


def test_overdue_and_stale_in_the_plan_view(plan: PlanBuilder) -> None:
    objective = plan.objective(plan.priority())
    late = plan.action(objective, "on_track", 50, end=date(2025, 6, 30))
    future = plan.action(objective, start=date(2026, 1, 1))
    reported = plan.action(objective)
    done = plan.action(objective, end=date(2025, 5, 31))
    plan.update(reported, "2025-26-Q2", "on_track", 10)
    plan.update(done, "2025-26-Q1", "completed", 100)

    view = plan.view("2025-26-Q2", today=date(2030, 1, 1))
    assert [view.health[a].overdue for a in (late, future, reported, done)] == [
        True,
        False,
        False,
        False,
    ]
    assert [view.health[a].stale for a in (late, future, reported, done)] == [
        True,
        False,
        False,
        False,
    ]
    assert view.rollup_plan().overdue == 1
    assert view.rollup_plan().stale == 1
    # Judged on today when the period is not over: on 2025-06-15 nothing has ended yet.
    early = plan.view("2025-26-Q1", today=date(2025, 6, 15))
    assert early.health[late].overdue is False


def test_a_year_counts_any_of_its_quarters_as_reported(plan: PlanBuilder) -> None:
    action = plan.action(plan.objective(plan.priority()))
    plan.update(action, "2025-26-Q1", "on_track", 10)
    assert plan.view("2025-26").health[action].stale is False
    assert plan.view("2025-26-Q2").health[action].stale is True


def test_before_its_start_an_action_without_updates_has_not_started(plan: PlanBuilder) -> None:
    """The action's own status is today's; it must not leak into quarters before it began."""
    objective = plan.objective(plan.priority())
    later = plan.action(objective, "completed", 100, start=date(2026, 1, 1))
    early = plan.view("2025-26-Q2")
    assert early.current_status(later).key == "not_started"
    assert early.health[later].percent_complete == 0
    assert early.rollup_plan().percent == 0
    started = plan.view("2025-26-Q4")  # it started on 2026-01-01
    assert started.current_status(later).key == "completed"
    assert started.rollup_plan().percent == 100
