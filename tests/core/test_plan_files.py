"""Opening plan files: new ones are created at the current schema; junk is refused
untouched; the schema the code writes equals what the migrations build."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from lipplanner.core.db import open_plan
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
