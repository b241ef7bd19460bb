"""The cycle collector does not stop a plan's import, and is back on after it."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from lipplanner.core.errors import UserError
from lipplanner.core.reports.plan_import import read_plan_workbook
from tests.reports.workbooks import save_rows


@pytest.fixture
def collections() -> Iterator[list[int]]:
    """The generations the cycle collector went through while the test ran."""
    seen: list[int] = []

    def heard(phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            seen.append(info["generation"])

    gc.callbacks.append(heard)
    yield seen
    gc.callbacks.remove(heard)


def _plan(path: Path, actions: int) -> Path:
    rows: list[list[Any]] = [["Priority", "Objective", "Action", "Lead", "Status"]]
    for n in range(actions):
        rows.append(
            [f"Priority {n // 100 + 1}", f"Objective {n // 10 + 1}",
             f"Action number {n + 1}", f"Partner {n % 7}", "On track"]
        )  # fmt: skip
    return save_rows(path, {"Action plan": rows})


def test_a_big_plan_is_read_without_a_pause_for_cycles(
    tmp_path: Path, collections: list[int]
) -> None:
    path = _plan(tmp_path / "plan.xlsx", 600)
    collections.clear()
    preview = read_plan_workbook(path)
    assert len(preview.actions) == 600
    assert collections == []  # (hundreds of thousands of objects made, no collection)
    assert gc.isenabled()


def test_the_collector_is_back_on_after_a_file_that_cannot_be_read(tmp_path: Path) -> None:
    bad = tmp_path / "plan.xlsx"
    bad.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(UserError):
        read_plan_workbook(bad)
    assert gc.isenabled()


def test_a_collector_turned_off_elsewhere_stays_off(tmp_path: Path) -> None:
    path = _plan(tmp_path / "plan.xlsx", 20)
    gc.disable()
    try:
        read_plan_workbook(path)
        assert not gc.isenabled()
    finally:
        gc.enable()
