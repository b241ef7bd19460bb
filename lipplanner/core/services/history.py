"""Reading the plan's history: who changed what, when, with readable names and values."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import Table, func, select

from lipplanner.core.db import PlanDatabase
from lipplanner.core.db.audit import row_label
from lipplanner.core.models.base import Base
from lipplanner.core.models.records import ChangeRecord
from lipplanner.core.periods import Period, fiscal_year_label
from lipplanner.core.services.specs import ENTITIES
from lipplanner.core.wording import count

DEFAULT_LIMIT = 5000

# Link sets recorded on their owner: field name -> (label, table of the members).
LINK_FIELDS = {
    "supporting_partners": ("Supporting partners", "partner"),
    "characteristics": ("Welcoming-community characteristics", "term"),
    "practice_priorities": ("Priorities", "priority"),
    "practice_actions": ("Actions", "action"),
    "body_members": ("Members", "partner"),
}
OPERATIONS = ("insert", "update", "delete", "restore")
# Rows that belong to another one, which their history lines name: table -> (column, table).
OWNERS = {
    "progress_update": ("action_id", "action"),
    "indicator_value": ("indicator_id", "indicator"),
}
# Fields the roll-over changes, kept out of the editing forms (so not in the specs).
ROLLOVER_FIELDS = {
    "current_year": "Year in effect",
    "closed_year": "Closing year",
    "carried_from_year": "Year carried over",
}
# Fields of an indicator's actual value, which has no editing form (so no spec).
VALUE_FIELDS = {
    "fiscal_year": "Fiscal year",
    "quarter": "Quarter",
    "value": "Value",
    "note": "Note",
    "recorded_on": "Recorded on",
}
# Fields holding a fiscal year (2026), shown as people write it (2026-27).
YEAR_FIELDS = frozenset({"first_year", "last_year", "fiscal_year", *ROLLOVER_FIELDS})
# Longest old or new text quoted in a one-line description.
QUOTED_TEXT = 60
# How audit.row_label names a progress update or an indicator value: 2026-27 Q3.
_STORED_PERIOD = re.compile(r"\d{4}-\d{2} Q[1-4]")


@dataclass(frozen=True)
class HistoryEntry:
    """One recorded change, with names resolved for people to read."""

    id: int
    at: datetime
    user: str
    batch: str
    operation: str  # insert, update, delete, restore
    entity: str
    entity_id: int
    field: str
    old_value: str | None
    new_value: str | None
    kind: str  # "action", "progress update"
    item: str  # "A1.2 Mentoring circles"
    field_label: str  # "Status"
    old_text: str  # "On track" (empty when there was none)
    new_text: str
    # When a delete or restore took other items with it (folded into this line).
    along: int = 0
    # What the item belongs to, for progress updates and indicator values: "action A1.2
    # Mentoring circles" (empty when it is gone or the item stands alone).
    owner: str = ""
    # The same owner as facts, for the UI to name in the interface language.
    owner_entity: str = ""
    owner_id: int | None = None


def kind_label(entity: str) -> str:
    spec = ENTITIES.get(entity)
    return spec.label if spec else entity.replace("_", " ")


def field_label(entity: str, field: str) -> str:
    if field in LINK_FIELDS:
        return LINK_FIELDS[field][0]
    if field in ROLLOVER_FIELDS:
        return ROLLOVER_FIELDS[field]
    if entity == "indicator_value" and field in VALUE_FIELDS:
        return VALUE_FIELDS[field]
    spec = ENTITIES.get(entity)
    if spec is not None:
        for f in spec.fields:
            if f.name == field:
                return f.label
    return field.replace("_", " ").capitalize()


def ref_table(entity: str, field: str) -> str | None:
    """The table a field's value points to (ids, comma-separated for link sets)."""
    if field in LINK_FIELDS:
        return LINK_FIELDS[field][1]
    if field == "lead_partner_id":
        return "partner"
    spec = ENTITIES.get(entity)
    if spec is None:
        return field[:-3] if field.endswith("_id") and field[:-3] in ENTITIES else None
    for f in spec.fields:
        if f.name == field and f.kind == "ref":
            return f.ref
    return None


