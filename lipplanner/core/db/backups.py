"""Rolling backups of a plan file, and restoring one.

Backups live in the user's own local application data ("backups" under
`%LOCALAPPDATA%\\LIP Planner`, `~/Library/Application Support/LIP Planner` or
`$XDG_DATA_HOME/LIP Planner`; `LIPPLANNER_DATA_DIR` replaces that folder), one folder
per plan named after it and a short hash of its full path, so two "plan.lip" in
different folders never mix. Not beside the plan: coordinators keep plans in shared
and synced folders, where a folder of copies per plan is clutter that gets synced.
Backups that earlier versions kept beside the plan ("<plan name> backups") or in the
roaming profile are still listed and restorable. Each backup is a complete plan made
with SQLite's online backup API, which is consistent even while the plan is open and
being written.
"""

from __future__ import annotations

import contextlib
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


DATA_DIR_VARIABLE = "LIPPLANNER_DATA_DIR"


def user_data_folder() -> Path:
    """The user's roaming profile folder of the app (settings-like data)."""
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "LIP Planner"


def local_data_folder() -> Path:
    """The app's data on this computer only: never roamed nor synced with a plan's folder
    (`LIPPLANNER_DATA_DIR` when set)."""
    override = os.environ.get(DATA_DIR_VARIABLE, "").strip()
    if override:
        return Path(override).expanduser()
    if sys.platform == "win32":  # not the roaming profile, which follows the user around
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
        return base / "LIP Planner"
    return user_data_folder()  # elsewhere the same folder as the logs and the demo plan


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()[:8]


def backup_folder(plan: Path) -> Path:
    """Where new backups of `plan` are kept (created on first use): a folder of its own,
    named after the plan and its full path, so plans of the same name never share one."""
    where = os.path.normcase(str(plan.resolve()))  # one folder whatever the letter case
    return local_data_folder() / "backups" / f"{plan.stem}-{_digest(where)}"


def earlier_backup_folders(plan: Path) -> list[Path]:
    """Where earlier versions kept the backups of `plan`: beside it, or (when that
    folder could not be written) in the roaming profile."""
    resolved = plan.resolve()
    return [
        resolved.with_name(f"{plan.stem} backups"),
        user_data_folder() / "backups" / f"{plan.stem}-{_digest(str(resolved))}",
    ]


def list_backups(plan: Path) -> list[Backup]:
    """The backups of `plan`, newest first, wherever this or an earlier version kept them."""
    found: dict[Path, Backup] = {}
    for folder in (backup_folder(plan), *earlier_backup_folders(plan)):
        if not folder.is_dir():
            continue
        for path in folder.glob(f"*{PLAN_SUFFIX}"):
            parsed = _parse(plan, path)
            if parsed is not None and path.resolve() not in found:
                found[path.resolve()] = Backup(path, parsed[0], parsed[1], path.stat().st_size)
    return sorted(found.values(), key=lambda b: (b.made_at, b.path.name), reverse=True)


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
        for suffix in ("", "-wal", "-shm"):  # with what SQLite left of its reading
            Path(f"{old.path}{suffix}").unlink(missing_ok=True)
    for earlier in earlier_backup_folders(plan):
        # An old "<plan> backups" folder the rolling emptied is clutter: removed (a
        # folder still holding a backup, or a share that refuses, stays as it is).
        with contextlib.suppress(OSError):
            earlier.rmdir()
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
