"""Stage 3: the plan's hierarchy as a person reads it from the sheet's structure.

Below the heading, each row is a section title (a row with text only in its first cell,
bold, filled, merged across or numbered "PRIORITY 2:", "1.1"), a narrative line under
a section title (its description), an action, or a row that is not part of the plan: a
colour legend, an acronym key, a total. Cells merged down apply to every row they
cover. Legends and acronym keys are read too: they explain the sheet's colours and
abbreviations to the later stages.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from operator import itemgetter

from lipplanner.core.reports.cell_values import fold
from lipplanner.core.reports.grid import CellValue, GridCell, SheetGrid
from lipplanner.core.reports.plan_import.capitals import sentence_case
from lipplanner.core.reports.plan_import.roles import heading_key, role_of
from lipplanner.core.reports.plan_import.rows import sheet_rows
from lipplanner.core.reports.plan_import.values import acronym_pairs, code_depth

_LEGEND_TITLE = re.compile(r"^(?:status\s+)?(?:legend|legende|key|cle|colour code|color code)\b")
_KEY_TITLE = re.compile(
    r"^(?:acronyms?|acronymes?|abbreviations?|abreviations?|glossary|glossaire|sigles?)\b"
)
_SUMMARY = re.compile(
    r"^(?:grand\s+)?(?:total|totals|totaux|summary|sommaire|overall|average|moyenne)\b"
)
# A line alone under the table about it, not a plan item ("Note: …", "Source: …",
# an RBA card's "Story behind the curve: …").
_FOOTNOTE = re.compile(
    r"^(?:notes?|sources?|data sources?|remarques?|nota|nb|story behind the curve)\s*[:\-–]"
)
# "TRIEC = Toronto Region…", "WE LIP = Windsor-Essex…" (two capitalised words at most)
_ACRONYM = re.compile(
    r"^([A-Z][A-Za-z0-9&.\-]{0,10}[A-Z0-9](?: [A-Z][A-Za-z0-9&.\-]{0,8}[A-Z0-9])?)"
    r"\s*(?:=|:|–|—|-)\s*(\S.{3,})$"
)
# "Strategic Direction 1:", "PRIORITY 2 -", "Axe 3 :", "Goal 1.", "1.1", "2)"
_NUMBERED = re.compile(
    r"^\s*(?:(?P<word>[^\W\d_][^\W\d]*(?:\s+[^\W\d_][^\W\d]*){0,3})\s+)?"
    # "STRATEGIC DIRECTION #1 –", "Priorité no 2 :"
    r"(?:#\s?|n[o°º]\.?\s?(?=\d))?"
    r"(?P<number>\d{1,2}(?:\.\d{1,2})*|[A-Z](?=\s*[:.)\-–—]))"
    # "Priority 1 / Priorité 1 :": the label in both languages
    r"(?:\s*/\s*(?:[^\W\d_][^\W\d]*\s+){1,4}(?P=number))?(?:\s*[:.)\-–—]\s*|\s+)"
    r"(?P<rest>\S.*)$",
    re.DOTALL,
)
_SECTION_PERCENT = re.compile(
    r"\s*[-–—:(,]\s*\d{1,3}(?:[.,]\d+)?\s?%\s*(?:complete|completed|complet|complete?e?s?|"
    r"realise|done|termine)?\)?\s*$",
    re.IGNORECASE,
)
_TIERS = ("priority", "objective")
_FILL = itemgetter(2)  # a `GridCell`'s fill


@dataclass(frozen=True)
class Numbering:
    word: str  # "Strategic Direction", "" for a bare "1.1"
    number: str  # "1.1"
    rest: str  # the title after the number

    @property
    def depth(self) -> int:
        return self.number.count(".") + 1


@functools.lru_cache(maxsize=4096)  # section titles and codes are asked about by several stages
def numbering(text: str) -> Numbering | None:
    """A leading number ("1.1 Develop…", "PRIORITY 2: …"), or None."""
    match = _NUMBERED.match(text)
    if not match:
        return None
    return Numbering(
        " ".join((match["word"] or "").split()), match["number"], match["rest"].strip()
    )


def sheet_section(name: str) -> Numbering | None:
    """A sheet (or Word table) named as a section, "Strategic Direction 1: Economic
    Inclusion" or "Priority 2 - Health": the priority of its rows."""
    numbered = numbering(name)
    return numbered if numbered and numbered.word and numbered.rest else None


def section_title(text: str) -> str:
    """A section row's title without a trailing roll-up ("City that Moves - 72% complete"),
    in sentence case when the sheet writes it all in capitals (acronyms kept)."""
    return sentence_case(_SECTION_PERCENT.sub("", text).strip())


