"""Refresh a view when the plan changes only if someone can see it.

Every change reloads the plan; a hidden page (another one is current in the main
window) would otherwise rebuild its tables and charts for nobody. It is marked stale
instead and refreshes the next time it is shown. A widget on its own (a dialog, or a
view in a test) is not "hidden behind another page" and refreshes at once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from lipplanner.core.changes import Change


class _ShowWatcher(QObject):
    def __init__(
        self,
        widget: QWidget,
        refresh: Callable[[], None],
        patch: Callable[[tuple[Change, ...]], None] | None,
    ) -> None:
        super().__init__(widget)
        self._widget = widget
        self._refresh = refresh
        self._patch = patch
        self.stale = False
        widget.installEventFilter(self)

    def request(self, changes: object = None, *_args: object) -> None:
        if self._widget.window().isVisible() and not self._widget.isVisible():
            self.stale = True
        elif self._patch is not None and isinstance(changes, tuple) and changes:
            self._patch(changes)
        else:
            self.stale = False
            self._refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Show and self.stale:
            self.stale = False
            self._refresh()
        return False


def refresh_when_shown(
    widget: QWidget,
    refresh: Callable[[], None],
    patch: Callable[[tuple[Change, ...]], None] | None = None,
) -> Callable[..., None]:
    """A slot for `PlanContext.changed` that refreshes `widget` now or when next shown;
    with `patch`, a shown widget is patched with the changes a command reports."""
    return _ShowWatcher(widget, refresh, patch).request
