"""One sheet being read: its columns by role, its structure, its language (French,
bilingual headings), its fiscal years and what rows carry on to the next.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lipplanner.core.models.base import NAME_MAX
from lipplanner.core.periods import Period
from lipplanner.core.reports.cell_values import CellError, ErrorValue, fold, read_name
from lipplanner.core.reports.grid import SheetGrid
from lipplanner.core.reports.plan_import.cell_keys import CellGroup
from lipplanner.core.reports.plan_import.hierarchy import Structure
from lipplanner.core.reports.plan_import.mapping import SheetMapping
from lipplanner.core.reports.plan_import.roles import (
    heading_key,
    heading_language,
    role_of,
    year_of_heading,
)
from lipplanner.core.reports.plan_import.values import (
    frenchness,
    language_of,
    last_plan_year,
    plan_years_named,
    quarter_in,
    quarter_named,
    read_timeline,
    split_bilingual,
    years_named,
)

if TYPE_CHECKING:
    from lipplanner.core.reports.plan_import.reading import ReaderBase


# Roles read once per row; a second column with the same role is left out.
SINGLE_ROLES = frozenset(
    {"priority", "priority_code", "priority_fr", "objective", "objective_code", "objective_fr",
     "action", "code", "french",
     "lead", "lead_partners", "working_group", "timeline", "start", "end", "status",
     "percent", "outcome_level", "budget", "in_kind", "partner", "partner_fr", "acronym",
     "sector", "languages", "email", "phone", "website"}
)  # fmt: skip
# The roles whose cells the fields all actions of a row share are read from
# (`ActionFields` remembers the fields by these cells' values).
FIELD_ROLES = (
    "lead", "lead_partners", "partners", "working_group", "start", "end", "timeline",
    "year", "status", "description", "outcome", "indicator", "baseline", "target",
    "progress", "planned_outputs", "budget", "in_kind", "percent", "month", "quarter_tick",
    "report_period",
)  # fmt: skip

_NOTE_HEADINGS = frozenset({"note", "remarque", "remark"})
_LEVEL_ROLES = (
    "priority_code", "priority", "priority_fr", "objective_code", "objective", "objective_fr",
)  # fmt: skip
_MONTH_YEAR = re.compile(
    r"\b(january|february|march|april|may|june|july|august|september|october|november|"
    r"december|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|"
    r"decembre)\b[\s,]+((?:19|20)\d\d)\b"
)
_QUARTER_YEAR = re.compile(r"\b(?:q|quarter|trimestre|t)\s?([1-4])\b.*?\b((?:19|20)\d\d)\b|"
                           r"\b((?:19|20)\d\d)\s+(?:q|quarter|trimestre)\s?([1-4])\b")  # fmt: skip
_DATE_IN_NAME = re.compile(r"(?<!\d)(?:19|20)\d\d[-_.]\d\d?[-_.]\d\d?(?!\d)")  # "2026-12-04"
_MONTH_NUMBERS = {
    name: i + 1
    for i, names in enumerate(
        (("january", "janvier"), ("february", "fevrier"), ("march", "mars"), ("april", "avril"),
         ("may", "mai"), ("june", "juin"), ("july", "juillet"), ("august", "aout"),
         ("september", "septembre"), ("october", "octobre"), ("november", "novembre"),
         ("december", "decembre"))
    )
    for name in names
}  # fmt: skip


def table_kind(sheet: SheetMapping) -> str:
    """What a sheet's columns make it: "actions", "objectives", "priorities",
    "partners", or "" (nothing to read)."""
    roles = set(sheet.columns.values())
    if roles & {"action", "quarter"}:
        return "actions"
    if "objective" in roles:
        return "objectives"
    if "priority" in roles:
        return "priorities"
    if "partner" in roles:
        return "partners"
    return ""


# Roles whose second column is read with the first: its names join the partners, its
# text follows the first's on a new line (a second lead names a supporting partner).
MERGED_ROLES = frozenset(
    {"partners", "progress", "description", "outcome", "planned_outputs", "indicator"}
)
_SECOND_LEAD_ROLES = frozenset({"lead", "lead_partners"})


@dataclass(frozen=True)
class Columns:
    """A sheet's columns by role: the first column of a single role, all of the others."""

    single: dict[str, int]
    many: dict[str, list[int]]
    ignored: list[int]  # columns named for a role already taken
    # (a column, the earlier one of its role it is read with, that role): the preview says
    merged: list[tuple[int, int, str]] = field(default_factory=list)

    @classmethod
    def of(cls, mapping: SheetMapping) -> Columns:
        single: dict[str, int] = {}
        many: dict[str, list[int]] = {}
        ignored: list[int] = []
        merged: list[tuple[int, int, str]] = []
        for column, role in sorted(mapping.columns.items()):
            if role == "ignore":
                continue
            if role in SINGLE_ROLES:
                if role in _SECOND_LEAD_ROLES and role in single:
                    many.setdefault("partners", []).append(column)
                    merged.append((column, single[role], role))
                elif role in single:
                    ignored.append(column)
                else:
                    single[role] = column
            else:
                if role in MERGED_ROLES and many.get(role):
                    merged.append((column, many[role][0], role))
                many.setdefault(role, []).append(column)
        return cls(single, many, ignored, merged)


