"""Seeding a new plan file and filling in its partnership and plan."""

from __future__ import annotations

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from lipplanner.core import defaults
from lipplanner.core.db import PlanDatabase
from lipplanner.core.errors import UserError
from lipplanner.core.models import Partnership, Plan, Status, Term
from lipplanner.core.periods import MAX_YEAR, MIN_YEAR, fiscal_year_label
from lipplanner.core.services.validation import clean_name


def seed_defaults(session: Session) -> None:
    """Fill the configurable lists with DOMAIN.md's defaults (only into empty lists)."""
    if session.scalar(select(Status.id).limit(1)) is None:
        session.execute(
            insert(Status),
            [
                {**status._asdict(), "position": index}
                for index, status in enumerate(defaults.STATUSES)
            ],
        )
    if session.scalar(select(Term.id).limit(1)) is None:
        session.execute(
            insert(Term),
            [
                {
                    "vocabulary": vocabulary,
                    "key": key,
                    "label_en": en,
                    "label_fr": fr,
                    "position": index,
                }
                for vocabulary, terms in defaults.TERMS.items()
                for index, (key, en, fr) in enumerate(terms)
            ],
        )


def setup_plan(
    db: PlanDatabase,
    *,
    lip_name: str,
    plan_title: str,
    first_year: int,
    last_year: int,
    lip_name_fr: str = "",
    plan_title_fr: str = "",
    agreement_holder: str = "",
    vision: str = "",
) -> int:
    """Name the partnership and start its plan (a new file has neither) in one
    transaction; returns the plan id."""
    with db.transaction() as session:
        return start_plan(
            session,
            lip_name=lip_name,
            plan_title=plan_title,
            first_year=first_year,
            last_year=last_year,
            lip_name_fr=lip_name_fr,
            plan_title_fr=plan_title_fr,
            agreement_holder=agreement_holder,
            vision=vision,
        )


def start_plan(
    session: Session,
    *,
    lip_name: str,
    plan_title: str,
    first_year: int,
    last_year: int,
    lip_name_fr: str = "",
    plan_title_fr: str = "",
    agreement_holder: str = "",
    vision: str = "",
) -> int:
    """Add the partnership (if the file has none) and a new plan in `session`: what
    `write_new_plan` builds a new plan file from. Returns the plan id."""
    name = clean_name(lip_name, "LIP name")
    title = clean_name(plan_title, "Plan title")
    for year, label in ((first_year, "First fiscal year"), (last_year, "Last fiscal year")):
        if not MIN_YEAR <= year <= MAX_YEAR:
            raise UserError(
                f"{label}: {year} is not a fiscal year we can plan for.", field="first_year"
            )
    if last_year < first_year:
        raise UserError(
            f"Last fiscal year: {fiscal_year_label(last_year)} comes before the first, "
            f"{fiscal_year_label(first_year)}.",
            field="last_year",
        )
    partnership = session.scalar(select(Partnership).limit(1))
    if partnership is None:
        session.add(
            Partnership(
                name_en=name,
                name_fr=lip_name_fr.strip(),
                agreement_holder=agreement_holder.strip(),
            )
        )
    plan = Plan(
        title_en=title,
        title_fr=plan_title_fr.strip(),
        first_year=first_year,
        last_year=last_year,
        vision=vision.strip(),
        status="draft",
    )
    session.add(plan)
    session.flush()
    return plan.id
