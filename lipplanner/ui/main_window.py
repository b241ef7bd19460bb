"""The main window: navigation between the views of the open plan, the menus and
toolbar every feature plugs into, the reporting period, files and undo.

There is no Save: every change is written to the plan file as it is made (and can
be undone); the title bar shows which file that is.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QStyle,
    QUndoView,
    QWidget,
)

from lipplanner import APP_NAME, __version__
from lipplanner.core.db import PLAN_SUFFIX, PlanDatabase, backup_sqlite
from lipplanner.core.db import open_plan as open_database
from lipplanner.core.errors import DataFileError, UserError
from lipplanner.core.periods import Period, fiscal_year_of, quarter_of
from lipplanner.core.services.plan_view import plan_years
from lipplanner.ui import i18n, settings
from lipplanner.ui.context import PlanContext
from lipplanner.ui.errors import show_error as show_error_dialog
from lipplanner.ui.extensions import INSTALLERS
from lipplanner.ui.i18n import format_fiscal_year, format_period
from lipplanner.ui.identity import app_icon
from lipplanner.ui.shortcuts import ReservedKeys
from lipplanner.ui.style import icon, standard_icon
from lipplanner.ui.views.page import Page
from lipplanner.ui.welcome import WelcomePage

ViewFactory = Callable[[PlanContext], QWidget]
MENU_NAMES = ("file", "edit", "view", "plan", "tools", "help")


@dataclass
class ViewEntry:
    key: str
    title: str
    factory: ViewFactory
    icon: QIcon | None


# Icons for the views features add without their own: the style's standard ones.
_VIEW_ICONS = {
    "history": QStyle.StandardPixmap.SP_FileDialogContentsView,
    "trash": QStyle.StandardPixmap.SP_TrashIcon,
    "submissions": QStyle.StandardPixmap.SP_DialogSaveButton,
    "progress_dashboard": QStyle.StandardPixmap.SP_FileDialogInfoView,
    "progress_entry": QStyle.StandardPixmap.SP_FileDialogDetailedView,
    "updates_due": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "indicators": QStyle.StandardPixmap.SP_ArrowUp,
}


def default_period(first_year: int, last_year: int, today: date | None = None) -> Period:
    """This quarter, or the nearest quarter inside the plan's years."""
    today = today or date.today()
    year = fiscal_year_of(today)
    if year < first_year:
        return Period(first_year, 1)
    if year > last_year:
        return Period(last_year, 4)
    return Period(year, quarter_of(today))


