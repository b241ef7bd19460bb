"""The tables of a Word strategic plan, one sheet each.

A plan written in Word keeps its priorities and actions in tables under headings
("Priority 1: Employment", then a table of actions). Each table becomes a `SheetGrid`
named by the heading just above it (or "Table n"); cells merged across (gridSpan) or
down (vMerge) become `Merge`s, bold text and cell shading are kept, and bulleted or
numbered lines in a cell keep a "• " so several activities in one cell can be split.
"""

from __future__ import annotations

from typing import Any, BinaryIO

from lipplanner.core.errors import UserError
from lipplanner.core.reports.grid import GridCell, Merge, SheetGrid, WorkbookGrid
from lipplanner.core.reports.readers.limits import MAX_COLUMNS, SheetCollector
from lipplanner.core.reports.workbook_reader import Problem

MAX_TABLES = 200
_HEADING_STYLES = ("heading", "titre", "title")
_MAX_HEADING_CHARS = 120
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read_docx_tables(handle: BinaryIO, name: str) -> WorkbookGrid:
    """Every top-level table of a .docx, in document order."""
    import docx

    try:
        document = docx.Document(handle)
    except Exception as error:  # python-docx/lxml raise many kinds on a bad part
        raise UserError(
            f"“{name}” is damaged and cannot be read as a Word document "
            f"({type(error).__name__}). Open it in Word and save it again."
        ) from None
    problems: list[Problem] = []
    sheets: list[SheetGrid] = []
    heading: str | None = None
    used: set[str] = set()
    titles: list[str] = []  # headings before the first table: the plan's title, its years
    for block in document.iter_inner_content():
        if not hasattr(block, "rows"):  # a paragraph
            heading = _heading(block) or heading
            if heading and not sheets and len(titles) < 5 and heading not in titles:
                titles.append(heading)
            continue
        if len(sheets) >= MAX_TABLES:
            problems.append(
                Problem("", None, None, f"Only the first {MAX_TABLES} tables were read.")
            )
            break
        title = _unique(heading or f"Table {len(sheets) + 1}", used)
        sheets.append(_read_table(block, title, problems))
        heading = None  # the next table needs its own heading
    if not sheets:
        raise UserError(f"“{name}” is a Word document without tables: there is no plan to read.")
    return WorkbookGrid(name, "docx", tuple(sheets), tuple(problems), tuple(titles))


def _heading(paragraph: Any) -> str | None:
    """The paragraph's text if it reads as a heading: a Heading style, or short and bold."""
    text = " ".join(paragraph.text.split())
    if not text or len(text) > _MAX_HEADING_CHARS:
        return None
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    if style.casefold().startswith(_HEADING_STYLES):
        return text
    runs = [run for run in paragraph.runs if run.text.strip()]
    if runs and all(run.bold for run in runs):
        return text
    return None


def _unique(title: str, used: set[str]) -> str:
    candidate, n = title, 2
    while candidate.casefold() in used:
        candidate, n = f"{title} ({n})", n + 1
    used.add(candidate.casefold())
    return candidate


def _read_table(table: Any, title: str, problems: list[Problem]) -> SheetGrid:
    from docx.table import _Cell

    # Each row's cells with their grid column: a cell spanning columns takes several.
    layout: list[list[tuple[int, int, Any]]] = []
    continues: set[tuple[int, int]] = set()  # (row, column) cells that merge into the one above
    for row_index, tr in enumerate(table._tbl.tr_lst):
        placed: list[tuple[int, int, Any]] = []
        column = tr.grid_before
        for tc in tr.tc_lst:
            if column >= MAX_COLUMNS:
                break
            span = max(1, tc.grid_span)
            placed.append((column, span, tc))
            if tc.vMerge == "continue":
                continues.add((row_index, column))
            column += span
        layout.append(placed)

    collector = SheetCollector(title, problems)
    merges: list[Merge] = []
    for row_index, placed in enumerate(layout):
        cells: list[GridCell] = []
        for column, span, tc in placed:
            cells.extend([GridCell()] * (column - len(cells)))
            if (row_index, column) in continues:
                cells.extend([GridCell()] * span)  # the merge's value is the top cell's
                continue
            cells.append(_cell(_Cell(tc, table)))
            cells.extend([GridCell()] * (span - 1))
            last_row = row_index
            while (last_row + 1, column) in continues:
                last_row += 1
            if last_row > row_index or span > 1:
                merges.append(Merge(row_index, column, last_row, column + span - 1))
        collector.add(cells)
        if collector.full:
            break
    return collector.sheet(merges)


def _cell(cell: Any) -> GridCell:
    """The cell's text (list paragraphs marked "• "), bold when all its text is, its
    shading and the colour of its text."""
    lines: list[str] = []
    runs: list[Any] = []
    for paragraph in cell.paragraphs:
        text = paragraph.text.strip()
        if not text:
            continue
        listed = _numbered(paragraph)
        lines.append(f"• {text}" if listed and not text.startswith("•") else text)
        runs.extend(run for run in paragraph.runs if run.text.strip())
    value = "\n".join(lines) or None
    bold = bool(runs) and all(_bold(run) for run in runs)
    color = None
    if runs and runs[0].font.color is not None and runs[0].font.color.type is not None:
        rgb = runs[0].font.color.rgb
        color = str(rgb).upper() if rgb is not None else None
    return GridCell(value, bold, _shading(cell._tc), color)


def _numbered(paragraph: Any) -> bool:
    """A bulleted or numbered line: numbering on the paragraph or on its style ("List Bullet")."""
    if paragraph._p.pPr is not None and paragraph._p.pPr.numPr is not None:
        return True
    style = paragraph.style
    while style is not None:
        p_pr = style.element.pPr
        if p_pr is not None and p_pr.numPr is not None:
            return True
        style = style.base_style
    return False


def _bold(run: Any) -> bool:
    if run.bold is not None:
        return bool(run.bold)
    style = run.style
    while style is not None:  # bold set on a character style ("Strong")
        if style.font.bold is not None:
            return bool(style.font.bold)
        style = style.base_style
    return False


def _shading(tc: Any) -> str | None:
    """The cell's solid fill as "RRGGBB" (None for none, "auto" or white)."""
    tc_pr = tc.tcPr
    shd = tc_pr.find(f"{_W}shd") if tc_pr is not None else None
    fill = shd.get(f"{_W}fill") if shd is not None else None
    if not fill or len(fill) != 6 or fill.lower() in ("auto", "ffffff"):
        return None
    return str(fill).upper()
