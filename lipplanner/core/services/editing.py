"""Create, change, delete, restore and move any entity of the plan.

Every call is one transaction: it validates everything first (raising a `UserError`
that names the field) and writes nothing on failure. Each call returns what undoing
it needs: `update` the previous values, `delete` a `Snapshot` that `restore` puts back.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import Table, func, insert, select
from sqlalchemy import delete as sql_delete
from sqlalchemy import update as sql_update
from sqlalchemy.engine import CursorResult
from sqlalchemy.orm import Session

from lipplanner.core import models as m
from lipplanner.core.db import PlanDatabase, audit
from lipplanner.core.db.audit import Change
from lipplanner.core.errors import ConflictError, UserError
from lipplanner.core.messages import say, term
from lipplanner.core.models.base import Base
from lipplanner.core.models.records import TrashItem
from lipplanner.core.services import validation as v
from lipplanner.core.services.specs import ENTITIES, MODELS, PLAN_SCOPED, EntitySpec, FieldSpec

__all__ = ["ConflictError", "DependentsError", "Snapshot"]


class DependentsError(UserError):
    """Deleting would affect other items; the caller must choose what to do."""

    def __init__(self, message: str, *, dependents: dict[str, int]) -> None:
        super().__init__(message)
        self.dependents = dependents


def spec_of(entity: str) -> EntitySpec:
    try:
        return ENTITIES[entity]
    except KeyError:
        raise UserError(f"There is no kind of item called “{entity}”.") from None


def _get(session: Session, spec: EntitySpec, item_id: int) -> Any:
    row = session.get(spec.model, item_id)
    if row is None:
        raise UserError(
            say("That {entity} no longer exists (it may have been deleted).", entity=spec.label)
        )
    return row


def _clean(session: Session, field: FieldSpec, value: object) -> object:
    label, name = field.label, field.name
    match field.kind:
        case "name":
            return v.clean_name(value, label, field=name, required=field.required)
        case "text":
            return v.clean_text(value, label, field=name)
        case "code":
            return v.clean_code(value, label, field=name)
        case "percent":
            return v.clean_percent(0 if value is None else value, label, field=name)
        case "date":
            return v.clean_date(value, label, field=name)
        case "money":
            return v.clean_money(value, label, field=name)
        case "float":
            return v.clean_float(value, label, field=name)
        case "year":
            year = v.clean_year(value, label, field=name)
            if year is None and field.required:
                raise UserError(say("{label} is required.", label=label), field=name)
            return year
        case "int":
            number = v.clean_float(value, label, field=name)
            if number is None:
                if field.required:
                    raise UserError(say("{label} is required.", label=label), field=name)
                return 0
            if number != int(number):
                raise UserError(say("{label} must be a whole number.", label=label), field=name)
            return int(number)
        case "bool":
            return bool(value)
        case "choice":
            return v.clean_choice(value, field.choices, label, field=name)
        case "ref":
            return _clean_ref(session, field, value)
    raise AssertionError(field.kind)


def _clean_ref(session: Session, field: FieldSpec, value: object) -> int | None:
    if value is None or value == "" or value == 0:
        if field.required:
            raise UserError(say("{label} is required.", label=field.label), field=field.name)
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise UserError(
            say("{label}: choose one from the list.", label=field.label), field=field.name
        )
    assert field.ref is not None
    target = ENTITIES.get(field.ref)
    model = target.model if target else MODELS[field.ref]
    row = session.get(model, value)
    if row is None:
        raise UserError(
            say(
                "{label}: the chosen {entity} does not exist.", label=field.label, entity=field.ref
            ),
            field=field.name,
        )
    if field.vocabulary and getattr(row, "vocabulary", None) != field.vocabulary:
        raise UserError(
            say("{label}: that entry belongs to another list.", label=field.label),
            field=field.name,
        )
    return value


def _plan_of(session: Session, entity: str, values: Mapping[str, Any]) -> int | None:
    """The plan an item belongs to, derived from its parent."""
    if entity == "priority":
        return int(values["plan_id"])
    if entity == "objective":
        return session.scalar(
            select(m.Priority.plan_id).where(m.Priority.id == values["priority_id"])
        )
    if entity == "action":
        return session.scalar(
            select(m.Objective.plan_id).where(m.Objective.id == values["objective_id"])
        )
    if entity == "indicator":
        if values.get("objective_id"):
            return session.scalar(
                select(m.Objective.plan_id).where(m.Objective.id == values["objective_id"])
            )
        return session.scalar(select(m.Action.plan_id).where(m.Action.id == values["action_id"]))
    return None


def _check_unique(
    session: Session,
    spec: EntitySpec,
    field: FieldSpec,
    value: object,
    plan_id: int | None,
    own_id: int | None,
) -> None:
    model: Any = spec.model
    column = getattr(model, field.name)
    query = select(model.id).where(func.lower(column) == str(value).lower())
    if spec.name in PLAN_SCOPED:
        query = query.where(model.plan_id == plan_id)
    if own_id is not None:
        query = query.where(model.id != own_id)
    if session.scalar(query.limit(1)) is not None:
        raise UserError(
            say(
                "{label} “{value}” is already used by another {entity}.",
                label=field.label,
                value=value,
                entity=spec.label,
            ),
            field=field.name,
        )


def _check_whole(session: Session, spec: EntitySpec, row: Mapping[str, Any]) -> None:
    """Rules that involve several fields of one item."""
    if spec.name == "action":
        v.check_dates_in_order(row.get("start_date"), row.get("end_date"))
    elif spec.name == "plan":
        if row["last_year"] < row["first_year"]:
            raise UserError(say("Last fiscal year comes before the first."), field="last_year")
    elif spec.name == "indicator":
        if bool(row.get("objective_id")) == bool(row.get("action_id")):
            raise UserError(
                say("An indicator belongs to either an objective or an action."),
                field="objective_id",
            )
    elif spec.name == "progress_update":
        if not 1 <= row["quarter"] <= 4:
            raise UserError(say("Quarter must be 1 to 4."), field="quarter")
        plan_years = session.execute(
            select(m.Plan.first_year, m.Plan.last_year)
            .join(m.Action, m.Action.plan_id == m.Plan.id)
            .where(m.Action.id == row["action_id"])
        ).one()
        if not plan_years[0] <= row["fiscal_year"] <= plan_years[1]:
            raise UserError(
                say(
                    "The period {year} is outside the plan's years.",
                    year=f"{row['fiscal_year']}-{(row['fiscal_year'] + 1) % 100:02d}",
                ),
                field="fiscal_year",
            )
    elif spec.name == "body" and row.get("parent_id") is not None and row.get("id"):
        _check_no_cycle(session, row["id"], row["parent_id"])


def _check_no_cycle(session: Session, body_id: int, parent_id: int) -> None:
    seen = {body_id}
    current: int | None = parent_id
    while current is not None:
        if current in seen:
            raise UserError(say("A body cannot be part of itself."), field="parent_id")
        seen.add(current)
        current = session.scalar(select(m.Body.parent_id).where(m.Body.id == current))


def _column_values(row: Base) -> dict[str, Any]:
    table: Any = row.__table__
    return {column.key: getattr(row, column.key) for column in table.columns}


def create(db: PlanDatabase, entity: str, values: Mapping[str, Any]) -> int:
    """Add an item; returns its id."""
    spec = spec_of(entity)
    unknown = set(values) - {f.name for f in spec.fields}
    if unknown:
        raise UserError(f"A {spec.label} has no field {', '.join(sorted(unknown))}.")
    with db.transaction() as session:
        return create_in(session, spec, values)


def create_in(session: Session, spec: EntitySpec, values: Mapping[str, Any]) -> int:
    """`create` inside a caller's transaction (for batches such as imports)."""
    audit.track(session)
    cleaned: dict[str, Any] = {}
    for field in spec.fields:
        if field.name in values:
            cleaned[field.name] = _clean(session, field, values[field.name])
        elif field.required:
            raise UserError(say("{label} is required.", label=field.label), field=field.name)
    plan_id = _plan_of(session, spec.name, cleaned)
    if spec.name in PLAN_SCOPED and spec.name != "priority":
        cleaned["plan_id"] = plan_id
    for field in spec.fields:
        if field.unique:
            _check_unique(session, spec, field, cleaned[field.name], plan_id, None)
    if spec.parent and "position" in {f.name for f in spec.fields} and "position" not in values:
        cleaned["position"] = _next_position(session, spec, cleaned.get(spec.parent))
    _check_whole(session, spec, cleaned)
    row = spec.model(**cleaned)
    session.add(row)
    session.flush()
    return int(row.id)  # type: ignore[attr-defined]


