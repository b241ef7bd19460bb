"""Feedback where a user expects it, and the keys and menus a desktop app has."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from lipplanner.core.periods import Period
from lipplanner.ui import i18n
from lipplanner.ui.dialogs import export_report
from lipplanner.ui.dialogs.export_report import ExportChoice, run_export
from lipplanner.ui.main_window import MainWindow


def _choice(target: Path, *, open_when_done: bool) -> ExportChoice:
    return ExportChoice(Period(2026, 2), "en", target, "Test Coordinator", open_when_done)


def test_export_ends_with_the_path_in_the_status_bar(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(export_report.QDesktopServices, "openUrl", lambda _url: True)
    assert window.context is not None
    target = tmp_path / "report.xlsx"
    assert run_export(window, window.context, _choice(target, open_when_done=True)) == target
    assert str(target) in window.statusBar().currentMessage()


def test_open_when_done_says_when_the_report_cannot_be_opened(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tried: list[QUrl] = []
    shown: list[str] = []

    def cannot_open(url: QUrl) -> bool:
        tried.append(url)
        return False

    def record(box: QMessageBox) -> int:
        shown.append(box.text())
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(export_report.QDesktopServices, "openUrl", cannot_open)
    monkeypatch.setattr(QMessageBox, "exec", record)
    assert window.context is not None
    target = tmp_path / "report.xlsx"
    run_export(window, window.context, _choice(target, open_when_done=True))
    assert tried == [QUrl.fromLocalFile(str(target))]
    assert len(shown) == 1 and "could not be opened" in shown[0] and str(target) in shown[0]
    assert target.exists()


def test_ctrl_e_exports_even_from_a_text_box(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[Any] = []
    monkeypatch.setattr(export_report, "export_report", lambda *args: asked.append(args))
    window.activateWindow()
    qtbot.waitActive(window)
    page = window.current_view("plan")
    assert page.select_item("action", next(iter(window.context.view().actions)))
    title = page.forms["action"]._fields["title_en"]
    assert isinstance(title, QLineEdit)
    title.setFocus()
    qtbot.waitUntil(title.hasFocus)
    qtbot.keyClick(title, "e", modifier=export_report.Qt.KeyboardModifier.ControlModifier)
    assert len(asked) == 1


def test_redo_has_the_platform_key_ctrl_y_and_ctrl_shift_z(window: MainWindow) -> None:
    keys = window.redo_action.shortcuts()
    for wanted in (
        *QKeySequence.keyBindings(QKeySequence.StandardKey.Redo),
        QKeySequence("Ctrl+Y"),
        QKeySequence("Ctrl+Shift+Z"),
    ):
        assert wanted in keys


def test_delete_says_what_went_and_selects_the_next_item(window: MainWindow, qtbot: QtBot) -> None:
    assert window.context is not None
    window.show_view("practices")
    page = window.current_view("practices")
    model = page.model
    first = model.index(0, 0)
    second_id = page.item_at(model.index(1, 0))
    assert page.select_item(*page.item_at(first))
    gone = window.context.view().practices[page.current_item()[1]].title("en")
    window.delete_action.trigger()
    assert page.current_item() == second_id
    assert gone in window.statusBar().currentMessage()
    assert "Ctrl+Z" in window.statusBar().currentMessage()


def test_menus_have_unique_mnemonics_and_none_is_empty(window: MainWindow) -> None:
    bar = window.menuBar()
    shown = [a for a in bar.actions() if a.isVisible()]
    assert all(a.menu() is not None and not a.menu().isEmpty() for a in shown)
    titles = [a.text() for a in shown]
    assert "&Tools" not in titles  # nothing is in it
    letters = [_mnemonic(a.text()) for a in shown]
    assert len(letters) == len(set(letters)), titles
    # Alt+P opens the Plan menu; the toolbar's period selector must not claim it too.
    assert _mnemonic(window.period_label.text()) not in letters
    for action in shown:
        entries = [a.text() for a in action.menu().actions() if a.text() and a.isVisible()]
        keys = [_mnemonic(text) for text in entries if _mnemonic(text)]
        assert len(keys) == len(set(keys)), (action.text(), entries)
    view_menu = [a.text() for a in window.menu("view").actions()]
    assert "Working groups && council" in view_menu


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen: no raise()
def test_help_opens_the_guide_in_the_interface_language(
    window: MainWindow, qapp: QApplication
) -> None:
    window.guide_action.trigger()
    guide = window._guide
    assert guide.isVisible()
    assert guide.current_page().name == "README.md"
    assert "LIP Planner user guide" in guide.browser.toPlainText()
    # A link to another page of the guide opens it in the same window.
    guide.browser.anchorClicked.emit(QUrl("first-steps.md"))
    assert guide.current_page().name == "first-steps.md"

    i18n.switch_language(qapp, "fr")
    try:
        window.guide_action.trigger()
        assert window._guide.current_page().name == "README.fr.md"
        assert "Guide" in window._guide.browser.toPlainText()
    finally:
        i18n.switch_language(qapp, "en")


def _mnemonic(text: str) -> str:
    plain = text.replace("&&", "")
    at = plain.find("&")
    return plain[at + 1].lower() if 0 <= at < len(plain) - 1 else ""


def test_a_tag_filter_does_not_follow_to_the_next_action(window: MainWindow, qtbot: QtBot) -> None:
    assert window.context is not None
    page = window.current_view("plan")
    first, second = list(window.context.view().actions)[:2]
    assert page.select_item("action", first)
    tags = page.forms["action"].tags
    qtbot.keyClicks(tags.filter, "zzz-no-such-tag")
    assert all(tags.list.item(n).isHidden() for n in range(tags.list.count()))
    assert page.select_item("action", second)
    assert tags.filter.text() == ""
    assert not any(tags.list.item(n).isHidden() for n in range(tags.list.count()))


def test_counts_read_as_plain_english_and_french(window: MainWindow, qapp: QApplication) -> None:
    assert window.context is not None
    window.show_view("bodies")
    page = window.current_view("bodies")
    n = page.model.count()
    assert page.counts_text() == f"{n} working groups or committees"
    assert i18n.english_plural("%n partner(s)", 1) == "%n partner"
    assert i18n.english_plural("%n body(ies) and %n value(s)", 2) == "%n bodies and %n values"
    plan = window.current_view("plan")
    text = plan.counts_text()
    assert "priorities" in text and "(s)" not in text and "(ies)" not in text
    one = QApplication.translate("PartnersPage", "%n partner(s)", "", 1)
    assert one == "1 partner"
    i18n.switch_language(qapp, "fr")
    try:
        assert QApplication.translate("PartnersPage", "%n partner(s)", "", 1) == "1 partenaire"
        assert QApplication.translate("PartnersPage", "%n partner(s)", "", 3) == "3 partenaires"
    finally:
        i18n.switch_language(qapp, "en")
