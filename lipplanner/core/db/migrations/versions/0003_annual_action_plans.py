"""annual action plans: the plan's current fiscal year, and when actions closed

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30 04:20:00

A plan spans several fiscal years; each April the partnership works to an annual
action plan. Rather than copying actions every year (which would split one action's
progress history across copies), an action stays one row and records the fiscal year
whose annual plan closed it (`closed_year`) and the year it was last carried over from
(`carried_from_year`); the plan records the year in effect (`current_year`).
All three are nullable, so existing files keep every row unchanged.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("plan", schema=None) as batch_op:
        batch_op.add_column(sa.Column("current_year", sa.Integer(), nullable=True))
    with op.batch_alter_table("action", schema=None) as batch_op:
        batch_op.add_column(sa.Column("closed_year", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("carried_from_year", sa.Integer(), nullable=True))
        batch_op.create_index("ix_action_closed_year", ["closed_year"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("action", schema=None) as batch_op:
        batch_op.drop_index("ix_action_closed_year")
        batch_op.drop_column("carried_from_year")
        batch_op.drop_column("closed_year")
    with op.batch_alter_table("plan", schema=None) as batch_op:
        batch_op.drop_column("current_year")
