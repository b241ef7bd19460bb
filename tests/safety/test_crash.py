"""Every change reported committed survives the app being killed (kill -9) at any
moment of a save, of `lipplanner import -o` and of `lipplanner import --into`: after
each kill the plan passes `integrity_check`, holds every change the app had reported
as saved, and no half-made plan sits at a target name. (Killed exports and workbook
writers are tested in test_atomic_files.py.)"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from lipplanner.cli import run_command
from lipplanner.core import files
from lipplanner.core.db import open_plan
from lipplanner.core.db.check import check_file
from lipplanner.core.periods import Period
from lipplanner.core.reports.partner_workbooks import write_partner_workbooks
from tests.safety.test_atomic_files import _plan_sheet

ROOT = Path(__file__).resolve().parents[2]
KILLS = 30
MAPLE = "2026-27-Q3 - Maple Valley Employment Hub.xlsx"

# The harness loads the app once, then per round forks a worker that repeats one kind
# of work, kills it with SIGKILL after a random delay and reports what the worker had
# printed. A worker prints a change only after the call that saves it has returned.
# The harness waits for "next" so the test examines the files while nothing runs.
HARNESS = r"""
import json, os, random, signal, sys, time
from pathlib import Path

kind, plan, out, rounds, seed = sys.argv[1:6]
out, rounds, rng = Path(out), int(rounds), random.Random(int(seed))
from lipplanner.cli import run_command
from lipplanner.core.db import open_plan
from lipplanner.core.periods import Period
from lipplanner.core.services import editing, tracking
import lipplanner.core.db.audit, lipplanner.core.models, lipplanner.core.reports.update_import
import lipplanner.core.reports.plan_import, openpyxl

Q3 = Period(2026, 3)


def say(channel, line):
    os.write(channel, (line + "\n").encode())


def edits(channel, number):
    db = open_plan(plan)
    editing.get_values(db, "action", 1)
    say(channel, "ready")
    i = 0
    while True:
        i += 1
        name = f"Crash {number}-{i}"
        new_id = editing.create(db, "partner", {"name_en": name})
        say(channel, f"created {name}")
        editing.update(db, "action", 1, {"percent_complete": i % 101})
        say(channel, f"percent {number}-{i}")
        seen, _ = tracking.period_update_seen(db, 1, Q3)
        tracking.save_period_update(db, 1, Q3, {"outputs": f"{number}-{i}"}, seen=seen)
        say(channel, f"outputs {number}-{i}")
        seen, _ = tracking.indicator_value_seen(db, 1, 2026, 3)
        tracking.set_indicator_value(db, 1, 2026, 3, number * 1000.0 + i, seen=seen)
        say(channel, f"indicator {number}-{i}")
        if i % 5 == 0:
            editing.delete(db, "partner", new_id)
            say(channel, f"deleted {name}")


def import_plan(number, i):
    target = out / f"new-{number}-{i}.lip"
    assert run_command(["import", sys.argv[6], "-o", str(target)]) == 0
    return f"created {target.name}"


def import_updates(number, i):
    book = openpyxl.load_workbook(sys.argv[6])
    book["Updates"]["I5"] = f"Import {number}-{i}"  # A1.1's successes this quarter
    filled = out / f"returned-{number}-{i}.xlsx"
    book.save(filled)
    assert run_command(["import", str(filled), "--into", plan]) == 0
    return f"successes Import {number}-{i}"


def copy(number, i):
    target = out / f"copy-{number}-{i}.lip"
    assert run_command(["copy", plan, str(target)]) == 0
    return f"created {target.name}"


def imports(once):
    def work(channel, number):
        say(channel, "ready")
        i = 0
        while True:
            i += 1
            say(channel, once(number, i))
    return work


if kind == "edits":
    work, duration = edits, 0.25  # one round of four saves takes about a tenth of that
else:
    once = {"import-plan": import_plan, "import-updates": import_updates, "copy": copy}[kind]
    work = imports(once)
    quiet = os.dup(1)
    os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
    once(0, 1)  # the first run also loads what the later ones find loaded
    started = time.perf_counter()
    once(0, 2)  # how long one import takes, so that the kills fall all over it
    duration = time.perf_counter() - started
    os.dup2(quiet, 1)
