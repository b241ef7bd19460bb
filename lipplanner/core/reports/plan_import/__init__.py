"""Bringing an existing plan in from a spreadsheet, read as a person reads it.

One pipeline, each stage a module with plain values between them:

    read (readers → WorkbookGrid) → heading (header) → column roles (roles)
    → hierarchy (hierarchy) → values (values) → build (build) → write (writing)

Every stage asks its questions of `rows.sheet_rows(sheet)`, the texts of the rows that
hold any, gathered once per sheet (an empty row is no row). The build is split by job:
`sheet_context` (a sheet's columns by role, language, years), `row_cells` (one row's
values by role), `partner_rows`, `placement` (priorities, objectives, section rows),
`action_fields` (what a row's actions share), `action_rows` and `long_titles` (a
paragraph in an action cell), over `reading` (the
shared state; `memo` reads each distinct text once, and `cell_keys` lets placement
and action fields be read once per distinct set of a row's cells).

`detect` proposes a mapping (which sheets, heading rows, each column's role);
`row_levels` says how each row will be read; `build_preview` reads the grid through a
mapping (detected, changed in the assistant — `alike_columns` finds the columns of
the same heading on other sheets — or loaded from JSON) into an
`ImportPreview`. Nothing is written until `create_plan_file` (a new plan file) or
`add_to_plan` (into the open plan).
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from pathlib import Path

from lipplanner.core.collector import collector_paused_in
from lipplanner.core.errors import UserError
from lipplanner.core.reports.cell_values import fold_key
from lipplanner.core.reports.grid import SheetGrid, WorkbookGrid
from lipplanner.core.reports.headers import PLAN_SCHEMAS
from lipplanner.core.reports.partner_workbooks import ID_SHEET
from lipplanner.core.reports.plan_import import build as _build
from lipplanner.core.reports.plan_import.header import ACTION_FIELDS, find_heading, heading_at
from lipplanner.core.reports.plan_import.hierarchy import (
    find_structure,
    numbering,
    outcome_columns,
    sheet_section,
    single_action_tiers,
    tier_roles,
)
from lipplanner.core.reports.plan_import.mapping import (
    LEVELS,
    ROLE_LABELS,
    ROLES,
    ImportMapping,
    SheetMapping,
)
from lipplanner.core.reports.plan_import.preview import (
    MAX_PROBLEMS,
    ImportPreview,
    NewAction,
    NewObjective,
    NewPartner,
    NewPriority,
    PartnerMatch,
    SheetRead,
)
from lipplanner.core.reports.plan_import.roles import names_organisation, role_of
from lipplanner.core.reports.plan_import.rows import sheet_rows
from lipplanner.core.reports.plan_import.sheet_context import table_kind
from lipplanner.core.reports.plan_import.values import (
    STATUS_SYNONYMS,
    code_depth,
    is_mark,
    quarter_named,
    reported_quarter,
    status_lookup,
)
from lipplanner.core.reports.plan_import.writing import (
    ImportedItems,
    PlanIdentity,
    add_to_plan,
    create_plan_file,
    default_identity,
)
from lipplanner.core.reports.workbook_reader import Problem

__all__ = [
    "LEVELS", "MAX_PROBLEMS", "ROLES", "ROLE_LABELS", "STATUS_SYNONYMS", "ImportMapping",
    "ImportPreview", "ImportedItems", "NewAction", "NewObjective", "NewPartner",
    "NewPriority", "PartnerMatch", "PlanIdentity", "SheetMapping", "SheetRead",
    "add_to_plan", "build_preview", "create_plan_file", "default_identity", "detect",
    "read_plan_workbook",
    "read_workbook_grid", "row_levels", "status_lookup",
]  # fmt: skip

# Sheets that are never tables of the plan: instructions, lists, and the other sheets
# of an exported progress report (its Action plan sheet holds the plan).
IGNORED_SHEETS = frozenset(
    fold_key(n)
    for n in (
        "Instructions", "Read me", "Readme", "Lisez-moi", "Cover", "Couverture", "Page titre",
        "Summary", "Sommaire", "Résumé", "Definitions", "Définitions", "Lists", "Listes", "Notes",
        "Charts", "Graphiques", "_lipplanner", "Coverage", "Couverture thématique",
        "Practices", "Pratiques", "Promising practices", "Pratiques prometteuses",
        "Indicators", "Indicateurs", "Indicator history", "Historique des indicateurs",
        "Progress", "Progrès", "Avancement",
    )
)  # fmt: skip
_NAMED_FOR = {schema.key: schema.folded_sheet_names for schema in PLAN_SCHEMAS}
_KIND_WORDS = {"actions": "actions", "objectives": "objectives", "priorities": "priorities",
               "partners": "partners"}  # fmt: skip


@collector_paused_in
def read_plan_workbook(location: str | os.PathLike[str]) -> ImportPreview:
    """Read a plan workbook with no hints into a preview; raises `UserError` if the file
    itself cannot be used (wrong type, encrypted, damaged, no recognisable sheet)."""
    grid = read_workbook_grid(Path(location))
    return build_preview(grid, detect(grid))


@collector_paused_in
def read_workbook_grid(path: Path) -> WorkbookGrid:
    """The file as a grid, whatever kind it is (.xlsx, .xlsm, .xls, .ods, .csv, .docx):
    the CLI and `read_plan_workbook` read what the assistant reads."""
    from lipplanner.core.reports.readers import read_grid

    grid = read_grid(path)
    if any(sheet.name == ID_SHEET for sheet in grid.sheets):
        raise UserError(
            f"“{path.name}” is a partner update workbook, not a plan: import it "
            "into its plan with File → Import partner updates… (or "
            "“lipplanner import WORKBOOK --into PLAN.lip”)."
        )
    return grid


@collector_paused_in
def detect(grid: WorkbookGrid) -> ImportMapping:
    """The importer's guess for every sheet: whether to read it, its heading rows and
    each column's role (no hints, no person's choices)."""
    sheets = [_detect_sheet(sheet) for sheet in grid.sheets]
    # When some sheet is named for a table ("Actions", "Action plan", "Partenaires"),
    # only sheets so named are read for it: a report's Progress sheet, whose columns
    # look like an action list, is left alone.
    kinds = {s.sheet: table_kind(s) for s in sheets if s.include}
    named = {kind for name, kind in kinds.items() if fold_key(name) in _NAMED_FOR.get(kind, ())}
    for sheet in sheets:
        kind = kinds.get(sheet.sheet)
        if kind in named and fold_key(sheet.sheet) not in _NAMED_FOR.get(kind, ()):
            sheet.include = False
    quarters = {s.sheet: quarter_named(s.sheet) for s in sheets if kinds.get(s.sheet) == "actions"}
    if len(quarters) >= 2 and all(quarters.values()):
        # One sheet per quarter of a progress report, the same actions on each: the
        # latest says where they stand (the earlier ones are that quarter's history).
        latest = max(quarters, key=lambda name: str(quarters[name]))
        for sheet in sheets:
            sheet.include = sheet.include and (sheet.sheet not in quarters or sheet.sheet == latest)
    read = [kinds[s.sheet] for s in sheets if s.include]
    if read.count("actions") == 1 and not {"priorities", "objectives"} & set(read):
        # (Several action sheets: each sheet is a priority, its working group's.)
        for grid_sheet, chosen in zip(grid.sheets, sheets, strict=True):
            if chosen.include and kinds.get(chosen.sheet) == "actions":
                chosen.columns = _lone_objective_leads(grid_sheet, chosen)
    return ImportMapping(sheets)


def _lone_objective_leads(sheet: SheetGrid, chosen: SheetMapping) -> dict[int, str]:
    """A work plan of "Objective | Lead | Q1 … Q4" has one level above its actions and
    no priority anywhere (no column, section row, sheet name, other sheet): that
    level is the plan's priorities, not objectives under an "Imported actions"
    placeholder."""
    roles = list(chosen.columns.values())
    if roles.count("objective") != 1 or "priority" in roles or sheet_section(sheet.name):
        return chosen.columns
    heading = heading_at(sheet, chosen.header_rows)
    structure = find_structure(sheet, heading.last_row, chosen.columns)
    if "priority" in structure.levels.values():
        return chosen.columns
    return {c: "priority" if r == "objective" else r for c, r in chosen.columns.items()}


def _detect_sheet(sheet: SheetGrid) -> SheetMapping:
    if fold_key(sheet.name) in IGNORED_SHEETS or sheet.hidden:
        return SheetMapping(sheet.name, False, (), {})
    heading = find_heading(sheet)
    if heading is None:
        return SheetMapping(sheet.name, False, (), {})
    columns = {c: role_of(text) or "ignore" for c, text in heading.texts.items()}
    columns = _untitled_action_column(sheet, heading.last_row, columns)
    roles = set(columns.values())
    if roles & {"action", "quarter"}:
        # On a sheet of actions a "Sector" column groups them (Ottawa's plan: Sector /
        # Goal / Action), it is no partner's sector: the top level.
        columns = {c: "priority" if r == "sector" else r for c, r in columns.items()}
        columns = _organisation_leads(heading.texts, columns)
        columns = _by_content(sheet, heading.last_row, columns)
        columns = outcome_columns(sheet, heading.last_row, columns, heading.texts)
        structure = find_structure(sheet, heading.last_row, columns)
        sections = {lv for lv in structure.levels.values() if lv in ("priority", "objective")}
        if sheet_section(sheet.name):
            sections.add("priority")  # "Strategic Direction 1: …": the sheet is the priority
        columns = tier_roles(columns, sections)
        columns = single_action_tiers(sheet, structure, columns)
    elif "partners" in roles and not roles & {"priority", "objective"}:
        # A list of partners: "Partner" names the organisation of each row.
        columns = {c: "partner" if r == "partners" else r for c, r in columns.items()}
    return SheetMapping(sheet.name, True, heading.rows, columns)


def _organisation_leads(headings: dict[int, str], columns: dict[int, str]) -> dict[int, str]:
    """A partner heading on a sheet of actions: an "Organization" or "Agency" column
    with no lead column beside it leads the actions (a list in it: the first leads, the
    rest support, as under "Lead / Partners"); any other names supporting partners."""
    result = dict(columns)
    lead_named = bool({"lead", "lead_partners"} & set(columns.values()))
    for column, role in sorted(columns.items()):
        if role != "partner":
            continue
        if not lead_named and names_organisation(headings.get(column)):
            result[column], lead_named = "lead", True
        else:
            result[column] = "partners"
    return result


_ACTION_FIELDS = frozenset(
    {"lead", "lead_partners", "timeline", "start", "end", "status", "percent"}
)


def _untitled_action_column(
    sheet: SheetGrid, last_heading_row: int, columns: dict[int, str]
) -> dict[int, str]:
    """A tracker whose first column is headed with the plan's name ("Strategic Plan")
    and holds the plan itself, beside Lead, Timeframe and Status: that column is the
    actions (the hierarchy stage then reads its numbered outline)."""
    roles = list(columns.values())
    if set(roles) & {"action", "quarter", "partner"}:
        return columns
    if len(set(roles) & ACTION_FIELDS) < 2:
        return columns
    tiers = [c for c, r in columns.items() if r in ("priority", "objective")]
    if tiers:
        # "Strategy" or "Axe / Objectif / Action" over "Goal 1: …", "1.1 …", "1.1.1 …":
        # one column holds the whole outline, so it is the actions' (levels by number).
        if len(tiers) > 1:
            return columns
        values = _texts_below(sheet, last_heading_row, tiers[0])
        numbered = [v for v in values if numbering(v)]
        deep = [v for v in numbered if (found := numbering(v)) and found.depth > 1]
        if deep and len(numbered) * 4 >= len(values) * 3:
            return {**columns, tiers[0]: "action"}
        if len(values) >= 2 and len(set(values)) == len(values):
            # A "Strategy" column beside Lead and Status, a new one on every row (an RBA
            # report card): what the partners do, so the actions; a level would repeat.
            return {**columns, tiers[0]: "action"}
        return columns
    if coded := _coded_title_column(sheet, last_heading_row, columns):
        return {**columns, coded: "action"}
    first = min(columns, default=None)
    if first is None or columns[first] != "ignore":
        return columns
    values = _texts_below(sheet, last_heading_row, first)
    if len([v for v in values if len(v.split()) >= 2]) * 2 <= len(values):
        return columns
    return {**columns, first: "action"}


def _coded_title_column(
    sheet: SheetGrid, last_heading_row: int, columns: dict[int, str]
) -> int | None:
    """A "No." column of outline codes ("1", "1.1", "1.1.1") beside one "Description"
    column: the description column is the whole outline (levels by the codes)."""
    codes = [c for c, r in columns.items() if r == "code"]
    titles = [c for c, r in columns.items() if r == "description"]
    if len(codes) != 1 or len(titles) != 1:
        return None
    values = _texts_below(sheet, last_heading_row, codes[0])
    depths = {depth for v in values if (depth := code_depth(v))}
    return titles[0] if len(depths) > 1 else None


def _texts_below(sheet: SheetGrid, last_heading_row: int, column: int) -> list[str]:
    """A column's filled cells under the heading, as text (numbers too)."""
    return [
        text
        for number, texts in sheet_rows(sheet).texts.items()
        if number > last_heading_row
        for at, text in texts
        if at == column
    ]


