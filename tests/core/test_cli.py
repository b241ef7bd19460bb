"""Every CLI command, including its errors: exit 0 on success, 1 with one sentence for a
problem the user can fix, 2 for bad usage; never a traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def lipplanner(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "lipplanner", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=180,
    )


def test_demo_then_summary_json_shows_the_riverside_plan(tmp_path: Path) -> None:
    plan = tmp_path / "x.lip"
    made = lipplanner("demo", str(plan))
    assert made.returncode == 0, made.stderr
    result = lipplanner("summary", str(plan), "--json", "--period", "2026-27-Q3")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) >= {"plan", "period", "priorities", "totals"}
    assert data["period"] == "2026-27-Q3"
    assert len(data["priorities"]) == 6
    assert data["priorities"][0]["code"] == "P1"
    assert set(data["priorities"][0]) >= {
        "code",
        "title",
        "actions",
        "by_status",
        "percent_complete",
    }
    totals = data["totals"]
    assert totals["actions"] >= 20
    assert all(count > 0 for count in totals["by_status"].values())
    assert len(totals["by_status"]) == 7
    assert (totals["partners"], totals["practices"] >= 8, totals["indicators"] > 0) == (
        15,
        True,
        True,
    )
    assert sum(p["actions"] for p in data["priorities"]) == totals["actions"]


def test_summary_text_lists_each_priority(riverside_file: Path) -> None:
    result = lipplanner("summary", str(riverside_file), "--period", "2025-26")
    assert result.returncode == 0, result.stderr
    assert "Period 2025-26:" in result.stdout
    for code in ("P1", "P6"):
        assert f"\n{code} " in result.stdout


def test_summary_does_not_change_the_file(riverside_file: Path) -> None:
    before = riverside_file.read_bytes()
    assert lipplanner("summary", str(riverside_file)).returncode == 0
    assert riverside_file.read_bytes() == before


def test_synthetic_demo(tmp_path: Path) -> None:
    result = lipplanner("demo", str(tmp_path / "big.lip"), "--actions", "140", "--seed", "2")
    assert result.returncode == 0, result.stderr
    data = json.loads(lipplanner("summary", str(tmp_path / "big.lip"), "--json").stdout)
    assert data["totals"]["actions"] == 140
    assert data["totals"]["partners"] == 20
    assert len(data["priorities"]) == 10


def test_check_reports_a_sound_file(riverside_file: Path) -> None:
    result = lipplanner("check", str(riverside_file))
    assert result.returncode == 0, result.stderr
    assert "Integrity: ok" in result.stdout
    assert "Result: ok" in result.stdout
    # Counted in words, each noun in its number (not "6 priority", "1 practices").
    assert "Counts: 1 plan, 6 priorities, " in result.stdout


def test_check_finds_broken_links(riverside_file: Path) -> None:
    import sqlite3

    connection = sqlite3.connect(riverside_file)
    connection.execute("PRAGMA foreign_keys=OFF")
    connection.execute("UPDATE action SET lead_partner_id = 999 WHERE code = 'A1.1'")
    connection.commit()
    connection.close()
    result = lipplanner("check", str(riverside_file))
    assert result.returncode == 1
    assert "has a lead partner (999) that points to a missing partner" in result.stderr


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (("summary", "{tmp}/missing.lip"), 1, "There is no plan file"),
        (("summary", "{junk}"), 1, "is not a LIP Planner plan"),
        (("check", "{junk}"), 1, "is not a LIP Planner plan"),
        (("summary", "{tmp}"), 1, "is a folder"),
        (("summary", "{plan}", "--period", "2025-27"), 2, "second year must follow"),
        (("summary", "{plan}", "--period", "Q2"), 2, "not a reporting period"),
        (("demo", "{plan}"), 1, "already exists"),
        (("demo", "{tmp}/y.lip", "--actions", "0"), 2, "must be at least 1"),
        (("demo", "{tmp}/y.lip", "--actions", "many"), 2, "not a whole number"),
        (("demo", "{tmp}/no/such/folder/y.lip"), 1, "does not exist"),
        (("--frobnicate",), 2, "unrecognized arguments"),
        (("summary",), 2, "required"),
    ],
)
def test_errors_are_one_clear_sentence(
    riverside_file: Path, tmp_path: Path, args: tuple[str, ...], code: int, message: str
) -> None:
    junk = tmp_path / "junk.lip"
    junk.write_text("not a plan")
    filled = [a.format(tmp=tmp_path, junk=junk, plan=riverside_file) for a in args]
    result = lipplanner(*filled)
    assert result.returncode == code, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    import re

    assert re.search(message, result.stderr), result.stderr


def test_help_and_version() -> None:
    assert lipplanner("--version").stdout.startswith("LIP Planner")
    result = lipplanner("summary", "--help")
    assert result.returncode == 0 and "--period" in result.stdout
