"""A window's reserved keys win over a text box's claim, from the first text box that
takes the focus; before any text box has had the focus, the application's events do
not pass through Python at all (a cost of start-up)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from lipplanner.ui.shortcuts import ReservedKeys

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # offscreen top-level widgets


def _claimed(widget: QWidget, key: Qt.Key) -> bool:
    """Whether `widget` claims Ctrl+`key` for itself, as the shortcut map asks it."""
    event = QKeyEvent(QEvent.Type.ShortcutOverride, key, Qt.KeyboardModifier.ControlModifier)
    event.ignore()
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


def _window(qtbot: QtBot) -> tuple[QWidget, QPushButton, QLineEdit]:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    button, box = QPushButton("OK", window), QLineEdit(window)
    layout.addWidget(button)
    layout.addWidget(box)
    window.show()
    qtbot.waitExposed(window)
    return window, button, box


def test_a_text_box_gives_up_a_reserved_key_once_it_has_the_focus(qtbot: QtBot) -> None:
    window, button, box = _window(qtbot)
    button.setFocus()
    reserved = ReservedKeys(window)
    # Ctrl+A (select all) is a text box's key on every platform.
    reserved.reserve(QKeySequence("Ctrl+A"))
    assert reserved.filtering is False
    window.activateWindow()
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    assert reserved.filtering is True
    assert not _claimed(box, Qt.Key.Key_A)  # reserved: the window's action runs
    assert _claimed(box, Qt.Key.Key_C)  # not reserved: Copy stays the text box's


def test_a_window_made_while_a_text_box_has_the_focus_filters_at_once(qtbot: QtBot) -> None:
    window, _button, box = _window(qtbot)
    window.activateWindow()
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    reserved = ReservedKeys(window)
    reserved.reserve(QKeySequence("Ctrl+A"))
    assert reserved.filtering is True
    assert not _claimed(box, Qt.Key.Key_A)