def _by_content(sheet: SheetGrid, last_heading_row: int, columns: dict[int, str]) -> dict[int, str]:
    """Second looks from what the columns hold: a "percent" column of sentences is a
    progress narrative ("Avancement"), a "status" column of long sentences too."""
    result = dict(columns)
    for column, role in columns.items():
        if role not in ("percent", "status"):
            continue
        values = [
            sheet.rows[number][at].value
            for number, texts in sheet_rows(sheet).texts.items()
            if number > last_heading_row
            for at, _text in texts
            if at == column
        ]
        words = [
            v
            for v in values
            if isinstance(v, str) and len(v.split()) > (1 if role == "percent" else 6)
        ]
        if values and len(words) * 2 > len(values):
            result[column] = "progress"
    return _quarter_reported(
        sheet, last_heading_row, _quarter_ticks(sheet, last_heading_row, result)
    )


def _quarter_ticks(
    sheet: SheetGrid, last_heading_row: int, columns: dict[int, str]
) -> dict[int, str]:
    """Quarter columns ("Q1" … "Q4") beside an action column that hold only tick marks
    (or nothing, only colour): a Gantt's quarters saying when each action runs, not the
    quarters' activities."""
    quarters = [c for c, r in columns.items() if r == "quarter"]
    if not quarters or "action" not in columns.values():
        return columns
    values = [
        sheet.rows[number][at].value
        for number, texts in sheet_rows(sheet).texts.items()
        if number > last_heading_row
        for at, _text in texts
        if at in quarters
    ]
    if not all(is_mark(v) for v in values):
        return columns
    return {c: "quarter_tick" if c in quarters else r for c, r in columns.items()}


