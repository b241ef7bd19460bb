"""Render every main view and the main dialogs of the Riverside plan into PNG files.

    python -m lipplanner.tools.screenshots [--size 1280x800 ...] [--lang en|fr|all]
    python -m lipplanner.tools.screenshots --guide [--lang en|fr|all]

By default every view in the navigation, and the dialogs the guide documents, at each
screen size a coordinator's desk has (1280x720, 1280x800, 1920x1080) in both languages:
docs/screenshots/<lang>/<WxH>/<view>.png, for looking at the layout where it breaks.
--guide writes the user guide's own pictures instead (docs/screenshots/*.png, French
in docs/screenshots/fr/), at the size the guide was written for.

Runs offscreen (no display needed), on a fresh copy of the demo plan in a temporary
folder, with a throwaway settings profile: nothing a window remembered leaks in.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from lipplanner.ui.context import PlanContext
    from lipplanner.ui.main_window import MainWindow

Size = tuple[int, int]
SIZES: tuple[Size, ...] = ((1280, 720), (1280, 800), (1920, 1080))
GUIDE_SIZE: Size = (1400, 900)
LANGUAGES = ("en", "fr")
# A dialog on a real desk loses a title bar and a panel to the screen's height.
DESK_FRAME = 60

# The dialogs each desk size shows (the rest are the main window).
DIALOGS = (
    "export-report",
    "partner-workbooks",
    "rollover-preview",
    "preferences",
    "import-assistant-sheets",
    "import-assistant-layout",
    "import-assistant-match",
    "import-assistant-preview",
)

Shot = Callable[[str, "QWidget | None"], None]


def parse_size(text: str) -> list[Size]:
    """'1280x800' or a list '1280x720,1920x1080' as (width, height) pairs."""
    sizes = []
    for part in filter(None, re.split(r"[,\s]+", text.strip())):
        match = re.fullmatch(r"(\d{3,5})[xX×](\d{3,5})", part)
        if match is None:
            raise argparse.ArgumentTypeError(
                f"{part!r} is not a screen size: write it as WIDTHxHEIGHT, like 1280x800."
            )
        sizes.append((int(match.group(1)), int(match.group(2))))
    return sizes


def _parse(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m lipplanner.tools.screenshots")
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument(
        "--size",
        type=parse_size,
        action="append",
        help="WIDTHxHEIGHT, repeatable or comma-separated (default: all three desk sizes)",
    )
    parser.add_argument("--lang", choices=(*LANGUAGES, "all"), default="all")
    parser.add_argument(
        "--guide", action="store_true", help="the user guide's pictures, under their own names"
    )
    options = parser.parse_args(argv)
    if options.guide and options.size:
        parser.error("--guide renders at the guide's own size; leave out --size.")
    options.sizes = [s for group in options.size or [SIZES] for s in group]
    options.langs = LANGUAGES if options.lang == "all" else (options.lang,)
    return options


def main(argv: Sequence[str] | None = None) -> int:
    options = _parse(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    profile = Path(tempfile.mkdtemp(prefix="lipplanner-shots-"))
    for variable in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        os.environ[variable] = str(profile / variable.lower())
    os.environ["LIPPLANNER_USER"] = "Riverside LIP Secretariat"

    from lipplanner.ui import i18n
    from lipplanner.ui.application import make_application

    app = make_application()
    for lang in options.langs:
        i18n.switch_language(app, lang)
        if options.guide:
            out = options.out / "fr" if lang == "fr" else options.out
            for path in render_guide(out, lang, profile):
                print(f"wrote {path}")
            continue
        for size in options.sizes:
            out = options.out / lang / f"{size[0]}x{size[1]}"
            for path in render_desk(out, size, profile):
                print(f"wrote {path}")
    return 0


# -- one window, every view ------------------------------------------------------------------


def _settle() -> None:
    from PySide6.QtWidgets import QApplication

    for _ in range(5):
        QApplication.processEvents()


def _save(widget: QWidget, path: Path) -> Path:
    """A PNG of `widget` as the screen shows it, in 256 colours: a window is flat
    colours and text, so a palette keeps it readable at a quarter of the bytes (a
    1280x800 view: 300 KB in full colour, 70 KB like this)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    _settle()
    path.parent.mkdir(parents=True, exist_ok=True)
    image = widget.grab().toImage()
    flags = Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither
    image = image.convertToFormat(QImage.Format.Format_Indexed8, flags)
    if not image.save(str(path), "PNG", 9):
        raise OSError(f"Could not write {path}.")
    return path


