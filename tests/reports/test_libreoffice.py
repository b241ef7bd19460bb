"""The report opened by a real spreadsheet application: LibreOffice converts it to PDF
(it prints) and to CSV (it reads the values back as the plan holds them)."""

from __future__ import annotations

import csv
import re
import shutil
import subprocess
import uuid
from pathlib import Path

import pytest

from lipplanner.core.reports.labels import SHEETS, Labels
from lipplanner.core.services.plan_view import PlanView

pytestmark = [
    pytest.mark.libreoffice,
    pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is missing"),
]


def soffice(args: list[str], out: Path) -> None:
    """Run LibreOffice headless with a private profile (parallel runs do not collide)."""
    profile = Path("/tmp") / f"lipplanner-lo-{uuid.uuid4().hex}"
    try:
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation={profile.as_uri()}",
                "--headless",
                "--norestore",
                *args,
                "--outdir",
                str(out),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def page_count(pdf: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf.read_bytes()))


def test_prints_to_a_sensible_pdf(exported: tuple[str, Path], tmp_path: Path) -> None:
    _lang, workbook = exported
    soffice(["--convert-to", "pdf", str(workbook)], tmp_path)
    pdf = tmp_path / f"{workbook.stem}.pdf"
    assert pdf.exists()
    # At least one page per sheet, and not hundreds: every sheet is one page wide.
    assert len(SHEETS) <= page_count(pdf) < 60


def test_libreoffice_reads_the_action_plan_back(
    exported: tuple[str, Path], riverside_view: PlanView, tmp_path: Path
) -> None:
    lang, workbook = exported
    sheet_number = SHEETS.index("action_plan") + 1
    # Comma, double quote, UTF-8, from line 1, …, values as shown, one sheet.
    options = f"44,34,76,1,,0,false,true,true,false,false,{sheet_number}"
    soffice(["--convert-to", f"csv:Text - txt - csv (StarCalc):{options}", str(workbook)], tmp_path)
    produced = list(tmp_path.glob("*.csv"))
    assert len(produced) == 1
    with produced[0].open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert tuple(rows[0]) == Labels(lang).action_plan_headers
    view = riverside_view
    assert len(rows) - 1 == len(view.actions)
    for row, action in zip(rows[1:], view.ordered_actions, strict=True):
        health = view.health[action.id]
        assert row[4] == action.code
        assert row[5] == action.title(lang)
        assert row[11] == view.current_status(action.id).label(lang)
        assert row[12] == f"{health.percent_complete}%"
        if action.end_date:
            assert row[10] == action.end_date.isoformat()
