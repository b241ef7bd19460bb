"""Roll-over: start the next fiscal year's annual action plan.

The model (schema 0003). A plan spans several fiscal years and each April the
partnership works to a new *annual action plan*. An action is not copied into each
year: it stays one row, so its progress history, indicators and links stay whole, and
records instead

* `action.closed_year` — the fiscal year in whose annual plan it was closed because it
  was completed or discontinued (NULL while it is open);
* `action.carried_from_year` — the fiscal year it was last carried over from;

while `plan.current_year` records the annual plan in effect. The annual action plan of
year Y is then the actions not closed before Y that have started by the end of Y
(`ActionView.in_annual_plan`). Indicators keep their baselines and targets; their
actuals stay with the periods they were recorded for, so nothing needs copying.

Rolling over from Y to Y+1 closes the actions whose state at the end of Y (their latest
progress update up to Y's fourth quarter) is completed or discontinued, marks the other
open actions of Y's plan as carried over, reopens (and carries) a closed action that a
later update reports under way again, and makes Y+1 the year in effect. If Y+1 is
beyond the plan's last year the coordinator may extend the plan by that year. One
transaction does it all; `undo_rollover` puts back exactly what it changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from lipplanner.core import models as m
from lipplanner.core.db import PlanDatabase, audit
from lipplanner.core.errors import UserError
from lipplanner.core.periods import Period, fiscal_year_label
from lipplanner.core.progress import CLOSED_KINDS
from lipplanner.core.services.plan_view import ActionView, PlanView, load_plan_view, pick

# Codes listed in a warning before "and N more".
_LISTED_CODES = 8


@dataclass(frozen=True)
class CarriedIndicator:
    """An indicator that goes with a carried action: its baseline and target."""

    code: str
    name_en: str
    name_fr: str
    unit: str
    baseline_value: float | None
    target_value: float | None
    target_date: date | None

    def name(self, lang: str = "en") -> str:
        return pick(self.name_en, self.name_fr, lang)


@dataclass(frozen=True)
class RolloverItem:
    """One action in the preview, with its state at the end of the year rolled over."""

    action_id: int
    code: str
    title_en: str
    title_fr: str
    status_key: str
    status_en: str
    status_fr: str
    percent_complete: int
    end_date: date | None
    # For a closed action: the fiscal year whose annual plan it is closed in.
    closed_year: int | None
    indicators: tuple[CarriedIndicator, ...] = ()

    def title(self, lang: str = "en") -> str:
        return pick(self.title_en, self.title_fr, lang)

    def status(self, lang: str = "en") -> str:
        return pick(self.status_en, self.status_fr, lang)


@dataclass(frozen=True)
class RolloverPreview:
    """What `apply_rollover` would do; nothing has changed yet."""

    plan_id: int
    from_year: int
    # The plan as the preview saw it: apply refuses if it has changed since.
    previous_current_year: int | None
    last_year: int
    open_action_ids: frozenset[int]
    carried: tuple[RolloverItem, ...]
    closed: tuple[RolloverItem, ...]
    # Open actions that start after the year rolled over: they join a later plan.
    later: tuple[RolloverItem, ...]
    warnings: tuple[str, ...]
    # The facts behind the warnings, for interfaces that word them in their language:
    # carried actions due to end by the end of the year, and those not reported in Q4.
    past_end_codes: tuple[str, ...] = ()
    unreported_codes: tuple[str, ...] = ()
    # Closed actions a later update reports under way again: carried over and reopened.
    # Their `closed_year` is the one they had, which apply checks is unchanged.
    reopened: tuple[RolloverItem, ...] = ()

    @property
    def to_year(self) -> int:
        return self.from_year + 1

    @property
    def needs_extension(self) -> bool:
        """Whether the next year lies beyond the plan's last year."""
        return self.to_year > self.last_year

    @property
    def extension_message(self) -> str:
        if not self.needs_extension:
            return ""
        return (
            f"{fiscal_year_label(self.to_year)} is beyond the plan’s last year "
            f"({fiscal_year_label(self.last_year)}): the plan must be extended by one year "
            "to start it."
        )


@dataclass(frozen=True)
class RolloverUndo:
    """Everything a roll-over changed, to put it back."""

    plan_id: int
    from_year: int
    previous_current_year: int | None
    previous_last_year: int
    new_last_year: int
    # (action id, closed_year before, carried_from_year before)
    previous_actions: tuple[tuple[int, int | None, int | None], ...]
    closed_ids: tuple[int, ...]
    carried_ids: tuple[int, ...]
    reopened_ids: tuple[int, ...] = ()

    @property
    def to_year(self) -> int:
        return self.from_year + 1


