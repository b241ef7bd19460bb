"""The progress views driven like a coordinator would, checked against the plan file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from lipplanner.core.db import PlanDatabase
from lipplanner.core.periods import Period
from lipplanner.core.services import tracking
from lipplanner.core.services.plan_view import action_history
from lipplanner.ui.context import PlanContext
from lipplanner.ui.views.dashboard import DashboardView
from lipplanner.ui.views.indicators import IndicatorDialog, IndicatorsModel, IndicatorsView
from lipplanner.ui.views.progress_entry import ProgressEntryView
from lipplanner.ui.views.updates_due import UpdatesDueView

Q3 = Period(2026, 3)  # the demo's half-reported quarter


@pytest.fixture
def context(riverside: PlanDatabase) -> Iterator[PlanContext]:
    ctx = PlanContext(riverside, period=Q3)
    yield ctx
    ctx.undo_stack.clear()


def _action(context: PlanContext, code: str) -> int:
    return next(a.id for a in context.view().actions.values() if a.code == code)


def _partner(context: PlanContext, name: str) -> int:
    return next(p.id for p in context.view().partners.values() if p.name_en == name)


def _choose(combo: Any, text: str) -> None:
    index = combo.findText(text, Qt.MatchFlag.MatchStartsWith)
    assert index >= 0, text
    combo.setCurrentIndex(index)


def _type(qtbot: QtBot, widget: Any, text: str) -> None:
    widget.selectAll()
    qtbot.keyClicks(widget, text)


def _entry(qtbot: QtBot, context: PlanContext, partner: str) -> ProgressEntryView:
    view = ProgressEntryView(context)
    qtbot.addWidget(view)
    _choose(view.group, partner)
    return view


# --- fast entry ---------------------------------------------------------------------------


def test_entering_a_partners_quarter_updates_the_file_the_rollup_and_the_chase_list(
    qtbot: QtBot, context: PlanContext
) -> None:
    a52, a53 = _action(context, "A5.2"), _action(context, "A5.3")
    p5 = context.view().actions[a52].priority_id
    before = context.view().rollup_priority(p5)
    due = UpdatesDueView(context)
    qtbot.addWidget(due)
    assert {a52, a53} <= set(due.model.action_ids())

    view = _entry(qtbot, context, "Riverside Housing Help Centre")
    rows = [view.model.action_id(r) for r in range(view.model.rowCount())]
    assert rows[-2:] == [a52, a53]
    assert view.form_box.title().startswith("A5.2")  # the first one still due
    _choose(view.status, "Minor delays")
    _type(qtbot, view.percent.lineEdit(), "55")
    qtbot.keyClicks(view.texts["outputs"], "3 workshops, 41 families")
    qtbot.keyClicks(view.texts["challenges"], "Few large units")
    _type(qtbot, view.reported_by, "Ana Pinecrest")
    qtbot.mouseClick(view.save_next_button, Qt.MouseButton.LeftButton)

    assert view.form_box.title().startswith("A5.3")  # moved on by itself
    _choose(view.status, "Completed")
    assert view.percent.value() == 100  # completed means done
    qtbot.keyClick(view.reported_by, Qt.Key.Key_Return)  # Enter saves and moves on

    first = action_history(context.db, a52)[0]
    assert (first.period, first.percent_complete, first.outputs, first.challenges) == (
        Q3,
        55,
        "3 workshops, 41 families",
        "Few large units",
    )
    assert first.reported_by == "Ana Pinecrest"
    assert context.view().statuses[first.status_id].key == "minor_delays"
    second = action_history(context.db, a53)[0]
    assert (second.period, second.percent_complete) == (Q3, 100)
    after = context.view().rollup_priority(p5)
    assert after.percent != before.percent
    assert after.stale == before.stale - 2
    assert not {a52, a53} & set(due.model.action_ids())  # the chase list followed
    # A5.1 was completed in 2025-26 and reports no more: the other two are now reported.
    assert view.model.reported_count() == view.model.rowCount() - 1 == 2
    assert context.undo_stack.count() == 2  # one command per saved row

    context.undo_stack.undo()
    assert tracking.find_period_update(context.db, a53, Q3) is None
    assert a53 in due.model.action_ids()
    context.undo_stack.redo()
    again = action_history(context.db, a53)[0]
    assert (again.id, again.percent_complete) == (second.id, 100)
    assert a53 not in due.model.action_ids()


def test_changing_an_existing_update_is_undone_to_the_previous_values(
    qtbot: QtBot, context: PlanContext
) -> None:
    # A1.1 has already reported for Q3 in the demo.
    a11 = _action(context, "A1.1")
    original = context.view().health[a11].period_update
    assert original is not None
    view = ProgressEntryView(context)
    qtbot.addWidget(view)
    view.select_action(a11)
    assert view.texts["outputs"].toPlainText() == original.outputs
    view.texts["outputs"].clear()
    qtbot.keyClicks(view.texts["outputs"], "Corrected figures")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert len(action_history(context.db, a11)) == len(action_history(context.db, a11))
    assert tracking.find_period_update(context.db, a11, Q3) == original.id  # changed in place
    assert action_history(context.db, a11)[0].outputs == "Corrected figures"
    context.undo_stack.undo()
    assert action_history(context.db, a11)[0].outputs == original.outputs
    assert view.texts["outputs"].toPlainText() == original.outputs


def test_copy_last_quarters_values_prefills_the_form(qtbot: QtBot, context: PlanContext) -> None:
    a52 = _action(context, "A5.2")
    last = action_history(context.db, a52)[0]
    assert last.period == Q3.previous()
    view = _entry(qtbot, context, "Riverside Housing Help Centre")
    assert view.texts["successes"].toPlainText() == ""
    qtbot.mouseClick(view.copy_button, Qt.MouseButton.LeftButton)
    assert view.texts["successes"].toPlainText() == last.successes
    assert view.texts["next_steps"].toPlainText() == last.next_steps
    assert view.percent.value() == last.percent_complete
    assert "Q2 2026-27" in view.message.text()
    assert tracking.find_period_update(context.db, a52, Q3) is None  # nothing saved yet


def test_moving_on_keeps_what_was_typed(qtbot: QtBot, context: PlanContext) -> None:
    a52 = _action(context, "A5.2")
    view = _entry(qtbot, context, "Riverside Housing Help Centre")
    qtbot.keyClicks(view.texts["next_steps"], "Call the landlords")
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.form_box.title().startswith("A5.3")
    assert action_history(context.db, a52)[0].next_steps == "Call the landlords"
    # Looking at a row without typing records nothing.
    qtbot.mouseClick(view.previous_button, Qt.MouseButton.LeftButton)
    assert tracking.find_period_update(context.db, _action(context, "A5.3"), Q3) is None


@pytest.mark.parametrize(
    ("period", "words"),
    [(Period(2026), "per quarter"), (Period(2030, 1), "outside the plan's years")],
)
def test_a_period_that_cannot_take_updates_says_why(
    qtbot: QtBot, context: PlanContext, period: Period, words: str
) -> None:
    context.set_period(period)
    view = _entry(qtbot, context, "Riverside Housing Help Centre")
    assert words in view.period_message.text()
    assert not view.save_button.isEnabled()
    assert not view.status.isEnabled()
    assert context.undo_stack.count() == 0


def test_a_refused_save_shows_the_reason_and_records_nothing(
    qtbot: QtBot, context: PlanContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    a52 = _action(context, "A5.2")
    view = _entry(qtbot, context, "Riverside Housing Help Centre")
    view.texts["outputs"].setPlainText("x" * 60_000)  # pasted: longer than any plan text
    qtbot.mouseClick(view.save_next_button, Qt.MouseButton.LeftButton)
    assert "too long" in view.message.text()
    assert view.form_box.title().startswith("A5.2")  # stays on the row
    assert tracking.find_period_update(context.db, a52, Q3) is None
    assert context.undo_stack.count() == 0


# --- indicators ---------------------------------------------------------------------------


def _indicators(qtbot: QtBot, context: PlanContext, code: str) -> IndicatorsView:
    view = IndicatorsView(context)
    qtbot.addWidget(view)
    indicator = next(i for i in context.view().indicators.values() if i.code == code)
    view.select(indicator.id)
    return view


def _cell(view: IndicatorsView, code: str, column: str) -> str:
    row = next(
        r for r in range(view.model.rowCount()) if view.model.result(r).indicator.code == code
    )
    return str(view.model.index(row, IndicatorsModel.COLUMNS.index(column)).data())


def test_recording_an_actual_shows_variance_and_met(qtbot: QtBot, context: PlanContext) -> None:
    view = _indicators(qtbot, context, "I2")  # mentorship pairs, target 240, increase
    i2 = view.selected()
    assert i2 is not None
    assert _cell(view, "I2", "actual") == "not recorded"
    _type(qtbot, view.value, "150")
    qtbot.mouseClick(view.save_actual, Qt.MouseButton.LeftButton)
    assert tracking.get_indicator_value(context.db, i2.id, 2026, 3) == (True, 150.0, "")
    assert _cell(view, "I2", "variance") == "−90 pairs"
    assert _cell(view, "I2", "met") == "✗ Not met"
    _type(qtbot, view.value, "250")
    qtbot.keyClick(view.value, Qt.Key.Key_Return)
    assert _cell(view, "I2", "variance") == "+10 pairs"
    assert _cell(view, "I2", "met") == "✓ Met"
    context.undo_stack.undo()
    assert tracking.get_indicator_value(context.db, i2.id, 2026, 3) == (True, 150.0, "")
    context.undo_stack.undo()
    assert tracking.get_indicator_value(context.db, i2.id, 2026, 3) == (False, None, "")
    assert _cell(view, "I2", "actual") == "not recorded"
    context.undo_stack.redo()
    assert tracking.get_indicator_value(context.db, i2.id, 2026, 3) == (True, 150.0, "")


def test_no_data_is_an_explicit_choice_and_words_are_refused(
    qtbot: QtBot, context: PlanContext
) -> None:
    view = _indicators(qtbot, context, "I3")
    i3 = view.selected()
    assert i3 is not None
    _type(qtbot, view.value, "N/A")
    qtbot.mouseClick(view.save_actual, Qt.MouseButton.LeftButton)
    assert "Type a number like 1,500.5 or 1500.5" in view.actual_message.text()
    assert "No data" in view.actual_message.text()
    assert tracking.get_indicator_value(context.db, i3.id, 2026, 3) == (False, None, "")
    assert context.undo_stack.count() == 0

    view.no_data_choice.click()
    qtbot.keyClicks(view.note, "Log not shared yet")
    qtbot.mouseClick(view.save_actual, Qt.MouseButton.LeftButton)
    assert tracking.get_indicator_value(context.db, i3.id, 2026, 3) == (
        True,
        None,
        "Log not shared yet",
    )
    assert _cell(view, "I3", "actual") == "No data"
    assert view.no_data_choice.isChecked()
    qtbot.mouseClick(view.clear_actual, Qt.MouseButton.LeftButton)
    assert tracking.get_indicator_value(context.db, i3.id, 2026, 3) == (False, None, "")
    context.undo_stack.undo()
    assert tracking.get_indicator_value(context.db, i3.id, 2026, 3)[:2] == (True, None)


def test_add_edit_and_delete_an_indicator_with_undo(
    qtbot: QtBot, context: PlanContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = _indicators(qtbot, context, "I1")
    objective = next(o.id for o in context.view().objectives.values() if o.code == "O3.1")
    answers: list[dict[str, Any]] = [
        {"objective_id": objective, "code": "I1", "name_en": "Duplicate code", "target_value": ""},
        {
            "objective_id": objective,
            "code": "I8",
            "name_en": "Learners completing a level",
            "unit": "learners",
            "target_value": "120",
            "baseline_value": "40",
            "direction": "increase",
            "frequency": "quarterly",
        },
    ]
    errors: list[str] = []

    def ask(_parent: Any, _view: Any, _lang: str, values: Any = None, error: str = "") -> Any:
        errors.append(error)
        return answers.pop(0) if answers else None

    monkeypatch.setattr(IndicatorDialog, "ask", ask)
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    assert "already used" in errors[1]  # the dialog came back with the reason
    added = next(i for i in context.view().indicators.values() if i.code == "I8")
    assert (added.target_value, added.baseline_value, added.unit) == (120.0, 40.0, "learners")
    assert view.selected() is not None and view.selected().code == "I8"  # type: ignore[union-attr]

    answers.append({**answers_template(added), "target_value": "150"})
    qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    assert context.view().indicators[added.id].target_value == 150.0
    context.undo_stack.undo()
    assert context.view().indicators[added.id].target_value == 120.0

    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert added.id not in context.view().indicators
    context.undo_stack.undo()
    assert context.view().indicators[added.id].code == "I8"
    context.undo_stack.undo()  # the edit was already undone: this undoes the creation
    assert added.id not in context.view().indicators


def answers_template(indicator: Any) -> dict[str, Any]:
    return {
        "objective_id": indicator.objective_id,
        "action_id": indicator.action_id,
        "code": indicator.code,
        "name_en": indicator.name_en,
        "unit": indicator.unit,
        "direction": indicator.direction,
        "frequency": indicator.frequency,
    }


# --- updates due, dashboard, models, installer ----------------------------------------------


@pytest.mark.parametrize(
    ("lang", "words"),
    [("en", ("Hello,", "Riverside Housing Help Centre", "Kind regards")), ("fr", ("Bonjour,",))],
)
def test_copy_as_email_text(
    qtbot: QtBot, context: PlanContext, lang: str, words: tuple[str, ...]
) -> None:
    context.set_lang(lang)
    view = UpdatesDueView(context)
    qtbot.addWidget(view)
    qtbot.mouseClick(view.copy_button, Qt.MouseButton.LeftButton)
    text = QGuiApplication.clipboard().text()
    for word in words:
        assert word in text
    a52 = context.view().actions[_action(context, "A5.2")]
    assert f"• A5.2 {a52.title(lang)}" in text
    assert "contact@riversidehousinghe.example" in text


def test_dashboard_follows_changes_and_exports_a_png(
    qtbot: QtBot, context: PlanContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = DashboardView(context)
    qtbot.addWidget(view)
    due_before = int(view.tiles["due"].value.text())
    entry = _entry(qtbot, context, "Riverside Housing Help Centre")
    qtbot.mouseClick(entry.save_button, Qt.MouseButton.LeftButton)
    assert int(view.tiles["due"].value.text()) == due_before - 1
    assert view.status_chart.chart().series()  # the charts are drawn
    assert view.indicator_chart.chart().axes()
    target = tmp_path / "council"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), "PNG image (*.png)")
    )
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    written = tmp_path / "council.png"
    assert written.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "Saved" in view.message.text()


def test_every_model_passes_the_model_tester(
    qtbot: QtBot, context: PlanContext, qtmodeltester: Any
) -> None:
    entry = _entry(qtbot, context, "Riverside Housing Help Centre")
    due = UpdatesDueView(context)
    indicators = IndicatorsView(context)
    for widget in (due, indicators):
        qtbot.addWidget(widget)
    for model in (entry.model, due.model, indicators.model):
        assert model.rowCount() > 0
        qtmodeltester.check(model)


def test_installer_adds_the_four_views(qtbot: QtBot, context: PlanContext) -> None:
    from lipplanner.ui import extensions, progress_views

    class FakeWindow:
        def __init__(self) -> None:
            self.views: dict[str, Any] = {}

        def menu(self, name: str) -> Any:
            raise AssertionError("no menus needed")

        def add_view(self, key: str, title: str, factory: Any, icon: Any = None) -> None:
            self.views[key] = (title, factory)

    window = FakeWindow()
    progress_views.install(window)
    assert list(window.views) == [
        "progress_dashboard",
        "progress_entry",
        "updates_due",
        "indicators",
    ]
    for _title, factory in window.views.values():
        widget = factory(context)
        qtbot.addWidget(widget)
    assert "lipplanner.ui.progress_views:install" in extensions.INSTALLERS


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_screenshots_are_rendered(qtbot: QtBot, tmp_path: Path) -> None:
    from lipplanner.ui.progress_views import render_progress_screenshots

    written = render_progress_screenshots(tmp_path)
    assert [p.name for p in written] == [
        "dashboard.png",
        "progress-entry.png",
        "updates-due.png",
        "indicators.png",
    ]
    for path in written:
        assert path.read_bytes()[:4] == b"\x89PNG"


def test_the_views_open_on_an_empty_plan(qtbot: QtBot, empty_plan: PlanDatabase) -> None:
    context = PlanContext(empty_plan, period=Period(2025, 2))
    entry = ProgressEntryView(context)
    due = UpdatesDueView(context)
    indicators = IndicatorsView(context)
    dashboard = DashboardView(context)
    for widget in (entry, due, indicators, dashboard):
        qtbot.addWidget(widget)
        widget.grab()  # paints without a warning
    assert not entry.empty_label.isHidden()
    assert "No lead partner" in entry.empty_label.text()
    assert not entry.save_button.isEnabled()
    assert not due.copy_button.isEnabled()
    assert indicators.model.rowCount() == 0
    assert dashboard.tiles["actions"].value.text() == "0"
    assert dashboard.tiles["on_track"].value.text() == "–"
