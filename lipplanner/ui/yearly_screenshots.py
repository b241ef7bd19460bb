"""Screenshots of the yearly-cycle windows for the user guide, on the Riverside demo.

    QT_QPA_PLATFORM=offscreen python -m lipplanner.ui.yearly_screenshots docs/screenshots
    QT_QPA_PLATFORM=offscreen python -m lipplanner.ui.yearly_screenshots docs/screenshots/fr fr

Writes rollover-preview.png, submitted-reports.png and compare-submissions.png, with
the interface and the plan's names in `lang`.
"""

from __future__ import annotations

import io
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from lipplanner.core.db import open_plan
from lipplanner.core.demo import DEMO_LAST_FULL_QUARTER, create_demo_file
from lipplanner.core.services.plan_view import load_plan_view
from lipplanner.core.services.submissions import (
    compare_submissions,
    get_submission,
    plan_snapshot,
    submit_report,
)
from lipplanner.ui.context import PlanContext
from lipplanner.ui.dialogs.rollover import RolloverDialog
from lipplanner.ui.views.submissions import CompareDialog, SubmissionsView

SIZE = (900, 600)


def _grab(widget: QWidget, target: Path) -> Path:
    widget.resize(*SIZE)
    widget.show()
    QApplication.processEvents()
    widget.grab().save(str(target), "PNG")
    widget.close()
    widget.deleteLater()
    QApplication.processEvents()
    return target


def _empty_workbook() -> bytes:
    from openpyxl import Workbook

    out = io.BytesIO()
    Workbook().save(out)
    return out.getvalue()


def render_yearly_screenshots(out_dir: str | Path, lang: str = "en") -> list[Path]:
    """Render the three windows; returns the files written."""
    if QApplication.instance() is None:
        raise RuntimeError("render_yearly_screenshots needs a QApplication")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="lipplanner-shots-"))
    db = open_plan(create_demo_file(work / "riverside.lip"))
    written: list[Path] = []
    try:
        period = DEMO_LAST_FULL_QUARTER
        context = PlanContext(db, period=period, lang=lang)
        written.append(_grab(RolloverDialog(context), out / "rollover-preview.png"))
        ids = []
        for when in (period.previous(), period):
            name = f"Riverside LIP progress report {when}.xlsx"
            ids.append(
                submit_report(
                    db,
                    workbook_bytes=_empty_workbook(),
                    snapshot=plan_snapshot(load_plan_view(db, when), lang),
                    period=when,
                    language=lang,
                    recipient="IRCC Ontario Region",
                    file_name=name,
                )
            )
        context.reload()
        view = SubmissionsView(context)
        view.table.selectAll()
        written.append(_grab(view, out / "submitted-reports.png"))
        older, newer = (get_submission(db, i) for i in ids)
        dialog = CompareDialog(older.info, newer.info, compare_submissions(older, newer))
        written.append(_grab(dialog, out / "compare-submissions.png"))
        context.deleteLater()
    finally:
        db.close()
        shutil.rmtree(work, ignore_errors=True)
    return written


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out_dir = args[0] if args else "docs/screenshots"
    lang = args[1] if len(args) > 1 else "en"
    app = QApplication.instance() or QApplication(sys.argv[:1])
    try:  # the interface in `lang`, where the French interface is part of the build
        from lipplanner.ui.i18n import install_language  # type: ignore[import-not-found]
    except ImportError:
        pass
    else:
        install_language(app, lang)
    for path in render_yearly_screenshots(out_dir, lang):
        print(f"wrote {path}")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
