"""Quarterly progress updates and indicators with their values per period."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column

from lipplanner.core.models.base import Base, Versioned

FREQUENCIES = ("quarterly", "semi-annual", "annual", "once")
DIRECTIONS = ("increase", "decrease", "maintain")


class ProgressUpdate(Versioned, Base):
    """What a lead partner reported on an action for one fiscal quarter.

    More than one update per action and quarter is allowed (a correction is a later
    entry); the latest one — by `reported_on`, then by id — is the quarter's update.
    """

    __tablename__ = "progress_update"
    __table_args__ = (
        CheckConstraint("quarter BETWEEN 1 AND 4", name="quarter"),
        CheckConstraint("percent_complete BETWEEN 0 AND 100", name="percent"),
        Index("ix_progress_update_action_period", "action_id", "fiscal_year", "quarter"),
        Index("ix_progress_update_period", "fiscal_year", "quarter"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    action_id: Mapped[int] = mapped_column(ForeignKey("action.id", ondelete="CASCADE"))
    fiscal_year: Mapped[int] = mapped_column(Integer)
    quarter: Mapped[int] = mapped_column(Integer)
    status_id: Mapped[int] = mapped_column(ForeignKey("status.id"), index=True)
    percent_complete: Mapped[int] = mapped_column(Integer, default=0)
    outputs: Mapped[str] = mapped_column(Text, default="")
    successes: Mapped[str] = mapped_column(Text, default="")
    challenges: Mapped[str] = mapped_column(Text, default="")
    next_steps: Mapped[str] = mapped_column(Text, default="")
    reported_by: Mapped[str] = mapped_column(Text, default="")
    reported_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(
        DateTime, default=func.now(), server_default=func.now()
    )


class Indicator(Versioned, Base):
    """A measure on an objective or an action, with a baseline and a target."""

    __tablename__ = "indicator"
    __table_args__ = (
        CheckConstraint("(objective_id IS NULL) <> (action_id IS NULL)", name="one_owner"),
        CheckConstraint(f"frequency IN {FREQUENCIES!r}", name="frequency"),
        CheckConstraint(f"direction IN {DIRECTIONS!r}", name="direction"),
        UniqueConstraint("plan_id", "code"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    objective_id: Mapped[int | None] = mapped_column(
        ForeignKey("objective.id", ondelete="CASCADE"), index=True
    )
    action_id: Mapped[int | None] = mapped_column(
        ForeignKey("action.id", ondelete="CASCADE"), index=True
    )
    code: Mapped[str] = mapped_column(String(20))
    name_en: Mapped[str] = mapped_column(Text)
    name_fr: Mapped[str] = mapped_column(Text, default="")
    unit: Mapped[str] = mapped_column(Text, default="")
    baseline_value: Mapped[float | None] = mapped_column(Float)
    baseline_date: Mapped[date | None] = mapped_column(Date)
    target_value: Mapped[float | None] = mapped_column(Float)
    target_date: Mapped[date | None] = mapped_column(Date)
    # Whether a higher actual is better; decides "target met".
    direction: Mapped[str] = mapped_column(String(10), default="increase")
    data_source: Mapped[str] = mapped_column(Text, default="")
    frequency: Mapped[str] = mapped_column(String(12), default="quarterly")
    position: Mapped[int] = mapped_column(Integer, default=0)


class IndicatorValue(Versioned, Base):
    """The actual value of an indicator for one period.

    `quarter` 0 means the whole fiscal year. `value` NULL is an explicit "no data".
    """

    __tablename__ = "indicator_value"
    __table_args__ = (
        UniqueConstraint("indicator_id", "fiscal_year", "quarter"),
        CheckConstraint("quarter BETWEEN 0 AND 4", name="quarter"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    indicator_id: Mapped[int] = mapped_column(
        ForeignKey("indicator.id", ondelete="CASCADE"), index=True
    )
    fiscal_year: Mapped[int] = mapped_column(Integer)
    quarter: Mapped[int] = mapped_column(Integer, default=0)
    value: Mapped[float | None] = mapped_column(Float)
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_on: Mapped[date | None] = mapped_column(Date)
