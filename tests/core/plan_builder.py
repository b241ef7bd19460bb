"""A tiny builder for hand-made plans in the progress tests (no Qt)."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select

from lipplanner.core import models as m
from lipplanner.core.db import PlanDatabase
from lipplanner.core.periods import Period
from lipplanner.core.services import editing, tracking
from lipplanner.core.services.plan_view import PlanView, load_plan_view, plan_id_of


class PlanBuilder:
    """Priorities, objectives, actions and updates in the `empty_plan` (2025-26 to 2027-28)."""

    def __init__(self, db: PlanDatabase) -> None:
        self.db = db
        self.plan_id = plan_id_of(db)
        with db.reading() as session:
            self.status = {s.key: s.id for s in session.scalars(select(m.Status))}
        self._count = 0

    def priority(self, code: str = "P1") -> int:
        return editing.create(
            self.db, "priority", {"plan_id": self.plan_id, "code": code, "title_en": code}
        )

    def objective(self, priority_id: int, code: str = "O1") -> int:
        return editing.create(
            self.db, "objective", {"priority_id": priority_id, "code": code, "title_en": code}
        )

    def partner(self, name: str, **values: Any) -> int:
        return editing.create(self.db, "partner", {"name_en": name, **values})

    def action(
        self,
        objective_id: int,
        status: str = "not_started",
        percent: int = 0,
        *,
        start: date | None = date(2025, 4, 1),
        end: date | None = date(2027, 3, 31),
        lead: int | None = None,
    ) -> int:
        self._count += 1
        return editing.create(
            self.db,
            "action",
            {
                "objective_id": objective_id,
                "code": f"A{self._count}",
                "title_en": f"Action {self._count}",
                "status_id": self.status[status],
                "percent_complete": percent,
                "start_date": start,
                "end_date": end,
                "lead_partner_id": lead,
            },
        )

    def update(
        self,
        action_id: int,
        period: str,
        status: str,
        percent: int = 0,
        *,
        reported_on: date | None = None,
    ) -> int:
        values: dict[str, Any] = {"status_id": self.status[status], "percent_complete": percent}
        values["reported_on"] = reported_on or Period.parse(period).end
        return tracking.record_progress(self.db, action_id, Period.parse(period), values)

    def view(self, period: str, today: date = date(2030, 1, 1)) -> PlanView:
        return load_plan_view(self.db, Period.parse(period), today=today)
