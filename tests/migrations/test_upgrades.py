"""Plans made by every released version open in this one, and nothing else is touched."""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import zlib
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from lipplanner.core.db import open_plan
from lipplanner.core.db.backups import restore_backup
from lipplanner.core.db.schema import APPLICATION_ID, SCHEMA_HEAD
from lipplanner.core.errors import DataFileError
from lipplanner.core.periods import Period
from lipplanner.core.services import editing
from lipplanner.core.services.plan_view import load_plan_view

FIXTURES = sorted((Path(__file__).parent / "fixtures").glob("schema-*.lip"))


def _columns(path: Path) -> dict[str, list[str]]:
    """The columns of every table of a plan file."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = [
            r[0]
            for r in connection.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {t: [c[1] for c in connection.execute(f'PRAGMA table_info("{t}")')] for t in tables}
    finally:
        connection.close()


def _dump(
    path: Path, columns: dict[str, list[str]] | None = None
) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (only the given columns: those an older schema had),
    read without changing the file."""
    columns = columns or _columns(path)
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return {
            t: connection.execute(
                f"SELECT {', '.join(f'{chr(34)}{c}{chr(34)}' for c in names)} "
                f'FROM "{t}" ORDER BY rowid'
            ).fetchall()
            for t, names in columns.items()
        }
    finally:
        connection.close()


def _untouched(path: Path, before: bytes) -> None:
    assert path.read_bytes() == before
    assert not Path(f"{path}-wal").exists()
    assert not Path(f"{path}-shm").exists()


@pytest.fixture(params=FIXTURES, ids=lambda p: p.stem)
def old_plan(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    target = tmp_path / "Rivière-Verte.lip"
    shutil.copyfile(request.param, target)
    return target


def test_there_is_a_fixture_for_every_released_schema_but_the_newest():
    from lipplanner.core.db.schema import KNOWN_REVISIONS

    assert [p.stem for p in FIXTURES] == [f"schema-{r}" for r in KNOWN_REVISIONS[:-1]]


def test_each_released_plan_upgrades_row_for_row(old_plan: Path):
    old_columns = _columns(old_plan)
    before = _dump(old_plan)
    assert before["action"], "the fixture holds a real plan"
    db = open_plan(old_plan)
    try:
        after = _dump(old_plan, old_columns)
        for table, rows in before.items():
            if table != "alembic_version":
                assert after[table] == rows, table
        assert after["alembic_version"] == [(SCHEMA_HEAD,)]
        # The upgraded plan works: it loads, and a change is recorded in its history.
        view = load_plan_view(db, Period(2025, 2))
        assert view is not None
        editing.update(db, "action", 2, {"title_fr": "Semaine d’accueil « Bienvenue » 2025"})
        assert editing.get_values(db, "action", 2)["title_fr"].endswith("« Bienvenue » 2025")
        assert len(_dump(old_plan, old_columns | {"change_record": ["id"]})["change_record"]) == 1
    finally:
        db.close()
    with sqlite3.connect(old_plan) as connection:
        assert connection.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID


def test_the_backup_made_before_upgrading_restores_the_old_plan(old_plan: Path):
    old_columns = _columns(old_plan)
    before = _dump(old_plan)
    original_title = before["action"][0][old_columns["action"].index("title_en")]
    db = open_plan(old_plan)
    editing.update(db, "action", 1, {"title_en": "Changed after the upgrade"})
    db.close()
    (backup,) = old_plan.parent.glob(f"{old_plan.stem}.before-upgrade-*.lip")
    assert _dump(backup) == before

    restore_backup(old_plan, backup)
    db = open_plan(old_plan)  # opens (and upgrades again)
    try:
        assert editing.get_values(db, "action", 1)["title_en"] == original_title
        after = _dump(old_plan, old_columns)
        for table, rows in before.items():
            if table != "alembic_version":
                assert after[table] == rows, table
    finally:
        db.close()


def test_a_plan_from_a_newer_version_is_refused_untouched(old_plan: Path):
    with sqlite3.connect(old_plan) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    before = old_plan.read_bytes()
    with pytest.raises(DataFileError, match="saved by a newer version of LIP Planner"):
        open_plan(old_plan)
    _untouched(old_plan, before)


def test_a_migration_failing_midway_leaves_the_plan_as_it_was(
    old_plan: Path, monkeypatch: pytest.MonkeyPatch
):
    before = _dump(old_plan)
    from lipplanner.core.db import migrate

    real_upgrade = migrate.command.upgrade

    def upgrade_then_fail(*args: Any, **kwargs: Any) -> None:
        real_upgrade(*args, **kwargs)  # every step of the migration has run …
        raise RuntimeError("simulated failure")  # … and then something goes wrong

    monkeypatch.setattr(migrate.command, "upgrade", upgrade_then_fail)
    with pytest.raises(DataFileError, match=r"could not be upgraded .*left as it was"):
        open_plan(old_plan)
    assert _dump(old_plan) == before  # every step rolled back: still the old schema
    monkeypatch.undo()
    db = open_plan(old_plan)  # and it upgrades fine next time
    db.close()


def _png() -> bytes:
    raw = b"\x00\xff\x00\x00"
    chunk = lambda kind, data: (  # noqa: E731
        len(data).to_bytes(4, "big") + kind + data + zlib.crc32(kind + data).to_bytes(4, "big")
    )
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", (1).to_bytes(4, "big") * 2 + b"\x08\x02\x00\x00\x00")
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def _other_app_db(path: Path) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
        connection.execute("INSERT INTO recipes (name) VALUES ('Tourtière')")
    connection.close()


@pytest.mark.parametrize(
    ("kind", "message"),
    [
        ("text", "is not a LIP Planner plan (it is not a database file)"),
        ("png", "is not a LIP Planner plan (it is not a database file)"),
        ("empty", "is not a LIP Planner plan (it is not a database file)"),
        ("truncated", "is damaged and cannot be opened"),
        ("other app", "is a database, but not a LIP Planner plan"),
        ("folder", "is a folder, not a plan file"),
    ],
)
def test_files_that_are_not_plans_are_refused_clearly_and_untouched(
    kind: str, message: str, tmp_path: Path
):
    path = tmp_path / f"{kind}.lip"
    if kind == "text":
        path.write_text("Minutes of the council meeting\n" * 20, encoding="utf-8")
    elif kind == "png":
        path.write_bytes(_png())
    elif kind == "empty":
        path.write_bytes(b"")
    elif kind == "truncated":
        shutil.copyfile(FIXTURES[0], path)
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 3])
    elif kind == "other app":
        _other_app_db(path)
    else:
        path.mkdir()
        with pytest.raises(DataFileError, match=re.escape(message)):
            open_plan(path)
        assert list(path.iterdir()) == []
        return
    before = path.read_bytes()
    with pytest.raises(DataFileError, match=re.escape(message)):
        open_plan(path)
    _untouched(path, before)


