"""How the report's sheets look: shared named styles, tables with a frozen and filtered
header, fitting column widths, and print settings.

Styles are registered once per workbook as named styles; each cell then gets a copy
of a ready style array instead of new Font/Fill objects, which keeps formatting close
to the cost of writing plain values.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Iterable, Sequence
from copy import copy
from dataclasses import dataclass
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from lipplanner.core.reports.safe_text import cell_text, clean_text

FONT = "Calibri"
HEADER_FILL = "1F3864"
BORDER_COLOUR = "BFBFBF"
DATE_FORMAT = "yyyy-mm-dd"
PERCENT_FORMAT = "0%"
# French writes a (no-break) space before the sign, as the report's own sentences do
# ("59 %"); a format code's "%" alone prints "54%" whatever the reader's language.
FRENCH_PERCENT_FORMAT = '0"\u00a0"%'
COUNT_FORMAT = "#,##0"
WARN_FILL, WARN_TEXT = "FCE4D6", "9C2A00"
GAP_FILL, GAP_TEXT = "F8D7DA", "842029"

# Column kinds: how a value is written and styled.
CODE, TEXT, WRAP, DATE, PERCENT, NUMBER, COUNT, STATUS, FLAG = (
    "code",
    "text",
    "wrap",
    "date",
    "percent",
    "number",
    "count",
    "status",
    "flag",
)


@dataclass(frozen=True)
class Column:
    """One column of a data table: its header, kind and widest width (characters)."""

    header: str
    kind: str = TEXT
    width: float = 20
    # FLAG columns: the text for True, and whether True is a warning to highlight.
    flag_text: str = ""
    warn: bool = False


@dataclass(frozen=True)
class StatusStyle:
    """A status as printed: its label, and the named style with its colour."""

    label: str
    style: str


def _hex(colour: str, default: str = "9E9E9E") -> str:
    text = (colour or "").strip().lstrip("#")
    if len(text) == 3:
        text = "".join(c * 2 for c in text)
    try:
        int(text, 16)
    except ValueError:
        return default
    return text.upper() if len(text) == 6 else default


def readable_text_colour(fill: str) -> str:
    """Black or white, whichever reads better on `fill` (WCAG relative luminance)."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(fill[i : i + 2], 16) for i in (0, 2, 4))
    luminance = 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
    # Contrast against white vs against black: pick the larger.
    return "FFFFFF" if (1.05 / (luminance + 0.05)) >= ((luminance + 0.05) / 0.05) else "000000"


