"""Stage 6: writing a preview: a NEW plan file, or into the plan already open.

`create_plan_file` builds the file beside the target in one transaction and moves it
into place only when complete (bulk inserts: nothing to undo in a new file).
`add_to_plan` adds the items to the open plan in one tracked transaction and returns
the ids it created, so one undo step removes exactly them (`remove_imported`). Codes
continue the plan's numbering (P7… after P6); partners and working groups of the same
name (or the one the person chose) are reused, not duplicated.
"""

from __future__ import annotations

import os
import re
from collections.abc import Collection
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Table, delete, select
from sqlalchemy.orm import Session

from lipplanner.core import models as m
from lipplanner.core.db import PlanDatabase, audit
from lipplanner.core.db.new_plan import write_new_plan
from lipplanner.core.errors import UserError
from lipplanner.core.models.base import NAME_MAX
from lipplanner.core.periods import MAX_YEAR, MIN_YEAR, Period
from lipplanner.core.reports.cell_values import fold
from lipplanner.core.reports.plan_import.capitals import title_case
from lipplanner.core.reports.plan_import.preview import (
    ImportPreview,
    NewAction,
    NewObjective,
    QuarterReport,
)
from lipplanner.core.services import validation as v
from lipplanner.core.services.plan_view import current_plan_id


@dataclass(frozen=True)
class PlanIdentity:
    """What the spreadsheet does not say: names and years of the new plan. A French
    sheet's names are the French ones too (the French cover shows them)."""

    lip_name: str
    plan_title: str
    first_year: int
    last_year: int
    lip_name_fr: str = ""
    plan_title_fr: str = ""


# A sheet's title that is the partnership's own name ("Pembina Valley Local Immigration
# Partnership", "Réseau de soutien à l'immigration francophone du Centre-Sud-Ouest…").
_PARTNERSHIP_NAME = re.compile(
    r"immigration partnership|partenariat local|partenariat\b.*\bimmigration"
    r"|reseau\b.*\bimmigration|\b(?:lip|pli|rif)\b"
)
_GENERIC_LIP = ("Local Immigration Partnership", "Partenariat local en immigration")


@dataclass
class ImportedItems:
    """The ids an import into an open plan created (reused partners are not listed)."""

    priorities: list[int] = field(default_factory=list)
    objectives: list[int] = field(default_factory=list)
    actions: list[int] = field(default_factory=list)
    partners: list[int] = field(default_factory=list)
    working_groups: list[int] = field(default_factory=list)
    indicators: list[int] = field(default_factory=list)
    progress_updates: list[int] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.priorities) + len(self.objectives) + len(self.actions)


def sheet_is_french(preview: ImportPreview) -> bool:
    """Whether the sheet is written in French: most actions' titles were read as French."""
    actions = list(preview.actions.values())
    return bool(actions) and 2 * sum(1 for a in actions if a.title_fr) > len(actions)


def default_identity(preview: ImportPreview) -> PlanIdentity:
    """Names for a new plan from the sheet: a title that is the partnership's name names
    the partnership (and the plan is its action plan for the years); any other title, or
    else the file's name, titles the plan. A French sheet gets French names."""
    first, last = preview.fiscal_years()
    french = sheet_is_french(preview)
    title = (preview.suggested_title or preview.source.stem.replace("_", " ")).strip()
    title = title_case(title)  # "PEMBINA VALLEY LOCAL…" → "Pembina Valley Local…"
    parts = [*re.split(r"\s[—–-]\s|:\s", title, maxsplit=1), ""]
    named, rest = parts[0].strip(), parts[1].strip()
    if preview.suggested_title and rest and _PARTNERSHIP_NAME.search(fold(named)):
        lip = named  # "PLI de Lakeside — Plan d'action 2025-2026": the plan keeps it all
    elif preview.suggested_title and _PARTNERSHIP_NAME.search(fold(title)):
        lip = title  # the title is only the partnership's name: the plan is its plan
        years = f"{first}-{last + 1}"
        title = f"Plan d’action {years}" if french else f"Action plan {years}"
    else:
        lip = _GENERIC_LIP[1] if french else _GENERIC_LIP[0]
    lip, title = lip[:NAME_MAX], title[:NAME_MAX]
    if french:
        return PlanIdentity(lip, title, first, last, lip_name_fr=lip, plan_title_fr=title)
    return PlanIdentity(lip, title, first, last)


