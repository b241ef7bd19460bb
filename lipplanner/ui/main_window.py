"""The main window: the welcome page or the open plan's views, with the menus and
toolbar every feature plugs into. Each part lives in its own module under ui/window/:
navigation between views, menus and actions, opening and closing plans, the reporting
period, the status bar; this class puts them together and remembers the window's
geometry.

There is no Save: every change is written to the plan file as it is made (and can
be undone); the title bar shows which file that is.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from lipplanner.ui import settings
from lipplanner.ui.errors import show_error as show_error_dialog
from lipplanner.ui.extensions import INSTALLERS
from lipplanner.ui.identity import app_icon
from lipplanner.ui.welcome import WelcomePage
from lipplanner.ui.window.actions import MENU_NAMES, MenusAndActions
from lipplanner.ui.window.navigation import Navigation, ViewEntry, ViewFactory
from lipplanner.ui.window.period import PeriodSelector, default_period
from lipplanner.ui.window.plan_files import PlanFiles
from lipplanner.ui.window.status import StatusDisplay

if TYPE_CHECKING:
    from lipplanner.ui.context import PlanContext

__all__ = ["MENU_NAMES", "MainWindow", "ViewEntry", "ViewFactory", "default_period"]


class MainWindow(
    Navigation, MenusAndActions, PlanFiles, PeriodSelector, StatusDisplay, QMainWindow
):
    """See COMMON.md for the contract other features rely on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context: PlanContext | None = None
        self.setWindowIcon(app_icon())
        self.setMinimumSize(QSize(900, 600))

        self.welcome = WelcomePage(self)
        self._build_navigation()
        self.central = QStackedWidget(self)
        self.central.addWidget(self.welcome)
        self.central.addWidget(self.workspace)
        self.setCentralWidget(self.central)
        self._build_status_bar()

        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._add_standard_views()
        for installer in INSTALLERS:
            module, _, function = installer.partition(":")
            getattr(importlib.import_module(module), function)(self)
        for menu in self._menus.values():  # a menu no feature filled is not shown
            menu.menuAction().setVisible(not menu.isEmpty())

        self.welcome.new_requested.connect(self.new_plan)
        self.welcome.open_requested.connect(self.open_dialog)
        self.welcome.demo_requested.connect(self.open_demo)
        self.welcome.recent_chosen.connect(self.open_plan)
        self.nav.currentRowChanged.connect(self._nav_changed)
        self._restore_window()
        self._plan_changed()

    def show_error(self, error: Exception) -> None:
        show_error_dialog(self, error)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Quit or the window's close box: text typed and not yet saved is saved now, or
        # the window stays open saying what cannot be saved and where.
        if not self.pending_edits_saved():
            event.ignore()
            return
        store = settings.settings()
        store.setValue("window/geometry", self.saveGeometry())
        store.setValue("window/state", self.saveState())
        store.setValue("window/nav", self.workspace.saveState())
        self.hide()  # gone from the screen at once: closing the plan takes a moment
        self.close_plan()
        super().closeEvent(event)

    def _restore_window(self) -> None:
        store = settings.settings()
        geometry = store.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = store.value("window/state")
        if state is not None:
            self.restoreState(state)
        nav = store.value("window/nav")
        if nav is not None:
            self.workspace.restoreState(nav)
        else:
            self.workspace.setSizes([215, 1065])
