"""A partner's contact people: listed in the partner's form, added, changed, removed
and one marked as the main contact — each an undoable command."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lipplanner.core.errors import UserError
from lipplanner.core.services.plan_view import ContactView
from lipplanner.ui.context import PlanContext
from lipplanner.ui.i18n import plain_label
from lipplanner.ui.models.table import Column, Row, RowTableModel
from lipplanner.ui.undo import CreateCommand, DeleteCommand, EditCommand, push_command


@dataclass(frozen=True)
class ContactValues:
    name: str
    role: str
    email: str
    phone: str
    is_primary: bool

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "role": self.role,
            "email": self.email,
            "phone": self.phone,
            "is_primary": self.is_primary,
        }


class ContactDialog(QDialog):
    """Name, role, e-mail and phone of one contact person."""

    def __init__(self, parent: QWidget | None, title: str, values: ContactValues | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.name = QLineEdit(self)
        self.role = QLineEdit(self)
        self.email = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.primary = QCheckBox(self.tr("&Main contact for this partner"), self)
        form = QFormLayout()
        for label, editor in (
            (self.tr("&Name:"), self.name),
            (self.tr("&Role:"), self.role),
            (self.tr("&E-mail:"), self.email),
            (self.tr("&Phone:"), self.phone),
        ):
            editor.setAccessibleName(plain_label(label))
            editor.setMinimumWidth(320)
            form.addRow(label, editor)
        form.addRow("", self.primary)
        self.message = QLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        if values is not None:
            self.name.setText(values.name)
            self.role.setText(values.role)
            self.email.setText(values.email)
            self.phone.setText(values.phone)
            self.primary.setChecked(values.is_primary)
        for editor in (self.name, self.email):
            editor.textChanged.connect(self._check)
        self._check()

    def problem(self) -> str:
        if not self.name.text().strip():
            return self.tr("Type the person's name.")
        email = self.email.text().strip()
        if email and "@" not in email:
            return self.tr("⚠ This does not look like an e-mail address.")
        return ""

    def _check(self) -> None:
        problem = self.problem()
        self.message.setText(problem if self.name.text() or self.email.text() else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def values(self) -> ContactValues:
        return ContactValues(
            " ".join(self.name.text().split()),
            self.role.text().strip(),
            self.email.text().strip(),
            self.phone.text().strip(),
            self.primary.isChecked(),
        )

    @classmethod
    def ask(
        cls, parent: QWidget | None, title: str, values: ContactValues | None = None
    ) -> ContactValues | None:
        dialog = cls(parent, title, values)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None


class ContactsEditor(QWidget):
    """The contact people of the partner shown in the form."""

    def __init__(self, context: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.partner_id: int | None = None
        self.partner_name = ""
        self._contacts: dict[int, ContactView] = {}
        self.model = RowTableModel(
            [
                Column("name", self.tr("Name")),
                Column("role", self.tr("Role")),
                Column("email", self.tr("E-mail")),
                Column("phone", self.tr("Phone")),
                Column("main", self.tr("Main")),
            ],
            self,
        )
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Contact people"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((130, 110, 160, 90)):
            self.table.horizontalHeader().resizeSection(column, width)
        self.table.doubleClicked.connect(lambda _index: self.edit_contact())
        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.edit_button = QPushButton(self.tr("&Change…"), self)
        self.remove_button = QPushButton(self.tr("Re&move"), self)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_contact)
        self.edit_button.clicked.connect(self.edit_contact)
        self.remove_button.clicked.connect(self.remove_contact)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self._update_buttons()

    def show_partner(self, partner_id: int, name: str, contacts: tuple[ContactView, ...]) -> None:
        self.partner_id, self.partner_name = partner_id, name
        self._contacts = {c.id: c for c in contacts}
        yes = self.tr("Yes")
        self.model.set_rows(
            [
                Row(
                    c.id,
                    (c.name, c.role, c.email, c.phone, yes if c.is_primary else ""),
                    (c.name.lower(), c.role.lower(), c.email.lower(), c.phone, not c.is_primary),
                )
                for c in contacts
            ]
        )
        self._update_buttons()

    def _selected(self) -> ContactView | None:
        index = self.table.currentIndex()
        return self._contacts.get(self.model.row_id(index.row())) if index.isValid() else None

    def _update_buttons(self, *_args: QModelIndex) -> None:
        editable = self.partner_id is not None and not self.context.read_only
        self.add_button.setEnabled(editable)
        self.edit_button.setEnabled(editable and self._selected() is not None)
        self.remove_button.setEnabled(editable and self._selected() is not None)

    def _report(self, error: UserError | None) -> bool:
        if error is not None:
            from lipplanner.ui.errors import ErrorDialog

            ErrorDialog.ask(self, self.tr("Not saved"), error.message)
            return False
        return True

    def _push(self, command: Any, is_primary: bool, own_id: int | None) -> None:
        """Push the command; a new main contact first unmarks the old one (one undo step)."""
        others = [
            c for c in self._contacts.values() if c.is_primary and c.id != own_id and is_primary
        ]
        if not others:
            self._report(push_command(self.context, command))
            return
        stack = self.context.undo_stack
        stack.beginMacro(command.text())
        try:
            for contact in others:
                push_command(
                    self.context,
                    EditCommand(self.context, "contact", contact.id, {"is_primary": False}, ""),
                )
            error = push_command(self.context, command)
        finally:
            stack.endMacro()
        if error is not None:
            stack.undo()  # take back the unmarking too
            self._report(error)

    def add_contact(self) -> None:
        if self.partner_id is None or self.context.read_only:
            return
        values = ContactDialog.ask(self, self.tr("New contact at %s") % self.partner_name, None)
        if values is None:
            return
        command = CreateCommand(
            self.context,
            "contact",
            {**values.as_dict(), "partner_id": self.partner_id},
            self.tr("Add contact %s") % values.name,
        )
        self._push(command, values.is_primary, None)

    def edit_contact(self) -> None:
        contact = self._selected()
        if contact is None or self.context.read_only:
            return
        before = ContactValues(
            contact.name, contact.role, contact.email, contact.phone, contact.is_primary
        )
        values = ContactDialog.ask(self, self.tr("Contact at %s") % self.partner_name, before)
        if values is None or values == before:
            return
        changes = {k: v for k, v in values.as_dict().items() if before.as_dict()[k] != v}
        command = EditCommand(
            self.context,
            "contact",
            contact.id,
            changes,
            self.tr("Change contact %s") % values.name,
        )
        self._push(command, values.is_primary, contact.id)

    def remove_contact(self) -> None:
        contact = self._selected()
        if contact is None or self.context.read_only:
            return
        command = DeleteCommand(
            self.context, "contact", contact.id, self.tr("Remove contact %s") % contact.name
        )
        self._report(push_command(self.context, command))