class SheetContext:
    """One sheet being read: its columns, structure, language and what rows carry on."""

    def __init__(
        self,
        sheet: SheetGrid,
        mapping: SheetMapping,
        headings: dict[int, str],
        columns: Columns,
        structure: Structure,
        reader: ReaderBase,
    ) -> None:
        self.sheet, self.mapping, self.headings = sheet, mapping, headings
        self.columns, self.structure = columns, structure
        self.priority: str | None = None
        self.objective: str | None = None
        self.sheet_priority: str | None = None
        self.described: tuple[str, str] | None = None
        # The fills of action rows (None: unfilled), with no status column or legend.
        self.unread_colours: set[str | None] = set()
        # The cells the fields all actions of a row share are read from (their status
        # cell's fill too), and the cells naming its priority and objective: what was
        # read from them is remembered by their values (`action_fields`, `placement`).
        single, many = columns.single, columns.many
        self.field_cells = CellGroup(
            [single[r] for r in FIELD_ROLES if r in single]
            + [c for r in FIELD_ROLES for c in many.get(r, ())],
            structure.covered,
        )
        self.fields_seen: dict[object, tuple[dict[str, Any], tuple[Any, ...]]] = {}
        self.level_cells = CellGroup(
            [single[r] for r in _LEVEL_ROLES if r in single], structure.covered
        )
        # (the place found, and the priority and objective the rows after carry on)
        self.places_seen: dict[object, tuple[tuple[str, str | None], str | None, str | None]] = {}
        above = [
            str(c.value).strip()
            for r in sheet.rows[: mapping.header_rows[0]]
            for c in r
            if isinstance(c.value, str) and c.value.strip() and not isinstance(c.value, ErrorValue)
        ]
        above += reader.grid.titles  # a Word plan's title, above all its tables
        self.title = next((read_name(t[:NAME_MAX])[:NAME_MAX] for t in above if len(t) > 3), "")
        named = [*above, sheet.name]
        self.year_hints = years_named(named)
        self.plan_years = plan_years_named(named)  # "Strategic Plan 2025-2028": 2025 to 2027
        if not self.year_hints:
            # No title names a year: the file's name is the plan's title then
            # ("Settlement_Strategy_2024-2027.xlsx"), a date in it is when it was saved.
            file_name = _DATE_IN_NAME.sub(" ", Path(reader.grid.source).stem.replace("_", " "))
            self.year_hints = years_named([file_name])
            self.plan_years = plan_years_named([file_name])
        self.report_period = quarter_named(sheet.name) or _report_period([*above, sheet.name])
        for column in columns.many.get("progress", []) if self.report_period is None else ():
            # "Status Update (Q4 2024-25)": the narrative's heading says its quarter.
            self.report_period = self.report_period or quarter_in(headings.get(column, ""))
        # "Notes" with no quarter the sheet reports on: notes about the action itself
        # (its description), since no progress update can be dated.
        undated = self.report_period is None and not columns.many.get("report_period")
        self.note_columns = frozenset(
            c
            for c in columns.many.get("progress", [])
            if undated
            if heading_key(headings.get(c, "")) in _NOTE_HEADINGS
        )
        self.french = self._is_french(above)
        bilingual = [t for t in headings.values() if _bilingual_heading(t)]
        self.bilingual = len(bilingual) >= 2
        # "Priorité / Priority": the headings say which half of a text is French.
        self.french_first = sum(_french_first(t) for t in bilingual) * 2 > len(bilingual)
        self.fractions = self._fractions()
        self.first_year = min(self.year_hints) if self.year_hints else self._first_timeline_year()
        if self.first_year is not None and not self.year_hints:
            self.year_hints = [self.first_year]
        # The plan's last fiscal year, as far as its titles say (for "Long term").
        self.last_year = self.plan_years[1] if self.plan_years else last_plan_year(self.year_hints)

    def colours_unread(self) -> bool:
        """Whether the action rows' colours look like statuses left unread: they differ
        from row to row (one fill on every row is a template's look, not a status)."""
        return len(self.unread_colours) > 1

    def _is_french(self, above: list[str]) -> bool:
        """Whether the sheet is written in French: by its headings, else its text."""
        french = english = 0
        for text in self.headings.values():
            found = heading_language(text)
            french += found == "fr"
            english += found == "en"
        if french != english:
            return french > english
        sample = " ".join(above[:3])
        return language_of(sample) == "fr"

    def languages(self, text: str) -> tuple[str, str]:
        """(English, French) of a title: "EN / FR" split; a French sheet's titles are
        French (and the English field keeps them until translated)."""
        if "/" not in text and len(text.splitlines()) < 2:
            return text, text if self.french else ""  # one language: nothing to split
        pair = split_bilingual(text)
        halves = [p.strip() for p in re.split(r" / |\n", text.strip()) if p.strip()]
        if pair is None and self.bilingual and len(halves) == 2:
            # Headings "Priority / Priorité": short texts "Health / Santé" are EN / FR,
            # as are two lines ("Tenir une foire d'emploi" over "Hold a job fair").
            first, second = halves
            # The more French half is the French one; alike, the headings' order.
            french, english = frenchness(first), frenchness(second)
            french_first = french > english or (french == english and self.french_first)
            pair = (second, first) if french_first else (first, second)
        if pair:
            return pair[0][:NAME_MAX], pair[1][:NAME_MAX]
        return text, text if self.french else ""

    def _fractions(self) -> bool:
        """Whether the percent column holds fractions (every number between 0 and 1)."""
        column = self.columns.single.get("percent")
        if column is None:
            return False
        numbers = [
            c.value
            for r in self.sheet.rows[self.mapping.header_rows[-1] + 1 :]
            if column < len(r)
            for c in (r[column],)
            if isinstance(c.value, int | float) and not isinstance(c.value, bool)
        ]
        return bool(numbers) and all(0 <= n <= 1 for n in numbers) and any(n > 0 for n in numbers)

    def _first_timeline_year(self) -> int | None:
        """The earliest year the timelines name, for "Year 2" when no title names one."""
        years: list[int] = []
        for role in ("timeline", "start", "end"):
            column = self.columns.single.get(role)
            if column is None:
                continue
            for row in self.sheet.rows[self.mapping.header_rows[-1] + 1 :]:
                value = row[column].value if column < len(row) else None
                try:
                    span = read_timeline(value)
                except (CellError, ValueError):
                    continue
                for day in (span.start, span.end):
                    if day:
                        years.append(day.year if day.month >= 4 else day.year - 1)
        for column in self.columns.many.get("year", []):
            absolute, _relative = year_of_heading(self.headings.get(column))
            if absolute:
                years.append(absolute)
        return min(years) if years else None


