"""A read-only picture of the whole plan for one reporting period, loaded in a few
bulk queries, as plain frozen values the UI, the reports and the CLI share."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import cached_property
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lipplanner.core import models as m
from lipplanner.core.db import PlanDatabase
from lipplanner.core.errors import UserError
from lipplanner.core.periods import Period
from lipplanner.core.progress import (
    ActionState,
    RollUp,
    StatusInfo,
    as_of_date,
    is_overdue,
    is_stale,
    roll_up,
    starts_later,
)
from lipplanner.core.services.latest import latest_updates


def pick(en: str, fr: str, lang: str) -> str:
    """The name in the wanted language, falling back to the other one."""
    return (fr or en) if lang == "fr" else (en or fr)


@dataclass(frozen=True)
class StatusView:
    id: int
    key: str
    label_en: str
    label_fr: str
    kind: str
    severity: int
    colour: str
    position: int
    description_en: str
    description_fr: str

    def label(self, lang: str = "en") -> str:
        return pick(self.label_en, self.label_fr, lang)

    @property
    def info(self) -> StatusInfo:
        return StatusInfo(self.key, self.kind, self.severity, self.position)


@dataclass(frozen=True)
class TermView:
    id: int
    vocabulary: str
    key: str
    label_en: str
    label_fr: str
    position: int

    def label(self, lang: str = "en") -> str:
        return pick(self.label_en, self.label_fr, lang)


@dataclass(frozen=True)
class PartnershipView:
    name_en: str
    name_fr: str
    acronym_en: str
    acronym_fr: str
    catchment: str
    agreement_holder: str
    coordinator: str
    email: str

    def name(self, lang: str = "en") -> str:
        return pick(self.name_en, self.name_fr, lang)


@dataclass(frozen=True)
class PlanInfo:
    id: int
    title_en: str
    title_fr: str
    first_year: int
    last_year: int
    vision: str
    approved_on: date | None
    status: str
    # The annual action plan in effect, as recorded by the last roll-over (None: never).
    current_year: int | None = None

    def title(self, lang: str = "en") -> str:
        return pick(self.title_en, self.title_fr, lang)

    @property
    def years(self) -> list[int]:
        return list(range(self.first_year, self.last_year + 1))


@dataclass(frozen=True)
class BodyView:
    id: int
    name_en: str
    name_fr: str
    kind: str
    parent_id: int | None
    mandate: str
    position: int
    member_ids: tuple[int, ...]

    def name(self, lang: str = "en") -> str:
        return pick(self.name_en, self.name_fr, lang)


@dataclass(frozen=True)
class ContactView:
    id: int
    name: str
    role: str
    email: str
    phone: str
    is_primary: bool


@dataclass(frozen=True)
class PartnerView:
    id: int
    name_en: str
    name_fr: str
    acronym: str
    sector_id: int | None
    languages: str
    website: str
    email: str
    phone: str
    address: str
    notes: str
    contacts: tuple[ContactView, ...]

    def name(self, lang: str = "en") -> str:
        return pick(self.name_en, self.name_fr, lang)

    @property
    def main_contact(self) -> ContactView | None:
        for contact in self.contacts:
            if contact.is_primary:
                return contact
        return self.contacts[0] if self.contacts else None


@dataclass(frozen=True)
class PriorityView:
    id: int
    code: str
    title_en: str
    title_fr: str
    description: str
    domain_id: int | None
    body_id: int | None
    position: int

    def title(self, lang: str = "en") -> str:
        return pick(self.title_en, self.title_fr, lang)


@dataclass(frozen=True)
class ObjectiveView:
    id: int
    priority_id: int
    code: str
    title_en: str
    title_fr: str
    description: str
    outcome_level: str
    position: int

    def title(self, lang: str = "en") -> str:
        return pick(self.title_en, self.title_fr, lang)


@dataclass(frozen=True)
class UpdateView:
    id: int
    action_id: int
    fiscal_year: int
    quarter: int
    status_id: int
    percent_complete: int
    outputs: str
    successes: str
    challenges: str
    next_steps: str
    reported_by: str
    reported_on: date | None

    @property
    def period(self) -> Period:
        return Period(self.fiscal_year, self.quarter)


@dataclass(frozen=True)
class ActionView:
    id: int
    objective_id: int
    priority_id: int
    code: str
    title_en: str
    title_fr: str
    description: str
    lead_partner_id: int | None
    supporting_ids: tuple[int, ...]
    body_id: int | None
    start_date: date | None
    end_date: date | None
    status_id: int  # as set on the action; see ActionHealth for the current one
    percent_complete: int
    planned_outputs: str
    budget: Decimal | None
    in_kind: Decimal | None
    characteristic_ids: tuple[int, ...]
    position: int
    # The fiscal year whose annual action plan closed it; None while it is open.
    closed_year: int | None = None
    carried_from_year: int | None = None

    def title(self, lang: str = "en") -> str:
        return pick(self.title_en, self.title_fr, lang)

    def in_annual_plan(self, year: int) -> bool:
        """Whether the action belongs to the annual action plan of fiscal `year`: not
        closed in an earlier year, and started by the end of that year (or undated)."""
        if self.closed_year is not None and self.closed_year < year:
            return False
        return self.start_date is None or self.start_date <= Period(year).end


@dataclass(frozen=True)
class ActionHealth:
    """An action's state at the end of the period, by the rules of `core.progress`."""

    status_id: int
    percent_complete: int
    latest: UpdateView | None  # latest update up to the end of the period
    in_period: bool  # whether `latest` falls in the period
    overdue: bool
    stale: bool
    # The status at the end of the period before (None: no update or status then), so a
    # report can tell what changed in the period.
    previous_status_id: int | None = None

    @property
    def period_update(self) -> UpdateView | None:
        return self.latest if self.in_period else None