# 40 % of the kills fall in a worker's first run (a forked worker is slower than the
# warm run measured), the rest later in the loop.
span = duration * 2.5
print(json.dumps({"ready": duration}), flush=True)
for number in range(1, rounds + 1):
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_end)
        quiet = os.open(os.devnull, os.O_WRONLY)
        os.dup2(quiet, 1)
        errors = os.open(str(out / f"stderr-{number}.txt"), os.O_WRONLY | os.O_CREAT, 0o644)
        os.dup2(errors, 2)
        try:
            work(write_end, number)
        finally:
            os._exit(3)
    os.close(write_end)
    chunks = [os.read(read_end, 6)]  # "ready\n": the kill falls in the work, not the start
    assert chunks == [b"ready\n"], chunks
    chunks = []
    delay = rng.uniform(0.0, span)
    time.sleep(delay)
    os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    while chunk := os.read(read_end, 65536):
        chunks.append(chunk)
    os.close(read_end)
    lines = b"".join(chunks).decode().splitlines()
    killed = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
    print(json.dumps({"round": number, "delay": delay, "killed": killed, "lines": lines}),
          flush=True)
    if sys.stdin.readline().strip() != "next":
        break
"""


class Harness:
    """The harness process, one kill at a time."""

    def __init__(self, kind: str, plan: Path, out: Path, extra: str = "") -> None:
        self.out = out
        self.process = subprocess.Popen(
            [sys.executable, "-c", HARNESS, kind, str(plan), str(out), str(KILLS), "20261203",
             extra],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )  # fmt: skip
        self.duration = self._read()["ready"]

    def _read(self) -> Any:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        assert line, "the harness stopped"
        return json.loads(line)

    def rounds(self) -> Iterator[list[str]]:
        """The lines each killed worker had printed; the test checks the files meanwhile."""
        assert self.process.stdin is not None
        for number in range(1, KILLS + 1):
            report = self._read()
            assert report["round"] == number and report["killed"], report
            errors = (self.out / f"stderr-{number}.txt").read_text()
            assert errors == "", errors  # no traceback before the kill
            yield report["lines"]
            self.process.stdin.write("next\n")
            self.process.stdin.flush()

    def close(self) -> None:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.close()
        assert self.process.wait(timeout=60) == 0
        self.process.stdout.close()


def _integrity(plan: Path) -> str:
    return str(_query(plan, "PRAGMA integrity_check")[0])


def _query(plan: Path, sql: str) -> list[Any]:
    connection = sqlite3.connect(plan)
    try:
        return [row[0] for row in connection.execute(sql)]
    finally:
        connection.close()


def _allowed(earlier: set[str], round_no: int, this_round: list[str]) -> set[str]:
    """What a field may hold after a kill, as "round-i": the last save reported, or the
    one the worker was saving when it died (committed, not yet reported). When this
    round reported none, what the earlier rounds allowed, or this round's first save."""
    if not this_round:
        return earlier | {f"{round_no}-1"}
    done = int(this_round[-1].rsplit("-", 1)[1])
    return {this_round[-1], f"{round_no}-{done + 1}"}


# How the edits worker stores its "round-i" in each field.
STORED = {
    "percent": lambda r, i: i % 101,
    "outputs": lambda r, i: f"{r}-{i}",
    "indicator": lambda r, i: r * 1000.0 + i,
}
FIELDS = {
    "percent": "SELECT percent_complete FROM action WHERE id = 1",
    "outputs": "SELECT outputs FROM progress_update WHERE action_id = 1 "
    "AND fiscal_year = 2026 AND quarter = 3",
    "indicator": "SELECT value FROM indicator_value WHERE indicator_id = 1 "
    "AND fiscal_year = 2026 AND quarter = 3",
}


