"""The GUI asks whose version to keep when someone else saved the same quarterly update
or indicator actual while the form was open, instead of overwriting it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from lipplanner.core.db import PlanDatabase, open_plan
from lipplanner.core.periods import Period
from lipplanner.core.services import tracking
from lipplanner.ui.context import PlanContext
from lipplanner.ui.views import indicators as indicators_module
from lipplanner.ui.views import progress_entry as entry_module
from lipplanner.ui.views.indicators import IndicatorsView
from lipplanner.ui.views.progress_entry import ProgressEntryView
from tests.safety.helpers import action_id, scalar

Q3 = Period(2026, 3)


@pytest.fixture
def context(riverside: PlanDatabase) -> Iterator[PlanContext]:
    ctx = PlanContext(riverside, period=Q3)
    yield ctx
    ctx.undo_stack.clear()


@pytest.fixture
def colleague(riverside_file: Path) -> Iterator[PlanDatabase]:
    """Someone else with the same plan open."""
    db = open_plan(riverside_file)
    yield db
    db.close()


class Answer:
    """Stands in for the conflict dialog: records the question, gives `choice`."""

    def __init__(self, choice: str | None) -> None:
        self.choice = choice
        self.asked: list[str] = []

    def __call__(self, _parent: Any, item: str, _changes: str = "") -> str | None:
        self.asked.append(item)
        return self.choice


@pytest.mark.parametrize("choice", ["theirs", "mine"])
def test_a_progress_update_saved_meanwhile_asks_whose_to_keep(
    qtbot: QtBot,
    context: PlanContext,
    colleague: PlanDatabase,
    monkeypatch: pytest.MonkeyPatch,
    choice: str,
):
    a11 = action_id(context.db, "A1.1")
    view = ProgressEntryView(context)
    qtbot.addWidget(view)
    view.select_action(a11)
    view.texts["outputs"].clear()
    qtbot.keyClicks(view.texts["outputs"], "Mine")
    # Meanwhile a colleague saves the same quarter's update.
    seen, _ = tracking.period_update_seen(colleague, a11, Q3)
    tracking.save_period_update(colleague, a11, Q3, {"outputs": "Theirs"}, seen=seen)

    answer = Answer(choice)
    monkeypatch.setattr(entry_module.ConflictDialog, "ask", answer)
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)

    assert answer.asked == ["The update of A1.1 for Q3 2026-27"]
    stored = tracking.period_update_seen(context.db, a11, Q3)[1]["outputs"]
    if choice == "theirs":
        assert stored == "Theirs"
        assert view.texts["outputs"].toPlainText() == "Theirs"  # the form shows theirs
    else:
        assert stored == "Mine"
        context.undo_stack.undo()  # undo of "keep mine" puts theirs back
        assert tracking.period_update_seen(context.db, a11, Q3)[1]["outputs"] == "Theirs"


def test_an_indicator_actual_recorded_meanwhile_asks_whose_to_keep(
    qtbot: QtBot, context: PlanContext, colleague: PlanDatabase, monkeypatch: pytest.MonkeyPatch
):
    view = IndicatorsView(context)
    qtbot.addWidget(view)
    i2 = int(scalar(context.db, "SELECT id FROM indicator WHERE code = 'I2'"))
    view.select(i2)
    view.value.setText("150")
    tracking.set_indicator_value(colleague, i2, 2026, 3, 175)  # a colleague was quicker

    answer = Answer("theirs")
    monkeypatch.setattr(indicators_module.ConflictDialog, "ask", answer)
    qtbot.mouseClick(view.save_actual, Qt.MouseButton.LeftButton)
    assert answer.asked == ["The actual of the indicator for Q3 2026-27"]
    assert tracking.get_indicator_value(context.db, i2, 2026, 3) == (True, 175.0, "")
    assert view.value.text() == "175"

    answer.choice = "mine"
    tracking.set_indicator_value(colleague, i2, 2026, 3, 180)
    view.value.setText("150")
    qtbot.mouseClick(view.save_actual, Qt.MouseButton.LeftButton)
    assert len(answer.asked) == 2
    assert tracking.get_indicator_value(context.db, i2, 2026, 3) == (True, 150.0, "")
