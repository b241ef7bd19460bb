"""The coordinator's lists: statuses and the terms of each vocabulary."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from lipplanner.core.services.plan_view import _tables as t
from lipplanner.core.services.plan_view._sql import Ids, columns, only, rows
from lipplanner.core.services.plan_view.values import StatusView, TermView


def load_statuses(session: Session, ids: Ids = None) -> dict[int, StatusView]:
    """Statuses in list order."""
    query = only(select(*columns(t.Status)).order_by(t.Status.position), t.Status.id, ids)
    return {
        r.id: StatusView(
            r.id,
            r.key,
            r.label_en,
            r.label_fr,
            r.kind,
            r.severity,
            r.colour,
            r.position,
            r.description_en,
            r.description_fr,
        )
        for r in rows(session, query)
    }


def load_terms(session: Session, ids: Ids = None) -> dict[int, TermView]:
    """Terms by vocabulary, in list order."""
    query = only(
        select(*columns(t.Term)).order_by(t.Term.vocabulary, t.Term.position), t.Term.id, ids
    )
    return {
        r.id: TermView(r.id, r.vocabulary, r.key, r.label_en, r.label_fr, r.position)
        for r in rows(session, query)
    }