class Styles:
    """The workbook's named styles, as style arrays ready to copy onto cells."""

    def __init__(self, workbook: Workbook, lang: str = "en") -> None:
        self._workbook = workbook
        percent = FRENCH_PERCENT_FORMAT if lang == "fr" else PERCENT_FORMAT
        self._arrays: dict[str, Any] = {}
        thin = Side(style="thin", color=BORDER_COLOUR)
        self.grid = Border(left=thin, right=thin, top=thin, bottom=thin)
        top = Alignment(vertical="top")
        wrap = Alignment(vertical="top", wrap_text=True)
        plain = Font(name=FONT, size=10)
        self.add("LIP Text", font=plain, alignment=top)
        self.add("LIP Wrap", font=plain, alignment=wrap)
        self.add("LIP Code", font=plain, alignment=Alignment(vertical="top", horizontal="left"))
        self.add(
            "LIP Date",
            font=plain,
            # Centred: a date beside a right-aligned number stays legible.
            alignment=Alignment(vertical="top", horizontal="center"),
            number_format=DATE_FORMAT,
        )
        self.add(
            "LIP Date left",
            font=plain,
            alignment=Alignment(vertical="top", horizontal="left"),
            number_format=DATE_FORMAT,
        )
        self.add("LIP Percent", font=plain, alignment=top, number_format=percent)
        self.add("LIP Number", font=plain, alignment=top, number_format="General")
        self.add("LIP Count", font=plain, alignment=top, number_format=COUNT_FORMAT)
        self.add(
            "LIP Header",
            font=Font(name=FONT, size=10, bold=True, color="FFFFFF"),
            fill=PatternFill("solid", fgColor=HEADER_FILL),
            alignment=Alignment(vertical="center", wrap_text=True),
        )
        self.add(
            "LIP Warn",
            font=Font(name=FONT, size=10, bold=True, color=WARN_TEXT),
            fill=PatternFill("solid", fgColor=WARN_FILL),
            alignment=top,
        )
        self.add(
            "LIP Warn date",
            font=Font(name=FONT, size=10, bold=True, color=WARN_TEXT),
            fill=PatternFill("solid", fgColor=WARN_FILL),
            alignment=Alignment(vertical="top", horizontal="center"),
            number_format=DATE_FORMAT,
        )
        self.add(
            "LIP Gap",
            font=Font(name=FONT, size=10, bold=True, color=GAP_TEXT),
            fill=PatternFill("solid", fgColor=GAP_FILL),
            alignment=top,
            number_format=COUNT_FORMAT,
        )
        self.add(
            "LIP Zero",
            font=Font(name=FONT, size=10, color="8C8C8C"),
            alignment=top,
            number_format=COUNT_FORMAT,
        )
        bold = Font(name=FONT, size=10, bold=True)
        self.add("LIP Total", font=bold, alignment=top)
        self.add("LIP Total count", font=bold, alignment=top, number_format=COUNT_FORMAT)
        self.add("LIP Total percent", font=bold, alignment=top, number_format=percent)
        self.add("LIP Title", font=Font(name=FONT, size=18, bold=True, color=HEADER_FILL))
        self.add("LIP Subtitle", font=Font(name=FONT, size=12, color="404040"))
        self.add("LIP Heading", font=Font(name=FONT, size=13, bold=True, color=HEADER_FILL))
        self.add("LIP Label", font=Font(name=FONT, size=10, bold=True), alignment=top)
        self.add(
            "LIP Note",
            font=Font(name=FONT, size=10, italic=True, color="404040"),
            alignment=top,
            bordered=False,
        )
        self.add(
            "LIP Link",
            font=Font(name=FONT, size=10, color="0563C1", underline="single"),
            alignment=top,
        )
        self._status_count = 0

    def add(self, name: str, *, bordered: bool = True, **attributes: Any) -> str:
        style = NamedStyle(name=name, **attributes)
        if bordered and "LIP Title" not in name and name not in ("LIP Subtitle", "LIP Heading"):
            style.border = self.grid
        self._workbook.add_named_style(style)
        # A cell takes the style array the named style stands for; copying it is cheap.
        self._arrays[name] = copy(style.as_tuple())
        return name

    def status(self, key: str, label: str, colour: str) -> StatusStyle:
        """The style of a status cell: its own colour, with text that stays readable."""
        fill = _hex(colour)
        self._status_count += 1
        name = self.add(
            f"LIP Status {self._status_count} {key}"[:60],
            font=Font(name=FONT, size=10, bold=True, color=readable_text_colour(fill)),
            fill=PatternFill("solid", fgColor=fill),
            alignment=Alignment(vertical="top", wrap_text=True),
        )
        return StatusStyle(label, name)

    def apply(self, cell: Any, name: str) -> None:
        cell._style = copy(self._arrays[name])


def text_value(cell: Any, text: str) -> bool:
    """Put untrusted text in a cell as text, never as a formula; return whether the
    text could pass for one (the caller then marks the cell's style as quoted)."""
    text, quoted = cell_text(text)
    cell._value = text  # the setter would turn "=…" into a formula
    cell.data_type = "s"
    return quoted


def quote(cell: Any) -> None:
    """Excel's "text as typed" mark: editing the cell keeps it text, not a formula."""
    cell.quotePrefix = True