def history(
    db: PlanDatabase,
    entity: str | None = None,
    entity_id: int | None = None,
    since: date | datetime | None = None,
    until: date | datetime | None = None,
    user: str | None = None,
    limit: int = DEFAULT_LIMIT,
    fold: bool | None = None,
) -> list[HistoryEntry]:
    """Recorded changes, newest first, filtered by item, date range (inclusive; a date
    means the whole day) and person.

    With `fold` (the default for the whole plan) a delete or restore shows as one line
    for the item deleted, with `along` counting what went with it, instead of a line
    for each of the hundreds of updates under a priority."""
    c: Any = ChangeRecord.__table__.c
    if fold is None:
        fold = entity is None and entity_id is None
    query = select(ChangeRecord.__table__).order_by(c.id.desc()).limit(max(1, limit))
    if fold:
        removal = c.operation.in_(("delete", "restore")) & (c.field == "")
        first_of_batch = (
            select(func.min(c.id)).where(removal).group_by(c.batch, c.operation).scalar_subquery()
        )
        query = query.where(~removal | c.id.in_(first_of_batch))
    if entity is not None:
        query = query.where(c.entity == entity)
    if entity_id is not None:
        query = query.where(c.entity_id == entity_id)
    if since is not None:
        start = since if isinstance(since, datetime) else datetime.combine(since, time.min)
        query = query.where(c.at >= start)
    if until is not None:
        end = until if isinstance(until, datetime) else datetime.combine(until, time.max)
        query = query.where(c.at <= end)
    if user is not None:
        query = query.where(c.user == user)
    with db.reading() as session:
        records = [dict(r) for r in session.execute(query).mappings()]
        names = _Names(session, records)
        along: dict[tuple[str, str], int] = {}
        if fold:
            batches = {r["batch"] for r in records if r["operation"] in ("delete", "restore")}
            for batch, operation, n in session.execute(
                select(c.batch, c.operation, func.count())
                .where(c.batch.in_(batches), c.field == "")
                .where(c.operation.in_(("delete", "restore")))
                .group_by(c.batch, c.operation)
            ):
                along[(str(batch), str(operation))] = int(n) - 1
    entries = [names.entry(r) for r in records]
    if along:
        entries = [
            replace(e, along=along.get((e.batch, e.operation), 0))
            if e.operation in ("delete", "restore") and not e.field
            else e
            for e in entries
        ]
    return entries


def people(db: PlanDatabase) -> list[str]:
    """Everyone who appears in the history, for the person filter."""
    c: Any = ChangeRecord.__table__.c
    with db.reading() as session:
        return [str(u) for u in session.scalars(select(c.user).distinct().order_by(c.user))]


def describe(entry: HistoryEntry) -> str:
    """An English sentence for one change, on one line (the UI builds its own, translated):
    'Changed Outputs of progress update Q3 2026-27 of action A1.2 Mentoring circles:
    “Two sessions” → “Four sessions”'."""
    item = f"{entry.kind} {_readable_period(entry.item)}".strip()
    if entry.owner:
        item = f"{item} of {entry.owner}"
    if entry.operation == "insert":
        return f"Added {item}"
    with_it = f" (with {count(entry.along, 'item')} under it)" if entry.along else ""
    if entry.operation == "delete":
        return f"Deleted {item}{with_it}"
    if entry.operation == "restore":
        return f"Restored {item}{with_it}"
    return (
        f"Changed {entry.field_label} of {item}: {quote(entry.old_text)} → {quote(entry.new_text)}"
    )


def _readable_period(name: str) -> str:
    """A progress update's stored name (2026-27 Q3) as messages write a period (Q3
    2026-27); any other name as it is."""
    if _STORED_PERIOD.fullmatch(name):
        return Period.parse(name).display
    return name


