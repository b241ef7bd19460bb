"""Another copy's saves are noticed, on a plan file and on a server alike; one's own
saves, and a transaction that changed nothing, are not."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from lipplanner.core.db import PlanDatabase
from lipplanner.core.db.outside import OutsideWrites
from lipplanner.core.services import editing


def _seen_soon(watch: OutsideWrites) -> bool:
    """A notification crosses the network: allow it a moment, as the GUI's timer does."""
    deadline = time.monotonic() + 2
    while time.monotonic() < deadline:
        if watch.seen():
            return True
        time.sleep(0.05)
    return False


def test_the_watch_tells_another_copys_save_and_not_ones_own(
    plan_db: PlanDatabase, second_db: PlanDatabase
) -> None:
    watch = OutsideWrites(plan_db)
    editing.update(plan_db, "action", 1, {"title_en": "My own save"})
    assert _seen_soon(watch) is False

    editing.update(second_db, "action", 1, {"title_en": "Their save"})
    assert _seen_soon(watch) is True
    assert watch.seen() is False  # told once

    with second_db.transaction():
        pass  # a unit of work that wrote nothing
    assert _seen_soon(watch) is False


def test_a_closed_plan_stops_its_watch(plan_db: PlanDatabase, second_db: PlanDatabase) -> None:
    watch = OutsideWrites(plan_db)
    plan_db.close()
    editing.update(second_db, "action", 1, {"title_en": "Their save"})
    assert watch.seen() is False


@pytest.mark.postgres
def test_a_lost_server_connection_is_taken_as_a_change_once_back(pg_url: str) -> None:
    from lipplanner.core.db.server import open_server

    db = open_server(pg_url, create=True)
    try:
        watch = OutsideWrites(db)
        with db.connection() as connection:  # the server drops the watch's connection
            connection.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE query LIKE 'LISTEN%' AND pid <> pg_backend_pid()"
                )
            )
        # Once it listens again, what happened meanwhile cannot be told: a refresh, once.
        assert _seen_soon(watch) is True
        assert _seen_soon(watch) is False
    finally:
        db.close()


@pytest.mark.postgres
def test_a_colleagues_save_to_a_server_plan_shows_in_the_plan_tree(
    riverside_file: Path, pg_url: str, qtbot: QtBot
) -> None:
    from lipplanner.core.db.server import open_server
    from lipplanner.ui.application import make_application
    from lipplanner.ui.main_window import MainWindow
    from lipplanner.ui.models.plan_tree import plan_columns
    from lipplanner.ui.views.plan_page import PlanPage
    from tests.safety.conftest import riverside_on_server

    riverside_on_server(riverside_file, pg_url).close()
    make_application()
    window = MainWindow()
    qtbot.addWidget(window, before_close_func=lambda w: w.close_plan())
    window.show()
    assert window.open_plan(pg_url)
    assert window.context is not None
    window.show_view("plan")
    page = window.current_view("plan")
    assert isinstance(page, PlanPage)
    edited = sorted(window.context.view().actions)[0]
    title = [c.key for c in plan_columns()].index("title")

    def shown_title() -> str:
        index = page.model.index_of("action", edited).siblingAtColumn(title)
        return str(page.model.data(index, Qt.ItemDataRole.DisplayRole))

    colleague = open_server(pg_url)  # another coordinator's copy of the app
    try:
        editing.update(colleague, "action", edited, {"title_en": "Renamed by a colleague"})
    finally:
        colleague.close()
    qtbot.waitUntil(lambda: shown_title() == "Renamed by a colleague", timeout=5000)
