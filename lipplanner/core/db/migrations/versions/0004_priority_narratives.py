"""priority narratives

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 10:30:00

The report's Summary tells each priority's story for the period in the coordinator's
words: one narrative per priority and period (quarter 0 = the whole fiscal year), with
the language it was written in. Existing rows are not touched.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "priority_narrative",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("priority_id", sa.Integer(), nullable=False),
        sa.Column("fiscal_year", sa.Integer(), nullable=False),
        sa.Column("quarter", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("lang", sa.String(length=2), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.func.now(), nullable=False),
        sa.CheckConstraint("quarter BETWEEN 0 AND 4", name=op.f("ck_priority_narrative_quarter")),
        sa.CheckConstraint("lang IN ('en', 'fr')", name=op.f("ck_priority_narrative_lang")),
        sa.ForeignKeyConstraint(
            ["priority_id"],
            ["priority.id"],
            name=op.f("fk_priority_narrative_priority_id_priority"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_priority_narrative")),
        sa.UniqueConstraint(
            "priority_id",
            "fiscal_year",
            "quarter",
            name=op.f("uq_priority_narrative_priority_id_fiscal_year_quarter"),
        ),
    )
    with op.batch_alter_table("priority_narrative", schema=None) as batch_op:
        batch_op.create_index("ix_priority_narrative_priority_id", ["priority_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("priority_narrative", schema=None) as batch_op:
        batch_op.drop_index("ix_priority_narrative_priority_id")
    op.drop_table("priority_narrative")
