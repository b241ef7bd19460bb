"""The partnership's bodies as a tree: the council, its committees and working groups."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from lipplanner.core.services.plan_view import PlanView
from lipplanner.ui import labels
from lipplanner.ui.models.table import ID_ROLE

AnyIndex = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_ALIGN_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def tr(text: str) -> str:
    return QCoreApplication.translate("BodyTreeModel", text)


class BodyTreeModel(QAbstractItemModel):
    """Bodies under their parent body; each index's internal id is the body id."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = [tr("Working group or committee"), tr("Kind"), tr("Members"), tr("Actions")]
        self._parent: dict[int, int] = {}
        self._children: dict[int, list[int]] = {0: []}
        self._texts: dict[int, tuple[str, ...]] = {}
        self._tooltips: dict[int, str] = {}

    def load(self, view: PlanView, lang: str = "en") -> None:
        kinds = labels.body_kinds()
        parents: dict[int, int] = {}
        children: dict[int, list[int]] = {0: []}
        texts: dict[int, tuple[str, ...]] = {}
        tooltips: dict[int, str] = {}
        responsible: dict[int, int] = {}
        for action in view.actions.values():
            if action.body_id is not None:
                responsible[action.body_id] = responsible.get(action.body_id, 0) + 1
        for body in sorted(view.bodies.values(), key=lambda b: (b.position, b.id)):
            parent = body.parent_id if body.parent_id in view.bodies else 0
            parents[body.id] = parent or 0
            texts[body.id] = (
                body.name(lang),
                kinds.get(body.kind, body.kind),
                str(len(body.member_ids)),
                str(responsible.get(body.id, 0)),
            )
            members = sorted(view.partner_name(p, lang) for p in body.member_ids)
            tooltips[body.id] = "\n".join(members) if members else tr("No members yet")
        for body_id, parent in parents.items():
            children.setdefault(parent, []).append(body_id)
            children.setdefault(body_id, [])
        if children == self._children and parents == self._parent:
            self._texts, self._tooltips = texts, tooltips
            for body_id in texts:
                row = self._row(body_id)
                parent_index = self._index(self._parent[body_id])
                self.dataChanged.emit(
                    self.index(row, 0, parent_index), self.index(row, 3, parent_index)
                )
            return
        self.beginResetModel()
        self._parent, self._children, self._texts, self._tooltips = (
            parents,
            children,
            texts,
            tooltips,
        )
        self.endResetModel()

    def _row(self, body_id: int) -> int:
        return self._children[self._parent[body_id]].index(body_id)

    def _index(self, body_id: int) -> QModelIndex:
        return QModelIndex() if body_id == 0 else self.createIndex(self._row(body_id), 0, body_id)

    def index_of(self, body_id: int) -> QModelIndex:
        return self._index(body_id) if body_id in self._parent else QModelIndex()

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        key = parent.internalId() if parent.isValid() else 0
        children = self._children.get(key, [])
        if not 0 <= row < len(children) or not 0 <= column < len(self._headers):
            return QModelIndex()
        return self.createIndex(row, column, children[row])

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        return self._index(self._parent.get(index.internalId(), 0))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children.get(parent.internalId() if parent.isValid() else 0, []))

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return len(self._headers)

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        body_id = index.internalId()
        if role == _DISPLAY:
            return self._texts[body_id][index.column()]
        if role == _TOOLTIP:
            return self._tooltips[body_id] if index.column() == 2 else self._texts[body_id][0]
        if role == _ALIGN:
            return _ALIGN_RIGHT if index.column() >= 2 else None
        if role == ID_ROLE:
            return body_id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def count(self) -> int:
        return len(self._parent)
