"""The tables the read model selects from, as light Core constructs (`t.Action.id`,
`t.action`), so opening a plan neither imports the 24 mapped classes (0.2 s of CPU)
nor compiles its statements through the ORM (which configures every mapper).

Only names and the types whose values need converting matter here; the schema itself
is the models' (`core/models`), and `tests/core/test_plan_view_parts.py` checks that
these columns are the mapped tables' columns, in the same order, with the same types.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Float, Integer, Numeric, String, Text
from sqlalchemy.sql import column, table

action = table(
    "action",
    column("id", Integer()),
    column("plan_id", Integer()),
    column("objective_id", Integer()),
    column("code", String(20)),
    column("title_en", Text()),
    column("title_fr", Text()),
    column("description", Text()),
    column("lead_partner_id", Integer()),
    column("body_id", Integer()),
    column("start_date", Date()),
    column("end_date", Date()),
    column("status_id", Integer()),
    column("percent_complete", Integer()),
    column("planned_outputs", Text()),
    column("budget", Numeric(14, 2)),
    column("in_kind", Numeric(14, 2)),
    column("position", Integer()),
    column("closed_year", Integer()),
    column("carried_from_year", Integer()),
    column("version", Integer()),
    column("updated_at", DateTime()),
)
Action: Any = action.c

action_characteristic = table(
    "action_characteristic",
    column("id", Integer()),
    column("action_id", Integer()),
    column("term_id", Integer()),
)
ActionCharacteristic: Any = action_characteristic.c

action_partner = table(
    "action_partner",
    column("id", Integer()),
    column("action_id", Integer()),
    column("partner_id", Integer()),
    column("role", Text()),
)
ActionPartner: Any = action_partner.c

body = table(
    "body",
    column("id", Integer()),
    column("name_en", Text()),
    column("name_fr", Text()),
    column("kind", String(20)),
    column("parent_id", Integer()),
    column("mandate", Text()),
    column("position", Integer()),
    column("version", Integer()),
    column("updated_at", DateTime()),
)
Body: Any = body.c

body_membership = table(
    "body_membership",
    column("id", Integer()),
    column("body_id", Integer()),
    column("partner_id", Integer()),
    column("role", Text()),
)
BodyMembership: Any = body_membership.c

contact = table(
    "contact",
    column("id", Integer()),
    column("partner_id", Integer()),
    column("name", Text()),
    column("role", Text()),
    column("email", Text()),
    column("phone", Text()),
    column("is_primary", Boolean()),
    column("position", Integer()),
    column("version", Integer()),
    column("updated_at", DateTime()),
)
Contact: Any = contact.c

indicator = table(
    "indicator",
    column("id", Integer()),
    column("plan_id", Integer()),
    column("objective_id", Integer()),
    column("action_id", Integer()),
    column("code", String(20)),
    column("name_en", Text()),
    column("name_fr", Text()),
    column("unit", Text()),
    column("baseline_value", Float()),
    column("baseline_date", Date()),
    column("target_value", Float()),
    column("target_date", Date()),
    column("direction", String(10)),
    column("data_source", Text()),
    column("frequency", String(12)),
    column("position", Integer()),
    column("version", Integer()),
    column("updated_at", DateTime()),
)
Indicator: Any = indicator.c

indicator_value = table(
    "indicator_value",
    column("id", Integer()),
    column("indicator_id", Integer()),
    column("fiscal_year", Integer()),
    column("quarter", Integer()),
    column("value", Float()),
    column("note", Text()),
    column("recorded_on", Date()),
    column("version", Integer()),
    column("updated_at", DateTime()),
)
IndicatorValue: Any = indicator_value.c

objective = table(
    "objective",
    column("id", Integer()),
    column("plan_id", Integer()),
    column("priority_id", Integer()),
    column("code", String(20)),
    column("title_en", Text()),
    column("title_fr", Text()),
    column("description", Text()),
    column("outcome_level", String(20)),
    column("position", Integer()),
    column("version", Integer()),
    column("updated_at", DateTime()),
)
Objective: Any = objective.c

partner = table(
    "partner",
    column("id", Integer()),
    column("name_en", Text()),
    column("name_fr", Text()),
    column("acronym", Text()),
    column("sector_id", Integer()),
    column("languages", Text()),
    column("website", Text()),
    column("email", Text()),
    column("phone", Text()),
    column("address", Text()),
    column("notes", Text()),
    column("version", Integer()),
    column("updated_at", DateTime()),
)
Partner: Any = partner.c

partnership = table(
    "partnership",
    column("id", Integer()),
    column("name_en", Text()),
    column("name_fr", Text()),
    column("acronym_en", Text()),
    column("acronym_fr", Text()),
    column("catchment", Text()),
    column("agreement_holder", Text()),
    column("coordinator", Text()),
    column("email", Text()),
    column("version", Integer()),
    column("updated_at", DateTime()),
)
Partnership: Any = partnership.c

plan = table(
    "plan",
    column("id", Integer()),
    column("title_en", Text()),
    column("title_fr", Text()),
    column("first_year", Integer()),
    column("last_year", Integer()),
    column("vision", Text()),
    column("approved_on", Date()),
    column("status", String(20)),
    column("current_year", Integer()),
    column("version", Integer()),
    column("updated_at", DateTime()),
)
Plan: Any = plan.c

practice = table(
    "practice",
    column("id", Integer()),
    column("title_en", Text()),
    column("title_fr", Text()),
    column("summary", Text()),
    column("location", Text()),
    column("organisation", Text()),
    column("domain_id", Integer()),
    column("type_id", Integer()),
    column("evidence_id", Integer()),
    column("results", Text()),
    column("transferability", Text()),
    column("source_title", Text()),
    column("source_url", Text()),
    column("source_year", Integer()),
    column("adoption_status", String(20)),
    column("version", Integer()),
    column("updated_at", DateTime()),
)
Practice: Any = practice.c

practice_action = table(
    "practice_action",
    column("id", Integer()),
    column("practice_id", Integer()),
    column("action_id", Integer()),
)
PracticeAction: Any = practice_action.c

practice_priority = table(
    "practice_priority",
    column("id", Integer()),
    column("practice_id", Integer()),
    column("priority_id", Integer()),
)
PracticePriority: Any = practice_priority.c

priority = table(
    "priority",
    column("id", Integer()),
    column("plan_id", Integer()),
    column("code", String(20)),
    column("title_en", Text()),
    column("title_fr", Text()),
    column("description", Text()),
    column("domain_id", Integer()),
    column("body_id", Integer()),
    column("position", Integer()),
    column("version", Integer()),
    column("updated_at", DateTime()),
)
Priority: Any = priority.c

priority_narrative = table(
    "priority_narrative",
    column("id", Integer()),
    column("priority_id", Integer()),
    column("fiscal_year", Integer()),
    column("quarter", Integer()),
    column("text", Text()),
    column("lang", String(2)),
    column("version", Integer()),
    column("updated_at", DateTime()),
)
PriorityNarrative: Any = priority_narrative.c

progress_update = table(
    "progress_update",
    column("id", Integer()),
    column("action_id", Integer()),
    column("fiscal_year", Integer()),
    column("quarter", Integer()),
    column("status_id", Integer()),
    column("percent_complete", Integer()),
    column("outputs", Text()),
    column("successes", Text()),
    column("challenges", Text()),
    column("next_steps", Text()),
    column("reported_by", Text()),
    column("reported_on", Date()),
    column("created_at", DateTime()),
    column("version", Integer()),
    column("updated_at", DateTime()),
)
ProgressUpdate: Any = progress_update.c

status = table(
    "status",
    column("id", Integer()),
    column("key", String(40)),
    column("label_en", Text()),
    column("label_fr", Text()),
    column("kind", String(20)),
    column("severity", Integer()),
    column("colour", String(7)),
    column("description_en", Text()),
    column("description_fr", Text()),
    column("position", Integer()),
    column("version", Integer()),
    column("updated_at", DateTime()),
)
Status: Any = status.c

term = table(
    "term",
    column("id", Integer()),
    column("vocabulary", String(20)),
    column("key", String(60)),
    column("label_en", Text()),
    column("label_fr", Text()),
    column("position", Integer()),
    column("version", Integer()),
    column("updated_at", DateTime()),
)
Term: Any = term.c
