"""Two people saving the same item: the check and the write are one statement, so the
second save is refused with a conflict, never written over the first — for actions,
quarterly progress updates and indicator actuals, on SQLite and on PostgreSQL."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from lipplanner.core.db import PlanDatabase
from lipplanner.core.errors import ConflictError
from lipplanner.core.periods import Period
from lipplanner.core.services import editing, tracking
from tests.safety.conftest import riverside_on_server
from tests.safety.helpers import action_id, scalar

ROOT = Path(__file__).resolve().parents[2]
Q3 = Period(2026, 3)


def _indicator(db: PlanDatabase, code: str) -> int:
    return int(scalar(db, "SELECT id FROM indicator WHERE code = :c", c=code))


def test_a_stale_progress_update_is_refused_and_theirs_kept(
    plan_db: PlanDatabase, second_db: PlanDatabase
):
    a11 = action_id(plan_db, "A1.1")
    mine, _values = tracking.period_update_seen(plan_db, a11, Q3)
    theirs, _ = tracking.period_update_seen(second_db, a11, Q3)
    assert mine == theirs and mine.id is not None
    tracking.save_period_update(second_db, a11, Q3, {"outputs": "Theirs"}, seen=theirs)
    with pytest.raises(ConflictError) as refused:
        tracking.save_period_update(plan_db, a11, Q3, {"outputs": "Mine"}, seen=mine)
    assert refused.value.theirs["outputs"] == "Theirs"
    assert tracking.period_update_seen(plan_db, a11, Q3)[1]["outputs"] == "Theirs"


def test_two_first_updates_of_a_quarter_do_not_both_land(
    plan_db: PlanDatabase, second_db: PlanDatabase
):
    a52 = action_id(plan_db, "A5.2")  # not reported for Q3 in the demo
    mine, _ = tracking.period_update_seen(plan_db, a52, Q3)
    assert mine == tracking.Seen()
    values = {"status_id": 1, "outputs": "Theirs"}
    tracking.save_period_update(second_db, a52, Q3, values, seen=tracking.Seen())
    with pytest.raises(ConflictError):
        tracking.save_period_update(plan_db, a52, Q3, {**values, "outputs": "Mine"}, seen=mine)
    count = scalar(
        plan_db,
        "SELECT count(*) FROM progress_update WHERE action_id = :a AND fiscal_year = 2026 "
        "AND quarter = 3",
        a=a52,
    )
    assert count == 1


def test_a_stale_indicator_actual_is_refused(plan_db: PlanDatabase, second_db: PlanDatabase):
    i2 = _indicator(plan_db, "I2")
    mine, before = tracking.indicator_value_seen(plan_db, i2, 2026, 3)
    assert before == (False, None, "")
    tracking.set_indicator_value(second_db, i2, 2026, 3, 150, seen=mine)
    with pytest.raises(ConflictError):
        tracking.set_indicator_value(plan_db, i2, 2026, 3, 99, seen=mine)
    seen, now = tracking.indicator_value_seen(plan_db, i2, 2026, 3)
    assert now == (True, 150.0, "")
    tracking.set_indicator_value(plan_db, i2, 2026, 3, 160, seen=seen)  # an up-to-date save
    stale_again = seen
    with pytest.raises(ConflictError):  # removing it over a newer value is refused too
        tracking.set_indicator_value(second_db, i2, 2026, 3, None, recorded=False, seen=stale_again)
    assert tracking.get_indicator_value(plan_db, i2, 2026, 3) == (True, 160.0, "")


def test_changing_only_the_links_of_a_stale_form_is_a_conflict(
    plan_db: PlanDatabase, second_db: PlanDatabase
):
    a11 = action_id(plan_db, "A1.1")
    seen = editing.get_values(plan_db, "action", a11)["version"]
    links = editing.get_links(plan_db, "supporting_partners", a11)
    editing.edit(second_db, "action", a11, {"title_en": "Theirs"}, expected_version=seen)
    with pytest.raises(ConflictError):
        editing.edit(
            plan_db, "action", a11, {}, {"supporting_partners": links[:1]}, expected_version=seen
        )
    assert editing.get_links(plan_db, "supporting_partners", a11) == links
    # Theirs moved the version on; a links-only edit moves it on as well.
    fresh = editing.get_values(plan_db, "action", a11)["version"]
    editing.edit(
        plan_db, "action", a11, {}, {"supporting_partners": links[:1]}, expected_version=fresh
    )
    assert editing.get_values(plan_db, "action", a11)["version"] == fresh + 1


# --- two processes saving the same item at the same moment ------------------------------

CHILD = r"""
import sys, time
from lipplanner.core.db import open_plan
from lipplanner.core.errors import ConflictError
from lipplanner.core.periods import Period
from lipplanner.core.services import editing, tracking

