"""Every file the app writes appears whole or not at all: a full disk, a refused
replace or a kill -9 at any moment leaves no truncated workbook and no empty plan at
the target name, and the message is one sentence."""

from __future__ import annotations

import contextlib
import errno
import json
import os
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import openpyxl
import pytest

from lipplanner.core import files
from lipplanner.core.db import open_plan
from lipplanner.core.db.backups import DATA_DIR_VARIABLE
from lipplanner.core.db.check import check_file
from lipplanner.core.demo import DEMO_LAST_FULL_QUARTER, create_demo_file
from lipplanner.core.errors import UserError
from lipplanner.core.reports.import_template import write_import_template
from lipplanner.core.reports.partner_workbooks import write_partner_workbooks
from lipplanner.core.reports.plan_import import create_plan_file, read_plan_workbook
from lipplanner.core.reports.progress_report import export_progress_report
from lipplanner.core.services.plan_view import load_plan_view

ROOT = Path(__file__).resolve().parents[2]
QUARTER = DEMO_LAST_FULL_QUARTER


def _leftovers(folder: Path) -> list[str]:
    return sorted(
        p.name for p in folder.iterdir() if files.TEMP_SUFFIX in p.name or p.name.endswith(".part")
    )


# --- the writers, each as "write this target" ---------------------------------------------


def _plan_sheet(path: Path) -> Path:
    """The import template with one action of its own (the example rows are skipped)."""
    write_import_template(path)
    book = openpyxl.load_workbook(path)
    book["Priorities"].append(["P1", "Literacy"])
    book["Objectives"].append(["O1.1", "P1", "Newcomers read"])
    book["Actions"].append(["A9", "O1.1", "Reading circles"])
    book.save(path)
    return path


@pytest.fixture
def writers(riverside_file: Path, tmp_path: Path) -> Iterator[dict[str, Callable[[Path], object]]]:
    db = open_plan(riverside_file, read_only=True)
    view = load_plan_view(db, QUARTER)
    preview = read_plan_workbook(_plan_sheet(tmp_path / "plan.xlsx"))
    assert preview.actions

    def partner_books(target: Path) -> object:
        return write_partner_workbooks(db, QUARTER, target.parent, single=True, overwrite=True)

    yield {
        "export": lambda target: export_progress_report(view, target),
        "partner-workbooks": partner_books,
        "import-template": write_import_template,
        "demo": lambda target: create_demo_file(target, overwrite=True),
        "import": lambda target: create_plan_file(preview, target),
    }
    db.close()


TARGETS = {
    "export": "report.xlsx",
    "partner-workbooks": f"{QUARTER.label} - All partners.xlsx",
    "import-template": "template.xlsx",
    "demo": "demo.lip",
    "import": "new.lip",
}


