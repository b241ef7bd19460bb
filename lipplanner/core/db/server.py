"""A plan kept in a shared server database (PostgreSQL) instead of a file.

The address never holds a password on disk: it is given by the person connecting
(`password=`) or read from the OS keyring (see `credentials`). Every failure to reach
or use the server becomes one sentence saying what to check.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Engine, create_engine, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, SQLAlchemyError

from lipplanner.core.db import credentials
from lipplanner.core.db.schema import INFO_TABLE, KNOWN_REVISIONS, SCHEMA_HEAD
from lipplanner.core.errors import DataFileError

if TYPE_CHECKING:  # a real import would be circular
    from lipplanner.core.db import PlanDatabase

CONNECT_TIMEOUT_S = 8
DEFAULT_PORT = 5432


class PasswordNeeded(DataFileError):
    """The server wants a password we do not have (or refused the one given)."""


def server_url(host: str, port: int | None, database: str, user: str) -> URL:
    """The address of a plan on a PostgreSQL server (without any password)."""
    host = host.strip()
    database = database.strip()
    user = user.strip()
    if not host:
        raise DataFileError("Server: enter the name or address of the database server.")
    if not database:
        raise DataFileError("Database: enter the name of the database that holds the plan.")
    if not user:
        raise DataFileError("User: enter your user name on the database server.")
    if port is not None and not 1 <= port <= 65535:
        raise DataFileError(f"Port: {port} is not a port number (1 to 65535).")
    return URL.create(
        "postgresql+psycopg",
        username=user,
        host=host,
        port=port or None,
        database=database,
    )


def parse_url(url: str | URL) -> URL:
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise DataFileError(f"“{url}” is not a database address.") from None
    if not parsed.drivername.startswith("postgresql"):
        raise DataFileError(
            f"LIP Planner can share a plan on PostgreSQL only, not “{parsed.drivername}”."
        )
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def display_url(url: URL) -> str:
    """The address as shown to people: never with a password."""
    return url.render_as_string(hide_password=True)


def _reason(error: DBAPIError, url: URL) -> DataFileError:
    detail = str(error.orig).strip() if error.orig else str(error)
    lowered = detail.lower()
    where = f"{url.host or 'localhost'}:{url.port or DEFAULT_PORT}"
    if "password authentication failed" in lowered or "authentication failed" in lowered:
        return PasswordNeeded(
            f"The server {where} refused the user name or password for “{url.username}”."
        )
    if "no password supplied" in lowered or "password is required" in lowered:
        return PasswordNeeded(f"The server {where} asks for the password of “{url.username}”.")
    if "does not exist" in lowered and "database" in lowered:
        return DataFileError(
            f"There is no database “{url.database}” on the server {where}; ask the server's "
            "administrator to create it."
        )
    if "role" in lowered and "does not exist" in lowered:
        return DataFileError(f"The server {where} has no user “{url.username}”.")
    if (
        "connection refused" in lowered
        or "could not connect" in lowered
        or "timeout" in lowered
        or "timed out" in lowered
        or "name or service not known" in lowered
        or "could not translate host name" in lowered
        or "no route to host" in lowered
    ):
        return DataFileError(
            f"The database server {where} is not answering; check the address and that "
            "the server is running, or work on a plan file meanwhile."
        )
    if "permission denied" in lowered:
        return DataFileError(
            f"“{url.username}” may not use the database “{url.database}” on {where}."
        )
    first = detail.splitlines()[0] if detail else type(error).__name__
    return DataFileError(f"The database server {where} refused the connection: {first}.")


def server_engine(url: URL, *, read_only: bool = False) -> Engine:
    connect_args: dict[str, object] = {"connect_timeout": CONNECT_TIMEOUT_S}
    if read_only:
        # The server itself refuses writes, as SQLite's mode=ro does for a file.
        connect_args["options"] = "-c default_transaction_read_only=on"
    return create_engine(url, pool_pre_ping=True, connect_args=connect_args)


def open_server(
    url: str | URL,
    *,
    create: bool = False,
    read_only: bool = False,
    password: str | None = None,
) -> PlanDatabase:
    """Open (or, with `create`, start) a plan in a PostgreSQL database."""
    from lipplanner.core.db import PlanDatabase, _initialise

    parsed = parse_url(url)
    if password is not None:
        parsed = parsed.set(password=password)
    elif parsed.password is None:
        stored = credentials.stored_password(parsed)
        if stored:
            parsed = parsed.set(password=stored)
    try:
        engine = server_engine(parsed, read_only=read_only)
    except ModuleNotFoundError:
        raise DataFileError(
            "The PostgreSQL driver is not installed (pip install 'psycopg[binary]')."
        ) from None
    try:
        with engine.connect() as connection:
            tables = set(inspect(connection).get_table_names())
            revision = None
            if "alembic_version" in tables:
                revision = connection.execute(
                    text("SELECT version_num FROM alembic_version")
                ).scalar()
    except DBAPIError as error:
        engine.dispose()
        raise _reason(error, parsed) from None
    db = PlanDatabase(engine, path=None, read_only=read_only)
    name = parsed.database
    if not tables:
        if not create:
            engine.dispose()
            raise DataFileError(f"The database “{name}” holds no plan yet.")
        if read_only:
            engine.dispose()
            raise DataFileError("A new plan cannot be created read-only.")
        try:
            _initialise(db)
        except DBAPIError as error:
            engine.dispose()
            raise _reason(error, parsed) from None
        return db
    if INFO_TABLE not in tables or revision is None:
        engine.dispose()
        raise DataFileError(f"The database “{name}” is not a LIP Planner plan.")
    if revision not in KNOWN_REVISIONS:
        engine.dispose()
        raise DataFileError(
            f"The database “{name}” was written by a newer LIP Planner "
            f"(schema {revision}); install the latest version."
        )
    if revision != SCHEMA_HEAD:
        if read_only:
            engine.dispose()
            raise DataFileError(
                f"The database “{name}” must be upgraded first; connect once normally."
            )
        from lipplanner.core.db.migrate import upgrade

        try:
            upgrade(engine)
        except SQLAlchemyError as error:
            engine.dispose()
            raise DataFileError(
                f"The database “{name}” could not be upgraded ({error}); it was left as it was."
            ) from None
    return db
