"""The grid's rows of one .xlsx sheet: python-calamine's values with the scan's looks.

Calamine gives a dense list of lists: "" for an empty cell, every number a float,
dates as `date`. The grid holds what openpyxl gave: None, integral numbers as ints,
dates at midnight as datetimes, durations as text, whitespace-only text as None.

Most rows hold only cells in the sheet's default look. Those are made in C, for the
whole sheet at once: each distinct value that needs converting is converted once into
a table, every value is looked up in it (`dict.get`) and every cell is a tuple made by
`map` (no Python code runs per cell). Rows with a look, a formula or an error cell, and
sheets the table cannot serve, go through the per-cell path.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from itertools import accumulate, chain, repeat
from typing import Any, cast

from lipplanner.core.reports.cell_values import ErrorValue
from lipplanner.core.reports.grid import EMPTY, CellValue, GridCell
from lipplanner.core.reports.readers.xlsx_scan import SheetScan
from lipplanner.core.reports.readers.xlsx_styles import PLAIN, Look
from lipplanner.core.reports.workbook_reader import Problem, column_letter, formulas_note

# Formula text that is only words (no cell reference, call or operator).
_WORDS = re.compile(r"^\s*[^\W\d_][\w'’]*(?:[\s,.;:'’-]+[^\W\d_][\w'’]*)+[\s.]*$")
_NO_ROW: tuple[GridCell, ...] = ()
_NEW = tuple.__new__  # GridCell's own __new__ is Python code; this is the C one


def sheet_rows(
    name: str,
    values: list[list[Any]],
    scan: SheetScan,
    looks: list[Look],
    problems: list[Problem],
    max_chars: int,
) -> list[tuple[GridCell, ...]]:
    """The grid's rows, trailing empty cells and rows dropped; a filled cell with no
    value kept (a colour-only traffic light); cells longer than `max_chars` cut."""
    default = looks[0] if looks else PLAIN
    special = scan.styled.keys() | {r for r, _ in scan.formulas} | {r for r, _ in scan.errors}
    # Calamine's grid ends at the last value: a filled empty cell or a formula with no
    # result can lie beyond it.
    height = max(len(values), max(special, default=-1) + 1)
    formula_columns: dict[int, list[int]] = {}
    for row_number, column in scan.formulas:
        formula_columns.setdefault(row_number, []).append(column)
    marked: dict[int, set[int]] = {}
    for row_number, column in chain(scan.formulas, scan.errors):
        marked.setdefault(row_number, set()).add(column)
    rows: list[tuple[GridCell, ...]] = []
    formulas = 0
    cells = _default_cells(values, default, max_chars)
    if cells is None:  # every row the careful way
        for number in range(height):
            raw = values[number] if number < len(values) else []
            row, counted = _careful_row(
                name, number, raw, scan, looks, default, formula_columns.get(number, []),
                problems, max_chars,
            )  # fmt: skip
            rows.append(row)
            formulas += counted
    else:
        # The looked cells inside calamine's grid are changed in place, one by one;
        # every row is then a slice of the cells, made in C; the few rows that need
        # it are fixed in Python: those ending in empty cells, those with a look
        # beyond calamine's grid, a formula or an error.
        ends = list(accumulate(map(len, values)))
        starts = [0, *ends[:-1]]
        leftover = set(marked)
        for number, row_looks in scan.styled.items():
            if number in marked or number >= len(values) or max(row_looks) >= len(values[number]):
                leftover.add(number)
                continue
            base = starts[number]
            for column, style in row_looks.items():
                value, look = cells[base + column][0], looks[style]
                if value is not None or look.fill is not None:
                    cells[base + column] = _NEW(GridCell, (value, *look))
        rows = list(map(tuple, map(cells.__getitem__, map(slice, starts, ends))))
        rows.extend([_NO_ROW] * (height - len(rows)))
        lasts = [row[-1] if row else EMPTY for row in rows]
        at = -1
        while (at := _index(lasts, EMPTY, at + 1)) >= 0:
            row = rows[at]
            end = len(row)
            while end and row[end - 1] is EMPTY:
                end -= 1
            rows[at] = row[:end]
        for number in leftover:
            rows[number], counted = _patched_row(
                name, number, list(rows[number]), scan, looks, default,
                marked.get(number, set()), formula_columns.get(number, []), problems,
            )  # fmt: skip
            formulas += counted
    while rows and not rows[-1]:
        rows.pop()
    if formulas:
        problems.append(formulas_note(name, formulas))
    return rows


def _default_cells(values: list[list[Any]], default: Look, max_chars: int) -> list[GridCell] | None:
    """Every value's cell in the sheet's `default` look, in reading order; None when a cell is
    too long (the per-cell path cuts and says it) or a value is of a new kind.

    A sheet repeats its statuses, partners, years and blanks: one cell is made per
    distinct value and shared by every cell that holds it. True and 1 (or 1.0) are one
    dict key: when both kinds are there, the cells holding 0 or 1 are made one by one."""
    distinct = set(chain.from_iterable(values))
    texts = cast(list[str], list(filter(str.__instancecheck__, distinct)))
    numbers = cast(list[float], list(filter(float.__instancecheck__, distinct)))
    # Text and numbers only (the usual plan): no other kind to look for.
    kinds = {str, float} if len(texts) + len(numbers) == len(distinct) else set(map(type, distinct))
    if kinds - {str, float, int, bool, date, datetime, time, timedelta}:
        return None
    if max(map(len, texts), default=0) > max_chars:
        return None
    # The values that are not already the grid's, each converted once.
    table: dict[object, CellValue] = {"": None}
    table.update(dict.fromkeys(filter(str.isspace, texts)))
    table.update({n: int(n) for n in numbers if n.is_integer()})
    if date in kinds:
        for day in filter(date.__instancecheck__, distinct):
            if type(day) is date:
                table[day] = datetime(day.year, day.month, day.day)
    if timedelta in kinds:
        table.update({s: str(s) for s in filter(timedelta.__instancecheck__, distinct)})
    keys = list(distinct)
    look = map(repeat, default)
    made = map(_NEW, repeat(GridCell), zip(map(table.get, keys, keys), *look, strict=False))
    by_value: dict[object, GridCell] = dict(zip(keys, made, strict=True))
    by_value.update(dict.fromkeys((k for k, v in table.items() if v is None), EMPTY))
    mixed = bool in kinds and (float in kinds or int in kinds)
    if mixed:
        by_value.pop(0, None), by_value.pop(1, None)
    cells = list(map(by_value.get, chain.from_iterable(values)))
    if mixed:
        flat = list(chain.from_iterable(values))
        at = -1
        while (at := _index(cells, None, at + 1)) >= 0:
            value = plain_value(flat[at])
            cells[at] = EMPTY if value is None else GridCell(value, *default)
    return cells  # type: ignore[return-value]  # no None is left


def _index(cells: list[Any], value: object, start: int) -> int:
    """The next position of `value` from `start` (found in C), -1 when there is none."""
    try:
        return cells.index(value, start)
    except ValueError:
        return -1


def _patched_row(
    name: str,
    number: int,
    row: list[GridCell],
    scan: SheetScan,
    looks: list[Look],
    default: Look,
    marked: set[int],
    formula_columns: list[int],
    problems: list[Problem],
) -> tuple[tuple[GridCell, ...], int]:
    """A row with a look, a formula or an error cell: its cells in the default look,
    those few cells changed; and how many of its formulas' saved results were used."""
    row_looks = scan.styled.get(number, {})
    top = max(max(row_looks, default=-1), max(marked, default=-1))
    if len(row) <= top:
        row.extend([EMPTY] * (top + 1 - len(row)))
    for column, style in row_looks.items():
        if column not in marked:
            value, look = row[column][0], looks[style]
            if value is not None or look.fill is not None:
                row[column] = _NEW(GridCell, (value, *look))
    formulas = 0
    for column in marked:  # formulas and errors: rare
        value, counted = _special(scan, number, column, row[column].value)
        formulas += counted
        own = row_looks.get(column)
        look = default if own is None else looks[own]
        keep = value is not None or (own is not None and look.fill is not None)
        row[column] = _NEW(GridCell, (value, *look)) if keep else EMPTY
    while row and row[-1] is EMPTY:
        row.pop()
    if formula_columns:
        _no_results(row, name, number, formula_columns, problems)
    return tuple(row), formulas


