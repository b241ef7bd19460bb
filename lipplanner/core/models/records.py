"""What the file keeps about itself: identity, change history, trash and the
reports sent to funders."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Index, Integer, LargeBinary, String, Text, func
from sqlalchemy.orm import Mapped, mapped_column

from lipplanner.core.models.base import Base


class FileInfo(Base):
    """Key/value facts about the plan file (marks it as ours on any database)."""

    __tablename__ = "lipplanner_info"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ChangeRecord(Base):
    """One field of one row changed by someone at some time (the History)."""

    __tablename__ = "change_record"
    __table_args__ = (
        Index("ix_change_record_entity", "entity", "entity_id"),
        Index("ix_change_record_at", "at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=func.now())
    user: Mapped[str] = mapped_column(Text, default="")
    # Changes made by one command share a batch so they can be listed together.
    batch: Mapped[str] = mapped_column(String(40), default="")
    operation: Mapped[str] = mapped_column(String(10))  # insert, update, delete
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int] = mapped_column(Integer)
    field: Mapped[str] = mapped_column(String(60), default="")
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)


class TrashItem(Base):
    """A deleted item with its children and links, as JSON rows, until restored or emptied."""

    __tablename__ = "trash_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    deleted_at: Mapped[datetime] = mapped_column(DateTime, default=func.now())
    deleted_by: Mapped[str] = mapped_column(Text, default="")
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(Text, default="")
    rows_json: Mapped[str] = mapped_column(Text)


class SubmittedReport(Base):
    """A report as it was sent: the workbook bytes and the data behind it, frozen."""

    __tablename__ = "submitted_report"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int | None] = mapped_column(ForeignKey("plan.id", ondelete="SET NULL"))
    submitted_at: Mapped[datetime] = mapped_column(DateTime, default=func.now())
    submitted_by: Mapped[str] = mapped_column(Text, default="")
    recipient: Mapped[str] = mapped_column(Text, default="")
    period: Mapped[str] = mapped_column(String(12))
    language: Mapped[str] = mapped_column(String(2), default="en")
    file_name: Mapped[str] = mapped_column(Text, default="")
    workbook: Mapped[bytes] = mapped_column(LargeBinary)
    snapshot_json: Mapped[str] = mapped_column(Text)
