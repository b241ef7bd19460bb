"""Progress entry in both languages: a percent over 100 is refused rather than cut short,
a status at odds with the percent gets a word (and is saved), and the Done column reads
as the Plan's does."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from lipplanner.core.periods import Period
from lipplanner.core.services import tracking
from lipplanner.core.services.plan_view import action_history
from lipplanner.ui.context import PlanContext
from lipplanner.ui.views.forms import ActionForm
from lipplanner.ui.views.progress_entry import ProgressEntryView, RoundActionsModel

Q3 = Period(2026, 3)
NBSP = "\u00a0"


def _entry_on(qtbot: QtBot, context: PlanContext, code: str) -> ProgressEntryView:
    """Progress entry showing the lead partner's actions with `code` selected."""
    view = context.view()
    action = next(a for a in view.actions.values() if a.code == code)
    entry = ProgressEntryView(context)
    qtbot.addWidget(entry)
    entry.mode.setCurrentIndex(entry.mode.findData("partner"))
    entry.group.setCurrentIndex(entry.group.findData(action.lead_partner_id))
    entry.select_action(action.id)
    assert entry.form_box.title().startswith(code)
    return entry


def _type_percent(qtbot: QtBot, entry: ProgressEntryView, text: str) -> None:
    entry.percent.lineEdit().selectAll()
    qtbot.keyClicks(entry.percent, text)


def _status(entry: ProgressEntryView, context: PlanContext, kind: str) -> int:
    status = next(s for s in context.view().statuses.values() if s.kind == kind)
    entry.status.setCurrentIndex(entry.status.findData(status.id))
    return status.id


def test_a_percent_over_100_is_refused_with_its_bounds(
    qtbot: QtBot, context: PlanContext, lang: str
) -> None:
    entry = _entry_on(qtbot, context, "A5.3")
    _status(entry, context, "not_started")
    _type_percent(qtbot, entry, "150")
    assert entry.percent.value() == 150  # not silently 15
    assert not entry.doubt.isHidden() and "100" in entry.doubt.text(), entry.doubt.text()
    action_id = next(a.id for a in context.view().actions.values() if a.code == "A5.3")
    qtbot.mouseClick(entry.save_button, Qt.MouseButton.LeftButton)
    assert tracking.find_period_update(context.db, action_id, Q3) is None
    assert "100" in entry.message.text()


def test_not_started_with_a_percent_gets_a_word_and_is_saved(
    qtbot: QtBot, context: PlanContext, lang: str
) -> None:
    entry = _entry_on(qtbot, context, "A5.3")
    not_started = _status(entry, context, "not_started")
    _type_percent(qtbot, entry, "10")
    assert not entry.doubt.isHidden(), "no word on Not started with 10 %"
    assert entry.percent.text() == ("10%" if lang == "en" else f"10{NBSP}%")
    qtbot.mouseClick(entry.save_button, Qt.MouseButton.LeftButton)
    action_id = next(a.id for a in context.view().actions.values() if a.code == "A5.3")
    latest = action_history(context.db, action_id)[0]
    assert (latest.period, latest.status_id, latest.percent_complete) == (Q3, not_started, 10)
    _type_percent(qtbot, entry, "0")
    assert entry.doubt.isHidden()


def test_the_done_column_reads_like_the_plans(
    qtbot: QtBot, context: PlanContext, lang: str
) -> None:
    view = context.view()
    ongoing = next(
        a
        for a in view.ordered_actions
        if view.statuses[view.health[a.id].status_id].kind == "ongoing"
    )
    entry = _entry_on(qtbot, context, ongoing.code)
    model = entry.model
    column = RoundActionsModel.PERCENT
    texts = {model.index(r, column).data() for r in range(model.rowCount())}
    row = model.row_of(ongoing.id)
    assert model.index(row, column).data() == ("Ongoing" if lang == "en" else "En continu")
    numbers = {t for t in texts if any(c.isdigit() for c in t)}
    for text in numbers:
        assert text.endswith("%") and (text.endswith(f"{NBSP}%") == (lang == "fr")), text


def test_an_update_without_a_name_reads_reported_on_its_date(
    qtbot: QtBot, context: PlanContext, lang: str
) -> None:
    entry = _entry_on(qtbot, context, "A5.3")
    _status(entry, context, "active")
    _type_percent(qtbot, entry, "30")
    entry.reported_by.clear()  # an imported update often has no name
    qtbot.mouseClick(entry.save_button, Qt.MouseButton.LeftButton)
    action_id = next(a.id for a in context.view().actions.values() if a.code == "A5.3")
    latest = action_history(context.db, action_id)[0]
    assert latest.period == Q3 and latest.reported_by == ""

    form = ActionForm(context)
    qtbot.addWidget(form)
    form.load(action_id)
    text = form.history_text.toPlainText()
    assert latest.reported_on is not None
    day = latest.reported_on.isoformat()
    expected = f"Reported on {day}" if lang == "en" else f"Signalé le {day}"
    assert expected in text, text
    assert ("30%" if lang == "en" else f"30{NBSP}%") in form.reported.text()
