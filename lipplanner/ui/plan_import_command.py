"""The plan import as one undoable step: everything the preview holds is added to the
open plan in one transaction, and Undo takes back exactly the items it created."""

from __future__ import annotations

from lipplanner.core.reports.plan_import import ImportPreview
from lipplanner.core.reports.plan_import.writing import (
    ImportedItems,
    add_to_plan,
    remove_imported,
)
from lipplanner.ui.context import PlanContext
from lipplanner.ui.undo import ServiceCommand


class ImportPlanCommand(ServiceCommand):
    """Add an import preview to the plan; undo removes what it added (never the trash:
    nothing the coordinator made is touched)."""

    def __init__(self, context: PlanContext, preview: ImportPreview, text: str) -> None:
        super().__init__(context, text)
        self.preview = preview
        self.items: ImportedItems | None = None

    def apply(self) -> None:
        self.items = add_to_plan(self.context.db, self.preview)

    def revert(self) -> None:
        assert self.items is not None
        remove_imported(self.context.db, self.items)
        self.items = None