@pytest.mark.parametrize("kind", list(TARGETS))
def test_a_full_disk_is_one_sentence_and_leaves_nothing_half_written(
    kind: str,
    writers: dict[str, Callable[[Path], object]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / TARGETS[kind]

    def full(path: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(files, "_fsync_file", full)
    with pytest.raises(UserError) as caught:
        writers[kind](target)
    assert str(caught.value) == (
        f"The disk is full: “{target.name}” could not be written; free some space and try again."
    )
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("kind", ["export", "import-template", "partner-workbooks", "demo"])
def test_a_refused_replace_leaves_the_old_file_and_says_so(
    kind: str,
    writers: dict[str, Callable[[Path], object]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / TARGETS[kind]
    target.write_bytes(b"last quarter's file")

    def refuse(_source: object, _target: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(files.os, "replace", refuse)
    with pytest.raises(
        UserError, match=r"could not be replaced: it may be open in another program"
    ):
        writers[kind](target)
    assert target.read_bytes() == b"last quarter's file"
    assert _leftovers(folder) == []


@contextlib.contextmanager
def _tiny_disk(where: Path, size: str = "8k", *, read_only: bool = False) -> Iterator[Path]:
    where.mkdir()
    options = f"size={size}" + (",ro" if read_only else "")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(where)], capture_output=True
    )
    if mounted.returncode != 0:
        pytest.skip("cannot mount a tmpfs here (needs root)")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


CLI_CASES = {
    "demo": ["demo", "{out}/demo.lip"],
    "export": ["export", "{plan}", "-o", "{out}/report.xlsx"],
    "partner-workbooks": ["partner-workbooks", "{plan}", "--period", QUARTER.label, "-o", "{out}"],
    "import-template": ["import-template", "{out}/template.xlsx"],
    "import": ["import", "{sheet}", "-o", "{out}/new.lip"],
    "copy": ["copy", "{plan}", "{out}/copy.lip"],
}


@pytest.mark.skipif(sys.platform != "linux" or os.geteuid() != 0, reason="mounts a tmpfs")
@pytest.mark.parametrize("read_only", [False, True], ids=["full", "read-only"])
def test_on_a_real_full_or_read_only_disk_every_command_says_one_sentence(
    read_only: bool, riverside_file: Path, tmp_path: Path
) -> None:
    sheet = _plan_sheet(tmp_path / "plan.xlsx")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with _tiny_disk(tmp_path / "disk", read_only=read_only) as out:
        for kind, args in CLI_CASES.items():
            argv = [a.format(out=out, plan=riverside_file, sheet=sheet) for a in args]
            done = subprocess.run(
                [sys.executable, "-m", "lipplanner", *argv],
                capture_output=True,
                text=True,
                env=env,
                timeout=120,
            )
            assert done.returncode == 1, (kind, done.stdout, done.stderr)
            lines = done.stderr.strip().splitlines()
            assert len(lines) == 1, (kind, done.stderr)
            if read_only:
                assert "read-only" in lines[0] or "cannot write in the folder" in lines[0], (
                    kind,
                    lines[0],
                )
            else:
                assert "The disk is full: “" in lines[0], (kind, lines[0])
            assert files.TEMP_SUFFIX not in lines[0] and "importing" not in lines[0]
            assert not any(p.name.endswith((".xlsx", ".lip")) and p.stat().st_size == 0
                           for p in out.iterdir())  # fmt: skip
            for p in out.iterdir():  # what was written whole stays; a partial file never
                assert files.TEMP_SUFFIX not in p.name, (kind, p.name)
                if p.suffix == ".xlsx":
                    openpyxl.load_workbook(p).close()
                p.unlink()


@pytest.mark.skipif(sys.platform != "linux" or os.geteuid() != 0, reason="mounts a tmpfs")
def test_a_backup_on_a_real_full_disk_is_one_sentence_and_leaves_no_half_backup(
    riverside_file: Path, tmp_path: Path
) -> None:
    # The plan fits its disk; a second copy of it (the backup, kept there too) does not.
    size = riverside_file.stat().st_size
    env = {**os.environ, "PYTHONPATH": str(ROOT), DATA_DIR_VARIABLE: str(tmp_path / "disk")}
    with _tiny_disk(tmp_path / "disk", f"{size // 1024 + 96}k") as disk:
        plan = disk / "riverside.lip"
        plan.write_bytes(riverside_file.read_bytes())
        done = subprocess.run(
            [sys.executable, "-m", "lipplanner", "backups", str(plan), "--now"],
            capture_output=True, text=True, env=env, timeout=120,
        )  # fmt: skip
        assert done.returncode == 1, (done.stdout, done.stderr)
        (line,) = done.stderr.strip().splitlines()
        assert line.startswith("lipplanner backups: The disk is full: “riverside "), line
        assert files.TEMP_SUFFIX not in line
        (backups,) = (disk / "backups").iterdir()
        assert list(backups.iterdir()) == []  # no half backup a restore could pick
        assert plan.read_bytes() == riverside_file.read_bytes()


# --- permissions and leftovers -------------------------------------------------------------


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o027, 0o640), (0o077, 0o600)])
def test_new_files_get_the_users_normal_permissions(
    umask: int, mode: int, writers: dict[str, Callable[[Path], object]], tmp_path: Path
) -> None:
    previous = os.umask(umask)
    try:
        for kind in ("export", "import-template", "demo"):
            target = tmp_path / TARGETS[kind]
            writers[kind](target)
            assert target.stat().st_mode & 0o777 == mode, kind
    finally:
        os.umask(previous)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_replaced_file_keeps_its_permissions(
    writers: dict[str, Callable[[Path], object]], tmp_path: Path
) -> None:
    target = tmp_path / "report.xlsx"
    target.write_bytes(b"old")
    target.chmod(0o640)
    writers["export"](target)
    assert target.stat().st_mode & 0o777 == 0o640


def test_leftovers_of_a_killed_run_are_cleaned_by_the_next_one(tmp_path: Path) -> None:
    target = tmp_path / "report.xlsx"
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    host = files._host_tag()
    gone = tmp_path / f".report.xlsx.{host}-{dead.pid}-0123abcd{files.TEMP_SUFFIX}"
    gone_wal = Path(f"{tmp_path}/.demo.lip.{host}-{dead.pid}-89abcdef{files.TEMP_SUFFIX}-wal")
    alive = tmp_path / f".report.xlsx.{host}-{os.getpid()}-0123abcd{files.TEMP_SUFFIX}"
    elsewhere = tmp_path / f".report.xlsx.ffff-{os.getpid()}-0123abcd{files.TEMP_SUFFIX}"
    elsewhere_old = tmp_path / f".plan.xlsx.fffe-1-0123abcd{files.TEMP_SUFFIX}"
    old_part = tmp_path / ".report-k2j4h1.xlsx.part"  # an earlier version's
    for path in (gone, gone_wal, alive, elsewhere, elsewhere_old, old_part):
        path.write_bytes(b"PK half")
    two_days_ago = time.time() - 2 * 24 * 3600
    for path in (elsewhere_old, old_part):
        os.utime(path, (two_days_ago, two_days_ago))
    unrelated = tmp_path / ".report.xlsx.notes"
    unrelated.write_text("mine")

    files.write_atomically(target, lambda temporary: temporary.write_bytes(b"whole"))

    assert target.read_bytes() == b"whole"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [target.name, alive.name, elsewhere.name, unrelated.name]
    )