@dataclass(frozen=True)
class IndicatorView:
    id: int
    code: str
    objective_id: int | None
    action_id: int | None
    name_en: str
    name_fr: str
    unit: str
    baseline_value: float | None
    baseline_date: date | None
    target_value: float | None
    target_date: date | None
    direction: str
    data_source: str
    frequency: str
    position: int
    # (fiscal year, quarter 0–4) → (value or None for "no data", note)
    values: dict[tuple[int, int], tuple[float | None, str]] = field(hash=False)

    def name(self, lang: str = "en") -> str:
        return pick(self.name_en, self.name_fr, lang)

    def actual(self, period: Period) -> tuple[bool, float | None]:
        """(recorded?, value) for the period: a quarter's value, or for a year its
        annual value, else the latest quarter recorded in that year."""
        if period.quarter is not None:
            key = (period.year, period.quarter)
            return (key in self.values, self.values.get(key, (None, ""))[0])
        for quarter in (0, 4, 3, 2, 1):
            if (period.year, quarter) in self.values:
                return True, self.values[(period.year, quarter)][0]
        return False, None


@dataclass(frozen=True)
class PracticeView:
    id: int
    title_en: str
    title_fr: str
    summary: str
    location: str
    organisation: str
    domain_id: int | None
    type_id: int | None
    evidence_id: int | None
    results: str
    transferability: str
    source_title: str
    source_url: str
    source_year: int | None
    adoption_status: str
    priority_ids: tuple[int, ...]
    action_ids: tuple[int, ...]

    def title(self, lang: str = "en") -> str:
        return pick(self.title_en, self.title_fr, lang)


@dataclass(frozen=True)
class NarrativeView:
    """The coordinator's story of a priority for the period, in the language written."""

    priority_id: int
    fiscal_year: int
    quarter: int  # 0: the whole year
    text: str
    lang: str


@dataclass(frozen=True)
class PlanView:
    partnership: PartnershipView
    plan: PlanInfo
    period: Period
    as_of: date
    statuses: dict[int, StatusView]
    terms: dict[int, TermView]
    bodies: dict[int, BodyView]
    partners: dict[int, PartnerView]
    priorities: dict[int, PriorityView]
    objectives: dict[int, ObjectiveView]
    actions: dict[int, ActionView]
    health: dict[int, ActionHealth]
    indicators: dict[int, IndicatorView]
    practices: dict[int, PracticeView]
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
        return self.partners[partner_id].name(lang) if partner_id in self.partners else ""

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
    def _states(self, actions: Iterable[ActionView]) -> list[ActionState]:
        states = []
        for action in actions:
            health = self.health[action.id]
            states.append(
                ActionState(
                    self.statuses[health.status_id].info,
                    health.percent_complete,
                    health.overdue,
                    health.stale,
                )
            )
        return states

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


def current_plan_id(session: Session) -> int:
    """The plan the app works on: the newest one that is not superseded."""
    plan_id = session.scalar(
        select(m.Plan.id)
        .order_by((m.Plan.status == "superseded"), m.Plan.first_year.desc(), m.Plan.id.desc())
        .limit(1)
    )
    if plan_id is None:
        raise UserError("This file holds no plan yet.")
    return int(plan_id)


def plan_years(db: PlanDatabase) -> tuple[int, int]:
    """The first and last fiscal years of the current plan, without loading it."""
    with db.reading() as session:
        plan_id = current_plan_id(session)
        row = session.execute(
            select(m.Plan.first_year, m.Plan.last_year).where(m.Plan.id == plan_id)
        ).one()
    return int(row.first_year), int(row.last_year)


