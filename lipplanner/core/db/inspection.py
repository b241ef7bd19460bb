"""Reading a plan file defensively: does every stored value have the type, range and
encoding the app expects, does every link point to a row, and is nothing there that
LIP Planner did not put there (triggers, views, tables)?

SQLite stores any value in any column, and a file edited by another tool (or damaged)
can hold text in a date column, month 13, a BLOB where a name belongs, bytes that are
not UTF-8, or a trigger that changes the plan behind the app's back. Each finding names
the table, the row and the column, so `lipplanner check` can list them and opening the
file can refuse it with one sentence instead of failing somewhere deep in a report.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

from lipplanner.core.db.columns import CHECKS, COLUMNS, Kind
from lipplanner.core.periods import MAX_YEAR, MIN_YEAR

# Tables SQLite or Alembic keep beside the app's own.
_OWN_EXTRA_TABLES = frozenset(
    {"alembic_version", "sqlite_sequence", "sqlite_stat1", "sqlite_stat4"}
)
# Fiscal years the app can plan for (periods.Period refuses others); a practice's
# source may be older.
FISCAL_YEARS = (MIN_YEAR, MAX_YEAR)
SOURCE_YEARS = (1900, MAX_YEAR)
# At most this many findings of one kind per column are listed.
PER_COLUMN = 20
# Any character outside ASCII: only such texts need their UTF-8 checked one by one.
_NON_ASCII = "*[^\x01-\x7f]*"


def plural(table: str) -> str:
    words = table.replace("_", " ")
    if words.endswith("s"):
        return words + "es"
    if words.endswith("y") and words[-2:-1] not in "aeiou":
        return words[:-1] + "ies"
    return words + "s"


def column_label(name: str) -> str:
    """How a column is named in a sentence: "end_date" → "end date",
    "lead_partner_id" → "lead partner", "title_fr" → "title (French)"."""
    for suffix, language in (("_en", " (English)"), ("_fr", " (French)")):
        if name.endswith(suffix):
            return column_label(name[: -len(suffix)]) + language
    if name.endswith("_id"):
        name = name[:-3]
    return name.replace("_", " ")


def _article(label: str) -> str:
    return ("an " if label[:1] in "aeiou" else "a ") + label


def inspect_plan(connection: sqlite3.Connection, *, texts: bool = True) -> list[str]:
    """Everything that stops the plan from being read safely, most basic first, each
    as a phrase ("row 12 of actions has an end date that is not a date").

    `texts=False` leaves out the UTF-8 check of every text, the one slow part (seconds
    for a plan of 100,000 updates): opening a plan skips it, and a text that is not
    UTF-8 is then reported when it is read, as one sentence too."""
    findings: list[str] = []
    present = _objects(connection)
    for kind, name in sorted(present):
        if not (kind == "table" and (name in COLUMNS or name in _OWN_EXTRA_TABLES)):
            findings.append(f"the file holds a {kind} “{name}” that LIP Planner did not make")
    readable: dict[str, list[str]] = {}
    for table, columns in COLUMNS.items():
        if ("table", table) not in present:
            findings.append(f"the table of {plural(table)} is missing")
            continue
        stored = {str(row[1]) for row in connection.execute(f'PRAGMA table_info("{table}")')}
        findings.extend(
            f"the table of {plural(table)} has no “{column}” column"
            for column in columns
            if column not in stored
        )
        readable[table] = [column for column in columns if column in stored]
    findings.extend(_dangling_links(connection, set(readable)))
    for table, names in readable.items():
        findings.extend(_bad_values(connection, table, names))
        findings.extend(_broken_rules(connection, table))
        if texts:
            findings.extend(_bad_texts(connection, table, names))
    return findings


def _objects(connection: sqlite3.Connection) -> set[tuple[str, str]]:
    rows = connection.execute(
        "SELECT type, name FROM sqlite_master WHERE type IN ('table', 'view', 'trigger')"
    )
    return {(str(kind), str(name)) for kind, name in rows}


def _key(table: str) -> str:
    return '"id"' if "id" in COLUMNS[table] else "rowid"


def _dangling_links(connection: sqlite3.Connection, tables: set[str]) -> Iterator[str]:
    columns: dict[tuple[str, int], str] = {}
    shown: dict[tuple[str, int], int] = {}
    for row in connection.execute("PRAGMA foreign_key_check").fetchall():
        table, rowid, parent, fk_id = str(row[0]), row[1], str(row[2]), int(row[3])
        if table not in tables:
            continue
        shown[(table, fk_id)] = shown.get((table, fk_id), 0) + 1
        if shown[(table, fk_id)] > PER_COLUMN:
            continue
        if (table, fk_id) not in columns:
            for fk in connection.execute(f'PRAGMA foreign_key_list("{table}")'):
                columns[(table, int(fk[0]))] = str(fk[3])
        column = columns.get((table, fk_id), "?")
        value = connection.execute(
            f'SELECT "{column}" FROM "{table}" WHERE rowid = ?', (rowid,)
        ).fetchone()
        row_id = connection.execute(
            f'SELECT {_key(table)} FROM "{table}" WHERE rowid = ?', (rowid,)
        ).fetchone()
        yield (
            f"row {row_id[0] if row_id else rowid} of {plural(table)} has "
            f"{_article(column_label(column))} ({value[0] if value else '?'}) "
            f"that points to a missing {parent.replace('_', ' ')}"
        )


def _rule(table: str, column: str, kind: Kind) -> tuple[str, str] | None:
    """(SQL true for a wrong value, what the value then is not) for one column."""
    c = f'"{column}"'
    low, high = SOURCE_YEARS if column == "source_year" else FISCAL_YEARS
    whole = f"typeof({c}) <> 'integer'"
    rules: dict[Kind, tuple[str, str]] = {
        "int": (whole, "that is not a whole number"),
        "year": (
            f"{whole} OR {c} NOT BETWEEN {low} AND {high}",
            f"that is not a year from {low} to {high}",
        ),
        "quarter": (f"{whole} OR {c} NOT BETWEEN 1 AND 4", "that is not a quarter (1 to 4)"),
        "quarter_or_year": (
            f"{whole} OR {c} NOT BETWEEN 0 AND 4",
            "that is not a quarter (0 for the year, 1 to 4)",
        ),
        "percent": (f"{whole} OR {c} NOT BETWEEN 0 AND 100", "that is not a percentage"),
        "bool": (f"{c} NOT IN (0, 1)", "that is not yes or no"),
        # 1e999 is stored as infinity, which no spreadsheet can hold.
        "number": (
            f"typeof({c}) NOT IN ('integer', 'real') OR abs({c}) > 1.7976931348623157e308",
            "that is not a number",
        ),
        # `IS NOT` is also true when date() gives NULL: one call per row instead of two
        # (a fifth of the time of opening a plan of 160,000 updates went to these).
        # Without a modifier SQLite hands back any day up to 31 as it is: '+0 days'
        # makes it count, so 2025-02-30 comes back as 2025-03-02 and is caught.
        "date": (
            f"typeof({c}) <> 'text' OR date({c}, '+0 days') IS NOT {c}",
            "that is not a date",
        ),
        # The day is checked on the date alone: with a modifier SQLite rounds the time
        # to the millisecond (23:59:59.9996 would become the next day). Its parser
        # also takes the hour 24, which Python refuses.
        "datetime": (
            f"typeof({c}) <> 'text' "
            f"OR datetime({c}) IS NOT substr(replace({c}, 'T', ' '), 1, 19) "
            f"OR date(substr({c}, 1, 10), '+0 days') IS NOT substr({c}, 1, 10) "
            f"OR substr({c}, 12, 2) = '24'",
            "that is not a date and time",
        ),
        "text": (f"typeof({c}) <> 'text'", "that is not text"),
        "blob": (f"typeof({c}) <> 'blob'", "that is not a file's contents"),
    }
    return rules.get(kind)


def _bad_values(connection: sqlite3.Connection, table: str, columns: list[str]) -> Iterator[str]:
    rules = {
        column: rule
        for column in columns
        if (rule := _rule(table, column, COLUMNS[table][column])) is not None
    }
    wrong = " OR ".join(f'("{c}" IS NOT NULL AND ({rule[0]}))' for c, rule in rules.items())
    # One pass over the table says whether anything is wrong; only then column by column.
    if (
        not wrong
        or not connection.execute(f'SELECT 1 FROM "{table}" WHERE {wrong} LIMIT 1').fetchone()
    ):
        return
    for column, (condition, what) in rules.items():
        query = (
            f'SELECT {_key(table)} FROM "{table}" WHERE "{column}" IS NOT NULL '
            f"AND ({condition}) ORDER BY 1 LIMIT {PER_COLUMN}"
        )
        label = _article(column_label(column))
        for (rowid,) in connection.execute(query):
            yield f"row {rowid} of {plural(table)} has {label} {what}"


def _broken_rules(connection: sqlite3.Connection, table: str) -> Iterator[str]:
    """Rows that break one of the models' CHECK constraints (see columns.CHECKS)."""
    rules = [rule for (owner, _name), rule in CHECKS.items() if owner == table]
    if not rules:
        return
    # NOT (…) is NULL, so not chosen, where the check is NULL: as SQLite's CHECK does.
    broken = " OR ".join(f"NOT ({condition})" for condition, _what in rules)
    try:
        if not connection.execute(f'SELECT 1 FROM "{table}" WHERE {broken} LIMIT 1').fetchone():
            return
    except sqlite3.OperationalError:  # a column already reported missing: rule by rule
        pass
    for condition, what in rules:
        query = (
            f'SELECT {_key(table)} FROM "{table}" WHERE NOT ({condition}) '
            f"ORDER BY 1 LIMIT {PER_COLUMN}"
        )
        try:
            rows = connection.execute(query).fetchall()
        except sqlite3.OperationalError:
            continue
        for (rowid,) in rows:
            yield f"row {rowid} of {plural(table)} {what}"


def _bad_texts(connection: sqlite3.Connection, table: str, columns: list[str]) -> Iterator[str]:
    """Texts that are not valid UTF-8 (Python cannot even fetch them as text)."""
    for column in columns:
        if COLUMNS[table][column] != "text":
            continue
        c = f'"{column}"'
        query = (
            f'SELECT {_key(table)}, CAST({c} AS BLOB) FROM "{table}" '
            f"WHERE typeof({c}) = 'text' AND {c} GLOB ? ORDER BY 1"
        )
        found = 0
        for rowid, raw in connection.execute(query, (_NON_ASCII,)):
            try:
                bytes(raw).decode("utf-8")
            except UnicodeDecodeError:
                found += 1
                yield (
                    f"row {rowid} of {plural(table)} has {_article(column_label(column))} "
                    "that is not readable text (not UTF-8)"
                )
                if found == PER_COLUMN:
                    break
