"""What each editable entity holds and how each field is checked.

The generic services in `editing` read these specs, so every form, importer and
command validates the same way and words its messages the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from lipplanner.core import models as m
from lipplanner.core.models.base import Base

FieldKind = Literal[
    "name",
    "text",
    "code",
    "percent",
    "date",
    "money",
    "year",
    "int",
    "float",
    "ref",
    "choice",
    "bool",
]


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str
    kind: FieldKind
    required: bool = False
    choices: tuple[str, ...] = ()
    ref: str | None = None  # entity name a "ref" points to
    vocabulary: str | None = None  # for refs to a vocabulary term
    unique: bool = False  # unique within the plan (codes) or the file (partner names)


@dataclass(frozen=True)
class EntitySpec:
    name: str
    label: str  # in a sentence: "priority", "partner"
    model: type[Base]
    fields: tuple[FieldSpec, ...]
    parent: str | None = None  # the field that places it in the hierarchy
    title_field: str = "title_en"

    def field(self, name: str) -> FieldSpec:
        for spec in self.fields:
            if spec.name == name:
                return spec
        raise KeyError(f"{self.name} has no field {name!r}")


def _f(name: str, label: str, kind: FieldKind, **options: object) -> FieldSpec:
    return FieldSpec(name, label, kind, **options)  # type: ignore[arg-type]


_POSITION = _f("position", "Position", "int")

ENTITIES: dict[str, EntitySpec] = {
    spec.name: spec
    for spec in (
        EntitySpec(
            "partnership",
            "partnership",
            m.Partnership,
            (
                _f("name_en", "LIP name", "name", required=True),
                _f("name_fr", "LIP name (French)", "name"),
                _f("acronym_en", "Acronym", "name"),
                _f("acronym_fr", "Acronym (French)", "name"),
                _f("catchment", "Catchment area", "text"),
                _f("agreement_holder", "Agreement holder", "name"),
                _f("coordinator", "Coordinator", "name"),
                _f("email", "E-mail", "name"),
            ),
            title_field="name_en",
        ),
        EntitySpec(
            "plan",
            "plan",
            m.Plan,
            (
                _f("title_en", "Plan title", "name", required=True),
                _f("title_fr", "Plan title (French)", "name"),
                _f("first_year", "First fiscal year", "year", required=True),
                _f("last_year", "Last fiscal year", "year", required=True),
                _f("vision", "Vision", "text"),
                _f("approved_on", "Approval date", "date"),
                _f("status", "Plan status", "choice", choices=m.PLAN_STATUSES),
            ),
        ),
        EntitySpec(
            "body",
            "body",
            m.Body,
            (
                _f("name_en", "Name", "name", required=True),
                _f("name_fr", "Name (French)", "name"),
                _f("kind", "Kind", "choice", choices=m.BODY_KINDS),
                _f("parent_id", "Part of", "ref", ref="body"),
                _f("mandate", "Mandate", "text"),
                _POSITION,
            ),
            parent="parent_id",
            title_field="name_en",
        ),
        EntitySpec(
            "partner",
            "partner",
            m.Partner,
            (
                _f("name_en", "Organisation name", "name", required=True, unique=True),
                _f("name_fr", "Organisation name (French)", "name"),
                _f("acronym", "Acronym", "name"),
                _f("sector_id", "Sector", "ref", ref="term", vocabulary="sector"),
                _f("languages", "Languages of service", "name"),
                _f("website", "Website", "name"),
                _f("email", "E-mail", "name"),
                _f("phone", "Phone", "name"),
                _f("address", "Address", "text"),
                _f("notes", "Notes", "text"),
            ),
            title_field="name_en",
        ),
        EntitySpec(
            "contact",
            "contact",
            m.Contact,
            (
                _f("partner_id", "Organisation", "ref", ref="partner", required=True),
                _f("name", "Contact name", "name", required=True),
                _f("role", "Role", "name"),
                _f("email", "E-mail", "name"),
                _f("phone", "Phone", "name"),
                _f("is_primary", "Main contact", "bool"),
                _POSITION,
            ),
            parent="partner_id",
            title_field="name",
        ),
        EntitySpec(
            "priority",
            "priority",
            m.Priority,
            (
                _f("plan_id", "Plan", "ref", ref="plan", required=True),
                _f("code", "Code", "code", required=True, unique=True),
                _f("title_en", "Title", "name", required=True),
                _f("title_fr", "Title (French)", "name"),
                _f("description", "Description", "text"),
                _f("domain_id", "Domain", "ref", ref="term", vocabulary="domain"),
                _f("body_id", "Owned by", "ref", ref="body"),
                _POSITION,
            ),
            parent="plan_id",
        ),
        EntitySpec(
            "objective",
            "objective",
            m.Objective,
            (
                _f("priority_id", "Priority", "ref", ref="priority", required=True),
                _f("code", "Code", "code", required=True, unique=True),
                _f("title_en", "Title", "name", required=True),
                _f("title_fr", "Title (French)", "name"),
                _f("description", "Description", "text"),
                _f("outcome_level", "Outcome level", "choice", choices=m.OUTCOME_LEVELS),
                _POSITION,
            ),
            parent="priority_id",
        ),
        EntitySpec(
            "action",
            "action",
            m.Action,
            (
                _f("objective_id", "Objective", "ref", ref="objective", required=True),
                _f("code", "Code", "code", required=True, unique=True),
                _f("title_en", "Title", "name", required=True),
                _f("title_fr", "Title (French)", "name"),
                _f("description", "Description", "text"),
                _f("lead_partner_id", "Lead partner", "ref", ref="partner"),
                _f("body_id", "Working group", "ref", ref="body"),
                _f("start_date", "Start date", "date"),
                _f("end_date", "End date", "date"),
                _f("status_id", "Status", "ref", ref="status", required=True),
                _f("percent_complete", "Percent complete", "percent"),
                _f("planned_outputs", "Planned outputs", "text"),
                _f("budget", "Budget", "money"),
                _f("in_kind", "In-kind value", "money"),
                _POSITION,
            ),
            parent="objective_id",
        ),
        EntitySpec(
            "indicator",
            "indicator",
            m.Indicator,
            (
                _f("objective_id", "Objective", "ref", ref="objective"),
                _f("action_id", "Action", "ref", ref="action"),
                _f("code", "Code", "code", required=True, unique=True),
                _f("name_en", "Indicator", "name", required=True),
                _f("name_fr", "Indicator (French)", "name"),
                _f("unit", "Unit", "name"),
                _f("baseline_value", "Baseline", "float"),
                _f("baseline_date", "Baseline date", "date"),
                _f("target_value", "Target", "float"),
                _f("target_date", "Target date", "date"),
                _f("direction", "Direction", "choice", choices=m.DIRECTIONS),
                _f("data_source", "Data source", "text"),
                _f("frequency", "Frequency", "choice", choices=m.FREQUENCIES),
                _POSITION,
            ),
            title_field="name_en",
        ),
        EntitySpec(
            "practice",
            "promising practice",
            m.Practice,
            (
                _f("title_en", "Title", "name", required=True),
                _f("title_fr", "Title (French)", "name"),
                _f("summary", "Summary", "text"),
                _f("location", "Where", "name"),
                _f("organisation", "By whom", "name"),
                _f("domain_id", "Domain", "ref", ref="term", vocabulary="domain"),
                _f("type_id", "Type", "ref", ref="term", vocabulary="practice_type"),
                _f("evidence_id", "Evidence level", "ref", ref="term", vocabulary="evidence_level"),
                _f("results", "Results", "text"),
                _f("transferability", "Transferability", "text"),
                _f("source_title", "Source", "name"),
                _f("source_url", "Source link", "name"),
                _f("source_year", "Source year", "year"),
                _f("adoption_status", "Adoption status", "choice", choices=m.ADOPTION_STATUSES),
            ),
        ),
        EntitySpec(
            "progress_update",
            "progress update",
            m.ProgressUpdate,
            (
                _f("action_id", "Action", "ref", ref="action", required=True),
                _f("fiscal_year", "Fiscal year", "year", required=True),
                _f("quarter", "Quarter", "int", required=True),
                _f("status_id", "Status", "ref", ref="status", required=True),
                _f("percent_complete", "Percent complete", "percent"),
                _f("outputs", "Outputs achieved", "text"),
                _f("successes", "Successes", "text"),
                _f("challenges", "Challenges", "text"),
                _f("next_steps", "Next steps", "text"),
                _f("reported_by", "Reported by", "name"),
                _f("reported_on", "Report date", "date"),
            ),
            parent="action_id",
            title_field="outputs",
        ),
        EntitySpec(
            "status",
            "status",
            m.Status,
            (
                _f("label_en", "Status name", "name", required=True),
                _f("label_fr", "Status name (French)", "name"),
                _f("kind", "Meaning", "choice", choices=m.STATUS_KINDS),
                _f("severity", "Severity", "int"),
                _f("colour", "Colour", "name"),
                _f("description_en", "Definition", "text"),
                _f("description_fr", "Definition (French)", "text"),
                _POSITION,
            ),
            title_field="label_en",
        ),
        EntitySpec(
            "term",
            "list entry",
            m.Term,
            (
                _f("vocabulary", "List", "choice", choices=m.VOCABULARIES, required=True),
                _f("label_en", "Name", "name", required=True),
                _f("label_fr", "Name (French)", "name"),
                _POSITION,
            ),
            title_field="label_en",
        ),
    )
}

# Models by entity name, and the entity names that live inside one plan.
MODELS: dict[str, type[Base]] = {name: spec.model for name, spec in ENTITIES.items()}
PLAN_SCOPED = frozenset({"priority", "objective", "action", "indicator"})
