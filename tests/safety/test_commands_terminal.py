"""`history` and `backups` read the way a coordinator at a terminal needs them to."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from lipplanner.cli import run_command
from lipplanner.core import models as m
from lipplanner.core.db import open_plan
from lipplanner.core.db.backups import list_backups
from lipplanner.core.services import editing
from lipplanner.core.services.history import quote
from tests.safety.helpers import action_id


def _first_update_of(plan: Path, code: str) -> tuple[int, str]:
    db = open_plan(plan)
    try:
        with db.reading() as session:
            update = session.scalars(
                select(m.ProgressUpdate)
                .where(m.ProgressUpdate.action_id == action_id(db, code))
                .order_by(m.ProgressUpdate.fiscal_year, m.ProgressUpdate.quarter)
            ).first()
            assert update is not None
            return (
                update.id,
                f"Q{update.quarter} {update.fiscal_year}-{(update.fiscal_year + 1) % 100:02d}",
            )
    finally:
        db.close()


def test_history_names_the_action_of_a_progress_update_and_quotes_both_texts(
    riverside_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    update_id, period = _first_update_of(riverside_file, "A1.2")
    long_text = (
        "Twelve newcomers had their credentials assessed this quarter,\n"
        "and five of them were placed with regulated employers in the region."
    )
    db = open_plan(riverside_file)
    try:
        with db.reading() as session:
            old = session.get(m.ProgressUpdate, update_id).outputs  # type: ignore[union-attr]
        editing.update(db, "progress_update", update_id, {"outputs": long_text})
    finally:
        db.close()

    assert run_command(["history", str(riverside_file), "--limit", "1"]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert (
        f"Changed Outputs achieved of progress update {period} of action A1.2 Credential "
        "recognition navigation clinic: " in line
    )
    assert line.endswith(
        f": {quote(old or '')} → “Twelve newcomers had their credentials assessed this…”"
    )


def test_quoted_texts_are_cut_at_a_word_and_kept_on_one_line() -> None:
    assert quote("") == "(empty)"
    assert quote("On track") == "“On track”"
    assert quote("one\ntwo  three") == "“one two three”"
    cut = quote("word " * 40)
    assert cut.endswith("word…”") and len(cut) <= 62
    # One long word is cut inside it rather than left whole.
    assert quote("x" * 200) == "“" + "x" * 59 + "…”"


def test_backups_restore_takes_the_name_as_listed(
    riverside_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_command(["backups", str(riverside_file), "--now"]) == 0
    db = open_plan(riverside_file)
    try:
        editing.update(db, "action", action_id(db, "A1.1"), {"percent_complete": 99})
    finally:
        db.close()
    capsys.readouterr()
    assert run_command(["backups", str(riverside_file)]) == 0
    listing = capsys.readouterr().out.splitlines()
    name = listing[1].split("  ")[-1]
    assert name == list_backups(riverside_file)[0].path.name and " " in name
    assert (
        listing[-1] == f'To restore one: lipplanner backups "{riverside_file}" --restore "{name}"'
    )

    assert run_command(["backups", str(riverside_file), "--restore", name]) == 0
    assert "Restored; the plan as it was is kept in" in capsys.readouterr().out
    db = open_plan(riverside_file, read_only=True)
    try:
        with db.reading() as session:
            percent = session.scalar(
                select(m.Action.percent_complete).where(m.Action.code == "A1.1")
            )
    finally:
        db.close()
    assert percent != 99

    # A path still works; a name that is not listed says where it looked.
    kept = next(b for b in list_backups(riverside_file) if b.kind == "before-restore")
    assert run_command(["backups", str(riverside_file), "--restore", str(kept.path)]) == 0
    capsys.readouterr()
    assert run_command(["backups", str(riverside_file), "--restore", "no such backup.lip"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("lipplanner backups: There is no backup “no such backup.lip” in ")
    assert f"“lipplanner backups {riverside_file}” lists it" in err
