"""Opening plan databases: a SQLite file (the usual case) or a server URL.

A fresh file is created at the current schema; an older one is backed up beside
itself and migrated; anything else is refused, untouched, with a clear message.
"""

from __future__ import annotations

import getpass
import os
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.exc import DatabaseError as SQLAlchemyDatabaseError
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from lipplanner.core.db.schema import (
    APPLICATION_ID,
    SCHEMA_HEAD,
    opening_error,
    read_only_uri,
    read_schema,
)
from lipplanner.core.errors import ConflictError, DataFileError
from lipplanner.core.messages import say

PLAN_SUFFIX = ".lip"
# How long a write waits for another copy's write to finish. Imports prepare
# everything first and commit in one short transaction, so even a large one holds the
# lock for seconds; this leaves room for a slow disk. Reads never wait in WAL mode.
WRITE_WAIT_S = 120
# On a server, a write tells those who LISTEN (core/db/outside.py): delivered at commit,
# dropped with a rollback, and sent only by a transaction that changed something.
WATCH_CHANNEL = "lipplanner_plan"
_TELL_WATCHERS = text(
    f"SELECT pg_notify('{WATCH_CHANNEL}', :writer) WHERE txid_current_if_assigned() IS NOT NULL"
)
# Connections that write begin with BEGIN IMMEDIATE (see PlanDatabase.transaction).
_WRITE = "lipplanner_write"


class PlanDatabase:
    """An open plan: an engine, a session factory and where it lives."""

    def __init__(self, engine: Engine, *, path: Path | None, read_only: bool = False) -> None:
        self.engine = engine
        self.path = path
        self.read_only = read_only
        self._closed = False
        # Who the history names; the preferences may set another name.
        self.user = os.environ.get("LIPPLANNER_USER") or _os_user()
        # Reads run in plain deferred transactions: in WAL mode they see the last
        # commit and never wait for a writer. Writes take the lock up front.
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(
            engine.execution_options(**{_WRITE: True}), expire_on_commit=False
        )
        # The "open elsewhere" lock file, when this copy of the app holds one.
        self.lock: Any = None
        # Who wrote, as told to the other copies watching a plan on a server.
        self.writer = uuid.uuid4().hex
        # Run at `close`: what was opened beside the engine (a server watch's connection).
        self.on_close: list[Callable[[], None]] = []

    @property
    def name(self) -> str:
        """What to show in a title bar: the file name, or the server database."""
        if self.path is not None:
            return self.path.name
        url = self.engine.url
        return f"{url.database} on {url.host or 'localhost'}"

    @property
    def closed(self) -> bool:
        return self._closed

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: commit on success, roll back everything on any error."""
        # Imported on the first write: read-only commands never load the ORM classes.
        from lipplanner.core.db import audit

        session = self._write_sessions()
        audit.begin(session, self.user)
        try:
            with session.begin():
                yield session
                if not self.is_sqlite:
                    # Tell the other copies watching this plan, at commit, when it wrote.
                    session.execute(_TELL_WATCHERS, {"writer": self.writer})
        except OperationalError as error:
            raise _operational_error(error, self) from None
        except IntegrityError as error:
            # What the services check came through, so the file's own rules (or a trigger
            # someone added to it) refused the change.
            raise DataFileError(
                say(
                    "“{name}” refused the change ({value}); nothing was saved. Run `lipplanner "
                    "check` on it.",
                    name=self.name,
                    value=_first_line(error),
                )
            ) from None
        except DBAPIError as error:
            if "read-only transaction" in str(error.orig):  # a server opened read-only
                raise DataFileError(
                    say("“{name}” is open read-only; the change was not saved.", name=self.name)
                ) from None
            raise
        except StaleDataError:
            # The ORM's version check found a row changed by someone else meanwhile.
            raise ConflictError(
                say("Someone else changed this item since you opened it; nothing was saved."),
                theirs={},
            ) from None
        finally:
            session.close()

    def settle(self) -> None:
        """Copy what was committed from the write-ahead log into the plan file itself.

        A coordinator copies, e-mails or syncs the `.lip` while the app is open; SQLite
        would otherwise keep recent changes in the `-wal` beside it until the log grows to
        1,000 pages or the last connection closes, and the copy would lack them. The GUI
        calls this a moment after the last change (each save would pay a second fsync).
        PASSIVE waits for nobody: with another copy reading or writing it may stop short,
        and what it did not copy stays safe in the log, so a failure here is not an error.
        """
        if not self.is_sqlite or self.read_only or self._closed:
            return
        try:
            raw = self.engine.raw_connection()
        except (DBAPIError, sqlite3.Error):
            # The file cannot be opened now (a folder made read-only, a USB key pulled
            # out): there is nothing this connection could copy back.
            return
        try:
            cursor = raw.cursor()
            cursor.execute("PRAGMA wal_checkpoint(PASSIVE)")
            cursor.fetchall()
            cursor.close()
        except sqlite3.Error:
            pass
        finally:
            raw.close()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for queries only."""
        session = self._sessions()
        try:
            yield session
        except (OperationalError, SQLAlchemyDatabaseError) as error:
            raise _operational_error(error, self, writing=False) from None
        finally:
            session.rollback()
            session.close()

    @contextmanager
    def connection(self) -> Iterator[Connection]:
        """A plain connection for raw queries (reads), with the same sentences on failure."""
        try:
            with self.engine.connect() as connection:
                yield connection
        except (OperationalError, SQLAlchemyDatabaseError) as error:
            raise _operational_error(error, self, writing=False) from None

    def close(self) -> None:
        # With another copy of the app still open, closing does not checkpoint: settle
        # first, so what this process saved (a command-line import, say) is in the file.
        self.settle()
        self._closed = True
        for release in self.on_close:
            release()
        self.on_close.clear()
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()
            self.lock = None


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user database entry (containers)
        return ""


