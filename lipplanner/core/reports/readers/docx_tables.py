"""The tables of a Word strategic plan, one sheet each.

A plan written in Word keeps its priorities and actions in tables under headings
("Priority 1: Employment", then a table of actions). Each table becomes a `SheetGrid`
named by the heading just above it (or "Table n"); cells merged across (gridSpan) or
down (vMerge) become `Merge`s, bold text and cell shading are kept, and bulleted or
numbered lines in a cell keep a "• " so several activities in one cell can be split.

`word/document.xml` is streamed straight from the zip (no object model: python-docx
built a Python object per cell and took minutes on a 60,000-row table). Each table row
is read when its end tag arrives, then dropped, so memory follows one row, not the
document. A part that declares a DTD or entities is refused before it is parsed.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from typing import IO, cast
from xml.etree.ElementTree import Element, XMLPullParser, fromstring

from lipplanner.core.errors import UserError
from lipplanner.core.reports.grid import EMPTY, GridCell, Merge, SheetGrid, WorkbookGrid
from lipplanner.core.reports.readers.limits import MAX_COLUMNS, MAX_DATA_ROWS, SheetCollector
from lipplanner.core.reports.readers.xml_parts import DAMAGED, checked_chunks, has_dtd
from lipplanner.core.reports.workbook_reader import MAX_PART_BYTES, Problem

MAX_TABLES = 200
_TOO_MANY_TABLES = f"Only the first {MAX_TABLES} tables were read."
_HEADING_STYLES = ("heading", "titre", "title")
_MAX_HEADING_CHARS = 120
# Paragraphs kept between a heading and its table (the section's narrative).
_MAX_NARRATIVE = 20
_DOCUMENT = "word/document.xml"
_STYLES = "word/styles.xml"

_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_BODY, _P, _TBL, _TR, _TC, _R = (f"{_NS}{t}" for t in ("body", "p", "tbl", "tr", "tc", "r"))
_T, _VAL = f"{_NS}t", f"{_NS}val"
_SDT, _PLACEHOLDER = f"{_NS}sdt", f"{_NS}sdtPr/{_NS}showingPlcHdr"
# Elements whose runs are shown text: links, tracked insertions and moves, content
# controls, simple fields, smart tags, custom XML (w:del's runs hold w:delText: none).
_WRAPPERS = frozenset(
    f"{_NS}{t}"
    for t in ("hyperlink", "ins", "moveTo", "sdt", "sdtContent", "fldSimple", "smartTag",
              "customXml")
)  # fmt: skip
# A run's children that read as text, as Word's own "copy as text" gives them.
_RUN_TEXT = {f"{_NS}tab": "\t", f"{_NS}ptab": "\t", f"{_NS}cr": "\n", f"{_NS}noBreakHyphen": "-"}
_BR = f"{_NS}br"
_PPR, _RPR, _TCPR, _TRPR = (f"{_NS}{t}" for t in ("pPr", "rPr", "tcPr", "trPr"))
_B, _NUMPR, _COLOR, _SHD = (f"{_NS}{t}" for t in ("b", "numPr", "color", "shd"))
_GRID_SPAN, _V_MERGE = f"{_NS}gridSpan", f"{_NS}vMerge"
_TRUE = ("1", "true", "on")
_NEW = tuple.__new__  # GridCell's own __new__ is Python code; this is the C one


class _Styles:
    """What the document's styles say about headings, numbering and bold."""

    def __init__(self, data: bytes | None) -> None:
        self.names: dict[str, str] = {}
        self.numbered: dict[str, bool] = {}
        self.bold: dict[str, bool | None] = {}
        self.based_on: dict[str, str] = {}
        self.kinds: dict[str, str] = {}
        self.defaults: dict[str, str] = {}
        # Answers per style id as used by a paragraph or run (None: no style named).
        self.numbered_memo: dict[str | None, bool] = {}
        self.bold_memo: dict[str | None, bool] = {}
        if data is None:
            return
        for style in fromstring(data).iter(f"{_NS}style"):
            ident = style.get(f"{_NS}styleId")
            if ident is None:
                continue
            kind = style.get(f"{_NS}type") or "paragraph"
            self.kinds[ident] = kind
            if (style.get(f"{_NS}default") or "") in _TRUE:
                self.defaults[kind] = ident  # the last default of a kind wins, as in Word
            name = style.find(f"{_NS}name")
            self.names[ident] = (name.get(_VAL) if name is not None else None) or ""
            self.numbered[ident] = _child(style, _PPR, _NUMPR) is not None
            self.bold[ident] = _on_off(_child(style, _RPR, _B))
            based = style.find(f"{_NS}basedOn")
            if based is not None and based.get(_VAL):
                self.based_on[ident] = based.get(_VAL) or ""

    def resolve(self, ident: str | None, kind: str) -> str | None:
        """The style used: the one named if it exists and is of that kind, else the default."""
        if ident is not None and self.kinds.get(ident) == kind:
            return ident
        return self.defaults.get(kind)

    def chain(self, ident: str | None) -> Iterator[str]:
        """The style and the ones it is based on (a loop is cut)."""
        seen: set[str] = set()
        while ident is not None and ident in self.kinds and ident not in seen:
            seen.add(ident)
            yield ident
            ident = self.based_on.get(ident)