def plan_id_of(db: PlanDatabase) -> int:
    with db.reading() as session:
        return current_plan_id(session)


def _rows(session: Session, query: Any) -> list[Any]:
    return list(session.execute(query).all())


def load_plan_view(
    db: PlanDatabase,
    period: Period | None = None,
    *,
    today: date | None = None,
    plan_id: int | None = None,
) -> PlanView:
    """Everything the views and reports show, for `period` (default: this quarter)."""
    today = today or date.today()
    period = period or Period.containing(today)
    with db.reading() as session:
        plan_id = plan_id or current_plan_id(session)
        return _load(session, plan_id, period, today)


def _load(session: Session, plan_id: int, period: Period, today: date) -> PlanView:
    p = session.get(m.Plan, plan_id)
    assert p is not None
    plan = PlanInfo(
        p.id,
        p.title_en,
        p.title_fr,
        p.first_year,
        p.last_year,
        p.vision,
        p.approved_on,
        p.status,
        p.current_year,
    )
    ps = session.scalar(select(m.Partnership).limit(1))
    partnership = PartnershipView(
        *(
            getattr(ps, f) if ps else ""
            for f in (
                "name_en",
                "name_fr",
                "acronym_en",
                "acronym_fr",
                "catchment",
                "agreement_holder",
                "coordinator",
                "email",
            )
        )
    )
    statuses = {
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
        for r in session.execute(select(*_columns(m.Status)).order_by(m.Status.position))
    }
    terms = {
        r.id: TermView(r.id, r.vocabulary, r.key, r.label_en, r.label_fr, r.position)
        for r in session.execute(
            select(*_columns(m.Term)).order_by(m.Term.vocabulary, m.Term.position)
        )
    }
    members: dict[int, list[int]] = defaultdict(list)
    for body_id, partner_id in _rows(
        session, select(m.BodyMembership.body_id, m.BodyMembership.partner_id)
    ):
        members[body_id].append(partner_id)
    bodies = {
        r.id: BodyView(
            r.id,
            r.name_en,
            r.name_fr,
            r.kind,
            r.parent_id,
            r.mandate,
            r.position,
            tuple(members.get(r.id, ())),
        )
        for r in session.execute(select(*_columns(m.Body)).order_by(m.Body.position, m.Body.id))
    }
    contacts: dict[int, list[ContactView]] = defaultdict(list)
    for c in session.execute(
        select(*_columns(m.Contact)).order_by(m.Contact.position, m.Contact.id)
    ):
        contacts[c.partner_id].append(
            ContactView(c.id, c.name, c.role, c.email, c.phone, c.is_primary)
        )
    partners = {
        r.id: PartnerView(
            r.id,
            r.name_en,
            r.name_fr,
            r.acronym,
            r.sector_id,
            r.languages,
            r.website,
            r.email,
            r.phone,
            r.address,
            r.notes,
            tuple(contacts.get(r.id, ())),
        )
        for r in _rows(
            session,
            select(*_columns(m.Partner, exclude=("version", "updated_at"))).order_by(
                func.lower(m.Partner.name_en)
            ),
        )
    }
    priorities = {
        r.id: PriorityView(
            r.id, r.code, r.title_en, r.title_fr, r.description, r.domain_id, r.body_id, r.position
        )
        for r in session.execute(select(*_columns(m.Priority)).where(m.Priority.plan_id == plan_id))
    }
    objectives = {
        r.id: ObjectiveView(
            r.id,
            r.priority_id,
            r.code,
            r.title_en,
            r.title_fr,
            r.description,
            r.outcome_level,
            r.position,
        )
        for r in session.execute(
            select(*_columns(m.Objective)).where(m.Objective.plan_id == plan_id)
        )
    }
    actions = load_actions(session, plan_id)
    health = load_health(session, plan_id, period, today, statuses, actions)
    as_of = as_of_date(period, today)
    values: dict[int, dict[tuple[int, int], tuple[float | None, str]]] = defaultdict(dict)
    for r in _rows(
        session,
        select(
            m.IndicatorValue.indicator_id,
            m.IndicatorValue.fiscal_year,
            m.IndicatorValue.quarter,
            m.IndicatorValue.value,
            m.IndicatorValue.note,
        )
        .join(m.Indicator, m.Indicator.id == m.IndicatorValue.indicator_id)
        .where(m.Indicator.plan_id == plan_id),
    ):
        values[r.indicator_id][(r.fiscal_year, r.quarter)] = (r.value, r.note)
    indicators = {
        r.id: IndicatorView(
            r.id,
            r.code,
            r.objective_id,
            r.action_id,
            r.name_en,
            r.name_fr,
            r.unit,
            r.baseline_value,
            r.baseline_date,
            r.target_value,
            r.target_date,
            r.direction,
            r.data_source,
            r.frequency,
            r.position,
            dict(values.get(r.id, {})),
        )
        for r in session.execute(
            select(*_columns(m.Indicator))
            .where(m.Indicator.plan_id == plan_id)
            .order_by(m.Indicator.position, m.Indicator.id)
        )
    }
    linked_priorities: dict[int, list[int]] = defaultdict(list)
    for practice_id, priority_id in _rows(
        session, select(m.PracticePriority.practice_id, m.PracticePriority.priority_id)
    ):
        linked_priorities[practice_id].append(priority_id)
    linked_actions: dict[int, list[int]] = defaultdict(list)
    for practice_id, action_id in _rows(
        session, select(m.PracticeAction.practice_id, m.PracticeAction.action_id)
    ):
        linked_actions[practice_id].append(action_id)
    practices = {
        r.id: PracticeView(
            r.id,
            r.title_en,
            r.title_fr,
            r.summary,
            r.location,
            r.organisation,
            r.domain_id,
            r.type_id,
            r.evidence_id,
            r.results,
            r.transferability,
            r.source_title,
            r.source_url,
            r.source_year,
            r.adoption_status,
            tuple(linked_priorities.get(r.id, ())),
            tuple(linked_actions.get(r.id, ())),
        )
        for r in session.execute(
            select(*_columns(m.Practice)).order_by(func.lower(m.Practice.title_en))
        )
    }
    return PlanView(
        partnership,
        plan,
        period,
        as_of,
        statuses,
        terms,
        bodies,
        partners,
        priorities,
        objectives,
        actions,
        health,
        indicators,
        practices,
        _narratives(session, plan_id, period),
    )