def _careful_row(
    name: str,
    number: int,
    raw: list[Any],
    scan: SheetScan,
    looks: list[Look],
    default: Look,
    formula_columns: list[int],
    problems: list[Problem],
    max_chars: int,
) -> tuple[tuple[GridCell, ...], int]:
    """A row with a look, a formula or an error cell, cell by cell; and how many of its
    formulas' saved results were used."""
    bold, fill, colour = default
    row_looks = scan.styled.get(number)
    width = len(raw)
    if row_looks is not None:
        width = max(width, max(row_looks) + 1)
    if formula_columns:
        width = max(width, max(formula_columns) + 1)
    if width > len(raw):
        raw = [*raw, *[""] * (width - len(raw))]
    special = scan.formulas or scan.errors
    cells: list[GridCell] = []
    formulas = 0
    for column, value in enumerate(raw):
        value = plain_value(value)
        if special and (number, column) in special:
            value, counted = _special(scan, number, column, value)
            formulas += counted
        if row_looks is None or column not in row_looks:
            if value is None:
                continue
            cell = GridCell(value, bold, fill, colour)
        else:
            look = looks[row_looks[column]]
            if value is None and look.fill is None:
                continue
            cell = GridCell(value, look.bold, look.fill, look.font_color)
        if len(cells) < column:
            cells.extend([EMPTY] * (column - len(cells)))
        cells.append(cell)
    if not cells:
        return _NO_ROW, formulas
    return _checked(cells, name, number, formula_columns, problems, max_chars), formulas


