"""priority narratives, and French status labels that agree with "action"

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 10:30:00

The report's Summary tells each priority's story for the period in the coordinator's
words: one narrative per priority and period (quarter 0 = the whole fiscal year), with
the language it was written in. The default French status labels were masculine; an
*action* is feminine ("Réalisée comme prévu"), so labels still at the old default are
reworded. Labels a coordinator changed are left alone.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# key → (old default French label, new one), and the same for the descriptions.
LABELS = {
    "not_started": ("Pas commencé", "Pas commencée"),
    "completed": ("Terminé", "Terminée"),
    "discontinued": ("Abandonné", "Abandonnée"),
    "serious_concerns": ("Préoccupations sérieuses", "Préoccupations importantes"),
}
DESCRIPTIONS = {
    "completed": ("Réalisé comme prévu.", "Réalisée comme prévu."),
    "discontinued": ("Ne sera pas réalisé.", "Ne sera pas réalisée."),
}


def _reword(column: str, table: dict[str, tuple[str, str]], backwards: bool = False) -> None:
    for key, (old, new) in table.items():
        before, after = (new, old) if backwards else (old, new)
        op.execute(
            sa.text(
                f"UPDATE status SET {column} = :after WHERE key = :key AND {column} = :before"
            ).bindparams(after=after, key=key, before=before)
        )


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
    _reword("label_fr", LABELS)
    _reword("description_fr", DESCRIPTIONS)


def downgrade() -> None:
    _reword("description_fr", DESCRIPTIONS, backwards=True)
    _reword("label_fr", LABELS, backwards=True)
    with op.batch_alter_table("priority_narrative", schema=None) as batch_op:
        batch_op.drop_index("ix_priority_narrative_priority_id")
    op.drop_table("priority_narrative")
