"""The partnership itself, its bodies (council, committees, working groups) and
the partner organisations with their contacts."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from lipplanner.core.models.base import Base, Versioned

BODY_KINDS = ("council", "committee", "working_group", "secretariat", "other")


class Partnership(Versioned, Base):
    """The LIP whose plan this file holds (one row)."""

    __tablename__ = "partnership"

    id: Mapped[int] = mapped_column(primary_key=True)
    name_en: Mapped[str] = mapped_column(Text)
    name_fr: Mapped[str] = mapped_column(Text, default="")
    acronym_en: Mapped[str] = mapped_column(Text, default="")
    acronym_fr: Mapped[str] = mapped_column(Text, default="")
    catchment: Mapped[str] = mapped_column(Text, default="")
    agreement_holder: Mapped[str] = mapped_column(Text, default="")
    coordinator: Mapped[str] = mapped_column(Text, default="")
    email: Mapped[str] = mapped_column(Text, default="")


class Body(Versioned, Base):
    """The council, a committee or a working group; bodies may nest."""

    __tablename__ = "body"
    __table_args__ = (CheckConstraint(f"kind IN {BODY_KINDS!r}", name="kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name_en: Mapped[str] = mapped_column(Text)
    name_fr: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(String(20), default="working_group")
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("body.id", ondelete="SET NULL"), index=True
    )
    mandate: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class Partner(Versioned, Base):
    """A partner organisation (names in both languages where it has them)."""

    __tablename__ = "partner"

    id: Mapped[int] = mapped_column(primary_key=True)
    name_en: Mapped[str] = mapped_column(Text, unique=True)
    name_fr: Mapped[str] = mapped_column(Text, default="")
    acronym: Mapped[str] = mapped_column(Text, default="")
    sector_id: Mapped[int | None] = mapped_column(
        ForeignKey("term.id", ondelete="SET NULL"), index=True
    )
    # Languages of service, as the coordinator writes them ("English, French, Arabic").
    languages: Mapped[str] = mapped_column(Text, default="")
    website: Mapped[str] = mapped_column(Text, default="")
    email: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(Text, default="")
    address: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    contacts: Mapped[list[Contact]] = relationship(
        back_populates="partner",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Contact.position",
    )


class Contact(Versioned, Base):
    """A contact person at a partner organisation."""

    __tablename__ = "contact"

    id: Mapped[int] = mapped_column(primary_key=True)
    partner_id: Mapped[int] = mapped_column(
        ForeignKey("partner.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(Text)
    role: Mapped[str] = mapped_column(Text, default="")
    email: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(Text, default="")
    is_primary: Mapped[bool] = mapped_column(default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)

    partner: Mapped[Partner] = relationship(back_populates="contacts")


class BodyMembership(Base):
    """A partner sitting on a body (council member, working-group chair, …)."""

    __tablename__ = "body_membership"
    __table_args__ = (UniqueConstraint("body_id", "partner_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    body_id: Mapped[int] = mapped_column(ForeignKey("body.id", ondelete="CASCADE"), index=True)
    partner_id: Mapped[int] = mapped_column(
        ForeignKey("partner.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[str] = mapped_column(Text, default="member")
