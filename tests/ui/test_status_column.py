"""The Plan view's Status column shows every status whole, with its overdue mark, at a
laptop's size in either language (French cut "Retards mineurs (en retard)" to "Retards
mineurs (en…" and lost the mark)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QStyle
from pytestqt.qtbot import QtBot

from lipplanner.ui.i18n_actions import apply_language
from lipplanner.ui.main_window import MainWindow
from lipplanner.ui.models.plan_tree import STATUS_COLUMN, status_texts


def _cut_statuses(window: MainWindow) -> list[str]:
    """The status texts (the overdue mark included) the Status column cannot show whole:
    the text's advance against the column less the swatch and the style's margins."""
    page = window.current_view("plan")
    tree = page.tree
    tree.expandAll()
    QApplication.processEvents()
    assert window.context is not None
    margin = tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, tree) + 1
    extent = tree.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, tree)
    model = tree.model()
    swatch = model.index(0, STATUS_COLUMN).data(Qt.ItemDataRole.DecorationRole)
    icon = swatch.actualSize(QSize(extent, extent)).width()
    # The icon and the text each have the style's focus margin on both sides.
    room = tree.columnWidth(STATUS_COLUMN) - icon - 4 * margin
    # Every status and its overdue mark, whether or not an action has it now, and
    # every cell as shown (priorities' roll-ups in bold).
    shown = {(text, None) for text in status_texts(window.context.view(), window.context.lang)}
    pending = [model.index(row, 0) for row in range(model.rowCount())]
    while pending:
        parent = pending.pop()
        pending += [model.index(row, 0, parent) for row in range(model.rowCount(parent))]
        cell = parent.siblingAtColumn(STATUS_COLUMN)
        font = cell.data(Qt.ItemDataRole.FontRole)
        shown.add((cell.data(), None if font is None else font.toString()))
    cut = []
    for text, font in shown:
        metrics = tree.fontMetrics()
        if font is not None:
            face = QFont()
            face.fromString(font)
            metrics = QFontMetrics(face)
        if text and metrics.horizontalAdvance(text) > room:
            cut.append(text)
    return sorted(cut)


def _window_on(
    view: str, make_window: Callable[[], MainWindow], riverside_file: Path, qtbot: QtBot
) -> MainWindow:
    """The Riverside plan at a laptop's 1280×800, on `view` (in the language set)."""
    window = make_window()
    window.resize(1280, 800)
    window.show()
    assert window.open_plan(str(riverside_file))
    window.show_view(view)
    qtbot.wait(10)
    assert window.context is not None
    return window


def test_every_status_and_its_overdue_mark_fit_at_1280_by_800(
    make_window: Callable[[], MainWindow], riverside_file: Path, qtbot: QtBot, lang: str
) -> None:
    window = _window_on("plan", make_window, riverside_file, qtbot)
    assert window.context is not None
    overdue = "(en retard)" if lang == "fr" else "(overdue)"
    assert any(overdue in t for t in status_texts(window.context.view(), lang))
    assert _cut_statuses(window) == []
    assert window.current_view("plan").tree.header().sectionSize(1) >= 250


def test_statuses_still_fit_after_switching_to_french(
    riverside_file: Path, qtbot: QtBot, english_afterwards: None
) -> None:
    window = MainWindow()  # not handed to qtbot: the switch deletes it
    window.resize(1280, 800)
    window.show()
    assert window.open_plan(str(riverside_file))
    window.show_view("plan")
    qtbot.wait(10)
    assert _cut_statuses(window) == []
    english = window.current_view("plan").tree.columnWidth(STATUS_COLUMN)

    french = apply_language(window, "fr")
    qtbot.addWidget(french)
    qtbot.wait(10)
    french.show_view("plan")
    qtbot.wait(10)
    assert french.context is not None and french.context.lang == "fr"
    assert _cut_statuses(french) == []
    assert french.current_view("plan").tree.columnWidth(STATUS_COLUMN) > english
    assert french.current_view("plan").tree.header().sectionSize(1) >= 250


def test_the_actions_table_shows_every_status_whole(
    make_window: Callable[[], MainWindow], riverside_file: Path, qtbot: QtBot, lang: str
) -> None:
    window = _window_on("actions", make_window, riverside_file, qtbot)
    assert window.context is not None
    table = window.current_view("actions").table
    model = table.model()
    column = next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal)
        == ("Statut" if lang == "fr" else "Status")
    )
    style = table.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    extent = style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, table)
    swatch = model.index(0, column).data(Qt.ItemDataRole.DecorationRole)
    room = table.columnWidth(column) - swatch.actualSize(QSize(extent, extent)).width() - 4 * margin
    labels = {s.label(lang) for s in window.context.view().statuses.values()}
    labels |= {model.index(row, column).data() for row in range(model.rowCount())}
    metrics = table.fontMetrics()
    assert sorted(t for t in labels if metrics.horizontalAdvance(t) > room) == []
    assert table.columnWidth(3) >= 250  # the action's title keeps its minimum


def test_status_stays_in_view_beside_an_open_action_the_title_gives_way(
    make_window: Callable[[], MainWindow], riverside_file: Path, qtbot: QtBot, lang: str
) -> None:
    window = _window_on("plan", make_window, riverside_file, qtbot)
    page = window.current_view("plan")
    tree = page.tree
    assert window.context is not None
    action = next(a for a in window.context.view().actions.values() if a.code == "A2.1")
    row = page.index_of("action", action.id)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(row).center())
    qtbot.wait(10)
    assert page.detail_is_open() and page.shown_form().item_id == action.id
    # The Status column ends inside the tree's visible width, every status whole.
    assert tree.horizontalScrollBar().value() == 0
    status_end = tree.columnViewportPosition(STATUS_COLUMN) + tree.columnWidth(STATUS_COLUMN)
    assert status_end <= tree.viewport().width()
    assert _cut_statuses(window) == []
    # The title took the squeeze but stays readable, and its tooltip has it whole.
    em = tree.fontMetrics().horizontalAdvance("M")
    assert tree.columnWidth(1) >= 12 * em
    title = row.siblingAtColumn(1)
    assert title.data(Qt.ItemDataRole.ToolTipRole) == title.data() == action.title(lang)
