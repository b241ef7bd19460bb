"""Progress tracking in the main window: the quarterly round, indicators, updates due and
the dashboard, plus the function that renders their screenshots for the docs."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QWidget

from lipplanner.core.periods import Period
from lipplanner.ui.context import PlanContext

SCREENSHOT_SIZE = (1400, 900)
SCREENSHOT_PERIOD = Period(2026, 3)  # the demo's half-reported quarter: a real chase list


class _Window(Protocol):
    def add_view(
        self, key: str, title: str, factory: Callable[[PlanContext], QWidget], icon: object = None
    ) -> None: ...


def tr(text: str) -> str:
    return QCoreApplication.translate("progress_views", text)


def _progress_entry(context: PlanContext) -> QWidget:
    from lipplanner.ui.views.progress_entry import ProgressEntryView

    return ProgressEntryView(context)


def _indicators(context: PlanContext) -> QWidget:
    from lipplanner.ui.views.indicators import IndicatorsView

    return IndicatorsView(context)


def _updates_due(context: PlanContext) -> QWidget:
    from lipplanner.ui.views.updates_due import UpdatesDueView

    return UpdatesDueView(context)


def _dashboard(context: PlanContext) -> QWidget:
    from lipplanner.ui.views.dashboard import DashboardView

    return DashboardView(context)


VIEWS: tuple[tuple[str, str, Callable[[PlanContext], QWidget]], ...] = (
    ("progress_dashboard", QT_TRANSLATE_NOOP("progress_views", "Dashboard"), _dashboard),
    (
        "progress_entry",
        QT_TRANSLATE_NOOP("progress_views", "Progress entry"),
        _progress_entry,
    ),
    ("updates_due", QT_TRANSLATE_NOOP("progress_views", "Updates due"), _updates_due),
    ("indicators", QT_TRANSLATE_NOOP("progress_views", "Indicators"), _indicators),
)


def install(window: _Window) -> None:
    """Add the progress views to the main window's navigation."""
    for key, title, factory in VIEWS:
        window.add_view(key, tr(title), factory)


def render_progress_screenshots(out_dir: str | Path, lang: str = "en") -> list[Path]:
    """Render the four progress views on a fresh copy of the Riverside demo plan, for the
    documentation; returns the PNG files written (dashboard.png, progress-entry.png, …)."""
    from lipplanner.core.db import open_plan
    from lipplanner.core.demo import create_demo_file

    if QApplication.instance() is None:
        raise RuntimeError("render_progress_screenshots needs a QApplication")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="lipplanner-shots-"))
    db = open_plan(create_demo_file(work / "riverside.lip"))
    written: list[Path] = []
    try:
        context = PlanContext(db, period=SCREENSHOT_PERIOD, lang=lang)
        names = {
            "progress_dashboard": "dashboard.png",
            "progress_entry": "progress-entry.png",
            "updates_due": "updates-due.png",
            "indicators": "indicators.png",
        }
        for key, _title, factory in VIEWS:
            widget = factory(context)
            widget.resize(*SCREENSHOT_SIZE)
            _stage(key, widget, context)
            # Laid out without showing: no window flashes up, and offscreen needs none.
            widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
            widget.show()
            QApplication.processEvents()
            target = out / names[key]
            widget.grab().save(str(target), "PNG")
            written.append(target)
            widget.close()
            widget.deleteLater()
            QApplication.processEvents()
            context.set_period(SCREENSHOT_PERIOD)
        context.deleteLater()
    finally:
        db.close()
        shutil.rmtree(work, ignore_errors=True)
    return written


def _stage(key: str, widget: QWidget, context: PlanContext) -> None:
    """Show each view in a telling state for the documentation."""
    if key == "progress_dashboard":
        widget.by_priority.setChecked(True)  # type: ignore[attr-defined]
    elif key == "progress_entry":
        # The lead partner with the most updates still due: the round in progress.
        view = context.view()
        busiest = max(
            view.led_by,
            key=lambda p: (sum(view.health[a].stale for a in view.led_by[p]), len(view.led_by[p])),
        )
        group = widget.group  # type: ignore[attr-defined]
        group.setCurrentIndex(group.findData(busiest))
    elif key == "indicators":
        context.set_period(SCREENSHOT_PERIOD.previous())  # the last quarter with actuals
