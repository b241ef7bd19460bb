"""Rolling backups of a plan file, and restoring one.

Backups live in a folder beside the plan, "<plan name> backups", so they travel with
it (a shared drive, a synced folder) and a coordinator finds them next to the file.
When that folder cannot be written (a read-only share), they go to the user's data
folder instead. Each backup is a complete plan made with SQLite's online backup API,
which is consistent even while the plan is open and being written.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import sys
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from lipplanner.core.db import PLAN_SUFFIX, backup_sqlite
from lipplanner.core.db.schema import read_schema
from lipplanner.core.errors import DataFileError, UserError
from lipplanner.core.files import write_atomically

DEFAULT_KEEP = 10
AUTO_INTERVAL = timedelta(hours=24)
KINDS = {
    "auto": "automatic",
    "manual": "by hand",
    "before-restore": "before a restore",
    "before-rollover": "before a new year",
}
_STAMP = "%Y-%m-%d %H%M%S"


@dataclass(frozen=True)
class Backup:
    path: Path
    made_at: datetime
    kind: str  # auto, manual, before-restore
    size: int


def user_data_folder() -> Path:
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "LIP Planner"


def backup_folder(plan: Path) -> Path:
    """Where the backups of `plan` are kept (created on first use)."""
    beside = plan.resolve().with_name(f"{plan.stem} backups")
    if beside.is_dir() or os.access(beside.parent, os.W_OK):
        return beside
    digest = hashlib.sha1(str(plan.resolve()).encode()).hexdigest()[:8]
    return user_data_folder() / "backups" / f"{plan.stem}-{digest}"


def list_backups(plan: Path) -> list[Backup]:
    """The backups of `plan`, newest first."""
    folder = backup_folder(plan)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"*{PLAN_SUFFIX}"):
        parsed = _parse(plan, path)
        if parsed is not None:
            found.append(Backup(path, parsed[0], parsed[1], path.stat().st_size))
    return sorted(found, key=lambda b: (b.made_at, b.path.name), reverse=True)


def _parse(plan: Path, path: Path) -> tuple[datetime, str] | None:
    # "<stem> 2026-11-30 041502 auto.lip"
    rest = path.stem[len(plan.stem) + 1 :] if path.stem.startswith(plan.stem + " ") else ""
    stamp, _, kind = rest.rpartition(" ")
    try:
        return datetime.strptime(stamp, _STAMP), kind if kind in KINDS else "manual"
    except ValueError:
        return None


def make_backup(plan: Path, kind: str = "manual", *, now: datetime | None = None) -> Path:
    """Back up `plan` now; returns the new file."""
    folder = backup_folder(plan)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DataFileError(
            f"The backup folder “{folder}” could not be created: {error.strerror}."
        ) from None
    moment = now or datetime.now()
    target = folder / f"{plan.stem} {moment.strftime(_STAMP)} {kind}{PLAN_SUFFIX}"
    try:
        # Beside the target and moved into place: a full disk or a kill leaves no half
        # backup that a restore could pick, and the next backup removes what is left.
        write_atomically(target, lambda temporary: backup_sqlite(plan, temporary))
    except UserError as error:  # the backup could not be written: one sentence
        raise DataFileError(str(error)) from None
    except (OSError, sqlite3.Error) as error:  # the plan itself could not be read
        raise DataFileError(f"“{plan.name}” could not be backed up: {error}.") from None
    return target


def auto_backup(
    plan: Path, *, keep: int = DEFAULT_KEEP, now: datetime | None = None
) -> Path | None:
    """Back up on open, at most once a day, keeping the last `keep` automatic backups.

    Returns the new backup, or None when the latest is recent enough."""
    moment = now or datetime.now()
    autos = [b for b in list_backups(plan) if b.kind == "auto"]
    if autos and moment - autos[0].made_at < AUTO_INTERVAL:
        return None
    made = make_backup(plan, "auto", now=moment)
    for old in [b for b in list_backups(plan) if b.kind == "auto"][max(1, keep) :]:
        old.path.unlink(missing_ok=True)
    return made


def restore_backup(plan: Path, backup: Path) -> Path:
    """Replace `plan` (which must be closed) by `backup`; the current plan is backed up
    first, and that copy is returned. A failure leaves the plan as it was."""
    from lipplanner.core.db.locks import open_elsewhere

    read_schema(backup)  # refuses anything that is not a plan we can open
    holder = open_elsewhere(plan)
    if holder is not None:
        raise DataFileError(
            f"“{plan.name}” is open in LIP Planner on {holder.host} ({holder.user}); "
            "close it there before restoring a backup."
        )
    safety_copy = make_backup(plan, "before-restore") if plan.exists() else plan
    try:
        if plan.exists():
            # Fold the write-ahead log into the file: a stale -wal must never be
            # replayed onto the restored plan.
            connection = sqlite3.connect(plan)
            try:
                connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                connection.close()
        write_atomically(plan, lambda temporary: backup_sqlite(backup, temporary))
    except UserError as error:  # a full disk, a refused replace: the plan is as it was
        raise DataFileError(str(error)) from None
    except (OSError, sqlite3.Error) as error:
        raise DataFileError(f"The backup could not be restored: {error}.") from None
    for suffix in ("-wal", "-shm"):
        Path(f"{plan}{suffix}").unlink(missing_ok=True)
    return safety_copy
