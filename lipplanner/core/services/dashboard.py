"""What the dashboard shows: progress over the quarters, key counts and indicator results.

Everything is computed from a `PlanView` plus one sweep over the plan's progress updates
(two queries however large the plan), by the same rules as `core.progress`, so a point
of the line chart always equals the roll-up the Plan tree shows for that quarter.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Generator
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Row, select

from lipplanner.core import models as m
from lipplanner.core.db import PlanDatabase
from lipplanner.core.periods import Period
from lipplanner.core.progress import CLOSED_KINDS, Variance, indicator_variance, starts_later
from lipplanner.core.services.plan_view import IndicatorView, PlanView


@dataclass(frozen=True)
class ProgressHistory:
    """Percent complete of the plan and of each priority at the end of each quarter.

    `quarters` covers the plan's years; values after the period asked for are None, as
    are quarters where nothing with an end point is counted (see `core.progress`).
    """

    quarters: tuple[Period, ...]
    plan: tuple[float | None, ...]
    priorities: dict[int, tuple[float | None, ...]]


@dataclass(frozen=True)
class DashboardCounts:
    """The tiles: key counts for the period."""

    actions: int
    on_track_share: float | None  # on track, ongoing or completed, of the counted actions
    completed_this_year: int  # completed by the end of the period, not before the year
    overdue: int
    stale: int  # actions that should report and have no update in the period
    partners_engaged: int  # partners leading or supporting an action active in the period


@dataclass(frozen=True)
class Dashboard:
    history: ProgressHistory
    counts: DashboardCounts


def _contribution(kind: str, percent: int) -> float | None:
    """What one action adds to a roll-up's mean (None: left out of it)."""
    if kind in ("discontinued", "ongoing"):
        return None
    return 100.0 if kind == "completed" else float(percent)


def load_dashboard(db: PlanDatabase, view: PlanView) -> Dashboard:
    """The dashboard for the view's period (the view gives the plan and current states)."""
    history, completed_before = _sweep(db, view)
    return Dashboard(history, _counts(view, completed_before))


def _sweep(db: PlanDatabase, view: PlanView) -> tuple[ProgressHistory, set[int]]:
    """Replay the updates quarter by quarter, keeping running sums per priority.

    Returns the history and the actions already completed at the end of the fiscal
    year before the view's period.
    """
    plan = view.plan
    kinds = {status.id: status.kind for status in view.statuses.values()}
    limit = view.period.key
    year_before = Period(view.period.year - 1, 4).key
    updates = _updates_in_order(db, plan.id, limit)
    # action id → (kind, percent); sums per priority of the counted contributions
    state: dict[int, tuple[str, int]] = {}
    priority_of: dict[int, int] = {}
    sums: dict[int, list[float]] = defaultdict(lambda: [0.0, 0])
    # Actions not started yet (and not reported on) wait here with their start date.
    waiting: dict[int, date] = {}
    quarters = [Period(year, q) for year in plan.years for q in range(1, 5)]
    first = quarters[0] if quarters else view.period

    def set_state(action_id: int, kind: str, percent: int) -> None:
        priority = priority_of[action_id]
        old = _contribution(*state[action_id]) if action_id in state else None
        if old is not None:
            sums[priority][0] -= old
            sums[priority][1] -= 1
        state[action_id] = (kind, percent)
        new = _contribution(kind, percent)
        if new is not None:
            sums[priority][0] += new
            sums[priority][1] += 1

    for action in view.actions.values():
        priority_of[action.id] = action.priority_id
        if starts_later(action.start_date, first) and action.start_date is not None:
            set_state(action.id, "not_started", 0)
            waiting[action.id] = action.start_date
        else:
            set_state(action.id, kinds[action.status_id], action.percent_complete)

    def completed_now() -> set[int]:
        return {a for a, (kind, _p) in state.items() if kind == "completed"}

    plan_series: list[float | None] = []
    priority_series: dict[int, list[float | None]] = {p: [] for p in view.priorities}
    completed_before: set[int] | None = None
    if quarters and quarters[0].key > year_before:
        completed_before = completed_now()
    pending = next(updates, None)
    for quarter in quarters:
        if quarter.key > limit:
            plan_series.append(None)
            for series in priority_series.values():
                series.append(None)
            continue
        for action_id in [a for a, start in waiting.items() if start <= quarter.end]:
            del waiting[action_id]  # started: from now on its own status, as in PlanView
            action = view.actions[action_id]
            set_state(action_id, kinds[action.status_id], action.percent_complete)
        while pending is not None and pending[0] <= quarter.key:
            _key, action_id, status_id, percent = pending
            pending = next(updates, None)
            if action_id not in state:
                continue
            waiting.pop(action_id, None)
            set_state(action_id, kinds[status_id], percent)
        total = sum(s[0] for s in sums.values())
        count = sum(int(s[1]) for s in sums.values())
        plan_series.append(total / count if count else None)
        for priority_id, series in priority_series.items():
            s = sums.get(priority_id)
            series.append(s[0] / s[1] if s and s[1] else None)
        if quarter.key == year_before:
            completed_before = completed_now()
    updates.close()  # the rest (after the plan's last quarter) is not needed
    if completed_before is None:  # the period starts after the plan's last year
        completed_before = completed_now()
    history = ProgressHistory(
        tuple(quarters),
        tuple(plan_series),
        {p: tuple(series) for p, series in priority_series.items()},
    )
    return history, completed_before