def load_actions(
    session: Session, plan_id: int, ids: Iterable[int] | None = None
) -> dict[int, ActionView]:
    """The plan's actions (only those in `ids` when given), with their partners and tags."""
    wanted = None if ids is None else sorted(set(ids))
    supporting: dict[int, list[int]] = defaultdict(list)
    for action_id, partner_id in _rows(
        session,
        select(m.ActionPartner.action_id, m.ActionPartner.partner_id)
        .join(m.Action, m.Action.id == m.ActionPartner.action_id)
        .where(m.Action.plan_id == plan_id, *_among(m.ActionPartner.action_id, wanted))
        .order_by(m.ActionPartner.id),
    ):
        supporting[action_id].append(partner_id)
    tags: dict[int, list[int]] = defaultdict(list)
    for action_id, term_id in _rows(
        session,
        select(m.ActionCharacteristic.action_id, m.ActionCharacteristic.term_id)
        .join(m.Action, m.Action.id == m.ActionCharacteristic.action_id)
        .where(m.Action.plan_id == plan_id, *_among(m.ActionCharacteristic.action_id, wanted)),
    ):
        tags[action_id].append(term_id)
    action_columns = [
        m.Action.id,
        m.Action.objective_id,
        m.Objective.priority_id,
        m.Action.code,
        m.Action.title_en,
        m.Action.title_fr,
        m.Action.description,
        m.Action.lead_partner_id,
        m.Action.body_id,
        m.Action.start_date,
        m.Action.end_date,
        m.Action.status_id,
        m.Action.percent_complete,
        m.Action.planned_outputs,
        m.Action.budget,
        m.Action.in_kind,
        m.Action.position,
        m.Action.closed_year,
        m.Action.carried_from_year,
    ]
    actions: dict[int, ActionView] = {}
    for r in _rows(
        session,
        select(*action_columns)
        .join(m.Objective, m.Objective.id == m.Action.objective_id)
        .where(m.Action.plan_id == plan_id, *_among(m.Action.id, wanted)),
    ):
        actions[r.id] = ActionView(
            r.id,
            r.objective_id,
            r.priority_id,
            r.code,
            r.title_en,
            r.title_fr,
            r.description,
            r.lead_partner_id,
            tuple(supporting.get(r.id, ())),
            r.body_id,
            r.start_date,
            r.end_date,
            r.status_id,
            r.percent_complete,
            r.planned_outputs,
            r.budget,
            r.in_kind,
            tuple(tags.get(r.id, ())),
            r.position,
            r.closed_year,
            r.carried_from_year,
        )
    return actions


