"""Copying a whole plan between databases: a file to a server and back."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from lipplanner.core.db import PlanDatabase, open_plan, read_error
from lipplanner.core.errors import DataFileError

BATCH = 1000


def _plan_tables() -> list[Any]:
    from lipplanner.core.models import Base

    return list(Base.metadata.sorted_tables)  # parents before children


def holds_plan(db: PlanDatabase) -> bool:
    """Whether the database already holds a partnership's plan (not just defaults)."""
    from lipplanner.core.models import Plan

    with db.reading() as session:
        return bool(session.scalar(select(func.count()).select_from(Plan)))


def copy_plan(source: PlanDatabase, target: PlanDatabase, *, replace: bool = False) -> int:
    """Copy every table of `source` into `target`, in dependency order, in one
    transaction; returns the number of rows copied. A target that already holds a
    plan is refused unless `replace`."""
    if target.read_only:
        raise DataFileError(f"“{target.name}” is open read-only; nothing was copied.")
    if holds_plan(target) and not replace:
        raise DataFileError(f"“{target.name}” already holds a plan; nothing was copied.")
    tables = _plan_tables()
    copied = 0
    try:
        with source.reading() as reader, target.transaction() as writer:
            for table in reversed(tables):  # children first
                writer.execute(table.delete())
            for table in tables:
                query = select(table).order_by(*table.primary_key.columns)
                rows = _read_rows(source, reader, query)
                for start in range(0, len(rows), BATCH):
                    writer.execute(table.insert(), rows[start : start + BATCH])
                copied += len(rows)
            if target.engine.dialect.name == "postgresql":
                # Inserting explicit ids leaves the id sequences behind: move them on.
                for table in tables:
                    if "id" in table.c and table.c.id.autoincrement:
                        writer.execute(
                            text(
                                "SELECT setval(pg_get_serial_sequence(:t, 'id'), "
                                f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)"
                            ),
                            {"t": table.name},
                        )
    except DBAPIError as error:
        raise DataFileError(
            f"The plan could not be copied to “{target.name}”: "
            f"{str(error.orig).splitlines()[0] if error.orig else error}. Nothing was copied."
        ) from None
    return copied


def _read_rows(source: PlanDatabase, reader: Any, query: Any) -> list[dict[str, Any]]:
    """A table's rows; a source that cannot be read (text that is not UTF-8) is named as
    the source in its own sentence, not as a failure to save the copy."""
    try:
        return [dict(r) for r in reader.execute(query).mappings()]
    except DBAPIError as error:
        raise read_error(error, source) from None


def copy_to_file(source: PlanDatabase, path: Path) -> Path:
    """Copy an open plan (a server's, usually) into a new plan file, which appears
    whole or not at all: built beside `path`, closed, then moved into place."""
    from lipplanner.core.files import write_atomically

    if path.exists():
        raise DataFileError(f"“{path.name}” already exists; choose a new file name.")

    def write(temporary: Path) -> None:
        target = open_plan(temporary, create=True)
        try:
            copy_plan(source, target, replace=True)
        except DataFileError as error:  # name the file the user asked for
            raise DataFileError(str(error).replace(temporary.name, path.name)) from None
        finally:
            target.close()  # folds the WAL into the file before it is moved

    return write_atomically(path, write, replace=False)


def copy_to_server(source: PlanDatabase, url: str, *, password: str | None = None) -> None:
    """Copy an open plan into an empty database on a server (made into a plan first)."""
    from lipplanner.core.db.server import open_server

    target = open_server(url, create=True, password=password)
    try:
        copy_plan(source, target, replace=not holds_plan(target))
    finally:
        target.close()
