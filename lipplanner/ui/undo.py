"""Undo commands over the core services: every change a user makes goes through one.

A command does its work in `redo()` (called by `QUndoStack.push`) and reverses it in
`undo()`. A service error on the first `redo` is remembered in `error` and the command
marks itself obsolete, so `push_command` can show the message and nothing is recorded.
Each run tells the plan context what it changed (`what_changed()`), so the read model and
the views patch those rows instead of reloading the plan.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from lipplanner.core.changes import Change, Changes
from lipplanner.core.errors import UserError
from lipplanner.ui.context import PlanContext

if TYPE_CHECKING:  # `editing` itself is imported on first use: it loads the ORM classes
    from lipplanner.core.services.editing import Snapshot


def tr(text: str) -> str:
    return QCoreApplication.translate("undo", text)


class ServiceCommand(QUndoCommand):
    """Base: subclasses implement `apply()` and `revert()` with service calls."""

    def __init__(self, context: PlanContext, text: str) -> None:
        super().__init__(text)
        self.context = context
        self.error: UserError | None = None
        self._done_once = False

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def what_changed(self, undone: bool) -> Changes:
        """What the last `apply()` (or, `undone`, `revert()`) changed; None: unknown,
        the plan is reloaded."""
        return None

    def redo(self) -> None:
        if self.error is not None:
            return
        try:
            self.apply()
        except UserError as error:
            if self._done_once:
                raise
            self.error = error
            self.setObsolete(True)
        else:
            self.context.note(self.what_changed(undone=False))
        self._done_once = True

    def undo(self) -> None:
        if self.error is None:
            self.revert()
            self.context.note(self.what_changed(undone=True))


def push_command(context: PlanContext, command: ServiceCommand) -> UserError | None:
    """Run a command through the undo stack; returns the error that stopped it, if any."""
    context.undo_stack.push(command)
    return command.error


class CreateCommand(ServiceCommand):
    """Add an item; undo deletes it (with anything added under it since)."""

    def __init__(
        self,
        context: PlanContext,
        entity: str,
        values: Mapping[str, Any],
        text: str,
        *,
        links: Mapping[str, Iterable[int]] | None = None,
    ) -> None:
        super().__init__(context, text)
        self.entity = entity
        self.values = dict(values)
        self.links = {name: list(ids) for name, ids in (links or {}).items()}
        self.item_id: int | None = None
        self._snapshot: Snapshot | None = None
        self._restored = False

    def what_changed(self, undone: bool) -> Changes:
        if undone or self._restored or self.item_id is None:
            return None  # taken back or restored with whatever was added under it since
        return (Change.of(self.entity, [self.item_id], "added", [*self.values, *self.links]),)

    def apply(self) -> None:
        from lipplanner.core.services import editing

        if self._snapshot is not None:
            editing.restore(self.context.db, self._snapshot)
            self._restored = True
            return
        self.item_id = editing.create(self.context.db, self.entity, self.values)
        try:
            for link, ids in self.links.items():
                editing.set_links(self.context.db, link, self.item_id, ids)
        except UserError:
            self._take_back()
            raise

    def revert(self) -> None:
        self._snapshot = self._take_back()

    def _take_back(self) -> Snapshot:
        """Remove what this command added (and anything added under it since); an undone
        creation is not a deletion, so nothing goes to the trash."""
        from lipplanner.core.services import editing

        assert self.item_id is not None
        return editing.delete(
            self.context.db,
            self.entity,
            self.item_id,
            cascade=True,
            clear_lead=True,
            to_trash=False,
        )


class EditCommand(ServiceCommand):
    """Change fields of one item; undo puts the previous values back."""

    def __init__(
        self,
        context: PlanContext,
        entity: str,
        item_id: int,
        changes: Mapping[str, Any],
        text: str,
        *,
        links: Mapping[str, Iterable[int]] | None = None,
        expected_version: int | None = None,
    ) -> None:
        super().__init__(context, text)
        self.entity = entity
        self.item_id = item_id
        self.changes = dict(changes)
        # The row's version when the form was filled; a different one is a conflict.
        self.expected_version = expected_version
        self.links = {name: list(ids) for name, ids in (links or {}).items()}
        self._previous: dict[str, Any] = {}
        self._previous_links: dict[str, list[int]] = {}

    def what_changed(self, undone: bool) -> Changes:
        fields = [*self.changes, *self.links]
        return (Change.of(self.entity, [self.item_id], "changed", fields),)

    def apply(self) -> None:
        # One transaction, checked against the version the form showed (the first time;
        # a redo puts back what this command wrote): nothing half-saved, nothing overwritten.
        from lipplanner.core.services import editing

        expected = None if self._done_once else self.expected_version
        self._previous, self._previous_links = editing.edit(
            self.context.db,
            self.entity,
            self.item_id,
            self.changes,
            self.links,
            expected_version=expected,
        )

    def revert(self) -> None:
        from lipplanner.core.services import editing

        db = self.context.db
        for name in self._previous_links:
            editing.set_links(db, name, self.item_id, [])
        editing.update(db, self.entity, self.item_id, self._previous)
        for name, ids in self._previous_links.items():
            editing.set_links(db, name, self.item_id, ids)

    @property
    def changed_anything(self) -> bool:
        return bool(self._previous) or any(
            self._previous_links.get(n) != ids for n, ids in self.links.items()
        )


class DeleteCommand(ServiceCommand):
    """Delete an item with its children; undo restores all of it with the same ids."""

    def __init__(
        self, context: PlanContext, entity: str, item_id: int, text: str, **options: Any
    ) -> None:
        super().__init__(context, text)
        self.entity = entity
        self.item_id = item_id
        self.options = options
        self.snapshot: Snapshot | None = None

    def what_changed(self, undone: bool) -> Changes:
        # Deleted or restored with its children (updates, indicators, links): reload.
        return None if undone else (Change.of(self.entity, [self.item_id], "removed"),)

    def apply(self) -> None:
        from lipplanner.core.services import editing

        self.snapshot = editing.delete(self.context.db, self.entity, self.item_id, **self.options)

    def revert(self) -> None:
        from lipplanner.core.services import editing

        assert self.snapshot is not None
        editing.restore(self.context.db, self.snapshot)


class MoveCommand(ServiceCommand):
    """Move or reorder an item among its siblings or under another parent."""

    def __init__(
        self,
        context: PlanContext,
        entity: str,
        item_id: int,
        parent_id: int | None,
        index: int,
        text: str,
    ) -> None:
        super().__init__(context, text)
        self.entity, self.item_id = entity, item_id
        self.parent_id, self.index = parent_id, index
        self._before: tuple[int | None, int] | None = None

    def what_changed(self, undone: bool) -> Changes:
        return (Change.of(self.entity, [self.item_id], "moved"),)

    def apply(self) -> None:
        from lipplanner.core.services import editing

        self._before = editing.move(
            self.context.db, self.entity, self.item_id, self.parent_id, self.index
        )

    def revert(self) -> None:
        from lipplanner.core.services import editing

        assert self._before is not None
        editing.move(self.context.db, self.entity, self.item_id, *self._before)


class FunctionCommand(ServiceCommand):
    """A change given as two callables (for features with their own services)."""

    def __init__(
        self, context: PlanContext, text: str, apply: Callable[[], None], revert: Callable[[], None]
    ) -> None:
        super().__init__(context, text)
        self._apply, self._revert = apply, revert

    def apply(self) -> None:
        self._apply()

    def revert(self) -> None:
        self._revert()
