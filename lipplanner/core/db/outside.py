"""Noticing that someone else wrote to the plan file: another copy of LIP Planner with
the same plan open (a second window, a colleague on a shared drive), a command-line
import, or any other program.

SQLite's `PRAGMA data_version` asked on one connection changes exactly when another
connection has committed since it was last asked; this connection's own commits leave it
as it is. The engine keeps one connection per thread (`SingletonThreadPool`), so every
read and write of the GUI thread goes through the connection asked here: only writes
from elsewhere move the number. A plan on a server is not watched (`marker` is None).
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

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


class OutsideWrites:
    """Asked now and then (the GUI's timer): has anyone else written since last asked?"""

    def __init__(self, db: PlanDatabase) -> None:
        self._db = db
        self._last = marker(db)

    def seen(self) -> bool:
        """True once for each time others have written since the previous call."""
        now = marker(self._db)
        if now is None:
            return False
        changed = self._last is not None and now != self._last
        self._last = now
        return changed
