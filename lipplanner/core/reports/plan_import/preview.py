"""What a plan import would create, before anything is written: plain values."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

from lipplanner.core.periods import MAX_YEAR, MIN_YEAR, Period, fiscal_year_of
from lipplanner.core.reports.workbook_reader import Problem
from lipplanner.core.wording import count

MAX_PROBLEMS = 500  # listed one by one; beyond this they are counted
NAMES_SHOWN = 10  # new partners named; the rest are counted


@dataclass
class NewPartner:
    name_en: str
    name_fr: str = ""
    acronym: str = ""
    sector: str = ""  # a sector key of the default list, or "" (unknown ones go in notes)
    languages: str = ""
    email: str = ""
    phone: str = ""
    website: str = ""
    notes: str = ""
    listed: bool = False  # on the workbook's Partners sheet (else only named in actions)
    source: str = ""  # where it was first seen, e.g. "Actions!F5"
    existing: str | None = None  # the open plan's partner of that name (import into a plan)


@dataclass
class NewPriority:
    code: str
    title_en: str
    title_fr: str = ""
    description: str = ""
    source: str = ""


@dataclass
class NewObjective:
    code: str
    priority_code: str
    title_en: str
    title_fr: str = ""
    description: str = ""
    outcome_level: str = "intermediate"
    source: str = ""


@dataclass
class NewAction:
    code: str
    objective_code: str
    title_en: str
    title_fr: str = ""
    description: str = ""
    lead: str | None = None  # folded partner key
    supporting: list[str] = field(default_factory=list)
    working_group: str | None = None  # folded body key
    start: date | None = None
    end: date | None = None
    status: str = "not_started"
    percent: int = 0
    planned_outputs: str = ""
    budget: Decimal | None = None
    in_kind: Decimal | None = None
    progress: str = ""  # the sheet's progress narrative: the action's first update
    indicators: list[str] = field(default_factory=list)  # performance measures
    source: str = ""
    # A long-format tracker (a row per action per quarter): the quarter the status and
    # progress above report on, and the earlier quarters' rows.
    period: Period | None = None
    earlier: list[QuarterReport] = field(default_factory=list)


@dataclass(frozen=True)
class QuarterReport:
    """One quarter's row of an action in a long-format tracker."""

    period: Period
    status: str
    percent: int
    progress: str


@dataclass
class SheetRead:
    """One sheet and how it was understood."""

    name: str
    kind: str  # "actions", "priorities", "objectives", "partners", or "" (not read)
    header_row: int | None  # 1-based, as the spreadsheet shows it
    rows: int = 0  # data rows read


@dataclass(frozen=True)
class PartnerMatch:
    """A partner name from the sheet not found in the plan's list, with the closest
    names of that list (best first)."""

    name: str
    suggestions: list[str]


@dataclass
class ImportPreview:
    """Everything a plan import would create, and every problem found, before writing."""

    source: Path
    sheets: list[SheetRead] = field(default_factory=list)
    priorities: dict[str, NewPriority] = field(default_factory=dict)  # by code
    objectives: dict[str, NewObjective] = field(default_factory=dict)  # by code
    actions: dict[str, NewAction] = field(default_factory=dict)  # by code
    partners: dict[str, NewPartner] = field(default_factory=dict)  # by folded name
    working_groups: dict[str, str] = field(default_factory=dict)  # folded → name
    problems: list[Problem] = field(default_factory=list)
    more_problems: int = 0  # found beyond MAX_PROBLEMS
    suggested_title: str = ""
    unknown_statuses: list[str] = field(default_factory=list)  # words not read as a status
    partner_matches: list[PartnerMatch] = field(default_factory=list)
    year_hints: list[int] = field(default_factory=list)  # years named in titles
    plan_years: tuple[int, int] | None = None  # the fiscal years a title's span names
    report_period: Period | None = None  # the quarter the progress narrative reports on
    shortened_titles: int = 0  # action cells holding a paragraph, given a short title

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.level == "error"]

    @property
    def notes(self) -> list[Problem]:
        return [p for p in self.problems if p.level == "note"]

    @property
    def has_errors(self) -> bool:
        return bool(self.errors) or self.more_problems > 0

    @property
    def listed_partners(self) -> list[NewPartner]:
        return [p for p in self.partners.values() if p.listed]

    @property
    def new_partners(self) -> list[NewPartner]:
        """Partners named in the actions but not listed on a Partners sheet."""
        return [p for p in self.partners.values() if not p.listed]

    def fiscal_years(self) -> tuple[int, int]:
        """The plan's first and last fiscal years: from the actions' dates (starting as
        early as the titles say), else from the span a title names ("Strategic Plan
        2025-2028": 2025-26 to 2027-28), else the years titles name, else this year."""
        days = [d for a in self.actions.values() for d in (a.start, a.end) if d is not None]
        if days:
            first, last = fiscal_year_of(min(days)), fiscal_year_of(max(days))
            # "Newcomer Strategy 2023–2027" starts in 2023 even when its first action is
            # only due in 2024 (a year named long before the actions is something else).
            named = [y for y in self.year_hints if first - 5 <= y < first]
            first = min([first, *named])
        elif self.plan_years:
            first, last = self.plan_years
        elif self.year_hints:
            first, last = min(self.year_hints), max(self.year_hints)
        else:
            year = fiscal_year_of(date.today())
            return year, year + 3
        return max(first, MIN_YEAR), min(max(last, first), MAX_YEAR)

    def add(self, problem: Problem) -> None:
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(problem)
        else:
            self.more_problems += 1

    def new_organisations(self) -> str:
        """The partners a new plan file adds as organisations, said plainly: "3 partners
        will be added as new organisations: A, B, C" ("" when none)."""
        names = [p.name_en for p in self.partners.values() if p.existing is None]
        if not names:
            return ""
        shown = ", ".join(names[:NAMES_SHOWN])
        if len(names) > NAMES_SHOWN:
            shown += f" and {len(names) - NAMES_SHOWN:,} more"
        if len(names) == 1:
            return f"1 partner will be added as a new organisation: {shown}"
        return f"{len(names):,} partners will be added as new organisations: {shown}"

    def summary(self) -> str:
        """One line: what would be created."""
        return (
            f"{count(len(self.priorities), 'priority')}, "
            f"{count(len(self.objectives), 'objective')}, {count(len(self.actions), 'action')}, "
            f"{count(len(self.partners), 'partner')} ({len(self.listed_partners):,} listed, "
            f"{len(self.new_partners):,} new from the actions), "
            f"{count(len(self.working_groups), 'working group')}"
            + (
                f"; {count(self.shortened_titles, 'long title')} shortened (the whole text "
                "is the action's description)"
                if self.shortened_titles
                else ""
            )
        )
