"""`lipplanner rollover` and `lipplanner submissions` from a terminal."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

from openpyxl import Workbook

from lipplanner.core.db import open_plan
from lipplanner.core.periods import Period
from lipplanner.core.services.plan_view import load_plan_view
from lipplanner.core.services.submissions import plan_snapshot, submit_report

ROOT = Path(__file__).resolve().parents[2]


def lipplanner(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "lipplanner", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=180,
    )


def test_rollover_previews_then_applies(riverside_file: Path) -> None:
    preview = lipplanner("rollover", str(riverside_file), "--year", "2026-27", "--json")
    assert preview.returncode == 0, preview.stderr
    data = json.loads(preview.stdout)
    assert (data["from_year"], data["to_year"], data["applied"]) == ("2026-27", "2027-28", False)
    assert data["closed"] == ["A1.3", "A2.2", "A2.4", "A3.3", "A5.1", "A6.3"]
    assert len(data["carried"]) == 17
    # --early: on most days of the year 2026-27 has not reached its last quarter yet.
    applied = lipplanner("rollover", str(riverside_file), "--year", "2026-27", "--apply", "--early")
    assert applied.returncode == 0, applied.stderr
    assert "Started 2027-28;" in applied.stdout
    # The plan's last year: refused without --extend, with one sentence and no change.
    refused = lipplanner("rollover", str(riverside_file), "--apply")
    assert refused.returncode == 1
    assert refused.stderr.startswith("lipplanner rollover: 2028-29 is beyond the plan’s last")
    assert len(refused.stderr.strip().splitlines()) == 1
    db = open_plan(riverside_file, read_only=True)
    try:
        assert load_plan_view(db).plan.current_year == 2027
    finally:
        db.close()


def test_submissions_lists_and_writes_a_report_as_sent(
    riverside_file: Path, tmp_path: Path
) -> None:
    book = io.BytesIO()
    Workbook().save(book)
    db = open_plan(riverside_file)
    try:
        submit_report(
            db,
            workbook_bytes=book.getvalue(),
            snapshot=plan_snapshot(load_plan_view(db, Period(2026, 2)), "fr"),
            period=Period(2026, 2),
            language="fr",
            recipient="IRCC",
            file_name="rapport.xlsx",
        )
    finally:
        db.close()
    listed = lipplanner("submissions", str(riverside_file))
    assert listed.returncode == 0, listed.stderr
    assert "Q2 2026-27" in listed.stdout and "IRCC — rapport.xlsx" in listed.stdout
    out = tmp_path / "sent.xlsx"
    saved = lipplanner("submissions", str(riverside_file), "--save", "1", str(out))
    assert saved.returncode == 0, saved.stderr
    assert out.read_bytes() == book.getvalue()
    again = lipplanner("submissions", str(riverside_file), "--save", "1", str(out))
    assert again.returncode == 1 and "already exists" in again.stderr
    missing = lipplanner("submissions", str(riverside_file), "--save", "7", str(tmp_path / "x"))
    assert missing.returncode == 1
    assert "There is no submitted report 7 in this plan." in missing.stderr
