"""Damaged plan files are refused with one sentence that names the table, row and
column — by `check`, `summary`, `export` and the GUI — never with a traceback."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from lipplanner.cli import run_command
from lipplanner.core.db import open_plan
from lipplanner.core.db.columns import COLUMNS
from lipplanner.core.errors import DataFileError
from lipplanner.core.services import editing
from tests.safety.helpers import action_id

# (what is wrong, SQL that does it to the Riverside plan, what `check` says)
DAMAGE = [
    (
        "text in a date column",
        ["UPDATE action SET end_date = 'soon' WHERE id = 12"],
        "row 12 of actions has an end date that is not a date",
    ),
    (
        "month 13",
        [
            "PRAGMA ignore_check_constraints = ON",
            "UPDATE action SET start_date = '2025-13-01' WHERE id = 3",
        ],
        "row 3 of actions has a start date that is not a date",
    ),
    (
        "text in an integer column",
        [
            "PRAGMA ignore_check_constraints = ON",
            "UPDATE progress_update SET percent_complete = 'lots' WHERE id = 1",
        ],
        "row 1 of progress updates has a percent complete that is not a percentage",
    ),
    (
        "text in a year column",
        ["PRAGMA ignore_check_constraints = ON", "UPDATE plan SET first_year = 'twenty'"],
        "row 1 of plans has a first year that is not a year from 1990 to 2100",
    ),
    (
        "a day the month does not have",  # SQLite's date() alone takes any day up to 31
        [
            "PRAGMA ignore_check_constraints = ON",
            "UPDATE action SET end_date = '2026-02-30' WHERE id = 12",
        ],
        "row 12 of actions has an end date that is not a date",
    ),
    (
        "the hour 24",  # SQLite's datetime() takes it, Python does not
        ["UPDATE partner SET updated_at = '2026-01-15 24:00:00' WHERE id = 2"],
        "row 2 of partners has an updated at that is not a date and time",
    ),
    (
        "29 February of a common year with a time",
        ["UPDATE progress_update SET created_at = '2027-02-29 10:00:00.5' WHERE id = 1"],
        "row 1 of progress updates has a created at that is not a date and time",
    ),
    (
        "a negative percentage",
        [
            "PRAGMA ignore_check_constraints = ON",
            "UPDATE action SET percent_complete = -5 WHERE id = 4",
        ],
        "row 4 of actions has a percent complete that is not a percentage",
    ),
    (
        "quarter 5",
        [
            "PRAGMA ignore_check_constraints = ON",
            "UPDATE indicator_value SET quarter = 5 WHERE id = 1",
        ],
        "row 1 of indicator values has a quarter that is not a quarter (0 for the year, 1 to 4)",
    ),
    (
        "the year 99999",
        [
            "PRAGMA ignore_check_constraints = ON",
            "UPDATE progress_update SET fiscal_year = 99999 WHERE id = 1",
        ],
        "row 1 of progress updates has a fiscal year that is not a year from 1990 to 2100",
    ),
    (
        "years out of order",
        ["PRAGMA ignore_check_constraints = ON", "UPDATE plan SET first_year = last_year + 1"],
        "row 1 of plans has its last year before its first year",
    ),
    (
        "a kind of status the app does not know",
        ["PRAGMA ignore_check_constraints = ON", "UPDATE status SET kind = 'paused' WHERE id = 1"],
        "row 1 of statuses has a kind LIP Planner does not know",
    ),
    (
        "an infinite budget",
        ["UPDATE action SET budget = 1e999 WHERE id = 5"],
        "row 5 of actions has a budget that is not a number",
    ),
    (
        "a BLOB in a text column",
        ["UPDATE partner SET name_en = X'0001FF' WHERE id = 2"],
        "row 2 of partners has a name (English) that is not text",
    ),
    (
        "a dangling foreign key",
        ["PRAGMA foreign_keys = OFF", "UPDATE action SET lead_partner_id = 999 WHERE id = 5"],
        "row 5 of actions has a lead partner (999) that points to a missing partner",
    ),
    (
        "a dropped column",
        ["ALTER TABLE action DROP COLUMN planned_outputs"],
        "the table of actions has no “planned_outputs” column",
    ),
    (
        "a dropped table",
        ["DROP TABLE practice_action"],
        "the table of practice actions is missing",
    ),
    (
        "a planted trigger",
        ["CREATE TRIGGER wipe AFTER UPDATE ON action BEGIN DELETE FROM practice; END"],
        "the file holds a trigger “wipe” that LIP Planner did not make",
    ),
    (
        "a foreign view",
        ["CREATE VIEW everything AS SELECT * FROM partner"],
        "the file holds a view “everything” that LIP Planner did not make",
    ),
]
INVALID_UTF8 = "UPDATE partner SET name_en = CAST(X'52C328' AS TEXT) WHERE id = 2"


def damage(plan: Path, statements: list[str]) -> Path:
    connection = sqlite3.connect(plan, isolation_level=None)
    try:
        for statement in statements:
            connection.execute(statement)
    finally:
        connection.close()
    return plan


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = run_command(list(argv))  # an exception here would be the traceback a user sees
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_the_column_table_matches_the_models():
    from sqlalchemy import Boolean, Date, DateTime, Float, Integer, LargeBinary, Numeric, String

    from lipplanner.core.models import Base

    years = {"fiscal_year", "first_year", "last_year", "current_year", "closed_year"}
    years |= {"carried_from_year", "source_year"}

    def kind(table: str, column: Any) -> str:
        t = column.type
        if isinstance(t, Boolean):
            return "bool"
        if isinstance(t, Integer):
            if column.name in years:
                return "year"
            if column.name == "quarter":
                return "quarter" if table == "progress_update" else "quarter_or_year"
            return "percent" if column.name == "percent_complete" else "int"
        if isinstance(t, Float | Numeric):
            return "number"
        if isinstance(t, DateTime):
            return "datetime"
        if isinstance(t, Date):
            return "date"
        if isinstance(t, String):
            return "text"
        assert isinstance(t, LargeBinary), (table, column.name, t)
        return "blob"

    models = {
        name: {c.name: kind(name, c) for c in table.columns}
        for name, table in Base.metadata.tables.items()
    }
    assert models == COLUMNS, f"update lipplanner/core/db/columns.py to:\n{models!r}"


def test_a_sound_plan_passes_every_check(riverside_file: Path, capsys: pytest.CaptureFixture[str]):
    code, out, err = _run(capsys, "check", str(riverside_file))
    assert (code, err) == (0, "")
    assert "every value has its type, range and encoding" in out


def test_the_rules_match_the_models():
    from sqlalchemy import CheckConstraint

    from lipplanner.core.db.columns import CHECKED_BY_KIND, CHECKS
    from lipplanner.core.models import Base

    models = {
        (table.name, constraint.name): str(constraint.sqltext)
        for table in Base.metadata.tables.values()
        for constraint in table.constraints
        if isinstance(constraint, CheckConstraint) and constraint.name not in CHECKED_BY_KIND
    }
    assert {key: rule[0] for key, rule in CHECKS.items()} == models


def test_values_at_the_edges_are_sound(riverside_file: Path, capsys: pytest.CaptureFixture[str]):
    """No false alarm: a leap day, a time a microsecond before midnight (SQLite rounds
    it to the next day once asked to compute), an old source, 0 and 100 percent."""
    plan = damage(
        riverside_file,
        [
            "UPDATE action SET start_date = '2028-02-29', end_date = '2028-02-29' WHERE id = 12",
            "UPDATE partner SET updated_at = '2026-01-15 23:59:59.999999' WHERE id = 2",
            "UPDATE progress_update SET created_at = '2028-02-29T23:59:59.9996' WHERE id = 1",
            "UPDATE practice SET source_year = 1950 WHERE id = 1",
            "UPDATE action SET percent_complete = 100 WHERE id = 4",
            "UPDATE action SET percent_complete = 0, budget = 0 WHERE id = 5",
        ],
    )
    code, _out, err = _run(capsys, "check", str(plan))
    assert (code, err) == (0, ""), err
    db = open_plan(plan, read_only=True)  # opening runs the same rules
    db.close()


@pytest.mark.parametrize(("what", "statements", "finding"), DAMAGE, ids=[d[0] for d in DAMAGE])
def test_a_damaged_plan_is_refused_in_one_sentence(
    riverside_file: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    what: str,
    statements: list[str],
    finding: str,
):
    plan = damage(riverside_file, statements)
    code, out, err = _run(capsys, "check", str(plan))
    assert code == 1 and "Result: problems found" in out
    assert f"Problem: {finding}\n" in err

    for argv in (
        ("summary", str(plan)),
        ("summary", str(plan), "--json"),
        ("export", str(plan), "-o", str(tmp_path / "report.xlsx")),
    ):
        code, out, err = _run(capsys, *argv)
        assert (code, out) == (1, ""), argv
        assert err.count("\n") == 1, err  # one sentence, no traceback
        assert finding in err and "lipplanner check riverside.lip" in err
    assert not (tmp_path / "report.xlsx").exists()

    with pytest.raises(DataFileError, match=finding.replace("(", r"\(").replace(")", r"\)")):
        open_plan(plan, read_only=True)


def test_text_that_is_not_utf8_is_named_by_check_and_one_sentence_elsewhere(
    riverside_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    plan = damage(riverside_file, [INVALID_UTF8])
    code, _out, err = _run(capsys, "check", str(plan))
    assert code == 1
    assert "row 2 of partners has a name (English) that is not readable text (not UTF-8)" in err
    code, out, err = _run(capsys, "export", str(plan), "-o", str(tmp_path / "r.xlsx"))
    assert (code, out) == (1, "")
    assert err.count("\n") == 1 and "not readable (not UTF-8)" in err and "name_en" in err


def test_a_trigger_that_raises_is_a_sentence_not_an_integrity_error(riverside_file: Path):
    db = open_plan(riverside_file)
    try:
        # Planted while the plan is open (opening refuses a file that already has one).
        damage(
            riverside_file,
            [
                "CREATE TRIGGER no_edits BEFORE UPDATE ON action "
                "BEGIN SELECT RAISE(ABORT, 'edits are not allowed'); END"
            ],
        )
        a11 = action_id(db, "A1.1")
        with pytest.raises(DataFileError) as refused:
            editing.update(db, "action", a11, {"title_en": "Changed"})
        assert "refused the change (edits are not allowed); nothing was saved" in str(refused.value)
    finally:
        db.close()


@pytest.mark.parametrize(
    "statements", [d[1] for d in DAMAGE] + [[INVALID_UTF8]], ids=[d[0] for d in DAMAGE] + ["utf8"]
)
def test_the_gui_refuses_a_damaged_plan_with_the_sentence(
    riverside_file: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, statements: list[str]
):
    from lipplanner.ui.main_window import MainWindow

    plan = damage(riverside_file, statements)
    window = MainWindow()
    qtbot.addWidget(window)
    shown: list[str] = []
    monkeypatch.setattr(window, "show_error", lambda error: shown.append(str(error)))
    for read_only in (False, True):
        assert not window.open_plan(str(plan), read_only=read_only)
        assert window.context is None
    assert len(shown) == 2 and all("lipplanner check riverside.lip" in s for s in shown)
    assert "Traceback" not in shown[0]


def test_copying_a_plan_with_unreadable_text_names_the_source(
    riverside_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    plan = damage(riverside_file, [INVALID_UTF8])
    code, out, err = _run(capsys, "copy", str(plan), str(tmp_path / "copy.lip"))
    assert (code, out) == (1, "")
    assert err.count("\n") == 1 and "“riverside.lip” holds text that is not readable" in err
    assert "saved" not in err  # it was never a failure to save the copy
    assert not (tmp_path / "copy.lip").exists()
