"""Deleting moves items to the trash; they come back whole, or go for good on request."""

from __future__ import annotations

import json

import pytest

from lipplanner.core.db import PlanDatabase
from lipplanner.core.errors import UserError
from lipplanner.core.services import editing
from lipplanner.core.services.trash import (
    empty_trash,
    list_trash,
    restore_from_trash,
    trash_count,
)
from tests.safety.helpers import action_id, count, scalar, table_rows

PLAN_TABLES = ("priority", "objective", "action", "action_partner", "indicator", "progress_update")


def _picture(db: PlanDatabase) -> dict[str, list[tuple[object, ...]]]:
    return {t: table_rows(db, t) for t in PLAN_TABLES}


def test_a_deleted_priority_is_in_the_trash_with_what_went_with_it(plan_db: PlanDatabase):
    pid = int(scalar(plan_db, "SELECT id FROM priority WHERE code = 'P1'"))
    objectives = int(
        scalar(plan_db, "SELECT count(*) FROM objective WHERE priority_id = :p", p=pid)
    )
    editing.delete(plan_db, "priority", pid, cascade=True)
    (entry,) = list_trash(plan_db)
    assert (entry.entity, entry.entity_id, entry.kind) == ("priority", pid, "priority")
    assert entry.label.startswith("P1 ")
    assert entry.deleted_by == "Test Coordinator"
    assert entry.children["objective"] == objectives
    assert entry.children_count > objectives  # actions, updates, indicators too
    # Dates, decimals (budgets) and the like survive the trip through JSON.
    stored = json.loads(scalar(plan_db, "SELECT rows_json FROM trash_item"))
    assert any("$date" in json.dumps(row) for _name, row in stored["rows"])


def test_restore_from_the_trash_puts_back_every_row_and_link(plan_db: PlanDatabase):
    before = _picture(plan_db)
    pid = int(scalar(plan_db, "SELECT id FROM priority WHERE code = 'P1'"))
    editing.delete(plan_db, "priority", pid, cascade=True)
    assert _picture(plan_db) != before
    entity, item = restore_from_trash(plan_db, list_trash(plan_db)[0].id)
    assert (entity, item) == ("priority", pid)
    assert _picture(plan_db) == before
    assert trash_count(plan_db) == 0
    # Restoring is itself undoable: deleting again puts it back in the trash.
    editing.delete(plan_db, "priority", pid, cascade=True)
    assert trash_count(plan_db) == 1


def test_undoing_a_delete_takes_it_out_of_the_trash(plan_db: PlanDatabase):
    snapshot = editing.delete(plan_db, "action", action_id(plan_db, "A1.1"))
    assert trash_count(plan_db) == 1
    editing.restore(plan_db, snapshot)
    assert trash_count(plan_db) == 0


def test_a_partner_comes_back_as_lead_of_its_actions(plan_db: PlanDatabase):
    leads_before = table_rows(plan_db, "action")
    editing.delete(plan_db, "partner", 1, clear_lead=True)
    assert int(scalar(plan_db, "SELECT count(*) FROM action WHERE lead_partner_id = 1")) == 0
    restore_from_trash(plan_db, list_trash(plan_db)[0].id)
    after = {r[0]: r for r in table_rows(plan_db, "action")}
    # Same lead partners again (versions moved on, which is expected).
    lead_col = 7
    assert {r[0]: r[lead_col] for r in leads_before} == {i: r[lead_col] for i, r in after.items()}


def test_a_child_whose_parent_is_gone_says_to_restore_the_parent_first(plan_db: PlanDatabase):
    a11 = action_id(plan_db, "A1.1")
    objective = int(scalar(plan_db, "SELECT objective_id FROM action WHERE id = :a", a=a11))
    editing.delete(plan_db, "action", a11)
    editing.delete(plan_db, "objective", objective, cascade=True)
    action_entry = next(e for e in list_trash(plan_db) if e.entity == "action")
    rows = count(plan_db, "action")
    with pytest.raises(UserError, match="Restore that first"):
        restore_from_trash(plan_db, action_entry.id)
    assert count(plan_db, "action") == rows
    assert trash_count(plan_db) == 2


def test_emptying_the_trash_is_explicit_and_final(plan_db: PlanDatabase):
    editing.delete(plan_db, "action", action_id(plan_db, "A1.1"))
    editing.delete(plan_db, "action", action_id(plan_db, "A1.2"))
    first, second = list_trash(plan_db)
    assert empty_trash(plan_db, [first.id]) == 1
    assert [e.id for e in list_trash(plan_db)] == [second.id]
    assert empty_trash(plan_db) == 1
    assert list_trash(plan_db) == []
    with pytest.raises(UserError, match="no longer in the trash"):
        restore_from_trash(plan_db, second.id)