def quote(text: str, limit: int = QUOTED_TEXT) -> str:
    """A value in quotes on one line, cut at a word near `limit` characters; "(empty)"
    when there is none."""
    flat = " ".join(text.split())
    if not flat:
        return "(empty)"
    if len(flat) > limit:
        cut = flat[: limit - 1]
        # Back up to a word boundary unless that throws away most of the text.
        space = cut.rfind(" ")
        flat = (cut[:space] if space > limit // 2 else cut).rstrip(" ,;:.") + "…"
    return f"“{flat}”"


class _Names:
    """Resolves item and value names for a batch of history rows in a few queries."""

    def __init__(self, session: Any, records: list[dict[str, Any]]) -> None:
        tables: dict[str, Table] = {t.name: t for t in Base.metadata.sorted_tables}
        wanted: dict[str, set[int]] = defaultdict(set)
        self.known: dict[tuple[str, int], str] = {}
        for r in records:
            wanted[r["entity"]].add(int(r["entity_id"]))
            if r["field"] == "" and (r["old_value"] or r["new_value"]):
                # Added/deleted rows carry their own name: the only one left once deleted.
                self.known[(r["entity"], int(r["entity_id"]))] = r["old_value"] or r["new_value"]
            target = ref_table(r["entity"], r["field"])
            if target:
                for value in (r["old_value"], r["new_value"]):
                    wanted[target].update(_ids(value))
        # (table, id) of a progress update or indicator value -> (table, id) of its owner.
        self.owners: dict[tuple[str, int], tuple[str, int]] = {}
        for name, ids in wanted.items():
            self._load(session, tables, name, ids)
        owners: dict[str, set[int]] = defaultdict(set)
        for owner_table, owner_id in self.owners.values():
            if (owner_table, owner_id) not in self.known:
                owners[owner_table].add(owner_id)
        for name, ids in owners.items():
            self._load(session, tables, name, ids)

    def _load(self, session: Any, tables: dict[str, Table], name: str, ids: set[int]) -> None:
        table = tables.get(name)
        if table is None or "id" not in table.c:
            return
        owner = OWNERS.get(name)
        id_list = sorted(ids)
        for start in range(0, len(id_list), 500):
            chunk = id_list[start : start + 500]
            for row in session.execute(select(table).where(table.c.id.in_(chunk))).mappings():
                self.known[(name, int(row["id"]))] = row_label(name, row)
                if owner is not None and row[owner[0]] is not None:
                    self.owners[(name, int(row["id"]))] = (owner[1], int(row[owner[0]]))
        # Deleted since: the history's own "added"/"deleted" lines still name them.
        missing = [i for i in id_list if (name, i) not in self.known]
        c: Any = ChangeRecord.__table__.c
        for start in range(0, len(missing), 500):
            chunk = missing[start : start + 500]
            query = (
                select(c.entity_id, c.old_value, c.new_value)
                .where(c.entity == name, c.field == "", c.entity_id.in_(chunk))
                .order_by(c.id)
            )
            for row_id, old, new in session.execute(query):
                if old or new:
                    self.known[(name, int(row_id))] = str(old or new)

    def owner(self, entity: str, row_id: int) -> str:
        found = self.owners.get((entity, row_id))
        if found is None:
            return ""
        return f"{kind_label(found[0])} {self.label(*found)}"

    def owner_of(self, entity: str, row_id: int) -> tuple[str, int | None]:
        found = self.owners.get((entity, row_id))
        return found if found is not None else ("", None)

    def label(self, table: str, row_id: int) -> str:
        return self.known.get((table, row_id), f"#{row_id}")

    def value(self, entity: str, field: str, value: str | None) -> str:
        if value is None or value == "":
            return ""
        target = ref_table(entity, field)
        if target:
            return ", ".join(self.label(target, i) for i in _ids(value))
        if value in ("true", "false"):
            return "Yes" if value == "true" else "No"
        if field in YEAR_FIELDS and value.isdigit():
            return fiscal_year_label(int(value))
        if field == "percent_complete":
            return f"{value}%"
        return value if len(value) <= 120 else value[:117] + "…"

    def entry(self, r: dict[str, Any]) -> HistoryEntry:
        entity, field = str(r["entity"]), str(r["field"])
        return HistoryEntry(
            id=int(r["id"]),
            at=r["at"],
            user=str(r["user"]),
            batch=str(r["batch"]),
            operation=str(r["operation"]),
            entity=entity,
            entity_id=int(r["entity_id"]),
            field=field,
            old_value=r["old_value"],
            new_value=r["new_value"],
            kind=kind_label(entity),
            item=self.label(entity, int(r["entity_id"])),
            field_label=field_label(entity, field) if field else "",
            old_text=self.value(entity, field, r["old_value"]) if field else "",
            new_text=self.value(entity, field, r["new_value"]) if field else "",
            owner=self.owner(entity, int(r["entity_id"])),
            owner_entity=self.owner_of(entity, int(r["entity_id"]))[0],
            owner_id=self.owner_of(entity, int(r["entity_id"]))[1],
        )


def _ids(value: str | None) -> list[int]:
    if not value:
        return []
    out = []
    for part in value.split(","):
        part = part.strip()
        if part.isdigit():
            out.append(int(part))
    return out
