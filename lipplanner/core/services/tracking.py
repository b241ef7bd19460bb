"""Recording quarterly progress and indicator actuals."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy import delete, select

from lipplanner.core import models as m
from lipplanner.core.db import PlanDatabase, audit
from lipplanner.core.db.audit import Change
from lipplanner.core.errors import UserError
from lipplanner.core.periods import Period, fiscal_year_label
from lipplanner.core.services import editing
from lipplanner.core.services.validation import clean_float, clean_text

# What a period's update holds besides its action and period.
UPDATE_FIELDS = (
    "status_id",
    "percent_complete",
    "outputs",
    "successes",
    "challenges",
    "next_steps",
    "reported_by",
    "reported_on",
)


def find_period_update(db: PlanDatabase, action_id: int, period: Period) -> int | None:
    """The id of the action's latest update in `period` (a quarter), if any."""
    if period.quarter is None:
        raise UserError("Progress is recorded per quarter; choose a quarter.")
    u = m.ProgressUpdate
    with db.reading() as session:
        return session.scalar(
            select(u.id)
            .where(
                u.action_id == action_id, u.fiscal_year == period.year, u.quarter == period.quarter
            )
            .order_by(u.reported_on.desc().nulls_last(), u.id.desc())
            .limit(1)
        )


def record_progress(
    db: PlanDatabase, action_id: int, period: Period, values: Mapping[str, Any]
) -> int:
    """Add a progress update for a quarter; a second one for the same quarter is kept
    as a later entry and becomes the quarter's update."""
    if period.quarter is None:
        raise UserError("Progress is recorded per quarter; choose a quarter.")
    unknown = set(values) - set(UPDATE_FIELDS)
    if unknown:
        raise UserError(f"A progress update has no field {', '.join(sorted(unknown))}.")
    data = {
        "reported_on": date.today(),
        **values,
        "action_id": action_id,
        "fiscal_year": period.year,
        "quarter": period.quarter,
    }
    return editing.create(db, "progress_update", data)


def save_period_update(
    db: PlanDatabase, action_id: int, period: Period, values: Mapping[str, Any]
) -> tuple[int, dict[str, Any] | None]:
    """Create the quarter's update, or change it if there is one.

    Returns (update id, previous values — None when it was created), which undoes it.
    """
    existing = find_period_update(db, action_id, period)
    if existing is None:
        return record_progress(db, action_id, period, values), None
    return existing, editing.update(db, "progress_update", existing, values)


IndicatorActual = tuple[bool, float | None, str]  # (recorded?, value or None = no data, note)


def get_indicator_value(
    db: PlanDatabase, indicator_id: int, year: int, quarter: int
) -> IndicatorActual:
    v = m.IndicatorValue
    with db.reading() as session:
        row = session.execute(
            select(v.value, v.note).where(
                v.indicator_id == indicator_id, v.fiscal_year == year, v.quarter == quarter
            )
        ).first()
    return (False, None, "") if row is None else (True, row.value, row.note)


def set_indicator_value(
    db: PlanDatabase,
    indicator_id: int,
    year: int,
    quarter: int,
    value: object,
    note: str = "",
    *,
    recorded: bool = True,
) -> IndicatorActual:
    """Record an actual for a period (quarter 0 = the whole year); `value` None or empty
    is an explicit "no data". With `recorded=False` the period's entry is removed.
    Returns what was there before."""
    number = clean_float(value, "Actual value", field="value")
    note_text = clean_text(note, "Note", field="note", max_length=2000)
    if not 0 <= quarter <= 4:
        raise UserError("Quarter must be 0 (whole year) or 1 to 4.", field="quarter")
    v = m.IndicatorValue
    with db.transaction() as session:
        audit.track(session)
        indicator = session.get(m.Indicator, indicator_id)
        if indicator is None:
            raise UserError("That indicator no longer exists.")
        plan = session.get(m.Plan, indicator.plan_id)
        assert plan is not None
        if not plan.first_year <= year <= plan.last_year:
            raise UserError(
                f"{fiscal_year_label(year)} is outside the plan's years "
                f"({fiscal_year_label(plan.first_year)} to {fiscal_year_label(plan.last_year)}).",
                field="fiscal_year",
            )
        row = session.scalar(
            select(v).where(
                v.indicator_id == indicator_id, v.fiscal_year == year, v.quarter == quarter
            )
        )
        before: IndicatorActual = (False, None, "") if row is None else (True, row.value, row.note)
        if not recorded:
            if row is not None:
                audit.record(
                    session,
                    [Change("delete", "indicator_value", row.id, "", _period_text(year, quarter))],
                )
            session.execute(
                delete(v).where(
                    v.indicator_id == indicator_id, v.fiscal_year == year, v.quarter == quarter
                )
            )
        elif row is None:
            session.add(
                v(
                    indicator_id=indicator_id,
                    fiscal_year=year,
                    quarter=quarter,
                    value=number,
                    note=note_text,
                    recorded_on=date.today(),
                )
            )
        else:
            row.value, row.note, row.recorded_on = number, note_text, date.today()
        return before


def _period_text(year: int, quarter: int) -> str:
    return fiscal_year_label(year) + (f" Q{quarter}" if quarter else "")
