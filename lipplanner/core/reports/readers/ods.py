"""LibreOffice .ods spreadsheets, streamed from content.xml.

python-calamine lays every sheet out as a dense rectangle from A1 to its farthest cell
before giving a single row: one cell at row 1,048,576 or column XFD (LibreOffice writes
such files when a whole column or row is formatted) asks for billions of cells. Here
the XML is read row by row: rows and cells "repeated" a million times cost one step,
empty rows cost nothing, and only real cells are kept (within `SheetCollector`'s caps).

Reading the XML also gives what calamine drops: error cells (#REF!, #N/A) marked as
errors, merged cells (number-columns/rows-spanned), and bold, fill and font colour from
the cells' automatic styles, so section bands and colour-only statuses read as in .xlsx.
A part that declares a DTD or entities is refused before it is parsed.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from datetime import date, datetime
from typing import IO, cast
from xml.etree.ElementTree import Element, XMLPullParser, fromstring

from lipplanner.core.errors import UserError
from lipplanner.core.reports.cell_values import ERROR_CODES, ErrorValue
from lipplanner.core.reports.grid import EMPTY, CellValue, GridCell, Merge, SheetGrid, WorkbookGrid
from lipplanner.core.reports.readers.limits import MAX_COLUMNS, SheetCollector
from lipplanner.core.reports.readers.xml_parts import DAMAGED, checked_chunks, has_dtd
from lipplanner.core.reports.workbook_reader import MAX_PART_BYTES, Problem

_TABLE_NS = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE_NS = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_TEXT_NS = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_STYLE_NS = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_FO_NS = "{urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0}"
_CALCEXT_NS = "{urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0}"

_TABLE, _ROW = f"{_TABLE_NS}table", f"{_TABLE_NS}table-row"
_CELL, _COVERED = f"{_TABLE_NS}table-cell", f"{_TABLE_NS}covered-table-cell"
_STYLE, _AUTOMATIC = f"{_STYLE_NS}style", f"{_OFFICE_NS}automatic-styles"
_NAME, _STYLE_NAME = f"{_TABLE_NS}name", f"{_TABLE_NS}style-name"
_ROWS_REPEATED = f"{_TABLE_NS}number-rows-repeated"
_COLUMNS_REPEATED = f"{_TABLE_NS}number-columns-repeated"
_COLUMNS_SPANNED = f"{_TABLE_NS}number-columns-spanned"
_ROWS_SPANNED = f"{_TABLE_NS}number-rows-spanned"
_VALUE_TYPE, _VALUE = f"{_OFFICE_NS}value-type", f"{_OFFICE_NS}value"
_CALC_TYPE, _FORMULA = f"{_CALCEXT_NS}value-type", f"{_TABLE_NS}formula"
_P, _S, _TAB, _BREAK = (f"{_TEXT_NS}{t}" for t in ("p", "s", "tab", "line-break"))
_NUMBER_TYPES = ("float", "percentage", "currency")
_NEW = tuple.__new__  # GridCell's own __new__ is Python code; this is the C one


class _Look:
    """What the cell styles say: style → (bold, fill, font colour), a style taking what
    it does not set from its parent ("Good", "Bad", "Heading 1" are named styles of
    styles.xml; the cells use automatic styles based on them); and the table styles
    that hide their sheet."""

    def __init__(self) -> None:
        self.all: dict[str, tuple[bool, str | None, str | None]] = {}
        self.cells: dict[str, tuple[bool, str | None, str | None]] = {}  # those with a look
        self.hidden_tables: set[str] = set()

    def add(self, style: Element) -> None:
        name = style.get(f"{_STYLE_NS}name")
        family = style.get(f"{_STYLE_NS}family")
        if not name:
            return
        if family == "table":
            props = style.find(f"{_STYLE_NS}table-properties")
            if props is not None and props.get(f"{_TABLE_NS}display") == "false":
                self.hidden_tables.add(name)
        elif family == "table-cell":
            bold, fill, color = self.all.get(
                style.get(f"{_STYLE_NS}parent-style-name") or "", (False, None, None)
            )
            text = style.find(f"{_STYLE_NS}text-properties")
            cell = style.find(f"{_STYLE_NS}table-cell-properties")
            weight = text.get(f"{_FO_NS}font-weight") if text is not None else None
            if weight is not None:
                bold = weight in ("bold", "700", "800", "900")
            background = cell.get(f"{_FO_NS}background-color") if cell is not None else None
            if background is not None:
                fill = _colour(background)
                if fill == "FFFFFF":
                    fill = None  # a white fill is no fill, as in the .xlsx reader
            font = text.get(f"{_FO_NS}color") if text is not None else None
            if font is not None:  # as the .xlsx reader gives them, black and white included
                color = _colour(font)
            self.all[name] = (bold, fill, color)
            if bold or fill or color:
                self.cells[name] = (bold, fill, color)

    def add_named(self, data: bytes) -> None:
        """The named cell styles of styles.xml, parents before children as written."""
        for style in fromstring(data).iter(_STYLE):
            self.add(style)


def _colour(value: str | None) -> str | None:
    """ "#d9e2f3" → "D9E2F3"; None for none or "transparent"."""
    if not value or not value.startswith("#") or len(value) != 7:
        return None
    return value[1:].upper()


def read_ods(handle: IO[bytes], name: str) -> WorkbookGrid:
    """Every sheet of an .ods file, in order."""
    try:
        with zipfile.ZipFile(handle) as archive:
            look = _Look()
            named = _styles_part(archive, name)
            if named is not None:
                look.add_named(named)
            with archive.open("content.xml") as stream:
                return _read_content(checked_chunks(stream, _unsafe(name)), name, look)
    except UserError:
        raise
    except DAMAGED as error:
        raise _damaged(name, error) from None


def _damaged(name: str, error: Exception) -> UserError:
    return UserError(
        f"“{name}” is damaged and cannot be read as a LibreOffice spreadsheet "
        f"({type(error).__name__}). Open it and save it again."
    )


def _styles_part(archive: zipfile.ZipFile, name: str) -> bytes | None:
    """styles.xml when it is plan-sized (else its looks are done without)."""
    try:
        info = archive.getinfo("styles.xml")
    except KeyError:
        return None
    if info.file_size > MAX_PART_BYTES:
        return None
    data = archive.read(info)
    if has_dtd(data):
        raise _unsafe(name)
    return data


def _unsafe(name: str) -> UserError:
    return UserError(
        f"“{name}” holds unsafe content (XML entity or external references) that "
        "LIP Planner refuses to read. Open it in LibreOffice and save it again."
    )


def _read_content(chunks: Iterator[bytes], name: str, look: _Look) -> WorkbookGrid:
    problems: list[Problem] = []
    sheets: list[SheetGrid] = []
    sheet: _Sheet | None = None
    parser: XMLPullParser[Element] = XMLPullParser(events=("start", "end"))
    parents: list[Element] = []
    for chunk in chunks:
        parser.feed(chunk)
        for event, element in cast(Iterator[tuple[str, Element]], parser.read_events()):
            tag = element.tag
            if event == "start":
                parents.append(element)
                if tag == _TABLE and sheet is None:
                    title = element.get(_NAME) or f"Sheet{len(sheets) + 1}"
                    hidden = element.get(_STYLE_NAME) in look.hidden_tables
                    sheet = _Sheet(title, problems, look, hidden)
                continue
            parents.pop()
            if tag == _ROW and sheet is not None:
                sheet.add_row(element)
                if parents:
                    parents[-1].clear()  # the row is read: let it go
            elif tag == _TABLE and sheet is not None:
                sheets.append(sheet.sheet())
                sheet = None
                if parents:
                    parents[-1].clear()
            elif tag == _STYLE and parents and parents[-1].tag == _AUTOMATIC:
                look.add(element)
    parser.close()
    if not sheets:
        raise UserError(f"“{name}” has no sheet with a table to read.")
    return WorkbookGrid(name, "ods", tuple(sheets), tuple(problems))


class _Sheet:
    """One table, fed row by row: repeated rows and cells expanded only while real."""

    def __init__(self, title: str, problems: list[Problem], look: _Look, hidden: bool) -> None:
        self.collector = SheetCollector(title, problems)
        self.look = look
        self.hidden = hidden
        self.merges: list[Merge] = []
        self.row = 0  # the file's row number (0-based) of the next row

    def add_row(self, tr: Element) -> None:
        repeat = _count(tr.get(_ROWS_REPEATED))
        first = self.row
        self.row += repeat
        if self.collector.full:
            return
        cells = self._cells(tr, first)
        if not cells:
            self.collector.skip(repeat)  # formatted empty space: no row made for it
            return
        for _ in range(repeat):  # a repeated row with data: each copy is a row
            self.collector.add(cells)
            if self.collector.full:
                return

    def _cells(self, tr: Element, row: int) -> list[GridCell]:
        cells: list[GridCell] = []
        column = 0
        last_real = -1
        for tc in tr:
            tag = tc.tag
            if tag != _CELL and tag != _COVERED:
                continue
            repeated = tc.get(_COLUMNS_REPEATED)
            repeat = _count(repeated) if repeated else 1
            cell = _cell(tc, self.look) if tag == _CELL else EMPTY
            if cell is not EMPTY:
                across, down = tc.get(_COLUMNS_SPANNED), tc.get(_ROWS_SPANNED)
                spanned = (_count(across), _count(down)) if across or down else (1, 1)
                if spanned != (1, 1) and column < MAX_COLUMNS:
                    last_row, last_column = row + spanned[1] - 1, column + spanned[0] - 1
                    self.merges.append(Merge(row, column, last_row, last_column))
                # Only columns within the cap are laid out (column XFD costs nothing);
                # one cell beyond it is enough for the collector to say what was cut.
                room = min(repeat, MAX_COLUMNS + 1 - column)
                cells.extend([EMPTY] * (min(column, MAX_COLUMNS) - len(cells)))
                cells.extend([cell] * max(1, room))
                last_real = len(cells) - 1
                if last_real >= MAX_COLUMNS:
                    break
            column += repeat
        del cells[last_real + 1 :]
        return cells

    def sheet(self) -> SheetGrid:
        return self.collector.sheet(self.merges, self.hidden)


def _count(value: str | None) -> int:
    if not value:
        return 1
    try:
        return max(1, int(value))
    except ValueError:
        return 1


def _cell(tc: Element, look: _Look) -> GridCell:
    """The cell's value (an `ErrorValue` for a failed formula) and its look; `EMPTY`
    when it holds nothing and has no look."""
    value = _value(tc)
    style = look.cells.get(tc.get(_STYLE_NAME) or "")
    if style is None:
        return EMPTY if value is None else _NEW(GridCell, (value, False, None, None))
    return _NEW(GridCell, (value, *style))


def _value(tc: Element) -> CellValue:
    kind = tc.get(_VALUE_TYPE)
    if kind is None and not len(tc):
        return None  # an empty cell (most of them)
    if tc.get(_CALC_TYPE) == "error":
        text = _text(tc)
        return ErrorValue(text or "#VALUE!")
    if kind in _NUMBER_TYPES:
        number = float(tc.get(_VALUE) or "nan")
        if number != number:  # no value: the text is all there is
            return _text(tc) or None
        return int(number) if number.is_integer() else number
    if kind == "date":
        return _date(tc.get(f"{_OFFICE_NS}date-value") or "") or _text(tc) or None
    if kind == "boolean":
        return (tc.get(f"{_OFFICE_NS}boolean-value") or "").lower() == "true"
    if kind == "time":
        return _text(tc) or None
    text = _text(tc)
    if text and tc.get(_FORMULA) is not None and text in ERROR_CODES:
        return ErrorValue(text)  # an older file without calcext: the formula's shown error
    return text or None


def _date(value: str) -> date | datetime | None:
    try:
        if "T" in value:
            moment = datetime.fromisoformat(value)
            return moment.date() if moment == datetime(*moment.timetuple()[:3]) else moment
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _text(tc: Element) -> str:
    """The cell's paragraphs, one per line (spaces, tabs and line breaks as written)."""
    if len(tc) == 1:  # the usual cell: one paragraph of plain text
        p = tc[0]
        if p.tag == _P and not len(p):
            return (p.text or "").strip()
    lines = ["".join(_inline(p)) for p in tc if p.tag == _P]
    return "\n".join(lines).strip()


def _inline(element: Element) -> Iterator[str]:
    if element.text:
        yield element.text
    for child in element:
        tag = child.tag
        if tag == _S:
            yield " " * _count(child.get(f"{_TEXT_NS}c"))
        elif tag == _TAB:
            yield "\t"
        elif tag == _BREAK:
            yield "\n"
        else:  # text:span, text:a …
            yield from _inline(child)
        if child.tail:
            yield child.tail
