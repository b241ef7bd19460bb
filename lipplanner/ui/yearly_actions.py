"""The yearly cycle in the main window: Plan → Start next fiscal year… and the
Submitted reports view."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

# The dialog and the view (and the services behind them) are imported when first used.
if TYPE_CHECKING:
    from lipplanner.ui.context import PlanContext

SUBMISSIONS_VIEW = "submissions"


def tr(text: str) -> str:
    return QCoreApplication.translate("yearly", text)


def start_next_year(window: Any, context: PlanContext) -> None:
    """Plan → Start next fiscal year…: the roll-over dialog, then the roll-over."""
    from lipplanner.ui.dialogs.rollover import start_next_year as start

    start(window, context)


def _submissions_view(context: PlanContext) -> QWidget:
    from lipplanner.ui.views.submissions import SubmissionsView

    return SubmissionsView(context)


def install(window: Any) -> None:
    """Add the roll-over command to the Plan menu and the Submitted reports view."""
    menu = window.menu("plan")
    menu.addSeparator()
    start = QAction(tr("Start next &fiscal year…"), window)
    start.setObjectName("action_start_next_year")
    start.setStatusTip(
        tr("Close the finished actions and carry the others into next year's action plan.")
    )

    def run() -> None:
        context: PlanContext | None = window.context
        if context is not None:
            start_next_year(window, context)

    def enable() -> None:
        context: PlanContext | None = window.context
        start.setEnabled(context is not None and not context.read_only)

    start.triggered.connect(run)
    menu.aboutToShow.connect(enable)
    menu.addAction(start)
    enable()
    window.add_view(SUBMISSIONS_VIEW, tr("Submitted reports"), _submissions_view)
