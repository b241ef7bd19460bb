"""Roll-up and health rules: pure functions over plain values, no database.

The rules (also printed on the report's Definitions sheet):

* An action's **current state** for a period is its latest progress update up to the
  end of that period (latest quarter first, then the latest report date, then the
  latest entry); with no update yet, the status and percent set on the action itself.
* **Before its start**: for a period that ends before an action's start date, an action
  with no update up to then is *Not started* at 0 % (the status set on the action is
  today's, and would otherwise leak into past periods).
* **Overdue**: the end date has passed (as of the end of the period, or today if that
  is earlier) and the action is neither completed nor discontinued.
* **Stale**: an action that should be reporting (started by the end of the period, not
  completed or discontinued) has no progress update in the period.
* **Roll-up** of an objective, priority or the whole plan, over its actions except the
  discontinued ones: percent complete is the mean of their percents (a completed action
  counts as 100 %; ongoing activities have no end point and are left out of the mean);
  the status is *Completed* when all are completed, otherwise the worst
  (most severe) status among the actions under way, else *Ongoing* if any is ongoing,
  else *Not started*.
* **Variance** of an indicator = actual − target; the target is **met** when the actual
  reaches it in the indicator's direction (≥ for "increase", ≤ for "decrease", equal
  within 0.5 % of the target for "maintain").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from lipplanner.core.periods import Period, quarter_key

T = TypeVar("T", bound="UpdateStamp")

CLOSED_KINDS = frozenset({"completed", "discontinued"})


@dataclass(frozen=True)
class StatusInfo:
    """What the rules need to know about a status (from the configurable list)."""

    key: str
    kind: str
    severity: int = 0
    position: int = 0


@dataclass(frozen=True)
class UpdateStamp:
    """The ordering facts of one progress update."""

    fiscal_year: int
    quarter: int
    reported_on: date | None
    entry: int  # the row id: later entries win ties

    @property
    def order(self) -> tuple[int, date, int]:
        return (
            quarter_key(self.fiscal_year, self.quarter),
            self.reported_on or date.min,
            self.entry,
        )


def latest_update(updates: Iterable[T], period: Period) -> T | None:
    """The update that gives an action's state at the end of `period`."""
    limit = period.key
    best: T | None = None
    for update in updates:
        if quarter_key(update.fiscal_year, update.quarter) > limit:
            continue
        if best is None or update.order > best.order:
            best = update
    return best


def starts_later(start_date: date | None, period: Period) -> bool:
    """Whether an action starts only after the end of `period`."""
    return start_date is not None and start_date > period.end


def as_of_date(period: Period, today: date) -> date:
    """The day overdue is judged on: the end of the period, or today if earlier."""
    return min(period.end, today)


def is_overdue(end_date: date | None, status: StatusInfo, as_of: date) -> bool:
    return end_date is not None and end_date < as_of and status.kind not in CLOSED_KINDS


def is_stale(
    start_date: date | None, status: StatusInfo, period: Period, has_update_in_period: bool
) -> bool:
    if has_update_in_period or status.kind in CLOSED_KINDS:
        return False
    return start_date is None or start_date <= period.end


@dataclass(frozen=True)
class ActionState:
    status: StatusInfo
    percent: int
    overdue: bool = False
    stale: bool = False


@dataclass(frozen=True)
class RollUp:
    """The health of a group of actions."""

    actions: int  # all actions, discontinued included
    counted: int  # the actions the roll-up is computed over
    percent: float | None  # None when nothing with an end point is counted
    status_key: str | None  # None when nothing is counted
    by_status: dict[str, int]
    overdue: int
    stale: int

    @property
    def on_track_share(self) -> float | None:
        """Share of counted actions that are on track, ongoing or completed."""
        if not self.counted:
            return None
        good = sum(
            n for key, n in self.by_status.items() if key in ("on_track", "ongoing", "completed")
        )
        return good / self.counted


def roll_up(states: Sequence[ActionState]) -> RollUp:
    by_status = Counter(state.status.key for state in states)
    counted = [s for s in states if s.status.kind != "discontinued"]
    overdue = sum(s.overdue for s in states)
    stale = sum(s.stale for s in states)
    if not counted:
        return RollUp(len(states), 0, None, None, dict(by_status), overdue, stale)
    finite = [s for s in counted if s.status.kind != "ongoing"]
    percent = (
        (sum(100 if s.status.kind == "completed" else s.percent for s in finite) / len(finite))
        if finite
        else None
    )
    return RollUp(
        len(states), len(counted), percent, _rolled_status(counted), dict(by_status), overdue, stale
    )


def _rolled_status(counted: Sequence[ActionState]) -> str:
    if all(s.status.kind == "completed" for s in counted):
        return next(s.status.key for s in counted)
    active = [s.status for s in counted if s.status.kind == "active"]
    if active:
        worst = max(active, key=lambda st: (st.severity, -st.position))
        return worst.key
    ongoing = [s.status for s in counted if s.status.kind == "ongoing"]
    if ongoing:
        return ongoing[0].key
    not_started = [s.status for s in counted if s.status.kind == "not_started"]
    if not_started:
        return not_started[0].key
    # Only completed and some other kind remain: the plan is partly done.
    return next(s.status.key for s in counted if s.status.kind != "completed")


@dataclass(frozen=True)
class Variance:
    actual: float | None
    target: float | None
    variance: float | None  # actual − target
    met: bool | None  # None when there is no actual or no target


def indicator_variance(
    actual: float | None, target: float | None, direction: str = "increase"
) -> Variance:
    if actual is None or target is None:
        return Variance(actual, target, None, None)
    variance = actual - target
    if direction == "decrease":
        met = actual <= target
    elif direction == "maintain":
        met = abs(variance) <= abs(target) * 0.005
    else:
        met = actual >= target
    return Variance(actual, target, variance, met)
