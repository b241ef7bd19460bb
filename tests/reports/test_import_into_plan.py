"""Importing a sheet into the plan already open: its partners reused or matched, codes
kept clear of the plan's, and exactly what was added taken back by the undo."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from lipplanner.core import models as m
from lipplanner.core.db import PlanDatabase
from lipplanner.core.reports.plan_import import (
    add_to_plan,
    build_preview,
    detect,
    read_workbook_grid,
)
from lipplanner.core.reports.plan_import.writing import (
    continue_numbering,
    plan_codes,
    remove_imported,
)
from lipplanner.core.services.plan_view import current_plan_id
from tests.reports.workbooks import save_rows


def _counts(db: PlanDatabase) -> dict[str, int]:
    with db.reading() as session:
        return {
            model.__name__: session.scalar(select(func.count()).select_from(model)) or 0
            for model in (m.Priority, m.Objective, m.Action, m.Partner, m.ActionPartner,
                          m.Indicator, m.ProgressUpdate)
        }  # fmt: skip


def _partner_names(db: PlanDatabase) -> list[str]:
    with db.reading() as session:
        return list(session.scalars(select(m.Partner.name_en)))


def test_import_into_the_open_plan_reuses_partners_and_undoes_exactly(
    riverside: PlanDatabase, tmp_path: Path
) -> None:
    sheet = save_rows(
        tmp_path / "working-group.xlsx",
        {
            "Housing group": [
                ["Priority", "Action", "Lead", "Partners", "Progress", "Indicator"],
                ["Housing", "Landlord fair", "Riverside City", "Riverside Housing Help Centre",
                 "Venue booked", "# of landlords"],
                ["Housing", "Tenant guide", "riverside public library", "Housing Help, Riverside",
                 "", ""],
            ]
        },
    )  # fmt: skip
    before = _counts(riverside)
    names = _partner_names(riverside)
    grid = read_workbook_grid(sheet)

    preview = build_preview(grid, detect(grid), known_partners=names)

    # Exact names (any case) are the plan's partners; a near one gets suggestions.
    assert [p.existing for p in preview.partners.values()][:2] == [
        "Riverside City",
        "Riverside Housing Help Centre",
    ]
    near = {match.name: match.suggestions for match in preview.partner_matches}
    assert near["Housing Help, Riverside"][0] == "Riverside Housing Help Centre"

    items = add_to_plan(riverside, preview)

    after = _counts(riverside)
    assert after["Priority"] == before["Priority"] + 1  # "Housing" is a new priority P7…
    assert after["Action"] == before["Action"] + 2
    assert after["Partner"] == before["Partner"] + 1  # only the unmatched name is new
    assert after["Indicator"] == before["Indicator"] + 1
    assert after["ProgressUpdate"] == before["ProgressUpdate"] + 1
    assert len(items.actions) == 2 and len(items.partners) == 1
    with riverside.reading() as session:
        codes = list(session.scalars(select(m.Priority.code)))
        assert codes[-1] == "P7"  # the sheet's "P1" follows the plan's P1…P6
        lead = session.scalar(
            select(m.Partner.name_en)
            .join(m.Action, m.Action.lead_partner_id == m.Partner.id)
            .where(m.Action.id == items.actions[1])
        )
        assert lead == "Riverside Public Library"

    remove_imported(riverside, items)

    assert _counts(riverside) == before
    assert _partner_names(riverside) == names


def test_the_codes_previewed_for_the_open_plan_are_the_codes_it_gets(
    riverside: PlanDatabase, tmp_path: Path
) -> None:
    sheet = save_rows(
        tmp_path / "two-priorities.xlsx",
        {
            "Plan": [
                ["Priority", "Objective", "Action", "Lead"],
                ["Housing", "Landlords know the LIP", "Landlord fair", "Riverside City"],
                ["Housing", "Landlords know the LIP", "Tenant guide", "Riverside City"],
                ["Housing", "Tenants know their rights", "Rights clinic", "Riverside City"],
                ["Health", "Newcomers find a doctor", "Clinic list", "Riverside City"],
            ]
        },
    )
    grid = read_workbook_grid(sheet)
    with riverside.reading() as session:
        taken = plan_codes(session, current_plan_id(session))

    shown = continue_numbering(build_preview(grid, detect(grid)), taken)

    assert list(shown.priorities) == ["P7", "P8"]  # after the plan's P1…P6
    assert [(o.code, o.priority_code) for o in shown.objectives.values()] == [
        ("O7.1", "P7"), ("O7.2", "P7"), ("O8.1", "P8"),
    ]  # fmt: skip
    assert [(a.code, a.objective_code) for a in shown.actions.values()] == [
        ("A7.1", "O7.1"), ("A7.2", "O7.1"), ("A7.3", "O7.2"), ("A8.1", "O8.1"),
    ]  # fmt: skip
    assert continue_numbering(shown, taken) == shown  # the same plan: the same codes

    items = add_to_plan(riverside, shown)

    with riverside.reading() as session:
        written = list(session.scalars(select(m.Action.code).where(m.Action.id.in_(items.actions))))
        objectives = session.scalars(
            select(m.Objective.code).where(m.Objective.id.in_(items.objectives))
        )
        assert sorted(written) == sorted(shown.actions)
        assert sorted(objectives) == ["O7.1", "O7.2", "O8.1"]
