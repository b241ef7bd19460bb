"""The trash: what deletes removed, kept in the plan until restored or emptied."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError

from lipplanner.core.db import PlanDatabase
from lipplanner.core.errors import UserError
from lipplanner.core.messages import say
from lipplanner.core.models.records import TrashItem
from lipplanner.core.services import editing
from lipplanner.core.services.history import kind_label


@dataclass(frozen=True)
class TrashEntry:
    id: int
    deleted_at: datetime
    deleted_by: str
    entity: str
    entity_id: int
    label: str
    kind: str  # "priority"
    children: dict[str, int]  # what went with it, by kind: {"action": 3, ...}

    @property
    def children_count(self) -> int:
        return sum(self.children.values())


# What went with each entry, by (id, entity, entity id, deleted at): entries never
# change, so the (possibly large) JSON is read once per entry, not on every refresh.
_children_cache: dict[tuple[int, str, int, datetime], dict[str, int]] = {}


def list_trash(db: PlanDatabase) -> list[TrashEntry]:
    """Deleted items, newest first."""
    table: Any = TrashItem.__table__
    columns = [c for c in table.c if c.name != "rows_json"]
    with db.reading() as session:
        rows = session.execute(select(*columns).order_by(table.c.id.desc())).mappings().all()
        keys = {
            int(r["id"]): (int(r["id"]), str(r["entity"]), int(r["entity_id"]), r["deleted_at"])
            for r in rows
        }
        missing = [i for i, key in keys.items() if key not in _children_cache]
        for start in range(0, len(missing), 100):
            chunk = missing[start : start + 100]
            query = select(table.c.id, table.c.rows_json).where(table.c.id.in_(chunk))
            for trash_id, rows_json in session.execute(query):
                key = keys[int(trash_id)]
                _children_cache[key] = _children(key[1], key[2], str(rows_json))
    return [
        TrashEntry(
            id=int(r["id"]),
            deleted_at=r["deleted_at"],
            deleted_by=str(r["deleted_by"]),
            entity=str(r["entity"]),
            entity_id=int(r["entity_id"]),
            label=str(r["label"]),
            kind=kind_label(str(r["entity"])),
            children=_children_cache.get(keys[int(r["id"])], {}),
        )
        for r in rows
    ]


def _children(entity: str, entity_id: int, rows_json: str) -> dict[str, int]:
    try:
        rows = json.loads(rows_json)["rows"]
    except (ValueError, KeyError, TypeError):
        return {}
    counts: Counter[str] = Counter()
    for name, row in rows:
        is_self = name == entity and row.get("id") == entity_id
        if not is_self and "version" in row:  # items, not link rows
            counts[kind_label(name)] += 1
    return dict(counts)


def trash_count(db: PlanDatabase) -> int:
    with db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(TrashItem.__table__)) or 0)


def restore_from_trash(db: PlanDatabase, trash_id: int) -> tuple[str, int]:
    """Put a deleted item back (with its children and links); returns (entity, id),
    which `editing.delete` takes to undo it. The trash entry goes."""
    table: Any = TrashItem.__table__
    with db.transaction() as session:
        row = session.execute(select(table).where(table.c.id == trash_id)).mappings().first()
        if row is None:
            raise UserError(say("That item is no longer in the trash."))
        snapshot = editing.snapshot_from_trash(
            str(row["entity"]), int(row["entity_id"]), str(row["label"]), str(row["rows_json"])
        )
        try:
            editing.restore_in(session, snapshot)
            # restore_in removed the newest entry for this item; make sure it is this one.
            session.execute(delete(table).where(table.c.id == trash_id))
            session.flush()
        except IntegrityError:  # the transaction rolls back on the way out
            raise UserError(
                say(
                    "“{name}” cannot be restored: what it belonged to is no longer in the plan. "
                    "Restore that first.",
                    name=row["label"],
                )
            ) from None
    return snapshot.entity, snapshot.item_id


def empty_trash(db: PlanDatabase, ids: list[int] | None = None) -> int:
    """Delete for good everything in the trash (or only `ids`); returns how many."""
    table: Any = TrashItem.__table__
    with db.transaction() as session:
        query = delete(table)
        if ids is not None:
            query = query.where(table.c.id.in_(ids))
        result: Any = session.execute(query)
        return int(result.rowcount or 0)
