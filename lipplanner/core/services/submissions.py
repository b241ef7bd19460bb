"""Submitted reports: a report as it was sent to the funder, kept frozen in the plan file.

Each submission stores the workbook's bytes exactly as exported (to re-open it) and a
JSON snapshot of the figures behind it (to compare two submissions without reading
workbooks). Neither changes when the plan is edited afterwards.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import PurePath
from typing import Any

from sqlalchemy import func, select

from lipplanner.core import models as m
from lipplanner.core.db import PlanDatabase
from lipplanner.core.errors import UserError
from lipplanner.core.periods import Period
from lipplanner.core.progress import RollUp
from lipplanner.core.services.plan_view import PlanView, current_plan_id

SNAPSHOT_FORMAT = 1
# A progress report is a few hundred kilobytes; this refuses a wrong file, not a big plan.
WORKBOOK_MAX_BYTES = 50 * 1024 * 1024
RECIPIENT_MAX = 200
LANGUAGES = ("en", "fr")
_ZIP_MAGIC = b"PK\x03\x04"  # .xlsx workbooks are ZIP packages


@dataclass(frozen=True)
class SubmissionInfo:
    """One submitted report as listed (without its bytes)."""

    id: int
    submitted_at: datetime
    submitted_by: str
    recipient: str
    period: str
    language: str
    file_name: str
    size: int


@dataclass(frozen=True)
class Submission:
    """A submitted report with the workbook as sent and the data snapshot behind it."""

    info: SubmissionInfo
    workbook: bytes
    snapshot: dict[str, Any]


@dataclass(frozen=True)
class Difference:
    """One change between two submissions.

    `scope` is "action", "priority" or "plan"; `change` is "added", "removed" or
    "changed"; for a change, `field` is what changed ("status", "percent", "title",
    "lead", "overdue", "actions") with the values `before` and `after`.
    """

    scope: str
    code: str
    title: str
    change: str
    field: str = ""
    before: str = ""
    after: str = ""

    def describe(self) -> str:
        """A sentence for a reader (English; the UI words its own from the fields)."""
        who = f"{self.scope.capitalize()} {self.code}".strip()
        if self.change == "added":
            return f"{who} “{self.title}” was added."
        if self.change == "removed":
            return f"{who} “{self.title}” is no longer in the report."
        return f"{who}: {self.field} {self.before or '—'} → {self.after or '—'}."


# -- snapshot -----------------------------------------------------------------------------
def _percent(value: float | None) -> int | None:
    return None if value is None else round(value)


def _rollup(view: PlanView, rollup: RollUp, lang: str) -> dict[str, Any]:
    status = view.status_by_key(rollup.status_key) if rollup.status_key else None
    return {
        "status": status.label(lang) if status else "",
        "status_key": rollup.status_key or "",
        "percent": _percent(rollup.percent),
        "actions": rollup.actions,
        "overdue": rollup.overdue,
        "by_status": dict(sorted(rollup.by_status.items())),
    }


def plan_snapshot(view: PlanView, lang: str) -> dict[str, Any]:
    """The figures of a report, JSON-ready: plan, period, per-priority roll-up, every
    action's code, title, lead, status, percent and overdue flag, and each indicator's
    baseline, target and actual for the period, with names in `lang`."""
    if lang not in LANGUAGES:
        raise UserError(f"The report language must be English or French, not “{lang}”.")
    priorities = []
    for priority in view.ordered_priorities:
        entry = {"code": priority.code, "title": priority.title(lang)}
        entry.update(_rollup(view, view.rollup_priority(priority.id), lang))
        priorities.append(entry)
    objectives = view.objectives
    actions = []
    for action in view.ordered_actions:
        health = view.health[action.id]
        status = view.statuses[health.status_id]
        actions.append(
            {
                "code": action.code,
                "title": action.title(lang),
                "priority": view.priorities[action.priority_id].code,
                "objective": objectives[action.objective_id].code,
                "lead": view.partner_name(action.lead_partner_id, lang),
                "status": status.label(lang),
                "status_key": status.key,
                "percent": health.percent_complete,
                "overdue": health.overdue,
                "end": action.end_date.isoformat() if action.end_date else None,
                "closed_year": action.closed_year,
            }
        )
    indicators = []
    for indicator in view.indicators.values():
        recorded, actual = indicator.actual(view.period)
        indicators.append(
            {
                "code": indicator.code,
                "name": indicator.name(lang),
                "unit": indicator.unit,
                "baseline": indicator.baseline_value,
                "target": indicator.target_value,
                "actual": actual,
                "recorded": recorded,
            }
        )
    return {
        "format": SNAPSHOT_FORMAT,
        "language": lang,
        "partnership": view.partnership.name(lang),
        "plan": {
            "title": view.plan.title(lang),
            "first_year": view.plan.first_year,
            "last_year": view.plan.last_year,
            "current_year": view.current_year,
        },
        "period": view.period.label,
        "as_of": view.as_of.isoformat(),
        "overall": _rollup(view, view.rollup_plan(), lang),
        "priorities": priorities,
        "actions": actions,
        "indicators": indicators,
    }


# -- storing and reading ------------------------------------------------------------------
def submit_report(
    db: PlanDatabase,
    *,
    workbook_bytes: bytes,
    snapshot: Mapping[str, Any],
    period: Period | str,
    language: str,
    recipient: str,
    file_name: str,
) -> int:
    """Keep a frozen copy of a report as sent; returns its id.

    Refuses (nothing stored) an empty or non-workbook file, a missing recipient, an
    unknown language or a snapshot that is not plain JSON.
    """
    recipient = " ".join((recipient or "").split())
    if not recipient:
        raise UserError("Say who the report was sent to.", field="recipient")
    if len(recipient) > RECIPIENT_MAX:
        raise UserError(
            f"The recipient is too long (at most {RECIPIENT_MAX} characters).", field="recipient"
        )
    if language not in LANGUAGES:
        raise UserError(f"The report language must be English or French, not “{language}”.")
    label = period.label if isinstance(period, Period) else Period.parse(period).label
    if not workbook_bytes:
        raise UserError("The report file is empty; export it again.", field="workbook")
    if len(workbook_bytes) > WORKBOOK_MAX_BYTES:
        raise UserError("The report file is too large to keep (over 50 MB).", field="workbook")
    if not workbook_bytes.startswith(_ZIP_MAGIC):
        raise UserError("The report file is not an Excel workbook.", field="workbook")
    try:
        snapshot_json = json.dumps(snapshot, ensure_ascii=False, sort_keys=True, allow_nan=False)
    except (TypeError, ValueError) as error:
        raise UserError(f"The report’s data could not be kept ({error}).") from None
    name = PurePath(file_name.replace("\\", "/")).name.strip() or "report.xlsx"
    with db.transaction() as session:
        row = m.SubmittedReport(
            plan_id=current_plan_id(session),
            submitted_at=datetime.now().replace(microsecond=0),
            submitted_by=db.user,
            recipient=recipient,
            period=label,
            language=language,
            file_name=name,
            workbook=bytes(workbook_bytes),
            snapshot_json=snapshot_json,
        )
        session.add(row)
        session.flush()
        return int(row.id)


_INFO_COLUMNS = (
    m.SubmittedReport.id,
    m.SubmittedReport.submitted_at,
    m.SubmittedReport.submitted_by,
    m.SubmittedReport.recipient,
    m.SubmittedReport.period,
    m.SubmittedReport.language,
    m.SubmittedReport.file_name,
    func.length(m.SubmittedReport.workbook),
)


def list_submissions(db: PlanDatabase) -> list[SubmissionInfo]:
    """Every submitted report, newest first (without the workbooks' bytes)."""
    with db.reading() as session:
        rows = session.execute(
            select(*_INFO_COLUMNS).order_by(
                m.SubmittedReport.submitted_at.desc(), m.SubmittedReport.id.desc()
            )
        ).all()
    return [SubmissionInfo(*row) for row in rows]


def get_submission(db: PlanDatabase, submission_id: int) -> Submission:
    """A submitted report with its bytes (to re-open or save) and its snapshot."""
    with db.reading() as session:
        row = session.execute(
            select(
                *_INFO_COLUMNS, m.SubmittedReport.workbook, m.SubmittedReport.snapshot_json
            ).where(m.SubmittedReport.id == submission_id)
        ).first()
    if row is None:
        raise UserError("That submitted report is no longer in the plan.")
    try:
        snapshot = json.loads(row[-1])
    except ValueError:
        snapshot = {}
    if not isinstance(snapshot, dict):
        snapshot = {}
    return Submission(SubmissionInfo(*row[:-2]), bytes(row[-2]), snapshot)


# -- comparing ----------------------------------------------------------------------------
_ACTION_FIELDS = ("title", "lead", "status", "percent", "overdue")
_PRIORITY_FIELDS = ("status", "percent", "actions", "overdue")


def _text(field: str, value: Any) -> str:
    if value is None:
        return ""
    if field == "percent":
        return f"{value} %"
    if field == "overdue" and isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def _by_code(snapshot: Mapping[str, Any], key: str) -> dict[str, Mapping[str, Any]]:
    items = snapshot.get(key)
    if not isinstance(items, list):
        return {}
    return {str(i["code"]): i for i in items if isinstance(i, Mapping) and "code" in i}


def _diff_items(
    scope: str,
    before: dict[str, Mapping[str, Any]],
    after: dict[str, Mapping[str, Any]],
    fields: tuple[str, ...],
) -> list[Difference]:
    differences: list[Difference] = []
    for code, old in before.items():
        new = after.get(code)
        title = str((new or old).get("title", ""))
        if new is None:
            differences.append(Difference(scope, code, title, "removed"))
            continue
        for name in fields:
            # Statuses compare by key, so reports in two languages compare sensibly.
            key = f"{name}_key" if f"{name}_key" in old and f"{name}_key" in new else name
            if old.get(key) != new.get(key):
                differences.append(
                    Difference(
                        scope,
                        code,
                        title,
                        "changed",
                        name,
                        _text(name, old.get(name)),
                        _text(name, new.get(name)),
                    )
                )
    for code, new in after.items():
        if code not in before:
            differences.append(Difference(scope, code, str(new.get("title", "")), "added"))
    return differences


def _snapshot_of(item: Submission | Mapping[str, Any]) -> Mapping[str, Any]:
    return item.snapshot if isinstance(item, Submission) else item


def compare_submissions(
    a: Submission | Mapping[str, Any], b: Submission | Mapping[str, Any]
) -> list[Difference]:
    """What changed from submission `a` (the earlier) to `b`: the whole plan's roll-up,
    then each priority's, then each action's status, percent, title, lead and overdue
    flag, and the actions added or removed, in the order of `a` then `b`."""
    old, new = _snapshot_of(a), _snapshot_of(b)
    differences: list[Difference] = []
    old_overall, new_overall = old.get("overall") or {}, new.get("overall") or {}
    if isinstance(old_overall, Mapping) and isinstance(new_overall, Mapping):
        for name in ("status", "percent", "overdue"):
            key = "status_key" if name == "status" else name
            if old_overall.get(key) != new_overall.get(key):
                differences.append(
                    Difference(
                        "plan",
                        "",
                        "",
                        "changed",
                        name,
                        _text(name, old_overall.get(name)),
                        _text(name, new_overall.get(name)),
                    )
                )
    differences += _diff_items(
        "priority", _by_code(old, "priorities"), _by_code(new, "priorities"), _PRIORITY_FIELDS
    )
    differences += _diff_items(
        "action", _by_code(old, "actions"), _by_code(new, "actions"), _ACTION_FIELDS
    )
    return differences


def withdraw_submission(db: PlanDatabase, submission_id: int) -> None:
    """Remove a submission recorded by mistake (the undo of `submit_report`)."""
    with db.transaction() as session:
        row = session.get(m.SubmittedReport, submission_id)
        if row is None:
            raise UserError("That submitted report is no longer in the plan.")
        session.delete(row)