# --- kill -9 at random moments ---------------------------------------------------------------

# The child loads everything once, then forks a writer per round and kills it with
# SIGKILL at a random moment of its work, keeping a copy of what the target name held.
KILLER = r"""
import json, os, random, shutil, signal, sys, time
from pathlib import Path

kind, plan, out, snapshots, rounds, seed = sys.argv[1:7]
out, snapshots, rounds = Path(out), Path(snapshots), int(rounds)
rng = random.Random(int(seed))
from lipplanner.core.db import open_plan
from lipplanner.core.db.backups import DATA_DIR_VARIABLE
from lipplanner.core.demo import DEMO_LAST_FULL_QUARTER as QUARTER, create_demo_file
from lipplanner.core.reports.partner_workbooks import write_partner_workbooks
from lipplanner.core.reports.progress_report import export_progress_report
from lipplanner.core.services.plan_view import load_plan_view

db = open_plan(plan, read_only=True)
view = load_plan_view(db, QUARTER)
db.close()

def write():
    if kind == "export":
        export_progress_report(view, out / "report.xlsx")
    elif kind == "partner-workbooks":
        source = open_plan(plan, read_only=True)
        try:
            write_partner_workbooks(source, QUARTER, out, overwrite=True)
        finally:
            source.close()
    else:
        create_demo_file(out / "demo.lip", overwrite=True)

started = time.perf_counter()
write()
duration = time.perf_counter() - started
print(json.dumps({"duration": duration}), flush=True)
for number in range(rounds):
    pid = os.fork()
    if pid == 0:
        try:
            while True:
                write()
        finally:
            os._exit(0)
    time.sleep(rng.uniform(0.0, duration * 1.5))
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    keep = snapshots / str(number)
    keep.mkdir()
    for path in out.iterdir():
        shutil.copy2(path, keep / path.name)
print(json.dumps({"rounds": rounds}), flush=True)
write()  # a run after the kills cleans what they left
"""


def _run_killer(kind: str, plan: Path, tmp_path: Path, rounds: int) -> tuple[Path, Path]:
    out, snapshots = tmp_path / "out", tmp_path / "snapshots"
    out.mkdir()
    snapshots.mkdir()
    done = subprocess.run(
        [sys.executable, "-c", KILLER, kind, str(plan), str(out), str(snapshots), str(rounds),
         "20261202"],
        capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=600,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.splitlines()[-1]) == {"rounds": rounds}
    return out, snapshots


def _whole_workbook(path: Path) -> None:
    with zipfile.ZipFile(path) as archive:
        assert archive.testzip() is None
    openpyxl.load_workbook(path, read_only=True).close()


KILLS = 30


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "fork"), reason="forks the writer")
@pytest.mark.parametrize("kind", ["export", "partner-workbooks"])
def test_killing_a_workbook_writer_never_leaves_a_truncated_workbook(
    kind: str, riverside_file: Path, tmp_path: Path
) -> None:
    out, snapshots = _run_killer(kind, riverside_file, tmp_path, KILLS)
    names = {p.name for p in out.iterdir()}
    for snapshot in snapshots.iterdir():
        books = [p for p in snapshot.iterdir() if p.suffix == ".xlsx"]
        assert {p.name for p in books} == names  # the earlier whole files stay in place
        for path in books:
            _whole_workbook(path)
    assert _leftovers(out) == []
    midway = sum(1 for snapshot in snapshots.iterdir() if _leftovers(snapshot))
    print(f"{kind}: {KILLS} kills, {midway} of them mid-write, every workbook at its name whole")


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "fork"), reason="forks the writer")
def test_killing_demo_never_leaves_an_empty_plan(riverside_file: Path, tmp_path: Path) -> None:
    out, snapshots = _run_killer("demo", riverside_file, tmp_path, KILLS)
    reference = open_plan(out / "demo.lip", read_only=True)
    with reference.engine.connect() as connection:
        expected = connection.exec_driver_sql("SELECT count(*) FROM action").scalar()
    reference.close()
    assert expected and expected > 10
    for snapshot in snapshots.iterdir():
        plan = snapshot / "demo.lip"
        assert not Path(f"{plan}-wal").exists()
        assert check_file(plan).problems == []
        db = open_plan(plan, read_only=True)
        with db.engine.connect() as connection:
            assert connection.exec_driver_sql("SELECT count(*) FROM action").scalar() == expected
        db.close()
    assert _leftovers(out) == []
    midway = sum(1 for snapshot in snapshots.iterdir() if _leftovers(snapshot))
    print(f"demo: {KILLS} kills, {midway} of them mid-write, every plan at its name whole")
