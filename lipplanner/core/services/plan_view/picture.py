"""`PlanView`: the whole plan for one reporting period, with the lookups and roll-ups
the UI, the reports and the CLI share. The loaders in this package fill it."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from lipplanner.core.collector import collector_paused
from lipplanner.core.periods import Period
from lipplanner.core.progress import ActionState, RollUp, roll_up
from lipplanner.core.services.plan_view.values import (
    ActionHealth,
    ActionView,
    BodyView,
    IndicatorView,
    NarrativeView,
    ObjectiveView,
    PartnershipView,
    PartnerView,
    PlanInfo,
    PracticeView,
    PriorityView,
    StatusView,
    TermView,
)


@dataclass(frozen=True)
class PlanView:
    partnership: PartnershipView
    plan: PlanInfo
    period: Period
    as_of: date
    statuses: dict[int, StatusView]
    terms: dict[int, TermView]
    bodies: dict[int, BodyView]
    partners: Mapping[int, PartnerView]  # these three are `Deferred` in a full load
    priorities: dict[int, PriorityView]
    objectives: dict[int, ObjectiveView]
    actions: dict[int, ActionView]
    health: dict[int, ActionHealth]
    indicators: Mapping[int, IndicatorView]
    practices: Mapping[int, PracticeView]
    # priority id → its narrative for the period (a year: the year's, else its last quarter's)
    narratives: dict[int, NarrativeView] = field(default_factory=dict, hash=False)

    # -- lookups ------------------------------------------------------------------------
    def status_by_key(self, key: str) -> StatusView | None:
        return next((s for s in self.statuses.values() if s.key == key), None)

    def vocabulary(self, name: str) -> list[TermView]:
        return sorted(
            (t for t in self.terms.values() if t.vocabulary == name),
            key=lambda t: (t.position, t.id),
        )

    def term_label(self, term_id: int | None, lang: str = "en") -> str:
        return self.terms[term_id].label(lang) if term_id in self.terms else ""

    def partner_name(self, partner_id: int | None, lang: str = "en") -> str:
        partner = None if partner_id is None else self.partners.get(partner_id)
        return partner.name(lang) if partner is not None else ""

    def body_name(self, body_id: int | None, lang: str = "en") -> str:
        return self.bodies[body_id].name(lang) if body_id in self.bodies else ""

    @cached_property
    def ordered_priorities(self) -> list[PriorityView]:
        return sorted(self.priorities.values(), key=lambda p: (p.position, p.id))

    @cached_property
    def _objectives_by_priority(self) -> dict[int, list[ObjectiveView]]:
        grouped: dict[int, list[ObjectiveView]] = defaultdict(list)
        for objective in sorted(self.objectives.values(), key=lambda o: (o.position, o.id)):
            grouped[objective.priority_id].append(objective)
        return grouped

    @cached_property
    def _actions_by_objective(self) -> dict[int, list[ActionView]]:
        grouped: dict[int, list[ActionView]] = defaultdict(list)
        for action in sorted(self.actions.values(), key=lambda a: (a.position, a.id)):
            grouped[action.objective_id].append(action)
        return grouped

    def objectives_of(self, priority_id: int) -> list[ObjectiveView]:
        return self._objectives_by_priority.get(priority_id, [])

    def actions_of(self, objective_id: int) -> list[ActionView]:
        return self._actions_by_objective.get(objective_id, [])

    def actions_of_priority(self, priority_id: int) -> list[ActionView]:
        return [a for o in self.objectives_of(priority_id) for a in self.actions_of(o.id)]

    @cached_property
    def ordered_actions(self) -> list[ActionView]:
        """Actions in plan order: by priority, objective, then position."""
        return [a for p in self.ordered_priorities for a in self.actions_of_priority(p.id)]

    @cached_property
    def action_positions(self) -> dict[int, int]:
        """Each action's index in `ordered_actions` (so a patch finds its rows)."""
        return {a.id: n for n, a in enumerate(self.ordered_actions)}

    @property
    def current_year(self) -> int:
        """The fiscal year of the annual action plan in effect: the one the last
        roll-over started, or before any roll-over the period's year within the plan."""
        if self.plan.current_year is not None:
            return self.plan.current_year
        return min(max(self.period.year, self.plan.first_year), self.plan.last_year)

    def open_actions(self) -> list[ActionView]:
        """Actions in plan order that no roll-over has closed."""
        return [a for a in self.ordered_actions if a.closed_year is None]

    def annual_plan(self, year: int | None = None) -> list[ActionView]:
        """The annual action plan of fiscal `year` (default: the year in effect), in plan
        order: what a view shows when the coordinator hides closed actions."""
        wanted = self.current_year if year is None else year
        return [a for a in self.ordered_actions if a.in_annual_plan(wanted)]

    def current_status(self, action_id: int) -> StatusView:
        return self.statuses[self.health[action_id].status_id]

    # -- roll-ups -----------------------------------------------------------------------
    @cached_property
    def _action_states(self) -> dict[int, ActionState]:
        """Each action's state for the roll-ups, built once: the Plan tree rolls up
        every objective and priority (at 20,000 actions, 2 s when rebuilt per group)."""
        infos = {status_id: status.info for status_id, status in self.statuses.items()}
        with collector_paused():  # one plain value per action, none in a cycle
            return {
                action_id: ActionState(
                    infos[health.status_id], health.percent_complete, health.overdue, health.stale
                )
                for action_id, health in self.health.items()
            }

    def _states(self, actions: Iterable[ActionView]) -> list[ActionState]:
        states = self._action_states
        return [states[action.id] for action in actions]

    def rollup_objective(self, objective_id: int) -> RollUp:
        return roll_up(self._states(self.actions_of(objective_id)))

    def rollup_priority(self, priority_id: int) -> RollUp:
        return roll_up(self._states(self.actions_of_priority(priority_id)))

    def rollup_plan(self) -> RollUp:
        return roll_up(self._states(self.actions.values()))

    def rollup_of(self, actions: Iterable[ActionView]) -> RollUp:
        return roll_up(self._states(actions))

    @cached_property
    def led_by(self) -> dict[int, list[int]]:
        led: dict[int, list[int]] = defaultdict(list)
        for action in self.ordered_actions:
            if action.lead_partner_id is not None:
                led[action.lead_partner_id].append(action.id)
        return led

    @cached_property
    def supported_by(self) -> dict[int, list[int]]:
        supported: dict[int, list[int]] = defaultdict(list)
        for action in self.ordered_actions:
            for partner_id in action.supporting_ids:
                supported[partner_id].append(action.id)
        return supported
