"""The menus, the toolbar and the window's own commands: what each menu holds, the
shortcuts, and the edit and help commands that act on the view shown."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QStyle

from lipplanner import APP_NAME, __version__
from lipplanner.core.errors import UserError
from lipplanner.ui import i18n
from lipplanner.ui.shortcuts import ReservedKeys
from lipplanner.ui.style import standard_icon

MENU_NAMES = ("file", "edit", "view", "plan", "tools", "help")


class MenusAndActions:
    """Mixed into MainWindow: the menus features plug into, and the commands behind them."""

    def reserve_shortcut(self, action: QAction) -> None:
        """Let `action`'s keys work even while the cursor is in a text box."""
        if self._reserved is None:
            self._reserved = ReservedKeys(self)
        for keys in action.shortcuts():
            self._reserved.reserve(keys)

    def menu(self, name: str) -> QMenu:
        """One of the menus: "file", "edit", "view", "plan", "tools" or "help"."""
        return self._menus[name]

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
        self._menus: dict[str, QMenu] = {}
        self._reserved: ReservedKeys | None = None
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
            self.tr("&Close plan"), self.close_plan_command, shortcut=keys.Close
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
        self._build_period_selector(bar)
        self.toolbar = bar

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
