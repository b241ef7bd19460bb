"""Each aggregate's loader re-reads just the rows asked for, exactly as a full load
reads them: what an incremental refresh relies on."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from sqlalchemy import text

from lipplanner.core.db import PlanDatabase, open_plan
from lipplanner.core.errors import UserError
from lipplanner.core.periods import Period
from lipplanner.core.services import plan_view as pv
from lipplanner.core.services.plan_view.deferred import Deferred

PERIOD = Period(2026, 2)


def test_each_loader_reads_a_subset_as_the_full_load_does(riverside: PlanDatabase) -> None:
    full = pv.load_plan_view(riverside, PERIOD)
    plan_id = full.plan.id
    with riverside.reading() as session:
        for name, loaded in (
            ("actions", lambda ids: pv.load_actions(session, plan_id, ids)),
            ("objectives", lambda ids: pv.load_objectives(session, plan_id, ids)),
            ("priorities", lambda ids: pv.load_priorities(session, plan_id, ids)),
            ("partners", lambda ids: pv.load_partners(session, ids)),
            ("bodies", lambda ids: pv.load_bodies(session, ids)),
            ("indicators", lambda ids: pv.load_indicators(session, plan_id, ids)),
            ("practices", lambda ids: pv.load_practices(session, ids)),
            ("statuses", lambda ids: pv.load_statuses(session, ids)),
            ("terms", lambda ids: pv.load_terms(session, ids)),
        ):
            everything = getattr(full, name)
            some = sorted(everything)[1::3]
            assert some, name
            assert loaded(some) == {i: everything[i] for i in some}, name
            assert loaded([]) == {}, name


def test_health_of_some_actions_matches_the_full_load(riverside: PlanDatabase) -> None:
    full = pv.load_plan_view(riverside, PERIOD)
    some = {i: full.actions[i] for i in sorted(full.actions)[::4]}
    with riverside.reading() as session:
        health = pv.load_health(session, full.plan.id, PERIOD, full.as_of, some, full.statuses)
    assert health == {i: full.health[i] for i in some}
    assert any(h.latest is not None for h in health.values())  # updates were read too


def test_status_before_the_period_comes_from_the_quarter_before(riverside: PlanDatabase) -> None:
    """One pass finds both the latest update and the one before the period: the same
    as asking for the latest update up to the end of the quarter before."""
    for period in (PERIOD, Period(2026), Period(2025, 1)):
        view = pv.load_plan_view(riverside, period)
        with riverside.reading() as session:
            earlier = pv.latest_update_views(session, view.plan.id, pv.period_before(period))
        assert {i: h.previous_status_id for i, h in view.health.items()} == {
            i: earlier[i].status_id if i in earlier else None for i in view.actions
        }
        assert any(h.previous_status_id is not None for h in view.health.values())
        assert any(
            h.latest is not None and h.previous_status_id != h.latest.status_id
            for h in view.health.values()
        ) or period == Period(2025, 1)


def test_the_read_tables_are_the_mapped_tables() -> None:
    """The read model's light tables (`plan_view._tables`) name every column of the
    mapped table, in its order and with its type: its loaders build views by position."""
    from sqlalchemy.sql import TableClause

    from lipplanner.core.models import Base
    from lipplanner.core.services.plan_view import _tables

    light = [v for v in vars(_tables).values() if isinstance(v, TableClause)]
    assert len(light) >= 20
    for table in light:
        mapped = Base.metadata.tables[table.name]
        assert [(c.name, repr(c.type)) for c in table.c] == [
            (c.name, repr(c.type)) for c in mapped.c
        ], table.name


def test_the_collector_runs_again_after_a_load(riverside: PlanDatabase, tmp_path: Path) -> None:
    """A plan view is built with the cyclic collector paused (its values hold no
    cycles); left paused, every later cycle in the app would never be freed."""
    assert gc.isenabled()
    pv.load_plan_view(riverside, PERIOD)
    assert gc.isenabled()
    blank = open_plan(tmp_path / "blank.lip", create=True)
    try:
        with pytest.raises(UserError, match="no plan"):
            pv.load_plan_view(blank, PERIOD)  # a new file: no plan in it yet
    finally:
        blank.close()
    assert gc.isenabled()


def test_an_update_is_read_by_position_in_its_fields_order() -> None:
    """Updates are built from rows by position: the columns read are UpdateView's
    fields in order, and what an update holds is the form's own list of fields."""
    from dataclasses import fields

    from lipplanner.core.models import Base
    from lipplanner.core.progress import UPDATE_FIELDS
    from lipplanner.core.services import tracking
    from lipplanner.core.services.plan_view.health import UPDATE_COLUMNS

    assert [f.name for f in fields(pv.UpdateView)] == list(UPDATE_COLUMNS)
    assert tracking.UPDATE_FIELDS is UPDATE_FIELDS
    assert set(UPDATE_COLUMNS) <= set(Base.metadata.tables["progress_update"].c.keys())


def test_partners_indicators_and_practices_are_made_on_first_use(riverside: PlanDatabase) -> None:
    """Opening a plan makes no partner, indicator or practice view until something asks;
    then they are what their loaders read."""
    view = pv.load_plan_view(riverside, PERIOD)
    deferred = {"partners": view.partners, "indicators": view.indicators}
    deferred["practices"] = view.practices
    assert all(isinstance(m, Deferred) and not m.made for m in deferred.values())
    with riverside.reading() as session:
        direct = {
            "partners": pv.load_partners(session),
            "indicators": pv.load_indicators(session, view.plan.id),
            "practices": pv.load_practices(session),
        }
    for name, mapping in deferred.items():
        assert direct[name], name
        assert list(mapping) == list(direct[name]), name  # the same order
        assert dict(mapping.items()) == direct[name], name
        assert mapping.made, name


def test_what_is_made_later_is_what_the_file_held_when_the_plan_was_read(
    riverside: PlanDatabase,
) -> None:
    """The rows are read with the rest of the picture: a partner renamed after the load
    (by this app or another) is not half in the picture before it is reloaded."""
    view = pv.load_plan_view(riverside, PERIOD)
    partner_id = next(a.lead_partner_id for a in view.actions.values() if a.lead_partner_id)
    assert isinstance(view.partners, Deferred) and not view.partners.made
    with riverside.transaction() as session:
        session.execute(
            text("UPDATE partner SET name_en = 'Renamed later' WHERE id = :id"), {"id": partner_id}
        )
    assert view.partners[partner_id].name_en != "Renamed later"
    assert pv.load_plan_view(riverside, PERIOD).partners[partner_id].name_en == "Renamed later"