def _quarter_reported(
    sheet: SheetGrid, last_heading_row: int, columns: dict[int, str]
) -> dict[int, str]:
    """A column no heading word explains ("Quarter", "Trimestre") holding only quarters
    ("Q1 2024-25") beside action titles that repeat: a tracker kept a row per action per
    quarter, and that column says which quarter each row reports on."""
    actions = [c for c, r in columns.items() if r == "action"]
    if len(actions) != 1 or "report_period" in columns.values():
        return columns
    titles = _texts_below(sheet, last_heading_row, actions[0])
    if len(set(titles)) * 3 > len(titles) * 2:  # a third of the rows at least repeat
        return columns
    for column, role in columns.items():
        if role != "ignore":
            continue
        values = _texts_below(sheet, last_heading_row, column)
        if len(values) >= 2 and all(reported_quarter(v) for v in values):
            return {**columns, column: "report_period"}
    return columns


def row_levels(grid: WorkbookGrid, mapping: ImportMapping) -> dict[str, dict[int, str]]:
    """Sheet → row → level as `build_preview` will read it (detected, or forced by the
    mapping), for the assistant's level beside each row. Sheets not read are absent, and
    so are empty rows (nothing to read)."""
    levels: dict[str, dict[int, str]] = {}
    for sheet in grid.sheets:
        chosen = mapping.sheet(sheet.name)
        if chosen is None or not chosen.include or not chosen.header_rows:
            continue
        if table_kind(chosen) != "actions":
            last = chosen.header_rows[-1]
            levels[sheet.name] = {
                r: "skip" if r <= last else "action" for r in sheet_rows(sheet).texts
            }
            continue
        heading = heading_at(sheet, chosen.header_rows)
        structure = find_structure(sheet, heading.last_row, chosen.columns, chosen.levels)
        levels[sheet.name] = dict(structure.levels)
    return levels


