"""A plan file written at schema 0002 opens at 0003 with every row as it was."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from lipplanner.core.db import open_plan
from lipplanner.core.db.schema import SCHEMA_HEAD, read_schema
from lipplanner.core.services.plan_view import load_plan_view
from lipplanner.core.services.rollover import apply_rollover, preview_rollover

FIXTURE = Path(__file__).parent / "fixtures" / "schema-0002.lip"
NEW_COLUMNS = {"plan": {"current_year"}, "action": {"closed_year", "carried_from_year"}}


def _tables(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, on the columns that existed at 0002."""
    with sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True) as connection:
        names = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type='table' "
                "AND name NOT IN ('alembic_version', 'sqlite_sequence') ORDER BY name"
            )
        ]
        tables = {}
        for name in names:
            columns = [
                row[1]
                for row in connection.execute(f'PRAGMA table_info("{name}")')
                if row[1] not in NEW_COLUMNS.get(name, set())
            ]
            listed = ", ".join(f'"{c}"' for c in columns)
            tables[name] = connection.execute(
                f'SELECT {listed} FROM "{name}" ORDER BY rowid'
            ).fetchall()
    return tables


def test_a_0002_file_upgrades_to_0003_keeping_every_row(tmp_path: Path) -> None:
    path = tmp_path / "riverside-0002.lip"
    shutil.copyfile(FIXTURE, path)
    assert read_schema(path).revision == "0002"
    before = _tables(path)
    assert len(before["action"]) == 23 and len(before["progress_update"]) > 100

    db = open_plan(path)
    try:
        assert read_schema(path).revision == SCHEMA_HEAD
        after = _tables(path)
        after.pop("priority_narrative")  # 0004's table, empty
        assert after == before
        with sqlite3.connect(path) as connection:
            assert connection.execute(
                "SELECT count(*) FROM action WHERE closed_year IS NOT NULL "
                "OR carried_from_year IS NOT NULL"
            ).fetchone() == (0,)
            assert connection.execute("SELECT current_year FROM plan").fetchone() == (None,)
        # The upgraded file works: a roll-over and the views see the new columns.
        apply_rollover(db, preview_rollover(db, 2026))
        view = load_plan_view(db)
        assert view.plan.current_year == 2027
        assert sum(a.closed_year == 2026 for a in view.actions.values()) == 6
    finally:
        db.close()
    # A backup at the old schema was left beside it.
    backups = list(tmp_path.glob("riverside-0002.before-upgrade-0002-*.lip"))
    assert len(backups) == 1 and read_schema(backups[0]).revision == "0002"
