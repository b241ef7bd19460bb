"""Edit → Preferences…: what the coordinator chooses is kept, and a new language is
applied at once to the open plan's data and to the interface."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QTableView,
)
from pytestqt.qtbot import QtBot

from lipplanner.core.db import PlanDatabase
from lipplanner.ui import i18n, i18n_actions
from lipplanner.ui.context import PlanContext
from lipplanner.ui.dialogs.preferences import (
    BACKUPS_KEY,
    USER_NAME_KEY,
    PreferencesDialog,
    backups_to_keep,
    user_name,
)


@pytest.fixture(autouse=True)
def clean_settings(qapp: QApplication) -> Iterator[None]:
    """No preference leaks from one test to the next; English afterwards."""
    keys = (i18n.LANGUAGE_KEY, USER_NAME_KEY, BACKUPS_KEY)
    for key in keys:
        QSettings().remove(key)
    yield
    for key in keys:
        QSettings().remove(key)
    i18n.switch_language(qapp, "en")


def form_labels(dialog: PreferencesDialog) -> list[str]:
    layout = dialog.layout().itemAt(0).layout()
    assert isinstance(layout, QFormLayout)
    labels = []
    for row in range(layout.rowCount()):
        label = layout.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
        assert isinstance(label, QLabel)
        labels.append(label.text().replace("&", ""))
    return labels


def test_defaults_when_nothing_is_saved(qtbot: QtBot) -> None:
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    assert dialog.chosen_language() == i18n.SYSTEM
    assert dialog.language.currentText() == "System language"
    assert dialog.user.text() == "" and user_name() == ""
    assert dialog.backups.value() == 10 and backups_to_keep() == 10


def test_ok_saves_what_the_user_chose(qtbot: QtBot) -> None:
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findText("Français"))
    qtbot.keyClicks(dialog.user, "  Sam   Tremblay ")
    dialog.backups.selectAll()
    qtbot.keyClicks(dialog.backups, "25")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert i18n.saved_choice() == "fr"
    assert user_name() == "Sam Tremblay"  # spaces tidied
    assert backups_to_keep() == 25


def test_cancel_changes_nothing(qtbot: QtBot) -> None:
    QSettings().setValue(USER_NAME_KEY, "Sam")
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.user.setText("Someone else")
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton
    )
    assert user_name() == "Sam" and i18n.saved_choice() == i18n.SYSTEM


def test_hand_edited_settings_are_brought_back_into_range(qtbot: QtBot) -> None:
    QSettings().setValue(BACKUPS_KEY, "lots")
    assert backups_to_keep() == 10
    QSettings().setValue(BACKUPS_KEY, 100000)
    assert backups_to_keep() == 100
    QSettings().setValue(BACKUPS_KEY, -3)
    assert backups_to_keep() == 1
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    assert dialog.backups.value() == 1


def test_the_name_cannot_be_made_huge(qtbot: QtBot) -> None:
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.user, "x" * 500)
    assert len(dialog.user.text()) == 80


def test_in_french_labels_buttons_and_table_headers_are_french(
    qtbot: QtBot, qapp: QApplication
) -> None:
    i18n.switch_language(qapp, "fr")
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Préférences"
    assert form_labels(dialog) == [
        "Langue de l’interface\u00a0:",
        "Votre nom\u00a0:",
        "Sauvegardes automatiques à conserver\u00a0:",
    ]
    assert dialog.language.itemText(0) == "Langue du système"
    buttons = dialog.buttons
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuler"
    assert buttons.button(QDialogButtonBox.StandardButton.Ok).text() == "OK"

    # A table whose headers come from the catalogue, as the plan tree's do.
    headers = ["Code", "Title", "Status", "Done", "Lead", "Start", "End"]
    model = QStandardItemModel(0, len(headers))
    model.setHorizontalHeaderLabels(
        [QApplication.translate("PlanTreeModel", text) for text in headers]
    )
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    shown = [
        str(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole))
        for c in range(len(headers))
    ]
    assert shown == ["Code", "Titre", "Statut", "Réalisé", "Responsable", "Début", "Fin"]


class FakeWindow(QMainWindow):
    """Just enough of MainWindow's contract for an installer."""

    def __init__(self, context: PlanContext | None = None) -> None:
        super().__init__()
        self.context = context
        self._menus = {name: self.menuBar().addMenu(name) for name in ("file", "edit")}

    def menu(self, name: str) -> QMenu:
        return self._menus[name]


def test_installer_adds_preferences_to_the_edit_menu(qtbot: QtBot) -> None:
    window = FakeWindow()
    qtbot.addWidget(window)
    i18n_actions.install(window)
    actions = [a for a in window.menu("edit").actions() if not a.isSeparator()]
    assert [a.text() for a in actions] == ["&Preferences…"]
    assert actions[0].shortcut() == QKeySequence(QKeySequence.StandardKey.Preferences)
    assert actions[0].menuRole() == actions[0].MenuRole.PreferencesRole


def test_choosing_french_applies_at_once_and_keeps_the_plan(
    qtbot: QtBot, riverside: PlanDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    context = PlanContext(riverside)
    window = FakeWindow(context)
    qtbot.addWidget(window)
    i18n_actions.install(window)
    seen: list[str] = []
    context.language_changed.connect(seen.append)

    def choose_french(parent: Any = None) -> bool:
        QSettings().setValue(i18n.LANGUAGE_KEY, "fr")
        QSettings().setValue(USER_NAME_KEY, "Sam Tremblay")
        return True

    monkeypatch.setattr(PreferencesDialog, "ask", staticmethod(choose_french))
    preferences = next(a for a in window.menu("edit").actions() if a.text())
    preferences.trigger()

    assert i18n.current_language() == "fr" and seen == ["fr"]
    assert window.context is context and context.db is riverside  # still open
    assert riverside.user == "Sam Tremblay"  # the history records the chosen name
    priority = next(iter(context.view().priorities.values()))
    assert priority.title(context.lang) == (priority.title_fr or priority.title_en)
    # Qt's own widgets follow without any code of ours.
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuler"


def test_a_cancelled_preferences_dialog_changes_no_language(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = FakeWindow()
    qtbot.addWidget(window)
    monkeypatch.setattr(PreferencesDialog, "ask", staticmethod(lambda parent=None: False))
    assert i18n_actions.edit_preferences(window) is window
    assert i18n.current_language() == "en"


@pytest.mark.parametrize("answer", ["accept", "reject"])
def test_ask_tells_whether_preferences_were_saved(
    answer: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def answer_at_once(dialog: PreferencesDialog) -> int:
        dialog.user.setText("Sam")
        getattr(dialog, answer)()  # as the OK / Cancel buttons do
        return int(dialog.result())

    monkeypatch.setattr(PreferencesDialog, "exec", answer_at_once)
    assert PreferencesDialog.ask(None) is (answer == "accept")
    assert user_name() == ("Sam" if answer == "accept" else "")
