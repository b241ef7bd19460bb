"""Qt's own dialogs and menus in the interface language: the standard buttons, a text
box's context menu and the non-native file dialog read French in French, and English
again once the interface is switched back."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from lipplanner.ui import i18n
from lipplanner.ui.qt_gaps import qt_words


def _message_box_buttons() -> list[str]:
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "LIP Planner",
        "?",
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Cancel,
    )
    return [
        box.button(b).text().replace("&", "")
        for b in (
            QMessageBox.StandardButton.Yes,
            QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Save,
            QMessageBox.StandardButton.Cancel,
        )
    ]


def _context_menu() -> list[str]:
    edit = QLineEdit()  # the menu is the text box's child: kept alive with it
    menu = edit.createStandardContextMenu()
    return [a.text().split("\t")[0].replace("&", "") for a in menu.actions() if a.text()]


def _file_dialog_labels(qtbot: QtBot, folder: Path) -> set[str]:
    (folder / "inside").mkdir(parents=True)
    dialog = QFileDialog(None, "LIP Planner", str(folder))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return {
        label.text().replace("&", "").replace("\u00a0", " ")
        for label in dialog.findChildren(QLabel)
    }


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")  # offscreen
def test_qt_dialogs_speak_french_in_french_and_english_again_after(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path, english_afterwards: None
) -> None:
    i18n.switch_language(qapp, "fr")
    assert _message_box_buttons() == ["Oui", "Non", "Enregistrer", "Annuler"]
    assert {"Annuler", "Copier", "Coller", "Tout sélectionner"} <= set(_context_menu())
    labels = _file_dialog_labels(qtbot, tmp_path / "fr")
    assert {"Voir dans :", "Nom de fichier :", "Fichiers de type :"} <= labels
    assert "Look in:" not in labels and "Files of type:" not in labels
    assert qt_words() == ["&Voir dans\u00a0:", "Fichiers de &type\u00a0:", "Dossier"]

    i18n.switch_language(qapp, "en")
    assert _message_box_buttons() == ["Yes", "No", "Save", "Cancel"]
    assert {"Undo", "Copy", "Paste", "Select All"} <= set(_context_menu())
    assert {"Look in:", "Files of type:"} <= _file_dialog_labels(qtbot, tmp_path / "en")
    assert qt_words() == ["&Look in:", "Files of &type:", "Folder"]