def _first_line(error: DBAPIError) -> str:
    return (str(error.orig) if error.orig else str(error)).splitlines()[0]


def read_error(error: DBAPIError, db: PlanDatabase) -> DataFileError:
    """The sentence for a plan that could not be read (see `opening_error`)."""
    return _operational_error(error, db, writing=False)


def _operational_error(
    error: DBAPIError, db: PlanDatabase, *, writing: bool = True
) -> DataFileError:
    message = str(error.orig) if error.orig else str(error)
    if not writing:
        if db.path is not None:
            return opening_error(db.path, message)
        return DataFileError(
            say("“{name}” could not be read: {message}.", name=db.name, message=message)
        )
    if "locked" in message or "busy" in message:
        return DataFileError(
            say(
                "“{name}” is busy: another copy of LIP Planner has been saving for over "
                "{seconds} seconds; nothing was saved. Try again in a moment.",
                name=db.name,
                seconds=WRITE_WAIT_S,
            )
        )
    if "readonly" in message or "read-only" in message:
        return DataFileError(say("“{name}” is read-only; the change was not saved.", name=db.name))
    if "disk is full" in message or "full" in message:
        return DataFileError(say("The disk is full; the change was not saved."))
    return DataFileError(say("The plan could not be saved: {message}.", message=message))


def _sqlite_engine(path: Path, *, read_only: bool, leave_no_trace: bool = False) -> Engine:
    # A plan opened read-only for a while (the GUI's read-only window) must see other
    # copies' saves, so not `immutable`; but `mode=ro` leaves a -wal and -shm beside
    # the plan for good (only a writer's close removes them), and every later
    # read-only command then finds the plan "in use". Where we may write, it is an
    # ordinary connection that SQLite stops from changing anything (query_only): its
    # close tidies up like a writer's.
    query_only = (
        read_only
        and not leave_no_trace
        and os.access(path, os.W_OK)
        and os.access(path.parent, os.W_OK)
    )
    if read_only and not query_only:
        uri = read_only_uri(path, leave_no_trace=leave_no_trace)
    else:
        uri = path.resolve().as_uri()

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(
            uri,
            uri=True,
            timeout=WRITE_WAIT_S,
            check_same_thread=False,
            isolation_level=None,
        )

    engine = create_engine("sqlite://", creator=connect)

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={WRITE_WAIT_S * 1000}")
        if query_only:
            cursor.execute("PRAGMA query_only=ON")
        if not read_only:
            cursor.execute("PRAGMA journal_mode=WAL")
            # FULL: a committed transaction survives a power cut, not only a crash.
            cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        # pysqlite's own transaction handling is off (isolation_level=None). A write
        # takes the lock up front (waiting its turn) instead of failing midway: a
        # deferred transaction whose snapshot is stale cannot upgrade to a write.
        writing = not read_only and connection.get_execution_options().get(_WRITE, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if writing else "BEGIN")

    return engine


def _initialise(db: PlanDatabase) -> None:
    """Create every table of a new plan at the current schema and mark the file as ours."""
    from lipplanner.core.models import Base, FileInfo
    from lipplanner.core.services.setup import seed_defaults

    Base.metadata.create_all(db.engine)
    with db.transaction() as session:
        session.execute(
            text(
                "CREATE TABLE IF NOT EXISTS alembic_version "
                "(version_num VARCHAR(32) NOT NULL PRIMARY KEY)"
            )
        )
        session.execute(text("DELETE FROM alembic_version"))
        session.execute(text("INSERT INTO alembic_version VALUES (:v)"), {"v": SCHEMA_HEAD})
        session.add_all(
            [
                FileInfo(key="application", value="LIP Planner"),
                FileInfo(key="created_at", value=datetime.now().isoformat(timespec="seconds")),
            ]
        )
        if db.is_sqlite:
            session.execute(text(f"PRAGMA application_id={APPLICATION_ID}"))
        seed_defaults(session)