def _elided(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class MainWindow(QMainWindow):
    """See COMMON.md for the contract other features rely on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context: PlanContext | None = None
        self._entries: list[ViewEntry] = []
        self._views: dict[str, QWidget] = {}
        self._menus: dict[str, QMenu] = {}
        self._reserved: ReservedKeys | None = None
        self.setWindowIcon(app_icon())
        self.setMinimumSize(QSize(900, 600))

        self.welcome = WelcomePage(self)
        self.nav = QListWidget(self)
        self.nav.setAccessibleName(self.tr("Views"))
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setSpacing(2)
        self.nav.setMaximumWidth(260)
        self.nav.setMinimumWidth(150)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.pages = QStackedWidget(self)
        self.workspace = QSplitter(Qt.Orientation.Horizontal, self)
        self.workspace.addWidget(self.nav)
        self.workspace.addWidget(self.pages)
        self.workspace.setStretchFactor(1, 1)
        self.workspace.setChildrenCollapsible(False)
        self.central = QStackedWidget(self)
        self.central.addWidget(self.welcome)
        self.central.addWidget(self.workspace)
        self.setCentralWidget(self.central)

        self.counts = QLabel(self)
        self.read_only_badge = QLabel(self.tr("Read-only"), self)
        self.read_only_badge.setToolTip(
            self.tr("This plan was opened read-only: nothing can change")
        )
        self.path_label = QLabel(self)
        self.statusBar().addWidget(self.path_label, 1)
        self.statusBar().addPermanentWidget(self.read_only_badge)
        self.statusBar().addPermanentWidget(self.counts)

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

    # -- the contract -------------------------------------------------------------------
    def reserve_shortcut(self, action: QAction) -> None:
        """Let `action`'s keys work even while the cursor is in a text box."""
        if self._reserved is None:
            self._reserved = ReservedKeys(self)
        for keys in action.shortcuts():
            self._reserved.reserve(keys)

    def menu(self, name: str) -> QMenu:
        """One of the menus: "file", "edit", "view", "plan", "tools" or "help"."""
        return self._menus[name]

    def add_view(
        self, key: str, title: str, factory: ViewFactory, icon: QIcon | None = None
    ) -> None:
        """Add a navigation entry; `factory` makes its widget each time a plan opens."""
        if any(entry.key == key for entry in self._entries):
            raise ValueError(f"There is already a view called {key!r}.")
        icon = icon or standard_icon(_VIEW_ICONS.get(key, QStyle.StandardPixmap.SP_FileIcon))
        entry = ViewEntry(key, title, factory, icon)
        self._entries.append(entry)
        item = QListWidgetItem(icon or QIcon(), title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setToolTip(title)
        self.nav.addItem(item)
        shortcut_number = len(self._entries)
        # "&" in a title is a character here ("Working groups & council"), not a mnemonic.
        action = QAction(icon or QIcon(), title.replace("&", "&&"), self)
        if shortcut_number <= 9:
            action.setShortcut(QKeySequence(f"Ctrl+{shortcut_number}"))
        action.triggered.connect(lambda: self.show_view(key))
        self._view_actions.append(action)
        self._menus["view"].insertAction(self._view_separator, action)

    def show_view(self, key: str) -> None:
        for row in range(self.nav.count()):
            if self.nav.item(row).data(Qt.ItemDataRole.UserRole) == key:
                if self.nav.currentRow() == row:
                    self._nav_changed(row)  # same entry after reopening: build its view
                else:
                    self.nav.setCurrentRow(row)
                return
        raise KeyError(key)

    def current_view(self, key: str) -> QWidget | None:
        """The widget of a view for the open plan (None when no plan is open).

        Views are built the first time they are needed, so opening a big plan does not
        pay for views nobody looks at."""
        if self.context is None:
            return None
        widget = self._views.get(key)
        if widget is None:
            entry = next((e for e in self._entries if e.key == key), None)
            widget = self._make_view(entry) if entry is not None else None
        return widget

    def open_plan(self, location: str, *, create: bool = False, read_only: bool = False) -> bool:
        """Open a plan file or server URL in this window; False (after telling the user
        why) when it cannot be opened. The plan open before is closed first."""
        from lipplanner.core.db.opening import open_for_work
        from lipplanner.core.db.server import PasswordNeeded
        from lipplanner.ui.dialogs.open_elsewhere import OpenElsewhereDialog

        try:
            opened = open_for_work(
                location,
                create=create,
                read_only=read_only,
                ask=lambda holder: OpenElsewhereDialog.ask(self, holder),
                keep_backups=settings.backups_to_keep(),
            )
        except PasswordNeeded:
            from lipplanner.ui.safety_actions import ask_server_password

            address = ask_server_password(self, location)
            return address is not None and self.open_plan(address, read_only=read_only)
        except UserError as error:
            self.show_error(error)
            return False
        if opened is None:  # the user chose not to open a plan open elsewhere
            return False
        db = opened
        try:
            years = plan_years(db)  # also tells a file that holds no plan yet
        except UserError as error:
            db.close()
            self.show_error(DataFileError(str(error)))
            return False
        self.close_plan()
        try:
            self._attach(db, years)
        except UserError as error:  # a value the first view cannot read (text not UTF-8)
            if self.context is None:
                db.close()
            self.close_plan()
            self.show_error(error)
            return False
        if db.path is not None:
            settings.add_recent(str(db.path))
        return True

    def show_error(self, error: Exception) -> None:
        show_error_dialog(self, error)

    # -- opening and closing ------------------------------------------------------------
    def _attach(self, db: PlanDatabase, years: tuple[int, int]) -> None:
        from lipplanner.ui.safety_actions import apply_user_name

        context = PlanContext(
            db,
            period=default_period(*years),
            lang=i18n.current_language(),
            parent=self,
        )
        apply_user_name(context)
        self.adopt(context)

    def adopt(self, context: PlanContext, view_key: str | None = None) -> None:
        """Show a plan that is already open (with its undo history and period): a new
        plan, or the plan of a window rebuilt in another language."""
        context.setParent(self)
        self.context = context
        # Queued: the status bar describes the selection after the views have refreshed.
        context.changed.connect(self._update_status, Qt.ConnectionType.QueuedConnection)
        for signal in self._undo_signals(context):
            signal.connect(self._update_undo)
        plan = context.view().plan  # loaded once here, then shared by the first view
        self._fill_period(plan.first_year, plan.last_year)
        self.central.setCurrentWidget(self.workspace)
        keys = [e.key for e in self._entries]
        last = view_key or settings.settings().value("window/view", "plan")
        self.show_view(str(last) if last in keys else keys[0])
        self._plan_changed()

    def release_plan(self) -> PlanContext | None:
        """Hand the open plan over (to a window rebuilt in another language) without
        closing it; this window then shows its welcome page."""
        if self.context is None:
            return None
        self._leave_forms()
        self._save_splitters()
        for widget in self._views.values():
            self.pages.removeWidget(widget)
            widget.deleteLater()
        self._views.clear()
        context, self.context = self.context, None
        # The views' connections die with them; the window's own are dropped here.
        context.changed.disconnect(self._update_status)
        for signal in self._undo_signals(context):
            signal.disconnect(self._update_undo)
        context.setParent(None)
        self.central.setCurrentWidget(self.welcome)
        return context

    @staticmethod
    def _undo_signals(context: PlanContext) -> tuple[Any, ...]:
        stack = context.undo_stack
        return (
            stack.canUndoChanged,
            stack.canRedoChanged,
            stack.undoTextChanged,
            stack.redoTextChanged,
        )

    def current_view_key(self) -> str | None:
        return self._current_key() if self.context is not None else None

    def _make_view(self, entry: ViewEntry) -> QWidget:
        assert self.context is not None
        widget = entry.factory(self.context)
        widget.setObjectName(f"view-{entry.key}")
        self._views[entry.key] = widget
        self.pages.addWidget(widget)
        if isinstance(widget, Page):
            widget.selection_changed.connect(self._update_status)
            widget.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
            self._restore_splitter(entry.key, widget)
        return widget

    def close_plan(self) -> None:
        """Close the open plan (its changes are already saved) and show the welcome page."""
        if self.context is None:
            return
        self._leave_forms()
        self._save_splitters()
        current = self._current_key()
        if current:
            settings.settings().setValue("window/view", current)
        for widget in self._views.values():
            self.pages.removeWidget(widget)
            widget.deleteLater()
        self._views.clear()
        context, self.context = self.context, None
        context.undo_stack.clear()
        context.db.close()
        context.deleteLater()
        self.central.setCurrentWidget(self.welcome)
        self._plan_changed()

    def _leave_forms(self) -> None:
        for widget in self._views.values():
            if isinstance(widget, Page):
                widget._leave_form()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.close_plan()
        store = settings.settings()
        store.setValue("window/geometry", self.saveGeometry())
        store.setValue("window/state", self.saveState())
        store.setValue("window/nav", self.workspace.saveState())
        super().closeEvent(event)

    # -- file commands ------------------------------------------------------------------
    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a plan"),
            settings.last_folder(),
            self.tr("LIP Planner plans (*%s);;All files (*)") % PLAN_SUFFIX,
        )
        if path:
            self.open_plan(path)

    def open_demo(self) -> None:
        from lipplanner.core.demo import create_demo_file
        from lipplanner.ui.application import demo_copy_path

        target = demo_copy_path()
        if self.context is not None and self.context.db.path == target:
            self.close_plan()
        try:
            create_demo_file(target, overwrite=True)
        except UserError as error:
            self.show_error(error)
            return
        self.open_plan(str(target))

    def new_plan(self) -> None:
        from lipplanner.ui.dialogs.new_plan import NewPlanWizard

        answer = NewPlanWizard.ask(self)
        if answer is None:
            return
        suggested = Path(settings.last_folder()) / f"{answer.lip_name or 'Plan'}{PLAN_SUFFIX}"
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the new plan as"),
            str(suggested),
            self.tr("LIP Planner plans (*%s)") % PLAN_SUFFIX,
        )
        if path:
            self.create_plan(Path(path), answer)

    def create_plan(self, path: Path, answer: object) -> bool:
        """Write a new plan file (replacing `path`) from the wizard's answers and open it."""
        from lipplanner.core.demo import create_demo_file
        from lipplanner.core.services.setup import setup_plan
        from lipplanner.ui.dialogs.new_plan import NewPlan

        assert isinstance(answer, NewPlan)
        if path.suffix.lower() != PLAN_SUFFIX:
            path = path.with_name(path.name + PLAN_SUFFIX)
        if self.context is not None and self.context.db.path == path.resolve():
            self.show_error(UserError(self.tr("That plan is open; choose another name.")))
            return False
        try:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
            if answer.from_example:
                create_demo_file(path, overwrite=True)
                return self.open_plan(str(path))
            db = open_database(path, create=True)
            try:
                setup_plan(
                    db,
                    lip_name=answer.lip_name,
                    lip_name_fr=answer.lip_name_fr,
                    plan_title=answer.plan_title,
                    plan_title_fr=answer.plan_title_fr,
                    first_year=answer.first_year,
                    last_year=answer.last_year,
                )
            finally:
                db.close()
        except UserError as error:
            self.show_error(error)
            return False
        except OSError as error:
            self.show_error(
                DataFileError(self.tr("The plan could not be written: %s") % error.strerror)
            )
            return False
        return self.open_plan(str(path))

    def save_copy(self) -> None:
        if self.context is None or self.context.db.path is None:
            return
        source = self.context.db.path
        target, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save a copy as"),
            str(source.with_name(f"{source.stem} copy{PLAN_SUFFIX}")),
            self.tr("LIP Planner plans (*%s)") % PLAN_SUFFIX,
        )
        if target:
            self.save_copy_to(Path(target))

    def save_copy_to(self, target: Path) -> bool:
        """Copy the open plan with SQLite's backup API (never a raw file copy)."""
        assert self.context is not None and self.context.db.path is not None
        self._leave_forms()
        if target.resolve() == self.context.db.path.resolve():
            self.show_error(UserError(self.tr("Choose another name than the open plan's.")))
            return False
        try:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{target}{suffix}").unlink(missing_ok=True)
            backup_sqlite(self.context.db.path, target)
        except (OSError, Exception) as error:  # sqlite3.Error has no common base with OSError
            self.show_error(
                DataFileError(
                    self.tr("The copy could not be written to %s (%s).") % (target, error)
                )
            )
            return False
        self.statusBar().showMessage(self.tr("Saved a copy as %s") % target, 8000)
        return True

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = settings.recent_files()
        for location in files:
            action = self.recent_menu.addAction(Path(location).name)
            action.setToolTip(location)
            action.setStatusTip(location)
            action.triggered.connect(lambda _checked=False, where=location: self.open_plan(where))
        if files:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(self.tr("Clear the list"), settings.clear_recent)
        else:
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)

    # -- building -----------------------------------------------------------------------
    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        *,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        icon_: QIcon | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(icon_ or QIcon(), text, self)
        if shortcut is not None:
            action.setShortcut(
                shortcut if isinstance(shortcut, QKeySequence) else QKeySequence(shortcut)
            )
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    @staticmethod
    def _with_key(text: str, keys: QKeySequence) -> str:
        """Menu text showing a shortcut handled elsewhere (after a tab, as Qt menus do)."""
        return f"{text}\t{keys.toString(QKeySequence.SequenceFormat.NativeText)}"

    def _build_actions(self) -> None:
        sp = QStyle.StandardPixmap
        keys = QKeySequence.StandardKey
        self.new_plan_action = self._action(
            self.tr("&New plan…"),
            self.new_plan,
            shortcut=keys.New,
            icon_=standard_icon(sp.SP_FileIcon),
        )
        self.open_action = self._action(
            self.tr("&Open…"),
            self.open_dialog,
            shortcut=keys.Open,
            icon_=standard_icon(sp.SP_DialogOpenButton),
        )
        self.demo_action = self._action(self.tr("Open the Riverside &demo"), self.open_demo)
        self.save_copy_action = self._action(
            self.tr("Save a copy &as…"),
            self.save_copy,
            shortcut=keys.SaveAs,
            tip=self.tr("Write a copy of this plan to another file (changes are saved already)"),
        )
        self.close_action = self._action(
            self.tr("&Close plan"), self.close_plan, shortcut=keys.Close
        )
        self.quit_action = self._action(self.tr("&Quit"), self.close, shortcut=keys.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        self.undo_action = self._action(
            self.tr("&Undo"), self.undo, shortcut=keys.Undo, icon_=standard_icon(sp.SP_ArrowBack)
        )
        self.redo_action = self._action(
            self.tr("&Redo"), self.redo, shortcut=keys.Redo, icon_=standard_icon(sp.SP_ArrowForward)
        )
        # The platform's own Redo keys first, then Ctrl+Shift+Z and Ctrl+Y everywhere (Linux
        # desktops bind only one of them, and people arrive with either habit).
        self.redo_action.setShortcuts(
            list(
                dict.fromkeys(
                    [
                        *QKeySequence.keyBindings(keys.Redo),
                        QKeySequence("Ctrl+Shift+Z"),
                        QKeySequence("Ctrl+Y"),
                    ]
                )
            )
        )
        # The toolbar keeps short words; the menu says what would be undone.
        self.undo_action.setIconText(self.tr("Undo"))
        self.redo_action.setIconText(self.tr("Redo"))
        self.find_action = self._action(self.tr("&Find…"), self.focus_search, shortcut=keys.Find)

        # Insert, Delete and Ctrl+Up/Down are shortcuts of each view's list (see Page), so
        # they never act while typing in a form; the menus only show them.
        self.new_here_action = self._action(
            self._with_key(self.tr("New &item here"), QKeySequence(Qt.Key.Key_Insert)),
            self.insert_item,
            icon_=standard_icon(sp.SP_FileDialogNewFolder),
            tip=self.tr("Add an item beside the selected one (Insert)"),
        )
        self.new_priority_action = self._action(
            self.tr("New &priority…"), lambda: self._create("plan", "priority")
        )
        self.new_objective_action = self._action(
            self.tr("New &objective…"), lambda: self._create("plan", "objective")
        )
        self.new_action_action = self._action(
            self.tr("New &action…"), lambda: self._create("plan", "action")
        )
        self.new_partner_action = self._action(
            self.tr("New pa&rtner…"), lambda: self._create("partners", "partner")
        )
        self.new_body_action = self._action(
            self.tr("New &working group or committee…"), lambda: self._create("bodies", "body")
        )
        self.new_practice_action = self._action(
            self.tr("New pro&mising practice…"), lambda: self._create("practices", "practice")
        )
        self.delete_action = self._action(
            self._with_key(self.tr("&Delete"), QKeySequence(keys.Delete)),
            self.delete_item,
            icon_=standard_icon(sp.SP_DialogDiscardButton),
            tip=self.tr("Delete the selected item (Delete); Ctrl+Z brings it back"),
        )
        self.move_up_action = self._action(
            self._with_key(self.tr("Move &up"), QKeySequence("Ctrl+Up")),
            lambda: self._move(-1),
            icon_=standard_icon(sp.SP_ArrowUp),
        )
        self.move_down_action = self._action(
            self._with_key(self.tr("Move dow&n"), QKeySequence("Ctrl+Down")),
            lambda: self._move(1),
            icon_=standard_icon(sp.SP_ArrowDown),
        )
        self.move_to_action = self._action(self.tr("Move &to…"), self._move_to)
        self.guide_action = self._action(
            self.tr("User &guide"),
            self.show_guide,
            shortcut=keys.HelpContents,
            tip=self.tr("How to use LIP Planner, step by step"),
        )
        self.about_action = self._action(self.tr("&About LIP Planner"), self.about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        titles = {
            "file": self.tr("&File"),
            "edit": self.tr("&Edit"),
            "view": self.tr("&View"),
            "plan": self.tr("&Plan"),
            "tools": self.tr("&Tools"),
            "help": self.tr("&Help"),
        }
        for name in MENU_NAMES:
            self._menus[name] = bar.addMenu(titles[name])
        file = self._menus["file"]
        file.addActions([self.new_plan_action, self.open_action])
        self.recent_menu = file.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file.addAction(self.demo_action)
        file.addSeparator()
        file.addAction(self.save_copy_action)
        file.addAction(self.close_action)
        file.addSeparator()
        file.addAction(self.quit_action)

        edit = self._menus["edit"]
        edit.addActions([self.undo_action, self.redo_action])
        edit.addSeparator()
        edit.addActions([self.delete_action, self.find_action])
        edit.addSeparator()

        self._view_actions: list[QAction] = []
        view = self._menus["view"]
        self._view_separator = view.addSeparator()

        plan = self._menus["plan"]
        plan.addAction(self.new_here_action)
        plan.addSeparator()
        plan.addActions(
            [
                self.new_priority_action,
                self.new_objective_action,
                self.new_action_action,
                self.new_partner_action,
                self.new_body_action,
                self.new_practice_action,
            ]
        )
        plan.addSeparator()
        plan.addActions(
            [self.move_up_action, self.move_down_action, self.move_to_action, self.delete_action]
        )
        self._menus["help"].addAction(self.guide_action)
        self._menus["help"].addSeparator()
        self._menus["help"].addAction(self.about_action)

    def _build_toolbar(self) -> None:
        bar = self.addToolBar(self.tr("Main"))
        bar.setObjectName("main-toolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.new_here_action.setIconText(self.tr("New item"))
        self.delete_action.setIconText(self.tr("Delete"))
        bar.addAction(self.new_here_action)
        bar.addAction(self.delete_action)
        bar.addSeparator()
        bar.addAction(self.undo_action)
        bar.addAction(self.redo_action)
        bar.addSeparator()
        # Alt+P is the Plan menu: the period takes Alt+R.
        self.period_label = QLabel(self.tr("  &Reporting period: "), self)
        self.year_combo = QComboBox(self)
        self.year_combo.setAccessibleName(self.tr("Fiscal year"))
        self.year_combo.setToolTip(self.tr("Fiscal year (April to March) shown in every view"))
        self.quarter_combo = QComboBox(self)
        self.quarter_combo.setAccessibleName(self.tr("Quarter"))
        self.quarter_combo.setToolTip(self.tr("Quarter of the fiscal year, or the whole year"))
        for quarter, text in (
            (1, self.tr("Q1 (Apr–Jun)")),
            (2, self.tr("Q2 (Jul–Sep)")),
            (3, self.tr("Q3 (Oct–Dec)")),
            (4, self.tr("Q4 (Jan–Mar)")),
            (0, self.tr("Whole year")),
        ):
            self.quarter_combo.addItem(text, quarter)
        self.period_label.setBuddy(self.year_combo)
        self._period_actions = [
            bar.addWidget(self.period_label),
            bar.addWidget(self.year_combo),
            bar.addWidget(self.quarter_combo),
        ]
        self.year_combo.activated.connect(self._period_chosen)
        self.quarter_combo.activated.connect(self._period_chosen)
        self.toolbar = bar

    def _add_standard_views(self) -> None:
        from lipplanner.ui.views.bodies import BodiesPage
        from lipplanner.ui.views.plan_page import PlanPage
        from lipplanner.ui.views.tables import ActionsPage, PartnersPage, PracticesPage

        self.add_view("plan", self.tr("Plan"), PlanPage, icon("plan"))
        self.add_view("actions", self.tr("Actions"), ActionsPage, icon("actions"))
        self.add_view("partners", self.tr("Partners"), PartnersPage, icon("partners"))
        self.add_view("bodies", self.tr("Working groups & council"), BodiesPage, icon("bodies"))
        self.add_view("practices", self.tr("Promising practices"), PracticesPage, icon("practices"))
        self.add_view(
            "undo",
            self.tr("Undo history"),
            self._undo_view,
            standard_icon(QStyle.StandardPixmap.SP_BrowserReload),
        )

    def _undo_view(self, context: PlanContext) -> QWidget:
        view = QUndoView(context.undo_stack)
        view.setEmptyLabel(self.tr("<opened the plan>"))
        view.setAccessibleName(self.tr("Undo history"))
        view.setToolTip(self.tr("Click a step to go back to it; everything after it is undone"))
        return view

    # -- period -------------------------------------------------------------------------
    def _fill_period(self, first: int, last: int) -> None:
        assert self.context is not None
        self.year_combo.clear()
        for year in range(first, last + 1):
            self.year_combo.addItem(format_fiscal_year(year), year)
        period = self.context.period
        self.year_combo.setCurrentIndex(self.year_combo.findData(period.year))
        self.quarter_combo.setCurrentIndex(self.quarter_combo.findData(period.quarter or 0))

    def _period_chosen(self, *_args: object) -> None:
        if self.context is None or self.year_combo.currentIndex() < 0:
            return
        quarter = int(self.quarter_combo.currentData())
        self.set_period(Period(int(self.year_combo.currentData()), quarter or None))

    def set_period(self, period: Period) -> None:
        """Show every view as of `period` (the combos follow)."""
        if self.context is None:
            return
        self._leave_forms()
        self.context.set_period(period)
        self.year_combo.setCurrentIndex(self.year_combo.findData(period.year))
        self.quarter_combo.setCurrentIndex(self.quarter_combo.findData(period.quarter or 0))
        self.statusBar().showMessage(self.tr("Showing %s") % format_period(period), 4000)

    # -- edit commands ------------------------------------------------------------------
    def _page(self) -> Page | None:
        widget = self.pages.currentWidget()
        return widget if isinstance(widget, Page) else None

    def _current_key(self) -> str | None:
        item = self.nav.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def undo(self) -> None:
        if self.context is not None:
            self._leave_forms()
            self.context.undo_stack.undo()

    def redo(self) -> None:
        if self.context is not None:
            self.context.undo_stack.redo()

    def focus_search(self) -> None:
        page = self._page()
        if page is not None and page.search.isVisible():
            page.search.setFocus()
            page.search.selectAll()

    def insert_item(self) -> None:
        page = self._page()
        if page is not None:
            page.new_item()

    def _create(self, view_key: str, kind: str) -> None:
        if self.context is None or self.context.read_only:
            return
        self.show_view(view_key)
        page = self._page()
        if page is not None:
            page.new_item(kind)

    def delete_item(self) -> None:
        page = self._page()
        if page is not None:
            page.delete_selected()

    def _move(self, delta: int) -> None:
        page = self._page()
        if page is not None and page.can_move():
            page.move_selected(delta)

    def _move_to(self) -> None:
        page = self._page()
        move_to = getattr(page, "move_to", None)
        if move_to is not None:
            move_to()

    def show_guide(self) -> None:
        """Help → User guide, in the interface language."""
        from lipplanner.ui.dialogs.guide import GuideWindow, guide_folder, guide_page

        page = guide_page(i18n.current_language())
        if page is None:
            self.show_error(
                UserError(
                    self.tr("The user guide is not installed here (looked in %s).") % guide_folder()
                )
            )
            return
        guide = getattr(self, "_guide", None)
        if guide is None or guide.home != page:
            self._guide = guide = GuideWindow(page, self)
        guide.show()
        guide.raise_()
        guide.activateWindow()

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About LIP Planner"),
            self.tr(
                "<h3>%s %s</h3><p>The strategic plan of a Local Immigration Partnership: "
                "priorities, actions, partners and quarterly progress, with reports for "
                "funders and councils.</p><p>Every change is saved to the plan file as you "
                "make it; Undo (Ctrl+Z) takes it back.</p>"
            )
            % (APP_NAME, __version__),
        )

    # -- state of the window ------------------------------------------------------------
    def _nav_changed(self, row: int) -> None:
        if row < 0:
            return
        key = self.nav.item(row).data(Qt.ItemDataRole.UserRole)
        widget = self.current_view(key)
        if widget is not None:
            self.pages.setCurrentWidget(widget)
        self._plan_changed()

    def _plan_changed(self) -> None:
        context = self.context
        has_plan = context is not None
        editable = has_plan and not (context and context.read_only)
        for action in (self.save_copy_action, self.close_action, self.find_action):
            action.setEnabled(has_plan)
        self.save_copy_action.setEnabled(bool(context and context.db.path is not None))
        for action in (
            self.new_priority_action,
            self.new_objective_action,
            self.new_action_action,
            self.new_partner_action,
            self.new_body_action,
            self.new_practice_action,
        ):
            action.setEnabled(editable)
        for action in self._period_actions:
            action.setVisible(has_plan)
        self.nav.setEnabled(has_plan)
        for action in self._view_actions:
            action.setEnabled(has_plan)
        self.read_only_badge.setVisible(bool(context and context.read_only))
        if context is None:
            self.setWindowTitle(APP_NAME)
            self.welcome.set_recent(settings.recent_files())
            self.path_label.clear()
            self.counts.clear()
        else:
            suffix = self.tr(" [read-only]") if context.read_only else ""
            self.setWindowTitle(f"{context.db.name}{suffix} — {APP_NAME}")
            self.setWindowFilePath(str(context.db.path or ""))
        self._update_undo()
        self._update_status()

    def _update_undo(self, *_args: object) -> None:
        stack = self.context.undo_stack if self.context else None
        can_undo = bool(stack and stack.canUndo())
        can_redo = bool(stack and stack.canRedo())
        self.undo_action.setEnabled(can_undo)
        self.redo_action.setEnabled(can_redo)
        undo_text = stack.undoText() if stack and can_undo else ""
        redo_text = stack.redoText() if stack and can_redo else ""
        # Menus stay narrow with a long step ("Change Title of A2.1 …"); tooltips say it all.
        short_undo, short_redo = _elided(undo_text), _elided(redo_text)
        self.undo_action.setText(
            self.tr("&Undo %s") % short_undo.replace("&", "&&") if undo_text else self.tr("&Undo")
        )
        self.redo_action.setText(
            self.tr("&Redo %s") % short_redo.replace("&", "&&") if redo_text else self.tr("&Redo")
        )
        self.undo_action.setToolTip(
            self.tr("Undo %s") % undo_text if undo_text else self.tr("Undo")
        )
        self.redo_action.setToolTip(
            self.tr("Redo %s") % redo_text if redo_text else self.tr("Redo")
        )

    def _update_status(self) -> None:
        page = self._page()
        if self.context is None or page is None:
            self.path_label.clear()
            self.counts.setText("")
            for action in (
                self.new_here_action,
                self.delete_action,
                self.move_up_action,
                self.move_down_action,
                self.move_to_action,
            ):
                action.setEnabled(False)
            return
        self.path_label.setText(page.item_path())
        self.counts.setText(f"{page.counts_text()}  ·  {format_period(self.context.period)}")
        editable = not self.context.read_only
        self.new_here_action.setEnabled(editable)
        self.delete_action.setEnabled(editable and page.current_item() is not None)
        can_move = editable and page.can_move()
        self.move_up_action.setEnabled(can_move)
        self.move_down_action.setEnabled(can_move)
        current = page.current_item()
        self.move_to_action.setEnabled(
            can_move and current is not None and current[0] != "priority"
        )

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

    def _save_splitters(self) -> None:
        store = settings.settings()
        for key, widget in self._views.items():
            if isinstance(widget, Page):
                store.setValue(f"splitters/{key}", widget.splitter_state())

    def _restore_splitter(self, key: str, page: Page) -> None:
        state = settings.settings().value(f"splitters/{key}")
        page.restore_splitter_state(state if isinstance(state, QByteArray) else None)
