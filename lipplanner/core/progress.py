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
* **Indicator pace**: an indicator's latest actual up to the end of the period is judged
  against the straight path from its baseline (at the baseline date) to its target (at
  the target date), at the end of the period the value was recorded for: Met when the
  target is reached; On pace when the value is at or beyond the path; Behind when it
  falls short of the path (or the target date has passed without the target met); Not
  yet due when no value is expected yet (the first measurement after the baseline is
  not due) or there is no path to judge against; No data when a value was due and none
  was recorded.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from lipplanner.core.periods import Period, quarter_key

# Months between two measurements of an indicator, by its frequency.
FREQUENCY_MONTHS = {"monthly": 1, "quarterly": 3, "semi-annual": 6, "annual": 12}

T = TypeVar("T", bound="UpdateStamp")

CLOSED_KINDS = frozenset({"completed", "discontinued"})

# What a quarter's progress update holds besides its action and quarter: the form's
# fields, the stored columns and the read model's values, in this order.
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


# Slotted: a roll-up holds one ActionState per action (20,000 in a big plan), each
# then without a __dict__ of its own.
@dataclass(frozen=True, slots=True)
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


@dataclass(frozen=True, slots=True)
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


def action_percent(status: StatusInfo, percent: int) -> int | None:
    """The percent complete an action shows: 100 once completed; none for an ongoing
    activity, which has no end point (the same rule the roll-up applies)."""
    if status.kind == "completed":
        return 100
    if status.kind == "ongoing":
        return None
    return percent


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


# The verdicts of `judge_indicator`, from best to worst news.
MET, ON_PACE, NOT_YET_DUE, BEHIND, NO_DATA = "met", "on_pace", "not_yet_due", "behind", "no_data"


@dataclass(frozen=True)
class IndicatorJudgement:
    """How an indicator stands at the end of a period."""

    verdict: str  # MET, ON_PACE, BEHIND, NOT_YET_DUE or NO_DATA
    expected: float | None  # the value on the path at the actual's date
    progress: float | None  # share of the way from baseline to target (1.0 = target)


def _reaches(value: float, goal: float, direction: str) -> bool:
    if direction == "decrease":
        return value <= goal
    if direction == "maintain":
        return abs(value - goal) <= abs(goal) * 0.005
    return value >= goal


def expected_on_path(
    baseline: float, baseline_date: date, target: float, target_date: date, on: date
) -> float:
    """The value on the straight path from baseline to target on day `on` (the target
    itself once the target date has passed, the baseline before the baseline date)."""
    span = (target_date - baseline_date).days
    if span <= 0 or on >= target_date:
        return target
    share = max(0.0, (on - baseline_date).days / span)
    return baseline + (target - baseline) * share


def judge_indicator(
    *,
    baseline: float | None,
    baseline_date: date | None,
    target: float | None,
    target_date: date | None,
    direction: str,
    frequency: str,
    actual: float | None,
    actual_date: date | None,
    as_of: date,
) -> IndicatorJudgement:
    """Judge an indicator's latest `actual` (recorded for the period ending on
    `actual_date`) as of `as_of`, by the pace rule of this module."""
    progress: float | None = None
    if actual is not None and baseline is not None and target is not None and target != baseline:
        progress = (actual - baseline) / (target - baseline)
    if actual is None or actual_date is None:
        months = FREQUENCY_MONTHS.get(frequency, 12)
        first_due = _add_months(baseline_date, months) if baseline_date else None
        due = first_due is None or first_due <= as_of
        return IndicatorJudgement(NO_DATA if due else NOT_YET_DUE, None, None)
    if target is None:
        return IndicatorJudgement(NOT_YET_DUE, None, progress)
    if _reaches(actual, target, direction):
        return IndicatorJudgement(MET, target, progress)
    if target_date is not None and as_of >= target_date and actual_date >= target_date:
        return IndicatorJudgement(BEHIND, target, progress)
    if baseline is None or baseline_date is None or target_date is None:
        return IndicatorJudgement(NOT_YET_DUE, None, progress)
    expected = expected_on_path(baseline, baseline_date, target, target_date, actual_date)
    if direction == "maintain":
        on_pace = _reaches(actual, target, direction)
    else:
        on_pace = _reaches(actual, expected, direction)
    return IndicatorJudgement(ON_PACE if on_pace else BEHIND, expected, progress)


def _add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    # Clamp to the month's last day (a March 31 baseline is measured on June 30).
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")
