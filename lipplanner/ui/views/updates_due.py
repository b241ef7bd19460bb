"""The coordinator's chase list: for the selected period, the actions still without an
update, grouped by lead partner with whom to contact — and a polite e-mail to paste."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from lipplanner.core.periods import Period
from lipplanner.core.reports.labels import month_name
from lipplanner.core.services.plan_view import PlanView
from lipplanner.core.services.progress_round import PartnerDue, updates_due
from lipplanner.ui.context import PlanContext
from lipplanner.ui.i18n import format_period
from lipplanner.ui.views.deferred import refresh_when_shown
from lipplanner.ui.views.progress_common import OK_STYLE, message_label, show_message, swatch

_Index = QModelIndex | QPersistentModelIndex

# The e-mail goes to partners in the plan's working language (context.lang), whatever the
# interface language, so its wording lives here rather than in the translation files.
_EMAIL = {
    "en": {
        "greeting": "Hello,",
        "intro": (
            "As we prepare the {lip} progress report for {period} ({span}), we have not yet "
            "received an update on the following actions. Could you send us a short update "
            "(status, percent complete, outputs, successes, challenges and next steps) when "
            "you can?"
        ),
        "contact": "Contact: {who}",
        "none": "Actions without a lead partner",
        "thanks": "Thank you for your work with the partnership.",
        "sign": "Kind regards,",
        "nothing": "Every action that should report has an update for {period}.",
    },
    "fr": {
        "greeting": "Bonjour,",
        "intro": (
            "En préparant le rapport d’étape du {lip} pour {period} ({span}), nous n’avons "
            "pas encore reçu de mise à jour pour les actions suivantes. Pourriez-vous nous "
            "envoyer une courte mise à jour (statut, pourcentage réalisé, extrants, réussites, "
            "défis et prochaines étapes) dès que possible?"
        ),
        "contact": "Personne-ressource : {who}",
        "none": "Actions sans partenaire responsable",
        "thanks": "Merci de votre engagement au sein du partenariat.",
        "sign": "Cordialement,",
        "nothing": (
            "Toutes les actions qui doivent rendre compte ont une mise à jour pour {period}."
        ),
    },
}


def _span(period: Period, lang: str) -> str:
    start, end = period.start, period.end
    word = "à" if lang == "fr" else "to"
    return (
        f"{month_name(start.month, lang)} {start.year} {word} "
        f"{month_name(end.month, lang)} {end.year}"
    )


def _who(due: PartnerDue) -> str:
    parts = [due.contact.name] if due.contact and due.contact.name else []
    if due.email:
        parts.append(due.email)
    if due.phone:
        parts.append(due.phone)
    return ", ".join(parts)


def chase_email(view: PlanView, groups: list[PartnerDue], lang: str) -> str:
    """Plain text for an e-mail asking the lead partners for their missing updates."""
    lang = "fr" if lang == "fr" else "en"
    words = _EMAIL[lang]
    period = view.period
    if not groups:
        return words["nothing"].format(period=format_period(period))
    lip = view.partnership.name(lang) or view.plan.title(lang)
    lines = [
        words["greeting"],
        "",
        words["intro"].format(lip=lip, period=format_period(period), span=_span(period, lang)),
        "",
    ]
    for due in groups:
        lines.append(due.name(lang) if due.partner_id is not None else words["none"])
        who = _who(due)
        if who:
            lines.append("  " + words["contact"].format(who=who))
        lines.extend(f"  • {action.code} {action.title(lang)}" for action in due.actions)
        lines.append("")
    lines += [words["thanks"], "", words["sign"]]
    coordinator = view.partnership.coordinator
    if coordinator:
        lines.append(coordinator)
    return "\n".join(lines) + "\n"


class UpdatesDueModel(QAbstractItemModel):
    """Two levels: lead partners (with contact), then their actions without an update."""

    PARTNER, CONTACT, EMAIL, PHONE = range(4)  # partner rows
    # action rows use: 0 code and title, 1 current status, 2 last update, 3 end date

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groups: list[PartnerDue] = []
        self._view: PlanView | None = None
        self._lang = "en"

    def set_groups(self, view: PlanView, groups: list[PartnerDue], lang: str) -> None:
        self.beginResetModel()
        self._view, self._groups, self._lang = view, groups, lang
        self.endResetModel()

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        # internalId 0 marks a partner row; n + 1 marks an action of partner row n.
        return self.createIndex(row, column, parent.row() + 1 if parent.isValid() else 0)

    def parent(self, child: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid():
            return QModelIndex()
        group = child.internalId()
        return QModelIndex() if group == 0 else self.createIndex(group - 1, 0, 0)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._groups[parent.row()].actions)
        return 0

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 4

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Lead partner / action"),
                self.tr("Contact / status"),
                self.tr("E-mail / last update"),
                self.tr("Phone / end date"),
            )[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._view is None:
            return None
        group = index.internalId()
        column = index.column()
        if group == 0:
            due = self._groups[index.row()]
            if role == Qt.ItemDataRole.DisplayRole:
                if column == self.PARTNER:
                    name = (
                        due.name(self._lang)
                        if due.partner_id is not None
                        else self.tr("No lead partner")
                    )
                    return f"{name} ({len(due.actions)})"
                if column == self.CONTACT:
                    return due.contact.name if due.contact else self.tr("no contact person")
                if column == self.EMAIL:
                    return due.email
                return due.phone
            if role == Qt.ItemDataRole.FontRole and column == self.PARTNER:
                font = QFont()
                font.setBold(True)
                return font
            return None
        action = self._groups[group - 1].actions[index.row()]
        health = self._view.health[action.id]
        status = self._view.statuses[health.status_id]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return f"{action.code}  {action.title(self._lang)}"
            if column == 1:
                return status.label(self._lang)
            if column == 2:
                latest = health.latest
                return format_period(latest.period) if latest else self.tr("never")
            return action.end_date.isoformat() if action.end_date else ""
        if role == Qt.ItemDataRole.DecorationRole and column == 1:
            return swatch(status.colour)
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return action.title(self._lang)
        if role == Qt.ItemDataRole.UserRole:
            return action.id
        return None

    def action_ids(self) -> list[int]:
        return [a.id for due in self._groups for a in due.actions]


class UpdatesDueView(QWidget):
    """Who still owes an update for the period, and a ready-to-paste reminder."""

    def __init__(self, context: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.groups: list[PartnerDue] = []
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.copy_button = QPushButton(self.tr("Copy as e-mail text"))
        self.copy_button.setToolTip(
            self.tr("Puts a polite reminder listing these actions on the clipboard.")
        )
        self.message = message_label()
        self.model = UpdatesDueModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.tree, 1)
        self.copy_button.clicked.connect(self.copy_email)
        context.changed.connect(refresh_when_shown(self, self.refresh))
        context.language_changed.connect(self.refresh)  # bound: dropped when deleted
        self.refresh()

    def refresh(self) -> None:
        view = self.context.view()
        self.groups = updates_due(view)
        self.model.set_groups(view, self.groups, self.context.lang)
        self.tree.expandAll()
        period = format_period(self.context.period)
        self.heading.setText(self.tr("Updates due for {0}").format(period))
        actions = sum(len(g.actions) for g in self.groups)
        if actions:
            self.summary.setText(
                self.tr(
                    "{0} action(s) from {1} lead partner(s) should report for {2} and have "
                    "no update yet."
                ).format(actions, len(self.groups), period)
            )
        else:
            self.summary.setText(
                self.tr("Every action that should report has an update for {0}.").format(period)
            )
        self.copy_button.setEnabled(bool(actions))
        show_message(self.message, "")

    def email_text(self) -> str:
        return chase_email(self.context.view(), self.groups, self.context.lang)

    def copy_email(self) -> None:
        QGuiApplication.clipboard().setText(self.email_text())
        show_message(
            self.message,
            self.tr("The reminder is on the clipboard: paste it into an e-mail."),
            OK_STYLE,
        )