def load_health(
    session: Session,
    plan_id: int,
    period: Period,
    today: date,
    statuses: dict[int, StatusView],
    actions: dict[int, ActionView],
    *,
    only_these: bool = False,
) -> dict[int, ActionHealth]:
    """Each action's state at the end of `period`; with `only_these`, the latest updates
    are looked up for `actions` alone (a patch), not for the whole plan."""
    wanted = list(actions) if only_these else None
    latest = _latest_updates(session, plan_id, period, wanted)
    before = _latest_updates(session, plan_id, _period_before(period), wanted)
    as_of = as_of_date(period, today)
    period_keys = {q.key for q in period.quarters()}
    health: dict[int, ActionHealth] = {}
    not_started = next((s.id for s in statuses.values() if s.kind == "not_started"), None)
    for action in actions.values():
        update = latest.get(action.id)
        in_period = update is not None and update.period.key in period_keys
        status_id = update.status_id if update else action.status_id
        percent = update.percent_complete if update else action.percent_complete
        if update is None and not_started is not None and starts_later(action.start_date, period):
            # The action's own status is today's: before its start it had not started.
            status_id, percent = not_started, 0
        info = statuses[status_id].info
        health[action.id] = ActionHealth(
            status_id,
            percent,
            update,
            in_period,
            is_overdue(action.end_date, info, as_of),
            is_stale(action.start_date, info, period, in_period),
            before[action.id].status_id if action.id in before else None,
        )
    return health


def _among(column: Any, ids: list[int] | None) -> tuple[Any, ...]:
    """A WHERE clause keeping `ids` (none: keep everything)."""
    return () if ids is None else (column.in_(ids),)


def _narratives(session: Session, plan_id: int, period: Period) -> dict[int, NarrativeView]:
    """Each priority's narrative for `period`: the quarter's; for a year, the year's own,
    else the one of its latest quarter."""
    n = m.PriorityNarrative
    query = (
        select(n.priority_id, n.fiscal_year, n.quarter, n.text, n.lang)
        .join(m.Priority, m.Priority.id == n.priority_id)
        .where(m.Priority.plan_id == plan_id, n.fiscal_year == period.year, n.text != "")
    )
    if period.quarter is not None:
        query = query.where(n.quarter == period.quarter)
    found: dict[int, NarrativeView] = {}
    rank = {0: 5}  # a year's own narrative beats its quarters'
    for r in session.execute(query):
        current = found.get(r.priority_id)
        if current is None or rank.get(r.quarter, r.quarter) > rank.get(
            current.quarter, current.quarter
        ):
            found[r.priority_id] = NarrativeView(
                r.priority_id, r.fiscal_year, r.quarter, r.text, r.lang
            )
    return found


def _period_before(period: Period) -> Period:
    """The period that ends just before `period` starts (the last quarter before a year)."""
    return period.previous() if period.quarter is not None else Period(period.year - 1, 4)


def _columns(model: Any, exclude: tuple[str, ...] = ()) -> list[Any]:
    return [c for c in model.__table__.columns if c.key not in exclude]


_UPDATE_COLUMNS = (
    "id",
    "action_id",
    "fiscal_year",
    "quarter",
    "status_id",
    "percent_complete",
    "outputs",
    "successes",
    "challenges",
    "next_steps",
    "reported_by",
    "reported_on",
)


def _update_view(row: Any) -> UpdateView:
    values = {name: getattr(row, name) for name in _UPDATE_COLUMNS}
    reported_on = values["reported_on"]
    if reported_on is not None and not isinstance(reported_on, date):
        values["reported_on"] = date.fromisoformat(str(reported_on)[:10])  # raw SQL on SQLite
    return UpdateView(**values)


def _latest_updates(
    session: Session, plan_id: int, period: Period, action_ids: list[int] | None = None
) -> dict[int, UpdateView]:
    """Each action's latest update up to the end of `period` (of `action_ids` if given)."""
    rows = latest_updates(
        session.connection(), plan_id, period, _UPDATE_COLUMNS, action_ids=action_ids
    )
    return {action_id: _update_view(row) for action_id, row in rows.items()}


def action_history(db: PlanDatabase, action_id: int) -> list[UpdateView]:
    """Every progress update of an action, newest first."""
    u = m.ProgressUpdate
    with db.reading() as session:
        rows = session.execute(
            select(*(getattr(u, n) for n in _UPDATE_COLUMNS))
            .where(u.action_id == action_id)
            .order_by(
                u.fiscal_year.desc(),
                u.quarter.desc(),
                u.reported_on.desc().nulls_last(),
                u.id.desc(),
            )
        ).all()
    return [_update_view(row) for row in rows]