def _special(scan: SheetScan, row: int, column: int, value: CellValue) -> tuple[CellValue, int]:
    """An error cell's text, or a formula cell's value, and 1 when it counts as a
    formula whose saved result is used."""
    error = scan.errors.get((row, column))
    if error is not None:
        value = ErrorValue(error)  # #REF!: refused where it is read
    formula = scan.formulas.get((row, column))
    if formula is None:
        return value, 0
    if value is None and _WORDS.match(formula):
        # "= on target" typed beside a legend colour is saved as a formula that
        # never had a result; it is the words the person wrote.
        return "= " + " ".join(formula.split()), 0
    return value, 0 if value is None else 1


def _checked(
    cells: list[GridCell],
    name: str,
    number: int,
    formula_columns: list[int],
    problems: list[Problem],
    max_chars: int,
) -> tuple[GridCell, ...]:
    """The row, cells longer than Excel itself allows cut there (a crafted file can hold
    megabytes in one cell) and formulas with no saved result said, each at its cell."""
    for index, cell in enumerate(cells):
        value = cell.value
        if isinstance(value, str) and len(value) > max_chars:
            problems.append(
                Problem(
                    name,
                    number + 1,
                    column_letter(index),
                    f"holds {len(value):,} characters; only the first {max_chars:,} were read.",
                )
            )
            cells[index] = cell._replace(value=value[:max_chars])
    _no_results(cells, name, number, formula_columns, problems)
    return tuple(cells)


def _no_results(
    cells: list[GridCell],
    name: str,
    number: int,
    formula_columns: list[int],
    problems: list[Problem],
) -> None:
    """Each formula with no saved result said at its cell."""
    for column in sorted(formula_columns):
        if column >= len(cells) or cells[column].value is None:
            problems.append(
                Problem(
                    name,
                    number + 1,
                    column_letter(column),
                    "holds a formula with no saved result; type the value instead.",
                )
            )


def plain_value(value: object) -> CellValue:
    """A calamine value as openpyxl gave it: blanks None, integral floats ints, dates
    at midnight datetimes, durations their text."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return None if value.isspace() else value
    if isinstance(value, float):
        return int(value) if value.is_integer() else value
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    if isinstance(value, timedelta):
        return str(value)
    return value  # type: ignore[return-value]
