"""The Riverside demo plan is complete enough to show every feature."""

from __future__ import annotations

from datetime import date

from lipplanner.core.db import PlanDatabase
from lipplanner.core.periods import Period
from lipplanner.core.services.plan_view import load_plan_view


def test_riverside_has_the_plan_of_domain_md(riverside: PlanDatabase) -> None:
    view = load_plan_view(riverside, Period(2026, 3), today=date(2026, 11, 30))
    assert [p.code for p in view.ordered_priorities] == ["P1", "P2", "P3", "P4", "P5", "P6"]
    assert view.ordered_priorities[0].title_fr == "Emploi et marché du travail"
    assert len(view.partners) == 15
    assert "Réseau francophone de Riverside" in {p.name_en for p in view.partners.values()}
    assert len(view.actions) >= 20
    assert {view.current_status(a).key for a in view.actions} == {
        s.key for s in view.statuses.values()
    }
    assert len(view.practices) >= 8
    assert all(p.priority_ids and p.action_ids for p in view.practices.values())
    assert any(i.values for i in view.indicators.values())
    assert {b.kind for b in view.bodies.values()} >= {"council", "working_group"}
    # The current quarter is half reported: the chase list is not empty, nor everything.
    stale = sum(h.stale for h in view.health.values())
    assert 0 < stale < len(view.actions)


def test_every_action_has_several_quarters_of_history(riverside: PlanDatabase) -> None:
    from lipplanner.core.services.plan_view import action_history

    view = load_plan_view(riverside, Period(2026, 2))
    histories = [action_history(riverside, a) for a in view.actions]
    assert sum(len(h) >= 4 for h in histories) >= 15
    assert all(h[0].period.key >= h[-1].period.key for h in histories if h)


def test_synthetic_plans_are_deterministic(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from lipplanner.core.db import open_plan
    from lipplanner.core.demo import create_synthetic_file

    counts = []
    for name in ("a.lip", "b.lip"):
        db = open_plan(create_synthetic_file(tmp_path / name, 70, seed=3))
        view = load_plan_view(db, Period(2025, 1))
        counts.append(
            (
                len(view.actions),
                len(view.partners),
                len(view.indicators),
                len(view.practices),
                sorted(a.title_en for a in view.actions.values())[:5],
            )
        )
        db.close()
    assert counts[0] == counts[1]
    assert counts[0][:4] == (70, 10, 7, 7)
