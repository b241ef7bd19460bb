"""The status bar keeps the counts and period whole; a long item's place gives way."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from lipplanner.core.services import editing
from lipplanner.ui.main_window import MainWindow
from tests.ui.test_editing import action_id, select

LONG = (
    "Collaborate with stakeholders to develop and expand supports for refugee claimants "
    "in the following areas: personal needs items, food, clothing, housing, transportation "
    "and healthcare"
)


def test_a_long_title_in_the_status_bar_is_shortened_not_run_into_the_counts(
    window: MainWindow, qtbot: QtBot
) -> None:
    assert window.context is not None
    a11 = action_id(window, "A1.1")
    editing.update(window.context.db, "action", a11, {"title_en": LONG})
    window.context.reload()
    window.resize(1280, 800)
    select(window, "plan", "action", a11)
    qtbot.waitUntil(lambda: LONG in window.path_label.text())
    label, counts = window.path_label, window.counts
    qtbot.waitUntil(lambda: label.shown_text().endswith("…"))
    assert label.shown_text().startswith("P1 › O1.1 › A1.1 Collaborate")
    assert label.toolTip() == label.text()  # the whole place, on hover
    # The counts and period keep their whole text, clear of the shortened place.
    assert counts.width() >= counts.sizeHint().width()
    assert label.geometry().right() < counts.geometry().left()
    assert label.fontMetrics().horizontalAdvance(label.shown_text()) <= label.width()
