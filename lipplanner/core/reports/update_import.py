"""Reading back a partner update workbook: a change set to preview, then one batch.

`read_update_workbook` matches the returned workbook to the plan (its hidden sheet
names the plan file, the plan and the quarter), reads every row and compares it with
what the plan holds for that quarter: unchanged rows are skipped, so importing the
same file twice changes nothing. `apply_changes` writes the accepted rows in one
transaction and returns what `revert_changes` needs to put every touched update and
indicator value back as it was (the GUI's undo).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from lipplanner.core import models as m
from lipplanner.core.db import PlanDatabase
from lipplanner.core.errors import UserError
from lipplanner.core.periods import Period
from lipplanner.core.reports import workbook_reader
from lipplanner.core.reports.cell_values import (
    CellError,
    error_phrase,
    fold,
    read_name,
    read_number,
    read_percent,
    read_text,
    shown,
)
from lipplanner.core.reports.headers import (
    INDICATOR_ACTUALS,
    UPDATES,
    HeaderMatch,
    find_header,
    match_header,
)
from lipplanner.core.reports.partner_workbooks import FORMAT, ID_SHEET, plan_identity
from lipplanner.core.reports.plan_import import STATUS_SYNONYMS
from lipplanner.core.reports.workbook_reader import (
    Problem,
    SafeWorkbook,
    SheetRow,
    column_letter,
    open_workbook,
)
from lipplanner.core.services import editing
from lipplanner.core.services.plan_view import current_plan_id

# The fields of a progress update a partner fills in, with their labels.
FIELDS = (
    ("status_id", "Status", "Statut"),
    ("percent_complete", "Percent complete", "Pourcentage réalisé"),
    ("outputs", "Outputs achieved", "Extrants réalisés"),
    ("successes", "Successes", "Réussites"),
    ("challenges", "Challenges", "Défis"),
    ("next_steps", "Next steps", "Prochaines étapes"),
    ("reported_by", "Reported by", "Rapporté par"),
)
_COLUMN_OF = {
    "status_id": "status",
    "percent_complete": "percent",
    "outputs": "outputs",
    "successes": "successes",
    "challenges": "challenges",
    "next_steps": "next_steps",
    "reported_by": "reported_by",
}


@dataclass(frozen=True)
class FieldChange:
    field: str  # a progress_update column
    label_en: str
    label_fr: str
    old: Any
    new: Any
    old_text: str  # as shown: status by its label
    new_text: str

    def label(self, lang: str = "en") -> str:
        return self.label_fr if lang == "fr" else self.label_en


@dataclass(frozen=True)
class ActionUpdate:
    """One action's row: the quarter's update to create or change, field by field."""

    sheet: str
    row: int
    action_id: int
    code: str
    title: str
    update_id: int | None  # the quarter's existing update, None = one will be created
    update_version: int | None
    changes: tuple[FieldChange, ...]
    values: dict[str, Any] = field(hash=False)  # every field of the update after the change

    @property
    def where(self) -> str:
        return f"{self.sheet} row {self.row}"


@dataclass(frozen=True)
class IndicatorChange:
    sheet: str
    row: int
    indicator_id: int
    code: str
    name: str
    recorded: bool  # whether the quarter had a value before
    old: float | None
    new: float | None
    old_note: str
    new_note: str


@dataclass
class UpdateImport:
    """A returned workbook read against the plan: changes, unchanged rows, problems."""

    source: Path
    plan_title: str
    period: Period
    partner: str
    updates: list[ActionUpdate] = field(default_factory=list)
    indicators: list[IndicatorChange] = field(default_factory=list)
    unchanged: int = 0
    problems: list[Problem] = field(default_factory=list)
    invalid_rows: set[tuple[str, int]] = field(default_factory=set)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.level == "error"]

    @property
    def has_errors(self) -> bool:
        return bool(self.errors)

    @property
    def has_changes(self) -> bool:
        return bool(self.updates or self.indicators)


@dataclass(frozen=True)
class AppliedChanges:
    """What `apply_changes` did, as `revert_changes` needs it."""

    # (update id, previous values — None when the update was created)
    updates: tuple[tuple[int, dict[str, Any] | None], ...]
    # (indicator id, fiscal year, quarter, recorded before?, value, note)
    indicators: tuple[tuple[int, int, int, bool, float | None, str], ...]


# --- reading ------------------------------------------------------------------------------


def read_update_workbook(db: PlanDatabase, location: str | os.PathLike[str]) -> UpdateImport:
    """Read a returned partner workbook against the plan in `db` (writes nothing).

    Raises `UserError` when the file cannot be used at all: not a workbook, encrypted,
    damaged, not made by LIP Planner, or made for another plan.
    """
    path = Path(location)
    with open_workbook(path) as book:
        facts = _identification(book, path)
        with db.reading() as session:
            plan_id = current_plan_id(session)
        identity = plan_identity(db, plan_id)
        if facts.get("file") != identity["file"] or facts.get("plan_id") != identity["plan_id"]:
            raise UserError(
                f"“{path.name}” was made for another plan (“{facts.get('plan', '?')}”), "
                f"not “{identity['plan']}”; open that plan to import it."
            )
        try:
            period = Period.parse(facts.get("period", ""))
        except UserError:
            raise UserError(f"“{path.name}” does not say which quarter it reports on.") from None
        if period.quarter is None:
            raise UserError(f"“{path.name}” does not say which quarter it reports on.")
        result = UpdateImport(path, identity["plan"], period, facts.get("partner", ""))
        result.problems.extend(book.notes)
        with db.reading() as session:
            reader = _UpdateReader(session, plan_id, period, result)
            found = False
            failed = ""  # where an error value stands in a header row, if anywhere
            for name in book.sheet_names:
                if name == ID_SHEET:
                    continue
                top = list(book.rows(name, limit=30))
                updates = find_header(top, UPDATES)
                if updates is not None and "status" in updates.columns:
                    reader.headers(name, updates)
                    reader.read_updates(book, name, updates)
                    found = True
                    continue
                actuals = find_header(top, INDICATOR_ACTUALS)
                if actuals is not None and "actual" in actuals.columns:
                    reader.headers(name, actuals)
                    reader.read_indicators(book, name, actuals)
                    continue
                failed = failed or _failed_header(name, top)
        if not found:
            raise UserError(
                f"“{path.name}” has no sheet of updates with the expected headers "
                f"(Code, Status, Percent complete …){failed}; was it rearranged?"
            )
    return result


def _failed_header(sheet: str, top: list[SheetRow]) -> str:
    """ ", and Updates!F4 holds the error value #REF! …" for the first header row (one
    naming a known column) where an error value stands in for a header; else ""."""
    for row in top:
        match = match_header(row, UPDATES)
        if match.errors and match.columns:
            column, value = match.errors[0]
            where = Problem(sheet, row.number, column_letter(column), "").location
            return f", and {where} {error_phrase(value)} where a header should be"
    return ""


def _identification(book: SafeWorkbook, path: Path) -> dict[str, str]:
    if ID_SHEET not in book.sheet_names:
        raise UserError(
            f"“{path.name}” is not a partner update workbook made by LIP Planner (its "
            "identification sheet is missing). Make the workbooks with File → Partner "
            "update workbooks…, and import a plan from a spreadsheet with File → New plan "
            "from spreadsheet…."
        )
    facts: dict[str, str] = {}
    for row in book.rows(ID_SHEET, limit=50):
        key, value = row.get(0), row.get(1)
        if isinstance(key, str):
            facts[key] = "" if value is None else str(value)
    if facts.get("format") != FORMAT:
        raise UserError(
            f"“{path.name}” was made by another version of LIP Planner "
            f"({facts.get('format') or 'unknown format'}); make a new one from this version."
        )
    return facts


class _UpdateReader:
    def __init__(self, session: Session, plan_id: int, period: Period, result: UpdateImport):
        self.session, self.period, self.result = session, period, result
        self.actions = {
            code.casefold(): (action_id, code, title)
            for action_id, code, title in session.execute(
                select(m.Action.id, m.Action.code, m.Action.title_en).where(
                    m.Action.plan_id == plan_id
                )
            )
        }
        statuses = session.execute(
            select(m.Status.id, m.Status.key, m.Status.label_en, m.Status.label_fr)
        ).all()
        self.status_labels = {s.id: s.label_en for s in statuses}
        by_key = {s.key: s.id for s in statuses}
        self.statuses: dict[str, int] = {
            word: by_key[key] for word, key in STATUS_SYNONYMS.items() if key in by_key
        }
        for s in statuses:
            for name in (s.key, s.key.replace("_", " "), s.label_en, s.label_fr):
                if name:
                    self.statuses[fold(name)] = s.id
        self.indicators = {
            code.casefold(): (indicator_id, code, name)
            for indicator_id, code, name in session.execute(
                select(m.Indicator.id, m.Indicator.code, m.Indicator.name_en).where(
                    m.Indicator.plan_id == plan_id
                )
            )
        }

    def problem(self, sheet: str, row: int, column: int | None, text: str) -> None:
        letter = None if column is None else column_letter(column)
        self.result.problems.append(Problem(sheet, row, letter, text))
        self.result.invalid_rows.add((sheet, row))

    def _code(self, sheet: str, row: SheetRow, column: int) -> str | None:
        """The row's code, or None (said at its cell) when it cannot be one."""
        try:
            return read_name(row.get(column))
        except CellError as error:
            self.problem(sheet, row.number, column, f"Code: {error}; row ignored.")
            return None

    def headers(self, sheet: str, match: HeaderMatch) -> None:
        """Error values where headers are: the column under each is not read."""
        for column, value in match.errors:
            self.result.problems.append(
                Problem(
                    sheet,
                    match.row,
                    column_letter(column),
                    f"{error_phrase(value)} instead of a column name; that column was not read.",
                )
            )

    def _rows(self, book: SafeWorkbook, name: str, match: HeaderMatch) -> list[SheetRow]:
        rows = list(book.rows(name, start=match.row + 1))
        if name in book.truncated:
            self.result.problems.append(
                Problem(
                    name,
                    book.truncated[name],
                    None,
                    f"only the first {workbook_reader.MAX_DATA_ROWS:,} rows were read; "
                    "the rest were left out.",
                )
            )
        for row in rows:
            for index in row.formula_columns:
                if row.get(index) is None:
                    self.problem(
                        name,
                        row.number,
                        index,
                        "holds a formula with no saved result; type the value instead.",
                    )
        return rows

    # -- progress updates --------------------------------------------------------------
    def read_updates(self, book: SafeWorkbook, name: str, match: HeaderMatch) -> None:
        columns = match.columns
        seen: dict[int, int] = {}
        for row in self._rows(book, name, match):
            code_text = self._code(name, row, columns["code"])
            if code_text is None:
                continue
            inputs = [row.get(columns[k]) for k in _COLUMN_OF.values() if k in columns]
            if not code_text:
                if any(_present(v) for v in inputs):
                    self.problem(name, row.number, columns["code"], "no action code; row ignored.")
                continue
            found = self.actions.get(code_text.casefold())
            if found is None:
                self.problem(
                    name,
                    row.number,
                    columns["code"],
                    f"there is no action with code “{shown(code_text)}” in this plan.",
                )
                continue
            action_id, code, title = found
            if action_id in seen:
                self.problem(
                    name,
                    row.number,
                    columns["code"],
                    f"{code} was already given on row {seen[action_id]}; this row was ignored.",
                )
                continue
            seen[action_id] = row.number
            self._update_row(name, row, columns, action_id, code, title)

    def _current(self, action_id: int) -> tuple[int | None, int | None, dict[str, Any]]:
        """The quarter's update (id, version, values), or what the workbook pre-filled
        when there is none: the last known status and percent, empty narratives."""
        u = m.ProgressUpdate
        period = self.period
        update = self.session.scalar(
            select(u)
            .where(
                u.action_id == action_id, u.fiscal_year == period.year, u.quarter == period.quarter
            )
            .order_by(u.reported_on.desc(), u.id.desc())
            .limit(1)
        )
        if update is not None:
            return update.id, update.version, {f: getattr(update, f) for f, _e, _f in FIELDS}
        earlier = self.session.execute(
            select(u.status_id, u.percent_complete)
            .where(
                u.action_id == action_id,
                (u.fiscal_year < period.year)
                | ((u.fiscal_year == period.year) & (u.quarter < (period.quarter or 0))),
            )
            .order_by(u.fiscal_year.desc(), u.quarter.desc(), u.reported_on.desc(), u.id.desc())
            .limit(1)
        ).first()
        if earlier is None:
            earlier = self.session.execute(
                select(m.Action.status_id, m.Action.percent_complete).where(
                    m.Action.id == action_id
                )
            ).one()
        values: dict[str, Any] = {f: "" for f, _e, _f in FIELDS}
        values["status_id"], values["percent_complete"] = earlier[0], earlier[1]
        return None, None, values

    def _update_row(
        self,
        sheet: str,
        row: SheetRow,
        columns: dict[str, int],
        action_id: int,
        code: str,
        title: str,
    ) -> None:
        update_id, version, current = self._current(action_id)
        new = dict(current)
        valid = True
        for name, label_en, _label_fr in FIELDS:
            key = _COLUMN_OF[name]
            if key not in columns:
                continue
            value = row.get(columns[key])
            try:
                if name == "status_id":
                    if _present(value):
                        status = self.statuses.get(fold(read_name(value)))
                        if status is None:
                            raise CellError(f"“{shown(value)}” is not a status of this plan")
                        new[name] = status
                elif name == "percent_complete":
                    percent = read_percent(value)
                    if percent is not None:
                        new[name] = percent
                elif name == "reported_by":
                    new[name] = read_name(value)[:200]
                else:
                    new[name] = read_text(value, max_length=5000)
            except CellError as error:
                self.problem(sheet, row.number, columns[key], f"{label_en}: {error}.")
                valid = False
        if not valid:
            return
        changes = tuple(
            FieldChange(
                name,
                label_en,
                label_fr,
                current[name],
                new[name],
                self._shown(name, current[name]),
                self._shown(name, new[name]),
            )
            for name, label_en, label_fr in FIELDS
            if current[name] != new[name]
        )
        if not changes:
            self.result.unchanged += 1
            return
        self.result.updates.append(
            ActionUpdate(
                sheet, row.number, action_id, code, title, update_id, version, changes, new
            )
        )

    def _shown(self, name: str, value: Any) -> str:
        if name == "status_id":
            return str(self.status_labels.get(value, ""))
        if name == "percent_complete":
            return f"{value}%"
        return str(value or "")

    # -- indicator actuals -------------------------------------------------------------
    def read_indicators(self, book: SafeWorkbook, name: str, match: HeaderMatch) -> None:
        columns = match.columns
        v = m.IndicatorValue
        period = self.period
        for row in self._rows(book, name, match):
            code_text = self._code(name, row, columns["code"])
            if not code_text:
                continue
            found = self.indicators.get(code_text.casefold())
            if found is None:
                self.problem(
                    name,
                    row.number,
                    columns["code"],
                    f"there is no indicator with code “{shown(code_text)}” in this plan.",
                )
                continue
            indicator_id, code, title = found
            try:
                new = read_number(row.get(columns["actual"]))
            except CellError as error:
                self.problem(name, row.number, columns["actual"], f"{error}.")
                continue
            note = ""
            if "note" in columns:
                try:
                    note = read_text(row.get(columns["note"]), max_length=2000)
                except CellError as error:
                    self.problem(name, row.number, columns["note"], f"{error}.")
                    continue
            stored = self.session.execute(
                select(v.value, v.note).where(
                    v.indicator_id == indicator_id,
                    v.fiscal_year == period.year,
                    v.quarter == period.quarter,
                )
            ).first()
            recorded = stored is not None
            old, old_note = (stored[0], stored[1]) if stored else (None, "")
            if new is None and not note and not recorded:
                continue  # left empty: nothing to record
            if recorded and old == new and old_note == note:
                self.result.unchanged += 1
                continue
            self.result.indicators.append(
                IndicatorChange(
                    name, row.number, indicator_id, code, title, recorded, old, new, old_note, note
                )
            )


