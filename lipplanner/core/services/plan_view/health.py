"""Progress: each action's latest update and its state at the end of the period, by
the rules of `core.progress`, and an action's full update history."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from lipplanner.core.db import PlanDatabase
from lipplanner.core.periods import Period, quarter_key
from lipplanner.core.progress import UPDATE_FIELDS, is_overdue, is_stale, starts_later
from lipplanner.core.services.latest import latest_and_before, latest_updates
from lipplanner.core.services.plan_view import _tables as t
from lipplanner.core.services.plan_view._sql import Ids
from lipplanner.core.services.plan_view.values import (
    ActionHealth,
    ActionView,
    StatusView,
    UpdateView,
)

# An update's identity and quarter, then what it holds: UpdateView's fields, in order.
UPDATE_COLUMNS = ("id", "action_id", "fiscal_year", "quarter", *UPDATE_FIELDS)


def update_view(values: Sequence[Any]) -> UpdateView:
    """An update from its UPDATE_COLUMNS values, in that order."""
    (id_, action_id, year, quarter, status_id, percent, outputs, successes, challenges,
     next_steps, reported_by, reported_on) = values  # fmt: skip
    if reported_on is not None and not isinstance(reported_on, date):
        reported_on = date.fromisoformat(str(reported_on)[:10])  # raw SQL on SQLite
    return UpdateView(
        id_, action_id, year, quarter, status_id, percent, outputs, successes, challenges,
        next_steps, reported_by, reported_on,
    )  # fmt: skip


def _update_of(row: Any) -> UpdateView:
    """An update from a `core.services.latest` row: `which`, then UPDATE_COLUMNS."""
    return update_view(row[1 : len(UPDATE_COLUMNS) + 1])


def period_before(period: Period) -> Period:
    """The period that ends just before `period` starts (the last quarter before a year)."""
    return period.previous() if period.quarter is not None else Period(period.year - 1, 4)


def latest_update_views(
    session: Session, plan_id: int, period: Period, ids: Ids = None
) -> dict[int, UpdateView]:
    """Each action's (or each of `ids`') latest update up to the end of `period`."""
    rows = latest_updates(session.connection(), plan_id, period, UPDATE_COLUMNS, ids)
    return {action_id: _update_of(row) for action_id, row in rows.items()}


def load_health(
    session: Session,
    plan_id: int,
    period: Period,
    as_of: date,
    actions: Mapping[int, ActionView],
    statuses: Mapping[int, StatusView],
) -> dict[int, ActionHealth]:
    """The state of each of `actions` at the end of `period` (reads only their updates
    when `actions` is not the whole plan)."""
    ids = None if len(actions) > 500 else list(actions)  # a long IN list costs more than it saves
    rows, earlier = latest_and_before(
        session.connection(), plan_id, period, period_before(period), UPDATE_COLUMNS, ids
    )
    latest = {action_id: _update_of(row) for action_id, row in rows.items()}
    before = {action_id: row.status_id for action_id, row in earlier.items()}
    period_keys = {q.key for q in period.quarters()}
    not_started = next((s.id for s in statuses.values() if s.kind == "not_started"), None)
    infos = {status_id: status.info for status_id, status in statuses.items()}
    health: dict[int, ActionHealth] = {}
    for action_id, action in actions.items():
        update = latest.get(action_id)
        if update is not None:
            status_id, percent = update.status_id, update.percent_complete
            # The key from the row's own numbers: a Period per action cost more than the rest.
            in_period = quarter_key(update.fiscal_year, update.quarter) in period_keys
        else:
            status_id, percent, in_period = action.status_id, action.percent_complete, False
            if not_started is not None and starts_later(action.start_date, period):
                # The action's own status is today's: before its start it had not started.
                status_id, percent = not_started, 0
        info = infos[status_id]
        health[action_id] = ActionHealth(
            status_id,
            percent,
            update,
            in_period,
            is_overdue(action.end_date, info, as_of),
            is_stale(action.start_date, info, period, in_period),
            before.get(action_id),
        )
    return health


def action_history(db: PlanDatabase, action_id: int) -> list[UpdateView]:
    """Every progress update of an action, newest first."""
    u = t.ProgressUpdate
    with db.reading() as session:
        rows = session.execute(
            select(*(getattr(u, n) for n in UPDATE_COLUMNS))
            .where(u.action_id == action_id)
            .order_by(
                u.fiscal_year.desc(),
                u.quarter.desc(),
                u.reported_on.desc().nulls_last(),
                u.id.desc(),
            )
        ).all()
    return [update_view(row) for row in rows]
