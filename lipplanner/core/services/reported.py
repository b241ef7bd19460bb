"""The last quarter a plan's progress was reported for: where a plan whose years are over
opens (an imported 2014-2016 tracker opens on the quarter its figures are about, not on
its last quarter with nothing reported)."""

from __future__ import annotations

from sqlalchemy import select

from lipplanner.core.db import PlanDatabase
from lipplanner.core.periods import Period
from lipplanner.core.services.plan_view import _tables as t


def last_reported_period(db: PlanDatabase, first_year: int, last_year: int) -> Period | None:
    """The latest quarter within the plan's years with a progress update, if any."""
    update = t.ProgressUpdate
    query = (
        select(update.fiscal_year, update.quarter)
        .where(update.fiscal_year.between(first_year, last_year))
        .order_by(update.fiscal_year.desc(), update.quarter.desc())  # the (year, quarter) index
        .limit(1)
    )
    with db.connection() as connection:
        row = connection.execute(query).first()
    return None if row is None else Period(int(row[0]), int(row[1]))