def _open_window(profile: Path, size: Size) -> tuple[MainWindow, PlanContext]:
    """A main window as a first start shows it (no remembered sizes), with a fresh copy
    of the Riverside plan open."""
    from PySide6.QtCore import QSettings

    from lipplanner.core.demo import create_demo_file
    from lipplanner.ui.main_window import MainWindow

    QSettings().clear()
    profile.mkdir(parents=True, exist_ok=True)
    plan = profile / "Riverside.lip"
    for leftover in profile.glob("Riverside.lip*"):
        leftover.unlink()
    create_demo_file(plan)
    window = MainWindow()
    window.resize(*size)
    window.show()
    _settle()
    if not window.open_plan(str(plan)):
        raise RuntimeError(f"The demo plan {plan} did not open.")
    assert window.context is not None
    return window, window.context


class _Demo:
    """Finding the demo's items by the names the guide uses."""

    def __init__(self, context: PlanContext) -> None:
        self.view = context.view()

    def code(self, kind: str, wanted: str) -> int:
        items: dict[str, Any] = {
            "action": self.view.actions,
            "objective": self.view.objectives,
            "priority": self.view.priorities,
        }
        return int(next(i.id for i in items[kind].values() if i.code == wanted))

    def partner(self, name: str) -> int:
        return next(p.id for p in self.view.partners.values() if p.name_en == name)

    def body(self, name: str) -> int:
        return next(b.id for b in self.view.bodies.values() if b.name_en == name)


def _stage(key: str, page: Any, demo: _Demo, context: PlanContext) -> None:
    """Each view in a telling state: an item chosen where the view has a form."""
    if key == "plan":
        page.select_item("action", demo.code("action", "A2.1"))
    elif key == "actions":
        page.select_item("action", demo.code("action", "A4.2"))
    elif key == "partners":
        page.select_item("partner", demo.partner("Riverside Newcomer Centre"))
    elif key == "bodies":
        page.select_item("body", demo.body("Settlement Working Group"))
    elif key == "practices":
        page.select_item("practice", min(demo.view.practices))
    elif key == "progress_dashboard":
        page.by_priority.setChecked(True)
    elif key == "progress_entry":
        # The lead partner with the most updates still due: the round in progress.
        view = demo.view
        busiest = max(
            view.led_by,
            key=lambda p: (sum(view.health[a].stale for a in view.led_by[p]), len(view.led_by[p])),
        )
        page.group.setCurrentIndex(page.group.findData(busiest))


def render_desk(out: Path, size: Size, profile: Path) -> list[Path]:
    """Every view in the navigation and the main dialogs, as a window of `size` shows
    them; returns the files written (plan.png, actions.png, …, export-report.png)."""
    window, context = _open_window(profile, size)
    demo = _Demo(context)
    written: list[Path] = []
    try:
        for entry in list(window._entries):
            window.show_view(entry.key)
            page = window.current_view(entry.key)
            _stage(entry.key, page, demo, context)
            written.append(_save(window, out / f"{entry.key.replace('_', '-')}.png"))
            if entry.key == "plan":
                written += _plan_extras(window, page, demo, out)
        written += _dialogs(window, context, size, profile, out)
    finally:
        window.close_plan()
        window.close()
        window.deleteLater()
        _settle()
    return written


def _plan_extras(window: MainWindow, page: Any, demo: _Demo, out: Path) -> list[Path]:
    """The Plan view with nothing selected and with a priority; the action form's tabs."""
    written = []
    form = page.forms["action"]
    for index, name in ((1, "action-partners"), (2, "action-history")):
        form.tabs.setCurrentIndex(index)
        written.append(_save(window, out / f"{name}.png"))
    form.tabs.setCurrentIndex(0)
    page.select_item("priority", demo.code("priority", "P4"))
    written.append(_save(window, out / "plan-priority.png"))
    page.view_widget.selectionModel().clearCurrentIndex()
    page.view_widget.clearSelection()
    page._show_item(None)
    written.append(_save(window, out / "plan-nothing-selected.png"))
    return written


def _fit(dialog: QWidget, size: Size) -> None:
    """Open `dialog` at the size it asks for, as far as the screen has room."""
    wanted = dialog.size() if dialog.testAttribute(_resized()) else dialog.sizeHint()
    dialog.resize(min(wanted.width(), size[0]), min(wanted.height(), size[1] - DESK_FRAME))


def _resized() -> Any:
    from PySide6.QtCore import Qt

    return Qt.WidgetAttribute.WA_Resized


def _dialogs(
    window: MainWindow, context: PlanContext, size: Size, profile: Path, out: Path
) -> list[Path]:
    from lipplanner.ui.dialogs.export_report import ExportReportDialog
    from lipplanner.ui.dialogs.partner_workbooks import PartnerWorkbooksDialog
    from lipplanner.ui.dialogs.preferences import PreferencesDialog
    from lipplanner.ui.dialogs.rollover import RolloverDialog
    from lipplanner.ui.import_screenshots import render_import_screenshots

    written = []
    makers: list[tuple[str, Callable[[], QWidget]]] = [
        ("export-report", lambda: ExportReportDialog(context, window)),
        ("partner-workbooks", lambda: PartnerWorkbooksDialog(context, window)),
        ("rollover-preview", lambda: RolloverDialog(context, window)),
        ("preferences", lambda: PreferencesDialog(window)),
    ]
    for name, make in makers:
        dialog = make()
        _fit(dialog, size)
        dialog.show()
        written.append(_save(dialog, out / f"{name}.png"))
        dialog.close()
        dialog.deleteLater()
    room = (min(1000, size[0]), min(700, size[1] - DESK_FRAME))
    written += render_import_screenshots(out, context.lang, size=room)
    return written