def read_docx_tables(handle: IO[bytes], name: str) -> WorkbookGrid:
    """Every top-level table of a .docx, in document order."""
    try:
        with zipfile.ZipFile(handle) as archive:
            styles = _Styles(_small_part(archive, _STYLES, name))
            with archive.open(_DOCUMENT) as stream:
                return _read_document(checked_chunks(stream, _unsafe(name)), styles, name)
    except UserError:
        raise
    except DAMAGED as error:
        raise _damaged(name, error) from None


def _damaged(name: str, error: Exception) -> UserError:
    return UserError(
        f"“{name}” is damaged and cannot be read as a Word document "
        f"({type(error).__name__}). Open it in Word and save it again."
    )


def _unsafe(name: str) -> UserError:
    return UserError(
        f"“{name}” holds unsafe content (XML entity or external references) that "
        "LIP Planner refuses to read. Open it in Word and save it again as a .docx document."
    )


def _small_part(archive: zipfile.ZipFile, part: str, name: str) -> bytes | None:
    try:
        info = archive.getinfo(part)
    except KeyError:
        return None
    if info.file_size > MAX_PART_BYTES:
        raise UserError(
            f"“{name}” holds far more than a Word plan does ({part} unpacks to "
            f"{info.file_size / 1e6:,.0f} MB); it is not a document we can read safely."
        )
    data = archive.read(info)
    if has_dtd(data):
        raise _unsafe(name)
    return data


def _read_document(chunks: Iterator[bytes], styles: _Styles, name: str) -> WorkbookGrid:
    problems: list[Problem] = []
    sheets: list[SheetGrid] = []
    used: set[str] = set()
    titles: list[str] = []  # headings before the first table: the plan's title, its years
    heading: str | None = None
    narrative: list[str] = []  # paragraphs under the heading, before its table
    table: _Table | None = None
    parser: XMLPullParser[Element] = XMLPullParser(events=("start", "end"))
    stack: list[Element] = []
    body_depth = -1  # depth of w:body in `stack`; its children are the blocks
    for chunk in chunks:
        parser.feed(chunk)
        for event, element in cast(Iterator[tuple[str, Element]], parser.read_events()):
            if event == "start":
                stack.append(element)
                if element.tag == _BODY and body_depth < 0:
                    body_depth = len(stack) - 1
                elif element.tag == _TBL and len(stack) == body_depth + 2:
                    if len(sheets) >= MAX_TABLES:
                        problems.append(Problem("", None, None, _TOO_MANY_TABLES))
                        return _grid(name, sheets, problems, titles)
                    title = _unique(heading or f"Table {len(sheets) + 1}", used)
                    table = _Table(title, problems, styles, tuple(narrative))
                    table.untitled = heading is None
                continue
            stack.pop()
            depth = len(stack)  # the element's parent is stack[depth - 1]
            if body_depth < 0 or depth <= body_depth:
                continue
            tag = element.tag
            if depth == body_depth + 1:  # a block of the body: paragraph, table, other
                if tag == _P:
                    found = _heading(element, styles)
                    if found:
                        heading, narrative = found, []
                        if not sheets and len(titles) < 5 and found not in titles:
                            titles.append(found)
                    else:
                        text = " ".join(_paragraph_text(element).split())
                        if text and heading and len(narrative) < _MAX_NARRATIVE:
                            narrative.append(text)
                elif tag == _TBL and table is not None:
                    _add_table(sheets, table)
                    table, heading, narrative = None, None, []  # the next needs its own
                stack[body_depth].clear()  # the block is read: let it go
            elif tag == _TR and depth == body_depth + 2 and table is not None:
                table.add_row(element)
                stack[depth - 1].clear()  # the row is read: let it go
    parser.close()
    if body_depth < 0:
        raise ValueError("no document body")
    if not sheets:
        raise UserError(f"“{name}” is a Word document without tables: there is no plan to read.")
    return _grid(name, sheets, problems, titles)