def labelled(heading: str, text: str) -> str:
    """A description column's text, under its heading when that names another level
    ("Goal: Municipal commitment"), so a label the plan has no level for stays legible."""
    if not text or not heading or role_of(heading) in ("description", None):
        return text
    return f"{heading}: {text}"


def _bilingual_heading(text: str) -> bool:
    """ "Activity / Activité", "Status / État": one heading in both languages."""
    halves = [h for h in text.split("/") if h.strip()]
    return len(halves) == 2 and role_of(halves[0]) == role_of(halves[1]) is not None


def _french_first(text: str) -> bool:
    """Whether a bilingual heading puts its French half first ("Mesure / Action")."""
    first, second = (h for h in text.split("/") if h.strip())
    return heading_language(first) == "fr" or heading_language(second) == "en"


def _report_period(texts: list[str]) -> Period | None:
    """The quarter a progress report covers, from its titles ("June, 2014",
    "2021 Quarter 1 Update", "Q1 2014")."""
    for text in texts:
        folded = fold(text)
        if match := _MONTH_YEAR.search(folded):
            return Period.containing(date(int(match[2]), _MONTH_NUMBERS[match[1]], 1))
        if match := _QUARTER_YEAR.search(folded):
            quarter, year = (match[1], match[2]) if match[1] else (match[4], match[3])
            month = 3 * (int(quarter) - 1) + 1  # a calendar quarter
            return Period.containing(date(int(year), month, 1))
    return None
