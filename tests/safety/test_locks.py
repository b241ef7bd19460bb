"""A plan open in another copy of the app is noticed, and the user decides."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from lipplanner.core.db.backups import list_backups
from lipplanner.core.db.locks import LockInfo, lock_path, open_elsewhere, read_lock
from lipplanner.core.db.opening import open_for_work
from lipplanner.core.errors import DataFileError
from lipplanner.core.services import editing
from tests.safety.helpers import action_id


def _lock_as(plan: Path, *, pid: int, host: str | None = None, user: str = "Ada") -> None:
    import socket

    lock_path(plan).write_text(
        json.dumps(
            {
                "pid": pid,
                "host": host or socket.gethostname(),
                "user": user,
                "since": "2026-11-30T09:00:00",
            }
        )
    )


def test_opening_for_work_locks_backs_up_and_closing_unlocks(riverside_file: Path):
    db = open_for_work(riverside_file)
    assert db is not None
    info = read_lock(riverside_file)
    assert info is not None and info.pid == os.getpid() and info.user == "Test Coordinator"
    assert open_elsewhere(riverside_file) is None  # our own lock is not "elsewhere"
    assert len(list_backups(riverside_file)) == 1
    db.close()
    assert not lock_path(riverside_file).exists()


def test_a_copy_open_elsewhere_is_reported_and_the_answer_followed(riverside_file: Path):
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        _lock_as(riverside_file, pid=other.pid, user="Ada")
        asked: list[LockInfo] = []

        def cancel(info: LockInfo) -> None:
            asked.append(info)
            return None

        assert open_for_work(riverside_file, ask=cancel) is None
        assert asked[0].user == "Ada" and asked[0].pid == other.pid

        read_only = open_for_work(riverside_file, ask=lambda _info: "read_only")
        assert read_only is not None and read_only.read_only
        with pytest.raises(DataFileError, match="read-only"):
            editing.update(read_only, "action", action_id(read_only, "A1.1"), {"title_en": "x"})
        read_only.close()
        assert read_lock(riverside_file).pid == other.pid  # type: ignore[union-attr]

        anyway = open_for_work(riverside_file, ask=lambda _info: "anyway")
        assert anyway is not None and not anyway.read_only
        anyway.close()

        _lock_as(riverside_file, pid=other.pid, user="Ada")
        with pytest.raises(DataFileError, match="already open in LIP Planner"):
            open_for_work(riverside_file)
    finally:
        other.kill()
        other.wait()


def test_a_lock_left_by_a_crashed_copy_is_ignored(riverside_file: Path):
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    _lock_as(riverside_file, pid=dead.pid)
    assert open_elsewhere(riverside_file) is None
    db = open_for_work(riverside_file, ask=lambda _info: pytest.fail("should not ask"))
    assert db is not None
    assert read_lock(riverside_file).pid == os.getpid()  # type: ignore[union-attr]
    db.close()


def test_a_lock_from_another_computer_is_believed(riverside_file: Path):
    _lock_as(riverside_file, pid=1, host="office-pc-2", user="Ben")
    info = open_elsewhere(riverside_file)
    assert info is not None and info.host == "office-pc-2" and not info.on_this_computer


def test_a_garbled_lock_file_counts_as_no_lock(riverside_file: Path):
    lock_path(riverside_file).write_text("{not json")
    assert open_elsewhere(riverside_file) is None