def _present(value: object) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())


# --- applying and undoing -------------------------------------------------------------------


def apply_changes(
    db: PlanDatabase,
    period: Period,
    updates: list[ActionUpdate],
    indicators: list[IndicatorChange],
    *,
    today: date | None = None,
    check_versions: bool = True,
) -> AppliedChanges:
    """Write the accepted rows in one transaction (all or nothing).

    Refuses, changing nothing, if a quarter's update changed since the workbook was read
    (`check_versions=False` when re-applying after an undo put back what was read).
    """
    if period.quarter is None:
        raise UserError("Progress is recorded per quarter.")
    spec = editing.spec_of("progress_update")
    done: list[tuple[int, dict[str, Any] | None]] = []
    done_indicators: list[tuple[int, int, int, bool, float | None, str]] = []
    u = m.ProgressUpdate
    with db.transaction() as session:
        for item in updates:
            existing = session.execute(
                select(u.id, u.version)
                .where(
                    u.action_id == item.action_id,
                    u.fiscal_year == period.year,
                    u.quarter == period.quarter,
                )
                .order_by(u.reported_on.desc(), u.id.desc())
                .limit(1)
            ).first()
            stale = (existing[0] if existing else None) != item.update_id or (
                check_versions and existing is not None and existing[1] != item.update_version
            )
            if stale:
                raise UserError(
                    f"{item.code}: its {period.display} update changed since the workbook was "
                    "read; read the workbook again. Nothing was changed."
                )
            try:
                if item.update_id is None:
                    values = {
                        **item.values,
                        "action_id": item.action_id,
                        "fiscal_year": period.year,
                        "quarter": period.quarter,
                        "reported_on": today or date.today(),
                    }
                    done.append((editing.create_in(session, spec, values), None))
                else:
                    changed = {c.field: c.new for c in item.changes}
                    previous = editing.update_in(session, spec, item.update_id, changed)
                    done.append((item.update_id, previous))
            except UserError as error:
                raise UserError(
                    f"{item.code} ({item.where}): {error} Nothing was changed."
                ) from None
        for change in indicators:
            done_indicators.append(_set_actual(session, change, period))
    return AppliedChanges(tuple(done), tuple(done_indicators))


