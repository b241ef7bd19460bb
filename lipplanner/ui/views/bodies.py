"""Working groups & council: the partnership's bodies as a tree, each with its members."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QMenu, QTreeView, QWidget

from lipplanner.ui import operations
from lipplanner.ui.context import PlanContext
from lipplanner.ui.models.bodies import BodyTreeModel
from lipplanner.ui.views.forms import BodyForm
from lipplanner.ui.views.page import Page
from lipplanner.ui.widgets.columns import TitleColumn


class BodiesPage(Page):
    def __init__(self, context: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.search.hide()
        self.model = BodyTreeModel(self)
        self.tree = QTreeView(self.left)
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(self.tr("Working groups and council"))
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.left_layout.addWidget(self.tree)
        self.add_form("body", lambda: BodyForm(context, self))
        self.connect_view()
        self.model.modelReset.connect(self.tree.expandAll)
        self.refresh()
        self.tree.expandAll()
        header = self.tree.header()
        for column, width in ((1, 140), (2, 80), (3, 80)):
            header.resizeSection(column, width)
        self.title_column = TitleColumn(self.tree, header, 0, minimum=250)

    @property
    def view_widget(self) -> QAbstractItemView:
        return self.tree

    def refresh(self) -> None:
        self.model.load(self.context.view(), self.context.lang)
        self.reload_form()
        self.selection_changed.emit()

    def item_at(self, index: QModelIndex) -> tuple[str, int] | None:
        return ("body", index.internalId()) if index.isValid() else None

    def index_of(self, kind: str, item_id: int) -> QModelIndex:
        return self.model.index_of(item_id) if kind == "body" else QModelIndex()

    def counts_text(self) -> str:
        return self.tr("%n working group(s) or committee(s)", "", self.model.count())

    def item_path(self) -> str:
        if self._current is None:
            return ""
        view = self.context.view()
        names: list[str] = []
        body = view.bodies.get(self._current[1])
        while body is not None and len(names) < 10:
            names.append(body.name(self.context.lang))
            body = view.bodies.get(body.parent_id or 0)
        return " › ".join(reversed(names))

    def new_item(self, kind: str | None = None) -> None:
        if self.context.read_only:
            return
        self._leave_form()
        parent = self._current[1] if self._current else None
        new_id = operations.create_item(self, self.context, "body", parent)
        if new_id is not None:
            self.select_item("body", new_id)

    def _context_menu(self, position: QPoint) -> None:
        index = self.tree.indexAt(position)
        if index.isValid():
            self.tree.setCurrentIndex(index)
        editable = not self.context.read_only
        menu = QMenu(self)
        menu.addAction(self.tr("New working group or committee…"), self.new_item).setEnabled(
            editable
        )
        if self._current is not None:
            menu.addSeparator()
            menu.addAction(self.tr("Delete"), self.delete_selected).setEnabled(editable)
        menu.exec(self.tree.viewport().mapToGlobal(position))
