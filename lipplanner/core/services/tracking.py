"""Recording quarterly progress and indicator actuals."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from lipplanner.core import models as m
from lipplanner.core.db import PlanDatabase, audit
from lipplanner.core.db.audit import Change
from lipplanner.core.errors import ConflictError, UserError
from lipplanner.core.messages import say
from lipplanner.core.periods import Period, fiscal_year_label
from lipplanner.core.progress import UPDATE_FIELDS
from lipplanner.core.services import editing
from lipplanner.core.services.specs import ENTITIES
from lipplanner.core.services.validation import clean_float, clean_text


@dataclass(frozen=True)
class Seen:
    """The row a form was filled from: its id and version, or (None, None) when there
    was none yet. Saving with it refuses to overwrite a change made since."""

    id: int | None = None
    version: int | None = None


def find_period_update(db: PlanDatabase, action_id: int, period: Period) -> int | None:
    """The id of the action's latest update in `period` (a quarter), if any."""
    if period.quarter is None:
        raise UserError(say("Progress is recorded per quarter; choose a quarter."))
    with db.reading() as session:
        return _period_update(session, action_id, period)


def _period_update(session: Session, action_id: int, period: Period) -> int | None:
    u = m.ProgressUpdate
    return session.scalar(
        select(u.id)
        .where(u.action_id == action_id, u.fiscal_year == period.year, u.quarter == period.quarter)
        .order_by(u.reported_on.desc().nulls_last(), u.id.desc())
        .limit(1)
    )


def period_update_seen(
    db: PlanDatabase, action_id: int, period: Period
) -> tuple[Seen, dict[str, Any]]:
    """The quarter's update as a form shows it: what it holds (empty when there is
    none) and the `Seen` to save it with."""
    with db.reading() as session:
        found = _period_update(session, action_id, period)
        if found is None:
            return Seen(), {}
        row = session.get(m.ProgressUpdate, found)
        assert row is not None
        values = {name: getattr(row, name) for name in UPDATE_FIELDS}
        return Seen(found, row.version), values


def record_progress(
    db: PlanDatabase, action_id: int, period: Period, values: Mapping[str, Any]
) -> int:
    """Add a progress update for a quarter; a second one for the same quarter is kept
    as a later entry and becomes the quarter's update."""
    if period.quarter is None:
        raise UserError(say("Progress is recorded per quarter; choose a quarter."))
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
    db: PlanDatabase,
    action_id: int,
    period: Period,
    values: Mapping[str, Any],
    *,
    seen: Seen | None = None,
) -> tuple[int, dict[str, Any] | None]:
    """Create the quarter's update, or change it if there is one.

    With `seen` (what the form was filled from), an update added or changed by someone
    else meanwhile raises `ConflictError` instead of being overwritten; the check and
    the write are one transaction. Returns (update id, previous values — None when it
    was created), which undoes it.
    """
    if period.quarter is None:
        raise UserError(say("Progress is recorded per quarter; choose a quarter."))
    unknown = set(values) - set(UPDATE_FIELDS)
    if unknown:
        raise UserError(f"A progress update has no field {', '.join(sorted(unknown))}.")
    spec = ENTITIES["progress_update"]
    with db.transaction() as session:
        # On a server, two first saves of a quarter queue here instead of both adding one.
        session.execute(select(m.Action.id).where(m.Action.id == action_id).with_for_update())
        existing = _period_update(session, action_id, period)
        if seen is not None and existing != seen.id:
            theirs = session.get(m.ProgressUpdate, existing) if existing is not None else None
            raise ConflictError(
                say(
                    "Someone else saved this quarter's update since you opened it; "
                    "nothing was saved."
                ),
                theirs={} if theirs is None else {k: getattr(theirs, k) for k in UPDATE_FIELDS},
            )
        if existing is None:
            data = {
                "reported_on": date.today(),
                **values,
                "action_id": action_id,
                "fiscal_year": period.year,
                "quarter": period.quarter,
            }
            return editing.create_in(session, spec, data), None
        expected = seen.version if seen is not None else None
        previous = editing.update_in(session, spec, existing, values, expected_version=expected)
        return existing, previous


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
    seen: Seen | None = None,
) -> IndicatorActual:
    """Record an actual for a period (quarter 0 = the whole year); `value` None or empty
    is an explicit "no data". With `recorded=False` the period's entry is removed.
    With `seen` (what the form showed), an entry added, changed or removed by someone
    else meanwhile raises `ConflictError` instead. Returns what was there before."""
    number = clean_float(value, "Actual value", field="value")
    note_text = clean_text(note, "Note", field="note", max_length=2000)
    if not 0 <= quarter <= 4:
        raise UserError(say("Quarter must be 0 (whole year) or 1 to 4."), field="quarter")
    v = m.IndicatorValue
    with db.transaction() as session:
        audit.track(session)
        # On a server, two first actuals of a period queue here instead of clashing.
        indicator = session.get(m.Indicator, indicator_id, with_for_update=True)
        if indicator is None:
            raise UserError(say("That indicator no longer exists."))
        plan = session.get(m.Plan, indicator.plan_id)
        assert plan is not None
        if not plan.first_year <= year <= plan.last_year:
            raise UserError(
                say(
                    "{year} is outside the plan's years ({first} to {last}).",
                    year=fiscal_year_label(year),
                    first=fiscal_year_label(plan.first_year),
                    last=fiscal_year_label(plan.last_year),
                ),
                field="fiscal_year",
            )
        row = session.scalar(
            select(v).where(
                v.indicator_id == indicator_id, v.fiscal_year == year, v.quarter == quarter
            )
        )
        before: IndicatorActual = (False, None, "") if row is None else (True, row.value, row.note)
        if seen is not None and (
            (None if row is None else row.id) != seen.id
            or (row is not None and row.version != seen.version)
        ):
            raise ConflictError(
                say("Someone else recorded this actual since you opened it; nothing was saved."),
                theirs={"recorded": before[0], "value": before[1], "note": before[2]},
            )
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
            changes = {"value": number, "note": note_text, "recorded_on": date.today()}
            old = {"value": row.value, "note": row.note}
            editing.write_checked(session, v, "actual", row.id, row.version, changes)
            audit.record(
                session,
                [
                    Change("update", "indicator_value", row.id, k, old[k], changes[k])
                    for k in old
                    if old[k] != changes[k]
                ],
            )
        return before


def _period_text(year: int, quarter: int) -> str:
    return fiscal_year_label(year) + (f" Q{quarter}" if quarter else "")


def indicator_value_seen(
    db: PlanDatabase, indicator_id: int, year: int, quarter: int
) -> tuple[Seen, IndicatorActual]:
    """An indicator's actual for a period as a form shows it, with the `Seen` to record
    the next one with."""
    v = m.IndicatorValue
    with db.reading() as session:
        row = session.execute(
            select(v.id, v.version, v.value, v.note).where(
                v.indicator_id == indicator_id, v.fiscal_year == year, v.quarter == quarter
            )
        ).first()
    if row is None:
        return Seen(), (False, None, "")
    return Seen(int(row.id), int(row.version)), (True, row.value, row.note)
