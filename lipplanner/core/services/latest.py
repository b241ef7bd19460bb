"""Each action's latest progress update up to the end of a period, found fast.

A window function (ROW_NUMBER over each action's updates) is the obvious query but
costs ~5× more on SQLite than this: find each action's latest quarter with a grouped
MAX, join back on the (action, fiscal year, quarter) index (year and quarter compared
apart, so the whole index is used, not just its action), and settle the rare ties
(two entries in one quarter) in Python by report date, then entry id — the rule of
`core.progress.latest_update`.

A plan view also needs each action's status at the end of the period before; the same
grouped pass finds that quarter too, so the updates are scanned once, not twice, and
only actions updated since then are joined back a second time. The plan's actions are
an IN list there, not a join: SQLite then walks the updates' index in action order and
groups as it goes, where with the join it sorted every update first (a fifth of the
whole at 20,000 actions).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date
from typing import Any

from sqlalchemy import Connection, bindparam, text

from lipplanner.core.periods import Period

# Column names are constants from our own code, never user input.
_KEY = "p.fiscal_year * 10 + p.quarter"
_LATEST = f"""
SELECT p.action_id, max({_KEY}) AS latest, max(CASE WHEN {_KEY} <= :before THEN {_KEY} END)
    AS before
FROM progress_update p
WHERE p.action_id IN (SELECT id FROM action WHERE plan_id = :plan) AND {_KEY} <= :key{{only}}
GROUP BY p.action_id
"""
_JOIN = """
SELECT {which} AS which, {columns}
FROM m JOIN progress_update u
  ON u.action_id = m.action_id AND u.fiscal_year = m.{key} / 10 AND u.quarter = m.{key} % 10
"""
_ONE = "WITH m AS (" + _LATEST + ")" + _JOIN.format(which=0, columns="{columns}", key="latest")
_TWO = (
    _ONE
    + " UNION ALL "
    + _JOIN.format(which=1, columns="{columns}", key="before")
    + " WHERE m.before < m.latest"
)


def _as_date(value: Any) -> date:
    if value is None:
        return date.min
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _newer(row: Any, current: Any) -> bool:
    """Whether `row` beats `current` as the latest of one quarter's entries."""
    return (_as_date(row.reported_on), row.id) > (
        _as_date(current.reported_on),
        current.id,
    )


def latest_updates(
    connection: Connection,
    plan_id: int,
    period: Period,
    columns: Sequence[str],
    action_ids: Collection[int] | None = None,
) -> dict[int, Any]:
    """{action id: row} with a first column `which` and then the given progress_update
    columns (plus action_id, reported_on, id, fiscal_year and quarter, which the
    tie-break needs), for every action of the plan or only those in `action_ids`."""
    return _select(connection, plan_id, period, None, columns, action_ids)[0]


def latest_and_before(
    connection: Connection,
    plan_id: int,
    period: Period,
    before: Period,
    columns: Sequence[str],
    action_ids: Collection[int] | None = None,
) -> tuple[dict[int, Any], dict[int, Any]]:
    """`latest_updates` up to the end of `period` and up to the end of the earlier
    `before`, in one pass over the updates."""
    return _select(connection, plan_id, period, before, columns, action_ids)


def _select(
    connection: Connection,
    plan_id: int,
    period: Period,
    before: Period | None,
    columns: Sequence[str],
    action_ids: Collection[int] | None,
) -> tuple[dict[int, Any], dict[int, Any]]:
    wanted = list(
        dict.fromkeys([*columns, "action_id", "reported_on", "id", "fiscal_year", "quarter"])
    )
    only = "" if action_ids is None else " AND p.action_id IN :ids"
    template = (_ONE if before is None else _TWO).replace("{only}", only)
    query = text(template.format(columns=", ".join(f"u.{name}" for name in wanted)))
    # Without a period before, no quarter is "before": the CASE yields NULL.
    params: dict[str, Any] = {
        "plan": plan_id,
        "key": period.key,
        "before": 0 if before is None else before.key,
    }
    if action_ids is not None:
        query = query.bindparams(bindparam("ids", expanding=True))
        params["ids"] = list(action_ids)
    latest: dict[int, Any] = {}
    earlier: dict[int, Any] = {}
    action_at = 1 + wanted.index("action_id")  # after `which`
    for row in connection.execute(query, params).all():  # fetchall: not row by row
        # Positions, not names: this loop sees every action's row, twice in a plan view.
        found = earlier if row[0] else latest
        action_id = row[action_at]
        current = found.get(action_id)
        if current is None or _newer(row, current):
            found[action_id] = row
    if before is not None:
        for action_id, row in latest.items():
            # Not updated since `before` ended: its latest update then is today's.
            if row.fiscal_year * 10 + row.quarter <= before.key:
                earlier.setdefault(action_id, row)
    return latest, earlier
