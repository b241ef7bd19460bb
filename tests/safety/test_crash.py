"""Every change reported committed survives the app being killed at any moment."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from lipplanner.core.db import open_plan
from lipplanner.core.services import editing

ROOT = Path(__file__).resolve().parents[2]

# The child writes through the services as fast as it can and reports each change
# only after the service returned, i.e. after the commit.
CHILD = r"""
import sys
from lipplanner.core.db import open_plan
from lipplanner.core.services import editing

db = open_plan(sys.argv[1])
round_no = sys.argv[2]
print("ready", flush=True)
i = 0
while True:
    i += 1
    new_id = editing.create(db, "partner", {"name_en": f"Crash {round_no}-{i}"})
    print(f"created {new_id} Crash {round_no}-{i}", flush=True)
    editing.update(db, "action", 1, {"percent_complete": i % 101})
    print(f"percent {i % 101}", flush=True)
    if i % 7 == 0:
        editing.delete(db, "partner", new_id)
        print(f"deleted {new_id} Crash {round_no}-{i}", flush=True)
"""


@pytest.mark.slow
def test_killing_the_app_mid_write_never_loses_a_committed_change(riverside_file: Path):
    rng = random.Random(20261130)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    created: set[str] = set()  # partner names (SQLite may reuse a deleted row's id)
    deleted: set[str] = set()
    last_percent: int | None = None
    for round_no in range(6):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(riverside_file), str(round_no)],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.2, 1.2))  # when to pull the plug, not an assertion
        child.send_signal(signal.SIGKILL)
        output, _ = child.communicate()
        assert child.returncode == -signal.SIGKILL
        for line in output.splitlines():
            words = line.split(" ", 2)
            if words[0] == "created" and len(words) == 3:
                created.add(words[2])
            elif words[0] == "deleted" and len(words) == 3:
                deleted.add(words[2])
            elif words[0] == "percent" and len(words) == 2:
                last_percent = int(words[1])

        with sqlite3.connect(riverside_file) as connection:
            assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    assert len(created) > 20, "the child should have committed many changes"
    db = open_plan(riverside_file)
    try:
        with db.reading() as session:
            from sqlalchemy import text

            names = set(session.scalars(text("SELECT name_en FROM partner")))
        assert created - deleted <= names
        assert not (deleted & names)
        # The last reported update is there (a later unreported one may be too).
        percent = editing.get_values(db, "action", 1)["percent_complete"]
        assert last_percent is not None
        assert percent in (last_percent, (last_percent + 1) % 101)
    finally:
        db.close()
