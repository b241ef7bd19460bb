"""Progress by priority in a few lean SQL queries: what `lipplanner summary` prints.

It loads no ORM classes and no text columns, so the command starts and answers fast
even on a plan of tens of thousands of actions; the figures follow the same rules
(`core.progress`) as the full `PlanView`.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import text

from lipplanner.core.db import PlanDatabase
from lipplanner.core.errors import UserError
from lipplanner.core.periods import Period
from lipplanner.core.progress import (
    ActionState,
    RollUp,
    StatusInfo,
    as_of_date,
    is_overdue,
    is_stale,
    roll_up,
    starts_later,
)
from lipplanner.core.services.latest import latest_updates

_PLAN = text(
    "SELECT id, title_en, first_year, last_year, status FROM plan "
    "ORDER BY status = 'superseded', first_year DESC, id DESC LIMIT 1"
)
_ACTIONS = text(
    "SELECT a.id, o.priority_id, a.start_date, a.end_date, a.status_id, a.percent_complete "
    "FROM action a JOIN objective o ON o.id = a.objective_id WHERE a.plan_id = :plan"
)


@dataclass(frozen=True)
class PrioritySummary:
    code: str
    title: str
    rollup: RollUp


@dataclass(frozen=True)
class PlanSummary:
    lip: str
    plan_title: str
    first_year: int
    last_year: int
    plan_status: str
    period: Period
    statuses: list[tuple[str, str]]  # (key, English label), in list order
    priorities: list[PrioritySummary]
    total: RollUp
    partners: int
    practices: int
    indicators: int


def _date(value: Any) -> date | None:
    """SQLite hands dates back as ISO text through a raw query."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def plan_summary(
    db: PlanDatabase, period: Period | None = None, *, today: date | None = None
) -> PlanSummary:
    today = today or date.today()
    period = period or Period.containing(today)
    with db.connection() as connection:
        plan = connection.execute(_PLAN).first()
        if plan is None:
            raise UserError("This file holds no plan yet.")
        lip = connection.execute(text("SELECT name_en FROM partnership LIMIT 1")).scalar() or ""
        statuses = {
            row.id: row
            for row in connection.execute(
                text(
                    "SELECT id, key, label_en, kind, severity, position FROM status "
                    "ORDER BY position, id"
                )
            )
        }
        priorities = connection.execute(
            text(
                "SELECT id, code, title_en FROM priority WHERE plan_id = :plan "
                "ORDER BY position, id"
            ),
            {"plan": plan.id},
        ).all()
        actions = connection.execute(_ACTIONS, {"plan": plan.id}).all()
        latest = latest_updates(
            connection, plan.id, period, ("status_id", "percent_complete", "fiscal_year", "quarter")
        )
        counts = connection.execute(
            text(
                "SELECT (SELECT count(*) FROM partner), (SELECT count(*) FROM practice), "
                "(SELECT count(*) FROM indicator WHERE plan_id = :plan)"
            ),
            {"plan": plan.id},
        ).one()
    infos = {i: StatusInfo(s.key, s.kind, s.severity, s.position) for i, s in statuses.items()}
    as_of = as_of_date(period, today)
    period_keys = {q.key for q in period.quarters()}
    by_priority: dict[int, list[ActionState]] = defaultdict(list)
    not_started = next((i for i, s in statuses.items() if s.kind == "not_started"), None)
    for action_id, priority_id, start_text, end_text, own_status, own_percent in actions:
        update = latest.get(action_id)
        start = _date(start_text)
        status_id = update.status_id if update else own_status
        percent = update.percent_complete if update else own_percent
        if update is None and not_started is not None and starts_later(start, period):
            status_id, percent = not_started, 0  # the same rule as the plan view
        info = infos[status_id]
        in_period = update is not None and update.fiscal_year * 10 + update.quarter in period_keys
        by_priority[priority_id].append(
            ActionState(
                info,
                percent,
                is_overdue(_date(end_text), info, as_of),
                is_stale(start, info, period, in_period),
            )
        )
    return PlanSummary(
        lip=lip,
        plan_title=plan.title_en,
        first_year=plan.first_year,
        last_year=plan.last_year,
        plan_status=plan.status,
        period=period,
        statuses=[(s.key, s.label_en) for s in statuses.values()],
        priorities=[
            PrioritySummary(p.code, p.title_en, roll_up(by_priority.get(p.id, [])))
            for p in priorities
        ],
        total=roll_up([state for states in by_priority.values() for state in states]),
        partners=counts[0],
        practices=counts[1],
        indicators=counts[2],
    )
