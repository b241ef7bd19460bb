"""The coordinator's narrative of a priority for one reporting period: what the report's
Summary prints beside the priority's status (its actions' reports fill in otherwise)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from lipplanner.core.db import PlanDatabase
from lipplanner.core.errors import UserError
from lipplanner.core.periods import Period

# The mapped classes are imported where they are used: the Plan view's priority form
# holds a `Narrative` from the start, and opening a plan needs none of them.
if TYPE_CHECKING:
    from lipplanner.core import models as m


@dataclass(frozen=True)
class Narrative:
    text: str = ""
    lang: str = "en"


def _find(session: Session, priority_id: int, period: Period) -> m.PriorityNarrative | None:
    from lipplanner.core import models as m

    return session.scalar(
        select(m.PriorityNarrative).where(
            m.PriorityNarrative.priority_id == priority_id,
            m.PriorityNarrative.fiscal_year == period.year,
            m.PriorityNarrative.quarter == (period.quarter or 0),
        )
    )


def get_narrative(db: PlanDatabase, priority_id: int, period: Period) -> Narrative:
    """The narrative written for exactly `period` (empty when there is none)."""
    with db.reading() as session:
        row = _find(session, priority_id, period)
        return Narrative(row.text, row.lang) if row is not None else Narrative()


def set_narrative(
    db: PlanDatabase, priority_id: int, period: Period, narrative: Narrative
) -> Narrative:
    """Store the narrative of a priority for `period` (empty text removes it); returns
    the one it replaced, so the change can be undone."""
    from lipplanner.core import models as m
    from lipplanner.core.db import audit
    from lipplanner.core.models.base import TEXT_MAX
    from lipplanner.core.models.plan import NARRATIVE_LANGUAGES

    if narrative.lang not in NARRATIVE_LANGUAGES:
        raise UserError(f"Unknown language “{narrative.lang}”.")
    text = narrative.text.strip()
    if len(text) > TEXT_MAX:
        raise UserError(f"A narrative holds at most {TEXT_MAX:,} characters.")
    with db.transaction() as session:
        audit.track(session)  # in the plan's history like any other edit
        if session.get(m.Priority, priority_id) is None:
            raise UserError("This priority no longer exists.")
        row = _find(session, priority_id, period)
        before = Narrative(row.text, row.lang) if row is not None else Narrative()
        if not text:
            if row is not None:
                session.delete(row)
        elif row is None:
            session.add(
                m.PriorityNarrative(
                    priority_id=priority_id,
                    fiscal_year=period.year,
                    quarter=period.quarter or 0,
                    text=text,
                    lang=narrative.lang,
                )
            )
        else:
            row.text, row.lang = text, narrative.lang
    return before
