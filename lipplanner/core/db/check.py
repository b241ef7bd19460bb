"""`lipplanner check`: is this plan file sound? Reads only; never changes the file."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from lipplanner.core.db.schema import SCHEMA_HEAD, read_schema


@dataclass
class CheckReport:
    lines: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


# Rules the schema enforces on new writes, re-checked on what is stored.
_DATA_RULES = (
    (
        "actions whose percent complete is outside 0–100",
        "SELECT count(*) FROM action WHERE percent_complete NOT BETWEEN 0 AND 100",
    ),
    (
        "actions that end before they start",
        "SELECT count(*) FROM action WHERE end_date < start_date",
    ),
    (
        "progress updates whose percent complete is outside 0–100",
        "SELECT count(*) FROM progress_update WHERE percent_complete NOT BETWEEN 0 AND 100",
    ),
    (
        "objectives filed under a priority of another plan",
        "SELECT count(*) FROM objective o JOIN priority p ON p.id = o.priority_id "
        "WHERE p.plan_id <> o.plan_id",
    ),
    (
        "actions filed under an objective of another plan",
        "SELECT count(*) FROM action a JOIN objective o ON o.id = a.objective_id "
        "WHERE o.plan_id <> a.plan_id",
    ),
)


def check_file(path: Path) -> CheckReport:
    """Schema, SQLite integrity, foreign keys and the plan's own rules."""
    report = CheckReport()
    schema = read_schema(path)  # raises DataFileError for junk, damage or newer files
    if schema.is_current:
        report.lines.append(f"Schema: {schema.revision} (current)")
    else:
        report.lines.append(
            f"Schema: {schema.revision}; it will be upgraded to {SCHEMA_HEAD} "
            "(with a backup) when the plan is next opened"
        )
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        integrity = [row[0] for row in connection.execute("PRAGMA integrity_check")]
        if integrity == ["ok"]:
            report.lines.append("Integrity: ok")
        else:
            report.problems.extend(f"integrity: {line}" for line in integrity[:20])
        broken = connection.execute("PRAGMA foreign_key_check").fetchall()
        if broken:
            tables = sorted({row[0] for row in broken})
            report.problems.append(
                f"{len(broken)} row(s) point to missing rows (in {', '.join(tables)})"
            )
        else:
            report.lines.append("Links between rows: ok")
        for label, query in _DATA_RULES:
            count = connection.execute(query).fetchone()[0]
            if count:
                report.problems.append(f"{count} {label}")
        counts = {
            table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in (
                "plan",
                "priority",
                "objective",
                "action",
                "partner",
                "progress_update",
                "indicator",
                "practice",
            )
        }
        report.lines.append(
            "Contents: " + ", ".join(f"{n} {t.replace('_', ' ')}" for t, n in counts.items())
        )
    except sqlite3.DatabaseError as error:
        report.problems.append(f"the file is damaged ({error})")
    finally:
        connection.close()
    report.lines.append("Result: " + ("problems found" if report.problems else "ok"))
    return report
