"""The quarterly round: who still owes an update, and last quarter's values to start from."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from lipplanner.core.db import PlanDatabase
from lipplanner.core.periods import Period
from lipplanner.core.services.plan_view import (
    ActionView,
    ContactView,
    PlanView,
    UpdateView,
    current_plan_id,
    latest_update_views,
)


@dataclass(frozen=True)
class PartnerDue:
    """One lead partner's actions still without an update in the period."""

    partner_id: int | None  # None: actions without a lead partner
    name_en: str
    name_fr: str
    contact: ContactView | None  # the partner's main contact
    email: str  # the contact's, else the organisation's
    phone: str
    actions: tuple[ActionView, ...]

    def name(self, lang: str = "en") -> str:
        return (self.name_fr or self.name_en) if lang == "fr" else (self.name_en or self.name_fr)


def updates_due(view: PlanView) -> list[PartnerDue]:
    """The chase list: actions that should report in the view's period and have not
    (the "stale" rule), grouped by lead partner in name order, unled actions last."""
    grouped: dict[int | None, list[ActionView]] = {}
    for action in view.ordered_actions:
        if view.health[action.id].stale:
            grouped.setdefault(action.lead_partner_id, []).append(action)
    result: list[PartnerDue] = []
    for partner_id, actions in grouped.items():
        partner = view.partners.get(partner_id) if partner_id is not None else None
        if partner is None:
            result.append(PartnerDue(None, "", "", None, "", "", tuple(actions)))
            continue
        contact = partner.main_contact
        result.append(
            PartnerDue(
                partner.id,
                partner.name_en,
                partner.name_fr,
                contact,
                (contact.email if contact else "") or partner.email,
                (contact.phone if contact else "") or partner.phone,
                tuple(actions),
            )
        )
    result.sort(key=lambda due: (due.partner_id is None, due.name_en.casefold()))
    return result


def previous_updates(
    db: PlanDatabase, period: Period, ids: Collection[int] | None = None
) -> dict[int, UpdateView]:
    """Each action's (or each of `ids`') latest update before `period` (to copy as a
    starting point)."""
    before = period.quarters()[0].previous()
    with db.reading() as session:
        return latest_update_views(
            session, current_plan_id(session), before, None if ids is None else list(ids)
        )
