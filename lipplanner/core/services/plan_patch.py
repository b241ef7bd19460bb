"""Patch a plan picture after a write instead of loading the whole plan again.

Only what the changes name is read again: the actions edited or added (with their
partners and tags) and the health of actions whose progress changed. Roll-ups need no
patching: `PlanView` computes them from the actions' health when asked. Anything this
module does not know how to patch yields None, and the caller loads the plan afresh;
so does an action that is no longer there.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from lipplanner.core.changes import PARTNER_FIELDS, PLACE_FIELDS, PROGRESS, Change
from lipplanner.core.db import PlanDatabase
from lipplanner.core.progress import ActionState
from lipplanner.core.services.plan_view import (
    ActionView,
    PlanView,
    load_actions,
    load_health,
)

# Cached groupings of PlanView that hold ids only, or ActionViews patched here.
_ORDER_CACHES = ("ordered_priorities", "_objectives_by_priority")


def can_patch(changes: tuple[Change, ...]) -> bool:
    """Whether every change is one this module patches."""
    for change in changes:
        if change.entity == PROGRESS and change.kind == "changed":
            continue
        if change.entity == "action" and change.kind in ("changed", "added"):
            continue
        return False
    return True


def patch_plan_view(
    db: PlanDatabase,
    view: PlanView,
    changes: tuple[Change, ...],
) -> PlanView | None:
    """`view` with the changed rows read again, or None when only a full load will do."""
    if not can_patch(changes):
        return None
    edited = {i for c in changes if c.entity == "action" for i in c.ids}
    progressed = {i for c in changes if c.entity == PROGRESS for i in c.ids}
    with db.reading() as session:
        fresh = load_actions(session, view.plan.id, edited) if edited else {}
        if set(fresh) != edited:
            return None  # an action went away (or moved to another plan): reload
        actions = {**view.actions, **fresh}
        again = {i: actions[i] for i in edited | progressed if i in actions}
        if len(again) != len(edited | progressed):
            return None
        # The picture's own "as of" day, so patched rows agree with the rest of it.
        health = load_health(session, view.plan.id, view.period, view.as_of, again, view.statuses)
    patched = dataclasses.replace(
        view, actions=actions, health={**view.health, **health}, narratives=view.narratives
    )
    _carry_states(view, patched, set(health))
    _carry_caches(view, patched, fresh, changes)
    return patched


def _carry_states(old: PlanView, new: PlanView, changed: set[int]) -> None:
    """The roll-ups' per-action states, with those of `changed` built again (building
    all 20,000 costs more than the rest of a patch)."""
    cache: dict[str, Any] = old.__dict__
    if "_action_states" not in cache:
        return
    states = dict(cache["_action_states"])
    for action_id in changed:
        health = new.health[action_id]
        info = new.statuses[health.status_id].info
        states[action_id] = ActionState(info, health.percent_complete, health.overdue, health.stale)
    new.__dict__["_action_states"] = states


def _carry_caches(
    old: PlanView, new: PlanView, fresh: dict[int, ActionView], changes: tuple[Change, ...]
) -> None:
    """Reuse the old picture's orderings when no action changed place (sorting 20,000
    actions again costs more than the rest of a patch)."""
    placed = any(
        c.entity == "action" and (c.kind != "changed" or not c.fields or c.fields & PLACE_FIELDS)
        for c in changes
    )
    if placed:
        return
    cache: dict[str, Any] = old.__dict__
    target: dict[str, Any] = new.__dict__  # cached_property's own store (the class is frozen)
    for name in _ORDER_CACHES:
        if name in cache:
            target[name] = cache[name]
    if "_actions_by_objective" in cache:
        grouped = dict(cache["_actions_by_objective"])
        for objective_id in {a.objective_id for a in fresh.values()}:  # a few short lists
            grouped[objective_id] = [fresh.get(a.id, a) for a in grouped[objective_id]]
        target["_actions_by_objective"] = grouped
    if "ordered_actions" in cache:
        ordered = list(cache["ordered_actions"])
        positions = old.action_positions
        for action in fresh.values():
            ordered[positions[action.id]] = action
        target["ordered_actions"] = ordered
        target["action_positions"] = positions
    partners_moved = any(
        not c.fields or c.fields & PARTNER_FIELDS for c in changes if c.entity == "action"
    )
    if not partners_moved:
        for name in ("led_by", "supported_by"):
            if name in cache:
                target[name] = cache[name]