# -- the user guide's pictures -------------------------------------------------------------


def render_guide(out: Path, lang: str, profile: Path) -> list[Path]:
    """The pictures docs/guide shows, under the names it uses."""
    from lipplanner.ui.import_screenshots import render_import_screenshots
    from lipplanner.ui.progress_views import render_progress_screenshots
    from lipplanner.ui.yearly_screenshots import render_yearly_screenshots

    window, context = _open_window(profile, GUIDE_SIZE)
    demo = _Demo(context)
    written: list[Path] = []
    try:
        for key in ("plan", "actions", "partners", "bodies", "practices"):
            window.show_view(key)
            page: Any = window.current_view(key)
            _stage(key, page, demo, context)
            written.append(_save(window, out / f"{key}.png"))
            if key == "plan":
                form = page.forms["action"]
                for index, name in ((2, "action-history"), (1, "action-partners")):
                    form.tabs.setCurrentIndex(index)
                    written.append(_save(window, out / f"{name}.png"))
                form.tabs.setCurrentIndex(0)
                page.select_item("priority", demo.code("priority", "P4"))
                written.append(_save(window, out / "plan-priority.png"))
            if key == "partners":
                form = page.forms["partner"]
                form.tabs.setCurrentIndex(1)
                written.append(_save(window, out / "partner-contacts.png"))
                form.tabs.setCurrentIndex(0)
        window.show_view("actions")
        actions: Any = window.current_view("actions")
        actions.search.setText("riverside city")
        actions.overdue.setChecked(False)
        written.append(_save(window, out / "actions-search.png"))
        actions.search.clear()
        written += _guide_dialogs(context, profile, out)
    finally:
        window.close_plan()
        window.close()
        window.deleteLater()
        _settle()
    welcome = _welcome(profile)
    written.append(_save(welcome, out / "welcome.png"))
    welcome.close()
    # The progress and yearly-cycle views render themselves on their own demo copy.
    written += render_import_screenshots(out, lang)
    written += render_progress_screenshots(out, lang)
    written += render_yearly_screenshots(out, lang)
    return written


def _welcome(profile: Path) -> QWidget:
    """The welcome page of a first start (no recent plans)."""
    from PySide6.QtCore import QSettings

    from lipplanner.ui.main_window import MainWindow

    QSettings().clear()
    window = MainWindow()
    window.resize(*GUIDE_SIZE)
    window.show()
    return window


def _guide_dialogs(context: PlanContext, profile: Path, out: Path) -> list[Path]:
    """The export, partner-workbooks and update-import dialogs the guide shows."""
    import openpyxl

    from lipplanner.core.periods import Period
    from lipplanner.core.reports.partner_workbooks import write_partner_workbooks
    from lipplanner.core.reports.update_import import read_update_workbook
    from lipplanner.ui.dialogs.export_report import ExportReportDialog
    from lipplanner.ui.dialogs.partner_workbooks import PartnerWorkbooksDialog
    from lipplanner.ui.dialogs.update_import import UpdateImportDialog

    written = []
    for name, dialog in (
        ("export-report", ExportReportDialog(context)),
        ("partner-workbooks", PartnerWorkbooksDialog(context)),
    ):
        dialog.show()
        written.append(_save(dialog, out / f"{name}.png"))
        dialog.close()
    # A partner's returned workbook, answered as Maple Valley Employment Hub would.
    # A folder per language: the French pass stopped on the English pass's workbooks.
    folder = profile / f"round-{context.lang}"
    folder.mkdir(exist_ok=True)
    round_ = write_partner_workbooks(context.db, Period(2026, 3), folder, lang=context.lang)
    returned = next(w.path for w in round_.workbooks if "Maple" in w.partner)
    book = openpyxl.load_workbook(returned)
    sheet = book.worksheets[2]  # Instructions, Lists, then the updates
    sheet["I5"] = "Twelve employers joined the circles this quarter."
    sheet["F6"] = sheet["F5"].value  # A1.4 starts: the same status label as A1.1's
    sheet["G6"] = 15
    book.save(returned)
    preview = UpdateImportDialog(context, read_update_workbook(context.db, returned))
    preview.resize(1100, 600)
    preview.show()
    written.append(_save(preview, out / "import-updates.png"))
    preview.close()
    return written


if __name__ == "__main__":
    sys.exit(main())
