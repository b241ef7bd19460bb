"""`lipplanner check`: is this plan file sound? Reads only; never changes the file."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from lipplanner.core.db.inspection import PER_COLUMN, inspect_plan
from lipplanner.core.db.schema import SCHEMA_HEAD, read_only_uri, read_schema
from lipplanner.core.wording import count as counted


@dataclass
class CheckReport:
    lines: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


# Rules the services enforce on new writes, re-checked on what is stored.
_DATA_RULES = (
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
_COUNTED = (
    "plan",
    "priority",
    "objective",
    "action",
    "partner",
    "progress_update",
    "indicator",
    "practice",
)


def check_file(path: Path) -> CheckReport:
    """Schema, SQLite integrity, what LIP Planner did not put in the file, the type,
    range and encoding of every value, links between rows and the plan's own rules."""
    report = CheckReport()
    schema = read_schema(path)  # raises DataFileError for junk, damage or newer files
    if schema.is_current:
        report.lines.append(f"Schema: {schema.revision} (current)")
    else:
        report.lines.append(
            f"Schema: {schema.revision}; it will be upgraded to {SCHEMA_HEAD} "
            "(with a backup) when the plan is next opened"
        )
    connection = sqlite3.connect(read_only_uri(path, leave_no_trace=True), uri=True)
    try:
        integrity = [row[0] for row in connection.execute("PRAGMA integrity_check")]
        if integrity == ["ok"]:
            report.lines.append("Integrity: ok")
        else:
            report.problems.extend(f"integrity: {line}" for line in integrity[:20])
        findings = inspect_plan(connection)
        if findings:
            report.problems.extend(findings)
        else:
            report.lines.append(
                "Contents: every value has its type, range and encoding, every link "
                "points to a row, nothing foreign"
            )
        for label, query in _DATA_RULES:
            try:
                count = connection.execute(query).fetchone()[0]
            except sqlite3.OperationalError:  # a table or column already reported missing
                continue
            if count:
                report.problems.append(f"{count} {label}")
        counts = []
        for table in _COUNTED:
            try:
                n = connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            except sqlite3.OperationalError:
                continue
            counts.append(counted(n, table.replace("_", " ")))
        report.lines.append("Counts: " + ", ".join(counts))
    except sqlite3.DatabaseError as error:
        report.problems.append(f"the file is damaged ({error})")
    finally:
        connection.close()
    if any(line.startswith("row ") for line in report.problems):
        report.lines.append(f"(at most {PER_COLUMN} rows are listed for each column)")
    report.lines.append("Result: " + ("problems found" if report.problems else "ok"))
    return report