def _add_table(sheets: list[SheetGrid], table: _Table) -> None:
    """A table with no heading of its own whose first row repeats the table before it
    (a table going on over a page break, its header row repeated): that table's rows
    go on, under its heading; any other table is a sheet of its own."""
    sheet = table.sheet()
    if sheets and table.untitled and sheet.rows and not sheet.narrative:
        before = sheets[-1]
        header = [c.value for c in sheet.rows[0]]
        if (
            before.rows
            and header == [c.value for c in before.rows[0]]
            and len(before.rows) + len(sheet.rows) - 1 <= MAX_DATA_ROWS
        ):
            shift = len(before.rows) - 1  # its header row is dropped
            merges = [
                Merge(m.first_row + shift, m.first_column, m.last_row + shift, m.last_column)
                for m in sheet.merges
                if m.first_row > 0
            ]
            sheets[-1] = SheetGrid(
                before.name,
                before.rows + sheet.rows[1:],
                (*before.merges, *merges),
                before.hidden,
                before.narrative,
            )
            return
    sheets.append(sheet)


def _grid(
    name: str, sheets: list[SheetGrid], problems: list[Problem], titles: list[str]
) -> WorkbookGrid:
    return WorkbookGrid(name, "docx", tuple(sheets), tuple(problems), tuple(titles))


class _Table:
    """One top-level table, fed row by row; merges down are closed as rows arrive."""

    def __init__(
        self, title: str, problems: list[Problem], styles: _Styles, narrative: tuple[str, ...]
    ) -> None:
        self.collector = SheetCollector(title, problems)
        self.styles = styles
        self.narrative = narrative
        self.untitled = False  # no heading above it: maybe the table before, going on
        self.merges: list[Merge] = []
        # column → [first row, span, last row] of the last cell there that was not a
        # "continue": the one a vMerge below it extends.
        self.open: dict[int, list[int]] = {}
        self.row = 0

    def add_row(self, tr: Element) -> None:
        row_index = self.row
        self.row += 1
        if self.collector.full:
            return
        column = _int(_child(tr, _TRPR, f"{_NS}gridBefore"), 0)
        cells: list[GridCell] = []
        for tc in tr:
            if tc.tag != _TC:
                continue
            if column >= MAX_COLUMNS:
                break
            tc_pr = tc.find(_TCPR)
            span = max(1, _int(tc_pr.find(_GRID_SPAN) if tc_pr is not None else None, 1))
            v_merge = tc_pr.find(_V_MERGE) if tc_pr is not None else None
            cells.extend([EMPTY] * (column - len(cells)))
            if v_merge is not None and (v_merge.get(_VAL) or "continue") == "continue":
                cells.extend([EMPTY] * span)  # the merge's value is the top cell's
                top = self.open.get(column)
                if top is not None and top[2] == row_index - 1:
                    top[2] = row_index
            else:
                cells.append(_cell(tc, tc_pr, self.styles))
                cells.extend([EMPTY] * (span - 1))
                self._close(column)
                self.open[column] = [row_index, span, row_index]
            column += span
        for at in [c for c, top in self.open.items() if top[2] < row_index]:
            self._close(at)
        self.collector.add(cells)

    def _close(self, column: int) -> None:
        top = self.open.pop(column, None)
        if top is not None and (top[2] > top[0] or top[1] > 1):
            self.merges.append(Merge(top[0], column, top[2], column + top[1] - 1))

    def sheet(self) -> SheetGrid:
        for column in list(self.open):
            self._close(column)
        self.merges.sort(key=lambda m: (m.first_row, m.first_column))
        return self.collector.sheet(self.merges, narrative=self.narrative)


def _int(element: Element | None, default: int) -> int:
    if element is None:
        return default
    try:
        return int(element.get(_VAL) or default)
    except ValueError:
        return default


def _on_off(element: Element | None) -> bool | None:
    """A w:b-like toggle: None when absent, on when present without a value."""
    if element is None:
        return None
    value = element.get(_VAL)
    return value is None or value in _TRUE


def _run_text(run: Element) -> str:
    parts: list[str] = []
    for child in run:
        tag = child.tag
        if tag == _T:
            parts.append(child.text or "")
        elif tag == _BR:
            if (child.get(f"{_NS}type") or "textWrapping") == "textWrapping":
                parts.append("\n")  # a line break; page and column breaks are no text
        elif tag in _RUN_TEXT:
            parts.append(_RUN_TEXT[tag])
    return "".join(parts)


def _paragraph_text(paragraph: Element) -> str:
    parts: list[str] = []
    for child in paragraph:
        if child.tag == _R:
            parts.append(_run_text(child))
        elif child.tag in _WRAPPERS:
            parts.append(_wrapped_text(child))
    return "".join(parts)