def _codes(items: list[ActionView]) -> str:
    codes = [a.code for a in items[:_LISTED_CODES]]
    more = len(items) - len(codes)
    return ", ".join(codes) + (f" and {more} more" if more > 0 else "")


def _count(items: list[ActionView]) -> str:
    return "1 action" if len(items) == 1 else f"{len(items)} actions"


def _were(items: list[ActionView]) -> str:
    return "was" if len(items) == 1 else "were"


def _check_year(view: PlanView, from_year: int) -> None:
    plan = view.plan
    label = fiscal_year_label(from_year)
    if not plan.first_year <= from_year <= plan.last_year:
        raise UserError(
            f"{label} is not a year of the plan ({fiscal_year_label(plan.first_year)} "
            f"to {fiscal_year_label(plan.last_year)}).",
            field="from_year",
        )
    current = plan.current_year
    if current is not None and from_year < current:
        raise UserError(
            f"{label} has already been rolled over: the annual action plan of "
            f"{fiscal_year_label(current)} is in effect.",
            field="from_year",
        )
    if current is not None and from_year > current:
        raise UserError(
            f"The annual action plan in effect is {fiscal_year_label(current)}; "
            f"start {fiscal_year_label(current + 1)} before {fiscal_year_label(from_year + 1)}.",
            field="from_year",
        )


def preview_rollover(db: PlanDatabase, from_year: int) -> RolloverPreview:
    """What starting fiscal year `from_year + 1` would carry over and close.

    Raises `UserError` if `from_year` is not a year of the plan or not the annual plan
    in effect. A next year beyond the plan's end is not refused here: the preview says
    so (`needs_extension`) and `apply_rollover` needs `extend_plan=True`.
    """
    year = Period(from_year)
    view = load_plan_view(db, year, today=year.end)
    _check_year(view, from_year)
    open_actions = view.open_actions()
    carried: list[RolloverItem] = []
    closed: list[RolloverItem] = []
    later: list[RolloverItem] = []
    past_end: list[ActionView] = []
    unreported: list[ActionView] = []
    for action in open_actions:
        health = view.health[action.id]
        status = view.statuses[health.status_id]
        if not action.in_annual_plan(from_year):
            later.append(_item(view, action, None))
        elif status.kind in CLOSED_KINDS:
            # Closed in the year its closing update was reported (not later), so the
            # plan of a year never shows an action finished the year before.
            reported = health.latest.fiscal_year if health.latest else from_year
            closed.append(_item(view, action, min(reported, from_year)))
        else:
            carried.append(_item(view, action, None, with_indicators=True))
            if action.end_date is not None and action.end_date <= year.end:
                past_end.append(action)
            latest = health.latest
            if status.kind != "not_started" and (
                latest is None or (latest.fiscal_year, latest.quarter) != (from_year, 4)
            ):
                unreported.append(action)
    reopened = [
        _item(view, action, action.closed_year, with_indicators=True)
        for action in view.ordered_actions
        if action.closed_year is not None
        and action.closed_year <= from_year
        and view.statuses[view.health[action.id].status_id].kind not in CLOSED_KINDS
    ]
    warnings: list[str] = []
    end_label = f"{fiscal_year_label(from_year)}"
    if past_end:
        warnings.append(
            f"{_count(past_end)} carried over {_were(past_end)} due to end by the end of "
            f"{end_label}: {_codes(past_end)}. "
            + ("Give it a new end date." if len(past_end) == 1 else "Give them new end dates.")
        )
    if unreported:
        warnings.append(
            f"{_count(unreported)} carried over {'has' if len(unreported) == 1 else 'have'} "
            f"no progress update for the last quarter of {end_label}, so "
            f"{'its' if len(unreported) == 1 else 'their'} status may be out of date: "
            f"{_codes(unreported)}. Import the partners’ updates first if you have them."
        )
    return RolloverPreview(
        plan_id=view.plan.id,
        from_year=from_year,
        previous_current_year=view.plan.current_year,
        last_year=view.plan.last_year,
        open_action_ids=frozenset(a.id for a in open_actions),
        carried=tuple(carried),
        closed=tuple(closed),
        later=tuple(later),
        warnings=tuple(warnings),
        past_end_codes=tuple(a.code for a in past_end),
        unreported_codes=tuple(a.code for a in unreported),
        reopened=tuple(reopened),
    )


