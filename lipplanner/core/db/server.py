"""A plan kept in a shared server database (PostgreSQL) instead of a file."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from lipplanner.core.db.schema import INFO_TABLE, KNOWN_REVISIONS, SCHEMA_HEAD
from lipplanner.core.errors import DataFileError

if TYPE_CHECKING:  # a real import would be circular
    from lipplanner.core.db import PlanDatabase


def open_server(url: str, *, create: bool, read_only: bool) -> PlanDatabase:
    from lipplanner.core.db import PlanDatabase, _initialise

    try:
        parsed = make_url(url)
    except ArgumentError:
        raise DataFileError(f"“{url}” is not a database address.") from None
    if not parsed.drivername.startswith("postgresql"):
        raise DataFileError(
            f"LIP Planner can share a plan on PostgreSQL only, not “{parsed.drivername}”."
        )
    try:
        engine = create_engine(parsed, pool_pre_ping=True)
        with engine.connect() as connection:
            tables = set(inspect(connection).get_table_names())
            revision = None
            if "alembic_version" in tables:
                revision = connection.execute(
                    text("SELECT version_num FROM alembic_version")
                ).scalar()
    except DBAPIError as error:
        raise DataFileError(
            f"The database server could not be reached or refused the connection: "
            f"{str(error.orig).strip().splitlines()[0] if error.orig else error}."
        ) from None
    except ModuleNotFoundError:
        raise DataFileError(
            "The PostgreSQL driver is not installed (pip install 'psycopg[binary]')."
        ) from None
    db = PlanDatabase(engine, path=None, read_only=read_only)
    if not tables:
        if not create:
            engine.dispose()
            raise DataFileError(f"The database “{parsed.database}” holds no plan yet.")
        _initialise(db)
        return db
    if INFO_TABLE not in tables or revision is None:
        engine.dispose()
        raise DataFileError(f"The database “{parsed.database}” is not a LIP Planner plan.")
    if revision not in KNOWN_REVISIONS:
        engine.dispose()
        raise DataFileError(
            f"The database “{parsed.database}” was written by a newer LIP Planner "
            f"(schema {revision}); install the latest version."
        )
    if revision != SCHEMA_HEAD:
        from lipplanner.core.db.migrate import upgrade

        upgrade(engine)
    return db
