"""Two people editing the same action: the second is told, nothing is overwritten."""

from __future__ import annotations

from pathlib import Path

import pytest

from lipplanner.core import models as m
from lipplanner.core.db import PlanDatabase
from lipplanner.core.db.server import open_server
from lipplanner.core.services import editing
from lipplanner.core.services.editing import ConflictError
from tests.safety.conftest import riverside_on_server
from tests.safety.helpers import action_id, count


def test_the_second_writer_is_refused_and_the_first_change_kept(
    plan_db: PlanDatabase, second_db: PlanDatabase
):
    a11 = action_id(plan_db, "A1.1")
    mine = editing.get_values(plan_db, "action", a11)
    theirs = editing.get_values(second_db, "action", a11)
    assert mine["version"] == theirs["version"]

    editing.update(
        second_db, "action", a11, {"title_en": "Their title"}, expected_version=theirs["version"]
    )
    with pytest.raises(ConflictError) as refused:
        editing.update(
            plan_db, "action", a11, {"title_en": "My title"}, expected_version=mine["version"]
        )
    assert refused.value.theirs["title_en"] == "Their title"
    assert editing.get_values(plan_db, "action", a11)["title_en"] == "Their title"
    # Only the change that happened is in the history.
    assert count(plan_db, "change_record") == 1


def test_a_stale_row_in_the_orm_becomes_a_conflict_not_a_crash(plan_db: PlanDatabase):
    a11 = action_id(plan_db, "A1.1")
    before = editing.get_values(plan_db, "action", a11)
    with pytest.raises(ConflictError), plan_db.transaction() as session:
        action = session.get(m.Action, a11)
        assert action is not None
        # Someone else's committed change, as the ORM's version check will find it.
        session.execute(
            m.Action.__table__.update()
            .where(m.Action.__table__.c.id == a11)
            .values(version=m.Action.__table__.c.version + 1)
        )
        action.title_en = "Lost?"
    after = editing.get_values(plan_db, "action", a11)
    assert after["title_en"] == before["title_en"]
    assert after["version"] == before["version"]


@pytest.mark.postgres
def test_two_server_sessions_editing_at_once_are_caught(riverside_file: Path, pg_url: str):
    # SQLite lets one writer in at a time (the test above covers it); a server does not.
    plan_db = riverside_on_server(riverside_file, pg_url)
    second_db = open_server(pg_url)
    request_close = (plan_db, second_db)
    a11 = action_id(plan_db, "A1.1")
    with pytest.raises(ConflictError), plan_db.transaction() as session:
        action = session.get(m.Action, a11)
        assert action is not None
        # The other session commits while this one is still open.
        editing.update(second_db, "action", a11, {"title_en": "Committed first"})
        action.title_en = "Would overwrite"
    assert editing.get_values(plan_db, "action", a11)["title_en"] == "Committed first"
    for db in request_close:
        db.close()