def _next_position(session: Session, spec: EntitySpec, parent: object) -> int:
    model: Any = spec.model
    column = getattr(model, spec.parent) if spec.parent else None
    query = select(func.coalesce(func.max(model.position), -1))
    if column is not None:
        query = query.where(column.is_(None) if parent is None else column == parent)
    return int(session.scalar(query) or 0) + 1


def update(
    db: PlanDatabase,
    entity: str,
    item_id: int,
    changes: Mapping[str, Any],
    *,
    expected_version: int | None = None,
) -> dict[str, Any]:
    """Change some fields; returns their previous values (only those that changed).

    With `expected_version`, a row changed by someone else since it was read raises
    `ConflictError` instead of being overwritten.
    """
    spec = spec_of(entity)
    with db.transaction() as session:
        return update_in(session, spec, item_id, changes, expected_version=expected_version)


def update_in(
    session: Session,
    spec: EntitySpec,
    item_id: int,
    changes: Mapping[str, Any],
    *,
    expected_version: int | None = None,
) -> dict[str, Any]:
    audit.track(session)
    row = _get(session, spec, item_id)
    if expected_version is not None and row.version != expected_version:
        raise ConflictError(
            say(
                "This {entity} was changed by someone else since you opened it.", entity=spec.label
            ),
            theirs=_column_values(row),
        )
    current = _column_values(row)
    cleaned: dict[str, Any] = {}
    for name, value in changes.items():
        try:
            field = spec.field(name)
        except KeyError:
            raise UserError(f"A {spec.label} has no field {name}.") from None
        cleaned[name] = _clean(session, field, value)
    cleaned = {k: val for k, val in cleaned.items() if current.get(k) != val}
    if not cleaned:
        return {}
    merged = {**current, **cleaned}
    if spec.name in PLAN_SCOPED and spec.name != "priority":
        new_plan = _plan_of(session, spec.name, merged)
        if new_plan != current["plan_id"]:
            raise UserError(say("A {entity} cannot move to another plan.", entity=spec.label))
    for name in cleaned:
        if spec.field(name).unique:
            _check_unique(
                session, spec, spec.field(name), cleaned[name], current.get("plan_id"), item_id
            )
    _check_whole(session, spec, merged)
    previous = {name: current[name] for name in cleaned}
    write_checked(session, spec.model, spec.label, item_id, int(current["version"]), cleaned)
    audit.record(
        session,
        [
            Change("update", spec.model.__tablename__, item_id, k, previous[k], cleaned[k])
            for k in cleaned
        ],
    )
    session.expire(row)  # the stored row is newer than the one read above
    return previous


