"""Bringing an existing plan in from a spreadsheet (being rebuilt as staged pipeline)."""

from lipplanner.core.reports.plan_import.workbook import *  # noqa: F403
from lipplanner.core.reports.plan_import.workbook import (  # noqa: F401
    STATUS_SYNONYMS,
    ImportPreview,
    PlanIdentity,
    create_plan_file,
    default_identity,
    read_plan_workbook,
    status_lookup,
)
