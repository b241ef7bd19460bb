"""In French, no English is left: every view (with an item of each kind open and every
tab visited), menu and dialog a coordinator reaches reads French. How English is told
apart from French is in french_walk.py."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from lipplanner.ui import i18n
from lipplanner.ui.main_window import MainWindow
from lipplanner.ui.window.navigation import as_page
from tests.ui.french_walk import DialogWalker, english_in, english_left, with_tabs

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


def visit_every_view(window: MainWindow) -> list[str]:
    """English in each view as first shown and with an item of each of its kinds open."""
    assert window.context is not None
    found = english_left(window, "window")
    for entry in window._entries:
        window.show_view(entry.key)
        QApplication.processEvents()
        view = window.current_view(entry.key)
        assert view is not None
        found += with_tabs(view, entry.key)
        page = as_page(view)
        for kind in page.forms if page is not None else ():
            items = getattr(window.context.view(), PLURALS[kind])
            assert items, f"the demo has no {kind}"
            assert page.select_item(kind, next(iter(items)))
            QApplication.processEvents()
            found += with_tabs(view, f"{entry.key} {kind}")
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


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen: no raise(), size hints
def test_every_dialog_from_the_menus_reads_french(
    french_window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = french_window
    walker = DialogWalker(monkeypatch)
    # Not these: they close or swap the plan, move items, or only switch views.
    skipped = {
        window.demo_action,
        window.close_action,
        window.quit_action,
        window.undo_action,
        window.redo_action,
        window.move_up_action,
        window.move_down_action,
        *window._view_actions,
    }
    window.show_view("plan")
    page = window.current_view("plan")
    assert page.select_item("action", next(iter(window.context.view().actions)))
    recent = window.recent_menu
    menus = list(window._menus.values())
    while menus:
        menu = menus.pop(0)
        menu.aboutToShow.emit()  # menus enable their entries as they open
        for action in menu.actions():
            if action.menu() is not None:
                if action.menu() is not recent:
                    menus.append(action.menu())
                continue
            if action in skipped or action.isSeparator() or not action.isEnabled():
                continue
            walker.where = f"{menu.title()} → {action.text()!r}"
            action.trigger()
            QApplication.processEvents()
    guide = getattr(window, "_guide", None)  # the guide opens beside the window
    assert guide is not None and guide.isVisible()
    walker.found += english_left(guide, "guide")
    assert unique(walker.found) == []
    # Each menu's dialogs were reached (one title per kind of dialog).
    for title in (
        "Nouveau plan",
        "Restaurer une sauvegarde",
        "Classeurs de mise à jour des partenaires",
        "Exporter le rapport d’étape",
        "Préférences",
        "Nouvelle priorité",
        "Commencer l’exercice financier suivant",
        "À propos de LIP Planner",
    ):
        assert title in walker.seen, walker.seen


def _french_tracker(path: Path) -> Path:
    """A coordinator's own tracker, headed in French (its headings show in the assistant)."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Suivi"
    for row in (
        ["PLI de Lakeside — suivi des actions 2025-2026"],
        ["#", "Activité", "Responsable", "Statut", "Notes"],
        [None, "Emploi des nouveaux arrivants"],
        ["1", "Salon de l’emploi", "Ville de Lakeside", "En bonne voie", "Salle réservée"],
        ["2", "Cercles de mentorat", "Bibliothèque de Lakeside", "Terminée", ""],
    ):
        sheet.append(row)
    book.save(path)
    return path


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_dialogs_behind_files_and_buttons_read_french(
    french_window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from lipplanner.core.reports.partner_workbooks import write_partner_workbooks
    from lipplanner.ui import import_actions
    from tests.reports.workbooks import MAPLE, QUARTER, fill

    window = french_window
    assert window.context is not None
    walker = DialogWalker(monkeypatch)
    # A tracker to import, and a partner's returned update workbook.
    out = tmp_path / "out"
    out.mkdir()
    write_partner_workbooks(window.context.db, QUARTER, out)
    returned = fill(out / MAPLE, {"Updates": {"G6": 15}})
    files = {
        "import_plan": _french_tracker(tmp_path / "suivi.xlsx"),
        "import_partner_updates": returned,
    }
    window.menu("file").aboutToShow.emit()  # enables the entries that need a plan
    for name, path in files.items():
        monkeypatch.setattr(import_actions, "choose_open_file", lambda *_a, p=path: p)
        walker.where = name
        window.findChild(QAction, name).trigger()
        QApplication.processEvents()

    window.show_view("indicators")
    indicators = window.current_view("indicators")
    for button in indicators.findChildren(QPushButton):
        if button.text() in ("Ajouter un indicateur…", "Modifier…"):
            walker.where = f"indicators {button.text()!r}"
            button.click()
    window.show_view("partners")
    partners = window.current_view("partners")
    assert partners.select_item("partner", next(iter(window.context.view().partners)))
    QApplication.processEvents()
    for button in partners.findChildren(QPushButton):
        if button.text() in ("&Ajouter…", "&Modifier…"):
            walker.where = f"contacts {button.text()!r}"
            button.click()

    assert unique(walker.found) == []
    assert any(title.startswith("Importer un plan") for title in walker.seen), walker.seen
    assert "Importer les mises à jour des partenaires" in walker.seen, walker.seen
    assert walker.seen.count("Indicateur") == 2, walker.seen
    assert any(title.startswith("Nouvelle personne-ressource") for title in walker.seen)


def test_the_welcome_page_reads_french(french: None, make_window: Callable[[], MainWindow]) -> None:
    window = make_window()
    assert window.context is None
    assert unique(english_left(window, "welcome")) == []
