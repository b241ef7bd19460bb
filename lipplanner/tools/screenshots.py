"""Render every main view on the Riverside plan into PNG files for the docs.

    python -m lipplanner.tools.screenshots [--out docs/screenshots] [--lang en]

Runs offscreen (no display needed) at a realistic window size, on a fresh copy of
the demo plan in a temporary folder, with a throwaway settings profile.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

SIZE = (1400, 900)


def _parse(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m lipplanner.tools.screenshots")
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--lang", choices=("en", "fr"), default="en")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    options = _parse(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    profile = Path(tempfile.mkdtemp(prefix="lipplanner-shots-"))
    for variable in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        os.environ[variable] = str(profile / variable.lower())
    os.environ["LIPPLANNER_USER"] = "Riverside LIP Secretariat"

    from PySide6.QtWidgets import QApplication, QWidget

    from lipplanner.core.demo import create_demo_file
    from lipplanner.ui.application import make_application
    from lipplanner.ui.main_window import MainWindow

    app = make_application()
    out: Path = options.out
    out.mkdir(parents=True, exist_ok=True)
    plan = create_demo_file(profile / "Riverside.lip")
    from lipplanner.ui import i18n

    i18n.install_language(app, options.lang)
    window = MainWindow()
    window.resize(*SIZE)
    window.show()

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    def shot(name: str, widget: QWidget | None = None) -> None:
        settle()
        path = out / f"{name}.png"
        (widget or window).grab().save(str(path))
        print(f"wrote {path}")

    shot("welcome")
    if not window.open_plan(str(plan)):
        return 1
    context = window.context
    assert context is not None
    view = context.view()

    def code(kind: str, wanted: str) -> int:
        items = {"action": view.actions, "objective": view.objectives, "priority": view.priorities}
        return next(i.id for i in items[kind].values() if i.code == wanted)  # type: ignore[attr-defined]

    def partner(name: str) -> int:
        return next(p.id for p in view.partners.values() if p.name_en == name)

    def body(name: str) -> int:
        return next(b.id for b in view.bodies.values() if b.name_en == name)

    steps: list[tuple[str, str, Callable[[object], None]]] = [
        ("plan", "plan", lambda page: page.select_item("action", code("action", "A2.1"))),  # type: ignore[attr-defined]
        (
            "plan-priority",
            "plan",
            lambda page: page.select_item("priority", code("priority", "P4")),
        ),  # type: ignore[attr-defined]
        ("actions", "actions", lambda page: page.select_item("action", code("action", "A4.2"))),  # type: ignore[attr-defined]
        (
            "partners",
            "partners",
            lambda page: page.select_item("partner", partner("Riverside Newcomer Centre")),  # type: ignore[attr-defined]
        ),
        (
            "bodies",
            "bodies",
            lambda page: page.select_item("body", body("Settle Working Group")),  # type: ignore[attr-defined]
        ),
        (
            "practices",
            "practices",
            lambda page: page.select_item("practice", min(view.practices)),  # type: ignore[attr-defined]
        ),
    ]
    for name, key, prepare in steps:
        window.show_view(key)
        page = window.current_view(key)
        prepare(page)
        shot(name)
        if name == "plan":
            form = page.forms["action"]  # type: ignore[union-attr]
            form.tabs.setCurrentIndex(2)
            shot("action-history")
            form.tabs.setCurrentIndex(1)
            shot("action-partners")
            form.tabs.setCurrentIndex(0)
        if name == "partners":
            form = page.forms["partner"]  # type: ignore[union-attr]
            form.tabs.setCurrentIndex(1)
            shot("partner-contacts")
            form.tabs.setCurrentIndex(0)

    actions = window.current_view("actions")
    window.show_view("actions")
    actions.search.setText("riverside city")  # type: ignore[union-attr]
    actions.overdue.setChecked(False)  # type: ignore[union-attr]
    shot("actions-search")
    actions.search.clear()  # type: ignore[union-attr]
    _dialog_shots(context, profile, shot)
    window.close_plan()
    window.close()
    QApplication.processEvents()
    # The progress and yearly-cycle views render themselves on their own demo copy.
    from lipplanner.ui.import_screenshots import render_import_screenshots
    from lipplanner.ui.progress_views import render_progress_screenshots
    from lipplanner.ui.yearly_screenshots import render_yearly_screenshots

    for path in (
        *render_import_screenshots(out, options.lang),
        *render_progress_screenshots(out, options.lang),
        *render_yearly_screenshots(out, options.lang),
    ):
        print(f"wrote {path}")
    return 0


def _dialog_shots(context: Any, profile: Path, shot: Callable[[str, Any], None]) -> None:
    """The export, partner-workbooks and update-import dialogs the guide shows."""
    import openpyxl

    from lipplanner.core.periods import Period
    from lipplanner.core.reports.partner_workbooks import write_partner_workbooks
    from lipplanner.core.reports.update_import import read_update_workbook
    from lipplanner.ui.dialogs.export_report import ExportReportDialog
    from lipplanner.ui.dialogs.partner_workbooks import PartnerWorkbooksDialog
    from lipplanner.ui.dialogs.update_import import UpdateImportDialog

    export = ExportReportDialog(context)
    export.show()
    shot("export-report", export)
    export.close()
    workbooks = PartnerWorkbooksDialog(context)
    workbooks.show()
    shot("partner-workbooks", workbooks)
    workbooks.close()
    # A partner's returned workbook, answered as Maple Valley Employment Hub would.
    (profile / "round").mkdir(exist_ok=True)
    written = write_partner_workbooks(
        context.db, Period(2026, 3), profile / "round", lang=context.lang
    )
    returned = next(w.path for w in written.workbooks if "Maple" in w.partner)
    book = openpyxl.load_workbook(returned)
    sheet = book.worksheets[2]  # Instructions, Lists, then the updates
    sheet["I5"] = "Twelve employers joined the circles this quarter."
    sheet["F6"] = sheet["F5"].value  # A1.4 starts: the same status label as A1.1's
    sheet["G6"] = 15
    book.save(returned)
    preview = UpdateImportDialog(context, read_update_workbook(context.db, returned))
    preview.resize(1100, 600)
    preview.show()
    shot("import-updates", preview)
    preview.close()


if __name__ == "__main__":
    sys.exit(main())
