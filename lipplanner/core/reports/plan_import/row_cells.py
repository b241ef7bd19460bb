"""One row of a sheet, its values read by role through the sheet's context, each
problem said at its cell.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from lipplanner.core.models.base import NAME_MAX
from lipplanner.core.periods import Period
from lipplanner.core.reports.cell_values import (
    CellError,
    ErrorValue,
    read_date,
    read_name,
    read_number,
    read_text,
)
from lipplanner.core.reports.grid import CellValue
from lipplanner.core.reports.plan_import.roles import (
    month_of_heading,
    quarter_of_heading,
    year_of_heading,
)
from lipplanner.core.reports.plan_import.rows import sheet_rows
from lipplanner.core.reports.plan_import.sheet_context import SheetContext, table_kind
from lipplanner.core.reports.plan_import.values import (
    NO_SPAN,
    Span,
    measured,
    quarter_months,
    relative_note,
    split_bullets,
    ticked,
    ticked_months,
)
from lipplanner.core.reports.workbook_reader import column_letter

if TYPE_CHECKING:
    from lipplanner.core.reports.plan_import.reading import ReaderBase

_LONGEST = NAME_MAX * 4  # the longest text `read_name` reads


class RowCells:
    """One row of a sheet, its values read by role, problems reported at their cell."""

    __slots__ = ("context", "number", "reader", "row", "sheet")

    def __init__(self, reader: ReaderBase, context: SheetContext, number: int) -> None:
        self.reader, self.context, self.number = reader, context, number
        self.sheet = context.sheet.name
        self.row = context.sheet.rows[number]

    @property
    def blank(self) -> bool:
        return all(cell.blank for cell in self.row)

    def raw_at(self, column: int) -> CellValue:
        # The cell's value, or the value of the cell merged down over it.
        row = self.row
        value = row[column][0] if column < len(row) else None
        if value is None or (isinstance(value, str) and not value.strip()):
            value = self.context.structure.covered.get((self.number, column))
        if isinstance(value, ErrorValue):  # #REF!, #DIV/0!: said at its cell, read as empty
            self.reader.error_value(
                self.sheet, self.number, column, value, self.context.headings.get(column)
            )
            return None
        return value

    def raw(self, role: str) -> CellValue:
        column = self.context.columns.single.get(role)
        return None if column is None else self.raw_at(column)

    def fill(self, role: str) -> str | None:
        column = self.context.columns.single.get(role)
        if column is None or column >= len(self.row):
            return None
        return self.row[column].fill

    def has_any(self, *roles: str) -> bool:
        single, many = self.context.columns.single, self.context.columns.many
        for role in roles:
            if role not in single and role not in many:
                continue
            columns = [single[role]] if role in single else []
            columns += many.get(role, [])
            if any(_present(self.raw_at(c)) for c in columns):
                return True
        return False

    def first_text(self) -> str:
        for column, _text in sheet_rows(self.context.sheet).texts.get(self.number, ()):
            value = self.raw_at(column)
            if value is not None:
                return self.text_at(column)
        return ""

    def texts(self) -> dict[str, str]:
        """Every mapped cell as text, keyed as the import template names its columns (for
        comparing with the template's example row)."""
        names = {"partner": "name", "partner_fr": "name_fr", "partners": "supporting",
                 "french": "action_fr"}  # fmt: skip
        texts: dict[str, str] = {}
        kind = table_kind(self.context.mapping)
        for role, column in self.context.columns.single.items():
            key = names.get(role, role)
            if kind in ("priorities", "objectives") and role in ("priority", "objective"):
                key = "title"
            if kind in ("priorities", "objectives") and role == "french":
                key = "title_fr"
            if kind == "objectives" and role == "priority":
                key = "priority_code"
            texts[key] = self._safe_text(column)
        for role, columns in self.context.columns.many.items():
            texts[names.get(role, role)] = self._safe_text(columns[0])
        return texts

    def _safe_text(self, column: int) -> str:
        try:
            return read_text(self.raw_at(column))
        except CellError:
            return ""

    def where(self, role: str | None = None) -> str:
        """The row (or its cell of `role`) as `Problem.location` writes it."""
        index = self.context.columns.single.get(role) if role else None
        if role and index is None and self.context.columns.many.get(role):
            index = self.context.columns.many[role][0]
        if index is None:
            return f"{self.sheet} row {self.number + 1}"
        return f"{self.sheet}!{column_letter(index)}{self.number + 1}"

    def _column(self, role: str) -> int | None:
        column = self.context.columns.single.get(role)
        if column is None and self.context.columns.many.get(role):
            column = self.context.columns.many[role][0]
        return column

    def error(self, role: str, text: str) -> None:
        self.reader.problem(self.sheet, self.number + 1, self._column(role), text)

    def note(self, role: str, text: str) -> None:
        self.reader.problem(self.sheet, self.number + 1, self._column(role), text, "note")

    def _read(self, role: str, read: Any, empty: Any) -> Any:
        # Every reader gives `empty` for an empty cell: a role with no column is one.
        column = self.context.columns.single.get(role)
        if column is None:
            return empty
        try:
            return read(self.raw_at(column))
        except CellError as error:
            self.error(role, f"{error}; left empty.")
            return empty

    def text(self, role: str) -> str:
        column = self.context.columns.single.get(role)
        if column is None:
            return ""
        try:
            return self.reader.texts.read(self.raw_at(column))
        except CellError as error:
            self.error(role, f"{error}; left empty.")
            return ""

    def text_at(self, column: int) -> str:
        try:
            return self.reader.texts.read(self.raw_at(column))
        except CellError as error:
            self.reader.problem(self.sheet, self.number + 1, column, f"{error}; left empty.")
            return ""

    def name(self, role: str) -> str:
        column = self.context.columns.single.get(role)
        if column is None:
            return ""
        value = self.raw_at(column)
        try:
            if type(value) is str and len(value) <= _LONGEST and value.isprintable():
                # What `read_name` gives for one line of printable text (no control
                # character to take out, not too long), without its regular expression.
                name = " ".join(value.split())[: NAME_MAX + 1]
            else:
                name = self.reader.names.read(value)
        except CellError as error:
            self.error(role, f"{error}; left empty.")
            return ""
        if len(name) > NAME_MAX:
            self.error(role, f"longer than {NAME_MAX} characters; shortened.")
            name = name[:NAME_MAX]
        return name

    def title(self, role: str) -> str:
        """A title cell's whole text on one line, however long: a paragraph there is
        shortened by its reader, which keeps the whole text (`long_titles`)."""
        column = self.context.columns.single.get(role)
        if column is None:
            return ""
        value = self.raw_at(column)
        if isinstance(value, str) and len(value) > NAME_MAX:
            return " ".join(self.text(role).split())
        return self.name(role)

    def percent(self, role: str, fractions: bool) -> int | None:
        column = self.context.columns.single.get(role)
        if column is None:
            return None
        try:
            return self.reader.percents.read(self.raw_at(column), fractions)
        except CellError as error:
            self.error(role, f"{error}; left empty.")
            return None

    def money(self, role: str) -> Decimal | None:
        number: float | None = self._read(role, read_number, None)
        if number is None:
            return None
        if number < 0:
            self.error(role, f"{number:g} is negative; left empty.")
            return None
        return Decimal(str(number)).quantize(Decimal("0.01"))

    def _date(self, role: str, pick_end: bool) -> tuple[date | None, bool]:
        """A start or end column: a date, or a timeline phrase ("Q2 2021", "Dec-21")."""
        if role not in self.context.columns.single:
            return None, False
        value = self.raw(role)
        if isinstance(value, str):
            # "March 2023" in an End column is due by the end of March, not on the 1st.
            try:
                period = self.reader.timelines.read(value, self.context.first_year)
            except CellError:
                period = NO_SPAN
            if period.start and period.end:
                return (period.end if pick_end else period.start), period.ongoing
        try:
            return read_date(value), False
        except CellError as error:
            try:
                span = self.reader.timelines.read(value, self.context.first_year)
            except CellError:
                self.error(role, f"{error}; left empty.")
                return None, False
            return (span.end if pick_end else span.start) or span.start or span.end, span.ongoing

    def span(self) -> Span:
        """When the row's action runs: start and end columns, a timeline, ticked years."""
        start, ongoing_start = self._date("start", False)
        end, ongoing_end = self._date("end", True)
        ongoing = ongoing_start or ongoing_end
        timeline = NO_SPAN
        if "timeline" in self.context.columns.single:
            try:
                timeline = self.reader.timelines.read(
                    self.raw("timeline"),
                    self.context.first_year,
                    self.context.last_year,
                )
                if timeline.relative:
                    self.note("timeline", relative_note(self.text("timeline"), timeline))
            except CellError as error:
                self.note("timeline", f"{error}; no dates were given to the action.")
        ticks = self._ticked_years()
        if ticks is NO_SPAN:
            ticks = self._ticked_months()
        start = start or timeline.start or ticks.start
        end = end or timeline.end or ticks.end
        if start and end and end < start:
            self.error(
                "end", f"ends {end.isoformat()}, before it starts; the end date was left out."
            )
            end = None
        ongoing = ongoing or timeline.ongoing
        if (start, end, ongoing) == (timeline.start, timeline.end, timeline.ongoing):
            return timeline  # the timeline alone dates it (remembered, shared, frozen)
        return Span(start, end, ongoing)

    def _ticked_years(self) -> Span:
        years = []
        measures = bool(self.context.columns.many.get("indicator"))
        for column in self.context.columns.many.get("year", []):
            value = self.raw_at(column)
            if not ticked(value) or (measures and measured(value)):
                continue  # (a performance measure's yearly value is no tick)
            absolute, relative = year_of_heading(self.context.headings.get(column))
            if absolute is None and relative is not None and self.context.first_year:
                absolute = self.context.first_year + relative - 1
            if absolute:
                years.append(absolute)
        if not years:
            return NO_SPAN
        return Span(date(min(years), 4, 1), date(max(years) + 1, 3, 31))

    def _ticked_months(self) -> Span:
        # A Gantt row: a month is ticked by a mark, or by a fill alone when the row does
        # not fill every month (a row shaded across is no tick).
        # Ticked quarter columns are their three months (Q1: April to June).
        many = self.context.columns.many
        columns = sorted([*many.get("month", []), *many.get("quarter_tick", [])])
        if not columns:
            return NO_SPAN
        fills = [c < len(self.row) and self.row[c].fill not in (None, "FFFFFF") for c in columns]
        by_fill = not all(fills)
        months = []
        for column, filled in zip(columns, fills, strict=True):
            heading = self.context.headings.get(column)
            tick = ticked(self.raw_at(column)) or (by_fill and filled)
            month, year = month_of_heading(heading)
            if month:
                months.append((month, year, tick))
            elif quarter := quarter_of_heading(heading):
                months += [(m, None, tick) for m in quarter_months(quarter)]
        return ticked_months(months, self.context.first_year)

    def quarter_items(self) -> list[tuple[str, Span]]:
        """Activities written in quarter columns ("Q1 Activity" …), dated in that quarter
        of the sheet's fiscal year."""
        items: list[tuple[str, Span]] = []
        year = self.context.first_year
        for column in self.context.columns.many.get("quarter", []):
            text = self.text_at(column)
            quarter = quarter_of_heading(self.context.headings.get(column))
            if not text or quarter is None:
                continue
            span = NO_SPAN
            if year is not None:
                period = Period(year, quarter)
                span = Span(period.start, period.end)
            items += [(read_name(t), span) for t in split_bullets(text) if read_name(t)]
        return items


def _present(value: object) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())
