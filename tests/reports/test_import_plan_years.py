"""The plan's fiscal years when the actions' timelines give none: from a title above
the table, else the file's name; never this year when the sheet names others."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from lipplanner.core.reports.grid import GridCell, SheetGrid, WorkbookGrid
from lipplanner.core.reports.plan_import import (
    build_preview,
    create_plan_file,
    default_identity,
    detect,
)


def _grid(rows: list[list[object]], source: str = "plan.xlsx") -> WorkbookGrid:
    sheet = SheetGrid("Plan", tuple(tuple(GridCell(c) for c in r) for r in rows))
    return WorkbookGrid(source, "xlsx", (sheet,))


_TABLE: list[list[object]] = [
    ["Action", "Lead", "Status"],
    ["Run a welcome week", "City", "Not started"],
    ["Hold a job fair", "Chamber", "Not started"],
]


@pytest.mark.parametrize(
    ("title", "years"),
    [
        ("Strategic Plan 2025-2028", (2025, 2027)),
        ("Plan stratégique 2025–2028", (2025, 2027)),
        ("2025-28 Action Plan", (2025, 2027)),
        ("Settlement Strategy 2024 to 2027", (2024, 2026)),
        ("Plan d’action de 2024 à 2027", (2024, 2026)),
        ("Action Plan 2025-2026", (2025, 2025)),  # one fiscal year
    ],
)
def test_a_title_above_the_table_gives_the_plans_fiscal_years(
    title: str, years: tuple[int, int]
) -> None:
    grid = _grid([[title], [None], *_TABLE])
    preview = build_preview(grid, detect(grid))
    assert preview.fiscal_years() == years
    identity = default_identity(preview)
    assert (identity.first_year, identity.last_year) == years


def test_the_file_name_gives_the_years_when_no_title_names_any() -> None:
    grid = _grid(_TABLE, source="/tmp/Settlement_Strategy_2024-2027.xlsx")
    assert build_preview(grid, detect(grid)).fiscal_years() == (2024, 2026)


def test_a_date_in_the_file_name_is_no_plan_year() -> None:
    grid = _grid([["Strategic Plan 2025-2028"], *_TABLE], source="export 2026-12-04.xlsx")
    assert build_preview(grid, detect(grid)).fiscal_years() == (2025, 2027)
    from lipplanner.core.reports.plan_import.values import plan_years_named

    assert plan_years_named(["export 2026-12-04"]) is None


def test_timelines_in_the_rows_win_over_the_title() -> None:
    grid = _grid([
        ["Strategic Plan 2025-2028"],
        ["Action", "Lead", "Start", "End"],
        ["Run a welcome week", "City", "2025-04-01", "2026-03-31"],
        ["Hold a job fair", "Chamber", "2026-04-01", "2029-03-31"],
    ])  # fmt: skip
    assert build_preview(grid, detect(grid)).fiscal_years() == (2025, 2028)


def test_a_long_term_action_ends_with_the_span_the_title_names() -> None:
    grid = _grid([
        ["2025-28 Action Plan"],
        ["Action", "Lead", "Timeline"],
        ["Run a welcome week", "City", "Year 1"],
        ["Hold a job fair", "Chamber", "Long term"],
    ])  # fmt: skip
    preview = build_preview(grid, detect(grid))
    welcome, fair = preview.actions.values()
    assert (welcome.start, welcome.end) == (date(2025, 4, 1), date(2026, 3, 31))
    assert fair.end == date(2028, 3, 31)


def test_the_new_plan_file_runs_the_years_of_its_title(tmp_path: Path) -> None:
    from sqlalchemy import select

    from lipplanner.core import models as m
    from lipplanner.core.db import open_plan

    grid = _grid([["Plan stratégique 2025–2028"], *_TABLE])
    path = create_plan_file(build_preview(grid, detect(grid)), tmp_path / "new.lip")
    db = open_plan(path, read_only=True)
    try:
        with db.reading() as session:
            plan = session.scalars(select(m.Plan)).one()
            assert (plan.first_year, plan.last_year) == (2025, 2027)
    finally:
        db.close()
