"""In French, no English is left: every view (with an item of each kind open and every
tab visited), menu and dialog a coordinator reaches reads French. How English is told
apart from French is in french_walk.py."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from lipplanner.ui import i18n
from lipplanner.ui.main_window import MainWindow
from lipplanner.ui.window.navigation import as_page
from tests.ui.french_walk import english_in, english_left

PLURALS = {
    "priority": "priorities",
    "objective": "objectives",
    "action": "actions",
    "partner": "partners",
    "body": "bodies",
    "practice": "practices",
}


@pytest.fixture
def french(qapp: QApplication, english_afterwards: None) -> Iterator[None]:
    i18n.switch_language(qapp, "fr")
    yield


@pytest.fixture
def french_window(
    french: None, make_window: Callable[[], MainWindow], riverside_file: Path
) -> MainWindow:
    window = make_window()
    window.resize(1280, 800)
    assert window.open_plan(str(riverside_file))
    assert window.context is not None and window.context.lang == "fr"
    return window


def _with_tabs(widget: QWidget, where: str) -> list[str]:
    """English under `widget`, with each tab of its visible tab widgets shown in turn."""
    found = english_left(widget, where)
    for tabs in widget.findChildren(QTabWidget):
        if not tabs.isVisibleTo(widget):
            continue
        for tab in range(tabs.count()):
            tabs.setCurrentIndex(tab)
            QApplication.processEvents()
            found += english_left(tabs.widget(tab), f"{where} tab {tabs.tabText(tab)!r}")
    return found


def visit_every_view(window: MainWindow) -> list[str]:
    """English in each view as first shown and with an item of each of its kinds open."""
    assert window.context is not None
    found = english_left(window, "window")
    for entry in window._entries:
        window.show_view(entry.key)
        QApplication.processEvents()
        view = window.current_view(entry.key)
        assert view is not None
        found += _with_tabs(view, entry.key)
        page = as_page(view)
        for kind in page.forms if page is not None else ():
            items = getattr(window.context.view(), PLURALS[kind])
            assert items, f"the demo has no {kind}"
            assert page.select_item(kind, next(iter(items)))
            QApplication.processEvents()
            found += _with_tabs(view, f"{entry.key} {kind}")
    for name, menu in window._menus.items():
        found += english_left(menu, f"menu {name}")
    return found


def unique(lines: list[str]) -> list[str]:
    return sorted(set(lines))


def test_the_detector_tells_english_from_french(french: None) -> None:
    assert english_in("Select an item to show and edit it here.")
    assert english_in("Working groups & council")  # a source shown without tr()
    assert not english_in("Sélectionnez un élément pour l’afficher et le modifier ici.")
    assert not english_in("Action A1.1 — Cercles de mentorat · LIP Planner")


def test_every_view_reads_french(french_window: MainWindow, qtbot: QtBot) -> None:
    assert unique(visit_every_view(french_window)) == []


def _edit_one_of_each_kind(window: MainWindow) -> None:
    """Changes of every kind a coordinator makes, through the undo stack as the forms do."""
    from lipplanner.core.periods import Period
    from lipplanner.core.services import editing, tracking, trash
    from lipplanner.ui.undo import DeleteCommand, EditCommand, push_command

    context = window.context
    assert context is not None
    view = context.view()
    by_code = {a.code: a.id for a in view.actions.values()}
    action = by_code["A1.1"]
    statuses = {s.key: s.id for s in view.statuses.values()}
    partners = sorted(view.partners)
    objective = next(iter(view.objectives))
    priority = next(iter(view.priorities))
    practice = next(iter(view.practices))
    indicator = next(iter(view.indicators))
    edits = [
        ("action", action, {"status_id": statuses["serious_concerns"], "percent_complete": 40}),
        ("action", action, {"title_fr": "Cercles de mentorat élargis", "lead_partner_id": None}),
        ("objective", objective, {"title_fr": "Des emplois à la hauteur des compétences"}),
        ("priority", priority, {"title_fr": "Emploi"}),
        ("partner", partners[0], {"acronym": "AME", "website": "https://ame.example"}),
        ("practice", practice, {"adoption_status": "piloting"}),
    ]
    for entity, item, changes in edits:
        error = push_command(context, EditCommand(context, entity, item, changes, "Modifier"))
        assert error is None, error
    links = {"supporting_partners": partners[1:3]}
    tie = EditCommand(context, "action", action, {}, "Modifier", links=links)
    assert push_command(context, tie) is None
    period = Period(context.period.year, context.period.quarter)
    report = {"status_id": statuses["on_track"], "outputs": "Deux rencontres"}
    update = tracking.record_progress(context.db, action, period, report)
    editing.update(context.db, "progress_update", update, {"outputs": "Quatre rencontres"})
    tracking.set_indicator_value(context.db, indicator, period.year, period.quarter or 0, 12)
    tracking.set_indicator_value(context.db, indicator, period.year, period.quarter or 0, 15)
    push_command(context, DeleteCommand(context, "action", by_code["A1.2"], "Supprimer"))
    context.undo_stack.undo()  # the deletion is undone
    push_command(context, DeleteCommand(context, "action", by_code["A2.1"], "Supprimer"))
    context.reload()
    window.show_view("trash")  # restored from the Trash view, as a user does
    trash_view = window.current_view("trash")
    trash_view.table.selectRow(0)
    trash_view.restore_selected()
    assert not trash.list_trash(context.db)


def test_history_after_every_kind_of_edit_reads_french(
    french_window: MainWindow, qtbot: QtBot
) -> None:
    _edit_one_of_each_kind(french_window)
    french_window.show_view("history")
    QApplication.processEvents()
    history = french_window.current_view("history")
    model = history.table.model()
    lines = [str(model.index(row, 2).data()) for row in range(model.rowCount())]
    assert len(lines) >= 18
    english = [f"{line!r}: {english_in(line)}" for line in lines if english_in(line)]
    assert english == []
    # Which action a progress update belongs to, and an actual value written in French.
    assert any(
        "mise à jour des progrès T3 2026-2027 (action A1.1" in line
        and "Deux rencontres → Quatre rencontres" in line
        for line in lines
    ), lines
    assert any("Valeur\u00a0: 12 → 15" in line for line in lines), lines
