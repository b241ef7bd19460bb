"""Dialogs the editing commands need: a name for a new item, what to do with what a
delete would affect, and how to settle a conflict with someone else's change.

Each exposes `ask(parent, ...) -> result | None` (None: the user cancelled), which
tests replace with monkeypatch.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from lipplanner.ui.widgets.fields import PickerField

_CODE_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._\-]*$")


def tr(text: str) -> str:
    return QCoreApplication.translate("dialogs", text)


@dataclass(frozen=True)
class NewItem:
    code: str
    name: str


class NewItemDialog(QDialog):
    """Code (suggested) and name of a new priority, objective, action, partner, …

    `check(code, name)` returns a message for the first thing wrong, or "".
    """

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        *,
        code: str | None,
        name_label: str,
        taken_codes: Sequence[str] = (),
        taken_names: Sequence[str] = (),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._taken_codes = {c.lower() for c in taken_codes}
        self._taken_names = {n.lower() for n in taken_names}
        form = QFormLayout()
        self.code = QLineEdit(code or "", self) if code is not None else None
        if self.code is not None:
            self.code.setAccessibleName(self.tr("Code"))
            self.code.setToolTip(self.tr("A short code like P1, O1.2 or A1.2.3"))
            form.addRow(self.tr("&Code:"), self.code)
        self.name = QLineEdit(self)
        self.name.setAccessibleName(name_label)
        self.name.setMinimumWidth(360)
        form.addRow(f"{name_label}:", self.name)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        for editor in (self.code, self.name):
            if editor is not None:
                editor.textChanged.connect(self._check)
        self.name.setFocus()
        self._check()

    def problem(self) -> str:
        if self.code is not None:
            code = self.code.text().strip()
            if not code:
                return self.tr("Give it a code, like the one suggested.")
            if len(code) > 20 or not _CODE_RE.match(code):
                return self.tr(
                    "The code may hold only letters, digits, dots, dashes and underscores."
                )
            if code.lower() in self._taken_codes:
                return self.tr("The code %s is already used.") % code
        name = " ".join(self.name.text().split())
        if not name:
            return self.tr("Type a name.")
        if name.lower() in self._taken_names:
            return self.tr("“%s” is already in the list.") % name
        if len(name) > 200:
            return self.tr("The name is too long (at most 200 characters).")
        return ""

    def _check(self) -> None:
        problem = self.problem()
        # Only complain about a blank name once something was typed.
        shown = problem if self.name.text() or problem != self.tr("Type a name.") else ""
        self.message.setText(shown)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def result_value(self) -> NewItem:
        code = self.code.text().strip() if self.code is not None else ""
        return NewItem(code, " ".join(self.name.text().split()))

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        title: str,
        *,
        code: str | None,
        name_label: str,
        taken_codes: Sequence[str] = (),
        taken_names: Sequence[str] = (),
    ) -> NewItem | None:
        dialog = cls(
            parent,
            title,
            code=code,
            name_label=name_label,
            taken_codes=taken_codes,
            taken_names=taken_names,
        )
        return dialog.result_value() if dialog.exec() == QDialog.DialogCode.Accepted else None


class ConfirmDeleteDialog:
    """ "Delete P1 and everything in it?" — a yes/no with what would go."""

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str, details: str = "") -> bool | None:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(title)
        box.setText(text)
        if details:
            box.setInformativeText(details)
        delete = box.addButton(tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return True if box.clickedButton() is delete else None


@dataclass(frozen=True)
class LeadChoice:
    """What happens to the actions a deleted partner led: another lead, or none."""

    reassign_to: int | None


class DeletePartnerDialog(QDialog):
    """A partner who leads actions is being deleted: reassign them or leave them unled."""

    def __init__(
        self,
        parent: QWidget | None,
        partner: str,
        led: Sequence[str],
        others: Sequence[tuple[int, str]],
        supported: int = 0,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Delete partner"))
        intro = QLabel(
            self.tr("%1 leads %n action(s): %2.", "", len(led))
            .replace("%1", partner)
            .replace("%2", ", ".join(led[:8]))
            + ("…" if len(led) > 8 else ""),
            self,
        )
        intro.setWordWrap(True)
        note = QLabel(
            self.tr("It will also be removed from the %n action(s) it supports.", "", supported)
            if supported
            else "",
            self,
        )
        note.setWordWrap(True)
        note.setVisible(bool(supported))
        self.reassign = QRadioButton(self.tr("&Give them to another partner:"), self)
        self.partner = PickerField(self)
        self.partner.setAccessibleName(self.tr("New lead partner"))
        self.partner.set_choices(list(others))
        self.clear = QRadioButton(self.tr("&Leave them without a lead partner"), self)
        group = QButtonGroup(self)
        group.addButton(self.reassign)
        group.addButton(self.clear)
        self.reassign.setChecked(bool(others))
        self.reassign.setEnabled(bool(others))
        self.clear.setChecked(not others)
        self.reassign.toggled.connect(self.partner.setEnabled)
        buttons = QDialogButtonBox(self)
        self.delete_button = buttons.addButton(
            self.tr("Delete partner"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(note)
        layout.addWidget(self.reassign)
        layout.addWidget(self.partner)
        layout.addWidget(self.clear)
        layout.addWidget(buttons)

    def choice(self) -> LeadChoice:
        if self.reassign.isChecked() and self.partner.value() is not None:
            return LeadChoice(int(self.partner.value()))
        return LeadChoice(None)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        partner: str,
        led: Sequence[str],
        others: Sequence[tuple[int, str]],
        supported: int = 0,
    ) -> LeadChoice | None:
        dialog = cls(parent, partner, led, others, supported)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None


Resolution = Literal["theirs", "mine"]


class ConflictDialog:
    """Someone else changed the item since the form was filled: keep whose version?"""

    @classmethod
    def ask(cls, parent: QWidget | None, item: str, changes: str = "") -> Resolution | None:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(tr("Changed by someone else"))
        box.setText(
            tr("%s was changed by someone else (or in another window) since you opened it.") % item
        )
        box.setInformativeText(
            tr(
                "Keep theirs: show their version and drop your edits.\n"
                "Keep mine: save your edits over theirs."
            )
            + (f"\n\n{changes}" if changes else "")
        )
        theirs = box.addButton(tr("Keep theirs"), QMessageBox.ButtonRole.RejectRole)
        mine = box.addButton(tr("Keep mine"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(theirs)
        box.exec()
        clicked = box.clickedButton()
        return "theirs" if clicked is theirs else "mine" if clicked is mine else None


class ChooseItemDialog(QDialog):
    """Pick one item from a long list with type-ahead (used by "Move to…")."""

    def __init__(
        self, parent: QWidget | None, title: str, label: str, choices: Sequence[tuple[int, str]]
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.picker = PickerField(self)
        self.picker.setAccessibleName(label)
        self.picker.set_choices(list(choices))
        form = QFormLayout(self)
        form.addRow(label, self.picker)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    @classmethod
    def ask(
        cls, parent: QWidget | None, title: str, label: str, choices: Sequence[tuple[int, str]]
    ) -> int | None:
        dialog = cls(parent, title, label, choices)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        value = dialog.picker.value()
        return None if value is None else int(value)
