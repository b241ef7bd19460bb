"""The state every part of the build shares: the preview being filled, the names and
codes seen so far, the remembered readers, and where problems are said.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from lipplanner.core import defaults
from lipplanner.core.errors import UserError
from lipplanner.core.models.base import CODE_MAX
from lipplanner.core.reports.cell_values import (
    error_phrase,
    fold,
    read_name,
    read_percent,
    read_text,
    shown,
)
from lipplanner.core.reports.grid import WorkbookGrid
from lipplanner.core.reports.import_template import is_example
from lipplanner.core.reports.plan_import.mapping import ImportMapping
from lipplanner.core.reports.plan_import.memo import PartnerLists, Remembered
from lipplanner.core.reports.plan_import.preview import ImportPreview
from lipplanner.core.reports.plan_import.sheet_context import table_kind
from lipplanner.core.reports.plan_import.values import (
    Span,
    StatusReader,
    percent_written,
    read_timeline,
)
from lipplanner.core.reports.workbook_reader import Problem, column_letter
from lipplanner.core.services import validation as v

if TYPE_CHECKING:
    from lipplanner.core.reports.plan_import.row_cells import RowCells


_CODE_CHARS = re.compile(r"[^A-Za-z0-9._\-]")


class ReaderBase:
    """What the readers of partner, priority, objective and action rows share."""

    def __init__(
        self,
        grid: WorkbookGrid,
        mapping: ImportMapping,
        preview: ImportPreview,
        known_partners: Sequence[str],
        known_statuses: Mapping[str, str] | None,
    ) -> None:
        self.grid = grid
        self.mapping = mapping
        self.preview = preview
        self.known_statuses = known_statuses
        self.known_partners = {fold(name): name for name in known_partners}
        self.sectors = {
            fold(name): key for key, en, fr in defaults.TERMS["sector"] for name in (key, en, fr)
        }
        self.priority_titles: dict[str, str] = {}  # folded title → code
        self.objective_titles: dict[tuple[str, str], str] = {}  # (priority, folded) → code
        self.partner_names: dict[str, str] = {}  # folded name/acronym → partner key
        self.default_objectives: dict[str, str] = {}  # priority code → objective code
        # (objective, folded title) → action code, for rows that report on a quarter
        self.reported_actions: dict[tuple[str, str], str] = {}
        self._folded_codes: dict[int, dict[str, str]] = {}
        self._next_number: dict[tuple[int, str], int] = {}
        self.action_sheets = sum(
            1 for s in mapping.sheets if s.include and s.header_rows and table_kind(s) == "actions"
        )
        self.statuses: StatusReader = StatusReader(chosen=mapping.statuses, known=known_statuses)
        self.light_noted = False  # the note on colours read without a legend is given once
        # Each distinct text read once (a sheet repeats its words row after row).
        self.texts: Remembered[str] = Remembered(read_text)
        self.names: Remembered[str] = Remembered(read_name)
        self.timelines: Remembered[Span] = Remembered(read_timeline)
        self.percents: Remembered[int | None] = Remembered(_read_percent)
        self.partner_lists = PartnerLists()
        # (sheet, column, lead text, partner texts, group, names known) → lead, partners, group
        self.partners_seen: dict[tuple[object, ...], tuple[str | None, tuple[str, ...], str]] = {}
        # (words, fill, heading) → status, for the legend of the sheet being read; reading again
        # adds nothing to what the reader collects (unknown words are listed once).
        self.status_seen: dict[tuple[str, str | None, str], str | None] = {}
        self.error_cells: set[tuple[str, int, int]] = set()  # error values already said

    # -- plumbing --------------------------------------------------------------------------
    def problem(
        self, sheet: str, row: int, col: int | None, text: str, level: str = "error"
    ) -> None:
        letter = None if col is None else column_letter(col)
        self.preview.add(Problem(sheet, row, letter, text, level))

    def problems_said(self) -> int:
        """How many problems were said so far (kept or beyond the cap)."""
        return len(self.preview.problems) + self.preview.more_problems

    def error_value(
        self, sheet: str, row: int, column: int, value: str, heading: str | None
    ) -> None:
        """An error cell (0-based row), said once however often the row reads it."""
        if (sheet, row, column) in self.error_cells:
            return
        self.error_cells.add((sheet, row, column))
        where = f"column “{shown(heading)}” " if heading else ""
        self.problem(sheet, row + 1, column, f"{where}{error_phrase(value)}; left empty.")

    def skip_example(self, cells: RowCells, kind: str) -> bool:
        """The import template's example row, which is the first row under its heading."""
        if cells.number > cells.context.mapping.header_rows[-1] + 2:
            return False
        if not is_example(kind, cells.texts()):
            return False
        cells.note("", "the template's example row was skipped.")
        return True

    # -- codes ----------------------------------------------------------------------------
    def code_for(
        self,
        cells: RowCells,
        column: str,
        taken: dict[str, Any],
        prefix: str,
        *,
        given: str | None = None,
    ) -> str:
        """The row's code if usable and free, else a generated one (said in a note)."""
        text = cells.name(column) if given is None else given
        if text:
            code = _CODE_CHARS.sub("", text)[:CODE_MAX]
            try:
                code = v.clean_code(code)
            except UserError:
                code = ""
            if code and code.casefold() not in self.folded(taken):
                if code != text:
                    cells.note(column, f"code “{shown(text)}” was written as {code}.")
                return self.claim(taken, code)
            generated = self.free_code(taken, prefix)
            reason = "is already used" if code else "cannot be used as a code"
            cells.error(column, f"code “{shown(text)}” {reason}; this row gets {generated}.")
            return generated
        return self.free_code(taken, prefix)

    def folded(self, taken: dict[str, Any]) -> dict[str, str]:
        """The codes of a table by their case-folded form, kept up to date as codes are
        claimed (rebuilding it for every row made large sheets quadratic)."""
        folded = self._folded_codes.get(id(taken))
        if folded is None or len(folded) < len(taken):
            folded = {c.casefold(): c for c in taken}
            self._folded_codes[id(taken)] = folded
        return folded

    def claim(self, taken: dict[str, Any], code: str) -> str:
        self.folded(taken)[code.casefold()] = code
        return code

    def free_code(self, taken: dict[str, Any], prefix: str) -> str:
        """The first unused code `prefix` + n, claimed."""
        used = self.folded(taken)
        key = (id(taken), prefix)
        n = self._next_number.get(key, 1)
        while f"{prefix}{n}".casefold() in used:
            n += 1
        self._next_number[key] = n + 1
        return self.claim(taken, f"{prefix}{n}")


@functools.lru_cache(maxsize=1024)  # every generated code of a priority's actions asks
def number_of(code: str) -> str:
    """The number part of a priority code, for generated codes: "P3" → "3"."""
    digits = re.sub(r"^[A-Za-z]+", "", code)
    return digits or code


def _read_percent(value: object, fractions: bool) -> int | None:
    # ("75% complete", "40 % réalisé": the words after the number say nothing more.)
    return read_percent(percent_written(value), fractions=fractions)
