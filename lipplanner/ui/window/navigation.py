"""The navigation list and the pages behind it: the views features add, each built the
first time it is shown for the open plan, and the splitter sizes each view remembers."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStackedWidget,
    QStyle,
    QUndoView,
    QVBoxLayout,
    QWidget,
)

from lipplanner.ui import settings
from lipplanner.ui.style import icon, standard_icon

# The views' modules bring the database layer (and SQLAlchemy) with them: they are
# imported when a plan opens, so the window and its welcome page show before that.
if TYPE_CHECKING:
    from lipplanner.ui.context import PlanContext
    from lipplanner.ui.views.page import Page

ViewFactory = Callable[["PlanContext"], QWidget]


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


def view_of(where: str) -> ViewFactory:
    """A factory for the view class `where` ("package.module:Class"), importing its
    module the first time a view is made."""
    module, _, name = where.partition(":")

    def make(context: PlanContext) -> QWidget:
        view: QWidget = getattr(importlib.import_module(module), name)(context)
        return view

    return make


def as_page(widget: QWidget | None) -> Page | None:
    """`widget` if it is a Page (a list or tree with a detail form), else None."""
    if widget is None:
        return None
    from lipplanner.ui.views.page import Page

    return widget if isinstance(widget, Page) else None


class Navigation:
    """Mixed into MainWindow: which view is shown, and building views on demand."""

    def _build_navigation(self) -> None:
        self._entries: list[ViewEntry] = []
        self._views: dict[str, QWidget] = {}
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

    def current_view_key(self) -> str | None:
        return self._current_key() if self.context is not None else None

    def _make_view(self, entry: ViewEntry) -> QWidget:
        assert self.context is not None
        widget = entry.factory(self.context)
        widget.setObjectName(f"view-{entry.key}")
        self._views[entry.key] = widget
        self.pages.addWidget(widget)
        page = as_page(widget)
        if page is not None:
            page.selection_changed.connect(self._update_status)
            page.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
            self._restore_splitter(entry.key, page)
        return widget

    def _leave_forms(self) -> None:
        for widget in self._views.values():
            if (page := as_page(widget)) is not None:
                page._leave_form()

    def _keep_pending_edits(self) -> tuple[str, str] | None:
        """Save what was typed in any view's form and not yet saved (before the plan
        closes or the period changes). None when everything is saved; else (the view's
        title, what cannot be saved and why), with that view shown so the user sees the
        problem beside the field."""
        for entry in self._entries:
            widget = self._views.get(entry.key)
            keep = getattr(widget, "keep_pending", None)
            problem = keep() if callable(keep) else ""
            if problem:
                self.show_view(entry.key)
                return entry.title, problem
        return None

    def _drop_views(self) -> None:
        """Remove the open plan's views; they are built again for the next plan."""
        for widget in self._views.values():
            self.pages.removeWidget(widget)
            widget.deleteLater()
        self._views.clear()

    def _add_standard_views(self) -> None:
        tables = "lipplanner.ui.views.tables"
        plan = view_of("lipplanner.ui.views.plan_page:PlanPage")
        self.add_view("plan", self.tr("Plan"), plan, icon("plan"))
        self.add_view(
            "actions", self.tr("Actions"), view_of(f"{tables}:ActionsPage"), icon("actions")
        )
        self.add_view(
            "partners", self.tr("Partners"), view_of(f"{tables}:PartnersPage"), icon("partners")
        )
        bodies = view_of("lipplanner.ui.views.bodies:BodiesPage")
        self.add_view("bodies", self.tr("Working groups & council"), bodies, icon("bodies"))
        practices = view_of(f"{tables}:PracticesPage")
        self.add_view("practices", self.tr("Promising practices"), practices, icon("practices"))
        self.add_view(
            "undo",
            self.tr("Undo history"),
            self._undo_view,
            standard_icon(QStyle.StandardPixmap.SP_BrowserReload),
        )

    def _undo_view(self, context: PlanContext) -> QWidget:
        """The steps of this session, under a heading that says how to use them (like
        the History and Trash views; the bare list read as an empty page)."""
        page = QWidget()
        title = QLabel(self.tr("Undo history"), page)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        hint = self.tr("Click a step to go back to it; everything after it is undone")
        explanation = QLabel(hint, page)
        explanation.setWordWrap(True)
        view = QUndoView(context.undo_stack, page)
        view.setObjectName("undo-steps")
        view.setEmptyLabel(self.tr("<opened the plan>"))
        view.setAccessibleName(self.tr("Undo history"))
        view.setToolTip(hint)
        layout = QVBoxLayout(page)
        layout.addWidget(title)
        layout.addWidget(explanation)
        layout.addWidget(view, 1)
        return page

    def _page(self) -> Page | None:
        return as_page(self.pages.currentWidget())

    def _current_key(self) -> str | None:
        item = self.nav.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _nav_changed(self, row: int) -> None:
        if row < 0:
            return
        key = self.nav.item(row).data(Qt.ItemDataRole.UserRole)
        widget = self.current_view(key)
        if widget is not None:
            self.pages.setCurrentWidget(widget)
        self._plan_changed()

    def _save_splitters(self) -> None:
        store = settings.settings()
        for key, widget in self._views.items():
            if (page := as_page(widget)) is not None:
                store.setValue(f"splitters/{key}", page.splitter_state())

    def _restore_splitter(self, key: str, page: Page) -> None:
        state = settings.settings().value(f"splitters/{key}")
        page.restore_splitter_state(state if isinstance(state, QByteArray) else None)
