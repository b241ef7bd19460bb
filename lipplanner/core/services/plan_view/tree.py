"""The plan tree: priorities, their objectives and the objectives' actions."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from lipplanner.core import models as m
from lipplanner.core.services.plan_view._sql import Ids, columns, only, rows
from lipplanner.core.services.plan_view.values import ActionView, ObjectiveView, PriorityView

# In ActionView's order, less its supporting_ids (after lead_partner_id) and
# characteristic_ids (after in_kind).
_ACTION_COLUMNS = (
    m.Action.id,
    m.Action.objective_id,
    m.Objective.priority_id,
    m.Action.code,
    m.Action.title_en,
    m.Action.title_fr,
    m.Action.description,
    m.Action.lead_partner_id,
    m.Action.body_id,
    m.Action.start_date,
    m.Action.end_date,
    m.Action.status_id,
    m.Action.percent_complete,
    m.Action.planned_outputs,
    m.Action.budget,
    m.Action.in_kind,
    m.Action.position,
    m.Action.closed_year,
    m.Action.carried_from_year,
)


def load_priorities(session: Session, plan_id: int, ids: Ids = None) -> dict[int, PriorityView]:
    query = select(*columns(m.Priority)).where(m.Priority.plan_id == plan_id)
    return {
        r.id: PriorityView(
            r.id, r.code, r.title_en, r.title_fr, r.description, r.domain_id, r.body_id, r.position
        )
        for r in rows(session, only(query, m.Priority.id, ids))
    }


def load_objectives(session: Session, plan_id: int, ids: Ids = None) -> dict[int, ObjectiveView]:
    query = select(*columns(m.Objective)).where(m.Objective.plan_id == plan_id)
    return {
        r.id: ObjectiveView(
            r.id,
            r.priority_id,
            r.code,
            r.title_en,
            r.title_fr,
            r.description,
            r.outcome_level,
            r.position,
        )
        for r in rows(session, only(query, m.Objective.id, ids))
    }


def load_actions(session: Session, plan_id: int, ids: Ids = None) -> dict[int, ActionView]:
    """Actions with their supporting partners and characteristics."""
    supporting: dict[int, list[int]] = defaultdict(list)
    support_query = (
        select(m.ActionPartner.action_id, m.ActionPartner.partner_id)
        .join(m.Action, m.Action.id == m.ActionPartner.action_id)
        .where(m.Action.plan_id == plan_id)
        .order_by(m.ActionPartner.id)
    )
    for action_id, partner_id in rows(session, only(support_query, m.Action.id, ids)):
        supporting[action_id].append(partner_id)
    tags: dict[int, list[int]] = defaultdict(list)
    tag_query = (
        select(m.ActionCharacteristic.action_id, m.ActionCharacteristic.term_id)
        .join(m.Action, m.Action.id == m.ActionCharacteristic.action_id)
        .where(m.Action.plan_id == plan_id)
    )
    for action_id, term_id in rows(session, only(tag_query, m.Action.id, ids)):
        tags[action_id].append(term_id)
    query = (
        select(*_ACTION_COLUMNS)
        .join(m.Objective, m.Objective.id == m.Action.objective_id)
        .where(m.Action.plan_id == plan_id)
    )
    # By position: twenty named lookups on each of 20,000 rows cost more than the query.
    return {
        r[0]: ActionView(
            *(*r[:8], tuple(supporting.get(r[0], ())), *r[8:16], tuple(tags.get(r[0], ())), *r[16:])
        )
        for r in rows(session, only(query, m.Action.id, ids))
    }