def _set_actual(
    session: Session, change: IndicatorChange, period: Period
) -> tuple[int, int, int, bool, float | None, str]:
    v = m.IndicatorValue
    assert period.quarter is not None
    row = session.scalar(
        select(v).where(
            v.indicator_id == change.indicator_id,
            v.fiscal_year == period.year,
            v.quarter == period.quarter,
        )
    )
    before = (
        change.indicator_id,
        period.year,
        period.quarter,
        row is not None,
        row.value if row else None,
        row.note if row else "",
    )
    if row is None:
        session.add(
            v(
                indicator_id=change.indicator_id,
                fiscal_year=period.year,
                quarter=period.quarter,
                value=change.new,
                note=change.new_note,
                recorded_on=date.today(),
            )
        )
    else:
        row.value, row.note = change.new, change.new_note
    session.flush()
    return before


def revert_changes(db: PlanDatabase, applied: AppliedChanges) -> None:
    """Put every update and indicator value `apply_changes` touched back, in one transaction."""
    spec = editing.spec_of("progress_update")
    v = m.IndicatorValue
    with db.transaction() as session:
        for update_id, previous in reversed(applied.updates):
            if previous is None:
                session.execute(delete(m.ProgressUpdate).where(m.ProgressUpdate.id == update_id))
            elif previous:
                editing.update_in(session, spec, update_id, previous)
        for indicator_id, year, quarter, recorded, value, note in applied.indicators:
            row = session.scalar(
                select(v).where(
                    v.indicator_id == indicator_id, v.fiscal_year == year, v.quarter == quarter
                )
            )
            if not recorded:
                if row is not None:
                    session.delete(row)
            elif row is None:
                session.add(
                    v(indicator_id=indicator_id, fiscal_year=year, quarter=quarter, value=value,
                      note=note)
                )  # fmt: skip
            else:
                row.value, row.note = value, note


def describe(result: UpdateImport, lang: str = "en") -> list[str]:
    """The change set as lines of text (for the command line)."""
    lines = []
    for item in result.updates:
        verb = "new update" if item.update_id is None else "update changed"
        lines.append(f"{item.code} {item.title} ({item.where}, {verb}):")
        for change in item.changes:
            lines.append(
                f"    {change.label(lang)}: {_quote(change.old_text)} → {_quote(change.new_text)}"
            )
    for ind in result.indicators:
        old = "no value" if not ind.recorded else _number(ind.old)
        lines.append(
            f"{ind.code} {ind.name} ({ind.sheet} row {ind.row}): "
            f"{old} → {_number(ind.new)}" + (f" ({ind.new_note})" if ind.new_note else "")
        )
    return lines


def _quote(text: str) -> str:
    text = " ".join(text.split())
    if not text:
        return "(empty)"
    return f"“{text[:60]}…”" if len(text) > 60 else f"“{text}”"


def _number(value: float | None) -> str:
    return "no data" if value is None else f"{value:,.6g}"