_KIND_STYLE = {
    CODE: "LIP Code",
    TEXT: "LIP Text",
    WRAP: "LIP Wrap",
    DATE: "LIP Date",
    PERCENT: "LIP Percent",
    NUMBER: "LIP Number",
    COUNT: "LIP Count",
    STATUS: "LIP Text",
    FLAG: "LIP Text",
}


PADDING = 1.0  # width units a column has beside its longest line
LINE_HEIGHT = 13.0  # points per line of 10-point text
MAX_ROW_HEIGHT = 409.0  # Excel's limit


def _line_length(text: str) -> int:
    return max(map(len, text.split("\n"))) if "\n" in text else len(text)


def wrapped_lines(text: str, chars: float) -> int:
    """About how many lines `text` takes wrapped at `chars` characters a line."""
    # The column is 1.5 wider than its text, and a width unit (the "0" of 11-point
    # Calibri) holds a little more than one character of 10-point text.
    # Wide columns wrap prose, whose average letter is narrower than a "0"; narrow ones
    # wrap on long words and waste the end of their lines.
    per_line = (max(chars, 1.0) + 1.5) * (1.3 if chars >= 30 else 1.15)
    return sum(max(1, math.ceil(len(line) / per_line)) for line in text.split("\n"))


def header_lines(header: str, chars: float) -> int:
    """Lines a header takes when wrapped on words at `chars` characters."""
    lines, used = 1, 0
    for word in header.split():
        if used and used + 1 + len(word) > chars:
            lines, used = lines + 1, len(word)
        else:
            used += len(word) + (1 if used else 0)
    return lines


def row_height(lines: int) -> float:
    return min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT + 2.0)


