"""The layout at a laptop's size: titles readable, the detail panel only when it has
something to show, and the charts' labels not squeezed away."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel, QSplitter, QUndoView
from pytestqt.qtbot import QtBot

from lipplanner.ui.i18n_actions import apply_language
from lipplanner.ui.main_window import MainWindow
from lipplanner.ui.models.plan_tree import STATUS_COLUMN
from lipplanner.ui.window.navigation import as_page
from tests.ui.cut_walk import cut_texts, scrolled
from tests.ui.test_french_complete import PLURALS


def _laptop_window(make_window: Callable[[], MainWindow], plan: Path) -> MainWindow:
    window = make_window()
    window.resize(1280, 800)
    assert window.open_plan(str(plan))
    QApplication.processEvents()
    return window


def _widths(window: MainWindow) -> list[int]:
    header = window.current_view("plan").tree.header()
    return [header.sectionSize(section) for section in range(header.count())]


def _plan_readable_beside_panel(window: MainWindow) -> None:
    """With the detail panel open, the Status column stays in view and the title takes
    the squeeze, down to 12 em (250 px here cut French statuses beside the panel)."""
    tree = window.current_view("plan").tree
    status_end = tree.columnViewportPosition(STATUS_COLUMN) + tree.columnWidth(STATUS_COLUMN)
    assert status_end <= tree.viewport().width()
    assert tree.columnWidth(1) >= 12 * tree.fontMetrics().horizontalAdvance("M")


def test_plan_title_column_is_the_widest_at_1280_by_800(
    make_window: Callable[[], MainWindow], riverside_file: Path, qtbot: QtBot, lang: str
) -> None:
    window = _laptop_window(make_window, riverside_file)
    window.show_view("plan")
    qtbot.wait(10)
    widths = _widths(window)
    assert widths[1] == max(widths) and widths[1] >= 250, widths

    # Still readable with an action open beside it, and every column can be widened.
    page = window.current_view("plan")
    assert page.select_item("action", next(iter(window.context.view().actions)))
    qtbot.wait(10)
    _plan_readable_beside_panel(window)
    header = page.tree.header()
    header.resizeSection(1, 400)
    assert header.sectionSize(1) == 400
    header.resizeSection(4, 300)
    assert header.sectionSize(4) == 300


def test_detail_panel_folds_away_until_something_is_selected_and_keeps_its_width(
    make_window: Callable[[], MainWindow], riverside_file: Path, qtbot: QtBot
) -> None:
    window = _laptop_window(make_window, riverside_file)
    window.show_view("partners")
    page = window.current_view("partners")
    qtbot.wait(10)
    assert page.splitter.sizes()[1] == 0, "an empty 'Select an item' panel takes room"

    partner = next(iter(window.context.view().partners))
    assert page.select_item("partner", partner)
    qtbot.wait(10)
    list_width, detail_width = page.splitter.sizes()
    assert detail_width > 200 and page.detail.currentWidget() is page.forms["partner"]
    page.splitter.setSizes([list_width + detail_width - 420, 420])
    page.splitter.splitterMoved.emit(0, 1)  # what a drag of the handle sends

    page.view_widget.selectionModel().clearCurrentIndex()
    page._show_item(None)
    assert page.splitter.sizes()[1] == 0
    assert page.select_item("partner", partner)
    assert abs(page.splitter.sizes()[1] - 420) <= 2

    # The width chosen is what the next window (or the next start) opens with.
    window.close_plan()
    second = _laptop_window(make_window, riverside_file)
    second.show_view("partners")
    again = second.current_view("partners")
    assert again.splitter.sizes()[1] == 0
    assert again.select_item("partner", partner)
    qtbot.wait(10)
    assert abs(again.splitter.sizes()[1] - 420) <= 2


def test_dashboard_indicator_names_stay_readable_at_1280_by_720(
    make_window: Callable[[], MainWindow], riverside_file: Path, qtbot: QtBot
) -> None:
    window = _laptop_window(make_window, riverside_file)
    window.resize(1280, 720)
    window.show_view("progress_dashboard")
    qtbot.wait(10)
    dashboard = window.current_view("progress_dashboard")
    chart = dashboard.indicator_chart.chart()
    axis = chart.axes()[0]
    # Each indicator's row is tall enough for its label (Qt Charts prints "…" otherwise),
    # with room between rows.
    line = QFontMetrics(axis.labelsFont()).height()
    assert chart.plotArea().height() / len(axis.categories()) >= 1.5 * line


def test_detail_panel_opens_wide_enough_for_every_tab_title(
    make_window: Callable[[], MainWindow], riverside_file: Path, qtbot: QtBot, lang: str
) -> None:
    # French at 1280x800 hid "Historique des progrès" behind scroll arrows ("His…").
    QSettings().remove("splitters")  # a first start: no width remembered
    window = _laptop_window(make_window, riverside_file)
    view = window.context.view()
    firsts = {
        "plan": ("action", next(iter(view.actions))),
        "actions": ("action", next(iter(view.actions))),
        "partners": ("partner", next(iter(view.partners))),
        "bodies": ("body", next(iter(view.bodies))),
        "practices": ("practice", next(iter(view.practices))),
    }
    for key, (kind, item_id) in firsts.items():
        window.show_view(key)
        qtbot.wait(10)
        page = window.current_view(key)
        assert page.select_item(kind, item_id)
        qtbot.wait(10)
        tabs = page.forms[kind].tabs
        bar = tabs.tabBar()
        for index in range(bar.count()):
            title = bar.tabText(index).replace("&&", "&")
            assert bar.tabRect(index).width() >= bar.fontMetrics().horizontalAdvance(title), (
                key,
                title,
            )
        assert bar.tabRect(bar.count() - 1).right() <= tabs.width(), (key, "last tab cut")
    _plan_readable_beside_panel(window)


def test_a_bigger_window_gives_its_width_to_the_list_not_the_form(
    make_window: Callable[[], MainWindow], riverside_file: Path, qtbot: QtBot
) -> None:
    QSettings().remove("splitters")
    window = _laptop_window(make_window, riverside_file)
    window.show_view("plan")
    qtbot.wait(10)
    page = window.current_view("plan")
    assert page.select_item("action", next(iter(window.context.view().actions)))
    qtbot.wait(10)
    list_width, form_width = page.splitter.sizes()
    window.resize(1920, 1080)
    qtbot.wait(10)
    wider_list, same_form = page.splitter.sizes()
    assert abs(same_form - form_width) <= 2 and wider_list >= list_width + 600


def test_partner_and_tag_lists_use_the_panel_width_without_scrolling_sideways(
    make_window: Callable[[], MainWindow], riverside_file: Path, qtbot: QtBot, lang: str
) -> None:
    # Labels beside them left the lists ~210 px: "Eastside Multicultural Associatio"
    # behind a horizontal scrollbar, characteristics cut to "Affordable and suitable ho…".
    QSettings().remove("splitters")
    window = _laptop_window(make_window, riverside_file)
    window.show_view("plan")
    qtbot.wait(10)
    page = window.current_view("plan")
    assert page.select_item("action", next(iter(window.context.view().actions)))
    form = page.forms["action"]
    form.tabs.setCurrentIndex(1)
    qtbot.wait(10)
    page_width = form.tabs.currentWidget().width()
    for field in (form.supporting, form.tags):
        checklist = field.list
        assert not checklist.horizontalScrollBar().isVisible()
        assert checklist.width() >= 0.9 * page_width, (checklist.width(), page_width)
    partners = form.supporting.list
    metrics = partners.fontMetrics()
    room = partners.viewport().width() - 30  # the tick box and margins
    for row in range(partners.count()):
        name = partners.item(row).text()
        assert metrics.horizontalAdvance(name) <= room, name


def test_cut_columns_get_their_width_back_when_the_titles_have_room(
    make_window: Callable[[], MainWindow], riverside_file: Path, qtbot: QtBot
) -> None:
    # At 1920x1080 the Lead column stayed cut ("Riverside Housing Help…") at 160 px
    # beside a title column with 400 px to spare.
    QSettings().remove("splitters")
    window = _laptop_window(make_window, riverside_file)
    window.resize(1920, 1080)
    window.show_view("plan")
    qtbot.wait(10)
    tree = window.current_view("plan").tree
    header = tree.header()
    for section in range(header.count()):
        assert header.sectionSize(section) >= tree.sizeHintForColumn(section), section
    assert not tree.horizontalScrollBar().isVisible()

    # With the form open on a laptop screen, the title keeps its 250 px and the
    # others go back to their cut widths.
    window.resize(1280, 800)
    page = window.current_view("plan")
    assert page.select_item("action", next(iter(window.context.view().actions)))
    qtbot.wait(10)
    lead = 4
    assert header.sectionSize(1) >= 250
    assert header.sectionSize(lead) < tree.sizeHintForColumn(lead)


def test_quarterly_round_list_keeps_every_column_beside_the_form(
    make_window: Callable[[], MainWindow], riverside_file: Path, qtbot: QtBot, lang: str
) -> None:
    # French at 1280x800: one row of five buttons held the form at 780 px, leaving the
    # list 250 px with its Status, Done and This-period columns scrolled out of sight.
    window = _laptop_window(make_window, riverside_file)
    window.show_view("progress_entry")
    qtbot.wait(10)
    entry = window.current_view("progress_entry")
    table = entry.table
    list_width, form_width = entry.findChild(QSplitter).sizes()
    assert list_width >= 0.4 * (list_width + form_width), (list_width, form_width)
    assert not table.horizontalScrollBar().isVisible()
    header = table.horizontalHeader()
    action = max(range(header.count()), key=header.sectionSize)
    assert header.sectionSize(action) >= 150, header.sectionSize(action)


def test_working_group_members_list_spans_the_form(
    make_window: Callable[[], MainWindow], riverside_file: Path, qtbot: QtBot, lang: str
) -> None:
    # Beside its label the list cut "Centre d’accueil des nouveaux arriv…".
    QSettings().remove("splitters")
    window = _laptop_window(make_window, riverside_file)
    window.show_view("bodies")
    qtbot.wait(10)
    page = window.current_view("bodies")
    assert page.select_item("body", next(iter(window.context.view().bodies)))
    qtbot.wait(10)
    members = page.forms["body"].members.list
    assert members.width() >= 0.9 * page.forms["body"].tabs.currentWidget().width()
    room = members.viewport().width() - 30
    for row in range(members.count()):
        name = members.item(row).text()
        assert members.fontMetrics().horizontalAdvance(name) <= room, name


def test_indicator_table_shows_every_column_above_the_entry_panel(
    make_window: Callable[[], MainWindow], riverside_file: Path, qtbot: QtBot, lang: str
) -> None:
    # Beside the entry panel the table had 740 px: Target, Variance and Met scrolled
    # out of sight at 1280x800.
    window = _laptop_window(make_window, riverside_file)
    window.show_view("indicators")
    qtbot.wait(10)
    indicators = window.current_view("indicators")
    table = indicators.table
    assert not table.horizontalScrollBar().isVisible()
    header = table.horizontalHeader()
    shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    last = shown[-1]
    assert header.sectionViewportPosition(last) + header.sectionSize(last) <= (
        table.viewport().width()
    )
    name = indicators.model.COLUMNS.index("name")
    assert header.sectionSize(name) == max(header.sectionSize(c) for c in shown) >= 250
    # The entry panel below shows the selected indicator, and keeps its height when the
    # window grows: the table gets the new rows.
    assert indicators.actual_box.geometry().top() >= table.geometry().bottom()
    assert indicators.value.isVisible() and indicators.save_actual.isVisible()
    splitter = indicators.findChild(QSplitter)
    panel_height = splitter.sizes()[1]
    window.resize(1920, 1080)
    qtbot.wait(10)
    assert splitter.sizes()[1] == panel_height


def test_undo_history_view_says_what_its_steps_do(
    make_window: Callable[[], MainWindow], riverside_file: Path, qtbot: QtBot, lang: str
) -> None:
    window = _laptop_window(make_window, riverside_file)
    window.show_view("undo")
    qtbot.wait(10)
    page = window.current_view("undo")
    texts = [label.text() for label in page.findChildren(QLabel) if label.isVisible()]
    steps = page.findChild(QUndoView)
    assert steps.toolTip() in texts, texts  # the hint is on the page, not only on hover
    assert any(text == steps.accessibleName() for text in texts)  # and a heading


@pytest.mark.parametrize("size", [(1280, 800), (1280, 720)])
def test_dashboard_fits_the_window_with_no_label_cut(
    make_window: Callable[[], MainWindow],
    riverside_file: Path,
    qtbot: QtBot,
    lang: str,
    size: tuple[int, int],
) -> None:
    # French at 1280x800 read "… 57 % réalisé à c...", "Préoccupations import..." and
    # the indicator chart's caption sat below the fold.
    window = _laptop_window(make_window, riverside_file)
    window.resize(*size)
    window.show_view("progress_dashboard")
    qtbot.wait(10)
    dashboard = window.current_view("progress_dashboard")
    assert cut_texts(dashboard) == []
    assert scrolled(dashboard) == []
    for chart_view in (dashboard.status_chart, dashboard.progress_chart):
        chart = chart_view.chart()
        assert chart.plotArea().height() >= 120, chart_view.title()


# Lists that still scroll sideways with nothing selected at 1280x800: the Actions table
# has thirteen columns; the plan tree shows the same actions with the title first.
WIDE_LISTS = {"actions"}


def test_no_label_is_cut_in_any_view_at_1280_by_800(
    make_window: Callable[[], MainWindow], riverside_file: Path, qtbot: QtBot, lang: str
) -> None:
    # Labels, buttons, tabs, group titles, column titles and chart texts, in every view
    # as first shown and with an item of each kind open on each of its tabs.
    QSettings().remove("splitters")
    window = _laptop_window(make_window, riverside_file)
    window.show()
    assert window.context is not None
    firsts = {kind: min(getattr(window.context.view(), many)) for kind, many in PLURALS.items()}
    found = []
    for entry in window._entries:
        window.show_view(entry.key)
        qtbot.wait(10)
        view = window.current_view(entry.key)
        found += [f"{entry.key}: {cut}" for cut in cut_texts(view)]
        if entry.key not in WIDE_LISTS:
            found += [f"{entry.key}: {scroll}" for scroll in scrolled(view)]
        page = as_page(view)
        for kind in page.forms if page is not None else ():
            assert page.select_item(kind, firsts[kind])
            qtbot.wait(10)
            tabs = page.forms[kind].tabs
            for tab in range(tabs.count()):
                tabs.setCurrentIndex(tab)
                qtbot.wait(5)
                where = f"{entry.key} {kind} {tabs.tabText(tab)!r}"
                found += [f"{where}: {cut}" for cut in cut_texts(view)]
    assert found == []


def test_detail_panel_widens_for_french_tab_titles_after_a_language_switch(
    riverside_file: Path, qtbot: QtBot, english_afterwards: None
) -> None:
    # The width remembered in English cut the French tabs: "Ac…", "Historique des prog…".
    QSettings().remove("splitters")
    window = MainWindow()  # not handed to qtbot: the switch deletes it
    window.resize(1280, 800)
    window.show()
    assert window.open_plan(str(riverside_file))
    assert window.context is not None
    action = min(window.context.view().actions)
    window.show_view("plan")
    assert window.current_view("plan").select_item("action", action)
    qtbot.wait(10)
    french = apply_language(window, "fr")
    qtbot.addWidget(french)
    qtbot.wait(10)
    page = french.current_view("plan")
    assert page.current_item() == ("action", action)
    assert [cut for cut in cut_texts(page) if "tab" in cut] == []
    _plan_readable_beside_panel(french)
