"""The command line tried as a person would: a mistyped command, counts in plain English,
a period outside the plan, files it would replace, folders it must make."""

from __future__ import annotations

import sys
from pathlib import Path

import openpyxl
import pytest

from lipplanner.cli import COMMANDS, EXIT_ERROR, EXIT_OK, EXIT_USAGE, run_command
from lipplanner.core.db import PlanDatabase
from tests.core.plan_builder import PlanBuilder
from tests.core.test_cli import lipplanner


def test_a_mistyped_command_suggests_the_right_one_and_lists_them_all() -> None:
    result = lipplanner("sumary", "plan.lip")
    assert result.returncode == EXIT_USAGE
    assert result.stdout == ""
    first, second = result.stderr.splitlines()
    assert first == 'lipplanner: unknown command "sumary" — did you mean "summary"?'
    assert second.startswith("Commands: demo, summary, check, history, ")
    assert all(name in second for name in COMMANDS)
    # Nothing close: no guess, still the list.
    other = lipplanner("frobnicate")
    assert other.returncode == EXIT_USAGE
    assert other.stderr.startswith('lipplanner: unknown command "frobnicate".\nCommands: ')


def test_counts_are_singular_and_plural(
    empty_plan: PlanDatabase, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = PlanBuilder(empty_plan)
    library = plan.partner("Harbour Library")
    objective = plan.objective(plan.priority("P1"))
    plan.action(objective, "on_track", 40, lead=library)
    two = plan.objective(plan.priority("P2"), "O2")
    plan.action(two, "on_track", 10, lead=plan.partner("Harbour College"))
    plan.action(two, "minor_delays", 20)
    path = empty_plan.path
    empty_plan.close()
    assert run_command(["summary", str(path), "--period", "2025-26-Q2"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "Period Q2 2025-26: 3 actions, " in out
    assert "       1 action, 40% complete" in out
    assert "       2 actions, " in out
    assert "1 actions" not in out

    books = ["partner-workbooks", str(path), "--period", "2025-26-Q2", "-o", str(tmp_path / "b")]
    assert run_command(books) == EXIT_OK
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].endswith("Harbour College.xlsx (1 action, 0 indicators)")
    assert lines[-1] == ("Not sent: 1 action has no lead partner (A3); use --single to include it.")


def test_a_period_after_the_plan_is_reported_with_a_warning(
    riverside_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_command(["summary", str(riverside_file), "--period", "2031-32-Q1"]) == EXIT_OK
    captured = capsys.readouterr()
    assert captured.err == (
        "lipplanner summary: warning: Q1 2031-32 is after the plan ends (2024-25 to 2027-28); "
        "no work is planned in it, so the figures only repeat each action’s latest update.\n"
    )
    assert "Period Q1 2031-32: 23 actions" in captured.out

    out = tmp_path / "late.xlsx"
    code = run_command(["export", str(riverside_file), "-o", str(out), "--period", "2030-31"])
    assert code == EXIT_OK
    assert "lipplanner export: warning: 2030-31 is after the plan ends" in capsys.readouterr().err
    assert out.is_file()

    # A period inside the plan says nothing on stderr.
    assert run_command(["summary", str(riverside_file), "--period", "2025-26"]) == EXIT_OK
    assert capsys.readouterr().err == ""


def test_a_period_before_the_plan_is_refused(
    riverside_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = (
        "2019-20 is before the plan begins (2024-25 to 2027-28): there is nothing to report "
        "yet. Choose a period from 2024-25 to 2027-28.\n"
    )
    assert run_command(["summary", str(riverside_file), "--period", "2019-20", "--json"]) == 1
    captured = capsys.readouterr()
    assert (captured.out, captured.err) == ("", f"lipplanner summary: {before}")
    out = tmp_path / "early.xlsx"
    code = run_command(["export", str(riverside_file), "-o", str(out), "--period", "2019-20-Q4"])
    assert code == EXIT_ERROR
    assert (
        capsys.readouterr().err
        == f"lipplanner export: {before.replace('2019-20', 'Q4 2019-20', 1)}"
    )
    assert not out.exists()


def test_export_replaces_a_workbook_only_with_force(
    riverside_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "report.xlsx"
    out.write_bytes(b"the report I sent last quarter")
    args = ["export", str(riverside_file), "-o", str(out), "--period", "2025-26"]
    assert run_command(args) == EXIT_ERROR
    assert capsys.readouterr().err == (
        f"lipplanner export: “{out}” already exists; choose another name or add --force to "
        "replace it.\n"
    )
    assert out.read_bytes() == b"the report I sent last quarter"
    assert run_command([*args, "--force"]) == EXIT_OK
    assert openpyxl.load_workbook(out).sheetnames


def test_partner_workbooks_make_their_folder_and_name_force(
    riverside_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "calls" / "2026-27" / "Q3"
    args = ["partner-workbooks", str(riverside_file), "--period", "2026-27-Q3", "-o", str(folder)]
    assert run_command(args) == EXIT_OK
    written = sorted(folder.glob("*.xlsx"))
    assert len(written) == 10
    assert f"Wrote {written[0]}" in capsys.readouterr().out

    assert run_command(args) == EXIT_ERROR
    err = capsys.readouterr().err
    assert err.startswith(f"lipplanner partner-workbooks: 10 workbooks already exist in “{folder}”")
    assert err.rstrip().endswith("choose another folder or add --force to replace them.")
    assert "allow replacing" not in err
    assert run_command([*args, "--force"]) == EXIT_OK
    capsys.readouterr()

    # A refused call leaves no empty folders behind.
    nowhere = tmp_path / "never" / "made"
    bad = ["partner-workbooks", str(riverside_file), "--period", "2036-37-Q1", "-o", str(nowhere)]
    assert run_command(bad) == EXIT_ERROR
    assert not (tmp_path / "never").exists()


def test_a_synthetic_plan_of_one_action(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # A plan that small has one partner, who leads every action: no supporting partners.
    plan = tmp_path / "tiny.lip"
    assert run_command(["demo", str(plan), "--actions", "1"]) == EXIT_OK
    assert capsys.readouterr().out == f"Wrote a synthetic plan of 1 action to {plan}\n"
    assert run_command(["summary", str(plan), "--json"]) == EXIT_OK
    assert '"actions": 1' in capsys.readouterr().out


class _ClosedPipe:
    """stdout after the reader (`| head`) has gone: every write fails with EPIPE."""

    def __init__(self, fd: int) -> None:
        self.fd = fd

    def write(self, _text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")

    def flush(self) -> None:
        pass

    def fileno(self) -> int:
        return self.fd


def test_output_cut_short_by_a_closed_pipe_ends_quietly(
    riverside_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with (tmp_path / "stdout").open("w") as spare:
        monkeypatch.setattr(sys, "stdout", _ClosedPipe(spare.fileno()))
        code = run_command(["summary", str(riverside_file)])
    assert code == EXIT_ERROR
    assert "Broken pipe" not in capsys.readouterr().err


def test_the_command_line_writes_periods_as_the_english_interface_and_reads_them_back(
    riverside_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_command(["summary", str(riverside_file), "--period", "Q2 2026-27"]) == EXIT_OK
    assert "Period Q2 2026-27: 23 actions" in capsys.readouterr().out
    out = tmp_path / "q2.xlsx"
    code = run_command(["export", str(riverside_file), "-o", str(out), "--period", "2026-27-Q2"])
    assert code == EXIT_OK
    assert capsys.readouterr().out == f"Wrote the Q2 2026-27 progress report (en) to {out}\n"
    assert run_command(["summary", str(riverside_file), "--period", "2026-27-Q2", "--json"]) == 0
    assert '"period": "2026-27-Q2"' in capsys.readouterr().out  # what --period takes