def create_plan_file(
    preview: ImportPreview, target: str | os.PathLike[str], identity: PlanIdentity | None = None
) -> Path:
    """Write a NEW plan file holding the preview's items, all or nothing.

    Refuses to replace an existing file. The plan is built in a temporary file beside the
    target in one transaction, then moved into place; on any error nothing is left behind.
    """
    path = Path(target)
    if path.suffix.lower() != ".lip":
        path = path.with_name(path.name + ".lip")
    if path.exists():
        raise UserError(f"“{path.name}” already exists; choose a new file name.")
    if not path.parent.is_dir():
        raise UserError(f"The folder “{path.parent}” does not exist.")
    if not preview.actions:
        raise UserError("There is nothing to import: no actions were found.")
    chosen = identity or default_identity(preview)

    def build(session: Session) -> None:
        plan_id = _new_plan(session, chosen)
        _Writer(session, plan_id, preview, bulk=True).write()

    return write_new_plan(path, build)


def plan_codes(session: Session, plan_id: int) -> set[str]:
    """Every priority, objective and action code of a plan (folded)."""
    found: set[str] = set()
    for model in (m.Priority, m.Objective, m.Action):
        codes = session.scalars(select(model.code).where(model.plan_id == plan_id))
        found.update(c.casefold() for c in codes)
    return found


def continue_numbering(preview: ImportPreview, taken: Collection[str]) -> ImportPreview:
    """The preview with the codes an import into a plan holding `taken` gets: its
    priorities follow the plan's (P7, P8… after P6), their objectives O7.1, O7.2… and
    their actions A7.1, A7.2…, numbered in the sheet's order. The preview shows these
    and `add_to_plan` writes them, so what the coordinator saw is what the plan holds.
    The same plan gives the same codes again (a renumbered preview is unchanged)."""
    if any(o.priority_code not in preview.priorities for o in preview.objectives.values()) or any(
        a.objective_code not in preview.objectives for a in preview.actions.values()
    ):
        return preview  # a tree with loose ends: its own codes, made free when written
    folded = {c.casefold() for c in taken}
    used = [int(n) for c in folded for n in re.findall(r"^[poa](\d+)(?:\.|$)", c)]
    number = max(used, default=0)
    priority_codes: dict[str, str] = {}
    for code in preview.priorities:
        number += 1
        priority_codes[code] = f"P{number}"
    objectives: dict[str, NewObjective] = {}
    objective_codes: dict[str, str] = {}
    within: dict[str, int] = {}
    for ob in preview.objectives.values():
        parent = priority_codes[ob.priority_code]
        within[parent] = within.get(parent, 0) + 1
        new_code = f"O{parent[1:]}.{within[parent]}"
        objective_codes[ob.code] = new_code
        objectives[new_code] = replace(ob, code=new_code, priority_code=parent)
    parents = {ob.code: ob.priority_code for ob in objectives.values()}
    actions: dict[str, NewAction] = {}
    per_priority: dict[str, int] = {}
    for action in preview.actions.values():
        objective = objective_codes[action.objective_code]
        parent = parents[objective]
        per_priority[parent] = per_priority.get(parent, 0) + 1
        new_code = f"A{parent[1:]}.{per_priority[parent]}"
        actions[new_code] = replace(action, code=new_code, objective_code=objective)
    priorities = {
        priority_codes[code]: replace(pr, code=priority_codes[code])
        for code, pr in preview.priorities.items()
    }
    return replace(preview, priorities=priorities, objectives=objectives, actions=actions)


def add_to_plan(db: PlanDatabase, preview: ImportPreview) -> ImportedItems:
    """Add the preview's items to the open plan, in one tracked transaction, with
    codes that continue the plan's numbering (`continue_numbering`)."""
    if not preview.actions:
        raise UserError("There is nothing to import: no actions were found.")
    with db.transaction() as session:
        audit.track(session)
        plan_id = current_plan_id(session)
        numbered = continue_numbering(preview, plan_codes(session, plan_id))
        return _Writer(session, plan_id, numbered, bulk=False).write()