def _stored(field: str, value: str) -> Any:
    r, i = value.rsplit("-", 1)
    return STORED[field](int(r), int(i))


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.mark.slow
def test_killing_the_app_mid_save_never_loses_a_committed_change(riverside_file: Path, out: Path):
    harness = Harness("edits", riverside_file, out)
    created: set[str] = set()  # partner names (SQLite may reuse a deleted row's id)
    deleted: set[str] = set()
    # A partner whose deletion was in flight at the kill: committed or not, unreported.
    maybe_deleted: set[str] = set()
    # What each field held before: it may still, if the first round saved nothing.
    before = {f: (_query(riverside_file, sql) or [None])[0] for f, sql in FIELDS.items()}
    possible: dict[str, set[str]] = {f: {"before"} for f in FIELDS}
    saves = 0
    try:
        for round_no, lines in enumerate(harness.rounds(), start=1):
            reported: dict[str, list[str]] = {field: [] for field in FIELDS}
            saves += len(lines)
            for line in lines:
                what, value = line.split(" ", 1)
                if what == "created":
                    created.add(value)
                elif what == "deleted":
                    deleted.add(value)
                else:
                    reported[what].append(value)
            if lines and lines[-1].startswith("indicator "):
                number, i = lines[-1].split(" ", 1)[1].split("-")
                if int(i) % 5 == 0:  # the worker deletes that round's partner next
                    maybe_deleted.add(f"Crash {number}-{i}")
            assert _integrity(riverside_file) == "ok"
            names = set(_query(riverside_file, "SELECT name_en FROM partner"))
            missing = created - deleted - maybe_deleted - names
            assert not missing, (missing, lines[-3:])
            assert not (deleted & names)
            for field, sql in FIELDS.items():
                possible[field] = _allowed(possible[field], round_no, reported[field])
                allowed = {before[field] if a == "before" else _stored(field, a)
                           for a in possible[field]}  # fmt: skip
                assert (_query(riverside_file, sql) or [None])[0] in allowed, field
    finally:
        harness.close()
    assert len(created) > 2 * KILLS, "the workers should have saved many changes"
    print(f"edits: {KILLS} kills, {saves} saves reported ({len(created)} partners created)")
    assert check_file(riverside_file).problems == []


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["import-plan", "copy"])
def test_killing_import_or_copy_to_a_new_plan_leaves_whole_plans_or_none(
    kind: str, riverside_file: Path, tmp_path: Path, out: Path
):
    sheet = _plan_sheet(tmp_path / "plan.xlsx")
    harness = Harness(kind, riverside_file, out, str(sheet))
    actions = _query(riverside_file, "SELECT code FROM action") if kind == "copy" else ["A9"]
    reported: set[str] = set()
    partial: set[str] = set()  # temporary plans the kills left: a worker died writing
    try:
        for lines in harness.rounds():
            reported |= {line.split(" ", 1)[1] for line in lines}
            partial |= {p.name for p in out.iterdir() if p.name.endswith(files.TEMP_SUFFIX)}
            plans = {p.name for p in out.glob("*.lip")}
            assert reported <= plans
            for name in plans:  # reported or not, a plan at a target name is whole
                wal = out / f"{name}-wal"
                assert not wal.exists(), (name, sorted(os.listdir(out)), lines)
                assert _integrity(out / name) == "ok"
                assert _query(out / name, "SELECT code FROM action") == actions, name
    finally:
        harness.close()
    # About half the workers finish one; a loaded machine makes fewer.
    assert len(reported) >= KILLS // 6, "the workers should have finished some imports"
    assert len(partial) >= KILLS // 6, "the kills should fall in the writing too"
    print(f"{kind}: {KILLS} kills ({len(partial)} mid-write), {len(reported)} plans created")
    for name in sorted(reported)[:3]:
        assert check_file(out / name).problems == []
    # What the killed workers left goes on the next run in that folder.
    if kind == "copy":
        argv = ["copy", str(riverside_file), str(out / "next.lip")]
    else:
        argv = ["import", str(sheet), "-o", str(out / "next.lip")]
    assert run_command(argv) == 0
    assert not [p.name for p in out.iterdir() if files.TEMP_SUFFIX in p.name]


@pytest.mark.slow
def test_killing_import_of_partner_updates_keeps_every_reported_one(
    riverside_file: Path, tmp_path: Path, out: Path
):
    source = open_plan(riverside_file, read_only=True)
    try:
        write_partner_workbooks(source, Period(2026, 3), tmp_path)
    finally:
        source.close()
    harness = Harness("import-updates", riverside_file, out, str(tmp_path / MAPLE))
    (before,) = _query(riverside_file, FIELDS["outputs"].replace("outputs", "successes", 1))
    possible = {"before"}
    applied = 0
    try:
        for round_no, lines in enumerate(harness.rounds(), start=1):
            values = [line.split(" ", 1)[1] for line in lines]
            applied += len(values)
            assert _integrity(riverside_file) == "ok"
            (stored,) = _query(riverside_file, FIELDS["outputs"].replace("outputs", "successes", 1))
            possible = _allowed(possible, round_no, [v.removeprefix("Import ") for v in values])
            assert stored in {before if a == "before" else f"Import {a}" for a in possible}
    finally:
        harness.close()
    assert applied >= KILLS // 6, "the workers should have applied some imports"
    print(f"import --into: {KILLS} kills, {applied} imports reported applied")
    assert check_file(riverside_file).problems == []