def write_checked(
    session: Session,
    model: type[Base],
    label: str,
    item_id: int,
    version: int,
    values: Mapping[str, Any],
) -> None:
    """Write `values` only if the row is still at `version`, in one statement
    (UPDATE … WHERE id = ? AND version = ?): checking first and writing after would let
    another writer's commit slip in between and be overwritten without a word."""
    table: Any = model.__table__
    written: CursorResult[Any] = session.execute(  # type: ignore[assignment]
        table.update()
        .where(table.c.id == item_id, table.c.version == version)
        .values({**values, "version": version + 1})
    )
    if written.rowcount == 1:
        return
    theirs = session.execute(select(table).where(table.c.id == item_id)).mappings().first()
    if theirs is None:
        raise UserError(
            say("That {entity} no longer exists (it may have been deleted).", entity=label)
        )
    raise ConflictError(
        say(
            "This {entity} was changed by someone else since you opened it; nothing was saved.",
            entity=label,
        ),
        theirs=dict(theirs),
    )


def claim(session: Session, spec: EntitySpec, item_id: int, version: int) -> None:
    """Mark the row as changed (its version moves on) if it is still at `version`:
    for edits that change only its links, which have no version of their own."""
    write_checked(session, spec.model, spec.label, item_id, version, {})


def edit(
    db: PlanDatabase,
    entity: str,
    item_id: int,
    changes: Mapping[str, Any],
    links: Mapping[str, Iterable[int]] | None = None,
    *,
    expected_version: int | None = None,
) -> tuple[dict[str, Any], dict[str, list[int]]]:
    """Change fields and link sets of one item in one transaction, checked against
    `expected_version` (the version the form showed). Returns the previous values and
    the previous link sets (for undo); nothing is written when anything fails."""
    spec = spec_of(entity)
    with db.transaction() as session:
        row = _get(session, spec, item_id)
        if expected_version is not None and row.version != expected_version:
            raise ConflictError(
                say(
                    "This {entity} was changed by someone else since you opened it.",
                    entity=spec.label,
                ),
                theirs=_column_values(row),
            )
        version = int(row.version)
        wanted = {name: list(ids) for name, ids in (links or {}).items()}
        old_links = {name: _current_links(session, name, item_id) for name in wanted}
        # Links first emptied, so the new fields and the new links never clash midway
        # (a lead partner moving to the supporting partners, say).
        for name in wanted:
            set_links_in(session, name, item_id, [])
        previous = update_in(session, spec, item_id, changes, expected_version=version)
        for name, ids in wanted.items():
            set_links_in(session, name, item_id, ids)
        if not previous and any(old_links[n] != ids for n, ids in wanted.items()):
            claim(session, spec, item_id, version)
        return previous, old_links


