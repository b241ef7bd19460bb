"""A plan on a PostgreSQL server: connecting, clear refusals, migrations, copying."""

from __future__ import annotations

import socket
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url

from lipplanner.core.db import open_plan
from lipplanner.core.db.copying import copy_plan, copy_to_file, copy_to_server
from lipplanner.core.db.migrate import upgrade
from lipplanner.core.db.schema import SCHEMA_HEAD
from lipplanner.core.db.server import PasswordNeeded, open_server, parse_url, server_url
from lipplanner.core.errors import DataFileError
from lipplanner.core.models import Base
from lipplanner.core.periods import Period
from tests.migrations.make_fixtures import ROWS_0001
from tests.safety.helpers import table_rows

ALL_TABLES = [t.name for t in Base.metadata.sorted_tables]


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.parametrize(
    ("host", "port", "database", "user", "message"),
    [
        ("", 5432, "lip", "ada", "Server: enter the name"),
        ("db.example.ca", 5432, " ", "ada", "Database: enter the name"),
        ("db.example.ca", 5432, "lip", "", "User: enter your user name"),
        ("db.example.ca", 70000, "lip", "ada", "Port: 70000 is not a port number"),
    ],
)
def test_connection_form_mistakes_are_named(host, port, database, user, message):  # type: ignore[no-untyped-def]
    with pytest.raises(DataFileError, match=message):
        server_url(host, port, database, user)


def test_an_address_never_carries_a_password_unless_given():
    url = server_url("db.example.ca", 5433, "riverside", "ada")
    assert url.password is None
    assert url.render_as_string() == "postgresql+psycopg://ada@db.example.ca:5433/riverside"


def test_only_postgresql_servers_are_accepted():
    with pytest.raises(DataFileError, match="PostgreSQL only, not “mysql"):
        parse_url("mysql://ada@db/lip")
    with pytest.raises(DataFileError, match="is not a database address"):
        parse_url("::not a url::")


def test_a_server_that_is_down_gets_a_clear_message():
    url = f"postgresql+psycopg://ada@127.0.0.1:{_closed_port()}/lip"
    with pytest.raises(DataFileError, match="is not answering; check the address"):
        open_server(url, password="secret")


@pytest.mark.postgres
def test_a_wrong_or_missing_password_is_refused_clearly(pg_url: str):
    url = make_url(pg_url)
    bare = url._replace(password=None).render_as_string(hide_password=False)
    with pytest.raises(PasswordNeeded, match="refused the user name or password"):
        open_server(bare, password="wrong", create=True)
    with pytest.raises(PasswordNeeded, match="asks for the password"):
        open_server(bare, create=True)
    db = open_server(bare, password=url.password, create=True)  # the right one works
    db.close()


@pytest.mark.postgres
def test_an_empty_database_is_not_opened_without_create(pg_url: str):
    with pytest.raises(DataFileError, match="holds no plan yet"):
        open_server(pg_url)


@pytest.mark.postgres
def test_migrations_upgrade_a_server_plan_from_0001(pg_url: str):
    engine = create_engine(make_url(pg_url))
    upgrade(engine, "0001")
    with engine.begin() as connection:
        for table, records in ROWS_0001:
            for record in records:
                columns = ", ".join(f'"{c}"' for c in record)
                values = ", ".join(f":{c}" for c in record)
                record = {k: (bool(v) if k == "is_primary" else v) for k, v in record.items()}
                connection.execute(
                    text(f'INSERT INTO "{table}" ({columns}) VALUES ({values})'), record
                )
    engine.dispose()
    db = open_server(pg_url)  # upgrades to the current schema
    try:
        with db.engine.connect() as connection:
            assert set(ALL_TABLES) <= set(inspect(connection).get_table_names())
            assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
                SCHEMA_HEAD
            )
            assert connection.execute(
                text("SELECT title_fr FROM action WHERE id = 2")
            ).scalar() == ("Semaine d’accueil « Bienvenue »")
    finally:
        db.close()


@pytest.mark.postgres
def test_a_plan_goes_to_the_server_and_back_unchanged(
    riverside_file: Path, pg_url: str, tmp_path: Path
):
    source = open_plan(riverside_file)
    copy_to_server(source, pg_url)
    server = open_server(pg_url)
    back = copy_to_file(server, tmp_path / "back.lip")
    returned = open_plan(back)
    try:
        for table in ALL_TABLES:
            assert table_rows(server, table) == table_rows(source, table), table
            assert table_rows(returned, table) == table_rows(source, table), table
        # Reports read the same plan from either place.
        from lipplanner.cli import summarise

        assert summarise(server, Period(2025, 2)) == summarise(source, Period(2025, 2))
        # New rows on the server get fresh ids (the sequences were moved on).
        from lipplanner.core.services import editing

        new_id = editing.create(server, "partner", {"name_en": "Nouveau partenaire"})
        assert new_id > max(r[0] for r in table_rows(source, "partner"))
        # A server that already holds a plan is not overwritten by accident.
        with pytest.raises(DataFileError, match="already holds a plan"):
            copy_to_server(source, pg_url)
    finally:
        source.close()
        server.close()
        returned.close()
    with sqlite3.connect(back) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_copying_into_a_file_that_holds_a_plan_is_refused(riverside_file: Path, tmp_path: Path):
    source = open_plan(riverside_file)
    target = open_plan(tmp_path / "other.lip", create=True)
    try:
        copy_plan(source, target)
        before = table_rows(target, "action")
        with pytest.raises(DataFileError, match="already holds a plan"):
            copy_plan(source, target)
        assert table_rows(target, "action") == before
        with pytest.raises(DataFileError, match="already exists"):
            copy_to_file(source, riverside_file)
    finally:
        source.close()
        target.close()


@pytest.mark.postgres
def test_a_server_plan_opened_read_only_refuses_changes_clearly(riverside_file: Path, pg_url: str):
    from lipplanner.core.services import editing
    from tests.safety.conftest import riverside_on_server

    riverside_on_server(riverside_file, pg_url).close()
    db = open_server(pg_url, read_only=True)
    try:
        before = editing.get_values(db, "action", 1)
        with pytest.raises(DataFileError, match="is open read-only; the change was not saved"):
            editing.update(db, "action", 1, {"title_en": "Nope"})
        assert editing.get_values(db, "action", 1) == before
    finally:
        db.close()
