"""Headless data-safety commands: history, backups and copying a plan to/from a server.

Kept apart from cli.py so that module stays small; nothing heavy is imported until a
command runs. Server passwords come from the keyring, PGPASSWORD/~/.pgpass (read by
the PostgreSQL driver itself), or a prompt on a terminal; never from an argument.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from datetime import date
from pathlib import Path
from typing import Any

from lipplanner.core.errors import UserError
from lipplanner.core.wording import count


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a date like 2025-10-31") from None


def _open(location: str, *, create: bool = False, read_only: bool = False) -> Any:
    from lipplanner.core.db import open_plan
    from lipplanner.core.db.server import PasswordNeeded, open_server

    if "://" not in location:
        # A command that only reads leaves no -wal/-shm files beside the plan.
        return open_plan(location, create=create, read_only=read_only, leave_no_trace=read_only)
    try:
        return open_server(location, create=create, read_only=read_only)
    except PasswordNeeded:
        if not sys.stdin.isatty():
            raise
        password = getpass.getpass(f"Password for {location}: ")
        return open_server(location, create=create, read_only=read_only, password=password)


def history_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE|URL", help="a plan file or shared database")
    p.add_argument("--since", type=_date, help="from this day (YYYY-MM-DD)")
    p.add_argument("--until", type=_date, help="up to this day (YYYY-MM-DD)")
    p.add_argument("--user", help="only this person's changes")
    p.add_argument("--limit", type=int, default=200, help="at most this many (default 200)")


def cmd_history(args: argparse.Namespace) -> int:
    from lipplanner.core.services.history import describe, history

    db = _open(args.file, read_only=True)
    try:
        entries = history(
            db, since=args.since, until=args.until, user=args.user, limit=max(1, args.limit)
        )
    finally:
        db.close()
    for entry in entries:
        print(f"{entry.at:%Y-%m-%d %H:%M}  {entry.user or '?'}  {describe(entry)}")
    return 0


def backups_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE", help="a plan file")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--now", action="store_true", help="make a backup now")
    group.add_argument(
        "--restore",
        metavar="BACKUP",
        help="replace the plan by this backup, named as listed or by its path (close it first)",
    )


def cmd_backups(args: argparse.Namespace) -> int:
    from lipplanner.core.db.backups import backup_folder, list_backups, make_backup, restore_backup
    from lipplanner.core.db.schema import read_schema

    plan = Path(args.file)
    read_schema(plan)  # a clear refusal for anything that is not a plan
    if args.now:
        print(make_backup(plan))
        return 0
    if args.restore:
        kept = restore_backup(plan, _backup_named(plan, args.restore))
        print(f"Restored; the plan as it was is kept in {kept}")
        return 0
    found = list_backups(plan)
    folder = backup_folder(plan)
    print(f"Backups in {folder}: {len(found)}")
    for backup in found:
        print(f"{backup.made_at:%Y-%m-%d %H:%M}  {backup.kind:<16}  {backup.path.name}")
    # Backups an earlier version kept beside the plan are listed (and restored) too.
    for earlier in sorted({b.path.parent for b in found} - {folder}):
        kept = sum(b.path.parent == earlier for b in found)
        print(f"({kept} of them made by an earlier version, in {earlier})")
    if found:
        print(f'To restore one: lipplanner backups "{plan}" --restore "{found[0].path.name}"')
    return 0


def _backup_named(plan: Path, given: str) -> Path:
    """The backup `given` names: a name exactly as `lipplanner backups` lists it, or a path."""
    from lipplanner.core.db.backups import backup_folder, list_backups

    listed = {b.path.name: b.path for b in list_backups(plan)}
    if given in listed:
        return listed[given]
    path = Path(given).expanduser()
    if path.is_file():
        return path
    raise UserError(
        f"There is no backup “{given}” in {backup_folder(plan)}; give a name as "
        f"“lipplanner backups {plan}” lists it, or the path of a backup."
    )


def copy_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("source", metavar="SOURCE", help="a plan file or postgresql+psycopg:// URL")
    p.add_argument("target", metavar="TARGET", help="a new plan file or an empty database")


def cmd_copy(args: argparse.Namespace) -> int:
    from lipplanner.core.db.copying import copy_plan, copy_to_file, holds_plan

    source = _open(args.source, read_only=True)
    try:
        if "://" in args.target:
            target = _open(args.target, create=True)
            try:
                if holds_plan(target):
                    raise UserError("The target database already holds a plan; nothing was copied.")
                rows = copy_plan(source, target, replace=True)
            finally:
                target.close()
            print(f"Copied {count(rows, 'row')} to {target.name}.")
        else:
            print(f"Copied to {copy_to_file(source, Path(args.target))}.")
    finally:
        source.close()
    return 0
