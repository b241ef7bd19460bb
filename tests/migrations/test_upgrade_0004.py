"""A plan file written at schema 0003 opens at 0004: every row as it was, and a place
for the priorities' narratives that the report reads."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from lipplanner.core import models as m
from lipplanner.core.db import open_plan
from lipplanner.core.db.schema import SCHEMA_HEAD, read_schema
from lipplanner.core.periods import Period
from lipplanner.core.services.plan_view import load_plan_view

FIXTURE = Path(__file__).parent / "fixtures" / "schema-0003.lip"


def _rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    with sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True) as connection:
        names = [
            r[0]
            for r in connection.execute(
                "SELECT name FROM sqlite_master WHERE type='table' "
                "AND name NOT IN ('alembic_version', 'sqlite_sequence') ORDER BY name"
            )
        ]
        return {
            n: connection.execute(f'SELECT * FROM "{n}" ORDER BY rowid').fetchall() for n in names
        }


def test_a_0003_file_upgrades_to_0004(tmp_path: Path) -> None:
    path = tmp_path / "riverside-0003.lip"
    shutil.copyfile(FIXTURE, path)
    assert read_schema(path).revision == "0003"
    before = _rows(path)
    db = open_plan(path)
    try:
        assert read_schema(path).revision == SCHEMA_HEAD == "0004"
        after = _rows(path)
        assert after.pop("priority_narrative") == []
        assert after == before
        # The upgraded file keeps a narrative, and the report's view reads it.
        with db.transaction() as session:
            priority = session.query(m.Priority).filter_by(code="P1").one()
            session.add(
                m.PriorityNarrative(
                    priority_id=priority.id,
                    fiscal_year=2026,
                    quarter=2,
                    text="Bon trimestre.",
                    lang="fr",
                )
            )
        view = load_plan_view(db, Period(2026, 2))
        (narrative,) = view.narratives.values()
        assert (narrative.text, narrative.lang) == ("Bon trimestre.", "fr")
        assert load_plan_view(db, Period(2026, 1)).narratives == {}
        assert len(load_plan_view(db, Period(2026)).narratives) == 1  # a year: its last quarter
    finally:
        db.close()
