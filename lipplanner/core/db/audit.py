"""Recording every change a user makes into `change_record`, in the same transaction.

Services switch recording on for their session with `track(session)`; from then on
every ORM flush is written to the history (an `after_flush` hook), and the services
record their Core statements (bulk deletes, link sets, renumbering) themselves with
`record`. Bulk generation (the demo and synthetic plans) never calls `track`, so it
stays fast and does not fill the history with thousands of "added" lines.
"""

from __future__ import annotations

import base64
import json
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import Session, UOWTransaction

from lipplanner.core.models.records import ChangeRecord

# Tables that are the file's own bookkeeping, never part of the history.
UNTRACKED = frozenset({"change_record", "trash_item", "lipplanner_info", "alembic_version"})
# Columns that change on every update and say nothing to a coordinator.
QUIET_COLUMNS = frozenset({"version", "updated_at"})

_TRACK = "lipplanner.history"
_USER = "lipplanner.user"
_BATCH = "lipplanner.batch"


@dataclass(frozen=True)
class Change:
    """One line of history before it is written."""

    operation: str  # insert, update, delete, restore
    entity: str
    entity_id: int
    field: str = ""
    old_value: object = None
    new_value: object = None


def begin(session: Session, user: str) -> None:
    """Stamp a new transaction with who is working and a fresh batch id."""
    session.info[_USER] = user
    session.info[_BATCH] = uuid.uuid4().hex


def track(session: Session) -> None:
    """Record every change made through this session from now on (services call this)."""
    session.info[_TRACK] = True
    session.info.setdefault(_BATCH, uuid.uuid4().hex)


def is_tracked(session: Session) -> bool:
    return bool(session.info.get(_TRACK))


def as_text(value: object) -> str | None:
    """A stored value as history text (dates in ISO form, booleans as true/false)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return f"({len(value)} bytes)"
    if isinstance(value, list | tuple):
        return ",".join(str(v) for v in value)
    return str(value)


def record(session: Session, changes: Iterable[Change]) -> None:
    """Write history lines now, inside the session's transaction (when it is tracked)."""
    if not is_tracked(session):
        return
    at = datetime.now().replace(microsecond=0)
    user = str(session.info.get(_USER, ""))
    batch = str(session.info.get(_BATCH, ""))
    rows = [
        {
            "at": at,
            "user": user,
            "batch": batch,
            "operation": c.operation,
            "entity": c.entity,
            "entity_id": c.entity_id,
            "field": c.field,
            "old_value": as_text(c.old_value),
            "new_value": as_text(c.new_value),
        }
        for c in changes
        if c.entity not in UNTRACKED
    ]
    if rows:
        session.connection().execute(insert(ChangeRecord), rows)


def row_label(table: str, values: Mapping[str, Any]) -> str:
    """A short name for a row in history lines ("A1.2 Mentoring circles")."""
    code = values.get("code")
    if values.get("fiscal_year") is not None:  # progress updates, indicator values
        year = int(values["fiscal_year"])
        quarter = values.get("quarter")
        return f"{year}-{(year + 1) % 100:02d}" + (f" Q{quarter}" if quarter else "")
    for key in ("title_en", "name_en", "label_en", "name", "title", "outputs", "key"):
        title = values.get(key)
        if title:
            text = f"{code} {title}" if code else str(title)
            return text if len(text) <= 80 else text[:77] + "…"
    return str(code) if code else f"#{values.get('id', '')}"


def _column_values(obj: Any) -> dict[str, Any]:
    mapper = inspect(obj).mapper
    return {attr.key: getattr(obj, attr.key) for attr in mapper.column_attrs}


def _tracked(obj: Any) -> bool:
    table = getattr(obj, "__table__", None)
    return table is not None and table.name not in UNTRACKED and "id" in table.c


@event.listens_for(Session, "after_flush")
def _after_flush(session: Session, _flush: UOWTransaction) -> None:
    # In after_flush new rows have their ids and attribute histories still hold the
    # old values, so this is the one place that can see both.
    if not is_tracked(session):
        return
    changes: list[Change] = []
    for obj in session.new:
        if _tracked(obj):
            table = obj.__table__.name
            values = _column_values(obj)
            label = row_label(table, values)
            changes.append(Change("insert", table, int(values["id"]), "", None, label))
    for obj in session.dirty:
        if not _tracked(obj):
            continue
        state = inspect(obj)
        table = obj.__table__.name
        for attr in state.mapper.column_attrs:
            if attr.key in QUIET_COLUMNS:
                continue
            hist = state.attrs[attr.key].history
            if not hist.has_changes() or not hist.added:
                continue
            old = hist.deleted[0] if hist.deleted else None
            new = hist.added[0]
            if old != new:
                changes.append(Change("update", table, int(obj.id), attr.key, old, new))
    for obj in session.deleted:
        if _tracked(obj):
            table = obj.__table__.name
            values = _column_values(obj)
            changes.append(Change("delete", table, int(values["id"]), "", row_label(table, values)))
    record(session, changes)


# --- JSON for rows kept in the trash ---------------------------------------------------------


def _encode(value: object) -> object:
    if isinstance(value, datetime):
        return {"$datetime": value.isoformat()}
    if isinstance(value, date):
        return {"$date": value.isoformat()}
    if isinstance(value, Decimal):
        return {"$decimal": str(value)}
    if isinstance(value, bytes):
        return {"$bytes": base64.b64encode(value).decode("ascii")}
    raise TypeError(f"cannot keep {type(value).__name__} in the trash")


def _decode(obj: dict[str, Any]) -> object:
    if len(obj) == 1:
        ((key, value),) = obj.items()
        if key == "$datetime":
            return datetime.fromisoformat(value)
        if key == "$date":
            return date.fromisoformat(value)
        if key == "$decimal":
            return Decimal(value)
        if key == "$bytes":
            return base64.b64decode(value)
    return obj


def dump_rows(payload: object) -> str:
    """JSON that keeps dates, decimals and bytes as they were."""
    return json.dumps(payload, default=_encode, ensure_ascii=False)


def load_rows(text: str) -> Any:
    return json.loads(text, object_hook=_decode)
