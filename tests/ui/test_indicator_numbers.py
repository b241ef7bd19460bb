"""Numbers in the interface language: French writes 1 500 clients and 31,5 %, English
1,500 clients and 31.5%, in the Indicators table, the edit boxes and the dashboard."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from lipplanner.core.services import tracking
from lipplanner.core.services.validation import clean_float
from lipplanner.ui.context import PlanContext
from lipplanner.ui.main_window import MainWindow
from lipplanner.ui.models.plan_tree import plan_columns
from lipplanner.ui.views.dashboard import DashboardView
from lipplanner.ui.views.indicators import IndicatorDialog, IndicatorsModel, IndicatorsView

NBSP = "\u00a0"


def _cells(view: IndicatorsView, column: str) -> dict[str, str]:
    model = view.model
    index = IndicatorsModel.COLUMNS.index(column)
    return {
        model.result(r).indicator.code: str(model.index(r, index).data())
        for r in range(model.rowCount())
    }


def _indicator_id(context: PlanContext, unit: str) -> int:
    return next(i.id for i in context.view().indicators.values() if i.unit == unit)


EXPECTED = {
    "en": ("1,500 clients", "−1,319 clients", "+6.5%", "31.5%", "60%"),
    "fr": (
        f"1{NBSP}500 clients",
        f"−1{NBSP}319 clients",
        f"+6,5{NBSP}%",
        f"31,5{NBSP}%",
        f"60{NBSP}%",
    ),
}


def test_the_indicators_table_writes_numbers_the_languages_way(
    qtbot: QtBot, context: PlanContext, lang: str
) -> None:
    view = IndicatorsView(context)
    qtbot.addWidget(view)
    view.select(_indicator_id(context, "%"))
    view.value.setText("31,5" if lang == "fr" else "31.5")  # typed as the language writes it
    qtbot.mouseClick(view.save_actual, Qt.MouseButton.LeftButton)
    thousands, minus, signed, actual, target = EXPECTED[lang]
    columns = ("actual", "target", "variance")
    shown = " | ".join(text for column in columns for text in _cells(view, column).values())
    for text in (actual, signed, minus, target):
        assert text in shown
    assert any(text.startswith(thousands) for text in _cells(view, "target").values())
    if lang == "fr":  # no English form is left anywhere in the numbers
        assert not re.search(r"\d[.,]\d{3}\b|\d\.\d|\d%", shown), shown


def test_an_edit_box_gets_back_a_number_it_reads_unchanged(
    qtbot: QtBot, context: PlanContext, lang: str
) -> None:
    percent = _indicator_id(context, "%")
    tracking.set_indicator_value(context.db, percent, 2026, 3, 1234.5)
    context.reload()
    view = IndicatorsView(context)
    qtbot.addWidget(view)
    view.select(percent)
    assert view.value.text() == ("1234.5" if lang == "en" else "1234,5")
    assert clean_float(view.value.text(), "Actual") == 1234.5


def test_the_dashboard_share_on_track_is_written_the_languages_way(
    qtbot: QtBot, context: PlanContext, lang: str
) -> None:
    dashboard = DashboardView(context)
    qtbot.addWidget(dashboard)
    dashboard.refresh()
    percent = r"\d+%" if lang == "en" else rf"\d+{NBSP}%"
    text = dashboard.tiles["on_track"].value.text()
    assert re.fullmatch(percent, text), text
    title = dashboard.progress_chart.title()  # "… now 57% complete" / "… 57 % réalisé"
    assert re.search(rf"\b{percent} (complete|réalisé)$", title), title
    charts = [dashboard.progress_chart.chart(), dashboard.indicator_chart.chart()]
    formats = {a.labelFormat() for c in charts for a in c.axes() if hasattr(a, "labelFormat")}
    # A plain space in French: QtCharts draws a no-break space in an axis format as �.
    assert ("%d%%" if lang == "en" else "%d %%") in formats, formats


def test_the_plans_done_column_writes_percents_the_languages_way(
    lang: str, make_window: Callable[[], MainWindow], riverside_file: Path
) -> None:
    window = make_window()
    assert window.open_plan(str(riverside_file))
    window.show_view("plan")
    model = window.current_view("plan").model  # type: ignore[union-attr]
    done = [c.key for c in plan_columns()].index("percent")
    view = window.context.view()  # type: ignore[union-attr]
    shown = {
        str(model.data(model.index_of("action", action_id).siblingAtColumn(done)))
        for action_id in view.actions
    }
    percents = {text for text in shown if any(c.isdigit() for c in text)}
    assert percents and all(
        re.fullmatch(r"\d+%" if lang == "en" else rf"\d+{NBSP}%", text) for text in percents
    ), percents


READ_AS = {
    "fr": [("12,500", 12.5), (f"1{NBSP}500", 1500.0), ("1500,5", 1500.5)],
    "en": [("12,500", 12500.0), ("1,500.5", 1500.5)],
}
REFUSED_AS = {"fr": ["1.500.000,5", "1.500"], "en": ["12,5", "1500,50"]}


def test_an_actual_is_read_in_the_interface_language_or_refused(
    qtbot: QtBot, context: PlanContext, lang: str
) -> None:
    indicator = _indicator_id(context, "%")
    view = IndicatorsView(context)
    qtbot.addWidget(view)
    view.select(indicator)
    for typed, number in READ_AS[lang]:
        view.value.setText(typed)  # QTest types only ASCII; the box takes what is pasted
        qtbot.mouseClick(view.save_actual, Qt.MouseButton.LeftButton)
        assert tracking.get_indicator_value(context.db, indicator, 2026, 3)[1] == number, typed
    for typed in REFUSED_AS[lang]:
        view.value.clear()
        qtbot.keyClicks(view.value, typed)
        qtbot.mouseClick(view.save_actual, Qt.MouseButton.LeftButton)
        assert tracking.get_indicator_value(context.db, indicator, 2026, 3)[1] == 1500.5, typed
        example = "1 500,5".replace(" ", NBSP) if lang == "fr" else "1,500.5"
        assert example in view.actual_message.text(), view.actual_message.text()


def test_a_baseline_and_target_are_read_in_the_interface_language(
    qtbot: QtBot, context: PlanContext, lang: str
) -> None:
    dialog = IndicatorDialog(context.view(), lang, {}, None)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.baseline, "12,500")
    qtbot.keyClicks(dialog.target, "1500,5" if lang == "fr" else "1,500.5")
    values = dialog.values()
    assert values["baseline_value"] == (12.5 if lang == "fr" else 12500)
    assert values["target_value"] == 1500.5
    dialog.target.clear()
    qtbot.keyClicks(dialog.target, "1.500.000,5" if lang == "fr" else "1500,50")
    dialog._accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "1500" in dialog.message.text(), dialog.message.text()