def remove_imported(db: PlanDatabase, items: ImportedItems) -> None:
    """Take back exactly what `add_to_plan` created (the undo of an import)."""
    with db.transaction() as session:
        audit.track(session)
        if items.actions:
            links = delete(m.ActionPartner).where(m.ActionPartner.action_id.in_(items.actions))
            session.execute(links)
        for model, ids in (
            (m.ProgressUpdate, items.progress_updates),
            (m.Indicator, items.indicators),
            (m.Action, items.actions),
            (m.Objective, items.objectives),
            (m.Priority, items.priorities),
            (m.Partner, items.partners),
            (m.Body, items.working_groups),
        ):
            for row_id in ids:
                row = session.get(model, row_id)
                if row is not None:
                    session.delete(row)
            session.flush()


def _new_plan(session: Session, identity: PlanIdentity) -> int:
    lip = v.clean_name(identity.lip_name, "LIP name")
    title = v.clean_name(identity.plan_title, "Plan title")
    if not MIN_YEAR <= identity.first_year <= identity.last_year <= MAX_YEAR:
        raise UserError("The plan's fiscal years are not in order.")
    lip_fr = v.clean_name(identity.lip_name_fr, "LIP name") if identity.lip_name_fr else ""
    title_fr = v.clean_name(identity.plan_title_fr, "Plan title") if identity.plan_title_fr else ""
    session.add(m.Partnership(name_en=lip, name_fr=lip_fr))
    plan = m.Plan(
        title_en=title, title_fr=title_fr, first_year=identity.first_year,
        last_year=identity.last_year, status="draft",
    )  # fmt: skip
    session.add(plan)
    session.flush()
    return int(plan.id)


