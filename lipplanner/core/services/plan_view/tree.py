"""The plan tree: priorities, their objectives and the objectives' actions."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from lipplanner.core.services.plan_view import _tables as t
from lipplanner.core.services.plan_view._sql import Ids, columns, only, rows
from lipplanner.core.services.plan_view.values import ActionView, ObjectiveView, PriorityView

# In ActionView's order, less its supporting_ids (after lead_partner_id) and
# characteristic_ids (after in_kind).
_ACTION_COLUMNS = (
    t.Action.id,
    t.Action.objective_id,
    t.Objective.priority_id,
    t.Action.code,
    t.Action.title_en,
    t.Action.title_fr,
    t.Action.description,
    t.Action.lead_partner_id,
    t.Action.body_id,
    t.Action.start_date,
    t.Action.end_date,
    t.Action.status_id,
    t.Action.percent_complete,
    t.Action.planned_outputs,
    t.Action.budget,
    t.Action.in_kind,
    t.Action.position,
    t.Action.closed_year,
    t.Action.carried_from_year,
)


def load_priorities(session: Session, plan_id: int, ids: Ids = None) -> dict[int, PriorityView]:
    query = select(*columns(t.Priority)).where(t.Priority.plan_id == plan_id)
    return {
        r.id: PriorityView(
            r.id, r.code, r.title_en, r.title_fr, r.description, r.domain_id, r.body_id, r.position
        )
        for r in rows(session, only(query, t.Priority.id, ids))
    }


def load_objectives(session: Session, plan_id: int, ids: Ids = None) -> dict[int, ObjectiveView]:
    query = select(*columns(t.Objective)).where(t.Objective.plan_id == plan_id)
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
        for r in rows(session, only(query, t.Objective.id, ids))
    }


def load_actions(session: Session, plan_id: int, ids: Ids = None) -> dict[int, ActionView]:
    """Actions with their supporting partners and characteristics."""
    supporting: dict[int, list[int]] = defaultdict(list)
    support_query = (
        select(t.ActionPartner.action_id, t.ActionPartner.partner_id)
        .join(t.action, t.Action.id == t.ActionPartner.action_id)
        .where(t.Action.plan_id == plan_id)
        .order_by(t.ActionPartner.id)
    )
    for action_id, partner_id in rows(session, only(support_query, t.Action.id, ids)):
        supporting[action_id].append(partner_id)
    tags: dict[int, list[int]] = defaultdict(list)
    tag_query = (
        select(t.ActionCharacteristic.action_id, t.ActionCharacteristic.term_id)
        .join(t.action, t.Action.id == t.ActionCharacteristic.action_id)
        .where(t.Action.plan_id == plan_id)
    )
    for action_id, term_id in rows(session, only(tag_query, t.Action.id, ids)):
        tags[action_id].append(term_id)
    query = (
        select(*_ACTION_COLUMNS)
        .join(t.objective, t.Objective.id == t.Action.objective_id)
        .where(t.Action.plan_id == plan_id)
    )
    # By position: twenty named lookups on each of 20,000 rows cost more than the query.
    return {
        r[0]: ActionView(
            *(*r[:8], tuple(supporting.get(r[0], ())), *r[8:16], tuple(tags.get(r[0], ())), *r[16:])
        )
        for r in rows(session, only(query, t.Action.id, ids))
    }
