"""The import assistant's sheet table: what it shows per row and cell, and the model
tester on it (every model class in ui/models has a model-tester test)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from lipplanner.core.reports.grid import GridCell, SheetGrid
from lipplanner.ui.models.sheet_grid import SheetGridModel, contrast


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


def _text_on(model: SheetGridModel, row: int, column: int) -> tuple[str, str]:
    """(text colour, fill colour) as the table draws the cell."""
    text = model.index(row, column).data(Qt.ItemDataRole.ForegroundRole)
    fill = model.index(row, column).data(Qt.ItemDataRole.BackgroundRole)
    assert isinstance(text, QBrush) and isinstance(fill, QBrush)
    return text.color().name(), fill.color().name()


def test_cell_text_stays_readable_on_any_fill(qapp: Any) -> None:
    model = SheetGridModel({"action": "Action"})
    sheet = SheetGrid(
        "Plan",
        (
            # The sheet's white heading text on a dark fill: on our pale heading tint it vanished.
            (GridCell("Activity", bold=True, fill="1F4E78", font_color="FFFFFF"),),
            # The RIF legend: "En cours" in yellow on yellow.
            (GridCell("En cours", fill="FFFF00", font_color="FFC000"),),
            (GridCell("Retard", fill="C00000"),),  # a dark fill, no font colour
            (GridCell("Terminé", fill="C6EFCE", font_color="006100"),),  # readable: kept
            (GridCell("Légende"),),
        ),
    )
    model.set_sheet(sheet)
    model.set_levels({1: "action", 2: "action", 3: "action"}, {}, (0,))

    assert _text_on(model, 0, 1) == ("#000000", "#dde7f3")
    assert _text_on(model, 1, 1) == ("#000000", "#ffff00")
    assert _text_on(model, 2, 1) == ("#ffffff", "#c00000")
    assert _text_on(model, 3, 1) == ("#006100", "#c6efce")
    for row in range(4):
        assert contrast(*(QColor(c) for c in _text_on(model, row, 1))) >= 3

    model.set_levels({}, {1: "skip", 2: "skip"}, (0,))  # the legend rows, left out
    assert _text_on(model, 2, 1) == ("#ffffff", "#c00000")  # grey on red: unreadable
    model.set_levels({}, {4: "skip"}, (0,))
    plain = model.index(4, 1).data(Qt.ItemDataRole.ForegroundRole)
    assert plain.color().name() == "#8a8a8a"  # greyed where grey reads
