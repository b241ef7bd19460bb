"""The configurable lists: action statuses and the vocabularies (domains, sectors,
welcoming-community characteristics, practice types, evidence levels)."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from lipplanner.core.models.base import Base, Versioned

# What a status means to the roll-up rules, whatever the coordinator calls it.
STATUS_KINDS = ("not_started", "active", "ongoing", "completed", "discontinued")
VOCABULARIES = ("domain", "sector", "characteristic", "practice_type", "evidence_level")


class Status(Versioned, Base):
    """One entry of the action status list (e.g. "On track", green, active, severity 0)."""

    __tablename__ = "status"
    __table_args__ = (
        CheckConstraint(f"kind IN {STATUS_KINDS!r}", name="kind"),
        CheckConstraint("severity BETWEEN 0 AND 9", name="severity"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(40), unique=True)
    label_en: Mapped[str] = mapped_column(Text)
    label_fr: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(String(20))
    # 0 = fine … 3 = serious: the roll-up shows the worst severity among active actions.
    severity: Mapped[int] = mapped_column(Integer, default=0)
    colour: Mapped[str] = mapped_column(String(7), default="#9e9e9e")
    description_en: Mapped[str] = mapped_column(Text, default="")
    description_fr: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class Term(Versioned, Base):
    """An entry of one of the vocabularies (domain, sector, characteristic, …)."""

    __tablename__ = "term"
    __table_args__ = (
        UniqueConstraint("vocabulary", "key"),
        CheckConstraint(f"vocabulary IN {VOCABULARIES!r}", name="vocabulary"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    vocabulary: Mapped[str] = mapped_column(String(20), index=True)
    key: Mapped[str] = mapped_column(String(60))
    label_en: Mapped[str] = mapped_column(Text)
    label_fr: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
