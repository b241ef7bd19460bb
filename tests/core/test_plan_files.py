"""Opening plan files: new ones are created at the current schema; junk is refused
untouched; the schema the code writes equals what the migrations build."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from lipplanner.core.db import PlanDatabase, open_plan
from lipplanner.core.db.schema import APPLICATION_ID, SCHEMA_HEAD
from lipplanner.core.errors import DataFileError


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_new_file_is_a_plan_at_the_current_schema(tmp_path: Path) -> None:
    path = tmp_path / "new.lip"
    open_plan(path, create=True).close()
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
        SCHEMA_HEAD
    )
    assert connection.execute("SELECT count(*) FROM status").fetchone()[0] == 7
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    connection.close()


def test_schema_head_matches_the_migrations_and_the_models(tmp_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlalchemy import create_engine

    from lipplanner.core.db.migrate import head_revision, upgrade
    from lipplanner.core.models import Base

    assert head_revision() == SCHEMA_HEAD
    engine = create_engine(f"sqlite:///{tmp_path / 'migrated.db'}")
    upgrade(engine)
    with engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []
    engine.dispose()


def test_opening_a_missing_file_without_create_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match="There is no plan file"):
        open_plan(tmp_path / "missing.lip")
    assert not (tmp_path / "missing.lip").exists()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"Dear partners,\nplease find attached...\n" * 10, "not a database file"),
        (b"", "not a database file"),
        (b"\x89PNG\r\n\x1a\n" + b"\0" * 200, "not a database file"),
    ],
)
def test_junk_is_refused_and_left_untouched(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "junk.lip"
    path.write_bytes(content)
    with pytest.raises(DataFileError, match=message):
        open_plan(path)
    assert path.read_bytes() == content


def test_another_programs_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "contacts.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE people (name TEXT)")
    connection.commit()
    connection.close()
    before = _digest(path)
    with pytest.raises(DataFileError, match="not a LIP Planner plan"):
        open_plan(path)
    assert _digest(path) == before


def test_a_plan_from_a_newer_version_is_refused_untouched(riverside_file: Path) -> None:
    connection = sqlite3.connect(riverside_file)
    connection.execute("PRAGMA journal_mode=DELETE")
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    before = _digest(riverside_file)
    with pytest.raises(DataFileError, match="newer version of LIP Planner"):
        open_plan(riverside_file)
    assert _digest(riverside_file) == before


def test_a_truncated_plan_is_refused(riverside_file: Path) -> None:
    data = riverside_file.read_bytes()
    riverside_file.write_bytes(data[: len(data) // 3])
    with pytest.raises(DataFileError, match=r"damaged|not a LIP Planner plan"):
        db = open_plan(riverside_file)
        db.close()


def _saved_title(copy: Path, action_id: int) -> str:
    connection = sqlite3.connect(f"{copy.as_uri()}?immutable=1", uri=True)
    try:
        return str(
            connection.execute("SELECT title_en FROM action WHERE id = ?", (action_id,)).fetchone()[
                0
            ]
        )
    finally:
        connection.close()


def _first_action(db: PlanDatabase) -> int:
    with db.connection() as connection:
        return int(connection.exec_driver_sql("SELECT min(id) FROM action").scalar_one())


def test_a_settled_plan_file_alone_holds_every_saved_change(riverside_file: Path) -> None:
    """A coordinator copies, e-mails or syncs the .lip while the app is open: once the
    app has settled the plan (a moment after the last change), the copy has what was
    saved instead of lacking it because it still sat in the -wal beside the file."""
    from lipplanner.core.services import editing

    db = open_plan(riverside_file)
    try:
        action_id = _first_action(db)
        editing.update(db, "action", action_id, {"title_en": "Saved before the copy"})
        db.settle()
        copy = riverside_file.with_name("e-mailed.lip")
        copy.write_bytes(riverside_file.read_bytes())  # the .lip alone, as a file manager does
    finally:
        db.close()
    assert _saved_title(copy, action_id) == "Saved before the copy"


def test_closing_while_another_copy_has_the_plan_open_leaves_the_change_in_the_file(
    riverside_file: Path,
) -> None:
    """`lipplanner import --into` or `rollover --apply` while the app has the plan open:
    the last connection is not theirs, so closing alone would not copy the log back."""
    from lipplanner.core.services import editing

    app = open_plan(riverside_file)
    try:
        command = open_plan(riverside_file)
        action_id = _first_action(command)
        editing.update(command, "action", action_id, {"title_en": "Saved by a command"})
        command.close()
        copy = riverside_file.with_name("synced.lip")
        copy.write_bytes(riverside_file.read_bytes())
    finally:
        app.close()
    assert _saved_title(copy, action_id) == "Saved by a command"