def get_values(db: PlanDatabase, entity: str, item_id: int) -> dict[str, Any]:
    """All stored fields of one item (with its `version`), for forms and conflict checks."""
    spec = spec_of(entity)
    with db.reading() as session:
        return _column_values(_get(session, spec, item_id))


# --- deleting and restoring -------------------------------------------------------------


@dataclass(frozen=True)
class Snapshot:
    """Rows removed by a delete, in insertion order, plus references it cleared."""

    entity: str
    item_id: int
    label: str
    rows: tuple[tuple[str, dict[str, Any]], ...]
    cleared: tuple[tuple[str, int, str, int], ...]  # table, row id, column, old value


def _tables() -> dict[str, Table]:
    return {t.name: t for t in Base.metadata.sorted_tables}


def _collect(
    session: Session,
    table: Table,
    ids: list[int],
    rows: dict[str, dict[int, dict[str, Any]]],
    cleared: list[tuple[str, int, str, int]],
) -> None:
    """Gather the rows a delete of `ids` removes (through ON DELETE CASCADE) or clears."""
    new_ids = [i for i in ids if i not in rows.setdefault(table.name, {})]
    if not new_ids:
        return
    for chunk in _chunks(new_ids):
        for record in session.execute(select(table).where(table.c.id.in_(chunk))).mappings():
            rows[table.name][record["id"]] = dict(record)
    for other in Base.metadata.sorted_tables:
        for fk in other.foreign_keys:
            if fk.column.table is not table or "id" not in other.c:
                continue
            column = fk.parent
            for chunk in _chunks(new_ids):
                found = session.execute(select(other.c.id, column).where(column.in_(chunk))).all()
                if fk.ondelete == "CASCADE":
                    _collect(session, other, [r[0] for r in found], rows, cleared)
                elif fk.ondelete == "SET NULL":
                    cleared.extend((other.name, r[0], column.name, r[1]) for r in found)