def _item(
    view: PlanView, action: ActionView, closed_year: int | None, *, with_indicators: bool = False
) -> RolloverItem:
    health = view.health[action.id]
    status = view.statuses[health.status_id]
    indicators = (
        tuple(
            CarriedIndicator(
                i.code,
                i.name_en,
                i.name_fr,
                i.unit,
                i.baseline_value,
                i.target_value,
                i.target_date,
            )
            for i in view.indicators.values()
            if i.action_id == action.id
        )
        if with_indicators
        else ()
    )
    return RolloverItem(
        action.id,
        action.code,
        action.title_en,
        action.title_fr,
        status.key,
        status.label_en,
        status.label_fr,
        health.percent_complete,
        action.end_date,
        closed_year,
        indicators,
    )


_CHANGED = (
    "The plan has changed since the preview was made; look at the preview again "
    "before starting the new year."
)


def apply_rollover(
    db: PlanDatabase, preview: RolloverPreview, *, extend_plan: bool = False
) -> RolloverUndo:
    """Start fiscal year `preview.to_year` as the preview describes, in one transaction.

    Refuses (nothing changed) if the plan changed since the preview, or if the new year
    is beyond the plan's end and `extend_plan` is not given.
    """
    if preview.needs_extension and not extend_plan:
        raise UserError(preview.extension_message, field="extend_plan")
    with db.transaction() as session:
        audit.track(session)  # the year in effect and each action's marks, in the history
        plan = session.get(m.Plan, preview.plan_id)
        if plan is None:
            raise UserError("The plan of this preview is no longer in the file.")
        open_ids = set(
            session.scalars(
                select(m.Action.id).where(
                    m.Action.plan_id == plan.id, m.Action.closed_year.is_(None)
                )
            )
        )
        touched = {i.action_id: i for i in (*preview.closed, *preview.carried, *preview.reopened)}
        actions = {
            a.id: a for a in session.scalars(select(m.Action).where(m.Action.id.in_(list(touched))))
        }
        if (
            plan.current_year != preview.previous_current_year
            or plan.last_year != preview.last_year
            or open_ids != preview.open_action_ids
            or len(actions) != len(touched)
            or any(actions[i.action_id].closed_year != i.closed_year for i in preview.reopened)
        ):
            raise UserError(_CHANGED)
        previous = tuple(
            (a.id, a.closed_year, a.carried_from_year)
            for a in sorted(actions.values(), key=lambda a: a.id)
        )
        for item in preview.closed:
            actions[item.action_id].closed_year = item.closed_year
        for item in preview.carried:
            actions[item.action_id].carried_from_year = preview.from_year
        for item in preview.reopened:
            actions[item.action_id].closed_year = None
            actions[item.action_id].carried_from_year = preview.from_year
        previous_last_year = plan.last_year
        if preview.needs_extension:
            plan.last_year = preview.to_year
        plan.current_year = preview.to_year
        return RolloverUndo(
            plan_id=plan.id,
            from_year=preview.from_year,
            previous_current_year=preview.previous_current_year,
            previous_last_year=previous_last_year,
            new_last_year=plan.last_year,
            previous_actions=previous,
            closed_ids=tuple(i.action_id for i in preview.closed),
            carried_ids=tuple(i.action_id for i in preview.carried),
            reopened_ids=tuple(i.action_id for i in preview.reopened),
        )


def undo_rollover(db: PlanDatabase, undo: RolloverUndo) -> None:
    """Put back the annual plan in effect, the plan's years and every action's marks."""
    with db.transaction() as session:
        audit.track(session)
        plan = session.get(m.Plan, undo.plan_id)
        if plan is None or plan.current_year != undo.to_year:
            raise UserError(
                f"The start of {fiscal_year_label(undo.to_year)} cannot be undone: the plan "
                "has moved on since."
            )
        actions = {
            a.id: a
            for a in session.scalars(
                select(m.Action).where(m.Action.id.in_([row[0] for row in undo.previous_actions]))
            )
        }
        for action_id, closed_year, carried_from_year in undo.previous_actions:
            action = actions.get(action_id)
            if action is None:  # deleted since; nothing of it left to put back
                continue
            action.closed_year = closed_year
            action.carried_from_year = carried_from_year
        plan.current_year = undo.previous_current_year
        if plan.last_year == undo.new_last_year:
            plan.last_year = undo.previous_last_year