@dataclass
class Structure:
    """What the sheet's rows are, and the keys it explains itself with."""

    # row → level, for every row with text (and every row forced); an empty row is
    # absent, and skipped: a million of them below the plan cost nothing
    levels: dict[int, str] = field(default_factory=dict)
    legend: dict[str, str] = field(default_factory=dict)  # fill "RRGGBB" → words
    acronyms: dict[str, str] = field(default_factory=dict)  # "TRIEC" → its full name
    covered: dict[tuple[int, int], CellValue] = field(default_factory=dict)  # merged down

    def copy(self) -> Structure:
        """A copy whose levels, legend and key can be changed (the merged cells are
        shared: no stage changes them)."""
        return Structure(dict(self.levels), dict(self.legend), dict(self.acronyms), self.covered)

    def value(self, sheet: SheetGrid, row: int, column: int) -> CellValue:
        """A cell's value, or the value of the cell merged down over it."""
        cell = sheet.cell(row, column)
        if not cell.blank:
            return cell.value
        return self.covered.get((row, column))


def read_legend(sheet: SheetGrid) -> tuple[dict[str, str], set[int]]:
    """Colour → words from a legend anywhere on the sheet: a filled empty cell beside
    "= on target", or a row starting "Legend:" whose filled cells hold the words."""
    legend: dict[str, str] = {}
    rows: set[int] = set()
    title: int | None = None  # a "Legend" title alone on its row, the colours below it
    cached = sheet_rows(sheet).memo.get("legend")
    if isinstance(cached, tuple):  # the same sheet read again (detection, then build)
        return dict(cached[0]), set(cached[1])
    for number, texts in sheet_rows(sheet).texts.items():  # a row without text adds nothing
        row = sheet.rows[number]
        found: dict[str, str] = {}
        if texts and _LEGEND_TITLE.match(fold(texts[0][1])):
            found = {c.fill: str(c.value).strip() for c in row if c.fill and not c.blank}
            if not found and len(texts) == 1:
                title = number
                continue
        elif any(map(_FILL, row)):  # (a row with no fill has no swatch)
            pairs = [
                (cell.fill, row[i + 1])
                for i, cell in enumerate(row[:-1])
                # a swatch beside its words; a band filled across is a section row
                if cell.fill
                and cell.blank
                and not row[i + 1].blank
                and row[i + 1].fill != cell.fill
            ]
            if pairs and len(pairs) * 2 >= len(texts) + len(pairs):
                found = {fill: str(nxt.value).strip() for fill, nxt in pairs if fill}
                if len(texts) != len(pairs):
                    found = {}
            elif title is not None and len(texts) == 1:
                # Under a "Legend" title, the swatch may follow its words ("Achieved ■").
                column = texts[0][0]
                swatch = row[column + 1] if column + 1 < len(row) else None
                if swatch is not None and swatch.fill and swatch.blank:
                    found = {swatch.fill: texts[0][1]}
        if found and title is not None:
            rows.add(title)
        if texts and not found:
            title = None
        if found:
            rows.add(number)
            for fill, words in found.items():
                legend.setdefault(fill, re.sub(r"^[=:\-–—\s]+", "", words))
    sheet_rows(sheet).memo["legend"] = (dict(legend), set(rows))
    return legend, rows


def read_acronyms(sheet: SheetGrid, start: int) -> tuple[dict[str, str], set[int]]:
    """Acronym → full name from a key below the heading ("TRIEC = Toronto Region…", or
    an acronym and its name side by side under an "Acronyms" title)."""
    facts = sheet_rows(sheet)
    cached = facts.memo.get(("acronyms", start))
    if isinstance(cached, tuple):
        return dict(cached[0]), set(cached[1])
    acronyms: dict[str, str] = {}
    rows: set[int] = set()
    in_key = False
    for number, texts in facts.texts.items():
        if number < start:
            continue
        first = texts[0][1]
        inline = acronym_pairs(first) if len(texts) == 1 else {}
        if len(inline) > 1 or (inline and _KEY_TITLE.match(fold(first))):
            acronyms.update(inline)  # "Acronyms: ABC = Alpha Beta Centre; DEF = …"
            rows.add(number)
            continue
        if len(texts) == 1 and _KEY_TITLE.match(fold(first)):
            in_key = True
            rows.add(number)
            continue
        if len(texts) == 1 and (match := _ACRONYM.match(first)) and _is_acronym(match[1]):
            acronyms[match[1]] = match[2].strip()
            rows.add(number)
            continue
        if (
            len(texts) == 2
            and _is_acronym(first)
            and (in_key or _initials_match(first, texts[1][1]))
        ):
            acronyms[first] = texts[1][1]
            rows.add(number)
            continue
        in_key = False
    facts.memo[("acronyms", start)] = (dict(acronyms), set(rows))
    return acronyms, rows


