"""Edit → Preferences…, and applying a new interface language at once.

How the language changes while a plan is open: the translators are swapped, then a
new main window is built (every menu, view and installer runs its ordinary
constructor code, so every string is translated again with no per-widget code) and
the open plan is handed over to it: the same PlanContext, so the same database
connection, undo history and reporting period. The old window is closed without
closing the plan. A window that lacks the hand-over methods (`release_plan` and
`adopt`) still switches its plan data to the new language, and its strings change
the next time it is built.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from lipplanner.ui import i18n
from lipplanner.ui.context import PlanContext
from lipplanner.ui.window.navigation import as_page

# Windows built by a language switch: no Python variable of the caller holds them,
# and PySide6 deletes a parentless window once nothing references it.
_windows: list[QWidget] = []


class Window(Protocol):
    context: PlanContext | None

    def menu(self, name: str) -> QMenu: ...


def tr(text: str) -> str:
    return QCoreApplication.translate("i18n_actions", text)


def install(window: Any) -> None:
    """Add Edit → Preferences… to the main window."""
    action = QAction(tr("&Preferences…"), window)
    action.setObjectName("preferences-action")
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.Preferences))
    action.setMenuRole(QAction.MenuRole.PreferencesRole)  # macOS: the application menu
    action.setStatusTip(tr("Interface language, your name for the change history, backups"))
    action.triggered.connect(lambda _checked=False: edit_preferences(window))
    edit = window.menu("edit")
    edit.addSeparator()
    edit.addAction(action)


def edit_preferences(window: Any) -> Any:
    """Show Preferences; apply what was saved. Returns the window now showing the plan."""
    from lipplanner.ui.dialogs.preferences import PreferencesDialog  # on first use

    if not PreferencesDialog.ask(window):
        return window
    apply_user_name(window.context)
    return apply_language(window, i18n.saved_choice())


def apply_user_name(context: PlanContext | None) -> None:
    """Record the open plan's next changes under the name set in Preferences (the
    computer's user name stays when none is set)."""
    from lipplanner.ui.dialogs.preferences import user_name

    name = user_name()
    if context is not None and name:
        context.db.user = name


def apply_language(window: Any, choice: str) -> Any:
    """Show the interface in `choice` ("en", "fr" or "" for the system's language)
    without closing the open plan. Returns the window that shows the plan afterwards
    (a new one when the language really changed and the window supports hand-over)."""
    app = QApplication.instance()
    assert app is not None
    before = i18n.current_language()
    lang = i18n.switch_language(app, choice)
    if lang == before:
        return window
    if hasattr(window, "release_plan") and hasattr(window, "adopt"):
        return rebuild_window(window, lang)
    if window.context is not None:
        window.context.set_lang(lang)
    return window


def rebuild_window(window: Any, lang: str) -> Any:
    """Replace `window` by a new one of the same class showing the same open plan."""
    view_key = window.current_view_key() if hasattr(window, "current_view_key") else None
    selected = _selected_item(window, view_key)
    geometry, place = window.saveGeometry(), window.geometry()
    context: PlanContext | None = window.release_plan()
    replacement = type(window)()
    _windows.append(replacement)
    replacement.destroyed.connect(lambda *_: _forget(replacement))
    replacement.restoreGeometry(geometry)  # maximised or full screen, like the old one
    if context is not None:
        context.set_lang(lang)
        replacement.adopt(context, view_key)
    if window.isVisible():
        replacement.show()
        if not replacement.isMaximized() and not replacement.isFullScreen():
            # restoreGeometry places the frame from a guess of its size; without a window
            # manager (or before it answers) the window moved down ~25 px at each switch.
            replacement.setGeometry(place)
        replacement.activateWindow()  # the keyboard stays with the window (xcb without a WM)
    if selected is not None and view_key is not None:
        # Once shown and sized: the detail panel opens at the width of the real page.
        page = as_page(replacement.current_view(view_key))
        if page is not None:
            page.select_item(*selected)
    window.close()
    window.deleteLater()
    return replacement


def _selected_item(window: Any, view_key: str | None) -> tuple[str, int] | None:
    """The item selected in the window's current view, to select again after a rebuild."""
    if view_key is None or not hasattr(window, "current_view"):
        return None
    page = as_page(window.current_view(view_key))
    return page.current_item() if page is not None else None


def _forget(window: QWidget) -> None:
    if window in _windows:
        _windows.remove(window)