class SheetWriter:
    """Writes one worksheet: titles, data tables and its print settings."""

    def __init__(self, workbook: Workbook, worksheet: Worksheet, styles: Styles) -> None:
        self.workbook = workbook
        self.ws = worksheet
        self.styles = styles
        self._widths: dict[int, float] = {}

    def put(self, row: int, column: int, value: Any, style: str = "LIP Text") -> Any:
        cell = self.ws.cell(row=row, column=column)
        quoted = False
        if isinstance(value, str):
            quoted = text_value(cell, value)
        else:
            cell.value = value
        self.styles.apply(cell, style)
        if quoted:
            quote(cell)
        return cell

    def table(
        self,
        top: int,
        columns: Sequence[Column],
        rows: Iterable[Sequence[Any]],
        *,
        first_column: int = 1,
        filter: bool = True,
        freeze: bool = True,
        styler: Callable[[int, int, Any], str | None] | None = None,
    ) -> int:
        """Write a header row at `top` and the rows under it; return the last row.

        Values by column kind: STATUS takes a `StatusStyle` (or None), FLAG a bool,
        DATE a date, PERCENT a fraction 0–1, text kinds a str. `styler(row, column,
        value)` may name another style for one cell.
        """
        ws, styles = self.ws, self.styles
        header_style = styles._arrays["LIP Header"]
        widths = [0.0] * len(columns)
        for index, column in enumerate(columns):
            cell = ws.cell(row=top, column=first_column + index)
            quoted = text_value(cell, column.header)  # status labels head columns
            cell._style = copy(header_style)
            if quoted:
                quote(cell)
            words = column.header.split()
            # A width unit is the "0" of 11-point Calibri: a word of 10-point bold
            # header letters takes a little less than one unit each.
            widths[index] = max((len(w) for w in words), default=4) * 0.95 + 0.5
        kinds = [c.kind for c in columns]
        arrays = [styles._arrays[_KIND_STYLE[k]] for k in kinds]
        caps = [c.width for c in columns]
        wraps = [k == WRAP for k in kinds]
        row_dimensions = ws.row_dimensions
        # Cells are built directly with their style array and (already cleaned) value:
        # this skips openpyxl's per-cell lookups and its second scan of every string,
        # which is most of the cost of formatting.
        cells = ws._cells
        r = top
        for r, values in enumerate(rows, start=top + 1):
            lines = 1
            for index, value in enumerate(values):
                kind = kinds[index]
                array = arrays[index]
                length = 0
                text: str | None = None
                quoted = raw = False
                if value is None or value == "":
                    pass
                elif kind == STATUS:
                    text, quoted = cell_text(value.label)
                    array = styles._arrays[value.style]
                    length = len(text) + 2  # bold
                    if length > caps[index]:
                        # Bold words wrap whole: count the lines word by word.
                        lines = max(lines, header_lines(text, caps[index] - 1.0))
                elif kind == FLAG:
                    column = columns[index]
                    if value:
                        text = column.flag_text
                        length = len(text)
                        if column.warn:
                            array = styles._arrays["LIP Warn"]
                elif isinstance(value, str):
                    text, quoted = cell_text(value)
                    length = _line_length(text) if widths[index] < caps[index] else 0
                    if wraps[index] and (len(text) > caps[index] or "\n" in text):
                        lines = max(lines, wrapped_lines(text, caps[index]))
                else:
                    raw = True
                    if kind == DATE:
                        length = 10
                    elif kind == PERCENT:
                        length = 5
                    elif isinstance(value, (int, float)):
                        length = len(f"{value:,}")
                if styler is not None:
                    override = styler(r, index, value)
                    if override is not None:
                        array = styles._arrays[override]
                cell = Cell(ws, row=r, column=first_column + index, style_array=array)
                if text is not None:
                    cell._value = text
                    cell.data_type = "s"
                    if quoted:
                        quote(cell)
                elif raw:
                    cell.value = value  # numbers and dates: openpyxl types them
                cells[(r, first_column + index)] = cell
                if length > widths[index]:
                    widths[index] = min(float(length) + 1, caps[index])
            if lines > 1:
                row_dimensions[r].height = row_height(lines)
        last_column = get_column_letter(first_column + len(columns) - 1)
        if filter:
            ws.auto_filter.ref = (
                f"{get_column_letter(first_column)}{top}:{last_column}{max(r, top)}"
            )
        if freeze:
            ws.freeze_panes = ws.cell(row=top + 1, column=1).coordinate
            ws.print_title_rows = f"{top}:{top}" if top == 1 else f"1:{top}"
        heading = 1
        for index, width in enumerate(widths):
            final = self.width(first_column + index, width + PADDING)
            heading = max(heading, header_lines(columns[index].header, final - 1.0))
        row_dimensions[top].height = row_height(heading) + 2
        return max(r, top)

    def width(self, column: int, width: float) -> float:
        """Widen a column to `width` (never narrow one an earlier table needed wider);
        return its width."""
        if width > self._widths.get(column, 0):
            self._widths[column] = width
            self.ws.column_dimensions[get_column_letter(column)].width = round(width, 1)
        return self._widths[column]

    def column_width(self, column: int) -> float:
        """The width a column was given (0 when none was set)."""
        return self._widths.get(column, 0.0)

    def print_setup(self, title: str, page_text: str) -> None:
        """Landscape, one page wide, with the report title and page numbers below."""
        ws = self.ws
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_LETTER
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_options.gridLines = False
        ws.page_margins.left = ws.page_margins.right = 0.4
        ws.page_margins.top = 0.5
        ws.page_margins.bottom = 0.6
        ws.page_margins.footer = 0.25
        footer_title = clean_text(title).replace("&", "&&")
        ws.oddFooter.left.text = footer_title
        ws.oddFooter.left.size = 8
        # The sheet's name: a printed page says which part of the report it belongs to.
        ws.oddFooter.center.text = "&A"
        ws.oddFooter.center.size = 8
        ws.oddFooter.right.text = page_text
        ws.oddFooter.right.size = 8


def as_date(value: dt.date | None) -> dt.date | None:
    """A date for a cell (datetimes lose their time: the report speaks in days)."""
    if isinstance(value, dt.datetime):
        return value.date()
    return value
