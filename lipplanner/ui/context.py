"""The open plan as the views see it: the database, the undo stack, the reporting
period and the interface language, with signals when any of them changes."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from lipplanner.core.changes import Changes, merge
from lipplanner.core.periods import Period

# How long after the last change the plan file itself is brought up to date
# (`PlanDatabase.settle`): soon enough that a copy made by hand has the change, late enough
# that typing through a form does not pay a second disk flush per save.
SETTLE_MS = 1000
# How often the plan file is asked whether someone else wrote to it (another window or
# copy of the app, an import): a cheap question, and a change shows within this time.
OUTSIDE_CHECK_MS = 1500

if TYPE_CHECKING:  # the window shows before SQLAlchemy is imported (see main_window)
    from lipplanner.core.db import PlanDatabase
    from lipplanner.core.services.plan_view import PlanView


class PlanContext(QObject):
    """Shared by every view of one open plan.

    Views never hold a session or ORM objects: they read `view()` (a cached, frozen
    picture of the plan for the current period) and change data only by pushing undo
    commands on `undo_stack`. Every push, undo and redo emits `changed` with what the
    command changed (its `Change`s), after patching the picture with just those rows;
    views patch their rows too, or refresh. `changed` carries None when anything may
    have changed: after `reload()` (outside changes) or a command that cannot tell.
    """

    changed = Signal(object)  # the plan's data changed: tuple[Change, ...] or None
    changed_elsewhere = Signal()  # someone else wrote to the plan; views have refreshed
    period_changed = Signal(object)  # Period
    language_changed = Signal(str)

    def __init__(
        self,
        db: PlanDatabase,
        *,
        period: Period | None = None,
        lang: str = "en",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.undo_stack = QUndoStack(self)
        self._period = period or Period.containing(date.today())
        self._lang = lang
        self._view: PlanView | None = None
        self._pending: Changes = ()  # what commands changed since the last `changed`
        self.undo_stack.indexChanged.connect(self._apply_pending)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(db.settle)
        self.changed.connect(self._settle_soon)
        from lipplanner.core.db.outside import OutsideWrites

        self._outside = OutsideWrites(db)
        self._outside_timer = QTimer(self)
        self._outside_timer.setInterval(OUTSIDE_CHECK_MS)
        self._outside_timer.timeout.connect(self.check_outside_writes)
        self._outside_timer.start()
        db.on_close.append(self._stop_timers)

    def _stop_timers(self) -> None:
        """A closed plan is neither settled nor watched; and a timer left running would
        outlive a context freed outside the GUI thread."""
        from shiboken6 import isValid

        if isValid(self._outside_timer):  # not already deleted with a parent
            self._settle.stop()
            self._outside_timer.stop()

    def check_outside_writes(self) -> bool:
        """Refresh every view when someone else has written to the plan since the last
        check (views keep their selection, expanded rows and any text being typed)."""
        if not self._outside.seen():
            return False
        self.reload()
        self.changed_elsewhere.emit()
        return True

    def _settle_soon(self, _changes: object) -> None:
        self._settle.start()  # restarted by each change: one settle after a burst

    @property
    def read_only(self) -> bool:
        return self.db.read_only

    @property
    def period(self) -> Period:
        return self._period

    def set_period(self, period: Period) -> None:
        if period != self._period:
            self._period = period
            self._view = None
            self.period_changed.emit(period)
            self.changed.emit(None)

    @property
    def lang(self) -> str:
        return self._lang

    def set_lang(self, lang: str) -> None:
        if lang != self._lang:
            self._lang = lang
            self.language_changed.emit(lang)

    def view(self) -> PlanView:
        """The plan for the current period, loaded once per change."""
        if self._view is None:
            from lipplanner.core.services.plan_view import load_plan_view

            self._view = load_plan_view(self.db, self._period)
        return self._view

    def reload(self) -> None:
        """Forget the cached picture and tell every view to refresh."""
        self._view = None
        self._pending = ()
        self.changed.emit(None)

    def note(self, changes: Changes) -> None:
        """Called by a command that has just written (or undone) `changes`."""
        self._pending = merge(self._pending, changes)

    def _apply_pending(self) -> None:
        """After a push, undo or redo: patch the picture with what the command changed,
        or reload when it cannot be patched."""
        changes, self._pending = self._pending, ()
        if changes is None or not changes:
            self.reload()
            return
        from lipplanner.core.services.plan_patch import can_patch, patch_plan_view

        if not can_patch(changes):
            self.reload()
            return
        if self._view is not None:
            self._view = patch_plan_view(self.db, self._view, changes)
            if self._view is None:  # a row went away meanwhile: views start afresh
                self.changed.emit(None)
                return
        # Views patch the rows named (a view may also just refresh: the picture is right).
        self.changed.emit(changes)
