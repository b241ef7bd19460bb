"""Window shortcuts that text boxes must not take.

On Linux, Qt's text boxes bind Emacs keys (Ctrl+E: end of line, Ctrl+A: start), so a
window shortcut such as Ctrl+E (Export) did nothing while the cursor was in a field.
A text box claims a key through a ShortcutOverride event; this filter refuses that
claim for the keys a window reserves, so the window's action runs instead.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget


class ReservedKeys(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._keys: set[int] = set()
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def reserve(self, keys: QKeySequence) -> None:
        for n in range(keys.count()):
            self._keys.add(keys[n].toCombined())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Every event of the application passes here: the isinstance test comes first
        # because asking a PySide6 event its type builds an enum value each time.
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.ShortcutOverride
            and event.keyCombination().toCombined() in self._keys
            and isinstance(watched, QWidget)
            and watched.window() is self._window
        ):
            event.ignore()  # not the text box's: the shortcut map then runs the action
            return True
        return False
