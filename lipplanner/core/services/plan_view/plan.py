"""Which plan the file is about, and its header: the plan and the partnership."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from lipplanner.core.db import PlanDatabase
from lipplanner.core.errors import UserError
from lipplanner.core.services.plan_view import _tables as t
from lipplanner.core.services.plan_view._sql import rows
from lipplanner.core.services.plan_view.values import PartnershipView, PlanInfo

_PARTNERSHIP_FIELDS = (
    "name_en",
    "name_fr",
    "acronym_en",
    "acronym_fr",
    "catchment",
    "agreement_holder",
    "coordinator",
    "email",
)


def current_plan_id(session: Session) -> int:
    """The plan the app works on: the newest one that is not superseded."""
    # Through Core (`rows`): the first ORM statement of a process configures every
    # mapper, a cost opening a plan need not pay.
    found = rows(
        session,
        select(t.Plan.id)
        .order_by((t.Plan.status == "superseded"), t.Plan.first_year.desc(), t.Plan.id.desc())
        .limit(1),
    )
    if not found:
        raise UserError("This file holds no plan yet.")
    return int(found[0][0])


def plan_years(db: PlanDatabase) -> tuple[int, int]:
    """The first and last fiscal years of the current plan, without loading it."""
    with db.reading() as session:
        plan_id = current_plan_id(session)
        row = rows(
            session, select(t.Plan.first_year, t.Plan.last_year).where(t.Plan.id == plan_id)
        )[0]
    return int(row.first_year), int(row.last_year)


def plan_id_of(db: PlanDatabase) -> int:
    with db.reading() as session:
        return current_plan_id(session)


_PLAN_COLUMNS = (
    t.Plan.id,
    t.Plan.title_en,
    t.Plan.title_fr,
    t.Plan.first_year,
    t.Plan.last_year,
    t.Plan.vision,
    t.Plan.approved_on,
    t.Plan.status,
    t.Plan.current_year,
)


def load_plan_info(session: Session, plan_id: int) -> PlanInfo:
    row = rows(session, select(*_PLAN_COLUMNS).where(t.Plan.id == plan_id))[0]
    return PlanInfo(*row)


def load_partnership(session: Session) -> PartnershipView:
    """The partnership's header (blank fields when the file has none yet)."""
    query = select(*(getattr(t.Partnership, f) for f in _PARTNERSHIP_FIELDS)).limit(1)
    found = rows(session, query)
    return PartnershipView(*(found[0] if found else ("",) * len(_PARTNERSHIP_FIELDS)))
