"""A plan that passed the opening check and has not changed since is not scanned
again; any change to it, by any writer, brings the full check back."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from lipplanner.core.db import inspection, open_plan
from lipplanner.core.errors import DataFileError


@pytest.fixture
def checks(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Counts the opening checks (one entry per full scan)."""
    done: list[Path] = []
    real = inspection.inspect_plan

    def counted(connection: sqlite3.Connection, **options: Any) -> list[str]:
        done.append(Path())
        return real(connection, **options)

    monkeypatch.setattr(inspection, "inspect_plan", counted)
    return done


def _settled(plan: Path) -> Path:
    """As if last written an hour ago (a file written just now is never trusted)."""
    st = plan.stat()
    os.utime(plan, ns=(st.st_atime_ns, st.st_mtime_ns - 3600 * 10**9))
    return plan


def _open(plan: Path, **options: Any) -> None:
    open_plan(plan, **options).close()


def test_an_unchanged_plan_is_checked_once(riverside_file: Path, checks: list[Path]) -> None:
    plan = _settled(riverside_file)
    _open(plan, read_only=True)
    _open(plan, read_only=True)
    _open(plan)
    assert len(checks) == 1


def test_a_plan_damaged_since_its_check_is_refused(
    riverside_file: Path, checks: list[Path]
) -> None:
    plan = _settled(riverside_file)
    _open(plan, read_only=True)
    with sqlite3.connect(plan) as connection:  # another tool, behind the app's back
        connection.execute("UPDATE action SET end_date = 'soon' WHERE id = 12")
    connection.close()
    with pytest.raises(DataFileError, match="row 12 of actions has an end date"):
        _open(plan, read_only=True)
    assert len(checks) == 2


def test_resetting_the_modification_time_does_not_hide_a_change(
    riverside_file: Path, checks: list[Path]
) -> None:
    plan = _settled(riverside_file)
    _open(plan, read_only=True)
    times = plan.stat()
    with sqlite3.connect(plan) as connection:
        connection.execute("UPDATE partner SET name_en = X'0001FF' WHERE id = 2")
    connection.close()
    os.utime(plan, ns=(times.st_atime_ns, times.st_mtime_ns))  # the change time still moves
    with pytest.raises(DataFileError, match="row 2 of partners"):
        _open(plan, read_only=True)


def test_a_plan_written_just_now_is_checked_every_time(
    riverside_file: Path, checks: list[Path]
) -> None:
    _open(riverside_file, read_only=True)
    _open(riverside_file, read_only=True)
    assert len(checks) == 2


def test_an_unwritable_cache_means_a_check_every_time(
    riverside_file: Path, checks: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    plan = _settled(riverside_file)
    _open(plan, read_only=True)
    _open(plan, read_only=True)
    assert len(checks) == 2
