"""Window shortcuts that text boxes must not take.

On Linux, Qt's text boxes bind Emacs keys (Ctrl+E: end of line, Ctrl+A: start), so a
window shortcut such as Ctrl+E (Export) did nothing while the cursor was in a field.
A text box claims a key through a ShortcutOverride event; this filter refuses that
claim for the keys a window reserves, so the window's action runs instead.

The filter sees every event of the application, and handing an event to Python makes
PySide6 build the Python class of its receiver the first time (a class's enums with
it): ~0.07 s of CPU while the window and a plan first come up. Only a text box claims
keys, so the filter goes on when a text box first takes the focus — before any key
can reach it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

# The widgets that take keys as text (an editable combo or spin box through its line
# edit), named for Qt's own class test: naming their PySide6 classes would build them
# at start-up. Any other widget taking text input says so with WA_InputMethodEnabled.
_TEXT_BOXES = ("QLineEdit", "QTextEdit", "QPlainTextEdit", "QAbstractSpinBox", "QComboBox")


def takes_text(widget: QWidget | None) -> bool:
    return widget is not None and (
        widget.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)
        or any(widget.inherits(name) for name in _TEXT_BOXES)
    )


class ReservedKeys(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._keys: set[int] = set()
        self._filtering = False
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self._app = app
        if takes_text(app.focusWidget()):
            self._start_filtering()
        else:
            app.focusChanged.connect(self._focus_changed)

    def reserve(self, keys: QKeySequence) -> None:
        for n in range(keys.count()):
            self._keys.add(keys[n].toCombined())

    @property
    def filtering(self) -> bool:
        """Whether the application's events pass the filter yet (a text box had focus)."""
        return self._filtering

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if takes_text(new):
            self._app.focusChanged.disconnect(self._focus_changed)
            self._start_filtering()

    def _start_filtering(self) -> None:
        self._filtering = True
        self._app.installEventFilter(self)

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
