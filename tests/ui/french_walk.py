"""Finding English left in the French interface: what a widget tree shows, and which of
it is English.

What is shown: every visible label, button, action, tab, combo entry, header, window
title, placeholder and tool tip under a widget. Which of it is English: a word that the
catalogue's English sources (or everyday English) use and its French translations never
do ("Select", "the", "of"), or a text that is exactly an English source whose French is
different (a string shown without going through tr()).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTabBar,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
    QWizard,
)

from lipplanner.tools.translations import read_ts, ts_path

# Names, codes and units that read the same in both languages.
# Words in capitals (LIP, CSV, ON, E) are codes and are never counted.
ALLOWED_WORDS = {
    "planner",  # "LIP Planner", the app's name
    "fictional",  # the demo's promising practices say where they come from, in English
    "english",  # the language chooser names each language in itself
    "excel",
    "ctrl",
    "shift",
    "alt",
}

# Everyday English a leftover sentence is sure to contain, even if no source has it.
_EVERYDAY = (
    "the of and to for with from this that these those no not by is are was were be been "
    "your you it its an or in at all any each every none new add edit delete select show "
    "item items change changed changes open save close file name names yet here there "
    "which what when who where why how than then into onto over under about after before "
    "click choose please done one two three quarter year years report reports"
)
_COMMON_ENGLISH = frozenset(_EVERYDAY.split())

_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ’']+")
_TAG = re.compile(r"<[^>]+>")
# Links, e-mail addresses and file paths (quoted ones may hold spaces).
_ADDRESS = re.compile(r"\S+://\S+|\S+@\S+|«[^»]*/[^»]*»|“[^”]*/[^”]*”|\S*/\S+")


def words(text: str) -> list[str]:
    plain = _ADDRESS.sub(" ", _TAG.sub(" ", text)).replace("&&", "&").replace("&", "")
    out = []
    for word in _WORD.findall(plain):
        if word.isupper():  # codes, acronyms, spreadsheet columns (E)
            continue
        # French elision: "l’élément" is "élément"; English "it's" keeps its letters.
        word = re.sub(r"^[a-zA-Z][’']", "", word).strip("’'")
        if word:
            out.append(word.lower())
    return out


@dataclass(frozen=True)
class Catalogue:
    english_only: frozenset[str]
    untranslated: dict[str, str]  # English source (without &) -> its French


@cache
def catalogue() -> Catalogue:
    entries = read_ts(ts_path("fr")).entries.values()
    english: set[str] = set(_COMMON_ENGLISH)
    french: set[str] = set()
    sources: dict[str, str] = {}
    for entry in entries:
        if entry.state == "vanished":
            continue
        english.update(words(entry.key.source))
        for text in entry.texts:
            french.update(words(text))
        if not entry.numerus and entry.translation and entry.translation != entry.key.source:
            sources[_plain(entry.key.source)] = entry.translation
    return Catalogue(frozenset(english - french - ALLOWED_WORDS), sources)


def _plain(text: str) -> str:
    return " ".join(text.replace("&&", "\0").replace("&", "").replace("\0", "&").split())


def english_in(text: str) -> list[str]:
    """The English words of `text`, or the whole text when it is an untranslated source."""
    known = catalogue()
    plain = _plain(text)
    if all(w in ALLOWED_WORDS for w in words(plain)):
        return []
    if plain in known.untranslated:
        french = _plain(known.untranslated[plain])
        if french != plain:
            return [plain]
    return [w for w in words(text) if w in known.english_only]


def shown_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text the user can see or hover under `root`."""
    shown: list[tuple[str, str]] = []

    def add(widget: QWidget, what: str, text: str | None) -> None:
        if text and text.strip():
            name = widget.objectName() or type(widget).__name__
            shown.append((f"{name}.{what}", text))

    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        add(widget, "windowTitle", widget.windowTitle() if widget.isWindow() else "")
        add(widget, "toolTip", widget.toolTip())
        if isinstance(widget, (QLabel, QAbstractButton)):
            add(widget, "text", widget.text())
        elif isinstance(widget, QGroupBox):
            add(widget, "title", widget.title())
        elif isinstance(widget, QLineEdit):
            add(widget, "placeholder", widget.placeholderText())
        elif isinstance(widget, QMenu):
            add(widget, "title", widget.title())
        if isinstance(widget, QComboBox):
            if widget.isEditable() and widget.lineEdit() is not None:
                add(widget, "placeholder", widget.lineEdit().placeholderText())
            for row in range(widget.count()):
                add(widget, f"item{row}", widget.itemText(row))
        elif isinstance(widget, QTabBar):
            for tab in range(widget.count()):
                add(widget, f"tab{tab}", widget.tabText(tab))
                add(widget, f"tab{tab}.toolTip", widget.tabToolTip(tab))
        elif isinstance(widget, (QTableView, QTreeView)) and widget.model() is not None:
            model = widget.model()
            for column in range(model.columnCount(QModelIndex())):
                if isinstance(widget, QTreeView) and widget.isColumnHidden(column):
                    continue
                if isinstance(widget, QTableView) and widget.isColumnHidden(column):
                    continue
                header = model.headerData(
                    column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole
                )
                add(widget, f"header{column}", str(header) if header is not None else "")
        for action in widget.actions():
            if action.isVisible():
                add(widget, "action", action.text())
                add(widget, "action.statusTip", action.statusTip())
    return shown


