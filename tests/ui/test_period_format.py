"""One way of writing a reporting period per language, in every view: Q3 2026-27 in
English, T3 2026-2027 in French (not the files' 2026-27-Q3 beside a selector saying Q3)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from lipplanner.core.periods import Period
from lipplanner.ui.i18n_actions import apply_language
from lipplanner.ui.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("english_afterwards")

FILE_FORM = re.compile(r"\b\d{4}-\d{2}-[QT]\d\b")  # 2026-27-Q3: files, JSON, --period
SHORT_YEAR = re.compile(r"\b\d{4}-\d{2}\b(?![-\d])")  # 2026-27 (a date 2026-10-01 is not)


def _texts(widget: QWidget) -> Iterator[str]:
    """What a user can read in a widget: labels, buttons, combo boxes, table cells."""
    for label in widget.findChildren(QLabel):
        if label.isVisibleTo(widget):
            yield label.text()
    for button in widget.findChildren(QAbstractButton):
        if button.isVisibleTo(widget):
            yield button.text()
    for combo in widget.findChildren(QComboBox):
        if combo.isVisibleTo(widget):
            yield from (combo.itemText(i) for i in range(combo.count()))
    for view in widget.findChildren(QAbstractItemView):
        model = view.model()
        if model is None or not view.isVisibleTo(widget):
            continue
        for row in range(min(model.rowCount(), 60)):
            for column in range(model.columnCount()):
                value = model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)
                if isinstance(value, str):
                    yield value


def _every_view(window: MainWindow, qtbot: QtBot) -> dict[str, list[str]]:
    seen = {}
    for entry in window._entries:
        window.show_view(entry.key)
        qtbot.wait(1)
        page = window.current_view(entry.key)
        assert page is not None
        seen[entry.key] = [*_texts(page), window.counts.text()]
    seen["toolbar"] = list(_texts(window.toolbar))
    return seen


@pytest.mark.parametrize(
    ("lang", "quarter", "year", "wrong_year"),
    [("en", "Q3 2026-27", "2026-27", None), ("fr", "T3 2026-2027", "2026-2027", SHORT_YEAR)],
)
def test_every_view_writes_the_period_one_way(
    qtbot: QtBot,
    riverside_file: Path,
    lang: str,
    quarter: str,
    year: str,
    wrong_year: re.Pattern[str] | None,
) -> None:
    window = MainWindow()  # not handed to qtbot: the language switch deletes it
    assert window.open_plan(str(riverside_file))
    window = apply_language(window, lang)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    window.set_period(Period(2026, 3))
    assert quarter in window.statusBar().currentMessage()
    assert window.year_combo.currentText() == year

    seen = _every_view(window, qtbot)
    assert any(quarter in text for text in seen["progress_dashboard"]), seen["progress_dashboard"]
    for key, texts in seen.items():
        for text in texts:
            assert not FILE_FORM.search(text), f"{key}: {text!r}"
            if wrong_year is not None:
                assert not wrong_year.search(text), f"{key}: {text!r}"
