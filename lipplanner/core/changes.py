"""What a write changed, said small enough for the read model to patch itself.

A service write (through its undo command) reports which rows of which entity it
added, changed, removed or moved; the UI's plan context hands the changes to
`core.services.plan_patch`, which re-reads only those rows and keeps the rest of the
plan picture. `None` instead of changes means "anything may have changed": reload.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

Kind = Literal["added", "changed", "removed", "moved"]

# Entity names are the services' (`core.services.specs.ENTITIES`), plus "progress": the
# progress updates of the actions in `ids` (so a read model re-reads those actions' health).
PROGRESS = "progress"

# Fields whose change moves an action in the plan's order or among its groups.
PLACE_FIELDS = frozenset({"objective_id", "position", "plan_id"})
PARTNER_FIELDS = frozenset({"lead_partner_id", "supporting_partners"})


@dataclass(frozen=True)
class Change:
    entity: str
    ids: frozenset[int]
    kind: Kind = "changed"
    # The fields written (empty: unknown or all); views use it to tell an edit that can
    # move a row among groups (a new lead partner) from one that only repaints it.
    fields: frozenset[str] = frozenset()

    @classmethod
    def of(
        cls, entity: str, ids: Iterable[int], kind: Kind = "changed", fields: Iterable[str] = ()
    ) -> Change:
        return cls(entity, frozenset(ids), kind, frozenset(fields))


# What a command changed, in order; None: unknown (reload everything).
Changes = tuple[Change, ...] | None


def merge(first: Changes, second: Changes) -> Changes:
    """Both changes, one after the other (unknown if either is)."""
    if first is None or second is None:
        return None
    return first + second


def ids_of(changes: Iterable[Change], *entities: str) -> set[int]:
    """The ids any of the changes touched in these entities."""
    return {i for change in changes if change.entity in entities for i in change.ids}
