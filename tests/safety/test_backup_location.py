"""Automatic backups go to the user's local data, not into a folder beside the plan
(a shared or synced folder), and backups kept beside it by earlier versions still
count."""

from __future__ import annotations

import hashlib
import os
import shutil
import sys
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from lipplanner.cli import run_command
from lipplanner.core.db import backup_sqlite, open_plan
from lipplanner.core.db.backups import (
    DATA_DIR_VARIABLE,
    auto_backup,
    backup_folder,
    list_backups,
    local_data_folder,
    make_backup,
    restore_backup,
    user_data_folder,
)
from lipplanner.core.services import editing
from tests.safety.helpers import action_id

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

LONG_AGO = datetime(2025, 3, 2, 8, 30)


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "local app data"
    monkeypatch.setenv(DATA_DIR_VARIABLE, str(folder))
    return folder


@pytest.fixture
def shared_plan(riverside_file: Path, tmp_path: Path) -> Path:
    """The plan in a synced folder of its own, so anything written beside it shows."""
    folder = tmp_path / "OneDrive - Riverside"
    folder.mkdir()
    return Path(shutil.move(riverside_file, folder / "riverside.lip"))


def _title(path: Path) -> str:
    db = open_plan(path, read_only=True)
    try:
        return str(editing.get_values(db, "action", action_id(db, "A1.1"))["title_en"])
    finally:
        db.close()


def _files(folder: Path) -> list[str]:
    """What `folder` holds, but SQLite's own -wal and -shm companions of a file."""
    return sorted(p.name for p in folder.iterdir() if not p.name.endswith(("-wal", "-shm")))


def _old_backup(folder: Path, plan: Path, moment: datetime, kind: str) -> Path:
    """A backup as an earlier version left it in `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    return backup_sqlite(plan, folder / f"{plan.stem} {moment:%Y-%m-%d %H%M%S} {kind}.lip")


def test_opening_and_editing_a_plan_in_the_window_leaves_nothing_beside_it(
    shared_plan: Path, data_dir: Path, qtbot: Any
) -> None:
    from lipplanner.ui.application import make_application
    from lipplanner.ui.dialogs.restore_backup import RestoreBackupDialog
    from lipplanner.ui.main_window import MainWindow
    from lipplanner.ui.undo import EditCommand, push_command

    make_application()
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_plan(str(shared_plan))
    context = window.context
    assert context is not None
    item = action_id(context.db, "A1.1")
    edit = EditCommand(context, "action", item, {"title_en": "Edited on the share"}, "Edit")
    assert push_command(context, edit) is None
    window.close_plan()

    assert sorted(os.listdir(shared_plan.parent)) == ["riverside.lip"]
    (backup,) = list_backups(shared_plan)
    assert backup.kind == "auto"
    assert backup.path.parent == backup_folder(shared_plan)
    assert backup.path.parent.parent == data_dir / "backups"
    assert backup.path.parent.name.startswith("riverside-")
    # File → Restore from backup lists it and says where it is kept.
    dialog = RestoreBackupDialog(shared_plan)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 1
    assert dialog.model.record(0).path == backup.path
    texts = [label.text() for label in dialog.findChildren(type(dialog.empty_label))]
    assert any(str(backup_folder(shared_plan)) in text for text in texts)
    assert _title(shared_plan) == "Edited on the share"
    restore_backup(shared_plan, backup.path)
    assert _title(shared_plan).startswith("Employer mentorship")
    assert sorted(os.listdir(shared_plan.parent)) == ["riverside.lip"]


def test_plans_of_the_same_name_in_two_folders_keep_their_backups_apart(
    riverside_file: Path, tmp_path: Path, data_dir: Path
) -> None:
    plans = []
    for name in ("Ottawa", "Gatineau"):
        (tmp_path / name).mkdir()
        plans.append(Path(shutil.copy(riverside_file, tmp_path / name / "plan.lip")))
    first = make_backup(plans[0], now=LONG_AGO)
    second = make_backup(plans[1], now=LONG_AGO)
    assert first.name == second.name and first.parent != second.parent
    assert [b.path for b in list_backups(plans[0])] == [first]
    assert [b.path for b in list_backups(plans[1])] == [second]


def test_the_backups_folder_follows_each_system_s_convention(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(DATA_DIR_VARIABLE, raising=False)
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "Local"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    monkeypatch.setattr(sys, "platform", "win32")
    assert local_data_folder() == tmp_path / "Local" / "LIP Planner"
    monkeypatch.setattr(sys, "platform", "darwin")
    assert local_data_folder() == Path.home() / "Library" / "Application Support" / "LIP Planner"
    monkeypatch.setattr(sys, "platform", "linux")
    assert local_data_folder() == tmp_path / "share" / "LIP Planner"
    monkeypatch.delenv("XDG_DATA_HOME")
    assert local_data_folder() == Path.home() / ".local" / "share" / "LIP Planner"
    monkeypatch.setenv(DATA_DIR_VARIABLE, str(tmp_path / "portable"))
    assert local_data_folder() == tmp_path / "portable"


def test_backups_an_earlier_version_kept_are_listed_and_restored(
    shared_plan: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    beside = shared_plan.parent / "riverside backups"
    old = _old_backup(beside, shared_plan, LONG_AGO, "manual")
    # Where an earlier version put them when the plan's folder could not be written.
    digest = hashlib.sha1(str(shared_plan.resolve()).encode()).hexdigest()[:8]
    roaming_folder = user_data_folder() / "backups" / f"riverside-{digest}"
    roaming = _old_backup(roaming_folder, shared_plan, LONG_AGO, "auto")
    new = make_backup(shared_plan, now=LONG_AGO + timedelta(days=30))
    assert [b.path for b in list_backups(shared_plan)] == [new, old, roaming]

    assert run_command(["backups", str(shared_plan)]) == 0
    listing = capsys.readouterr().out.splitlines()
    assert listing[0] == f"Backups in {backup_folder(shared_plan)}: 3"
    assert f"(1 of them made by an earlier version, in {beside})" in listing

    db = open_plan(shared_plan)
    editing.update(db, "action", action_id(db, "A1.1"), {"title_en": "After the old backup"})
    db.close()
    assert run_command(["backups", str(shared_plan), "--restore", old.name]) == 0
    assert _title(shared_plan).startswith("Employer mentorship")
    # The plan as it was is kept with the new backups, not in the old folder.
    kept = next(b for b in list_backups(shared_plan) if b.kind == "before-restore")
    assert kept.path.parent == backup_folder(shared_plan)
    assert _title(kept.path) == "After the old backup"
    assert _files(beside) == [old.name]


def test_the_old_folder_beside_the_plan_goes_once_its_backups_roll_away(
    shared_plan: Path, data_dir: Path
) -> None:
    beside = shared_plan.parent / "riverside backups"
    _old_backup(beside, shared_plan, LONG_AGO, "auto")
    made = auto_backup(shared_plan, keep=1, now=LONG_AGO + timedelta(days=3))
    assert made is not None and made.parent == backup_folder(shared_plan)
    assert [b.path for b in list_backups(shared_plan)] == [made]
    assert _files(shared_plan.parent) == ["riverside.lip"]


def test_an_old_folder_holding_a_backup_by_hand_stays(shared_plan: Path, data_dir: Path) -> None:
    beside = shared_plan.parent / "riverside backups"
    kept = _old_backup(beside, shared_plan, LONG_AGO, "manual")
    auto_backup(shared_plan, keep=1, now=LONG_AGO + timedelta(days=3))
    assert _files(beside) == [kept.name]
