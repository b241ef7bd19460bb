"""Commands that only read a plan leave it exactly as they found it: the same bytes,
the same modification time and no `-wal`, `-shm` or `-journal` file beside it."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from lipplanner.cli import run_command
from lipplanner.core.demo import DEMO_LAST_FULL_QUARTER

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
