"""Submitted reports: stored frozen, listed, re-read and compared."""

from __future__ import annotations

import io
import sqlite3
from datetime import date

import pytest
from openpyxl import Workbook, load_workbook

from lipplanner.core.db import PlanDatabase
from lipplanner.core.errors import UserError
from lipplanner.core.periods import Period
from lipplanner.core.services import editing
from lipplanner.core.services.plan_view import load_plan_view
from lipplanner.core.services.submissions import (
    compare_submissions,
    get_submission,
    list_submissions,
    plan_snapshot,
    submit_report,
)

Q1, Q2 = Period(2026, 1), Period(2026, 2)


def _workbook(title: str) -> bytes:
    book = Workbook()
    book.active.title = "Action plan"  # type: ignore[union-attr]
    book.active["A1"] = title  # type: ignore[index]
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _submit(db: PlanDatabase, when: Period, lang: str = "en", **overrides: object) -> int:
    view = load_plan_view(db, when, today=date(2026, 11, 30))
    values: dict[str, object] = {
        "workbook_bytes": _workbook(str(when)),
        "snapshot": plan_snapshot(view, lang),
        "period": when,
        "language": lang,
        "recipient": "IRCC Ontario Region",
        "file_name": f"/home/coordinator/Reports/riverside-{when}.xlsx",
    }
    values.update(overrides)
    return submit_report(db, **values)  # type: ignore[arg-type]


def test_the_snapshot_holds_the_reports_figures(riverside: PlanDatabase) -> None:
    view = load_plan_view(riverside, Q2, today=date(2026, 11, 30))
    snapshot = plan_snapshot(view, "fr")
    assert snapshot["period"] == "2026-27-Q2" and snapshot["language"] == "fr"
    assert [p["code"] for p in snapshot["priorities"]] == ["P1", "P2", "P3", "P4", "P5", "P6"]
    actions = {a["code"]: a for a in snapshot["actions"]}
    assert len(actions) == 23
    # From the demo's updates: A1.3 reported completed in 2026-27 Q2, A1.2 at 60 %.
    assert actions["A1.3"]["status_key"] == "completed" and actions["A1.3"]["percent"] == 100
    assert actions["A1.2"]["status"] == "Retards mineurs" and actions["A1.2"]["percent"] == 60
    # A1.2 was due 2026-06-30 and is still under way at the end of Q2: overdue.
    assert actions["A1.2"]["overdue"] is True and actions["A1.1"]["overdue"] is False
    assert {i["code"] for i in snapshot["indicators"]} == {f"I{n}" for n in range(1, 8)}


