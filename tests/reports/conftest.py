"""Fixtures of the import tests (the workbooks themselves are built in workbooks.py)."""

from __future__ import annotations

from datetime import date

import pytest

from lipplanner.core.db import PlanDatabase
from lipplanner.core.services.plan_view import PlanView, load_plan_view
from tests.reports.workbooks import REPORT_PERIOD


@pytest.fixture
def riverside_view(riverside: PlanDatabase) -> PlanView:
    return load_plan_view(riverside, REPORT_PERIOD, today=date(2026, 10, 15))
