"""The plan as a tree: priorities → objectives → actions, with roll-ups on the groups.

Each node's texts are computed when first asked for (a big plan's rows are mostly
never shown) and kept until its data changes. A node's index carries a stable key
(kind and id packed into an integer), so a reload that keeps the same structure only
sends `dataChanged`; a reload that adds, removes or moves items resets the model and
the view restores its expanded rows and selection by key.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QIcon

from lipplanner.core.collector import collector_paused
from lipplanner.core.progress import action_percent
from lipplanner.core.services.plan_view import PlanView
from lipplanner.ui.models.table import ID_ROLE, Column, column_header
from lipplanner.ui.style import NO_VALUE, date_text, percent_text, status_swatch

AnyIndex = QModelIndex | QPersistentModelIndex
KINDS = ("priority", "objective", "action")
KIND_ROLE = Qt.ItemDataRole.UserRole + 3
MIME_TYPE = "application/x-lipplanner-plan-item"
_SHIFT = 40

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_SERVED = frozenset({_DISPLAY, _DECORATION, _TOOLTIP, _FONT, _ALIGN, int(ID_ROLE), int(KIND_ROLE)})
_ALIGN_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
STATUS_COLUMN, PERCENT_COLUMN = 2, 3
# Combined once: `flags()` runs for every row when the tree is laid out, and or-ing
# PySide6's enums there cost more than the rest of the call.
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_DROP = Qt.ItemFlag.ItemIsDropEnabled
_ROW = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_ACTION_EDITABLE = _ROW | Qt.ItemFlag.ItemIsDragEnabled
_GROUP_EDITABLE = _ACTION_EDITABLE | _DROP


def tr(text: str) -> str:
    return QCoreApplication.translate("PlanTreeModel", text)


def node_key(kind: str, item_id: int) -> int:
    return (KINDS.index(kind) + 1) << _SHIFT | item_id


def split_key(key: int) -> tuple[str, int]:
    return KINDS[(key >> _SHIFT) - 1], key & ((1 << _SHIFT) - 1)


class Node:
    """One row: where it sits, and its texts once something has asked for them."""

    __slots__ = ("children", "icon", "key", "parent", "texts", "tooltip")

    def __init__(self, key: int, parent: int, children: list[int] | None = None) -> None:
        self.key = key
        self.parent = parent  # 0 for the top level
        self.children: list[int] = [] if children is None else children
        # None until first shown: a big plan's rows are mostly never looked at, and
        # their texts (roll-ups, partner names, dates) were most of the tree's load.
        self.texts: tuple[str, ...] | None = None
        self.tooltip = ""
        self.icon: QIcon | None = None


def overdue_label(label: str) -> str:
    """A status as the Status column shows it for an overdue action."""
    return label + " " + tr("(overdue)")


def status_texts(view: PlanView, lang: str) -> list[str]:
    """Every text the Status column can show for this plan in `lang`: each status's
    label, alone (groups, actions on time) and with the overdue mark (actions). The
    bare labels come first, one per status (priorities show them in bold)."""
    labels = [status.label(lang) for status in view.statuses.values()]
    return labels + [overdue_label(label) for label in labels]


def plan_columns() -> list[Column]:
    return [
        Column("code", tr("Code")),
        Column("title", tr("Title")),
        Column("status", tr("Status"), tr("Current status; for groups, the roll-up")),
        Column("percent", tr("Done"), tr("Percent complete (roll-up for groups)"), numeric=True),
        Column("lead", tr("Lead")),
        Column("start", tr("Start")),
        Column("end", tr("End")),
    ]


class PlanTreeModel(QAbstractItemModel):
    """Priorities, objectives and actions, in plan order, with drag-and-drop moves."""

    # (kind, item id, new parent id, index among the new parent's children)
    move_requested = Signal(str, int, int, int)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = plan_columns()
        self._nodes: dict[int, Node] = {}
        self._top: list[int] = []
        self._view: PlanView | None = None  # what unfilled rows take their texts from
        self._lang = "en"
        self._bold = QFont()
        self._bold.setBold(True)
        self.editable = True

    # -- loading ------------------------------------------------------------------------
    def load(self, view: PlanView, lang: str = "en") -> None:
        # A node per row (21,000 at 20,000 actions), none in a cycle.
        with collector_paused():
            nodes, top = self._structure(view)
        same_shape = (
            top == self._top
            and len(nodes) == len(self._nodes)
            and all(
                key in self._nodes and self._nodes[key].children == node.children
                for key, node in nodes.items()
            )
        )
        self._view, self._lang = view, lang
        if same_shape:
            old = self._nodes
            self._nodes = nodes
            self._signal_changes(old)
            return
        self.beginResetModel()
        self._nodes, self._top = nodes, top
        self.endResetModel()

    @staticmethod
    def _structure(view: PlanView) -> tuple[dict[int, Node], list[int]]:
        """Every row's node, and the top level's keys, in plan order."""
        nodes: dict[int, Node] = {}
        top: list[int] = []
        for priority in view.ordered_priorities:
            pkey = node_key("priority", priority.id)
            top.append(pkey)
            pchildren: list[int] = []
            nodes[pkey] = Node(pkey, 0, pchildren)
            for objective in view.objectives_of(priority.id):
                okey = node_key("objective", objective.id)
                pchildren.append(okey)
                ochildren = [node_key("action", a.id) for a in view.actions_of(objective.id)]
                nodes[okey] = Node(okey, pkey, ochildren)
                for akey in ochildren:
                    nodes[akey] = Node(akey, okey)
        return nodes, top

    def patch(self, view: PlanView, action_ids: set[int], lang: str = "en") -> bool:
        """Forget the texts of these actions and of their objectives and priorities (the
        roll-ups), sending `dataChanged` for those shown; False (nothing done) when an
        action is not where the tree shows it, so the caller loads the whole tree."""
        keys: list[int] = []
        for action_id in action_ids:
            action = view.actions.get(action_id)
            akey = node_key("action", action_id)
            okey = node_key("objective", action.objective_id) if action else 0
            if action is None or akey not in self._nodes or self._nodes[akey].parent != okey:
                return False
            keys += [akey, okey, node_key("priority", action.priority_id)]
        keys = list(dict.fromkeys(keys))
        self._view, self._lang = view, lang
        old = {key: self._nodes[key] for key in keys}
        for key in keys:
            node = old[key]
            self._nodes[key] = Node(key, node.parent, node.children)
        self._signal_changes(old, keys)
        return True

    def _signal_changes(self, old: dict[int, Node], keys: Sequence[int] | None = None) -> None:
        """`dataChanged` for the rows whose texts were shown and are now different; a row
        never shown has nothing on screen to correct."""
        last = len(self._columns) - 1
        for key in self._nodes if keys is None else keys:
            before = old[key]
            if before.texts is None:
                continue
            node = self._filled(key)
            if before.texts != node.texts or before.tooltip != node.tooltip:
                row = self._row_of(key)
                parent = self._index_of(node.parent)
                self.dataChanged.emit(self.index(row, 0, parent), self.index(row, last, parent))

    def _filled(self, key: int) -> Node:
        node = self._nodes[key]
        if node.texts is None:
            kind, item_id = split_key(key)
            view, lang = self._view, self._lang
            assert view is not None  # nodes exist only after a load
            if kind == "action":
                self._fill_action(node, view, view.actions[item_id], lang)
            elif kind == "objective":
                objective = view.objectives[item_id]
                rollup = view.rollup_objective(item_id)
                self._fill_group(
                    node,
                    view,
                    objective.code,
                    objective.title(lang),
                    rollup,
                    view.actions_of(item_id),
                    lang,
                )
            else:
                priority = view.priorities[item_id]
                rollup = view.rollup_priority(item_id)
                self._fill_group(
                    node,
                    view,
                    priority.code,
                    priority.title(lang),
                    rollup,
                    view.actions_of_priority(item_id),
                    lang,
                )
        return node

    def _fill_group(
        self,
        node: Node,
        view: PlanView,
        code: str,
        title: str,
        rollup: Any,
        actions: list[Any],
        lang: str,
    ) -> None:
        status = view.status_by_key(rollup.status_key) if rollup.status_key else None
        starts = [a.start_date for a in actions if a.start_date]
        ends = [a.end_date for a in actions if a.end_date]
        labels = {s.key: s.label(lang) for s in view.statuses.values()}
        counts = ", ".join(f"{n} {labels.get(k, k)}" for k, n in rollup.by_status.items())
        flags = []
        if rollup.overdue:
            flags.append(tr("%d overdue") % rollup.overdue)
        if rollup.stale:
            flags.append(tr("%d without an update") % rollup.stale)
        status_text = status.label(lang) if status else NO_VALUE
        tooltip = QCoreApplication.translate(
            "PlanTreeModel", "%n action(s): %1", "", rollup.actions
        ).replace("%1", counts or tr("none"))
        if flags:
            tooltip += "\n" + "; ".join(flags)
        node.texts = (
            code,
            title,
            status_text,
            percent_text(rollup.percent),
            "",
            date_text(min(starts)) if starts else "",
            date_text(max(ends)) if ends else "",
        )
        node.tooltip = tooltip
        node.icon = status_swatch(status.colour) if status else None

    def _fill_action(self, node: Node, view: PlanView, action: Any, lang: str) -> None:
        health = view.health[action.id]
        status = view.statuses[health.status_id]
        status_text = status.label(lang)
        shown = action_percent(status.info, health.percent_complete)
        notes = []
        if health.overdue:
            status_text = overdue_label(status_text)
            notes.append(tr("Overdue: the end date has passed and it is not finished."))
        if health.stale:
            notes.append(tr("No progress update this period."))
        node.texts = (
            action.code,
            action.title(lang),
            status_text,
            tr("Ongoing") if shown is None else percent_text(shown),
            view.partner_name(action.lead_partner_id, lang),
            date_text(action.start_date),
            date_text(action.end_date),
        )
        node.tooltip = "\n".join([status.label(lang), *notes])
        node.icon = status_swatch(status.colour)

    # -- structure ----------------------------------------------------------------------
    def _children(self, key: int) -> list[int]:
        return self._top if key == 0 else self._nodes[key].children

    def _row_of(self, key: int) -> int:
        return self._children(self._nodes[key].parent).index(key)

    def _index_of(self, key: int, column: int = 0) -> QModelIndex:
        if key == 0:
            return QModelIndex()
        return self.createIndex(self._row_of(key), column, key)

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        # Called for every row when the tree is expanded: kept to a few lookups.
        if parent.isValid():
            node = self._nodes.get(parent.internalId())
            if node is None or parent.column() != 0:
                return QModelIndex()
            children = node.children
        else:
            children = self._top
        if 0 <= row < len(children) and 0 <= column < len(self._columns):
            return self.createIndex(row, column, children[row])
        return QModelIndex()

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        node = self._nodes.get(index.internalId())
        if node is None or node.parent == 0:
            return QModelIndex()
        return self._index_of(node.parent)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._top)
        if parent.column() != 0:
            return 0
        node = self._nodes.get(parent.internalId())
        return len(node.children) if node else 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return len(self._columns)

    def hasChildren(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        if not parent.isValid():
            return bool(self._top)
        node = self._nodes.get(parent.internalId())
        return bool(node and node.children) and parent.column() == 0

    # -- data ---------------------------------------------------------------------------
    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        # Asked for every role of every cell painted or measured: the roles never
        # served return before any lookup.
        if role not in _SERVED or not index.isValid():
            return None
        key = index.internalId()
        node = self._nodes[key]
        if node.texts is None:
            self._filled(key)
        texts = node.texts
        assert texts is not None
        column = index.column()
        if role == _DISPLAY:
            return texts[column]
        if role == _DECORATION:
            return node.icon if column == STATUS_COLUMN else None
        if role == _TOOLTIP:
            return (
                node.tooltip if column in (STATUS_COLUMN, PERCENT_COLUMN) else texts[column] or None
            )
        if role == _FONT:
            return self._bold if key >> _SHIFT == 1 else None
        if role == _ALIGN:
            return _ALIGN_RIGHT if column == PERCENT_COLUMN else None
        if role == ID_ROLE:
            return split_key(key)[1]
        return split_key(key)[0]  # KIND_ROLE

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        return column_header(self._columns, section, orientation, role)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return _DROP if self.editable else _NO_FLAGS
        if not self.editable:
            return _ROW
        return _GROUP_EDITABLE if index.internalId() >> _SHIFT < 3 else _ACTION_EDITABLE

    # -- lookups for the view -----------------------------------------------------------
    def index_of(self, kind: str, item_id: int) -> QModelIndex:
        key = node_key(kind, item_id)
        return self._index_of(key) if key in self._nodes else QModelIndex()

    def item_at(self, index: AnyIndex) -> tuple[str, int] | None:
        return split_key(index.internalId()) if index.isValid() else None

    def children_of(self, kind: str | None, item_id: int = 0) -> list[tuple[str, int]]:
        key = 0 if kind is None else node_key(kind, item_id)
        return [split_key(k) for k in self._children(key)] if key == 0 or key in self._nodes else []

    def parent_of(self, kind: str, item_id: int) -> tuple[str, int] | None:
        node = self._nodes.get(node_key(kind, item_id))
        return split_key(node.parent) if node and node.parent else None

    def count(self, kind: str) -> int:
        level = KINDS.index(kind) + 1
        return sum(1 for key in self._nodes if key >> _SHIFT == level)

    # -- drag and drop ------------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        keys = [str(i.internalId()) for i in indexes if i.isValid() and i.column() == 0]
        data = QMimeData()
        data.setData(MIME_TYPE, QByteArray(",".join(keys[:1]).encode()))
        return data

    def _drop_target(
        self, data: QMimeData, row: int, parent: AnyIndex
    ) -> tuple[str, int, int, int] | None:
        """(kind, id, new parent id, index) when the drop makes sense, else None."""
        if not self.editable or not data.hasFormat(MIME_TYPE):
            return None
        try:
            key = int(bytes(data.data(MIME_TYPE).data()).decode() or "0")
        except ValueError:
            return None
        if key not in self._nodes:
            return None
        kind, item_id = split_key(key)
        parent_key = parent.internalId() if parent.isValid() else 0
        wanted_parent_level = KINDS.index(kind)  # priority: 0 (top), objective: 1, action: 2
        if (parent_key >> _SHIFT if parent_key else 0) != wanted_parent_level:
            return None
        siblings = self._children(parent_key)
        index = len(siblings) if row < 0 else min(row, len(siblings))
        node = self._nodes[key]
        if node.parent == parent_key and key in siblings and siblings.index(key) < index:
            index -= 1  # the item leaves its old place first
        new_parent = split_key(parent_key)[1] if parent_key else 0
        return kind, item_id, new_parent, index

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        return self._drop_target(data, row, parent) is not None

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        target = self._drop_target(data, row, parent)
        if target is not None:
            # After the drop finishes: the move reloads (and may reset) this model.
            QTimer.singleShot(0, lambda: self.move_requested.emit(*target))
        return False  # the view must not remove the dragged row itself
