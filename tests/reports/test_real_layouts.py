"""Real plan layouts beyond the five shared samples (tests/reports/real_layouts.py),
imported with no hints the way a new coordinator would, through the same door as the
import assistant (read_grid → detect → build_preview → create_plan_file), and compared
with what a person reading the file expects: counts, leads, years, statuses, dates."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import func, select

from lipplanner.core import models as m
from lipplanner.core.db import open_plan
from lipplanner.core.reports.plan_import import build_preview, create_plan_file, detect
from lipplanner.core.reports.readers import read_grid
from tests.reports.real_layouts import LAYOUTS, Expected


@dataclass
class ImportedAction:
    title_en: str
    title_fr: str
    lead: str | None
    working_group: str | None
    start: str | None
    end: str | None
    status: str
    percent: int


@dataclass
class Imported:
    """What a coordinator sees in the new plan file."""

    first_year: int
    last_year: int
    priorities: list[tuple[str, str]]  # (English, French) titles in order
    objectives: list[str]
    empty_objectives: list[str]  # codes of objectives with no title or no action
    actions: list[ImportedAction]
    partners: set[str]
    updates: int
    notes: list[str]

    def titles(self) -> set[str]:
        return (
            {p for p, _ in self.priorities}
            | set(self.objectives)
            | {a.title_en for a in self.actions}
        )


def import_layout(path: Path, target: Path) -> Imported:
    """Import `path` with no hints into the new plan `target` and read it back."""
    grid = read_grid(path)
    preview = build_preview(grid, detect(grid))
    assert not preview.errors, [str(p) for p in preview.errors]
    db = open_plan(create_plan_file(preview, target), read_only=True)
    try:
        with db.reading() as session:
            plan = session.scalars(select(m.Plan)).one()
            statuses = dict(session.execute(select(m.Status.id, m.Status.key)).all())
            partners = dict(session.execute(select(m.Partner.id, m.Partner.name_en)).all())
            bodies = dict(session.execute(select(m.Body.id, m.Body.name_en)).all())
            objectives = list(session.scalars(select(m.Objective).order_by(m.Objective.id)))
            actions = [
                ImportedAction(
                    a.title_en,
                    a.title_fr,
                    partners.get(a.lead_partner_id) if a.lead_partner_id else None,
                    bodies.get(a.body_id) if a.body_id else None,
                    a.start_date.isoformat() if a.start_date else None,
                    a.end_date.isoformat() if a.end_date else None,
                    statuses[a.status_id],
                    a.percent_complete,
                )
                for a in session.scalars(select(m.Action).order_by(m.Action.id))
            ]
            return Imported(
                plan.first_year,
                plan.last_year,
                [
                    (p.title_en, p.title_fr)
                    for p in session.scalars(select(m.Priority).order_by(m.Priority.position))
                ],
                [o.title_en for o in objectives],
                [
                    o.code
                    for o in objectives
                    if not o.title_en
                    or not session.scalar(select(func.count()).where(m.Action.objective_id == o.id))
                ],
                actions,
                set(partners.values()),
                session.scalar(select(func.count()).select_from(m.ProgressUpdate)) or 0,
                [str(p) for p in preview.notes],
            )
    finally:
        db.close()


def mismatches(expected: Expected, got: Imported) -> list[str]:
    """Each way the import differs from what a person expects, as one line."""
    out: list[str] = []
    counts = (len(got.priorities), len(got.objectives), len(got.actions))
    want = (expected.priorities, expected.objectives, expected.actions)
    for name, have, should in zip(
        ("priorities", "objectives", "actions"), counts, want, strict=True
    ):
        if should is not None and have != should:
            out.append(f"{name}: expected {should}, got {have}")
    if got.empty_objectives:
        out.append(f"empty or untitled objectives: {got.empty_objectives}")
    placeholders = {"Imported actions", "Imported objectives"} & got.titles()
    if placeholders:
        out.append(f"placeholders: {sorted(placeholders)}")
    by_title = {a.title_en: a for a in got.actions}
    for fact in expected.facts:
        problem = _check(fact.kind, fact.value, got, by_title)
        if problem:
            out.append(f"{fact.says}: {problem}")
    return out


def _check(  # one branch per kind of fact
    kind: str, value: object, got: Imported, by_title: dict[str, ImportedAction]
) -> str | None:
    if kind == "leads":
        missing = [a.title_en for a in got.actions if not a.lead]
        return f"no lead on {missing}" if missing else None
    if kind == "first_year":
        return None if got.first_year == value else f"plan starts {got.first_year}"
    if kind == "last_year":
        return None if got.last_year == value else f"plan ends {got.last_year}"
    if kind == "statuses":
        assert isinstance(value, dict)
        have = Counter(a.status for a in got.actions)
        wrong = {k: have.get(k, 0) for k, n in value.items() if have.get(k, 0) != n}
        return f"got {dict(have)}" if wrong else None
    if kind == "partners":
        assert isinstance(value, list)
        absent = [name for name in value if name not in got.partners]
        return f"not partners: {absent} (partners: {sorted(got.partners)})" if absent else None
    if kind == "not_partners":
        assert isinstance(value, list)
        present = [name for name in value if name in got.partners]
        return f"partners: {present}" if present else None
    if kind == "titles_absent":
        assert isinstance(value, list)
        present = [t for t in value if t in got.titles()]
        return f"imported as items: {present}" if present else None
    if kind == "priority_titles":
        have = [p for p, _ in got.priorities]
        return None if have == value else f"got {have}"
    if kind == "french":
        missing = [a.title_en for a in got.actions if not a.title_fr or a.title_fr == a.title_en]
        missing += [p for p, fr in got.priorities if not fr or fr == p]
        return f"no French title on {missing}" if missing else None
    if kind == "dates":
        assert isinstance(value, dict)
        wrong = {
            t: (by_title[t].start, by_title[t].end) if t in by_title else "no such action"
            for t, span in value.items()
            if t not in by_title or (by_title[t].start, by_title[t].end) != tuple(span)
        }
        return f"got {wrong}" if wrong else None
    if kind == "percent":
        assert isinstance(value, dict)
        wrong = {
            t: by_title[t].percent if t in by_title else "no such action"
            for t, n in value.items()
            if t not in by_title or by_title[t].percent != n
        }
        return f"got {wrong}" if wrong else None
    if kind == "updates":
        assert isinstance(value, int)
        return None if got.updates >= value else f"got {got.updates}"
    if kind in ("working_groups", "leads_named"):
        assert isinstance(value, dict)
        attr = "working_group" if kind == "working_groups" else "lead"
        wrong = {
            t: getattr(by_title[t], attr) if t in by_title else "no such action"
            for t, name in value.items()
            if t not in by_title or getattr(by_title[t], attr) != name
        }
        return f"got {wrong}" if wrong else None
    raise AssertionError(f"unknown kind of fact {kind!r}")


# The layouts that import as a person expects at the last trial; the others are listed,
# with what comes out and why, in the tester's findings for imp-core.
PASSING = tuple(LAYOUTS)


@pytest.mark.parametrize("layout", PASSING)
def test_real_layout_imports_as_a_person_reads_it(layout: str, tmp_path: Path) -> None:
    expected = LAYOUTS[layout](tmp_path)
    got = import_layout(expected.file, tmp_path / "plan.lip")
    assert mismatches(expected, got) == []
