"""Readers never wait for a writer; writers wait their turn; "busy" and "read-only
location" are said as such, never as "damaged"."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

import lipplanner.core.db as plan_db_module
from lipplanner.core.db import PlanDatabase, open_plan
from lipplanner.core.errors import DataFileError
from lipplanner.core.services import editing
from lipplanner.core.services.plan_view import load_plan_view
from tests.safety.helpers import action_id

ROOT = Path(__file__).resolve().parents[2]


class HeldWrite:
    """Another copy of the app in the middle of a save, holding SQLite's write lock."""

    def __init__(self, db: PlanDatabase, action: int) -> None:
        self._context = db.transaction()
        session = self._context.__enter__()
        session.execute(
            text("UPDATE action SET title_en = 'Being saved' WHERE id = :i"), {"i": action}
        )

    def finish(self) -> None:
        self._context.__exit__(None, None, None)


@pytest.fixture
def writer(riverside_file: Path) -> Iterator[PlanDatabase]:
    db = open_plan(riverside_file)
    yield db
    db.close()


def test_opening_and_reading_never_wait_for_a_writer(riverside_file: Path, writer: PlanDatabase):
    a11 = action_id(writer, "A1.1")
    before = editing.get_values(writer, "action", a11)["title_en"]
    held = HeldWrite(writer, a11)
    try:
        started = time.monotonic()
        reader = open_plan(riverside_file)  # was: 5 s, then "damaged (database is locked)"
        try:
            # The reader sees the last commit, not the save in progress.
            assert editing.get_values(reader, "action", a11)["title_en"] == before
            assert load_plan_view(reader).actions[a11].title_en == before
        finally:
            reader.close()
        assert time.monotonic() - started < 1.0
    finally:
        held.finish()


def test_a_save_waits_for_the_other_save_instead_of_being_refused(
    writer: PlanDatabase, riverside_file: Path
):
    a11 = action_id(writer, "A1.1")
    other = open_plan(riverside_file)
    held = HeldWrite(writer, a11)
    release = threading.Timer(1.0, held.finish)
    release.start()
    try:
        started = time.monotonic()
        editing.update(other, "action", a11, {"percent_complete": 42})
        waited = time.monotonic() - started
    finally:
        release.join()
        other.close()
    assert waited >= 0.9  # it queued behind the other save …
    values = editing.get_values(writer, "action", a11)
    assert values["percent_complete"] == 42 and values["title_en"] == "Being saved"  # … kept both


def test_a_save_that_waited_too_long_says_busy_not_damaged(
    writer: PlanDatabase, riverside_file: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(plan_db_module, "WRITE_WAIT_S", 0.2)
    a11 = action_id(writer, "A1.1")
    other = open_plan(riverside_file)
    held = HeldWrite(writer, a11)
    try:
        with pytest.raises(DataFileError) as refused:
            editing.update(other, "action", a11, {"percent_complete": 43})
    finally:
        held.finish()
        other.close()
    message = str(refused.value)
    assert "busy" in message and "nothing was saved" in message
    assert "damaged" not in message


# --- a plan in a folder the user cannot write -------------------------------------------

# Root ignores permissions; without these capabilities it obeys them like anyone.
AS_ORDINARY_USER = (
    [
        "setpriv",
        "--bounding-set",
        "-dac_override,-dac_read_search",
        "--inh-caps",
        "-dac_override,-dac_read_search",
    ]
    if os.getuid() == 0
    else []
)
CHILD_OPEN = r"""
import sys
from lipplanner.core.db import open_plan
from lipplanner.core.errors import DataFileError
from lipplanner.core.services.plan_view import load_plan_view
try:
    db = open_plan(sys.argv[1], read_only=sys.argv[2] == "ro")
    print("opened", len(load_plan_view(db).actions))
    db.close()
except DataFileError as error:
    print("refused", error)
"""


def _as_someone_else(folder: Path, *args: str) -> str:
    """Run the child as a user who may read but not write `folder`."""
    os.chmod(folder, 0o555)
    try:
        result = subprocess.run(
            [*AS_ORDINARY_USER, sys.executable, "-c", CHILD_OPEN, *args],
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            timeout=60,
        )
    finally:
        os.chmod(folder, 0o755)
    assert result.stderr == "", result.stderr
    return result.stdout.strip()


@pytest.fixture
def locked_folder(riverside_file: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "shared-readonly"
    folder.mkdir()
    shutil.copyfile(riverside_file, folder / "plan.lip")
    return folder / "plan.lip"


def test_a_sound_plan_in_a_read_only_folder_opens_read_only(locked_folder: Path):
    assert locked_folder.read_bytes()[18:20] == b"\x02\x02"  # a WAL plan, cleanly closed
    assert _as_someone_else(locked_folder.parent, str(locked_folder), "ro").startswith("opened ")
    assert sorted(p.name for p in locked_folder.parent.iterdir()) == ["plan.lip"]


def test_opening_it_for_work_there_is_a_location_sentence_not_damaged(locked_folder: Path):
    answer = _as_someone_else(locked_folder.parent, str(locked_folder), "rw")
    assert answer.startswith("refused ")
    assert "is damaged" not in answer and "backup" not in answer
    assert "read-only" in answer or "cannot write" in answer or "permission" in answer


def test_unfolded_changes_in_a_read_only_folder_are_explained(locked_folder: Path):
    keep = sqlite3.connect(locked_folder)  # an open writer leaves its -wal beside the plan
    keep.execute("UPDATE action SET title_en = 'Pending' WHERE id = 1")
    keep.commit()
    shutil.copyfile(locked_folder.with_name("plan.lip-wal"), locked_folder.parent / "saved-wal")
    keep.close()
    shutil.move(locked_folder.parent / "saved-wal", locked_folder.with_name("plan.lip-wal"))
    answer = _as_someone_else(locked_folder.parent, str(locked_folder), "ro")
    assert "is damaged" not in answer and "backup" not in answer
    assert answer.startswith("refused ") and "plan.lip-wal" in answer