db = open_plan(sys.argv[1])
action, indicator = int(sys.argv[2]), int(sys.argv[3])
q3 = Period(2026, 3)
seen = {}
print("ready", flush=True)
for line in sys.stdin:
    command, kind, *rest = line.split()
    if command == "read":
        if kind == "action":
            seen[kind] = editing.get_values(db, "action", action)["version"]
        elif kind == "progress":
            seen[kind] = tracking.period_update_seen(db, action, q3)[0]
        else:
            seen[kind] = tracking.indicator_value_seen(db, indicator, 2026, 3)[0]
        print("seen", flush=True)
        continue
    deadline, value = float(rest[0]), rest[1]
    while time.time() < deadline:  # both start their save at the same instant
        pass
    try:
        if kind == "action":
            editing.update(db, "action", action, {"title_en": value}, expected_version=seen[kind])
        elif kind == "progress":
            tracking.save_period_update(db, action, q3, {"outputs": value}, seen=seen[kind])
        else:
            tracking.set_indicator_value(db, indicator, 2026, 3, float(value), seen=seen[kind])
        print("saved", value, flush=True)
    except ConflictError:
        print("conflict", flush=True)
"""


def _stored(db: PlanDatabase, kind: str, action: int, indicator: int) -> str:
    if kind == "action":
        return str(editing.get_values(db, "action", action)["title_en"])
    if kind == "progress":
        return str(tracking.period_update_seen(db, action, Q3)[1]["outputs"])
    return str(int(tracking.get_indicator_value(db, indicator, 2026, 3)[1] or 0))


def _race(db: PlanDatabase, location: str, rounds: int) -> Counter[str]:
    action, indicator = action_id(db, "A1.1"), _indicator(db, "I2")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    children = [
        subprocess.Popen(
            [sys.executable, "-c", CHILD, location, str(action), str(indicator)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        for _ in range(2)
    ]
    tally: Counter[str] = Counter()

    def ask(child: Any, line: str) -> None:
        child.stdin.write(line + "\n")
        child.stdin.flush()

    try:
        for child in children:
            assert child.stdout.readline().strip() == "ready"
        for round_no in range(rounds):
            for kind in ("action", "progress", "indicator"):
                for child in children:
                    ask(child, f"read {kind}")
                for child in children:
                    assert child.stdout.readline().strip() == "seen"
                deadline = time.time() + 0.05
                for number, child in enumerate(children):
                    ask(child, f"go {kind} {deadline} {round_no * 10 + number + 1}")
                answers = [child.stdout.readline().split() for child in children]
                saved = [a[1] for a in answers if a[0] == "saved"]
                assert all(a[0] in ("saved", "conflict") for a in answers), answers
                if len(saved) != 1 or _stored(db, kind, action, indicator) != saved[0]:
                    tally["silent overwrite"] += 1
                else:
                    tally[f"{kind} won by {answers.index(['saved', saved[0]])}"] += 1
                tally["rounds"] += 1
    finally:
        for child in children:
            assert child.stdin is not None
            child.stdin.close()
            child.wait(timeout=30)
            child.stdout.close()  # type: ignore[union-attr]
    return tally


def _check(tally: Counter[str], rounds: int) -> None:
    assert tally["rounds"] == 3 * rounds
    assert tally["silent overwrite"] == 0
    # Both processes won some rounds: they really did race each other.
    assert tally["action won by 0"] and tally["action won by 1"], tally


RACE_ROUNDS = 50


@pytest.mark.slow
def test_two_processes_saving_at_once_never_overwrite_silently(riverside_file: Path):
    from lipplanner.core.db import open_plan

    db = open_plan(riverside_file)
    try:
        _check(_race(db, str(riverside_file), RACE_ROUNDS), RACE_ROUNDS)
    finally:
        db.close()


@pytest.mark.slow
@pytest.mark.postgres
def test_two_processes_saving_at_once_on_a_server(riverside_file: Path, pg_url: str):
    db = riverside_on_server(riverside_file, pg_url)
    try:
        _check(_race(db, pg_url, RACE_ROUNDS), RACE_ROUNDS)
    finally:
        db.close()
