"""Telling another connection's writes to a plan file from this one's own."""

from __future__ import annotations

from pathlib import Path

from lipplanner.core.db import open_plan
from lipplanner.core.db.outside import OutsideWrites, marker
from lipplanner.core.services import editing


def test_the_watch_tells_each_outside_write_once(riverside_file: Path) -> None:
    mine = open_plan(riverside_file)
    try:
        watch = OutsideWrites(mine)
        editing.update(mine, "action", 1, {"title_en": "My own save"})
        assert watch.seen() is False
        other = open_plan(riverside_file)
        editing.update(other, "action", 1, {"title_en": "Their save"})
        other.close()
        assert watch.seen() is True
        assert watch.seen() is False
    finally:
        mine.close()


def test_a_closed_plan_is_not_watched(riverside_file: Path) -> None:
    db = open_plan(riverside_file)
    watch = OutsideWrites(db)
    db.close()
    assert marker(db) is None
    assert watch.seen() is False