def _is_acronym(text: str) -> bool:
    words = text.split()
    return (
        len(text) <= 12
        and 1 <= len(words) <= 2
        and all(sum(ch.isupper() for ch in w) >= 2 for w in words)
    )


def _initials_match(acronym: str, name: str) -> bool:
    """Whether the capitals of `name` spell `acronym` ("TRIEC", "Toronto Region
    Immigrant Employment Council")."""
    initials = "".join(w[0] for w in re.findall(r"[^\W\d_][\w'’-]*", name) if w[0].isupper())
    letters = [ch for ch in acronym if ch.isalpha()]
    it = iter(initials.upper())
    return len(letters) >= 2 and all(ch.upper() in it for ch in letters)


def merged_down(sheet: SheetGrid) -> dict[tuple[int, int], CellValue]:
    """Cells covered by a merge that runs down, with the merged value."""
    return dict(sheet_rows(sheet).covered)


def _merged_across(sheet: SheetGrid, row: int, column: int) -> bool:
    return (row, column) in sheet_rows(sheet).merged_across


def find_structure(
    sheet: SheetGrid,
    heading_last_row: int,
    columns: dict[int, str],
    forced: dict[int, str] | None = None,
) -> Structure:
    """Every row's level (rows forced by the user keep theirs), the legend, the acronym
    key and the cells merged down."""
    # Detection asks this of the same sheet and columns again, and so does the build.
    key = ("structure", heading_last_row, tuple(sorted(columns.items())),
           tuple(sorted((forced or {}).items())))  # fmt: skip
    memo = sheet_rows(sheet).memo
    found = memo.get(key)
    if isinstance(found, Structure):
        return found.copy()
    structure = _find_structure(sheet, heading_last_row, columns, forced)
    kept = [k for k in list(memo) if isinstance(k, tuple) and k[0] == "structure"]
    for old in kept[: max(0, len(kept) - 7)]:  # the assistant asks after every change
        memo.pop(old, None)  # (another thread may have dropped it: the build runs off the UI)
    memo[key] = structure.copy()
    return structure


def _find_structure(
    sheet: SheetGrid,
    heading_last_row: int,
    columns: dict[int, str],
    forced: dict[int, str] | None,
) -> Structure:
    facts = sheet_rows(sheet)
    structure = Structure(covered=facts.covered)  # shared: no stage changes it
    structure.legend, legend_rows = read_legend(sheet)
    structure.acronyms, key_rows = read_acronyms(sheet, heading_last_row + 1)
    action_columns = {c for c, r in columns.items() if r in ("action", "quarter")}
    side_columns = {c for c, r in columns.items() if r in ("percent", "status")}
    used = [c for c, r in columns.items() if r != "ignore"]
    leftmost = min(used, default=0)
    deepest = _deepest_numbering(sheet, heading_last_row, action_columns)
    code_column = next((c for c, r in columns.items() if r == "code"), None)
    deepest_code = _deepest_code(sheet, heading_last_row, code_column)
    sections: dict[int, tuple[int, tuple[bool, str | None]]] = {}  # row → depth, style
    previous = ""
    heading = {c: fold(t) for c, t in facts.texts.get(heading_last_row, ())}
    for number, texts in facts.texts.items():
        level = "skip"
        row = sheet.rows[number]
        if (
            number <= heading_last_row
            or _repeats_heading(texts, heading)
            or number in legend_rows
            or number in key_rows
            or _SUMMARY.match(fold(texts[0][1]))
            or (len(texts) == 1 and _FOOTNOTE.match(fold(texts[0][1])))
        ):
            pass
        elif previous in ("section", "description") and _is_narrative(row, texts, action_columns):
            level = "description"
        elif coded := _coded_section(texts, code_column, action_columns, deepest_code):
            sections[number] = (coded, (row[texts[0][0]].bold, row[texts[0][0]].fill))
            level = "section"
        elif _is_section(sheet, number, texts, action_columns, side_columns, leftmost) or (
            _is_outline(texts, action_columns, side_columns, deepest)
        ):
            column, text = texts[0]
            cell = row[column]
            numbered = numbering(text)
            sections[number] = (numbered.depth if numbered else 1, (cell.bold, cell.fill))
            level = "section"
        elif len(texts) == 1 and texts[0][0] not in action_columns:
            tier = columns.get(texts[0][0])
            level = tier if tier in _TIERS else "skip"
        else:
            level = "action"
        structure.levels[number] = level
        if level != "skip":
            previous = level
    for number, level in _section_levels(sections).items():
        structure.levels[number] = level
    for number, level in (forced or {}).items():
        structure.levels[number] = level
    return structure


