"""Promising practices with the priorities and actions they are linked to."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lipplanner.core.services.plan_view import _tables as t
from lipplanner.core.services.plan_view._sql import Ids, columns, only, rows
from lipplanner.core.services.plan_view.deferred import Maker
from lipplanner.core.services.plan_view.values import PracticeView


def load_practices(session: Session, ids: Ids = None) -> dict[int, PracticeView]:
    """Practices by title."""
    return practices_later(session, ids)()


def practices_later(session: Session, ids: Ids = None) -> Maker[int, PracticeView]:
    """`load_practices`' rows read now, its views made when called (`Deferred`)."""
    priority_links = select(t.PracticePriority.practice_id, t.PracticePriority.priority_id)
    priority_rows = rows(session, only(priority_links, t.PracticePriority.practice_id, ids))
    action_links = select(t.PracticeAction.practice_id, t.PracticeAction.action_id)
    action_rows = rows(session, only(action_links, t.PracticeAction.practice_id, ids))
    query = select(*columns(t.Practice)).order_by(func.lower(t.Practice.title_en))
    practice_rows = rows(session, only(query, t.Practice.id, ids))

    def make() -> dict[int, PracticeView]:
        linked_priorities: dict[int, list[int]] = defaultdict(list)
        for practice_id, priority_id in priority_rows:
            linked_priorities[practice_id].append(priority_id)
        linked_actions: dict[int, list[int]] = defaultdict(list)
        for practice_id, action_id in action_rows:
            linked_actions[practice_id].append(action_id)
        return {
            r.id: PracticeView(
                r.id,
                r.title_en,
                r.title_fr,
                r.summary,
                r.location,
                r.organisation,
                r.domain_id,
                r.type_id,
                r.evidence_id,
                r.results,
                r.transferability,
                r.source_title,
                r.source_url,
                r.source_year,
                r.adoption_status,
                tuple(linked_priorities.get(r.id, ())),
                tuple(linked_actions.get(r.id, ())),
            )
            for r in practice_rows
        }

    return make
