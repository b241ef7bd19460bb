"""The partnership's people: its bodies (with members) and partners (with contacts)."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lipplanner.core.services.plan_view import _tables as t
from lipplanner.core.services.plan_view._sql import Ids, columns, only, rows
from lipplanner.core.services.plan_view.deferred import Maker
from lipplanner.core.services.plan_view.values import BodyView, ContactView, PartnerView


def load_bodies(session: Session, ids: Ids = None) -> dict[int, BodyView]:
    """Bodies in list order, each with its member partners."""
    members: dict[int, list[int]] = defaultdict(list)
    membership = select(t.BodyMembership.body_id, t.BodyMembership.partner_id)
    for body_id, partner_id in rows(session, only(membership, t.BodyMembership.body_id, ids)):
        members[body_id].append(partner_id)
    query = select(*columns(t.Body)).order_by(t.Body.position, t.Body.id)
    return {
        r.id: BodyView(
            r.id,
            r.name_en,
            r.name_fr,
            r.kind,
            r.parent_id,
            r.mandate,
            r.position,
            tuple(members.get(r.id, ())),
        )
        for r in rows(session, only(query, t.Body.id, ids))
    }


def load_partners(session: Session, ids: Ids = None) -> dict[int, PartnerView]:
    """Partners by name, each with its contacts in list order."""
    return partners_later(session, ids)()


def partners_later(session: Session, ids: Ids = None) -> Maker[int, PartnerView]:
    """`load_partners`' rows read now, its views made when called (`Deferred`)."""
    contact_query = select(*columns(t.Contact)).order_by(t.Contact.position, t.Contact.id)
    contact_rows = rows(session, only(contact_query, t.Contact.partner_id, ids))
    query = select(*columns(t.Partner, exclude=("version", "updated_at"))).order_by(
        func.lower(t.Partner.name_en)
    )
    partner_rows = rows(session, only(query, t.Partner.id, ids))

    def make() -> dict[int, PartnerView]:
        contacts: dict[int, list[ContactView]] = defaultdict(list)
        for c in contact_rows:
            contacts[c.partner_id].append(
                ContactView(c.id, c.name, c.role, c.email, c.phone, c.is_primary)
            )
        return {
            r.id: PartnerView(
                r.id,
                r.name_en,
                r.name_fr,
                r.acronym,
                r.sector_id,
                r.languages,
                r.website,
                r.email,
                r.phone,
                r.address,
                r.notes,
                tuple(contacts.get(r.id, ())),
            )
            for r in partner_rows
        }

    return make
