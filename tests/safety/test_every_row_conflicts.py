"""Optimistic concurrency holds for every kind of editable row, not only the ones the
conflict tests name: a save made from a stale version is refused and the other copy's
change kept — on SQLite and on PostgreSQL (skipped without a server)."""

from __future__ import annotations

import pytest

from lipplanner.core.db import PlanDatabase
from lipplanner.core.errors import ConflictError
from lipplanner.core.services import editing
from lipplanner.core.services.specs import ENTITIES
from tests.safety.helpers import scalar


def _a_text_field(entity: str) -> str:
    spec = ENTITIES[entity]
    return next(f.name for f in spec.fields if f.kind in ("text", "name") and not f.unique)


def test_every_editable_table_has_a_version_the_services_check():
    for name, spec in ENTITIES.items():
        assert "version" in spec.model.__table__.c, name  # type: ignore[attr-defined]


@pytest.mark.parametrize("entity", sorted(ENTITIES))
def test_a_stale_save_of_any_item_is_refused_and_theirs_kept(
    entity: str, plan_db: PlanDatabase, second_db: PlanDatabase
):
    table = ENTITIES[entity].model.__tablename__
    item = scalar(plan_db, f"SELECT min(id) FROM {table}")
    if item is None:
        pytest.skip(f"the demo plan has no {entity}")
    field = _a_text_field(entity)
    seen = editing.get_values(plan_db, entity, item)["version"]
    editing.update(second_db, entity, item, {field: "Theirs"}, expected_version=seen)
    with pytest.raises(ConflictError):
        editing.update(plan_db, entity, item, {field: "Mine"}, expected_version=seen)
    with pytest.raises(ConflictError):  # the form's save path (fields and links) too
        editing.edit(plan_db, entity, item, {field: "Mine"}, expected_version=seen)
    assert editing.get_values(plan_db, entity, item)[field] == "Theirs"
