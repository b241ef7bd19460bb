"""The partners an import adds as new organisations, said plainly (the CLI's line)."""

from __future__ import annotations

from lipplanner.core.reports.grid import GridCell, SheetGrid, WorkbookGrid
from lipplanner.core.reports.plan_import import ImportPreview, build_preview, detect


def _preview(rows: list[list[object]]) -> ImportPreview:
    sheet = SheetGrid("Plan", tuple(tuple(GridCell(c) for c in r) for r in rows))
    grid = WorkbookGrid("plan.xlsx", "xlsx", (sheet,))
    return build_preview(grid, detect(grid))


def test_the_new_organisations_are_counted_and_named_in_the_singular_or_plural() -> None:
    one = _preview([["Action", "Lead"], ["Hold a job fair", "YMCA"]])
    assert one.new_organisations() == "1 partner will be added as a new organisation: YMCA"
    rows: list[list[object]] = [["Action", "Lead"]]
    rows += [[f"Action {n}", f"Partner {n}"] for n in range(1, 13)]
    many = _preview(rows).new_organisations()
    assert many.startswith("12 partners will be added as new organisations: Partner 1, ")
    assert many.endswith("Partner 10 and 2 more")
