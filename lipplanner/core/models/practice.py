"""The library of promising practices the partnership learns from or shares."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from lipplanner.core.models.base import Base, Versioned

ADOPTION_STATUSES = ("identified", "under_review", "piloting", "adopted", "not_pursued", "shared")


class Practice(Versioned, Base):
    __tablename__ = "practice"
    __table_args__ = (
        CheckConstraint(f"adoption_status IN {ADOPTION_STATUSES!r}", name="adoption_status"),
        CheckConstraint("source_year IS NULL OR source_year BETWEEN 1900 AND 2100", name="year"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    title_en: Mapped[str] = mapped_column(Text)
    title_fr: Mapped[str] = mapped_column(Text, default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    location: Mapped[str] = mapped_column(Text, default="")
    organisation: Mapped[str] = mapped_column(Text, default="")
    domain_id: Mapped[int | None] = mapped_column(ForeignKey("term.id", ondelete="SET NULL"))
    type_id: Mapped[int | None] = mapped_column(ForeignKey("term.id", ondelete="SET NULL"))
    evidence_id: Mapped[int | None] = mapped_column(ForeignKey("term.id", ondelete="SET NULL"))
    results: Mapped[str] = mapped_column(Text, default="")
    transferability: Mapped[str] = mapped_column(Text, default="")
    source_title: Mapped[str] = mapped_column(Text, default="")
    source_url: Mapped[str] = mapped_column(Text, default="")
    source_year: Mapped[int | None] = mapped_column(Integer)
    adoption_status: Mapped[str] = mapped_column(String(20), default="identified")


class PracticePriority(Base):
    __tablename__ = "practice_priority"
    __table_args__ = (UniqueConstraint("practice_id", "priority_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    practice_id: Mapped[int] = mapped_column(
        ForeignKey("practice.id", ondelete="CASCADE"), index=True
    )
    priority_id: Mapped[int] = mapped_column(
        ForeignKey("priority.id", ondelete="CASCADE"), index=True
    )


class PracticeAction(Base):
    __tablename__ = "practice_action"
    __table_args__ = (UniqueConstraint("practice_id", "action_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    practice_id: Mapped[int] = mapped_column(
        ForeignKey("practice.id", ondelete="CASCADE"), index=True
    )
    action_id: Mapped[int] = mapped_column(ForeignKey("action.id", ondelete="CASCADE"), index=True)