@collector_paused_in
def build_preview(
    grid: WorkbookGrid,
    mapping: ImportMapping,
    known_partners: Sequence[str] = (),
    known_statuses: Mapping[str, str] | None = None,
) -> ImportPreview:
    """Everything the import would create, read through `mapping`; `known_partners` are
    the open plan's partners (names matched exactly are reused, others get fuzzy
    suggestions) and `known_statuses` its status words (folded word → status key)."""
    preview = _build.build(grid, mapping, known_partners, known_statuses)
    _note_sheets_left_out(grid, mapping, preview)
    return preview


def _note_sheets_left_out(
    grid: WorkbookGrid, mapping: ImportMapping, preview: ImportPreview
) -> None:
    read = {s.sheet: table_kind(s) for s in mapping.sheets if s.include and s.header_rows}
    for sheet in grid.sheets:
        chosen = mapping.sheet(sheet.name)
        if read.get(sheet.name):
            continue
        if fold_key(sheet.name) in IGNORED_SHEETS or not sheet.rows:
            continue
        kind = table_kind(chosen) if chosen and chosen.header_rows else ""
        if kind == "actions" and quarter_named(sheet.name) and any(map(quarter_named, read)):
            text = "not read: an earlier quarter of the same report; the latest quarter's was read."
        elif kind and kind in read.values():
            text = (f"not read: its columns look like {_KIND_WORDS[kind]}, but another sheet "
                    "is named for them.")  # fmt: skip
        elif kind:
            text = "not read: left out of the import."
        else:
            text = "not read: no header row with the expected column names was found."
        preview.add(Problem(sheet.name, None, None, text, "note"))
