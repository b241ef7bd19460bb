"""Two copies of the app on one plan, as real processes: one saving in a loop (small
saves and long ones that hold the write lock), the other opening the plan, reading it
and saving. Counted: false "damaged", tracebacks, lost saves, and how long each read
took while the other held the lock — a read must not wait for the writer."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from lipplanner.core.db import open_plan
from tests.safety.helpers import scalar

ROOT = Path(__file__).resolve().parents[2]
HOLD_S = 1.5  # how long the writer's long saves keep the lock (a long import)
DURATION_S = 8.0

WRITER = r"""
import json, sys, time
from sqlalchemy import text
from lipplanner.core.db import open_plan
from lipplanner.core.models import Partner
from lipplanner.core.services import editing

plan, hold, duration = sys.argv[1], float(sys.argv[2]), float(sys.argv[3])
db = open_plan(plan)
end = time.time() + duration
i = 0
while time.time() < end:
    i += 1
    with db.transaction() as session:  # a long save: the lock is held throughout
        locked = time.time()
        session.execute(text("UPDATE action SET title_en = :t WHERE id = 1"), {"t": f"W {i}"})
        time.sleep(hold)
        session.add(Partner(name_en=f"W long {i}"))
    print(json.dumps({"held": [locked, time.time()], "saved": f"W long {i}"}), flush=True)
    for j in range(3):  # and small saves through the services
        editing.create(db, "partner", {"name_en": f"W {i}-{j}"})
        print(json.dumps({"saved": f"W {i}-{j}"}), flush=True)
    time.sleep(0.3)  # a person between saves: the other copy's saves get their turn
db.close()
"""

READER = r"""
import json, sys, time
from lipplanner.core.db import open_plan
from lipplanner.core.errors import DataFileError
from lipplanner.core.services import editing
from lipplanner.core.services.plan_view import load_plan_view

plan, duration = sys.argv[1], float(sys.argv[2])
end = time.time() + duration
i = 0
while time.time() < end:
    i += 1
    try:
        started = time.time()
        db = open_plan(plan)
        view = load_plan_view(db)
        title = editing.get_values(db, "action", 1)["title_en"]
        read = [started, time.time()]
        assert view.actions and title
        if i % 6 == 0:  # and now and then a save, which waits for the writer's turn
            editing.create(db, "partner", {"name_en": f"R {i}"})
            print(json.dumps({"saved": f"R {i}", "save_s": time.time() - read[1]}),
                  flush=True)
        print(json.dumps({"read": read}), flush=True)
        db.close()
    except DataFileError as error:
        print(json.dumps({"refused": str(error)}), flush=True)
"""


def _run(script: str, *args: object) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", script, *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def _events(output: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in output.splitlines()]


@pytest.mark.slow
def test_one_copy_saving_while_another_opens_reads_and_saves(riverside_file: Path):
    writer = _run(WRITER, riverside_file, HOLD_S, DURATION_S)
    reader = _run(READER, riverside_file, DURATION_S)
    written, writer_errors = writer.communicate(timeout=300)
    read, reader_errors = reader.communicate(timeout=300)
    tracebacks = writer_errors.count("Traceback") + reader_errors.count("Traceback")
    assert (tracebacks, writer.returncode, reader.returncode) == (0, 0, 0), (
        writer_errors + reader_errors
    )
    events = _events(written) + _events(read)
    refused = [e["refused"] for e in events if "refused" in e]
    false_damaged = [r for r in refused if "damaged" in r]
    saved = [e["saved"] for e in events if "saved" in e]
    held = [e["held"] for e in events if "held" in e]
    reads = [e["read"] for e in events if "read" in e]

    db = open_plan(riverside_file, read_only=True)
    try:
        with db.reading() as session:
            names = set(session.scalars(text("SELECT name_en FROM partner")))
        lost = [name for name in saved if name not in names]
        assert scalar(db, "SELECT title_en FROM action WHERE id = 1") == f"W {len(held)}"
    finally:
        db.close()

    # Reads that started while the writer held the lock, and how long they took.
    during = [end - start for start, end in reads if any(a <= start < b for a, b in held)]
    longest = max(end - start for start, end in reads)
    save_waits = [e["save_s"] for e in events if "save_s" in e]
    print(
        f"two copies: {len(held)} long saves holding the lock {HOLD_S:.1f} s, "
        f"{len(saved)} saves, {len(reads)} opens+reads ({len(during)} while locked), "
        f"longest read {longest:.3f} s (under the lock {max(during):.3f} s), "
        f"longest save of the reader {max(save_waits):.2f} s; "
        f"false damaged {len(false_damaged)}, "
        f"tracebacks {tracebacks}, refused {len(refused)}, lost saves {len(lost)}"
    )
    assert (false_damaged, refused, lost) == ([], [], [])
    assert len(held) >= 3 and len(during) >= 5, "the copies should have overlapped"
    assert len(save_waits) >= 2, "the reading copy should have saved too"
    # A read never waits for the writer: even those begun under the lock end well before
    # it is released (a read that queued behind it would take up to HOLD_S).
    assert max(during) < HOLD_S / 2, during
