"""What every main view shares: a list or tree on the left, the detail form on the
right (in a splitter), selection kept across reloads, and the editing entry points
the window's menus, toolbar and shortcuts call."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from lipplanner.core.changes import Change, Changes
from lipplanner.ui.context import PlanContext

# The forms' base (and the editing dialogs, fields and undo commands it brings) loads
# with the first form built, not with the first view.
if TYPE_CHECKING:
    from lipplanner.ui.views.form import ItemForm

_NATURAL = re.compile(r"(\d+)")


def natural_key(text: str) -> tuple[Any, ...]:
    """Sort "A1.10" after "A1.9", and ignore case."""
    return tuple(int(part) if part.isdigit() else part.lower() for part in _NATURAL.split(text))


class Forms(Mapping[str, "ItemForm"]):
    """A page's detail forms by item kind, each built (and put in the detail panel) the
    first time it is asked for: a page only looked at builds none (the Plan view's three
    forms and their modules were ~0.03 s of a 2,000-action start-up)."""

    def __init__(self, detail: QStackedWidget) -> None:
        self._detail = detail
        self._makers: dict[str, Callable[[], ItemForm]] = {}
        self._built: dict[str, ItemForm] = {}

    def add(self, kind: str, make: Callable[[], ItemForm]) -> None:
        self._makers[kind] = make

    def __getitem__(self, kind: str) -> ItemForm:
        form = self._built.get(kind)
        if form is None:
            form = self._built[kind] = self._makers[kind]()
            self._detail.addWidget(form)
        return form

    def __contains__(self, kind: object) -> bool:
        return kind in self._makers  # without building the form

    def __iter__(self) -> Iterator[str]:
        return iter(self._makers)

    def __len__(self) -> int:
        return len(self._makers)

    def built(self) -> list[ItemForm]:
        """The forms built so far."""
        return list(self._built.values())


class Page(QWidget):
    """Base of the Plan, Actions, Partners, Bodies and Practices views."""

    selection_changed = Signal()
    message = Signal(str)  # a status-bar message

    def __init__(self, context: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._current: tuple[str, int] | None = None

        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search…"))
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setToolTip(self.tr("Show only rows containing every word typed"))
        self.filters = QHBoxLayout()
        self.filters.setContentsMargins(0, 0, 0, 0)
        self.filters.addWidget(self.search, 2)
        # Filter combos go on a second row, so the search box keeps a useful width.
        self.filter_row = QHBoxLayout()
        self.filter_row.setContentsMargins(0, 0, 0, 0)

        self.left = QWidget(self)
        self.left_layout = QVBoxLayout(self.left)
        self.left_layout.setContentsMargins(0, 0, 0, 0)
        self.left_layout.addLayout(self.filters)
        self.left_layout.addLayout(self.filter_row)

        self.detail = QStackedWidget(self)
        self.placeholder = QLabel(self.tr("Select an item to see and edit it here."), self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setEnabled(False)
        self.detail.addWidget(self.placeholder)
        self.forms = Forms(self.detail)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.left)
        self.splitter.addWidget(self.detail)
        # A bigger window widens the list (more columns); the form keeps its width.
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        # The detail panel folds away while nothing is selected, so the list has the
        # whole width; the sizes it had open are what the settings remember.
        self.splitter.setCollapsible(0, False)
        self.splitter.setCollapsible(1, True)
        self._open_state: QByteArray | None = None
        self._detail_open = True
        self.splitter.splitterMoved.connect(self._splitter_moved)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.splitter)
        self._stale = False
        context.changed.connect(self._data_changed)
        # Bound methods, not lambdas: Qt drops a connection when its receiver is deleted,
        # so a page deleted by a window rebuild is never called again.
        context.language_changed.connect(self._language_changed)

    # -- to implement -------------------------------------------------------------------
    @property
    def view_widget(self) -> QAbstractItemView:
        raise NotImplementedError

    def refresh(self) -> None:
        """Reload the rows from `context.view()` and the detail form."""
        raise NotImplementedError

    def patch(self, changes: tuple[Change, ...]) -> None:
        """Show what `changes` changed (the picture is already patched); by default,
        refresh everything."""
        self.refresh()

    def item_at(self, index: QModelIndex) -> tuple[str, int] | None:
        raise NotImplementedError

    def index_of(self, kind: str, item_id: int) -> QModelIndex:
        raise NotImplementedError

    def counts_text(self) -> str:
        return ""

    def item_path(self) -> str:
        return ""

    def new_item(self, kind: str | None = None) -> None:
        """Create an item of `kind` (or the natural kind for the selection)."""

    def delete_selected(self) -> None:
        """Delete the selected item, say so, and select the one that took its place."""
        from lipplanner.ui import operations

        if self._current is None or self.context.read_only:
            return
        kind, item_id = self._current
        neighbour = self._neighbour()
        what = operations.describe_item(self.context, kind, item_id)
        if not operations.delete_item(self, self.context, kind, item_id):
            return
        if neighbour is not None:
            self.select_item(*neighbour)
        self.message.emit(self.tr("Deleted %s. Ctrl+Z brings it back.") % what)

    def _neighbour(self) -> tuple[str, int] | None:
        """The item after the selected one among its siblings, else the one before, else
        its parent: where the selection goes when the item is deleted."""
        current = self.view_widget.selectionModel().currentIndex()
        if not current.isValid():
            return None
        for row in (current.row() + 1, current.row() - 1):
            sibling = current.sibling(row, 0)
            if sibling.isValid() and (item := self.item_at(sibling)) is not None:
                return item
        return self.item_at(current.parent()) if current.parent().isValid() else None

    def move_selected(self, delta: int) -> None:
        """Move the selected item up (-1) or down (+1) among its siblings."""

    def can_move(self) -> bool:
        return False

    # -- shared -------------------------------------------------------------------------
    def _data_changed(self, changes: Changes = None) -> None:
        """Patch (or refresh) now if shown; a hidden view refreshes when it is next shown
        (big plans would otherwise rebuild every view on every change)."""
        if not self.isVisible():
            self._stale = True
        elif changes:
            self.patch(changes)
        else:
            self.refresh()

    def _language_changed(self, _lang: str) -> None:
        self._data_changed(None)

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)

    def shown_form(self) -> ItemForm | None:
        """The form the detail panel shows (None: its placeholder)."""
        shown = self.detail.currentWidget()
        return next((form for form in self.forms.built() if form is shown), None)

    def add_form(self, kind: str, make: Callable[[], ItemForm]) -> None:
        """The detail form for items of `kind`, made by `make` when first needed."""
        self.forms.add(kind, make)

    def connect_view(self) -> None:
        view = self.view_widget
        # Item keys act on the list itself, never on a field being typed in the form.
        for keys, slot in (
            (QKeySequence.StandardKey.Delete, self.delete_selected),
            (QKeySequence(Qt.Key.Key_Insert), self.new_item),
            (QKeySequence("Ctrl+Up"), lambda: self.move_selected(-1)),
            (QKeySequence("Ctrl+Down"), lambda: self.move_selected(1)),
        ):
            shortcut = QShortcut(QKeySequence(keys), view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        view.selectionModel().currentRowChanged.connect(self._current_changed)
        model = view.model()
        model.modelAboutToBeReset.connect(self._remember)
        model.modelReset.connect(self._restore)

    def current_item(self) -> tuple[str, int] | None:
        return self._current

    def select_item(self, kind: str, item_id: int) -> bool:
        index = self.index_of(kind, item_id)
        if not index.isValid():
            return False
        view = self.view_widget
        view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        view.scrollTo(index)
        return True

    def _remember(self) -> None:
        self._restoring = self._current

    def _restore(self) -> None:
        wanted = getattr(self, "_restoring", None)
        self._restoring = None
        if wanted is not None and not self.select_item(*wanted):
            self._show_item(None)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        item = self.item_at(current)
        if item == self._current:
            return
        self._leave_form()
        self._show_item(item)

    def _leave_form(self) -> None:
        """Moving to another item keeps what was typed: it is applied if it is valid."""
        form = self.shown_form()
        if form is not None and form.item_id is not None and form.is_dirty():
            label = form.item_label()
            if form.check():
                form.revert()
                self.message.emit(
                    self.tr("Changes to %s were not valid and were discarded.") % label
                )
            elif form.apply():
                self.message.emit(self.tr("Changes to %s applied.") % label)

    def keep_pending(self) -> str:
        """Save what was typed in the detail form (the plan is closing): "" when it is
        saved, else a phrase saying what cannot be and why; the text stays in the form."""
        form = self.shown_form()
        return form.keep_pending() if form is not None else ""

    def _show_item(self, item: tuple[str, int] | None) -> None:
        self._current = item
        if item is None or item[0] not in self.forms:
            self.detail.setCurrentWidget(self.placeholder)
            self._set_detail_open(False)
        else:
            form = self.forms[item[0]]
            form.load(item[1])
            self.detail.setCurrentWidget(form)
            self._set_detail_open(True)
        self.selection_changed.emit()

    # -- the detail panel beside the list ----------------------------------------------
    def splitter_state(self) -> QByteArray:
        """The splitter as it is with the detail panel open (what settings keep)."""
        if self._detail_open or self._open_state is None:
            return self.splitter.saveState()
        return self._open_state

    def restore_splitter_state(self, state: QByteArray | None) -> None:
        # Nothing remembered: the panel opens at its forms' width (see _open_sizes).
        if state is not None and self.splitter.restoreState(state):
            sizes = self.splitter.sizes()
            if len(sizes) == 2 and sizes[1] > 0:
                self._open_state = self.splitter.saveState()
        self._detail_open = True
        self._set_detail_open(self._current is not None)

    def _open_sizes(self) -> list[int]:
        """List and panel widths when nothing is remembered: the panel as wide as its
        widest form asks (every tab title and label whole, in either language), at most
        half the page; the list keeps the rest."""
        total = max(sum(self.splitter.sizes()), self.splitter.width(), 1)
        detail = min(self._wanted_width(), total // 2)
        return [total - detail, detail]

    def _wanted_width(self) -> int:
        """The width of the widest form (at least 360 px)."""
        return max(360, *(form.preferred_width() for form in self.forms.values()))

    def _fit_tab_titles(self) -> None:
        """Widen a remembered panel that is too narrow for its form's tab titles (up to
        half the page): a width chosen in English cut the French ones after a switch
        ("Historique des prog…")."""
        form = self.shown_form()
        list_width, detail = self.splitter.sizes()
        if form is None or detail == 0:
            return
        total = list_width + detail
        needed = min(form.tabs_width(), total // 2)
        if detail < needed:
            self.splitter.setSizes([total - needed, needed])

    def detail_is_open(self) -> bool:
        return self._detail_open

    def _set_detail_open(self, open_: bool) -> None:
        if open_ == self._detail_open:
            return
        if open_:
            self._detail_open = True
            if self._open_state is None or not self.splitter.restoreState(self._open_state):
                self.splitter.setSizes(self._open_sizes())
            if self.splitter.sizes()[1] == 0:  # remembered folded by hand: open it anyway
                self.splitter.setSizes(self._open_sizes())
            self._fit_tab_titles()
        else:
            # Only a width someone chose or saw is worth keeping, not the splitter's
            # first guess while the page is built.
            if self._open_state is not None and self.splitter.sizes()[1] > 0:
                self._open_state = self.splitter.saveState()
            self._detail_open = False
            self.splitter.setSizes([max(sum(self.splitter.sizes()), 1), 0])

    def _splitter_moved(self, _pos: int, _index: int) -> None:
        # Dragged by hand: remember the new sizes, or note that the panel was closed.
        if self.splitter.sizes()[1] > 0:
            self._detail_open = True
            self._open_state = self.splitter.saveState()
        else:
            self._detail_open = False

    def reload_form(self) -> None:
        form = self.shown_form()
        if form is not None:
            form.reload_if_clean()
            if form.item_id is None:
                self._show_item(None)
