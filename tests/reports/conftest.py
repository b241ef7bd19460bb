"""Fixtures of the report and import tests: the Riverside plan as the report sees it
(at the end of its last fully reported quarter), exported once per language."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from lipplanner.core.db import open_plan
from lipplanner.core.demo import DEMO_LAST_FULL_QUARTER
from lipplanner.core.reports.progress_report import ReportOptions, export_progress_report
from lipplanner.core.services.plan_view import PlanView, load_plan_view

PREPARED_ON = dt.date(2026, 10, 30)
PREPARER = "Jordan Millbrook"


@pytest.fixture(scope="session")
def riverside_view(_riverside_master: Path) -> Iterator[PlanView]:
    """Riverside at the end of its last fully reported quarter."""
    db = open_plan(_riverside_master, read_only=True)
    try:
        yield load_plan_view(db, DEMO_LAST_FULL_QUARTER, today=PREPARED_ON)
    finally:
        db.close()


@pytest.fixture(scope="session", params=["en", "fr"])
def exported(
    request: pytest.FixtureRequest,
    riverside_view: PlanView,
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[str, Path]:
    """(language, path) of the Riverside report, written once per language."""
    lang = request.param
    path = tmp_path_factory.mktemp(f"report-{lang}") / f"riverside-{lang}.xlsx"
    export_progress_report(riverside_view, path, ReportOptions(lang, PREPARER, PREPARED_ON))
    return lang, path


@pytest.fixture(scope="session")
def workbook(exported: tuple[str, Path]) -> openpyxl.Workbook:
    return openpyxl.load_workbook(exported[1])
