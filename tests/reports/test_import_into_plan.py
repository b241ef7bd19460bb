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
from lipplanner.core.reports.plan_import.writing import remove_imported
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
        assert len(codes) == len(set(codes))  # "P1" was taken: the import's became "P1-2"
        lead = session.scalar(
            select(m.Partner.name_en)
            .join(m.Action, m.Action.lead_partner_id == m.Partner.id)
            .where(m.Action.id == items.actions[1])
        )
        assert lead == "Riverside Public Library"

    remove_imported(riverside, items)

    assert _counts(riverside) == before
    assert _partner_names(riverside) == names
