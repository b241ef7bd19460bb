"""The plain frozen values a plan view is made of: one per row the views show.

Slotted: a 20,000-action plan holds some 60,000 of them, and an instance without a
`__dict__` is less than half the size."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from lipplanner.core.periods import Period
from lipplanner.core.progress import StatusInfo


def pick(en: str, fr: str, lang: str) -> str:
    """The name in the wanted language, falling back to the other one."""
    return (fr or en) if lang == "fr" else (en or fr)


@dataclass(frozen=True, slots=True)
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


@dataclass(frozen=True, slots=True)
class TermView:
    id: int
    vocabulary: str
    key: str
    label_en: str
    label_fr: str
    position: int

    def label(self, lang: str = "en") -> str:
        return pick(self.label_en, self.label_fr, lang)


@dataclass(frozen=True, slots=True)
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


@dataclass(frozen=True, slots=True)
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


@dataclass(frozen=True, slots=True)
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


@dataclass(frozen=True, slots=True)
class ContactView:
    id: int
    name: str
    role: str
    email: str
    phone: str
    is_primary: bool


@dataclass(frozen=True, slots=True)
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


@dataclass(frozen=True, slots=True)
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


@dataclass(frozen=True, slots=True)
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


@dataclass(frozen=True, slots=True)
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


@dataclass(frozen=True, slots=True)
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


@dataclass(frozen=True, slots=True)
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


@dataclass(frozen=True, slots=True)
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


@dataclass(frozen=True, slots=True)
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


@dataclass(frozen=True, slots=True)
class NarrativeView:
    """The coordinator's story of a priority for the period, in the language written."""

    priority_id: int
    fiscal_year: int
    quarter: int  # 0: the whole year
    text: str
    lang: str
