"""Rolling backups on open, and putting one back."""

from __future__ import annotations

import errno
import os
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from lipplanner.core import files
from lipplanner.core.db import open_plan
from lipplanner.core.db.backups import (
    auto_backup,
    backup_folder,
    list_backups,
    local_data_folder,
    make_backup,
    restore_backup,
)
from lipplanner.core.db.locks import acquire
from lipplanner.core.errors import DataFileError
from lipplanner.core.services import editing
from tests.safety.helpers import action_id

DAY0 = datetime(2026, 1, 5, 9, 0)


def _title(path: Path) -> str:
    db = open_plan(path, read_only=True)
    try:
        return str(editing.get_values(db, "action", action_id(db, "A1.1"))["title_en"])
    finally:
        db.close()


def test_backups_are_made_at_most_once_a_day_and_only_the_last_few_kept(riverside_file: Path):
    folder = backup_folder(riverside_file)
    assert folder.parent == local_data_folder() / "backups"
    assert auto_backup(riverside_file, keep=3, now=DAY0) is not None
    assert auto_backup(riverside_file, keep=3, now=DAY0 + timedelta(hours=5)) is None
    for day in range(1, 6):
        assert auto_backup(riverside_file, keep=3, now=DAY0 + timedelta(days=day)) is not None
    made = list_backups(riverside_file)
    assert [b.made_at for b in made] == [DAY0 + timedelta(days=d) for d in (5, 4, 3)]
    assert all(b.kind == "auto" and b.size > 0 for b in made)
    # Each one is a complete plan that opens.
    assert _title(made[0].path).startswith("Employer mentorship")


def test_a_backup_of_an_open_plan_holds_its_committed_changes(riverside_file: Path):
    db = open_plan(riverside_file)
    editing.update(db, "action", action_id(db, "A1.1"), {"title_en": "Saved before backup"})
    backup = make_backup(riverside_file)  # while open, with the change still in the WAL
    db.close()
    assert _title(backup) == "Saved before backup"
    with sqlite3.connect(backup) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_restoring_a_backup_keeps_a_copy_of_the_plan_it_replaces(riverside_file: Path):
    backup = make_backup(riverside_file, now=DAY0)
    db = open_plan(riverside_file)
    editing.update(db, "action", action_id(db, "A1.1"), {"title_en": "After the backup"})
    db.close()

    safety_copy = restore_backup(riverside_file, backup)
    assert _title(riverside_file).startswith("Employer mentorship")
    assert _title(safety_copy) == "After the backup"
    assert [b.kind for b in list_backups(riverside_file)] == ["before-restore", "manual"]


def test_a_file_that_is_not_a_plan_is_not_restored(riverside_file: Path, tmp_path: Path):
    junk = tmp_path / "notes.lip"
    junk.write_text("not a plan")
    before = riverside_file.read_bytes()
    with pytest.raises(DataFileError, match="not a LIP Planner plan"):
        restore_backup(riverside_file, junk)
    assert riverside_file.read_bytes() == before


def test_a_plan_open_in_another_copy_is_not_replaced(riverside_file: Path):
    backup = make_backup(riverside_file, now=DAY0)
    lock = acquire(riverside_file, "Someone")
    lock_file = lock.path
    # Pretend the lock belongs to another running copy (this test's parent process).
    import json
    import os

    data = json.loads(lock_file.read_text())
    data["pid"] = os.getppid()
    lock_file.write_text(json.dumps(data))
    with pytest.raises(DataFileError, match="close it there"):
        restore_backup(riverside_file, backup)
    lock_file.unlink()


def _disk_full_after(monkeypatch: pytest.MonkeyPatch, writes: int) -> None:
    """The disk fills up once `writes` files have been written whole."""
    written = [0]
    flush = files._fsync_file

    def fsync(path: Path) -> None:
        if written[0] >= writes:
            raise OSError(errno.ENOSPC, "No space left on device", str(path))
        written[0] += 1
        flush(path)

    monkeypatch.setattr(files, "_fsync_file", fsync)


def test_a_backup_on_a_full_disk_is_one_sentence_and_leaves_nothing(
    riverside_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _disk_full_after(monkeypatch, 0)
    with pytest.raises(DataFileError) as refused:
        make_backup(riverside_file, now=DAY0)
    assert str(refused.value) == (
        "The disk is full: “riverside 2026-01-05 090000 manual.lip” could not be written; "
        "free some space and try again."
    )
    assert list(backup_folder(riverside_file).iterdir()) == []
    assert list_backups(riverside_file) == []


def test_a_restore_on_a_full_disk_leaves_the_plan_as_it_was(
    riverside_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    backup = make_backup(riverside_file, now=DAY0)
    db = open_plan(riverside_file)
    editing.update(db, "action", action_id(db, "A1.1"), {"title_en": "Changed since"})
    db.close()
    before = riverside_file.read_bytes()
    _disk_full_after(monkeypatch, 1)  # the copy of the plan as it is fits; the restore not
    with pytest.raises(DataFileError, match=r"^The disk is full: “riverside.lip” could not"):
        restore_backup(riverside_file, backup)
    assert riverside_file.read_bytes() == before and _title(riverside_file) == "Changed since"
    leftovers = [p.name for p in riverside_file.parent.iterdir() if files.TEMP_SUFFIX in p.name]
    assert leftovers == []


def test_a_killed_backup_leaves_nothing_a_restore_could_pick_and_is_cleaned(
    riverside_file: Path,
) -> None:
    folder = backup_folder(riverside_file)
    folder.mkdir()
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    half = files.temporary_name(folder / "riverside 2026-01-04 090000 auto.lip")
    half = half.with_name(half.name.replace(f"-{os.getpid()}-", f"-{dead.pid}-"))
    half.write_bytes(b"SQLite format 3\x00 half")
    assert list_backups(riverside_file) == []
    made = make_backup(riverside_file, now=DAY0)
    assert sorted(p.name for p in folder.iterdir()) == [made.name]
