"""Asking what to do with a plan that is already open in another copy of the app."""

from __future__ import annotations

from typing import Literal

from PySide6.QtWidgets import QMessageBox, QWidget

from lipplanner.core.db.locks import LockInfo

Choice = Literal["read_only", "anyway"]


class OpenElsewhereDialog(QMessageBox):
    """ "Riverside.lip is already open on OFFICE-PC (Ada) since 09:14" with three answers."""

    def __init__(self, lock: LockInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Plan already open"))
        who = lock.user or self.tr("someone")
        where = (
            self.tr("on this computer")
            if lock.on_this_computer
            else self.tr("on %1").replace("%1", lock.host)
        )
        self.setText(
            self.tr("“%1” is already open in LIP Planner %2 (%3) since %4.")
            .replace("%1", lock.path.name)
            .replace("%2", where)
            .replace("%3", who)
            .replace("%4", lock.since.strftime("%Y-%m-%d %H:%M"))
        )
        self.setInformativeText(
            self.tr(
                "Open it read-only to look without changing anything. If you open it anyway, "
                "you can both make changes; if you both change the same item, the second "
                "person is told and nothing is overwritten."
            )
        )
        self.read_only_button = self.addButton(
            self.tr("Open read-only"), QMessageBox.ButtonRole.AcceptRole
        )
        self.anyway_button = self.addButton(
            self.tr("Open anyway"), QMessageBox.ButtonRole.DestructiveRole
        )
        self.cancel_button = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.read_only_button)
        self.setEscapeButton(self.cancel_button)

    def choice(self) -> Choice | None:
        clicked = self.clickedButton()
        if clicked is self.read_only_button:
            return "read_only"
        if clicked is self.anyway_button:
            return "anyway"
        return None

    @classmethod
    def ask(cls, parent: QWidget | None, lock: LockInfo) -> Choice | None:
        """Show the question; "read_only", "anyway", or None for Cancel."""
        dialog = cls(lock, parent)
        dialog.exec()
        return dialog.choice()
