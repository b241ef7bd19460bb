"""Which schema a plan file has, read without changing a byte of it."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from lipplanner.core.errors import DataFileError

# The Alembic revision the code writes; a test keeps it equal to the migrations' head.
SCHEMA_HEAD = "0004"
# Every revision ever released, oldest first: files at these can be upgraded.
KNOWN_REVISIONS = ("0001", "0002", "0003", "0004")
# SQLite's application_id header field marks a file as a LIP Planner plan ("LIPP").
APPLICATION_ID = 0x4C495050
SQLITE_MAGIC = b"SQLite format 3\x00"
INFO_TABLE = "lipplanner_info"


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
        raise DataFileError(f"“{path}” is a folder, not a plan file.") from None
    except PermissionError:
        raise DataFileError(f"You do not have permission to read “{name}”.") from None
    except OSError as error:
        raise DataFileError(f"“{name}” cannot be read: {error.strerror or error}.") from None
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise DataFileError(f"“{name}” is not a LIP Planner plan (it is not a database file).")
    try:
        # Read-only and immutable: opening never creates -wal/-shm files or changes the file.
        uri = f"{path.resolve().as_uri()}?mode=ro"
        connection = sqlite3.connect(uri, uri=True)
        try:
            app_id = connection.execute("PRAGMA application_id").fetchone()[0]
            tables = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if INFO_TABLE not in tables or "alembic_version" not in tables:
                raise DataFileError(f"“{name}” is a database, but not a LIP Planner plan.")
            revision_row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except DataFileError:
        raise
    except sqlite3.DatabaseError as error:
        raise DataFileError(
            f"“{name}” is damaged and cannot be opened ({error}). "
            "Restore it from a backup; the file was left as it is."
        ) from None
    if app_id not in (0, APPLICATION_ID) or revision_row is None:
        raise DataFileError(f"“{name}” is a database, but not a LIP Planner plan.")
    revision = str(revision_row[0])
    if revision not in KNOWN_REVISIONS:
        raise DataFileError(
            f"“{name}” was saved by a newer version of LIP Planner (schema {revision}); "
            "install the latest version to open it. The file was left as it is."
        )
    return FileSchema(revision)
