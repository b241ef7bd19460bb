"""Assemble a `PlanView` from one loader per aggregate, in one read transaction."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from lipplanner.core.collector import collector_paused
from lipplanner.core.db import PlanDatabase
from lipplanner.core.periods import Period
from lipplanner.core.progress import as_of_date
from lipplanner.core.services.plan_view.deferred import Deferred
from lipplanner.core.services.plan_view.health import load_health
from lipplanner.core.services.plan_view.indicators import indicators_later
from lipplanner.core.services.plan_view.narratives import load_narratives
from lipplanner.core.services.plan_view.partners import load_bodies, partners_later
from lipplanner.core.services.plan_view.picture import PlanView
from lipplanner.core.services.plan_view.plan import (
    current_plan_id,
    load_partnership,
    load_plan_info,
)
from lipplanner.core.services.plan_view.practices import practices_later
from lipplanner.core.services.plan_view.tree import (
    load_actions,
    load_objectives,
    load_priorities,
)
from lipplanner.core.services.plan_view.vocabulary import load_statuses, load_terms


def load_plan_view(
    db: PlanDatabase,
    period: Period | None = None,
    *,
    today: date | None = None,
    plan_id: int | None = None,
) -> PlanView:
    """Everything the views and reports show, for `period` (default: this quarter)."""
    today = today or date.today()
    period = period or Period.containing(today)
    # Some 100,000 plain values at 20,000 actions, none in a cycle: the collector's
    # walks over them were a third of the load.
    with db.reading() as session, collector_paused():
        plan_id = plan_id or current_plan_id(session)
        return assemble(session, plan_id, period, today)


def assemble(session: Session, plan_id: int, period: Period, today: date) -> PlanView:
    """Every aggregate read in this one transaction; partners, indicators and practices,
    which the Plan page does not show, are made into views on first use (`Deferred`)."""
    statuses = load_statuses(session)
    actions = load_actions(session, plan_id)
    as_of = as_of_date(period, today)
    return PlanView(
        load_partnership(session),
        load_plan_info(session, plan_id),
        period,
        as_of,
        statuses,
        load_terms(session),
        load_bodies(session),
        Deferred(partners_later(session)),
        load_priorities(session, plan_id),
        load_objectives(session, plan_id),
        actions,
        load_health(session, plan_id, period, as_of, actions, statuses),
        Deferred(indicators_later(session, plan_id)),
        Deferred(practices_later(session)),
        load_narratives(session, plan_id, period),
    )
