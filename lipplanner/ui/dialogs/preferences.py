"""Preferences: the interface language, the name shown in the change history, and how
many automatic backups to keep. Stored in QSettings, so they follow the user, not
the plan file."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lipplanner.ui import i18n

USER_NAME_KEY = "user/name"
BACKUPS_KEY = "backups/keep"
DEFAULT_BACKUPS = 10
MAX_BACKUPS = 100
MAX_NAME = 80


def user_name() -> str:
    """The name to record in the change history; "" means "use the computer's"."""
    return str(QSettings().value(USER_NAME_KEY, "") or "").strip()


def backups_to_keep() -> int:
    """How many automatic backups of each plan file to keep (at least one)."""
    try:
        value = int(str(QSettings().value(BACKUPS_KEY, DEFAULT_BACKUPS)))
    except (TypeError, ValueError):
        return DEFAULT_BACKUPS
    return min(max(value, 1), MAX_BACKUPS)


class PreferencesDialog(QDialog):
    """Edit → Preferences…: read from QSettings on opening, written back on OK."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))

        self.language = QComboBox(self)
        for value, label in i18n.language_names():
            self.language.addItem(label, value)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.saved_choice())))
        self.language.setToolTip(
            self.tr("The language of menus and dialogs; the system language is used by default")
        )

        self.user = QLineEdit(self)
        self.user.setMaxLength(MAX_NAME)
        self.user.setText(user_name())
        self.user.setPlaceholderText(self.tr("e.g. Alex Martin"))
        self.user.setToolTip(self.tr("Shown in the change history next to every change you make"))

        self.backups = QSpinBox(self)
        self.backups.setRange(1, MAX_BACKUPS)
        self.backups.setValue(backups_to_keep())
        self.backups.setToolTip(
            self.tr("A plan file is backed up once a day when opened; older backups are deleted")
        )

        form = QFormLayout()
        form.addRow(self.tr("Interface &language:"), self.language)
        form.addRow(self.tr("Your &name:"), self.user)
        form.addRow(self.tr("Automatic &backups to keep:"), self.backups)

        note = QLabel(
            self.tr(
                "Names of priorities, partners and practices are shown in the interface "
                "language when the plan has them in that language."
            ),
            self,
        )
        note.setWordWrap(True)
        note.setEnabled(False)  # a quiet hint, not a control

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

    def chosen_language(self) -> str:
        """ "en", "fr" or "" (the system's language)."""
        return str(self.language.currentData() or "")

    def save(self) -> None:
        """Write the choices to QSettings."""
        i18n.save_choice(self.chosen_language())
        store = QSettings()
        store.setValue(USER_NAME_KEY, " ".join(self.user.text().split()))
        store.setValue(BACKUPS_KEY, self.backups.value())

    def accept(self) -> None:
        self.save()
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> bool:
        """Show the dialog; True when the user saved new preferences."""
        dialog = cls(parent)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
