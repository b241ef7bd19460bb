"""The Plan view: priorities → objectives → actions as a tree with roll-ups, edited
in the detail panel, reordered and moved with menus, keys or drag-and-drop."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QAbstractItemView, QMenu, QToolButton, QTreeView, QWidget

from lipplanner.core.changes import PLACE_FIELDS, PROGRESS, Change, ids_of
from lipplanner.ui.context import PlanContext
from lipplanner.ui.models.plan_tree import STATUS_COLUMN, PlanTreeModel, node_key, status_texts
from lipplanner.ui.style import status_swatch
from lipplanner.ui.views.empty_plan import EmptyPlanGuide
from lipplanner.ui.views.page import Page
from lipplanner.ui.widgets.columns import TitleColumn, cell_width

if TYPE_CHECKING:
    from lipplanner.ui.views.form import ItemForm

# Up to this many actions the tree opens with everything expanded. Beyond, it opens on
# the priorities and their objectives: laying out every row of a 20,000-action tree
# took longer than reading the plan, and nobody scrolls 20,000 rows to find one.
EXPAND_ALL_UP_TO = 5_000


class PlanTree(QTreeView):
    """The tree itself: plain, with row drags that move items."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setIndentation(max(14, self.fontMetrics().horizontalAdvance("M") + 4))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setAccessibleName(self.tr("Plan"))


