"""Noticing that someone else wrote to the plan file: another copy of LIP Planner with
the same plan open (a second window, a colleague on a shared drive), a command-line
import, or any other program.

SQLite's `PRAGMA data_version` asked on one connection changes exactly when another
connection has committed since it was last asked; this connection's own commits leave it
as it is. The engine keeps one connection per thread (`SingletonThreadPool`), so every
read and write of the GUI thread goes through the connection asked here: only writes
from elsewhere move the number.

On a PostgreSQL server every writing transaction sends a notification at commit, with
the writer's id (`PlanDatabase.transaction`); a watch holds one connection of its own
that LISTENs and counts the notifications from other writers.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Any

from sqlalchemy.exc import DBAPIError

if TYPE_CHECKING:
    from lipplanner.core.db import PlanDatabase


def marker(db: PlanDatabase) -> int | None:
    """A number that changes when another connection commits to the plan file; None
    when it cannot be told (a server, a closed plan, a file that cannot be read now)."""
    if not db.is_sqlite or db.closed:
        return None
    try:
        raw = db.engine.raw_connection()
    except (DBAPIError, sqlite3.Error):
        return None  # a USB key pulled out: the next save says so, not this watch
    try:
        cursor = raw.cursor()
        cursor.execute("PRAGMA data_version")
        row = cursor.fetchone()
        cursor.close()
    except sqlite3.Error:
        return None
    finally:
        raw.close()
    return int(row[0]) if row else None


class ServerWrites:
    """Notifications of other writers' commits to a plan on a server, read without waiting."""

    def __init__(self, db: PlanDatabase) -> None:
        self._db = db
        self._listener: Any = None
        self._missed = False  # the connection was lost: writes may have gone untold
        db.on_close.append(self.close)

    def seen(self) -> bool:
        """True when another writer committed since the last call. After a lost connection
        (the server restarted, the network dropped) it says True once the watch is back,
        since what happened meanwhile cannot be told."""
        if self._db.closed:
            return False
        if self._listener is None:
            if not self._listen():
                return False
            missed, self._missed = self._missed, False
            return missed
        import psycopg

        try:
            notes = list(self._listener.notifies(timeout=0))
        except (psycopg.Error, OSError):  # listen again at the next call
            self.close()
            self._missed = True
            return False
        return any(note.payload != self._db.writer for note in notes)

    def _listen(self) -> bool:
        import psycopg

        from lipplanner.core.db import WATCH_CHANNEL

        try:
            pooled = self._db.engine.raw_connection()
            listener: Any = pooled.driver_connection
            pooled.detach()  # kept for the watch: never handed to a query, never reset
            listener.rollback()  # idle first: autocommit cannot change inside a transaction
            listener.autocommit = True
            listener.execute(f"LISTEN {WATCH_CHANNEL}")
        except (DBAPIError, psycopg.Error, OSError):  # out of reach: the next save says so
            return False
        self._listener = listener
        return True

    def close(self) -> None:
        if self._listener is not None:
            self._listener.close()  # psycopg's close never raises, even on a dead socket
            self._listener = None


class OutsideWrites:
    """Asked now and then (the GUI's timer): has anyone else written since last asked?"""

    def __init__(self, db: PlanDatabase) -> None:
        self._db = db
        self._server = None if db.is_sqlite else ServerWrites(db)
        if self._server is not None:
            self._server.seen()  # start listening now: what is committed from here on counts
        self._last = marker(db)

    def seen(self) -> bool:
        """True once for each time others have written since the previous call."""
        if self._server is not None:
            return self._server.seen()
        now = marker(self._db)
        if now is None:
            return False
        changed = self._last is not None and now != self._last
        self._last = now
        return changed
