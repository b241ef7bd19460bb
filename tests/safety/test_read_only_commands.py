"""Commands that only read a plan leave it exactly as they found it: the same bytes,
the same modification time and no `-wal`, `-shm` or `-journal` file beside it."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from lipplanner.cli import run_command
from lipplanner.core.db import PlanDatabase, open_plan
from lipplanner.core.demo import DEMO_LAST_FULL_QUARTER
from lipplanner.core.services import editing
from lipplanner.core.services.plan_view import load_plan_view
from tests.safety.helpers import scalar

ROOT = Path(__file__).resolve().parents[2]

READ_ONLY_COMMANDS = {
    "summary": ["summary", "{plan}"],
    "summary --json": ["summary", "{plan}", "--json"],
    "check": ["check", "{plan}"],
    "export": ["export", "{plan}", "-o", "{out}/report.xlsx"],
    "partner-workbooks": [
        "partner-workbooks", "{plan}", "--period", DEMO_LAST_FULL_QUARTER.label, "-o", "{out}",
    ],
    "history": ["history", "{plan}"],
    "backups": ["backups", "{plan}"],
    "submissions": ["submissions", "{plan}"],
}  # fmt: skip


def _fingerprint(plan: Path) -> tuple[str, int, list[str]]:
    beside = sorted(p.name for p in plan.parent.iterdir())
    return hashlib.sha256(plan.read_bytes()).hexdigest(), plan.stat().st_mtime_ns, beside


@pytest.mark.parametrize("name", list(READ_ONLY_COMMANDS))
def test_a_read_only_command_leaves_the_plan_untouched(
    name: str, riverside_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "plans"
    folder.mkdir()
    plan = riverside_file.rename(folder / riverside_file.name)
    out = tmp_path / "out"
    out.mkdir()
    # An hour ago, so that a rewrite within the same clock tick would still show.
    os.utime(plan, ns=(plan.stat().st_atime_ns, plan.stat().st_mtime_ns - 3600 * 10**9))
    before = _fingerprint(plan)
    assert before[2] == [plan.name]  # a cleanly closed plan has no side files

    argv = [a.format(plan=plan, out=out) for a in READ_ONLY_COMMANDS[name]]
    assert run_command(argv) == 0, capsys.readouterr().err

    assert _fingerprint(plan) == before


def test_a_plan_opened_read_only_in_the_gui_is_left_as_it_was(
    riverside_file: Path, tmp_path: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The read-only window sees other copies' saves (so it is not `immutable`), yet
    once closed it leaves no -wal/-shm behind (`mode=ro` left both for good, and every
    later read-only command then found the plan in use); a save is refused."""
    from lipplanner.core.errors import DataFileError
    from lipplanner.core.services import editing
    from lipplanner.ui.main_window import MainWindow

    folder = tmp_path / "plans"
    folder.mkdir()
    plan = riverside_file.rename(folder / riverside_file.name)
    os.utime(plan, ns=(plan.stat().st_atime_ns, plan.stat().st_mtime_ns - 3600 * 10**9))
    before = _fingerprint(plan)
    window = MainWindow()
    qtbot.addWidget(window)
    monkeypatch.setattr(window, "show_error", lambda error: pytest.fail(str(error)))
    assert window.open_plan(str(plan), read_only=True)
    assert window.context is not None
    percent = editing.get_values(window.context.db, "action", 1)["percent_complete"]
    with pytest.raises(DataFileError, match="is read-only; the change was not saved"):
        editing.update(window.context.db, "action", 1, {"percent_complete": (percent + 1) % 100})
    # A save by another copy meanwhile is seen.
    other = open_plan(plan)
    editing.update(other, "action", 1, {"percent_complete": (percent + 2) % 100})
    seen = editing.get_values(window.context.db, "action", 1)["percent_complete"]
    assert seen == (percent + 2) % 100
    other.close()
    window.close_plan()
    assert sorted(p.name for p in folder.iterdir()) == [plan.name]
    _hash, _mtime, beside = _fingerprint(plan)
    assert beside == before[2]


