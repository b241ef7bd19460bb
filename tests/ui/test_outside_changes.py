"""The same plan open twice (another window, another copy of the app, a command-line
import): what one writes shows in the other's views, the Plan tree included, without a
restart, keeping the selection and the rows the user expanded or collapsed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from lipplanner.core.db import open_plan
from lipplanner.core.services import editing
from lipplanner.ui.main_window import MainWindow
from lipplanner.ui.models.plan_tree import plan_columns
from lipplanner.ui.views.plan_page import PlanPage
from lipplanner.ui.views.tables import ActionsPage

TITLE = [c.key for c in plan_columns()].index("title")


def _plan_page(window: MainWindow) -> PlanPage:
    window.show_view("plan")
    page = window.current_view("plan")
    assert isinstance(page, PlanPage)
    return page


def _tree_title(page: PlanPage, kind: str, item_id: int) -> str:
    index = page.model.index_of(kind, item_id).siblingAtColumn(TITLE)
    return str(page.model.data(index, Qt.ItemDataRole.DisplayRole))


def test_an_edit_saved_by_another_copy_shows_in_the_plan_tree_keeping_the_place(
    window: MainWindow, riverside_file: Path, qtbot: QtBot, errors: list[str]
) -> None:
    assert window.context is not None
    view = window.context.view()
    page = _plan_page(window)
    first, second = sorted(view.priorities)[:2]
    chosen = sorted(view.actions)[1]
    edited = next(a for a in sorted(view.actions) if a != chosen)
    assert page.select_item("action", chosen)
    page.tree.collapse(page.model.index_of("priority", second))
    assert page.tree.isExpanded(page.model.index_of("priority", first))

    other = open_plan(riverside_file)  # the second window's own connection
    try:
        editing.update(other, "action", edited, {"title_en": "Renamed in the other window"})
    finally:
        other.close()

    qtbot.waitUntil(
        lambda: _tree_title(page, "action", edited) == "Renamed in the other window",
        timeout=5000,
    )
    assert page.current_item() == ("action", chosen)
    assert page.tree.isExpanded(page.model.index_of("priority", first))
    assert not page.tree.isExpanded(page.model.index_of("priority", second))
    assert "elsewhere" in window.statusBar().currentMessage()
    assert errors == []


def test_a_save_by_another_process_shows_in_the_actions_table(
    window: MainWindow, riverside_file: Path, qtbot: QtBot, errors: list[str]
) -> None:
    assert window.context is not None
    action = sorted(window.context.view().actions)[0]
    window.show_view("actions")
    page = window.current_view("actions")
    assert isinstance(page, ActionsPage)
    script = (
        "import sys; from lipplanner.core.db import open_plan; "
        "from lipplanner.core.services import editing; "
        "db = open_plan(sys.argv[1]); "
        "editing.update(db, 'action', int(sys.argv[2]), {'title_en': 'Saved by a colleague'}); "
        "db.close()"
    )
    subprocess.run(
        [sys.executable, "-c", script, str(riverside_file), str(action)], check=True, timeout=60
    )

    def shown() -> bool:
        model = page.view_widget.model()
        return any(
            model.data(model.index(row, column)) == "Saved by a colleague"
            for row in range(model.rowCount())
            for column in range(model.columnCount())
        )

    qtbot.waitUntil(shown, timeout=5000)
    assert errors == []


def test_this_windows_own_saves_do_not_count_as_changes_from_elsewhere(
    window: MainWindow, qtbot: QtBot
) -> None:
    assert window.context is not None
    action = sorted(window.context.view().actions)[0]
    page = _plan_page(window)
    assert page.select_item("action", action)
    form = page.shown_form()
    assert form is not None
    title = form._fields["title_en"]
    title.selectAll()
    qtbot.keyClicks(title, "Renamed here")
    assert form.apply()
    assert _tree_title(page, "action", action) == "Renamed here"
    # Every view was patched by the command: no second, full refresh follows.
    assert window.context.check_outside_writes() is False
