"""Stage 1: where a sheet's heading is, and what each column's heading says.

Title rows, a legend or a vision statement usually sit above the heading; the heading
is the row among the first ones that names the most known columns. A second heading
row counts when it only fills in under a heading spread across columns ("Timeframe"
over 2012 … 2015) or beside headings merged down over both rows.
"""

from __future__ import annotations

from dataclasses import dataclass

from lipplanner.core.reports.grid import SheetGrid
from lipplanner.core.reports.plan_import.roles import role_of
from lipplanner.core.reports.plan_import.rows import sheet_rows

HEADER_SEARCH_ROWS = 30  # title rows above the heading are skipped, up to this many
# Roles that make a row a table's heading (with at least one more known column).
_TABLE_ROLES = frozenset({"action", "quarter", "priority", "objective", "partner", "partners"})
ACTION_FIELDS = frozenset(
    {"lead", "lead_partners", "timeline", "start", "end", "status", "percent"}
)


@dataclass(frozen=True)
class Heading:
    rows: tuple[int, ...]  # 0-based, one or two
    texts: dict[int, str]  # column → its heading as written (both rows joined)

    @property
    def last_row(self) -> int:
        return self.rows[-1]


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split())


def _score(sheet: SheetGrid, row: int) -> tuple[int, bool]:
    roles = [role_of(cell.value) for cell in sheet.rows[row] if not cell.blank]
    known = set(r for r in roles if r)
    # Lead, Timeframe and Status side by side head a plan's table even when its first
    # column is headed with the plan's name ("Strategic Plan").
    return len(known), bool(_TABLE_ROLES & known) or len(known & ACTION_FIELDS) >= 3


def find_heading(sheet: SheetGrid) -> Heading | None:
    """The sheet's heading, or None when no row among the first names a table."""
    best: tuple[int, int] | None = None  # (score, row)
    for row in range(min(len(sheet.rows), HEADER_SEARCH_ROWS + 10)):
        score, table = _score(sheet, row)
        if table and score >= 2 and (best is None or score > best[0]):
            best = (score, row)
    if best is None:
        return None
    return heading_at(sheet, (best[1],) + ((best[1] + 1,) if _second_row(sheet, best[1]) else ()))


def heading_at(sheet: SheetGrid, rows: tuple[int, ...]) -> Heading:
    """The column headings of the given heading rows (a heading spread over merged
    columns stands over each of them)."""
    texts: dict[int, str] = {}
    spread = _spread(sheet, rows[0])
    for column in range(sheet_rows(sheet).width):
        upper = _text(sheet.cell(rows[0], column).value) or spread.get(column, "")
        lower = _text(sheet.cell(rows[1], column).value) if len(rows) > 1 else ""
        if lower and upper and role_of(lower) is None:
            texts[column] = f"{upper} {lower}"
        elif lower or upper:
            texts[column] = lower or upper
    return Heading(rows, texts)


def _spread(sheet: SheetGrid, row: int) -> dict[int, str]:
    """Columns covered by a heading merged across, with that heading's text."""
    found: dict[int, str] = {}
    for merge in sheet.merges:
        if merge.first_row == row and merge.last_column > merge.first_column:
            text = _text(sheet.cell(row, merge.first_column).value)
            for column in range(merge.first_column + 1, merge.last_column + 1):
                found[column] = text
    return found


def _second_row(sheet: SheetGrid, row: int) -> bool:
    below = row + 1
    if below >= len(sheet.rows):
        return False
    spread = _spread(sheet, row)
    across = {
        m.first_column
        for m in sheet.merges
        if m.first_row == row and m.last_column > m.first_column
    }
    down = any(m.first_row == row and m.last_row >= below for m in sheet.merges)
    filled = [c for c, cell in enumerate(sheet.rows[below]) if not cell.blank]
    if not filled:
        return False
    for column in filled:
        above = sheet.cell(row, column)
        under_spread = column in spread or column in across
        if not above.blank and not under_spread:
            return False
        if not (role_of(sheet.cell(below, column).value) or under_spread):
            return False
    return down or bool(spread)
