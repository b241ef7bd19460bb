"""Fixtures for the data-safety tests: the same plan on SQLite and on PostgreSQL.

PostgreSQL tests run when LIPPLANNER_TEST_PG_URL names a server where that role may
create databases (scripts/ci/postgres.sh start prints one); otherwise they skip.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

from lipplanner.core.db import PlanDatabase, open_plan

PG_URL = os.environ.get("LIPPLANNER_TEST_PG_URL", "")


def _admin_engine() -> Engine:
    return create_engine(make_url(PG_URL), isolation_level="AUTOCOMMIT")


@pytest.fixture
def pg_url() -> Iterator[str]:
    """The address (with password) of a new, empty database, dropped afterwards."""
    if not PG_URL:
        pytest.skip("LIPPLANNER_TEST_PG_URL is not set (scripts/ci/postgres.sh start)")
    name = f"lip_{uuid.uuid4().hex[:12]}"
    admin = _admin_engine()
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(PG_URL).set(database=name)
    yield url.render_as_string(hide_password=False)
    with admin.connect() as connection:
        connection.execute(
            text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = :n AND pid <> pg_backend_pid()"
            ),
            {"n": name},
        )
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def riverside_on_server(riverside_file: Path, url: str) -> PlanDatabase:
    from lipplanner.core.db.copying import copy_plan
    from lipplanner.core.db.server import open_server

    source = open_plan(riverside_file, read_only=True)
    target = open_server(url, create=True)
    try:
        copy_plan(source, target, replace=True)
    finally:
        source.close()
    return target


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def plan_db(request: pytest.FixtureRequest, riverside_file: Path) -> Iterator[PlanDatabase]:
    """The Riverside demo plan, in a file or (second run) in a PostgreSQL database."""
    if request.param == "sqlite":
        db = open_plan(riverside_file)
    else:
        url = request.getfixturevalue("pg_url")
        db = riverside_on_server(riverside_file, url)
    yield db
    db.close()


@pytest.fixture
def second_db(plan_db: PlanDatabase, riverside_file: Path) -> Iterator[PlanDatabase]:
    """Another copy of the app connected to the same plan (file or server)."""
    if plan_db.is_sqlite:
        other = open_plan(riverside_file)
    else:
        from lipplanner.core.db.server import open_server

        other = open_server(plan_db.engine.url.render_as_string(hide_password=False))
    yield other
    other.close()