def _repeats_heading(texts: Sequence[tuple[int, str]], heading: dict[int, str]) -> bool:
    """A row that says the heading again, each text under itself ("Action | Lead |
    Status" printed above every section's block): no plan item."""
    return len(texts) >= 2 and all(heading.get(c) == fold(t) for c, t in texts)


def _is_narrative(
    row: tuple[GridCell, ...], texts: Sequence[tuple[int, str]], action_columns: set[int]
) -> bool:
    """A plain line of text alone on its row (no bold, fill or number): under a section
    title it describes that section."""
    column, text = texts[0]
    cell = row[column]
    return (
        len(texts) == 1
        and column not in action_columns
        and not cell.bold
        and not cell.fill
        and not (numbering(text) and numbering(text).word)  # type: ignore[union-attr]
    )


def _deepest_numbering(sheet: SheetGrid, heading_last_row: int, action_columns: set[int]) -> int:
    """The deepest numbering in the action column ("1.1.1" → 3), 0 when unnumbered."""
    deepest = 0
    if not action_columns:
        return 0
    for number, texts in sheet_rows(sheet).texts.items():
        if number <= heading_last_row:
            continue
        row = sheet.rows[number]
        for column, _text in texts:
            if column not in action_columns:
                continue
            value = row[column].value
            if isinstance(value, str):
                numbered = numbering(value)
                if numbered and not numbered.word:
                    deepest = max(deepest, numbered.depth)
    return deepest


def _deepest_code(sheet: SheetGrid, heading_last_row: int, column: int | None) -> int:
    """The deepest outline code in a code column ("1.1.1" → 3), 0 when there is none."""
    if column is None:
        return 0
    depths = [
        code_depth(sheet.rows[number][column].value) or 0
        for number, texts in sheet_rows(sheet).texts.items()
        if number > heading_last_row and texts[0][0] == column
    ]
    return max(depths, default=0)


def _coded_section(
    texts: Sequence[tuple[int, str]],
    code_column: int | None,
    action_columns: set[int],
    deepest: int,
) -> int:
    """A row of only a code and a title in the action column, the code shallower than
    the column's deepest ("1 | Economic Integration" above "1.1.1 | Hold …"): a section
    at the code's depth (0: not such a row)."""
    if code_column is None or len(texts) != 2 or texts[0][0] != code_column:
        return 0
    if texts[1][0] not in action_columns:
        return 0
    depth = code_depth(texts[0][1]) or 0
    return depth if depth < deepest else 0


def _is_outline(
    texts: Sequence[tuple[int, str]], action_columns: set[int], side_columns: set[int], deepest: int
) -> bool:
    """A numbered outline in the action column itself ("1. Employment", "1.1 …",
    "1.1.1 Run job fairs"): a row holding only a number shallower than the deepest is a
    section, the deepest numbers are the actions. A level's own word numbered ("Goal 1:",
    "Objective 1.1 -", "Axe 2 :") is a section at any depth."""
    column, text = texts[0]
    if column not in action_columns or not all(c in side_columns for c, _t in texts[1:]):
        return False
    numbered = numbering(text)
    if not numbered:
        return False
    if numbered.word:
        return role_of(numbered.word) in _TIERS
    return numbered.depth < deepest


def _is_section(
    sheet: SheetGrid,
    number: int,
    texts: Sequence[tuple[int, str]],
    action_columns: set[int],
    side_columns: set[int],
    leftmost: int,
) -> bool:
    """Text in the first cell only (a roll-up percent or status beside it is allowed),
    set apart by bold, a fill, a merge across or a leading number with a word."""
    column, text = texts[0]
    if any(c not in side_columns for c, _t in texts[1:]):
        return False
    cell = sheet.cell(number, column)
    if column in action_columns or column > leftmost:
        # Typed further right (beside a code column, or in the action column itself):
        # a section only when the whole row is set apart, bold and banded across.
        return cell.bold and (_banded(sheet, number) or _merged_across(sheet, number, column))
    numbered = numbering(text)
    return bool(
        cell.bold
        or cell.fill
        or _merged_across(sheet, number, column)
        or (numbered and numbered.word)
    )