_Update = Row[int, int, int, int]  # quarter key, action, status, percent


def _updates_in_order(db: PlanDatabase, plan_id: int, limit: int) -> Generator[_Update]:
    """The plan's updates up to quarter key `limit`, as (key, action, status, percent),
    in the order `core.progress.latest_update` applies them, the last winning.

    Streamed in batches: 160,000 updates held at once cost 25 MB at 20,000 actions."""
    u = m.ProgressUpdate
    with db.reading() as session:
        result = session.execute(
            select(
                (u.fiscal_year * 10 + u.quarter).label("key"),
                u.action_id,
                u.status_id,
                u.percent_complete,
            )
            .join(m.Action, m.Action.id == u.action_id)
            .where(m.Action.plan_id == plan_id, u.fiscal_year * 10 + u.quarter <= limit)
            .order_by(u.fiscal_year, u.quarter, u.reported_on.asc().nulls_first(), u.id.asc()),
            execution_options={"yield_per": 2000},
        )
        yield from result


def _counts(view: PlanView, completed_before: set[int]) -> DashboardCounts:
    rollup = view.rollup_plan()
    completed = 0
    engaged: set[int] = set()
    for action in view.actions.values():
        health = view.health[action.id]
        kind = view.statuses[health.status_id].kind
        if kind == "completed" and action.id not in completed_before:
            completed += 1
        if is_active(action.start_date, kind, health.in_period, view.period):
            if action.lead_partner_id is not None:
                engaged.add(action.lead_partner_id)
            engaged.update(action.supporting_ids)
    return DashboardCounts(
        actions=len(view.actions),
        on_track_share=rollup.on_track_share,
        completed_this_year=completed,
        overdue=rollup.overdue,
        stale=rollup.stale,
        partners_engaged=len(engaged),
    )


def is_active(start_date: date | None, kind: str, updated_in_period: bool, period: Period) -> bool:
    """Whether an action is under way in the period: started by its end, and not closed
    before it (an action completed or discontinued by an update in the period counts)."""
    if start_date is not None and start_date > period.end:
        return False
    return kind not in CLOSED_KINDS or updated_in_period


# --- indicators ---------------------------------------------------------------------------


@dataclass(frozen=True)
class IndicatorResult:
    """An indicator's standing at the end of a period."""

    indicator: IndicatorView
    recorded: bool  # whether the period itself has an entry (a value or "no data")
    period_value: float | None  # the period's value; None also for "no data"
    latest_period: Period | None  # where the latest actual up to the period comes from
    variance: Variance  # of the latest actual against the target


def _value_key(year: int, quarter: int) -> tuple[int, int]:
    # An annual value (quarter 0) is known at the end of its year, after its Q4.
    return (year * 10 + (quarter or 4), 1 if quarter == 0 else 0)


def latest_actual(indicator: IndicatorView, period: Period) -> tuple[Period, float] | None:
    """The most recent actual (not "no data") up to the end of `period`."""
    best: tuple[tuple[int, int], Period, float] | None = None
    for (year, quarter), (value, _note) in indicator.values.items():
        key = _value_key(year, quarter)
        if value is None or key[0] > period.key:
            continue
        if best is None or key > best[0]:
            best = (key, Period(year, quarter or None), value)
    return None if best is None else (best[1], best[2])


def indicator_result(indicator: IndicatorView, period: Period) -> IndicatorResult:
    recorded, value = indicator.actual(period)
    latest = latest_actual(indicator, period)
    variance = indicator_variance(
        latest[1] if latest else None, indicator.target_value, indicator.direction
    )
    return IndicatorResult(indicator, recorded, value, latest[0] if latest else None, variance)


def indicator_results(view: PlanView) -> list[IndicatorResult]:
    """Every indicator of the plan in order, with its standing for the view's period."""
    ordered = sorted(view.indicators.values(), key=lambda i: (i.position, i.id))
    return [indicator_result(indicator, view.period) for indicator in ordered]
