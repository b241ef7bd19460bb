"""The headless history, backups and copy commands."""

from __future__ import annotations

from pathlib import Path

import pytest

from lipplanner.cli import run_command
from lipplanner.core.db import open_plan
from lipplanner.core.services import editing
from tests.safety.helpers import action_id


def test_history_backups_and_copy_from_the_command_line(
    riverside_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    db = open_plan(riverside_file)
    editing.update(db, "action", action_id(db, "A1.1"), {"percent_complete": 60})
    db.close()
    assert run_command(["history", str(riverside_file)]) == 0
    out = capsys.readouterr().out
    assert "Test Coordinator  Changed Percent complete of action A1.1" in out
    assert out.rstrip().endswith(": “55%” → “60%”")

    assert run_command(["backups", str(riverside_file), "--now"]) == 0
    assert run_command(["backups", str(riverside_file)]) == 0
    assert "manual" in capsys.readouterr().out

    copy = tmp_path / "copy.lip"
    assert run_command(["copy", str(riverside_file), str(copy)]) == 0
    assert run_command(["copy", str(riverside_file), str(copy)]) == 1
    assert "already exists" in capsys.readouterr().err


def test_a_bad_date_is_a_usage_error(riverside_file: Path, capsys: pytest.CaptureFixture[str]):
    with pytest.raises(SystemExit) as exit_info:
        run_command(["history", str(riverside_file), "--since", "last week"])
    assert exit_info.value.code == 2
    assert "is not a date like 2025-10-31" in capsys.readouterr().err