def _banded(sheet: SheetGrid, number: int) -> bool:
    """A row filled with one colour from its first cell across (a section band)."""
    row = sheet.rows[number]
    fills = {c.fill for c in row}
    return len(row) > 1 and len(fills) == 1 and None not in fills


def _section_levels(sections: dict[int, tuple[int, tuple[bool, str | None]]]) -> dict[int, str]:
    """Priority for the outer kind of section row, objective for the inner: by numbering
    depth ("1" over "1.1"), else by look when two looks alternate."""
    if not sections:
        return {}
    depths = sorted({depth for depth, _style in sections.values()})
    if len(depths) > 1:
        inner = depths[1]
        return {
            row: "priority" if depth == depths[0] else "objective" if depth == inner else "skip"
            for row, (depth, _style) in sections.items()
        }
    styles: list[tuple[bool, str | None]] = []
    for _depth, style in sections.values():
        if style not in styles:
            styles.append(style)
    if len(styles) == 2:
        return {row: "priority" if style == styles[0] else "objective"
                for row, (_d, style) in sections.items()}  # fmt: skip
    return dict.fromkeys(sections, "priority")


def tier_roles(columns: dict[int, str], section_levels: set[str]) -> dict[int, str]:
    """Hierarchy columns' roles by rank, left to right, below the levels the section rows
    already give: "Community Result | Priority | Action" is priority, objective; under
    PRIORITY section rows a "Goal" column is the objective. A hierarchy column left over
    describes the action."""
    tiers = sorted(c for c, r in columns.items() if r in _TIERS)
    free = [t for t in _TIERS if t not in section_levels]
    if not section_levels and len(tiers) == 1:
        return dict(columns)
    result = dict(columns)
    if any(columns[c] in free for c in tiers):
        # PRIORITY rows over "Goal | Objective": the Objective column is the objective
        # level, the Goal (a priority's word, the rows already give it) a label.
        for column in [c for c in tiers if columns[c] in section_levels]:
            result[column] = "description"
        tiers = [c for c in tiers if columns[c] not in section_levels]
    for rank, column in enumerate(tiers):
        result[column] = free[rank] if rank < len(free) else "description"
    return result


# Headings that name a level of results or one action's result, by where they stand.
_OUTCOME_HEADINGS = frozenset({"outcome", "resultat", "result"})


def outcome_columns(
    sheet: SheetGrid, heading_last_row: int, columns: dict[int, str], headings: dict[int, str]
) -> dict[int, str]:
    """An "Outcome(s)" or "Résultat(s)" column left of the actions whose statements each
    stand over several of them (merged down, repeated, or written once above blanks) is
    the objective level; one after the actions, or with a statement of its own on every
    action's row, is that action's expected outcome."""
    marked = [
        c
        for c, text in headings.items()
        if columns.get(c) in ("objective", "outcome") and heading_key(text) in _OUTCOME_HEADINGS
    ]
    actions = [c for c, r in columns.items() if r == "action"]
    if not marked or not actions:
        return columns
    structure = find_structure(sheet, heading_last_row, columns)
    rows = [r for r, level in structure.levels.items() if level == "action"]
    result = dict(columns)
    for column in marked:
        values = [structure.value(sheet, row, column) for row in rows]
        stated = {fold(str(v)) for v in values if v is not None and str(v).strip()}
        # (a statement left blank below on the next rows carries on, as a level does)
        grouping = bool(stated) and len(stated) < len(rows)
        result[column] = "objective" if column < min(actions) and grouping else "outcome"
    return result


def single_action_tiers(
    sheet: SheetGrid, structure: Structure, columns: dict[int, str]
) -> dict[int, str]:
    """Under section rows, an objective column that never holds two actions (a new
    statement on every row, nothing merged down, one activity per row) states each
    action's expected outcome: it is kept with the action, not made a level of one."""
    rows = [r for r, level in structure.levels.items() if level == "action"]
    sections = {lv for lv in structure.levels.values() if lv in _TIERS}
    if "priority" not in sections or len(rows) < 3:
        return columns
    actions = [c for c, r in columns.items() if r == "action"]
    for row in rows:
        for column in actions:
            text = structure.value(sheet, row, column)
            if isinstance(text, str) and "\n" in text.strip():
                return columns  # several activities in a cell: the level groups them
    result = dict(columns)
    for column in [c for c, r in columns.items() if r == "objective"]:
        seen: set[str] = set()
        for row in rows:  # every row written, each differently (stops at the first not)
            value = structure.value(sheet, row, column)
            if value is None or not str(value).strip() or fold(str(value)) in seen:
                break
            seen.add(fold(str(value)))
        else:
            result[column] = "outcome"
    return result
