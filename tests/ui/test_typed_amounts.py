"""What a coordinator types in the action form is what the plan file holds, in the
interface's own language: French 1 500,50 and English 1,500.50 are the same amount, a
form the language would not write is refused with a sentence saying what to type, and a
percent is 0 to 100."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from lipplanner.core.typed_numbers import read_number
from lipplanner.ui.main_window import MainWindow
from lipplanner.ui.views.forms import ActionForm

NBSP, NNBSP = "\u00a0", "\u202f"


@pytest.fixture
def window(
    lang: str, make_window: Callable[[], MainWindow], riverside_file: Path
) -> Iterator[MainWindow]:
    win = make_window()
    assert win.open_plan(str(riverside_file))
    yield win


def stored(path: Path, code: str, column: str) -> object:
    """The value as the plan file holds it (what the tester read with sqlite3)."""
    with sqlite3.connect(path) as db:
        row = db.execute(f"select {column} from action where code = ?", (code,)).fetchone()
    return row[0]


def action_form(window: MainWindow, code: str) -> ActionForm:
    assert window.context is not None
    action = next(a for a in window.context.view().actions.values() if a.code == code)
    window.show_view("plan")
    page = window.current_view("plan")
    assert page.select_item("action", action.id)
    form = page.forms["action"]
    assert isinstance(form, ActionForm)
    form.tabs.setCurrentIndex(0)
    return form


def retype(qtbot: QtBot, field: QWidget, text: str) -> None:
    """Replace the field's text key by key; a no-break space comes as the key event a
    French keyboard sends (QTest types only ASCII)."""
    field.selectAll()  # type: ignore[attr-defined]
    for char in text:
        if char.isascii():
            qtbot.keyClicks(field, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(field, event)


ACCEPTED = {
    "fr": [
        ("1500,50", "1500.5"),
        ("1 500,50", "1500.5"),
        (f"1{NNBSP}500,50", "1500.5"),
        (f"1{NBSP}500", "1500"),
        ("12,500", "12.5"),  # a decimal comma in French, not twelve thousand
        ("2500,5 $", "2500.5"),
    ],
    "en": [
        ("1,500.50", "1500.5"),
        ("1500.50", "1500.5"),
        ("12,500", "12500"),
        ("$2,500", "2500"),
    ],
}
REFUSED = {
    "fr": ["1.500.000,5", "1.500", "1,5,0", "12,505"],
    "en": ["1500,50", "12,5", "1,50", "1.505"],
}
SHOWN = {"fr": f"1{NBSP}500,50", "en": "1,500.50"}
EXAMPLES = {"fr": [SHOWN["fr"], "1500,50"], "en": [SHOWN["en"], "1500.50"]}


def test_an_amount_is_saved_as_typed_in_the_interface_language(
    window: MainWindow, lang: str, riverside_file: Path, qtbot: QtBot
) -> None:
    form = action_form(window, "A1.3")
    budget = form._fields["budget"]
    for typed, expected in ACCEPTED[lang]:
        retype(qtbot, budget, typed)
        assert not form._errors["budget"].isVisible(), typed
        qtbot.mouseClick(form.apply_button, Qt.MouseButton.LeftButton)
        assert Decimal(str(stored(riverside_file, "A1.3", "budget"))) == Decimal(expected), typed
    # Shown back in the language's form, which reads back as the same amount.
    retype(qtbot, budget, "1500,50" if lang == "fr" else "1500.50")
    qtbot.keyClick(budget, Qt.Key.Key_Return)  # Enter applies, as Apply does
    assert Decimal(str(stored(riverside_file, "A1.3", "budget"))) == Decimal("1500.5")
    assert budget.text() == SHOWN[lang]
    assert not form.is_dirty()
    assert window.undo_action.isEnabled()


def test_an_ambiguous_amount_is_refused_with_what_to_type(
    window: MainWindow, lang: str, riverside_file: Path, qtbot: QtBot
) -> None:
    form = action_form(window, "A1.3")
    before = stored(riverside_file, "A1.3", "in_kind")
    field = form._fields["in_kind"]
    for typed in REFUSED[lang]:
        retype(qtbot, field, typed)
        hint = form._errors["in_kind"].text()
        assert form._errors["in_kind"].isVisible(), typed
        assert not form.apply_button.isEnabled()
        qtbot.keyClick(field, Qt.Key.Key_Return)
        assert stored(riverside_file, "A1.3", "in_kind") == before, typed
    # The hint's examples are forms the field takes.
    for example in EXAMPLES[lang]:
        assert example in hint, hint
        assert read_number(example, lang) == Decimal("1500.50")


def test_the_form_shows_amounts_and_percents_the_languages_way(
    window: MainWindow, lang: str, qtbot: QtBot
) -> None:
    form = action_form(window, "A1.1")
    budget = form._fields["budget"]
    retype(qtbot, budget, "5000")
    qtbot.mouseClick(form.apply_button, Qt.MouseButton.LeftButton)
    percent = form._fields["percent_complete"].spin
    if lang == "fr":
        assert budget.text() == f"5{NBSP}000,00"
        assert percent.text().endswith(f"{NBSP}%"), percent.text()
        assert budget.placeholderText() == "0,00"
    else:
        assert budget.text() == "5,000.00"
        assert percent.text().endswith("%") and not percent.text().endswith(" %")


def test_a_percent_over_100_is_refused_not_cut_to_15(
    window: MainWindow, riverside_file: Path, qtbot: QtBot
) -> None:
    form = action_form(window, "A1.3")
    before = stored(riverside_file, "A1.3", "percent_complete")
    spin = form._fields["percent_complete"].spin
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, "150")
    assert spin.value() == 150
    message = form._errors["percent_complete"].text()
    assert "0" in message and "100" in message and "150" in message, message
    assert not form.apply_button.isEnabled()
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert stored(riverside_file, "A1.3", "percent_complete") == before


def test_status_and_percent_at_odds_get_a_word_but_are_saved(
    window: MainWindow, riverside_file: Path, qtbot: QtBot
) -> None:
    assert window.context is not None
    view = window.context.view()
    not_started = next(s for s in view.statuses.values() if s.kind == "not_started")
    completed = next(s for s in view.statuses.values() if s.kind == "completed")
    form = action_form(window, "A1.3")
    warning = form._errors["percent_complete"]
    form.status.setCurrentIndex(form.status.findData(not_started.id))
    form.status.activated.emit(form.status.currentIndex())
    spin = form._fields["percent_complete"].spin
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, "10")
    assert warning.isVisible() and "⚠" not in warning.text(), warning.text()
    assert form.apply_button.isEnabled()  # a word, not a refusal
    qtbot.mouseClick(form.apply_button, Qt.MouseButton.LeftButton)
    assert stored(riverside_file, "A1.3", "percent_complete") == 10
    assert stored(riverside_file, "A1.3", "status_id") == not_started.id
    assert warning.isVisible()  # still said once saved and loaded again

    form.status.setCurrentIndex(form.status.findData(completed.id))
    form.status.activated.emit(form.status.currentIndex())
    assert "100" in warning.text(), warning.text()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, "100")
    assert not warning.isVisible()
