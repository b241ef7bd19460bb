"""Progress by priority in a few lean SQL queries: what `lipplanner summary` prints.

It loads no ORM classes and no text columns, so the command starts and answers fast
even on a plan of tens of thousands of actions; the figures follow the same rules
(`core.progress`) as the full `PlanView`.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Date, bindparam, text

from lipplanner.core.db import PlanDatabase
from lipplanner.core.errors import UserError
from lipplanner.core.periods import Period
from lipplanner.core.progress import CLOSED_KINDS, RollUp, StatusInfo, as_of_date

_PLAN = text(
    "SELECT id, title_en, first_year, last_year, status FROM plan "
    "ORDER BY status = 'superseded', first_year DESC, id DESC LIMIT 1"
)
# Each action's state for the period, counted in SQL by priority and status: Python
# then sees a few dozen groups, not 20,000 actions. The rules are those of
# core.progress (and so of the plan view): the latest update up to the period's end by
# quarter, then report date (undated last), then entry; no update and a start after
# the period's end → Not started at 0 %; overdue and stale as there. Each action's
# latest update is one seek down the (action, year, quarter) index from the period's
# end: a grouped MAX over all the updates read them all and cost three times as much.
# Plain SQL that SQLite and PostgreSQL both run (a plan may live on a server).
_STARTS_LATER = (
    "u.id IS NULL AND :has_not_started = 1 AND a.start_date IS NOT NULL "
    "AND a.start_date > :period_end"
)
_GROUPS = f"""
WITH s AS (
  SELECT o.priority_id AS priority, a.id AS action, a.start_date AS start,
    a.end_date AS end_, u.fiscal_year * 10 + u.quarter AS latest,
    CASE WHEN {_STARTS_LATER} THEN :not_started ELSE coalesce(u.status_id, a.status_id)
      END AS status,
    CASE WHEN {_STARTS_LATER} THEN 0 ELSE coalesce(u.percent_complete, a.percent_complete)
      END AS percent
  FROM action a JOIN objective o ON o.id = a.objective_id
  LEFT JOIN progress_update u ON u.id = (
    SELECT p.id FROM progress_update p
    WHERE p.action_id = a.id AND (p.fiscal_year, p.quarter) <= (:year, :quarter)
    ORDER BY p.fiscal_year DESC, p.quarter DESC, p.reported_on DESC NULLS LAST, p.id DESC
    LIMIT 1
  )
  WHERE a.plan_id = :plan
)
SELECT priority, status, count(*), sum(percent),
  sum(CASE WHEN end_ IS NOT NULL AND end_ < :as_of AND status NOT IN :closed
    THEN 1 ELSE 0 END),
  sum(CASE WHEN status NOT IN :closed AND (latest IS NULL OR latest NOT IN :quarters)
    AND (start IS NULL OR start <= :period_end) THEN 1 ELSE 0 END),
  min(action)
FROM s GROUP BY priority, status
"""


@dataclass(frozen=True, slots=True)
class _Group:
    """The actions of one priority in one status: how many, their percents summed,
    how many are overdue or stale, and the first of them (for the roll-up's ties)."""

    status: StatusInfo
    actions: int
    percent: int
    overdue: int
    stale: int
    first: int


def _roll_up(groups: list[_Group]) -> RollUp:
    """`core.progress.roll_up` over groups of actions instead of one state each."""
    groups = sorted(groups, key=lambda g: g.first)
    by_status: dict[str, int] = {}
    for g in groups:
        by_status[g.status.key] = by_status.get(g.status.key, 0) + g.actions
    actions = sum(g.actions for g in groups)
    overdue = sum(g.overdue for g in groups)
    stale = sum(g.stale for g in groups)
    counted = [g for g in groups if g.status.kind != "discontinued"]
    if not counted:
        return RollUp(actions, 0, None, None, by_status, overdue, stale)
    finite = [g for g in counted if g.status.kind != "ongoing"]
    finite_actions = sum(g.actions for g in finite)
    percent = (
        sum(100 * g.actions if g.status.kind == "completed" else g.percent for g in finite)
        / finite_actions
        if finite_actions
        else None
    )
    counted_actions = sum(g.actions for g in counted)
    return RollUp(
        actions, counted_actions, percent, _rolled_status(counted), by_status, overdue, stale
    )


def _rolled_status(counted: list[_Group]) -> str:
    """`core.progress._rolled_status` over groups in the order of their first action."""
    statuses = [g.status for g in counted]
    if all(s.kind == "completed" for s in statuses):
        return statuses[0].key
    active = [s for s in statuses if s.kind == "active"]
    if active:
        return max(active, key=lambda st: (st.severity, -st.position)).key
    for kind in ("ongoing", "not_started"):
        of_kind = [s for s in statuses if s.kind == kind]
        if of_kind:
            return of_kind[0].key
    return next(s.key for s in statuses if s.kind != "completed")


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
        infos = {i: StatusInfo(s.key, s.kind, s.severity, s.position) for i, s in statuses.items()}
        not_started = next((i for i, s in infos.items() if s.kind == "not_started"), None)
        groups = connection.execute(
            text(_GROUPS).bindparams(
                bindparam("closed", expanding=True),
                bindparam("quarters", expanding=True),
                bindparam("period_end", type_=Date),
                bindparam("as_of", type_=Date),
            ),
            {
                "plan": plan.id,
                "year": period.key // 10,
                "quarter": period.key % 10,
                "has_not_started": int(not_started is not None),
                "not_started": not_started or 0,
                "period_end": period.end,
                "as_of": as_of_date(period, today),
                "closed": [i for i, s in infos.items() if s.kind in CLOSED_KINDS],
                "quarters": [q.key for q in period.quarters()],
            },
        ).all()
        counts = connection.execute(
            text(
                "SELECT (SELECT count(*) FROM partner), (SELECT count(*) FROM practice), "
                "(SELECT count(*) FROM indicator WHERE plan_id = :plan)"
            ),
            {"plan": plan.id},
        ).one()
    by_priority: dict[int, list[_Group]] = defaultdict(list)
    for priority_id, status_id, n, percent, overdue, stale, first in groups:
        by_priority[priority_id].append(_Group(infos[status_id], n, percent, overdue, stale, first))
    return PlanSummary(
        lip=lip,
        plan_title=plan.title_en,
        first_year=plan.first_year,
        last_year=plan.last_year,
        plan_status=plan.status,
        period=period,
        statuses=[(s.key, s.label_en) for s in statuses.values()],
        priorities=[
            PrioritySummary(p.code, p.title_en, _roll_up(by_priority.get(p.id, [])))
            for p in priorities
        ],
        total=_roll_up([g for groups in by_priority.values() for g in groups]),
        partners=counts[0],
        practices=counts[1],
        indicators=counts[2],
    )
