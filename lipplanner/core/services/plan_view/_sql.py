"""Small query helpers the plan-view loaders share."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any, TypeVar

from sqlalchemy import Select
from sqlalchemy.orm import Session

# Ids to re-read: None means every row (a full load).
Ids = Collection[int] | None

Query = TypeVar("Query", bound="Select[*tuple[Any, ...]]")


def columns(table_columns: Any, exclude: tuple[str, ...] = ()) -> list[Any]:
    """Every column of a `_tables` table (`t.Action`) but `exclude`, in table order."""
    return [c for c in table_columns if c.key not in exclude]


def only(query: Query, column: Any, ids: Ids) -> Query:
    """`query` narrowed to rows whose `column` is in `ids` (unchanged for None)."""
    return query if ids is None else query.where(column.in_(list(ids)))


def rows(session: Session, query: Select[*tuple[Any, ...]]) -> list[Any]:
    """The query's rows through Core, not the ORM: the views want values, not objects,
    and the ORM's statement handling and row wrapping cost more than the query."""
    return list(session.connection().execute(query).all())
