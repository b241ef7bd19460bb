"""Opening a plan the way the app does: notice a copy open elsewhere, take the lock,
make the day's automatic backup."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Literal

from lipplanner.core.db import PlanDatabase, open_plan
from lipplanner.core.db.backups import DEFAULT_KEEP, auto_backup
from lipplanner.core.db.locks import LockInfo, acquire, open_elsewhere
from lipplanner.core.errors import DataFileError, UserError

Choice = Literal["read_only", "anyway"]
AskOpenElsewhere = Callable[[LockInfo], Choice | None]

log = logging.getLogger(__name__)


def open_for_work(
    location: str | os.PathLike[str],
    *,
    ask: AskOpenElsewhere | None = None,
    read_only: bool = False,
    create: bool = False,
    password: str | None = None,
    keep_backups: int = DEFAULT_KEEP,
) -> PlanDatabase | None:
    """Open a plan for the main window. Returns None when the user cancelled.

    A file open in another copy of the app is reported through `ask` (which answers
    "read_only", "anyway" or None to cancel); without `ask` it is an error. A file
    opened for writing is locked and backed up (at most once a day)."""
    text = os.fspath(location)
    if "://" in text:
        from lipplanner.core.db.server import open_server

        return open_server(text, create=create, read_only=read_only, password=password)
    path = Path(text).expanduser()
    existed = path.exists()
    if not read_only and existed:
        holder = open_elsewhere(path)
        if holder is not None:
            if ask is None:
                raise DataFileError(
                    f"“{path.name}” is already open in LIP Planner on {holder.host} "
                    f"({holder.user}) since {holder.since:%Y-%m-%d %H:%M}."
                )
            choice = ask(holder)
            if choice is None:
                return None
            read_only = choice == "read_only"
    db = open_plan(path, create=create, read_only=read_only)
    if not read_only:
        try:
            if existed:  # a brand-new plan has nothing to lose yet
                auto_backup(path, keep=keep_backups)
        except UserError as error:  # a missing backup must not stop the day's work
            log.warning("automatic backup skipped: %s", error)
        db.lock = acquire(path, db.user)
    return db
