"""Which schema a plan file has, read without changing a byte of it."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from lipplanner.core.errors import DataFileError
from lipplanner.core.messages import say

# The Alembic revision the code writes; a test keeps it equal to the migrations' head.
SCHEMA_HEAD = "0004"
# Every revision ever released, oldest first: files at these can be upgraded.
KNOWN_REVISIONS = ("0001", "0002", "0003", "0004")
# SQLite's application_id header field marks a file as a LIP Planner plan ("LIPP").
APPLICATION_ID = 0x4C495050
SQLITE_MAGIC = b"SQLite format 3\x00"
INFO_TABLE = "lipplanner_info"


def wal_in_use(path: Path) -> bool:
    """A `-wal` file beside the plan: a copy of the app has it open, or crashed with it open."""
    return path.with_name(path.name + "-wal").exists()


def read_only_uri(path: Path, *, leave_no_trace: bool = False) -> str:
    """The URI that opens `path` read-only.

    `mode=ro` still creates `-wal`/`-shm` files beside a WAL plan and cannot create
    them in a folder it cannot write. With no `-wal` file nobody is writing the plan
    (an open or crashed writer keeps one), so `immutable=1` reads it with no side files:
    for commands that only read (`leave_no_trace`) and for a folder we cannot write."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    if not wal_in_use(path) and (leave_no_trace or not os.access(path.parent, os.W_OK)):
        uri += "&immutable=1"
    return uri


def unreadable_wal(path: Path) -> DataFileError:
    """A plan whose last changes sit in a `-wal` file SQLite cannot share from here."""
    return DataFileError(
        say(
            "“{name}” has changes that were not folded into it yet (its “{name}-wal” file) and it "
            "is in a folder you cannot write to, so it cannot be read here. Copy both files to a "
            "folder you can write to and open the copy.",
            name=path.name,
        )
    )


@dataclass(frozen=True)
class FileSchema:
    revision: str

    @property
    def is_current(self) -> bool:
        return self.revision == SCHEMA_HEAD

    @property
    def needs_upgrade(self) -> bool:
        return self.revision in KNOWN_REVISIONS and not self.is_current


def read_schema(path: Path) -> FileSchema:
    """Identify an existing plan file, refusing anything that is not one we can open."""
    name = path.name
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except IsADirectoryError:
        raise DataFileError(say("“{path}” is a folder, not a plan file.", path=path)) from None
    except PermissionError:
        raise DataFileError(
            say("You do not have permission to read “{name}”.", name=name)
        ) from None
    except OSError as error:
        raise DataFileError(
            say("“{name}” cannot be read: {value}.", name=name, value=error.strerror or error)
        ) from None
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise DataFileError(
            say("“{name}” is not a LIP Planner plan (it is not a database file).", name=name)
        )
    try:
        # Read-only (immutable when nobody writes it): no -wal/-shm files, no change.
        connection = sqlite3.connect(read_only_uri(path, leave_no_trace=True), uri=True)
        try:
            app_id = connection.execute("PRAGMA application_id").fetchone()[0]
            tables = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if INFO_TABLE not in tables or "alembic_version" not in tables:
                raise DataFileError(
                    say("“{name}” is a database, but not a LIP Planner plan.", name=name)
                )
            revision_row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except DataFileError:
        raise
    except sqlite3.OperationalError as error:
        raise opening_error(path, str(error)) from None
    except sqlite3.DatabaseError as error:
        raise DataFileError(
            say(
                "“{name}” is damaged and cannot be opened ({error}). Restore it from a backup; "
                "the file was left as it is.",
                name=name,
                error=error,
            )
        ) from None
    if app_id not in (0, APPLICATION_ID) or revision_row is None:
        raise DataFileError(say("“{name}” is a database, but not a LIP Planner plan.", name=name))
    revision = str(revision_row[0])
    if revision not in KNOWN_REVISIONS:
        raise DataFileError(
            say(
                "“{name}” was saved by a newer version of LIP Planner (schema {revision}); "
                "install the latest version to open it. The file was left as it is.",
                name=name,
                revision=revision,
            )
        )
    return FileSchema(revision)


def opening_error(path: Path, message: str) -> DataFileError:
    """The sentence for SQLite refusing to open or read a plan: busy and read-only
    locations are said as such, never as "damaged" (which would invite a restore)."""
    lowered = message.lower()
    name = path.name
    if "could not decode to utf-8 column" in lowered:
        column = message.split("'")[1] if message.count("'") >= 2 else "?"
        return DataFileError(
            say(
                "“{name}” holds text that is not readable (not UTF-8) in a “{column}” column; run "
                "`lipplanner check {name}` to find the rows, then correct the file or restore a "
                "backup. The file was left as it is.",
                name=name,
                column=column,
            )
        )
    if "locked" in lowered or "busy" in lowered:
        return DataFileError(
            say(
                "“{name}” is busy: another copy of LIP Planner is upgrading or repairing it. Try "
                "again in a moment; the file is fine.",
                name=name,
            )
        )
    if "unable to open" in lowered or "readonly" in lowered or "read-only" in lowered:
        if not os.access(path.parent, os.W_OK) and wal_in_use(path):
            return unreadable_wal(path)
        return DataFileError(
            say(
                "“{name}” cannot be opened in this folder (it is read-only or you lack "
                "permission); the file itself is not damaged. Copy it to a folder you can write "
                "to and open the copy.",
                name=name,
            )
        )
    return DataFileError(
        say(
            "“{name}” is damaged and cannot be opened ({message}). Restore it from a backup; the "
            "file was left as it is.",
            name=name,
            message=message,
        )
    )