def test_a_submission_is_kept_exactly_as_sent(riverside: PlanDatabase) -> None:
    first = _submit(riverside, Q1)
    second = _submit(riverside, Q2, "fr", recipient="  Ville   de Riverside ")
    listed = list_submissions(riverside)
    assert [s.id for s in listed] == [second, first]
    assert listed[0].recipient == "Ville de Riverside" and listed[0].language == "fr"
    assert listed[1].file_name == "riverside-2026-27-Q1.xlsx"  # the folder is not kept
    assert listed[1].submitted_by == "Test Coordinator" and listed[1].period == "2026-27-Q1"

    kept = get_submission(riverside, first)
    assert kept.info.size == len(kept.workbook)
    assert load_workbook(io.BytesIO(kept.workbook)).active["A1"].value == "2026-27-Q1"  # type: ignore[index]
    # Editing the plan later does not touch what was sent.
    a12 = next(a for a in load_plan_view(riverside).actions.values() if a.code == "A1.2")
    editing.update(riverside, "action", a12.id, {"title_en": "Renamed later"})
    again = get_submission(riverside, first)
    assert again.workbook == kept.workbook and again.snapshot == kept.snapshot
    titles = {a["code"]: a["title"] for a in again.snapshot["actions"]}
    assert titles["A1.2"] != "Renamed later"


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"recipient": "   "}, "Say who the report was sent to."),
        ({"recipient": "x" * 201}, "The recipient is too long"),
        ({"workbook_bytes": b""}, "The report file is empty"),
        ({"workbook_bytes": b"%PDF-1.7 not a workbook"}, "is not an Excel workbook"),
        ({"language": "de"}, "English or French"),
        ({"period": "next spring"}, "is not a reporting period"),
        ({"snapshot": {"value": float("nan")}}, "could not be kept"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_stored(
    riverside: PlanDatabase, overrides: dict[str, object], message: str
) -> None:
    with pytest.raises(UserError, match=message):
        _submit(riverside, Q2, **overrides)
    assert list_submissions(riverside) == []


def test_a_missing_submission_is_a_clear_error(riverside: PlanDatabase) -> None:
    with pytest.raises(UserError, match="no longer in the plan"):
        get_submission(riverside, 999)


def test_comparing_two_quarters_lists_what_changed(riverside: PlanDatabase) -> None:
    q1 = get_submission(riverside, _submit(riverside, Q1))
    q2 = get_submission(riverside, _submit(riverside, Q2))
    differences = compare_submissions(q1, q2)
    by_action = {(d.code, d.field): d for d in differences if d.scope == "action"}
    # Hand-checked in the demo: A2.4 went from Serious concerns 35 % to Discontinued 20 %.
    a24 = by_action[("A2.4", "status")]
    assert (a24.change, a24.before, a24.after) == ("changed", "Serious concerns", "Discontinued")
    assert (by_action[("A2.4", "percent")].before, by_action[("A2.4", "percent")].after) == (
        "35 %",
        "20 %",
    )
    assert (by_action[("A1.2", "percent")].before, by_action[("A1.2", "percent")].after) == (
        "55 %",
        "60 %",
    )
    # A discontinued action leaves the roll-up: P2 is then A2.1 (Minor delays, 30 %) and
    # A2.2 (Completed), A2.3 being ongoing; before, A2.4 was its worst and in its mean.
    p2 = {d.field: d for d in differences if d.scope == "priority" and d.code == "P2"}
    assert (p2["status"].before, p2["status"].after) == ("Serious concerns", "Minor delays")
    assert (p2["percent"].before, p2["percent"].after) == ("55 %", "65 %")
    assert ("A1.3", "status") not in by_action  # completed in 2025-26, the same both times
    assert ("A1.4", "status") not in by_action  # not started both times
    assert not any(d.field == "title" for d in differences)
    assert all(d.describe() for d in differences)
    assert compare_submissions(q2, q2) == []


def test_comparing_reports_in_two_languages_ignores_the_language(
    riverside: PlanDatabase,
) -> None:
    english = get_submission(riverside, _submit(riverside, Q2, "en"))
    french = get_submission(riverside, _submit(riverside, Q2, "fr"))
    fields = {d.field for d in compare_submissions(english, french)}
    assert "status" not in fields and "percent" not in fields


def test_added_and_removed_actions_are_listed(riverside: PlanDatabase) -> None:
    before = plan_snapshot(load_plan_view(riverside, Q2), "en")
    after = dict(before)
    after["actions"] = [a for a in before["actions"] if a["code"] != "A6.5"] + [
        dict(before["actions"][0], code="A7.1", title="New welcome week")
    ]
    differences = compare_submissions(before, after)
    assert [(d.code, d.change) for d in differences] == [("A6.5", "removed"), ("A7.1", "added")]
    assert differences[1].describe() == "Action A7.1 “New welcome week” was added."


def test_a_damaged_snapshot_reads_as_empty_not_a_crash(riverside: PlanDatabase) -> None:
    submission_id = _submit(riverside, Q2)
    assert riverside.path is not None
    with sqlite3.connect(riverside.path) as connection:
        connection.execute("UPDATE submitted_report SET snapshot_json = '[1, 2'")
    damaged = get_submission(riverside, submission_id)
    assert damaged.snapshot == {}
    assert compare_submissions(damaged, damaged) == []
