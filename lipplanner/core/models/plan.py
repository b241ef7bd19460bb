"""The strategic plan: priorities → objectives → actions carried out by partners."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from lipplanner.core.models.base import Base, Versioned

PLAN_STATUSES = ("draft", "approved", "superseded")
OUTCOME_LEVELS = ("output", "immediate", "intermediate", "ultimate")


class Plan(Versioned, Base):
    """A local settlement strategy of several fiscal years."""

    __tablename__ = "plan"
    __table_args__ = (
        CheckConstraint("last_year >= first_year", name="years_in_order"),
        CheckConstraint(f"status IN {PLAN_STATUSES!r}", name="status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    title_en: Mapped[str] = mapped_column(Text)
    title_fr: Mapped[str] = mapped_column(Text, default="")
    # Fiscal years by the calendar year they start in: 2024 is 2024-25.
    first_year: Mapped[int] = mapped_column(Integer)
    last_year: Mapped[int] = mapped_column(Integer)
    vision: Mapped[str] = mapped_column(Text, default="")
    approved_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="draft")
    # The fiscal year of the annual action plan in effect; NULL until the first roll-over.
    current_year: Mapped[int | None] = mapped_column(Integer)


class Priority(Versioned, Base):
    """A strategic priority (direction, pillar) of the plan."""

    __tablename__ = "priority"
    __table_args__ = (UniqueConstraint("plan_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(20))
    title_en: Mapped[str] = mapped_column(Text)
    title_fr: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    domain_id: Mapped[int | None] = mapped_column(
        ForeignKey("term.id", ondelete="SET NULL"), index=True
    )
    body_id: Mapped[int | None] = mapped_column(
        ForeignKey("body.id", ondelete="SET NULL"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)


class Objective(Versioned, Base):
    """An objective / expected outcome under a priority."""

    __tablename__ = "objective"
    __table_args__ = (
        UniqueConstraint("plan_id", "code"),
        CheckConstraint(f"outcome_level IN {OUTCOME_LEVELS!r}", name="outcome_level"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # Denormalised from the priority so codes can be unique per plan in the database.
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    priority_id: Mapped[int] = mapped_column(
        ForeignKey("priority.id", ondelete="CASCADE"), index=True
    )
    code: Mapped[str] = mapped_column(String(20))
    title_en: Mapped[str] = mapped_column(Text)
    title_fr: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    outcome_level: Mapped[str] = mapped_column(String(20), default="intermediate")
    position: Mapped[int] = mapped_column(Integer, default=0)


class Action(Versioned, Base):
    """An action / activity a lead partner carries out with supporting partners."""

    __tablename__ = "action"
    __table_args__ = (
        UniqueConstraint("plan_id", "code"),
        CheckConstraint("percent_complete BETWEEN 0 AND 100", name="percent"),
        CheckConstraint(
            "start_date IS NULL OR end_date IS NULL OR end_date >= start_date",
            name="dates_in_order",
        ),
        CheckConstraint("budget IS NULL OR budget >= 0", name="budget"),
        CheckConstraint("in_kind IS NULL OR in_kind >= 0", name="in_kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    objective_id: Mapped[int] = mapped_column(
        ForeignKey("objective.id", ondelete="CASCADE"), index=True
    )
    code: Mapped[str] = mapped_column(String(20))
    title_en: Mapped[str] = mapped_column(Text)
    title_fr: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    # RESTRICT: a partner who leads actions cannot vanish silently; the UI offers a choice.
    lead_partner_id: Mapped[int | None] = mapped_column(
        ForeignKey("partner.id", ondelete="RESTRICT"), index=True
    )
    body_id: Mapped[int | None] = mapped_column(
        ForeignKey("body.id", ondelete="SET NULL"), index=True
    )
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date, index=True)
    # The status and percent set on the action itself; progress updates supersede them.
    status_id: Mapped[int] = mapped_column(ForeignKey("status.id"), index=True)
    percent_complete: Mapped[int] = mapped_column(Integer, default=0)
    planned_outputs: Mapped[str] = mapped_column(Text, default="")
    budget: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    in_kind: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    position: Mapped[int] = mapped_column(Integer, default=0)
    # The fiscal year whose annual action plan closed the action (completed or
    # discontinued); NULL while it is open. It stays in that year's plan, not later ones.
    closed_year: Mapped[int | None] = mapped_column(Integer, index=True)
    # The fiscal year it was last carried over from into the next annual plan.
    carried_from_year: Mapped[int | None] = mapped_column(Integer)


class ActionPartner(Base):
    """A supporting partner of an action, with its role in it."""

    __tablename__ = "action_partner"
    __table_args__ = (UniqueConstraint("action_id", "partner_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    action_id: Mapped[int] = mapped_column(ForeignKey("action.id", ondelete="CASCADE"), index=True)
    partner_id: Mapped[int] = mapped_column(
        ForeignKey("partner.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[str] = mapped_column(Text, default="")


class ActionCharacteristic(Base):
    """A welcoming-community characteristic an action advances."""

    __tablename__ = "action_characteristic"
    __table_args__ = (UniqueConstraint("action_id", "term_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    action_id: Mapped[int] = mapped_column(ForeignKey("action.id", ondelete="CASCADE"), index=True)
    term_id: Mapped[int] = mapped_column(ForeignKey("term.id", ondelete="CASCADE"), index=True)


NARRATIVE_LANGUAGES = ("en", "fr")


class PriorityNarrative(Versioned, Base):
    """What the coordinator writes about a priority for one reporting period: the story
    the report's Summary tells (quarter 0 is the whole fiscal year)."""

    __tablename__ = "priority_narrative"
    __table_args__ = (
        UniqueConstraint("priority_id", "fiscal_year", "quarter"),
        CheckConstraint("quarter BETWEEN 0 AND 4", name="quarter"),
        CheckConstraint(f"lang IN {NARRATIVE_LANGUAGES!r}", name="lang"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    priority_id: Mapped[int] = mapped_column(
        ForeignKey("priority.id", ondelete="CASCADE"), index=True
    )
    fiscal_year: Mapped[int] = mapped_column(Integer)
    quarter: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text, default="")
    # The language it is written in: a report in the other language says so.
    lang: Mapped[str] = mapped_column(String(2), default="en")