class _Writer:
    """Inserts of values the preview already checked, in the caller's transaction."""

    def __init__(self, session: Session, plan_id: int, preview: ImportPreview, *, bulk: bool):
        self.session, self.plan_id, self.preview, self.bulk = session, plan_id, preview, bulk
        self.items = ImportedItems()

    def write(self) -> ImportedItems:
        session, preview = self.session, self.preview
        statuses = dict(session.execute(select(m.Status.key, m.Status.id)).all())
        bodies = self._bodies()
        partners = self._partners()
        priorities = self._priorities()
        objectives = self._objectives(priorities)
        codes = self._free_codes(m.Action, [a.code for a in preview.actions.values()])
        positions: dict[str, int] = {}
        base = self._next_positions(m.Action, m.Action.objective_id)
        rows: list[dict[str, Any]] = []
        for a in preview.actions.values():
            objective_id = objectives[a.objective_code]
            position = positions.get(a.objective_code, base.get(objective_id, 0))
            positions[a.objective_code] = position + 1
            rows.append(
                {
                    "plan_id": self.plan_id,
                    "objective_id": objective_id,
                    "code": codes[a.code],
                    "title_en": a.title_en,
                    "title_fr": a.title_fr,
                    "description": a.description,
                    "lead_partner_id": partners.get(a.lead) if a.lead else None,
                    "body_id": bodies.get(a.working_group) if a.working_group else None,
                    "start_date": a.start,
                    "end_date": a.end,
                    "status_id": statuses[a.status],
                    "percent_complete": a.percent,
                    "planned_outputs": a.planned_outputs,
                    "budget": a.budget,
                    "in_kind": a.in_kind,
                    "position": position,
                }
            )
        action_ids = self._insert_actions(rows)
        by_code = {a.code: action_ids[codes[a.code]] for a in preview.actions.values()}
        links = [
            {"action_id": by_code[a.code], "partner_id": partners[key], "role": "supporting"}
            for a in preview.actions.values()
            for key in dict.fromkeys(a.supporting)
            if partners.get(key) and partners[key] != (partners.get(a.lead) if a.lead else None)
        ]
        if links:
            self._bulk(m.ActionPartner, links)
        self._indicators(by_code)
        self._progress(by_code, statuses)
        return self.items

    def _free_codes(self, model: Any, wanted: list[str]) -> dict[str, str]:
        """Each wanted code, or the next free one like it when the plan already uses it."""
        taken = {
            c.casefold()
            for c in self.session.scalars(select(model.code).where(model.plan_id == self.plan_id))
        }
        result: dict[str, str] = {}
        for code in wanted:
            chosen, n = code, 1
            while chosen.casefold() in taken:
                n += 1
                chosen = f"{code}-{n}"[:20]
            taken.add(chosen.casefold())
            result[code] = chosen
        return result

    def _next_positions(self, model: Any, parent: Any) -> dict[int, int]:
        found: dict[int, int] = {}
        for parent_id, position in self.session.execute(
            select(parent, model.position).where(model.plan_id == self.plan_id)
        ):
            found[parent_id] = max(found.get(parent_id, 0), position + 1)
        return found

    def _add(self, row: Any, created: list[int]) -> int:
        self.session.add(row)
        self.session.flush()
        created.append(int(row.id))
        return int(row.id)

    def _bulk(self, model: Any, rows: list[dict[str, Any]]) -> None:
        """Rows of a new file in one Core insert: the ORM's bulk insert split 2,000 actions
        into ~300 statements (a batch per set of non-empty columns)."""
        table: Table = model.__table__
        self.session.execute(table.insert(), rows)

    def _insert(self, model: Any, rows: list[dict[str, Any]], created: list[int]) -> list[int]:
        """The new rows' ids, in order. A new file takes one bulk insert per table (a flush
        per row was 0.5 s of a 2,000-action import's 0.8 s write); an open plan's import
        goes through the ORM so its history records each row."""
        if not rows:
            return []
        if self.bulk:
            table: Table = model.__table__
            statement = table.insert().returning(table.c.id, sort_by_parameter_order=True)
            ids = [int(i) for i in self.session.scalars(statement, rows)]
        else:
            ids = [self._add(model(**values), []) for values in rows]
        created.extend(ids)
        return ids

    def _bodies(self) -> dict[str, int]:
        existing = {fold(b.name_en): b.id for b in self.session.scalars(select(m.Body))}
        bodies = {k: existing[k] for k in self.preview.working_groups if k in existing}
        new = [
            (key, {"name_en": name, "kind": "working_group", "position": len(existing) + n})
            for n, (key, name) in enumerate(self.preview.working_groups.items())
            if key not in existing
        ]
        ids = self._insert(m.Body, [row for _k, row in new], self.items.working_groups)
        bodies.update(zip((key for key, _r in new), ids, strict=True))
        return bodies

    def _partners(self) -> dict[str, int]:
        existing: dict[str, int] = {}
        for partner in self.session.scalars(select(m.Partner)):
            for name in (partner.name_en, partner.name_fr, partner.acronym):
                if name:
                    existing.setdefault(fold(name), partner.id)
        sectors = dict(
            self.session.execute(
                select(m.Term.key, m.Term.id).where(m.Term.vocabulary == "sector")
            ).all()
        )
        partners: dict[str, int] = {}
        new: list[tuple[str, dict[str, Any]]] = []
        for key, p in self.preview.partners.items():
            reuse = existing.get(fold(p.existing)) if p.existing else existing.get(key)
            if reuse is not None:
                partners[key] = reuse
                continue
            new.append((key, {
                "name_en": p.name_en, "name_fr": p.name_fr, "acronym": p.acronym,
                "sector_id": sectors.get(p.sector), "languages": p.languages,
                "email": p.email, "phone": p.phone, "website": p.website, "notes": p.notes,
            }))  # fmt: skip
        ids = self._insert(m.Partner, [row for _k, row in new], self.items.partners)
        partners.update(zip((key for key, _r in new), ids, strict=True))
        return partners

    def _priorities(self) -> dict[str, int]:
        codes = self._free_codes(m.Priority, list(self.preview.priorities))
        start = len(
            list(
                self.session.scalars(
                    select(m.Priority.id).where(m.Priority.plan_id == self.plan_id)
                )
            )
        )
        rows = [
            {"plan_id": self.plan_id, "code": codes[pr.code], "title_en": pr.title_en,
             "title_fr": pr.title_fr, "description": pr.description, "position": start + n}
            for n, pr in enumerate(self.preview.priorities.values())
        ]  # fmt: skip
        ids = self._insert(m.Priority, rows, self.items.priorities)
        return dict(zip((pr.code for pr in self.preview.priorities.values()), ids, strict=True))

    def _objectives(self, priorities: dict[str, int]) -> dict[str, int]:
        codes = self._free_codes(m.Objective, list(self.preview.objectives))
        positions: dict[str, int] = {}
        rows: list[dict[str, Any]] = []
        for ob in self.preview.objectives.values():
            position = positions.get(ob.priority_code, 0)
            positions[ob.priority_code] = position + 1
            rows.append({
                "plan_id": self.plan_id, "priority_id": priorities[ob.priority_code],
                "code": codes[ob.code], "title_en": ob.title_en, "title_fr": ob.title_fr,
                "description": ob.description, "outcome_level": ob.outcome_level,
                "position": position,
            })  # fmt: skip
        ids = self._insert(m.Objective, rows, self.items.objectives)
        return dict(zip((ob.code for ob in self.preview.objectives.values()), ids, strict=True))

    def _insert_actions(self, rows: list[dict[str, Any]]) -> dict[str, int]:
        """Action code → id. A new file takes one bulk insert; an open plan's import goes
        through the ORM so its history records each action."""
        if self.bulk:
            if rows:
                self._bulk(m.Action, rows)
            return dict(
                self.session.execute(
                    select(m.Action.code, m.Action.id).where(m.Action.plan_id == self.plan_id)
                ).all()
            )
        found = {}
        for values in rows:
            found[values["code"]] = self._add(m.Action(**values), self.items.actions)
        return found

    def _indicators(self, actions: dict[str, int]) -> None:
        wanted = [(a.code, name) for a in self.preview.actions.values() for name in a.indicators]
        if not wanted:
            return
        codes = self._free_codes(m.Indicator, [f"I{n}" for n in range(1, len(wanted) + 1)])
        rows = [
            {"plan_id": self.plan_id, "action_id": actions[action_code], "code": codes[f"I{n}"],
             "name_en": name[:NAME_MAX], "position": n}
            for n, (action_code, name) in enumerate(wanted, start=1)
        ]  # fmt: skip
        if self.bulk:
            self._bulk(m.Indicator, rows)
            return
        for values in rows:
            self._add(m.Indicator(**values), self.items.indicators)

    def _progress(self, actions: dict[str, int], statuses: dict[str, int]) -> None:
        """The sheet's progress narrative, as each action's first progress update for the
        quarter the sheet reports on. A general "Progress" or "Comments" column says what
        happened, good or bad ("Reporté à 2020-2021 faute de ressources"), so it is the
        update's outputs (what was done to date), never its successes: the report quotes
        successes as "Successes (A2.2): …" in a priority's narrative."""
        # (A long-format tracker's rows each report on their own quarter: one update each.)
        with_progress = [a for a in self.preview.actions.values() if a.progress or a.period]
        if not with_progress:
            return
        sheet_period = self.preview.report_period or Period(self.preview.fiscal_years()[0], 1)
        if sheet_period.quarter is None:  # pragma: no cover - report periods are quarters
            sheet_period = Period(sheet_period.year, 1)
        reports = [
            (a.code, QuarterReport(a.period or sheet_period, a.status, a.percent, a.progress))
            for a in with_progress
        ]
        reports += [(a.code, earlier) for a in with_progress for earlier in a.earlier]
        rows = []
        for code, report in reports:
            period = report.period if report.period.quarter else Period(report.period.year, 1)
            reported = min(period.end, date.today())
            rows.append({
                "action_id": actions[code], "fiscal_year": period.year,
                "quarter": period.quarter, "status_id": statuses[report.status],
                "percent_complete": report.percent, "outputs": report.progress,
                "reported_on": reported,
                "created_at": datetime.combine(reported, datetime.min.time()),
            })  # fmt: skip
        if self.bulk:
            self._bulk(m.ProgressUpdate, rows)
            return
        for values in rows:
            self._add(m.ProgressUpdate(**values), self.items.progress_updates)