def test_read_only_opening_leaves_no_side_files_nor_changes(riverside_file: Path) -> None:
    plan = riverside_file
    os.utime(plan, ns=(plan.stat().st_atime_ns, plan.stat().st_mtime_ns - 3600 * 10**9))
    before = _fingerprint(plan)
    db = open_plan(plan, read_only=True)
    load_plan_view(db)
    db.close()
    assert _fingerprint(plan) == before


SEEN = "Seen from the write-ahead log"
# The read-only commands whose output shows the plan's title.
SHOWS_TITLE = {"summary", "summary --json", "history"}


def _commit_a_title(db: PlanDatabase) -> None:
    """A commit that stays in the -wal while `db` is open (no checkpoint yet)."""
    plan_id = int(scalar(db, "SELECT id FROM plan"))
    editing.update(db, "plan", plan_id, {"title_en": SEEN})


@pytest.mark.parametrize("name", list(READ_ONLY_COMMANDS))
def test_a_read_only_command_on_a_plan_open_in_another_copy_adds_no_side_file(
    name: str, riverside_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The plan is in WAL use: another copy has it open, its last save still in the -wal.
    # The command must see that save, create nothing beside the plan, and leave the
    # writer's side files to the writer, whose close then removes them.
    folder = tmp_path / "plans"
    folder.mkdir()
    plan = riverside_file.rename(folder / riverside_file.name)
    out = tmp_path / "out"
    out.mkdir()
    writer = open_plan(plan)
    try:
        _commit_a_title(writer)
        beside = _fingerprint(plan)[2]
        assert beside == [plan.name, f"{plan.name}-shm", f"{plan.name}-wal"]
        argv = [a.format(plan=plan, out=out) for a in READ_ONLY_COMMANDS[name]]
        assert run_command(argv) == 0
        said = capsys.readouterr()
        assert "Traceback" not in said.err
        if name in SHOWS_TITLE:
            assert SEEN in said.out, said.out
        assert _fingerprint(plan)[2] == beside
    finally:
        writer.close()
    assert _fingerprint(plan)[2] == [plan.name]


KILLED_WRITER = r"""
import os, sys
from lipplanner.core.db import open_plan
from lipplanner.core.services import editing
db = open_plan(sys.argv[1])
from sqlalchemy import text
with db.reading() as session:
    plan_id = session.execute(text("SELECT id FROM plan")).scalar()
editing.update(db, "plan", plan_id, {"title_en": sys.argv[2]})
os._exit(0)  # no close: the -wal and -shm stay, as after a crash
"""


@pytest.mark.parametrize("name", ["check", "summary --json", "history", "export"])
def test_a_read_only_command_after_a_crash_reads_the_wal_and_leaves_it(
    name: str, riverside_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A copy that crashed left its last save in the -wal: the command reads it, and
    # leaves the -wal for the next writer to fold in (a read-only command never writes).
    folder = tmp_path / "plans"
    folder.mkdir()
    plan = riverside_file.rename(folder / riverside_file.name)
    out = tmp_path / "out"
    out.mkdir()
    subprocess.run(
        [sys.executable, "-c", KILLED_WRITER, str(plan), SEEN],
        check=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=60,
    )  # fmt: skip
    wal = Path(f"{plan}-wal")
    before = _fingerprint(plan), hashlib.sha256(wal.read_bytes()).hexdigest()
    assert before[0][2] == [plan.name, f"{plan.name}-shm", wal.name]
    argv = [a.format(plan=plan, out=out) for a in READ_ONLY_COMMANDS[name]]
    assert run_command(argv) == 0
    said = capsys.readouterr()
    assert "Traceback" not in said.err
    if name in SHOWS_TITLE:
        assert SEEN in said.out, said.out
    assert (_fingerprint(plan), hashlib.sha256(wal.read_bytes()).hexdigest()) == before
    # The next writer folds the save in and tidies up.
    db = open_plan(plan)
    assert scalar(db, "SELECT title_en FROM plan") == SEEN
    db.close()
    assert _fingerprint(plan)[2] == [plan.name]
