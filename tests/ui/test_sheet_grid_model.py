"""The import assistant's sheet table: what it shows per row and cell, and the model
tester on it (every model class in ui/models has a model-tester test)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush

from lipplanner.core.reports.grid import GridCell, SheetGrid
from lipplanner.ui.models.sheet_grid import SheetGridModel


def test_sheet_grid_shows_levels_cells_and_passes_the_model_tester(qtmodeltester: Any) -> None:
    model = SheetGridModel({"priority": "Priority", "action": "Action", "skip": "Left out"})
    qtmodeltester.check(model)  # empty
    sheet = SheetGrid(
        "Plan",
        (
            (GridCell("Code", bold=True), GridCell("Title", bold=True)),
            (GridCell("1"), GridCell("Housing", fill="FFEE00")),
            (GridCell("1.1"), GridCell("Line one\nline two"), GridCell(date(2025, 4, 1))),
            (GridCell("note"),),  # shorter than the others
        ),
    )
    model.set_sheet(sheet)
    model.set_levels({1: "priority", 2: "action", 3: "action"}, {3: "skip"}, (0,))
    qtmodeltester.check(model)
    assert (model.rowCount(), model.columnCount()) == (4, 4)  # the level column + 3
    assert [model.index(r, 0).data() for r in range(4)] == [
        "Heading",
        "Priority",
        "Action",
        "Left out ✎",  # forced by the coordinator
    ]
    assert model.index(2, 2).data() == "Line one ⏎ line two"
    assert model.index(2, 3).data() == "2025-04-01"
    assert model.index(3, 2).data() == ""  # a missing cell
    fill = model.index(1, 2).data(Qt.ItemDataRole.BackgroundRole)
    assert isinstance(fill, QBrush) and fill.color().name() == "#ffee00"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "A"
