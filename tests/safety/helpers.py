"""Small lookups shared by the data-safety tests."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select, text

from lipplanner.core.db import PlanDatabase


def scalar(db: PlanDatabase, sql: str, **params: Any) -> Any:
    with db.reading() as session:
        return session.execute(text(sql), params).scalar()


def action_id(db: PlanDatabase, code: str) -> int:
    return int(scalar(db, "SELECT id FROM action WHERE code = :c", c=code))


def status_id(db: PlanDatabase, key: str) -> int:
    return int(scalar(db, "SELECT id FROM status WHERE key = :k", k=key))


def table_rows(db: PlanDatabase, table: str) -> list[tuple[Any, ...]]:
    """Every row of a table, typed (dates as dates), in id order."""
    from lipplanner.core.models import Base

    model = Base.metadata.tables[table]
    with db.reading() as session:
        order = list(model.primary_key.columns)
        return [tuple(r) for r in session.execute(select(model).order_by(*order))]


def count(db: PlanDatabase, table: str) -> int:
    return int(scalar(db, f"SELECT count(*) FROM {table}"))
