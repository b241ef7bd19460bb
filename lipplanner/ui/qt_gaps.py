"""Words of Qt's own dialogs that Qt's French catalogue (qtbase_fr.qm, as PySide6 ships
it) lacks, so ours has them: in French the non-native file dialog showed "&Look in:",
"Files of &type:" (Qt 6 writes them with a mnemonic; the catalogue has only the older
"Look in:" and "Files of type:") and "Folder" for every folder.

Qt asks each installed translator in turn, its own first, then ours, under Qt's own
context names, so nothing here is called by the app: `i18n.switch_language` installs
both catalogues. `qt_words` asks for each word as Qt does, which is how the string
collector (`python -m lipplanner.tools.translations update`) finds them, and what the
tests check.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def qt_words() -> list[str]:
    """Each word as Qt looks it up (context, English text, Qt's disambiguation)."""
    return [
        QCoreApplication.translate("QFileDialog", "&Look in:"),
        QCoreApplication.translate("QFileDialog", "Files of &type:"),
        QCoreApplication.translate("QAbstractFileIconProvider", "Folder", "All other platforms"),
    ]