def test_a_read_only_plan_opens_read_only_and_refuses_changes_clearly(
    old_plan: Path, monkeypatch: pytest.MonkeyPatch
):
    db = open_plan(old_plan)  # bring it to the current schema first
    original_title = editing.get_values(db, "action", 1)["title_en"]
    db.close()
    old_plan.chmod(0o444)
    if os.geteuid() == 0:  # root may write anything: make the check see what a user sees
        monkeypatch.setattr("lipplanner.core.db.os.access", lambda _p, _m: False)
    with pytest.raises(DataFileError, match="is read-only; open it read-only or copy it"):
        open_plan(old_plan)
    db = open_plan(old_plan, read_only=True)
    try:
        with pytest.raises(DataFileError, match="is read-only; the change was not saved"):
            editing.update(db, "action", 1, {"title_en": "Nope"})
        assert editing.get_values(db, "action", 1)["title_en"] == original_title
    finally:
        db.close()


def test_an_old_read_only_plan_says_it_must_be_copied_to_upgrade(
    old_plan: Path, monkeypatch: pytest.MonkeyPatch
):
    old_plan.chmod(0o444)
    before = old_plan.read_bytes()
    if os.geteuid() == 0:
        monkeypatch.setattr("lipplanner.core.db.os.access", lambda _p, _m: False)
    with pytest.raises(DataFileError, match="must be upgraded but it is read-only"):
        open_plan(old_plan)
    _untouched(old_plan, before)


def test_a_full_disk_is_reported_and_nothing_half_saved(old_plan: Path):
    db = open_plan(old_plan)
    try:
        with sqlite3.connect(old_plan) as probe:
            pages = probe.execute("PRAGMA page_count").fetchone()[0]
        probe.close()

        @event.listens_for(db.engine, "connect")
        def _cap(dbapi_connection: Any, _record: Any) -> None:
            # SQLite's own limit: the next page it needs makes it report a full disk.
            dbapi_connection.execute(f"PRAGMA max_page_count={pages}")

        db.engine.dispose()
        before = editing.get_values(db, "action", 1)
        with pytest.raises(DataFileError, match="The disk is full; the change was not saved"):
            editing.update(db, "action", 1, {"description": "Long notes. " * 1600})
        assert editing.get_values(db, "action", 1) == before
        assert len(_dump(old_plan)["change_record"]) == 0
    finally:
        db.close()
