"""plan schema: plan, partners, progress, indicators and practices

Revision ID: 0001
Revises:
Create Date: 2026-11-30 03:55:17.979914
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "body",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name_en", sa.Text(), nullable=False),
        sa.Column("name_fr", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("mandate", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "kind IN ('council', 'committee', 'working_group', 'secretariat', 'other')",
            name=op.f("ck_body_kind"),
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["body.id"], name=op.f("fk_body_parent_id_body"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_body")),
    )
    with op.batch_alter_table("body", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_body_parent_id"), ["parent_id"], unique=False)

    op.create_table(
        "lipplanner_info",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_lipplanner_info")),
    )
    op.create_table(
        "partnership",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name_en", sa.Text(), nullable=False),
        sa.Column("name_fr", sa.Text(), nullable=False),
        sa.Column("acronym_en", sa.Text(), nullable=False),
        sa.Column("acronym_fr", sa.Text(), nullable=False),
        sa.Column("catchment", sa.Text(), nullable=False),
        sa.Column("agreement_holder", sa.Text(), nullable=False),
        sa.Column("coordinator", sa.Text(), nullable=False),
        sa.Column("email", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partnership")),
    )
    op.create_table(
        "plan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title_en", sa.Text(), nullable=False),
        sa.Column("title_fr", sa.Text(), nullable=False),
        sa.Column("first_year", sa.Integer(), nullable=False),
        sa.Column("last_year", sa.Integer(), nullable=False),
        sa.Column("vision", sa.Text(), nullable=False),
        sa.Column("approved_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "status IN ('draft', 'approved', 'superseded')", name=op.f("ck_plan_status")
        ),
        sa.CheckConstraint("last_year >= first_year", name=op.f("ck_plan_years_in_order")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan")),
    )
    op.create_table(
        "status",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("label_en", sa.Text(), nullable=False),
        sa.Column("label_fr", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("severity", sa.Integer(), nullable=False),
        sa.Column("colour", sa.String(length=7), nullable=False),
        sa.Column("description_en", sa.Text(), nullable=False),
        sa.Column("description_fr", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "kind IN ('not_started', 'active', 'ongoing', 'completed', 'discontinued')",
            name=op.f("ck_status_kind"),
        ),
        sa.CheckConstraint("severity BETWEEN 0 AND 9", name=op.f("ck_status_severity")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_status")),
        sa.UniqueConstraint("key", name=op.f("uq_status_key")),
    )
    op.create_table(
        "term",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("vocabulary", sa.String(length=20), nullable=False),
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("label_en", sa.Text(), nullable=False),
        sa.Column("label_fr", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "vocabulary IN ('domain', 'sector', 'characteristic', 'practice_type', 'evidence_level')",
            name=op.f("ck_term_vocabulary"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_term")),
        sa.UniqueConstraint("vocabulary", "key", name=op.f("uq_term_vocabulary_key")),
    )
    with op.batch_alter_table("term", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_term_vocabulary"), ["vocabulary"], unique=False)

    op.create_table(
        "partner",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name_en", sa.Text(), nullable=False),
        sa.Column("name_fr", sa.Text(), nullable=False),
        sa.Column("acronym", sa.Text(), nullable=False),
        sa.Column("sector_id", sa.Integer(), nullable=True),
        sa.Column("languages", sa.Text(), nullable=False),
        sa.Column("website", sa.Text(), nullable=False),
        sa.Column("email", sa.Text(), nullable=False),
        sa.Column("phone", sa.Text(), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["sector_id"], ["term.id"], name=op.f("fk_partner_sector_id_term"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partner")),
        sa.UniqueConstraint("name_en", name=op.f("uq_partner_name_en")),
    )
    with op.batch_alter_table("partner", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_partner_sector_id"), ["sector_id"], unique=False)

    op.create_table(
        "practice",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title_en", sa.Text(), nullable=False),
        sa.Column("title_fr", sa.Text(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("location", sa.Text(), nullable=False),
        sa.Column("organisation", sa.Text(), nullable=False),
        sa.Column("domain_id", sa.Integer(), nullable=True),
        sa.Column("type_id", sa.Integer(), nullable=True),
        sa.Column("evidence_id", sa.Integer(), nullable=True),
        sa.Column("results", sa.Text(), nullable=False),
        sa.Column("transferability", sa.Text(), nullable=False),
        sa.Column("source_title", sa.Text(), nullable=False),
        sa.Column("source_url", sa.Text(), nullable=False),
        sa.Column("source_year", sa.Integer(), nullable=True),
        sa.Column("adoption_status", sa.String(length=20), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "adoption_status IN ('identified', 'under_review', 'piloting', 'adopted', 'not_pursued', 'shared')",
            name=op.f("ck_practice_adoption_status"),
        ),
        sa.CheckConstraint(
            "source_year IS NULL OR source_year BETWEEN 1900 AND 2100",
            name=op.f("ck_practice_year"),
        ),
        sa.ForeignKeyConstraint(
            ["domain_id"], ["term.id"], name=op.f("fk_practice_domain_id_term"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["evidence_id"],
            ["term.id"],
            name=op.f("fk_practice_evidence_id_term"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["type_id"], ["term.id"], name=op.f("fk_practice_type_id_term"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_practice")),
    )
    op.create_table(
        "priority",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("title_en", sa.Text(), nullable=False),
        sa.Column("title_fr", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("domain_id", sa.Integer(), nullable=True),
        sa.Column("body_id", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["body_id"], ["body.id"], name=op.f("fk_priority_body_id_body"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["domain_id"], ["term.id"], name=op.f("fk_priority_domain_id_term"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plan.id"], name=op.f("fk_priority_plan_id_plan"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_priority")),
        sa.UniqueConstraint("plan_id", "code", name=op.f("uq_priority_plan_id_code")),
    )
    with op.batch_alter_table("priority", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_priority_body_id"), ["body_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_priority_domain_id"), ["domain_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_priority_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "body_membership",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("body_id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["body_id"],
            ["body.id"],
            name=op.f("fk_body_membership_body_id_body"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partner.id"],
            name=op.f("fk_body_membership_partner_id_partner"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_body_membership")),
        sa.UniqueConstraint(
            "body_id", "partner_id", name=op.f("uq_body_membership_body_id_partner_id")
        ),
    )
    with op.batch_alter_table("body_membership", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_body_membership_body_id"), ["body_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_body_membership_partner_id"), ["partner_id"], unique=False
        )

    op.create_table(
        "contact",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("role", sa.Text(), nullable=False),
        sa.Column("email", sa.Text(), nullable=False),
        sa.Column("phone", sa.Text(), nullable=False),
        sa.Column("is_primary", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partner.id"],
            name=op.f("fk_contact_partner_id_partner"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact")),
    )
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contact_partner_id"), ["partner_id"], unique=False)

    op.create_table(
        "objective",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("priority_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("title_en", sa.Text(), nullable=False),
        sa.Column("title_fr", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("outcome_level", sa.String(length=20), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "outcome_level IN ('output', 'immediate', 'intermediate', 'ultimate')",
            name=op.f("ck_objective_outcome_level"),
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plan.id"], name=op.f("fk_objective_plan_id_plan"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["priority_id"],
            ["priority.id"],
            name=op.f("fk_objective_priority_id_priority"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_objective")),
        sa.UniqueConstraint("plan_id", "code", name=op.f("uq_objective_plan_id_code")),
    )
    with op.batch_alter_table("objective", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_objective_plan_id"), ["plan_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_objective_priority_id"), ["priority_id"], unique=False)

    op.create_table(
        "practice_priority",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("practice_id", sa.Integer(), nullable=False),
        sa.Column("priority_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["practice_id"],
            ["practice.id"],
            name=op.f("fk_practice_priority_practice_id_practice"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["priority_id"],
            ["priority.id"],
            name=op.f("fk_practice_priority_priority_id_priority"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_practice_priority")),
        sa.UniqueConstraint(
            "practice_id", "priority_id", name=op.f("uq_practice_priority_practice_id_priority_id")
        ),
    )
    with op.batch_alter_table("practice_priority", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_practice_priority_practice_id"), ["practice_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_practice_priority_priority_id"), ["priority_id"], unique=False
        )

    op.create_table(
        "action",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("objective_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("title_en", sa.Text(), nullable=False),
        sa.Column("title_fr", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("lead_partner_id", sa.Integer(), nullable=True),
        sa.Column("body_id", sa.Integer(), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("status_id", sa.Integer(), nullable=False),
        sa.Column("percent_complete", sa.Integer(), nullable=False),
        sa.Column("planned_outputs", sa.Text(), nullable=False),
        sa.Column("budget", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("in_kind", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint("budget IS NULL OR budget >= 0", name=op.f("ck_action_budget")),
        sa.CheckConstraint("in_kind IS NULL OR in_kind >= 0", name=op.f("ck_action_in_kind")),
        sa.CheckConstraint("percent_complete BETWEEN 0 AND 100", name=op.f("ck_action_percent")),
        sa.CheckConstraint(
            "start_date IS NULL OR end_date IS NULL OR end_date >= start_date",
            name=op.f("ck_action_dates_in_order"),
        ),
        sa.ForeignKeyConstraint(
            ["body_id"], ["body.id"], name=op.f("fk_action_body_id_body"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["lead_partner_id"],
            ["partner.id"],
            name=op.f("fk_action_lead_partner_id_partner"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["objective_id"],
            ["objective.id"],
            name=op.f("fk_action_objective_id_objective"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plan.id"], name=op.f("fk_action_plan_id_plan"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["status_id"], ["status.id"], name=op.f("fk_action_status_id_status")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action")),
        sa.UniqueConstraint("plan_id", "code", name=op.f("uq_action_plan_id_code")),
    )
    with op.batch_alter_table("action", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_action_body_id"), ["body_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_action_end_date"), ["end_date"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_action_lead_partner_id"), ["lead_partner_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_action_objective_id"), ["objective_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_action_plan_id"), ["plan_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_action_status_id"), ["status_id"], unique=False)

    op.create_table(
        "action_characteristic",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("term_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["action_id"],
            ["action.id"],
            name=op.f("fk_action_characteristic_action_id_action"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["term_id"],
            ["term.id"],
            name=op.f("fk_action_characteristic_term_id_term"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_characteristic")),
        sa.UniqueConstraint(
            "action_id", "term_id", name=op.f("uq_action_characteristic_action_id_term_id")
        ),
    )
    with op.batch_alter_table("action_characteristic", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_action_characteristic_action_id"), ["action_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_action_characteristic_term_id"), ["term_id"], unique=False
        )

    op.create_table(
        "action_partner",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["action_id"],
            ["action.id"],
            name=op.f("fk_action_partner_action_id_action"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partner.id"],
            name=op.f("fk_action_partner_partner_id_partner"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_partner")),
        sa.UniqueConstraint(
            "action_id", "partner_id", name=op.f("uq_action_partner_action_id_partner_id")
        ),
    )
    with op.batch_alter_table("action_partner", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_action_partner_action_id"), ["action_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_action_partner_partner_id"), ["partner_id"], unique=False
        )

    op.create_table(
        "indicator",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("objective_id", sa.Integer(), nullable=True),
        sa.Column("action_id", sa.Integer(), nullable=True),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name_en", sa.Text(), nullable=False),
        sa.Column("name_fr", sa.Text(), nullable=False),
        sa.Column("unit", sa.Text(), nullable=False),
        sa.Column("baseline_value", sa.Float(), nullable=True),
        sa.Column("baseline_date", sa.Date(), nullable=True),
        sa.Column("target_value", sa.Float(), nullable=True),
        sa.Column("target_date", sa.Date(), nullable=True),
        sa.Column("direction", sa.String(length=10), nullable=False),
        sa.Column("data_source", sa.Text(), nullable=False),
        sa.Column("frequency", sa.String(length=12), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "direction IN ('increase', 'decrease', 'maintain')", name=op.f("ck_indicator_direction")
        ),
        sa.CheckConstraint(
            "frequency IN ('quarterly', 'semi-annual', 'annual', 'once')",
            name=op.f("ck_indicator_frequency"),
        ),
        sa.CheckConstraint(
            "(objective_id IS NULL) <> (action_id IS NULL)", name=op.f("ck_indicator_one_owner")
        ),
        sa.ForeignKeyConstraint(
            ["action_id"],
            ["action.id"],
            name=op.f("fk_indicator_action_id_action"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["objective_id"],
            ["objective.id"],
            name=op.f("fk_indicator_objective_id_objective"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plan.id"], name=op.f("fk_indicator_plan_id_plan"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_indicator")),
        sa.UniqueConstraint("plan_id", "code", name=op.f("uq_indicator_plan_id_code")),
    )
    with op.batch_alter_table("indicator", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_indicator_action_id"), ["action_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_indicator_objective_id"), ["objective_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_indicator_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "practice_action",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("practice_id", sa.Integer(), nullable=False),
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["action_id"],
            ["action.id"],
            name=op.f("fk_practice_action_action_id_action"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["practice_id"],
            ["practice.id"],
            name=op.f("fk_practice_action_practice_id_practice"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_practice_action")),
        sa.UniqueConstraint(
            "practice_id", "action_id", name=op.f("uq_practice_action_practice_id_action_id")
        ),
    )
    with op.batch_alter_table("practice_action", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_practice_action_action_id"), ["action_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_practice_action_practice_id"), ["practice_id"], unique=False
        )

    op.create_table(
        "progress_update",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("fiscal_year", sa.Integer(), nullable=False),
        sa.Column("quarter", sa.Integer(), nullable=False),
        sa.Column("status_id", sa.Integer(), nullable=False),
        sa.Column("percent_complete", sa.Integer(), nullable=False),
        sa.Column("outputs", sa.Text(), nullable=False),
        sa.Column("successes", sa.Text(), nullable=False),
        sa.Column("challenges", sa.Text(), nullable=False),
        sa.Column("next_steps", sa.Text(), nullable=False),
        sa.Column("reported_by", sa.Text(), nullable=False),
        sa.Column("reported_on", sa.Date(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "percent_complete BETWEEN 0 AND 100", name=op.f("ck_progress_update_percent")
        ),
        sa.CheckConstraint("quarter BETWEEN 1 AND 4", name=op.f("ck_progress_update_quarter")),
        sa.ForeignKeyConstraint(
            ["action_id"],
            ["action.id"],
            name=op.f("fk_progress_update_action_id_action"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["status_id"], ["status.id"], name=op.f("fk_progress_update_status_id_status")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_progress_update")),
    )
    with op.batch_alter_table("progress_update", schema=None) as batch_op:
        batch_op.create_index(
            "ix_progress_update_action_period",
            ["action_id", "fiscal_year", "quarter"],
            unique=False,
        )
        batch_op.create_index("ix_progress_update_period", ["fiscal_year", "quarter"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_progress_update_status_id"), ["status_id"], unique=False
        )

    op.create_table(
        "indicator_value",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("indicator_id", sa.Integer(), nullable=False),
        sa.Column("fiscal_year", sa.Integer(), nullable=False),
        sa.Column("quarter", sa.Integer(), nullable=False),
        sa.Column("value", sa.Float(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("recorded_on", sa.Date(), nullable=True),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint("quarter BETWEEN 0 AND 4", name=op.f("ck_indicator_value_quarter")),
        sa.ForeignKeyConstraint(
            ["indicator_id"],
            ["indicator.id"],
            name=op.f("fk_indicator_value_indicator_id_indicator"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_indicator_value")),
        sa.UniqueConstraint(
            "indicator_id",
            "fiscal_year",
            "quarter",
            name=op.f("uq_indicator_value_indicator_id_fiscal_year_quarter"),
        ),
    )
    with op.batch_alter_table("indicator_value", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_indicator_value_indicator_id"), ["indicator_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("indicator_value", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_indicator_value_indicator_id"))

    op.drop_table("indicator_value")
    with op.batch_alter_table("progress_update", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_progress_update_status_id"))
        batch_op.drop_index("ix_progress_update_period")
        batch_op.drop_index("ix_progress_update_action_period")

    op.drop_table("progress_update")
    with op.batch_alter_table("practice_action", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_practice_action_practice_id"))
        batch_op.drop_index(batch_op.f("ix_practice_action_action_id"))

    op.drop_table("practice_action")
    with op.batch_alter_table("indicator", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_indicator_plan_id"))
        batch_op.drop_index(batch_op.f("ix_indicator_objective_id"))
        batch_op.drop_index(batch_op.f("ix_indicator_action_id"))

    op.drop_table("indicator")
    with op.batch_alter_table("action_partner", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_partner_partner_id"))
        batch_op.drop_index(batch_op.f("ix_action_partner_action_id"))

    op.drop_table("action_partner")
    with op.batch_alter_table("action_characteristic", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_characteristic_term_id"))
        batch_op.drop_index(batch_op.f("ix_action_characteristic_action_id"))

    op.drop_table("action_characteristic")
    with op.batch_alter_table("action", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_status_id"))
        batch_op.drop_index(batch_op.f("ix_action_plan_id"))
        batch_op.drop_index(batch_op.f("ix_action_objective_id"))
        batch_op.drop_index(batch_op.f("ix_action_lead_partner_id"))
        batch_op.drop_index(batch_op.f("ix_action_end_date"))
        batch_op.drop_index(batch_op.f("ix_action_body_id"))

    op.drop_table("action")
    with op.batch_alter_table("practice_priority", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_practice_priority_priority_id"))
        batch_op.drop_index(batch_op.f("ix_practice_priority_practice_id"))

    op.drop_table("practice_priority")
    with op.batch_alter_table("objective", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_objective_priority_id"))
        batch_op.drop_index(batch_op.f("ix_objective_plan_id"))

    op.drop_table("objective")
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_partner_id"))

    op.drop_table("contact")
    with op.batch_alter_table("body_membership", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_body_membership_partner_id"))
        batch_op.drop_index(batch_op.f("ix_body_membership_body_id"))

    op.drop_table("body_membership")
    with op.batch_alter_table("priority", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_priority_plan_id"))
        batch_op.drop_index(batch_op.f("ix_priority_domain_id"))
        batch_op.drop_index(batch_op.f("ix_priority_body_id"))

    op.drop_table("priority")
    op.drop_table("practice")
    with op.batch_alter_table("partner", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_partner_sector_id"))

    op.drop_table("partner")
    with op.batch_alter_table("term", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_term_vocabulary"))

    op.drop_table("term")
    op.drop_table("status")
    op.drop_table("plan")
    op.drop_table("partnership")
    op.drop_table("lipplanner_info")
    with op.batch_alter_table("body", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_body_parent_id"))

    op.drop_table("body")
