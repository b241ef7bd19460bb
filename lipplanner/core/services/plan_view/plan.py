"""Which plan the file is about, and its header: the plan and the partnership."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from lipplanner.core import models as m
from lipplanner.core.db import PlanDatabase
from lipplanner.core.errors import UserError
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
    plan_id = session.scalar(
        select(m.Plan.id)
        .order_by((m.Plan.status == "superseded"), m.Plan.first_year.desc(), m.Plan.id.desc())
        .limit(1)
    )
    if plan_id is None:
        raise UserError("This file holds no plan yet.")
    return int(plan_id)


def plan_years(db: PlanDatabase) -> tuple[int, int]:
    """The first and last fiscal years of the current plan, without loading it."""
    with db.reading() as session:
        plan_id = current_plan_id(session)
        row = session.execute(
            select(m.Plan.first_year, m.Plan.last_year).where(m.Plan.id == plan_id)
        ).one()
    return int(row.first_year), int(row.last_year)


def plan_id_of(db: PlanDatabase) -> int:
    with db.reading() as session:
        return current_plan_id(session)


_PLAN_COLUMNS = (
    m.Plan.id,
    m.Plan.title_en,
    m.Plan.title_fr,
    m.Plan.first_year,
    m.Plan.last_year,
    m.Plan.vision,
    m.Plan.approved_on,
    m.Plan.status,
    m.Plan.current_year,
)


def load_plan_info(session: Session, plan_id: int) -> PlanInfo:
    row = rows(session, select(*_PLAN_COLUMNS).where(m.Plan.id == plan_id))[0]
    return PlanInfo(*row)


def load_partnership(session: Session) -> PartnershipView:
    """The partnership's header (blank fields when the file has none yet)."""
    query = select(*(getattr(m.Partnership, f) for f in _PARTNERSHIP_FIELDS)).limit(1)
    found = rows(session, query)
    return PartnershipView(*(found[0] if found else ("",) * len(_PARTNERSHIP_FIELDS)))
