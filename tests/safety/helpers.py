"""Small lookups shared by the data-safety tests."""

from __future__ import annotations

from typing import Any

from sqlalchemy import text

from lipplanner.core.db import PlanDatabase


def scalar(db: PlanDatabase, sql: str, **params: Any) -> Any:
    with db.reading() as session:
        return session.execute(text(sql), params).scalar()


def action_id(db: PlanDatabase, code: str) -> int:
    return int(scalar(db, "SELECT id FROM action WHERE code = :c", c=code))


def status_id(db: PlanDatabase, key: str) -> int:
    return int(scalar(db, "SELECT id FROM status WHERE key = :k", k=key))


def table_rows(db: PlanDatabase, table: str) -> list[tuple[Any, ...]]:
    with db.reading() as session:
        return [tuple(r) for r in session.execute(text(f"SELECT * FROM {table} ORDER BY id"))]


def count(db: PlanDatabase, table: str) -> int:
    return int(scalar(db, f"SELECT count(*) FROM {table}"))
