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

from lipplanner.core.db import PlanDatabase
from lipplanner.core.periods import Period
from lipplanner.core.reports.labels import SHEETS, Labels
from lipplanner.core.reports.progress_report import (
    ReportOptions,
    build_report,
    export_progress_report,
)
from lipplanner.core.services.plan_view import PlanView, load_plan_view

from .conftest import PREPARED_ON, PREPARER
from .pdf_pages import SIDE, by_sheet, read_pages

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


def printed(workbook: Path, out: Path) -> Path:
    soffice(["--convert-to", "pdf", str(workbook)], out)
    pdf = out / f"{workbook.stem}.pdf"
    assert pdf.exists()
    return pdf


def test_prints_every_sheet_readable_on_letter_landscape(
    exported: tuple[str, Path], tmp_path: Path
) -> None:
    lang, workbook = exported
    labels = Labels(lang)
    pdf = printed(workbook, tmp_path)
    pages = read_pages(pdf)
    assert len(pages) == page_count(pdf) < 40
    sheets = by_sheet(pages)
    # Every sheet prints, in order, each page saying in its footer which sheet it is.
    assert list(sheets) == [labels.sheet(key) for key in SHEETS]
    for name, sheet_pages in sheets.items():
        for page in sheet_pages:
            where = f"{name}, page {page.number}"
            assert (page.width, page.height) == (792.0, 612.0), where  # Letter landscape
            # 10-point body text printed at 70 % or more: nothing under 7 points.
            assert page.smallest_text >= 7.0, (where, page.smallest_text)
            # One page wide: nothing beyond the right margin.
            assert page.right_edge <= page.width - SIDE + 1, where
        # No near-empty page, except the last of a sheet.
        for page in sheet_pages[:-1]:
            assert page.used >= 0.25, (name, page.number, page.used)
    # The Summary of a normal plan is one page.
    assert len(sheets[labels.sheet("summary")]) == 1


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_action_plans_statuses_print_with_their_words_whole(
    lang: str, riverside: PlanDatabase, tmp_path: Path
) -> None:
    """A Status column too narrow for its longest word broke it inside: the tester's
    French report of Q3 2026-27 printed "Préoccupation" / "s importantes". Every word of
    every status the action plan shows prints whole."""
    from lipplanner.core.demo import DEMO_REFERENCE_DAY

    view = load_plan_view(riverside, Period(2026, 3), today=DEMO_REFERENCE_DAY)
    workbook = export_progress_report(
        view, tmp_path / f"q3-{lang}.xlsx", ReportOptions(lang, PREPARER, PREPARED_ON)
    )
    labels = Labels(lang)
    words = {
        word for action in view.actions for word in view.current_status(action).label(lang).split()
    }
    assert "Préoccupations" in words or lang == "en"  # the longest word is there to test
    pages = by_sheet(read_pages(printed(workbook, tmp_path)))[labels.sheet("action_plan")]
    printed_words = {w.text for page in pages for w in page.body}
    assert words <= printed_words, words - printed_words


def test_a_2000_action_summary_prints_on_three_pages_at_most(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    from lipplanner.core.db import open_plan
    from lipplanner.core.demo import create_synthetic_file
    from lipplanner.core.services.plan_view import load_plan_view

    folder = tmp_path_factory.mktemp("big-report")
    db = open_plan(create_synthetic_file(folder / "big.lip", 2000), read_only=True)
    try:
        view = load_plan_view(db, Period(2026, 2), today=PREPARED_ON)
    finally:
        db.close()
    report = build_report(view, ReportOptions("en", PREPARER))
    for ws in report.worksheets[:]:  # LibreOffice then prints only what is measured
        if ws.title != "Summary":
            report.remove(ws)
    workbook = folder / "big.xlsx"
    report.save(workbook)
    sheets = by_sheet(read_pages(printed(workbook, folder)))
    summary = sheets["Summary"]
    assert len(summary) <= 3
    text = " ".join(page.text for page in summary)
    # The lists are capped, and say how many more there are and where to find them.
    assert "more — see Action plan" in text
    assert all(page.smallest_text >= 7.0 for page in summary)


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
        kind = view.current_status(action.id).kind
        sign = "\u00a0%" if lang == "fr" else "%"  # French: "50 %", as its sentences
        shown = {"ongoing": "", "completed": f"100{sign}"}.get(
            kind, f"{health.percent_complete}{sign}"
        )
        assert row[12] == shown
        if action.end_date:
            assert row[10] == action.end_date.isoformat()