def _wrapped_text(element: Element) -> str:
    """The text of runs inside a link, a tracked insertion, a content control or a
    field: shown text, though not runs of the paragraph (python-docx dropped all but
    links' text)."""
    if element.tag == _SDT and element.find(_PLACEHOLDER) is not None:
        return ""  # an empty content control shows its prompt ("Click here to enter text")
    parts: list[str] = []
    for child in element:
        if child.tag == _R:
            parts.append(_run_text(child))
        elif child.tag in _WRAPPERS:
            parts.append(_wrapped_text(child))
    return "".join(parts)


def _heading(paragraph: Element, styles: _Styles) -> str | None:
    """The paragraph's text if it reads as a heading: a Heading style, or short and bold."""
    text = " ".join(_paragraph_text(paragraph).split())
    if not text or len(text) > _MAX_HEADING_CHARS:
        return None
    style = styles.resolve(_style_id(paragraph, "pStyle"), "paragraph")
    if styles.names.get(style or "", "").casefold().startswith(_HEADING_STYLES):
        return text
    runs = [run for run in paragraph if run.tag == _R and _run_text(run).strip()]
    if runs and all(_on_off(_child(run, _RPR, _B)) for run in runs):
        return text
    return None


def _child(element: Element, tag: str, inner: str) -> Element | None:
    """element/tag/inner (two plain finds: a path would go through ElementPath, in Python)."""
    found = element.find(tag)
    return found.find(inner) if found is not None else None


def _style_id(element: Element, tag: str) -> str | None:
    style = _child(element, _PPR if tag == "pStyle" else _RPR, f"{_NS}{tag}")
    return style.get(_VAL) if style is not None else None


def _unique(title: str, used: set[str]) -> str:
    candidate, n = title, 2
    while candidate.casefold() in used:
        candidate, n = f"{title} ({n})", n + 1
    used.add(candidate.casefold())
    return candidate


def _paragraphs(container: Element) -> Iterator[Element]:
    """A cell's paragraphs in reading order, those of tables nested in it included."""
    for child in container:
        if child.tag == _P:
            yield child
        elif child.tag == _TBL:
            for tr in child:
                for tc in tr:
                    if tc.tag == _TC:
                        yield from _paragraphs(tc)


def _cell(tc: Element, tc_pr: Element | None, styles: _Styles) -> GridCell:
    """The cell's text (list paragraphs marked "• "), bold when all its text is, its
    shading and the colour of its text."""
    lines: list[str] = []
    runs: list[Element] = []
    for paragraph in _paragraphs(tc):
        parts: list[str] = []
        for child in paragraph:  # one pass: the text, and the runs that carry some
            if child.tag == _R:
                words = _run_text(child)
                parts.append(words)
                if words.strip():
                    runs.append(child)
            elif child.tag in _WRAPPERS:  # their runs are text, not runs of the paragraph
                parts.append(_wrapped_text(child))
        text = "".join(parts).strip()
        if not text:
            continue
        listed = _numbered(paragraph, styles)
        lines.append(f"• {text}" if listed and not text.startswith("•") else text)
    value = "\n".join(lines) or None
    bold = bool(runs) and all(_bold(run, styles) for run in runs)
    color = None
    if runs:
        found = _child(runs[0], _RPR, _COLOR)
        rgb = found.get(_VAL) if found is not None else None
        if rgb and len(rgb) == 6 and rgb.lower() != "auto":
            color = rgb.upper()
    return _NEW(GridCell, (value, bold, _shading(tc_pr), color))


def _numbered(paragraph: Element, styles: _Styles) -> bool:
    """A bulleted or numbered line: numbering on the paragraph or on its style ("List Bullet")."""
    if _child(paragraph, _PPR, _NUMPR) is not None:
        return True
    ident = _style_id(paragraph, "pStyle")
    found = styles.numbered_memo.get(ident)
    if found is None:
        style = styles.resolve(ident, "paragraph")
        found = styles.numbered_memo[ident] = any(
            styles.numbered.get(s) for s in styles.chain(style)
        )
    return found


def _bold(run: Element, styles: _Styles) -> bool:
    direct = _on_off(_child(run, _RPR, _B))
    if direct is not None:
        return direct
    ident = _style_id(run, "rStyle")
    found = styles.bold_memo.get(ident)
    if found is None:
        found = False
        for style in styles.chain(styles.resolve(ident, "character")):
            bold = styles.bold.get(style)  # bold set on a character style ("Strong")
            if bold is not None:
                found = bold
                break
        styles.bold_memo[ident] = found
    return found


def _shading(tc_pr: Element | None) -> str | None:
    """The cell's solid fill as "RRGGBB" (None for none, "auto" or white)."""
    shd = tc_pr.find(_SHD) if tc_pr is not None else None
    fill = shd.get(f"{_NS}fill") if shd is not None else None
    if not fill or len(fill) != 6 or fill.lower() in ("auto", "ffffff"):
        return None
    return fill.upper()
