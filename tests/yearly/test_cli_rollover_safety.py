"""`lipplanner rollover --apply` as a coordinator meets it: too early in the year it asks
for --early, beyond the plan it asks for --extend, and when it does start the new year
it has made a backup first and written the change into the plan's history."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from lipplanner.cli import EXIT_ERROR, EXIT_OK, run_command
from lipplanner.commands import yearly
from lipplanner.core.db import open_plan
from lipplanner.core.db.backups import list_backups
from lipplanner.core.services.history import describe, history
from lipplanner.core.services.plan_view import load_plan_view

DECEMBER_2 = date(2026, 12, 2)  # 2026-27 Q3
FEBRUARY_2 = date(2027, 2, 2)  # 2026-27 Q4


def _on(monkeypatch: pytest.MonkeyPatch, day: date) -> None:
    monkeypatch.setattr(yearly, "today", lambda: day)


def _year_in_effect(plan: Path) -> int | None:
    db = open_plan(plan, read_only=True)
    try:
        return load_plan_view(db).plan.current_year
    finally:
        db.close()


def test_in_the_third_quarter_it_warns_and_asks_for_early(
    riverside_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _on(monkeypatch, DECEMBER_2)
    assert run_command(["rollover", str(riverside_file)]) == EXIT_OK
    out = capsys.readouterr().out
    assert (
        "Note: On 2026-12-02, 2026-27 is only in its third quarter (Q3); its last quarter "
        "begins on 2027-01-01." in out
    )
    assert out.rstrip().endswith("add --apply --early to start the next year.")

    before = riverside_file.read_bytes()
    assert run_command(["rollover", str(riverside_file), "--apply"]) == EXIT_ERROR
    err = capsys.readouterr().err
    assert err.startswith("lipplanner rollover: On 2026-12-02, 2026-27 is only in its third")
    assert err.rstrip().endswith("Start 2027-28 once it has begun, or add --early to start it now.")
    assert len(err.strip().splitlines()) == 1
    assert riverside_file.read_bytes() == before
    assert list_backups(riverside_file) == []  # refused before anything was done

    assert run_command(["rollover", str(riverside_file), "--apply", "--early"]) == EXIT_OK
    assert _year_in_effect(riverside_file) == 2027


def test_in_the_last_quarter_no_flag_is_needed(
    riverside_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _on(monkeypatch, FEBRUARY_2)
    assert run_command(["rollover", str(riverside_file), "--json"]) == EXIT_OK
    data = json.loads(capsys.readouterr().out)
    assert not any("its last quarter begins on" in w for w in data["warnings"])
    assert run_command(["rollover", str(riverside_file), "--apply"]) == EXIT_OK
    assert _year_in_effect(riverside_file) == 2027


def test_applying_makes_a_backup_first_and_writes_the_history(
    riverside_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _on(monkeypatch, FEBRUARY_2)
    before = _year_in_effect(riverside_file)
    assert run_command(["rollover", str(riverside_file), "--apply"]) == EXIT_OK
    out = capsys.readouterr().out
    (backup,) = list_backups(riverside_file)
    assert backup.kind == "before-rollover"
    assert f"Backed up the plan to {backup.path}." in out
    assert "Started 2027-28; the change is in the plan’s history." in out
    assert f'--restore "{backup.path.name}"' in out
    # The backup is the plan as it was, before 2027-28 was started.
    assert _year_in_effect(backup.path) == before != 2027

    db = open_plan(riverside_file, read_only=True)
    try:
        lines = [describe(e) for e in history(db)]
    finally:
        db.close()
    assert any(
        line.startswith("Changed Year in effect of plan ") and line.endswith("→ “2027-28”")
        for line in lines
    )
    assert "Changed Closing year of action A1.3 " in "\n".join(lines)
    assert sum(line.startswith("Changed Year carried over of action ") for line in lines) == 17

    # Restoring the backup by the name printed takes the new year back.
    assert run_command(["backups", str(riverside_file), "--restore", backup.path.name]) == 0
    assert _year_in_effect(riverside_file) == before


def test_beyond_the_plan_it_says_add_extend_and_extend_does_it(
    riverside_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _on(monkeypatch, date(2028, 2, 2))  # 2027-28 Q4, the plan's last year
    assert run_command(["rollover", str(riverside_file), "--apply"]) == EXIT_OK  # to 2027-28
    capsys.readouterr()
    assert run_command(["rollover", str(riverside_file)]) == EXIT_OK
    out = capsys.readouterr().out
    assert "the plan must be extended by one year to start it. Add --extend to do so." in out
    assert out.rstrip().endswith("add --apply --extend to start the next year.")
    backups = len(list_backups(riverside_file))
    assert run_command(["rollover", str(riverside_file), "--apply"]) == EXIT_ERROR
    assert capsys.readouterr().err == (
        "lipplanner rollover: 2028-29 is beyond the plan’s last year (2027-28); add --extend "
        "to extend the plan to 2028-29 and start it.\n"
    )
    assert len(list_backups(riverside_file)) == backups
    assert run_command(["rollover", str(riverside_file), "--apply", "--extend"]) == EXIT_OK
    db = open_plan(riverside_file, read_only=True)
    try:
        plan = load_plan_view(db).plan
    finally:
        db.close()
    assert (plan.current_year, plan.last_year) == (2028, 2028)


def test_the_restore_dialog_names_the_backup_made_before_a_new_year(
    riverside_file: Path, monkeypatch: pytest.MonkeyPatch, qtbot: Any
) -> None:
    from PySide6.QtCore import Qt

    from lipplanner.ui.application import make_application
    from lipplanner.ui.dialogs.restore_backup import RestoreBackupDialog

    _on(monkeypatch, FEBRUARY_2)
    assert run_command(["rollover", str(riverside_file), "--apply"]) == EXIT_OK
    make_application()
    dialog = RestoreBackupDialog(riverside_file)
    qtbot.addWidget(dialog)
    kind = dialog.model.index(0, 1).data(Qt.ItemDataRole.DisplayRole)
    assert kind == "Before a new year"
