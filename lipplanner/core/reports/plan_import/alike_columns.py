"""Columns headed alike across a workbook's sheets: a role chosen for one column of a
plan kept on several sheets (a sheet per priority or working group, the same headings
on each) is meant for the column headed the same way on every sheet read."""

from __future__ import annotations

from lipplanner.core.reports.cell_values import fold_key
from lipplanner.core.reports.grid import WorkbookGrid
from lipplanner.core.reports.plan_import.header import heading_at
from lipplanner.core.reports.plan_import.mapping import ImportMapping


def columns_headed_alike(
    grid: WorkbookGrid, mapping: ImportMapping, sheet_name: str, column: int
) -> list[tuple[str, int]]:
    """(sheet, column) of every other sheet read whose column has the heading of
    `column` on `sheet_name` ("Org." and "org" alike); none when it has no heading."""
    heading = _heading(grid, mapping, sheet_name, column)
    if not heading:
        return []
    alike: list[tuple[str, int]] = []
    for sheet in grid.sheets:
        chosen = mapping.sheet(sheet.name)
        if sheet.name == sheet_name or chosen is None or not chosen.include:
            continue
        if not chosen.header_rows:
            continue
        texts = heading_at(sheet, chosen.header_rows).texts
        alike += [(sheet.name, c) for c, text in sorted(texts.items()) if fold_key(text) == heading]
    return alike


def _heading(grid: WorkbookGrid, mapping: ImportMapping, sheet_name: str, column: int) -> str:
    chosen = mapping.sheet(sheet_name)
    sheet = next((s for s in grid.sheets if s.name == sheet_name), None)
    if chosen is None or sheet is None or not chosen.header_rows:
        return ""
    return fold_key(heading_at(sheet, chosen.header_rows).texts.get(column, ""))