def english_left(root: QWidget, where: str) -> list[str]:
    """One line per shown text with English in it: where, the words, the text."""
    found = []
    for place, text in shown_texts(root):
        bad = english_in(text)
        if bad:
            flat = " ".join(text.split())[:120]
            found.append(f"{where} {place}: {', '.join(bad)} — {flat!r}")
    return found


class DialogWalker:
    """Stands in for the person answering dialogs: each dialog, message box and file
    chooser the app opens is read for English, then cancelled."""

    def __init__(self, monkeypatch: Any) -> None:
        self.found: list[str] = []
        self.seen: list[str] = []  # window titles, to show every dialog was reached
        self.where = ""
        walker = self

        def exec_(dialog: QDialog) -> int:
            walker.read_dialog(dialog)
            return int(QDialog.DialogCode.Rejected)

        def message(*args: Any, **_: Any) -> Any:
            texts = [a for a in args[1:] if isinstance(a, str)]
            walker.seen.append(texts[0] if texts else "")
            walker.read_texts("message box", texts)
            return QMessageBox.StandardButton.Cancel

        def file_name(*args: Any, **_: Any) -> tuple[str, str]:
            texts = [a for a in args[1:] if isinstance(a, str) and "/" not in a]
            walker.seen.append(texts[0] if texts else "")
            walker.read_texts("file chooser", texts)
            return "", ""

        def folder(*args: Any, **kwargs: Any) -> str:
            file_name(*args, **kwargs)
            return ""

        monkeypatch.setattr(QDialog, "exec", exec_)
        monkeypatch.setattr(QMessageBox, "exec", exec_)
        for name in ("about", "information", "warning", "question", "critical"):
            monkeypatch.setattr(QMessageBox, name, staticmethod(message))
        monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(file_name))
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(file_name))
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(folder))

    def read_texts(self, what: str, texts: list[str]) -> None:
        for text in texts:
            if english_in(text):
                flat = " ".join(text.split())[:120]
                self.found.append(f"{self.where} {what}: {english_in(text)} — {flat!r}")

    def read_dialog(self, dialog: QWidget) -> None:
        self.seen.append(dialog.windowTitle())
        where = f"{self.where} [{dialog.windowTitle()}]"
        if isinstance(dialog, QMessageBox):
            self.read_texts(where, [dialog.text(), dialog.informativeText()])
        dialog.show()
        QApplication.processEvents()
        if isinstance(dialog, QWizard):  # each page as Next reaches it
            visited: set[int] = set()
            while dialog.currentId() not in visited and dialog.currentId() != -1:
                visited.add(dialog.currentId())
                page = dialog.currentPage()
                self.read_texts(f"{where} page", [page.title(), page.subTitle()])
                self.found += with_tabs(dialog, f"{where} page {dialog.currentId()}")
                for box in page.findChildren(QLineEdit):  # required names, to get on
                    if box.isVisibleTo(page) and not box.text() and not box.isReadOnly():
                        box.setText("Essai")
                dialog.next()
                QApplication.processEvents()
            self.seen.append(f"{dialog.windowTitle()}: {len(visited)} pages")
        self.found += with_tabs(dialog, where)
        dialog.hide()


def with_tabs(widget: QWidget, where: str) -> list[str]:
    """English under `widget`, with each tab of its visible tab widgets shown in turn."""
    found = english_left(widget, where)
    for tabs in widget.findChildren(QTabWidget):
        if not tabs.isVisibleTo(widget):
            continue
        for tab in range(tabs.count()):
            tabs.setCurrentIndex(tab)
            QApplication.processEvents()
            found += english_left(tabs.widget(tab), f"{where} tab {tabs.tabText(tab)!r}")
    return found
