"""Stage 5: the plan's items from the grid, read through the mapping.

Sheets are read in dependency order: partner lists, priority and objective tables, then
the action sheets. In an action sheet each row has the level the hierarchy stage gave it
(or the person forced); section rows open a priority or objective, narrative lines add
to its description, and action rows carry forward the last priority and objective seen
(merged cells, heading rows). Every value that cannot be used is a `Problem` at its cell.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from lipplanner.core.errors import UserError
from lipplanner.core.reports.cell_values import ErrorValue, error_phrase, shown
from lipplanner.core.reports.grid import SheetGrid, WorkbookGrid
from lipplanner.core.reports.plan_import.action_rows import ActionRows
from lipplanner.core.reports.plan_import.header import heading_at
from lipplanner.core.reports.plan_import.hierarchy import find_structure
from lipplanner.core.reports.plan_import.mapping import ImportMapping, SheetMapping
from lipplanner.core.reports.plan_import.preview import ImportPreview, SheetRead
from lipplanner.core.reports.plan_import.roles import role_of
from lipplanner.core.reports.plan_import.row_cells import RowCells
from lipplanner.core.reports.plan_import.rows import sheet_rows
from lipplanner.core.reports.plan_import.sheet_context import Columns, SheetContext, table_kind
from lipplanner.core.reports.workbook_reader import Problem, column_letter

_UNREAD_COLOURS = (
    "action rows are coloured, but the sheet has no Status column and no colour legend "
    "saying what the colours mean; they were not read as statuses (every action is Not "
    "started). Add a legend row such as “green = On track”, or a Status column."
)


def build(
    grid: WorkbookGrid,
    mapping: ImportMapping,
    known_partners: Sequence[str] = (),
    known_statuses: Mapping[str, str] | None = None,
) -> ImportPreview:
    """The preview of everything `mapping` reads from `grid`."""
    from pathlib import Path

    preview = ImportPreview(source=Path(grid.source))
    for problem in grid.problems:
        preview.add(problem)
    reader = PlanReader(grid, mapping, preview, known_partners, known_statuses)
    included = {s.sheet: s for s in mapping.sheets if s.include and s.header_rows}
    kinds = {name: table_kind(s) for name, s in included.items()}
    if "actions" not in kinds.values():
        raise UserError(
            f"No sheet in “{grid.source}” has the expected headers: a row naming "
            "the Action (or Activity) column and at least one more, such as Lead partner, "
            "Status or Start. Use File → Save import template… for the layout."
        )
    for sheet in grid.sheets:
        if sheet.name not in included or not kinds[sheet.name]:
            preview.sheets.append(SheetRead(sheet.name, "", None))
    for kind in ("partners", "priorities", "objectives", "actions"):
        for sheet in grid.sheets:
            if kinds.get(sheet.name) == kind:
                reader.read_sheet(sheet, included[sheet.name], kind)
    reader.finish()
    return preview


class PlanReader(ActionRows):
    """Turns the rows of the mapped sheets into the preview's items."""

    def read_sheet(self, sheet: SheetGrid, mapping: SheetMapping, kind: str) -> None:
        heading = heading_at(sheet, mapping.header_rows)
        header_row = mapping.header_rows[0] + 1
        read = SheetRead(sheet.name, kind, header_row)
        self.preview.sheets.append(read)
        columns = Columns.of(mapping)
        failed = self._failed_headings(sheet, mapping.header_rows)
        for column, role in sorted(mapping.columns.items()):
            text = heading.texts.get(column, "")
            if column in failed:
                self.problem(
                    sheet.name, failed[column][0] + 1, column,
                    f"{error_phrase(failed[column][1])} instead of a column name; "
                    "the column was not read.",
                )  # fmt: skip
            elif role == "ignore" and text and role_of(text) is None:
                self.problem(sheet.name, header_row, column,
                             f"column “{shown(text)}” is not used; ignored.", "note")  # fmt: skip
        for column in columns.ignored:
            text = heading.texts.get(column, "")
            self.problem(
                sheet.name, header_row, column,
                f"column “{shown(text)}” repeats an earlier one; ignored.", "note",
            )  # fmt: skip
        for column, into, role in columns.merged:
            said = _merged_note(heading.texts, column, into, role)
            self.problem(sheet.name, header_row, column, said, "note")
        structure = find_structure(
            sheet, heading.last_row, mapping.columns, mapping.levels if kind == "actions" else {}
        )
        context = SheetContext(sheet, mapping, heading.texts, columns, structure, self)
        if kind == "actions":
            self.preview.year_hints.extend(context.year_hints)
            self.preview.plan_years = self.preview.plan_years or context.plan_years
            if self.preview.report_period is None:
                self.preview.report_period = context.report_period
            if not self.preview.suggested_title:
                self.preview.suggested_title = context.title
            self.statuses.legend.update(structure.legend)
            self.status_seen.clear()  # colours may mean something else on this sheet
        handler = {
            "partners": self._partner,
            "priorities": self._priority,
            "objectives": self._objective,
            "actions": self._action_row,
        }[kind]
        levels = structure.levels
        for number in sheet_rows(sheet).below(heading.last_row):  # an empty row is no row
            level = levels.get(number, "skip") if kind == "actions" else "table"
            if level == "skip":
                continue
            read.rows += 1
            handler(RowCells(self, context, number), level)
        if context.colours_unread():
            self.preview.add(Problem(sheet.name, None, None, _UNREAD_COLOURS, "note"))

    @staticmethod
    def _failed_headings(sheet: SheetGrid, rows: tuple[int, ...]) -> dict[int, tuple[int, str]]:
        """Heading cells holding an error value: column → (row, the error)."""
        failed: dict[int, tuple[int, str]] = {}
        for row in rows:
            for column, cell in enumerate(sheet.rows[row] if row < len(sheet.rows) else ()):
                if isinstance(cell.value, ErrorValue):
                    failed.setdefault(column, (row, cell.value))
        return failed

    def finish(self) -> None:
        """Checks that need the whole workbook, and the names left for the person."""
        if not self.preview.actions:
            self.preview.add(Problem("", None, None, "No actions were found to import."))
        for word in self.statuses.unknown:
            if word not in self.preview.unknown_statuses:
                self.preview.unknown_statuses.append(word)
        if self.known_partners:
            from lipplanner.core.reports.plan_import.matching import partner_matches

            self.preview.partner_matches = partner_matches(
                [p.name_en for p in self.preview.partners.values() if p.existing is None],
                list(self.known_partners.values()),
            )


def _merged_note(headings: dict[int, str], column: int, into: int, role: str) -> str:
    """What the preview says of a second column of a role: which column it joins, how."""
    first = f"column “{shown(headings.get(into, ''))}” ({column_letter(into)})"
    if role in ("lead", "lead_partners"):
        how = f"its names are added to the supporting partners ({first} names the lead)"
    elif role == "partners":
        how = f"its names are added to the partners of {first}"
    else:
        how = f"its text is added after that of {first}, on a new line"
    return f"column “{shown(headings.get(column, ''))}” repeats an earlier one; {how}."
