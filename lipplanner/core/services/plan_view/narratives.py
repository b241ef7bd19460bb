"""Each priority's narrative for the period."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from lipplanner.core.periods import Period
from lipplanner.core.services.plan_view import _tables as t
from lipplanner.core.services.plan_view._sql import Ids, only, rows
from lipplanner.core.services.plan_view.values import NarrativeView


def load_narratives(
    session: Session, plan_id: int, period: Period, priority_ids: Ids = None
) -> dict[int, NarrativeView]:
    """Each priority's narrative for `period`: the quarter's; for a year, the year's own,
    else the one of its latest quarter."""
    n = t.PriorityNarrative
    query = (
        select(n.priority_id, n.fiscal_year, n.quarter, n.text, n.lang)
        .join(t.priority, t.Priority.id == n.priority_id)
        .where(t.Priority.plan_id == plan_id, n.fiscal_year == period.year, n.text != "")
    )
    if period.quarter is not None:
        query = query.where(n.quarter == period.quarter)
    found: dict[int, NarrativeView] = {}
    rank = {0: 5}  # a year's own narrative beats its quarters'
    for r in rows(session, only(query, n.priority_id, priority_ids)):
        current = found.get(r.priority_id)
        if current is None or rank.get(r.quarter, r.quarter) > rank.get(
            current.quarter, current.quarter
        ):
            found[r.priority_id] = NarrativeView(
                r.priority_id, r.fiscal_year, r.quarter, r.text, r.lang
            )
    return found