def _chunks(ids: list[int], size: int = 500) -> Iterable[list[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def dependents(db: PlanDatabase, entity: str, item_id: int) -> dict[str, int]:
    """What a delete would take with it or affect, as counts by kind (for the warning)."""
    with db.reading() as session:
        return _dependents(session, entity, item_id)


def _dependents(session: Session, entity: str, item_id: int) -> dict[str, int]:
    counts: dict[str, int] = {}

    def count(label: str, query: Any) -> None:
        n = int(session.scalar(query) or 0)
        if n:
            counts[label] = n

    if entity == "priority":
        count("objectives", select(func.count()).where(m.Objective.priority_id == item_id))
        count(
            "actions",
            select(func.count(m.Action.id))
            .join(m.Objective, m.Action.objective_id == m.Objective.id)
            .where(m.Objective.priority_id == item_id),
        )
    elif entity == "objective":
        count("actions", select(func.count()).where(m.Action.objective_id == item_id))
        count("indicators", select(func.count()).where(m.Indicator.objective_id == item_id))
    elif entity == "action":
        count("progress updates", select(func.count()).where(m.ProgressUpdate.action_id == item_id))
        count("indicators", select(func.count()).where(m.Indicator.action_id == item_id))
    elif entity == "partner":
        count("actions led", select(func.count()).where(m.Action.lead_partner_id == item_id))
        count(
            "actions supported", select(func.count()).where(m.ActionPartner.partner_id == item_id)
        )
        count("contacts", select(func.count()).where(m.Contact.partner_id == item_id))
    elif entity == "body":
        count("sub-bodies", select(func.count()).where(m.Body.parent_id == item_id))
        count("actions", select(func.count()).where(m.Action.body_id == item_id))
        count("priorities", select(func.count()).where(m.Priority.body_id == item_id))
    elif entity == "indicator":
        count("values", select(func.count()).where(m.IndicatorValue.indicator_id == item_id))
    elif entity == "status":
        count("actions", select(func.count()).where(m.Action.status_id == item_id))
        count("progress updates", select(func.count()).where(m.ProgressUpdate.status_id == item_id))
    return counts


def delete(
    db: PlanDatabase,
    entity: str,
    item_id: int,
    *,
    cascade: bool = False,
    reassign_to: int | None = None,
    clear_lead: bool = False,
    to_trash: bool = True,
) -> Snapshot:
    """Delete an item with its children and links; returns what `restore` needs.

    A priority or objective with children needs `cascade=True`. A partner who leads
    actions needs `reassign_to` (another partner) or `clear_lead=True`. Otherwise a
    `DependentsError` says what is in the way. What a user deletes goes to the trash;
    `to_trash=False` is for taking back something just added (undo of a create).
    """
    spec = spec_of(entity)
    with db.transaction() as session:
        audit.track(session)
        row = _get(session, spec, item_id)
        label = _label(spec, row)
        found = _dependents(session, entity, item_id)
        if entity in ("priority", "objective") and found and not cascade:
            raise DependentsError(
                say(
                    "The {entity} {item} still holds {what}.",
                    entity=spec.label,
                    item=label,
                    what=_describe(found),
                ),
                dependents=found,
            )
        if entity == "status" and found:
            raise DependentsError(
                say(
                    "The status “{item}” is in use by {what}; give them another status first.",
                    item=label,
                    what=_describe(found),
                ),
                dependents=found,
            )
        cleared_leads: list[tuple[str, int, str, int]] = []
        if entity == "partner" and found.get("actions led"):
            if reassign_to is None and not clear_lead:
                raise DependentsError(
                    say(
                        "{item} leads {n} action(s); choose another lead partner for them "
                        "or leave them without a lead.",
                        item=label,
                        n=found["actions led"],
                    ),
                    dependents=found,
                )
            if reassign_to is not None and (
                reassign_to == item_id or session.get(m.Partner, reassign_to) is None
            ):
                raise UserError(say("Choose another existing partner to take over the lead."))
            led = session.scalars(
                select(m.Action.id).where(m.Action.lead_partner_id == item_id)
            ).all()
            cleared_leads = [("action", a, "lead_partner_id", item_id) for a in led]
            audit.record(
                session,
                (
                    Change("update", "action", a, "lead_partner_id", item_id, reassign_to)
                    for a in led
                ),
            )
            session.execute(
                sql_update(m.Action)
                .where(m.Action.lead_partner_id == item_id)
                .values(lead_partner_id=reassign_to, version=m.Action.version + 1)
            )
        rows: dict[str, dict[int, dict[str, Any]]] = {}
        cleared: list[tuple[str, int, str, int]] = []
        table: Any = spec.model.__table__
        _collect(session, table, [item_id], rows, cleared)
        removed = {(t, i) for t, by_id in rows.items() for i in by_id}
        cleared = [c for c in cleared if (c[0], c[1]) not in removed] + cleared_leads
        session.expunge_all()
        session.execute(sql_delete(table).where(table.c.id == item_id))
        order = [t.name for t in Base.metadata.sorted_tables]
        ordered = tuple((name, row) for name in order for row in rows.get(name, {}).values())
        snapshot = Snapshot(entity, item_id, label, ordered, tuple(cleared))
        # Reassigned leads were recorded with their new partner above.
        _record_removal(
            session,
            replace(snapshot, cleared=tuple(cleared[: len(cleared) - len(cleared_leads)])),
            "delete",
        )
        if to_trash:
            _put_in_trash(session, snapshot, db.user)
        return snapshot


def _entity_tables() -> set[str]:
    """Tables whose rows are items with their own history (link rows are not)."""
    return {t.name for t in Base.metadata.sorted_tables if "version" in t.c}


def _record_removal(session: Session, snapshot: Snapshot, operation: str) -> None:
    items = _entity_tables()
    changes = [
        Change(
            operation,
            name,
            int(row["id"]),
            "",
            audit.row_label(name, row) if operation == "delete" else None,
            audit.row_label(name, row) if operation == "restore" else None,
        )
        for name, row in snapshot.rows
        if name in items
    ]
    changes += [
        Change(
            "update",
            name,
            row_id,
            column,
            value if operation == "delete" else None,
            None if operation == "delete" else value,
        )
        for name, row_id, column, value in snapshot.cleared
    ]
    audit.record(session, changes)


def _put_in_trash(session: Session, snapshot: Snapshot, user: str) -> None:
    payload = {
        "rows": [[name, row] for name, row in snapshot.rows],
        "cleared": [list(c) for c in snapshot.cleared],
    }
    session.execute(
        insert(TrashItem).values(
            deleted_at=datetime.now().replace(microsecond=0),
            deleted_by=user,
            entity=snapshot.entity,
            entity_id=snapshot.item_id,
            label=snapshot.label,
            rows_json=audit.dump_rows(payload),
        )
    )


def snapshot_from_trash(entity: str, item_id: int, label: str, rows_json: str) -> Snapshot:
    """The `Snapshot` a trash entry holds (the inverse of what `delete` stored)."""
    payload = audit.load_rows(rows_json)
    return Snapshot(
        entity,
        item_id,
        label,
        tuple((str(name), dict(row)) for name, row in payload["rows"]),
        tuple((str(t), int(i), str(c), int(v)) for t, i, c, v in payload["cleared"]),
    )


def restore(db: PlanDatabase, snapshot: Snapshot) -> None:
    """Put back everything a delete removed, with the same ids, and re-link it."""
    tables = _tables()
    with db.transaction() as session:
        restore_in(session, snapshot, tables)


def restore_in(
    session: Session, snapshot: Snapshot, tables: dict[str, Table] | None = None
) -> None:
    tables = tables or _tables()
    audit.track(session)
    first = snapshot.rows[0] if snapshot.rows else None
    if first is not None:
        table = tables[first[0]]
        if session.scalar(select(table.c.id).where(table.c.id == first[1]["id"])) is not None:
            raise UserError(say("“{name}” is already back in the plan.", name=snapshot.label))
    by_table: dict[str, list[dict[str, Any]]] = {}
    for name, row in snapshot.rows:
        by_table.setdefault(name, []).append(row)
    for name, batch in by_table.items():
        session.execute(insert(tables[name]), batch)
    for name, row_id, column, value in snapshot.cleared:
        table = tables[name]
        session.execute(table.update().where(table.c.id == row_id).values({column: value}))
    _record_removal(session, snapshot, "restore")
    # Back in the plan, so no longer in the trash (undo of a delete, or Restore).
    trash: Any = TrashItem.__table__
    latest = session.scalar(
        select(func.max(trash.c.id)).where(
            trash.c.entity == snapshot.entity, trash.c.entity_id == snapshot.item_id
        )
    )
    if latest is not None:
        session.execute(sql_delete(trash).where(trash.c.id == latest))


def _label(spec: EntitySpec, row: Any) -> str:
    code = getattr(row, "code", None)
    title = getattr(row, spec.title_field, "") or ""
    text = f"{code} {title}" if code else title
    return text if len(text) <= 80 else text[:77] + "…"


def _describe(counts: Mapping[str, int]) -> str:
    """ "3 objectives and 5 actions", in the current language."""
    parts = [f"{n} {term(label)}" for label, n in counts.items()]
    joint = say(" and ") if len(parts) > 1 else ""
    return ", ".join(parts[:-1]) + joint + parts[-1]


# --- moving and ordering ----------------------------------------------------------------


def move(
    db: PlanDatabase, entity: str, item_id: int, parent_id: int | None, index: int
) -> tuple[int | None, int]:
    """Place an item at `index` among the children of `parent_id` (its own parent, to
    reorder). Returns the previous (parent, index), which undoes the move."""
    spec = spec_of(entity)
    if spec.parent is None or "position" not in {f.name for f in spec.fields}:
        raise UserError(say("A {entity} cannot be moved.", entity=spec.label))
    model: Any = spec.model
    parent_column = getattr(model, spec.parent)
    with db.transaction() as session:
        audit.track(session)
        row = _get(session, spec, item_id)
        old_parent = getattr(row, spec.parent)
        old_siblings = _siblings(session, model, parent_column, old_parent)
        old_index = old_siblings.index(item_id)
        if parent_id != old_parent:
            update_in(session, spec, item_id, {spec.parent: parent_id})
            _renumber(session, model, [i for i in old_siblings if i != item_id])
        siblings = [i for i in _siblings(session, model, parent_column, parent_id) if i != item_id]
        index = max(0, min(index, len(siblings)))
        siblings.insert(index, item_id)
        _renumber(session, model, siblings)
        return old_parent, old_index


def _siblings(session: Session, model: Any, parent_column: Any, parent: object) -> list[int]:
    where = parent_column.is_(None) if parent is None else parent_column == parent
    return list(
        session.scalars(select(model.id).where(where).order_by(model.position, model.id)).all()
    )


def _renumber(session: Session, model: Any, ids: list[int]) -> None:
    before: dict[int, int] = {}
    for chunk in _chunks(ids):
        query = select(model.id, model.position).where(model.id.in_(chunk))
        before.update((int(i), int(pos)) for i, pos in session.execute(query))
    audit.record(
        session,
        (
            Change("update", model.__tablename__, row_id, "position", before.get(row_id), position)
            for position, row_id in enumerate(ids)
            if before.get(row_id) != position
        ),
    )
    for position, row_id in enumerate(ids):
        session.execute(
            sql_update(model)
            .where(model.id == row_id, model.position != position)
            .values(position=position, version=model.version + 1)
        )


# --- link sets ----------------------------------------------------------------------------

_LINKS: dict[str, tuple[type[Base], str, str, str, type[Base]]] = {
    # name: (link model, owner column, member column, owner entity, member model)
    "supporting_partners": (m.ActionPartner, "action_id", "partner_id", "action", m.Partner),
    "characteristics": (m.ActionCharacteristic, "action_id", "term_id", "action", m.Term),
    "practice_priorities": (
        m.PracticePriority,
        "practice_id",
        "priority_id",
        "practice",
        m.Priority,
    ),
    "practice_actions": (m.PracticeAction, "practice_id", "action_id", "practice", m.Action),
    "body_members": (m.BodyMembership, "body_id", "partner_id", "body", m.Partner),
}


def get_links(db: PlanDatabase, link: str, owner_id: int) -> list[int]:
    with db.reading() as session:
        return _current_links(session, link, owner_id)


def _current_links(session: Session, link: str, owner_id: int) -> list[int]:
    model, owner_col, member_col, _entity, _member = _LINKS[link]
    table: Any = model
    return list(
        session.scalars(
            select(getattr(table, member_col))
            .where(getattr(table, owner_col) == owner_id)
            .order_by(table.id)
        ).all()
    )


def set_links(db: PlanDatabase, link: str, owner_id: int, member_ids: Iterable[int]) -> list[int]:
    """Replace a set of links (e.g. an action's supporting partners); returns the old set."""
    with db.transaction() as session:
        return set_links_in(session, link, owner_id, member_ids)


def set_links_in(
    session: Session, link: str, owner_id: int, member_ids: Iterable[int]
) -> list[int]:
    model, owner_col, member_col, owner_entity, member_model = _LINKS[link]
    table: Any = model
    audit.track(session)
    _get(session, ENTITIES[owner_entity], owner_id)
    wanted = list(dict.fromkeys(member_ids))
    if wanted:
        member_table: Any = member_model
        found = set(
            session.scalars(select(member_table.id).where(member_table.id.in_(wanted))).all()
        )
        missing = [i for i in wanted if i not in found]
        if missing:
            raise UserError(say("Some of the chosen items no longer exist ({n}).", n=len(missing)))
        if link == "supporting_partners":
            lead = session.scalar(select(m.Action.lead_partner_id).where(m.Action.id == owner_id))
            if lead in wanted:
                raise UserError(
                    say("The lead partner cannot also be a supporting partner."),
                    field="supporting_partners",
                )
        if link == "characteristics":
            vocabularies = set(
                session.scalars(select(m.Term.vocabulary).where(m.Term.id.in_(wanted))).all()
            )
            if vocabularies - {"characteristic"}:
                raise UserError(say("Only welcoming-community characteristics can tag an action."))
    old = _current_links(session, link, owner_id)
    if old == wanted:
        return old
    session.execute(sql_delete(table).where(getattr(table, owner_col) == owner_id))
    if wanted:
        session.execute(insert(table), [{owner_col: owner_id, member_col: i} for i in wanted])
    audit.record(session, [Change("update", owner_entity, owner_id, link, old, wanted)])
    return old