def backup_sqlite(source: Path, target: Path) -> Path:
    """Copy a plan with SQLite's online backup API (safe while it is open elsewhere)."""
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def _backup_before_upgrade(path: Path, revision: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.before-upgrade-{revision}-{stamp}{path.suffix}")
    return backup_sqlite(path, target)


def open_plan(
    location: str | os.PathLike[str],
    *,
    create: bool = False,
    read_only: bool = False,
    leave_no_trace: bool = False,
) -> PlanDatabase:
    """Open a plan file (or a `postgresql+psycopg://` URL); `create` allows a new file.

    `leave_no_trace` (read-only commands): create no `-wal`/`-shm` files beside a plan
    nobody is writing. Raises `DataFileError` with a sentence for the user; a refused
    file is untouched.
    """
    text_location = os.fspath(location)
    if "://" in text_location:
        from lipplanner.core.db.server import open_server

        return open_server(text_location, create=create, read_only=read_only)
    path = Path(text_location).expanduser()
    if not path.exists():
        if not create:
            raise DataFileError(say("There is no plan file “{path}”.", path=path))
        if read_only:
            raise DataFileError(say("A new plan cannot be created read-only."))
        if not path.parent.is_dir():
            raise DataFileError(say("The folder “{parent}” does not exist.", parent=path.parent))
        db = PlanDatabase(_sqlite_engine(path, read_only=False), path=path)
        try:
            _initialise(db)
        except (OSError, DBAPIError) as error:
            db.close()
            path.unlink(missing_ok=True)
            raise DataFileError(
                say("“{name}” could not be created: {error}.", name=path.name, error=error)
            ) from None
        return db
    schema = read_schema(path)
    if schema.needs_upgrade:
        if read_only:
            raise DataFileError(
                say(
                    "“{name}” was made by an older version and must be upgraded; open it normally "
                    "once.",
                    name=path.name,
                )
            )
        if not os.access(path, os.W_OK):
            raise DataFileError(
                say(
                    "“{name}” must be upgraded but it is read-only; copy it somewhere you can "
                    "write and open the copy.",
                    name=path.name,
                )
            )
        from lipplanner.core.db.migrate import upgrade

        _backup_before_upgrade(path, schema.revision)
        engine = _sqlite_engine(path, read_only=False)
        try:
            upgrade(engine)
        except Exception as error:  # the migration runs in one transaction: nothing changed
            engine.dispose()
            raise DataFileError(
                say(
                    "“{name}” could not be upgraded ({error}); it was left as it was, and a "
                    "backup was made beside it.",
                    name=path.name,
                    error=error,
                )
            ) from None
        upgraded = PlanDatabase(engine, path=path)
        try:
            _refuse_unreadable(upgraded)
        except BaseException:
            upgraded.close()
            raise
        return upgraded
    if not read_only and not os.access(path, os.W_OK):
        raise DataFileError(
            say("“{name}” is read-only; open it read-only or copy it.", name=path.name)
        )
    engine = _sqlite_engine(path, read_only=read_only, leave_no_trace=leave_no_trace)
    db = PlanDatabase(engine, path=path, read_only=read_only)
    try:
        _refuse_unreadable(db)
    except BaseException:
        db.close()
        raise
    return db


def _refuse_unreadable(db: PlanDatabase) -> None:
    """Refuse a plan whose contents the app cannot read safely (see db.inspection),
    with one sentence, before any view or report trips over them."""
    from lipplanner.core.db import verified
    from lipplanner.core.db.inspection import inspect_plan

    assert db.path is not None
    # Fingerprinted before the check: a file passed and untouched since is not
    # scanned again (see db.verified); any write since, by anyone, means a full check.
    seen = verified.fingerprint(db.path)
    if verified.is_verified(db.path, seen):
        return
    try:
        with db.engine.connect() as connection:  # a deferred read: never waits for a writer
            raw: Any = connection.connection.driver_connection
            findings = inspect_plan(raw, texts=False)
    except DBAPIError as error:
        raise opening_error(db.path, str(error.orig)) from None
    except sqlite3.DatabaseError as error:
        raise opening_error(db.path, str(error)) from None
    if findings:
        raise unreadable_plan(db.path.name, findings)
    verified.remember_verified(db.path, seen)


def unreadable_plan(name: str, findings: list[str]) -> DataFileError:
    more = len(findings) - 1
    return DataFileError(
        f"“{name}” cannot be used: {findings[0]}"
        + (f" (and {more} more problem{'s' if more > 1 else ''})" if more else "")
        + f"; run `lipplanner check {name}` to list them, then correct the file or restore "
        "a backup. The file was left as it is."
    )
