"""Indicators with every value recorded for them."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from lipplanner.core.services.plan_view import _tables as t
from lipplanner.core.services.plan_view._sql import Ids, columns, only, rows
from lipplanner.core.services.plan_view.deferred import Maker
from lipplanner.core.services.plan_view.values import IndicatorView


def load_indicators(session: Session, plan_id: int, ids: Ids = None) -> dict[int, IndicatorView]:
    """Indicators in list order, each with its values by (fiscal year, quarter)."""
    return indicators_later(session, plan_id, ids)()


def indicators_later(session: Session, plan_id: int, ids: Ids = None) -> Maker[int, IndicatorView]:
    """`load_indicators`' rows read now, its views made when called (`Deferred`)."""
    value_query = (
        select(
            t.IndicatorValue.indicator_id,
            t.IndicatorValue.fiscal_year,
            t.IndicatorValue.quarter,
            t.IndicatorValue.value,
            t.IndicatorValue.note,
        )
        .join(t.indicator, t.Indicator.id == t.IndicatorValue.indicator_id)
        .where(t.Indicator.plan_id == plan_id)
    )
    value_rows = rows(session, only(value_query, t.Indicator.id, ids))
    query = (
        select(*columns(t.Indicator))
        .where(t.Indicator.plan_id == plan_id)
        .order_by(t.Indicator.position, t.Indicator.id)
    )
    indicator_rows = rows(session, only(query, t.Indicator.id, ids))

    def make() -> dict[int, IndicatorView]:
        values: dict[int, dict[tuple[int, int], tuple[float | None, str]]] = defaultdict(dict)
        # Unpacked by position: eight values per indicator, 16,000 rows at 20,000 actions.
        for indicator_id, year, quarter, value, note in value_rows:
            values[indicator_id][(year, quarter)] = (value, note)
        return {
            r.id: IndicatorView(
                r.id,
                r.code,
                r.objective_id,
                r.action_id,
                r.name_en,
                r.name_fr,
                r.unit,
                r.baseline_value,
                r.baseline_date,
                r.target_value,
                r.target_date,
                r.direction,
                r.data_source,
                r.frequency,
                r.position,
                dict(values.get(r.id, {})),
            )
            for r in indicator_rows
        }

    return make