class PlanPage(Page):
    def __init__(self, context: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.search.setPlaceholderText(self.tr("Find in the plan…"))
        self.search.setToolTip(self.tr("Jump to the next item whose code or title contains this"))
        self.model = PlanTreeModel(self)
        self.model.editable = not context.read_only
        self.tree = PlanTree(self.left)
        self.tree.setModel(self.model)
        self.left_layout.addWidget(self.tree)
        # In the tree's place while the plan has no priority (a new plan).
        self.guide = EmptyPlanGuide(self.left)
        self.guide.add_button.setEnabled(not context.read_only)
        self.guide.add_priority.connect(lambda: self.new_item("priority"))
        self.guide.import_plan.connect(self._import_plan)
        self.left_layout.addWidget(self.guide)
        for text, slot in (
            (self.tr("Expand all"), self.tree.expandAll),
            (self.tr("Collapse to priorities"), self.tree.collapseAll),
        ):
            button = QToolButton(self)
            button.setText(text)
            button.setAutoRaise(True)
            button.clicked.connect(slot)
            self.filters.addWidget(button)
        for kind in ("priority", "objective", "action"):
            self.add_form(kind, lambda kind=kind: self._make_form(kind))
        self.model.move_requested.connect(self._dropped)
        self.model.modelAboutToBeReset.connect(self._remember_expanded)
        self.model.modelReset.connect(self._restore_expanded)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.search.returnPressed.connect(self.find_next)
        self.search.textEdited.connect(lambda _text: self.find_next(restart=True))
        self.connect_view()
        self._expanded: set[int] = set()
        self.title_column: TitleColumn | None = None  # made once the tree is filled
        self._opening = True  # the first load expands below, in one pass
        self.refresh()
        self._opening = False
        if len(context.view().actions) <= EXPAND_ALL_UP_TO:
            self.tree.expandAll()
        else:
            self.tree.expandToDepth(0)
        # Code, status, lead and dates as wide as what they show; the title gets the rest.
        em = self.fontMetrics().horizontalAdvance("M")
        self.title_column = TitleColumn(
            self.tree,
            self.tree.header(),
            1,
            minimum=max(250, 20 * em),
            fit_others=True,
            widest=16 * em,
            # Beside an open detail panel (French at 1280 wide) the title gives way
            # before the Status column is cut: titles are elided, with tooltips.
            keep_whole=STATUS_COLUMN,
            squeeze=12 * em,
        )
        self._fit_status()

    def _import_plan(self) -> None:
        """File → Import a plan…, as the window's menu runs it."""
        action = self.window().findChild(QAction, "import_plan")
        if action is not None:
            action.trigger()

    def _make_form(self, kind: str) -> ItemForm:
        # The forms' module (and the editing dialogs it uses) loads with the first
        # selection: the Plan view is the first screen, and most opens only look.
        from lipplanner.ui.views import forms

        form_class = {
            "priority": forms.PriorityForm,
            "objective": forms.ObjectiveForm,
            "action": forms.ActionForm,
        }[kind]
        return form_class(self.context, self)

    @property
    def view_widget(self) -> QAbstractItemView:
        return self.tree

    def refresh(self) -> None:
        view = self.context.view()
        self.model.load(view, self.context.lang)
        # A priority added (or its adding undone) reloads the tree: the guide follows.
        empty = not view.priorities
        self.guide.setVisible(empty)
        self.tree.setVisible(not empty)
        self._fit_status()
        self.reload_form()
        self.selection_changed.emit()

    def _fit_status(self) -> None:
        # Every status of the plan whole, with its overdue mark, in the interface's
        # language: sampled rows may hold none of the longest ("Retards mineurs (en
        # retard)"), and a language switch changes every label.
        if self.title_column is None:
            return
        view = self.context.view()
        texts = status_texts(view, self.context.lang)
        swatch = status_swatch("#9e9e9e")
        bold = QFont(self.tree.font())
        bold.setBold(True)  # the priorities' roll-ups (never overdue-marked)
        width = max(
            cell_width(self.tree, texts, swatch),
            cell_width(self.tree, texts[: len(view.statuses)], swatch, bold),
        )
        self.title_column.set_floor(STATUS_COLUMN, width)

    def patch(self, changes: tuple[Change, ...]) -> None:
        """An edited action or its progress: its row and its groups' roll-ups only."""
        kept = all(
            c.kind == "changed"
            and (c.entity == PROGRESS or (c.entity == "action" and not c.fields & PLACE_FIELDS))
            for c in changes
        )
        ids = ids_of(changes, "action", PROGRESS)
        if not kept or not self.model.patch(self.context.view(), ids, self.context.lang):
            self.refresh()
            return
        self.reload_form()
        self.selection_changed.emit()

    def item_at(self, index: QModelIndex) -> tuple[str, int] | None:
        return self.model.item_at(index)

    def index_of(self, kind: str, item_id: int) -> QModelIndex:
        return self.model.index_of(kind, item_id)

    # -- expansion kept across resets ---------------------------------------------------
    def _remember_expanded(self) -> None:
        self._expanded = set()
        for kind in ("priority", "objective"):
            for item in self._all(kind):
                if self.tree.isExpanded(self.model.index_of(*item)):
                    self._expanded.add(node_key(*item))

    def _restore_expanded(self) -> None:
        view = self.context.view()
        if not self._opening:  # the first load is expanded by __init__ in one pass
            for priority in view.priorities.values():
                known = node_key("priority", priority.id)
                # New groups open, so a new item is visible where it was added.
                if known in self._expanded or known not in self._seen:
                    self.tree.expand(self.model.index_of("priority", priority.id))
            for objective in view.objectives.values():
                known = node_key("objective", objective.id)
                if known in self._expanded or known not in self._seen:
                    self.tree.expand(self.model.index_of("objective", objective.id))
        self._seen = {node_key("priority", p) for p in view.priorities} | {
            node_key("objective", o) for o in view.objectives
        }

    _seen: set[int] = set()

    def _all(self, kind: str) -> list[tuple[str, int]]:
        view = self.context.view()
        ids = view.priorities if kind == "priority" else view.objectives
        return [(kind, i) for i in ids if self.model.index_of(kind, i).isValid()]

    # -- status bar -----------------------------------------------------------------------
    def counts_text(self) -> str:
        view = self.context.view()
        return " · ".join(
            (
                self.tr("%n priority(ies)", "", len(view.priorities)),
                self.tr("%n objective(s)", "", len(view.objectives)),
                self.tr("%n action(s)", "", len(view.actions)),
            )
        )

    def item_path(self) -> str:
        if self._current is None:
            return ""
        kind, item_id = self._current
        view = self.context.view()
        lang = self.context.lang
        if kind == "priority":
            return view.priorities[item_id].code + " " + view.priorities[item_id].title(lang)
        if kind == "objective":
            objective = view.objectives[item_id]
            return f"{view.priorities[objective.priority_id].code} › {objective.code} " + (
                objective.title(lang)
            )
        action = view.actions[item_id]
        return (
            f"{view.priorities[action.priority_id].code} › "
            f"{view.objectives[action.objective_id].code} › {action.code} {action.title(lang)}"
        )

    # -- finding ------------------------------------------------------------------------
    def find_next(self, restart: bool = False) -> None:
        needle = self.search.text().strip().lower()
        if not needle:
            return
        view = self.context.view()
        lang = self.context.lang
        items: list[tuple[str, int, str]] = []
        for priority in view.ordered_priorities:
            items.append(("priority", priority.id, f"{priority.code} {priority.title(lang)}"))
            for objective in view.objectives_of(priority.id):
                items.append(
                    ("objective", objective.id, f"{objective.code} {objective.title(lang)}")
                )
                for action in view.actions_of(objective.id):
                    lead = view.partner_name(action.lead_partner_id, lang)
                    items.append(
                        ("action", action.id, f"{action.code} {action.title(lang)} {lead}")
                    )
        start = 0
        if self._current is not None and not restart:
            keys = [(k, i) for k, i, _ in items]
            if self._current in keys:
                start = keys.index(self._current) + 1
        for kind, item_id, text in items[start:] + items[:start]:
            if needle in text.lower():
                self.select_item(kind, item_id)
                return
        self.message.emit(self.tr("Nothing in the plan matches “%s”.") % self.search.text())

    # -- editing ------------------------------------------------------------------------
    def _parent_for(self, kind: str) -> int | None:
        """The priority or objective a new item goes under, from the selection."""
        view = self.context.view()
        if self._current is None:
            if kind == "objective" and view.ordered_priorities:
                return view.ordered_priorities[-1].id
            return None
        current_kind, item_id = self._current
        if kind == "objective":
            if current_kind == "priority":
                return item_id
            if current_kind == "objective":
                return view.objectives[item_id].priority_id
            return view.actions[item_id].priority_id
        if kind == "action":
            if current_kind == "objective":
                return item_id
            if current_kind == "action":
                return view.actions[item_id].objective_id
            objectives = view.objectives_of(item_id)
            return objectives[-1].id if objectives else None
        return None

    def natural_kind(self) -> str:
        """Insert adds a sibling of the selection (a priority when nothing is selected)."""
        return self._current[0] if self._current else "priority"

    def new_item(self, kind: str | None = None) -> None:
        if self.context.read_only:
            return
        kind = kind or self.natural_kind()
        parent_id = self._parent_for(kind)
        if kind != "priority" and parent_id is None:
            self.message.emit(
                self.tr("Select a priority first.")
                if kind == "objective"
                else self.tr("Select an objective first.")
            )
            return
        self._leave_form()
        from lipplanner.ui import operations

        new_id = operations.create_item(self, self.context, kind, parent_id)
        if new_id is not None:
            self.select_item(kind, new_id)
            form = self.forms[kind]
            form.tabs.setCurrentIndex(0)
            form.setFocus()

    def can_move(self) -> bool:
        return self._current is not None and not self.context.read_only

    def move_selected(self, delta: int) -> None:
        if not self.can_move():
            return
        assert self._current is not None
        kind, item_id = self._current
        parent = self.model.parent_of(kind, item_id)
        siblings = self.model.children_of(*parent) if parent else self.model.children_of(None)
        row = siblings.index((kind, item_id))
        target = row + delta
        if not 0 <= target < len(siblings):
            return
        parent_id = parent[1] if parent else None
        from lipplanner.ui import operations

        operations.move_item(self, self.context, kind, item_id, parent_id, target)
        self.select_item(kind, item_id)

    def move_to(self) -> None:
        if self._current is None or self.context.read_only:
            return
        from lipplanner.ui import operations

        if operations.move_to_parent(self, self.context, *self._current):
            self.select_item(*self._current)

    def _dropped(self, kind: str, item_id: int, parent_id: int, index: int) -> None:
        from lipplanner.ui import operations

        operations.move_item(self, self.context, kind, item_id, parent_id or None, index)
        self.select_item(kind, item_id)

    def _context_menu(self, position: QPoint) -> None:
        index = self.tree.indexAt(position)
        if index.isValid():
            self.tree.setCurrentIndex(index)
        menu = QMenu(self)
        editable = not self.context.read_only
        current = self._current
        menu.addAction(self.tr("New priority"), lambda: self.new_item("priority")).setEnabled(
            editable
        )
        objective = menu.addAction(self.tr("New objective"), lambda: self.new_item("objective"))
        objective.setEnabled(editable and self._parent_for("objective") is not None)
        action = menu.addAction(self.tr("New action"), lambda: self.new_item("action"))
        action.setEnabled(editable and self._parent_for("action") is not None)
        if current is not None:
            menu.addSeparator()
            menu.addAction(self.tr("Move up"), lambda: self.move_selected(-1)).setEnabled(editable)
            menu.addAction(self.tr("Move down"), lambda: self.move_selected(1)).setEnabled(editable)
            if current[0] != "priority":
                menu.addAction(self.tr("Move to…"), self.move_to).setEnabled(editable)
            menu.addSeparator()
            menu.addAction(self.tr("Delete"), self.delete_selected).setEnabled(editable)
        menu.exec(self.tree.viewport().mapToGlobal(position))
