"""File menu entries for spreadsheets: a new plan from a workbook, the import template,
the quarter's partner update workbooks, and reading returned workbooks back."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox

from lipplanner.core.errors import UserError
from lipplanner.ui.dialogs.file_choice import choose_open_file, choose_save_file, workbook_filter

T = TypeVar("T")


def tr(text: str) -> str:
    return QCoreApplication.translate("import_actions", text)


@contextmanager
def _busy() -> Iterator[None]:
    """A wait cursor while a workbook is read or written (seconds for big ones)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def _run(window: Any, work: Callable[[], T]) -> T | None:
    """Run `work` with a wait cursor; a `UserError` is shown and gives None."""
    try:
        with _busy():
            return work()
    except UserError as error:
        window.show_error(error)
        return None


def plan_file_filter() -> str:
    return tr(
        "Plans in a spreadsheet or Word file (*.xlsx *.xlsm *.xls *.ods *.csv *.txt *.docx);;"
        "All files (*)"
    )


def import_plan(window: Any) -> None:
    """File → Import a plan…: read the file, run the assistant, then import into the
    open plan as one undoable step, or into a new plan file that is then opened."""
    from lipplanner.core.reports.readers import read_grid
    from lipplanner.ui.dialogs.import_assistant import ImportAssistant, OpenPlan
    from lipplanner.ui.i18n import current_language

    source = choose_open_file(window, tr("Import a plan"), plan_file_filter())
    if source is None:
        return
    grid = _run(window, lambda: read_grid(source))
    if grid is None:
        return
    context = window.context
    open_plan = None
    if context is not None:
        view = context.view()
        open_plan = OpenPlan(
            title=view.plan.title(context.lang),
            partners=tuple(p.name_en for p in view.partners.values()),
            writable=not context.read_only,
            codes=tuple(
                item.code
                for items in (view.priorities, view.objectives, view.actions)
                for item in items.values()
            ),
        )
    choice = _run(
        window,
        lambda: ImportAssistant.ask(window, grid, open_plan=open_plan, lang=current_language()),
    )
    if choice is None:
        return
    if choice.into_open_plan:
        _push_import(window, choice.preview, source.name)
        return
    target, identity = choice.target, choice.identity
    assert target is not None and identity is not None
    _import_into_new_file(window, choice.preview, target, identity, source.name)


def _import_into_new_file(
    window: Any, preview: Any, target: Path, identity: Any, name: str
) -> None:
    """The whole import in a new plan file, or no file: built beside `target` in one
    transaction and moved into place (so a full disk or a crash leaves no half-made
    plan there), then opened. Nothing to undo: the file did not exist before."""
    from lipplanner.core.reports.plan_import import create_plan_file

    if target.exists():
        window.show_error(
            UserError(
                tr("“{file}” already exists; choose a new file name.").format(file=target.name)
            )
        )
        return
    created = _run(window, lambda: create_plan_file(preview, target, identity))
    if created is None or not window.open_plan(str(created)):
        return
    window.statusBar().showMessage(
        tr("Imported {actions} actions from {file} into the new plan {plan}.").format(
            actions=len(preview.actions), file=name, plan=created.name
        ),
        8000,
    )


def _push_import(window: Any, preview: Any, name: str) -> None:
    from lipplanner.ui.plan_import_command import ImportPlanCommand
    from lipplanner.ui.undo import push_command

    context = window.context
    command = ImportPlanCommand(
        context, preview, tr("Import the plan from {file}").format(file=name)
    )
    error = push_command(context, command)
    if error is not None:
        window.show_error(error)
        return
    window.statusBar().showMessage(
        tr("Imported {actions} actions from {file}; Undo takes them back.").format(
            actions=len(preview.actions), file=name
        ),
        8000,
    )


def save_import_template(window: Any) -> None:
    from lipplanner.core.reports.import_template import write_import_template

    lang = window.context.lang if window.context is not None else "en"
    suggested = (
        "Modèle d’importation LIP Planner.xlsx"
        if lang == "fr"
        else "LIP Planner import template.xlsx"
    )
    target = choose_save_file(window, tr("Save import template"), suggested, workbook_filter())
    if target is None:
        return
    if target.suffix.lower() != ".xlsx":
        target = target.with_name(target.name + ".xlsx")
    if _run(window, lambda: write_import_template(target, lang=lang)) is not None:
        window.statusBar().showMessage(
            tr("Saved the import template to {path}").format(path=target), 8000
        )


def partner_workbooks(window: Any) -> None:
    from lipplanner.ui.dialogs.partner_workbooks import PartnerWorkbooksDialog

    context = window.context
    if context is None:
        return
    result = PartnerWorkbooksDialog.ask(window, context)
    if result is None:
        return
    lines = [
        tr("{file}: {n} actions").format(file=w.path.name, n=w.actions) for w in result.workbooks
    ]
    if result.without_lead:
        lines.append(
            tr("Not sent: actions without a lead partner ({codes}).").format(
                codes=", ".join(result.without_lead)
            )
        )
    folder = result.workbooks[0].path.parent if result.workbooks else Path()
    QMessageBox.information(
        window,
        tr("Partner update workbooks"),
        tr("Wrote {n} workbook(s) in {folder}:").format(n=len(result.workbooks), folder=folder)
        + "\n\n"
        + "\n".join(lines),
    )


def import_partner_updates(window: Any) -> None:
    from lipplanner.core.reports.update_import import read_update_workbook
    from lipplanner.ui.dialogs.update_import import UpdateImportDialog

    context = window.context
    if context is None:
        return
    source = choose_open_file(window, tr("Import partner updates"), workbook_filter())
    if source is None:
        return
    result = _run(window, lambda: read_update_workbook(context.db, source))
    if result is not None:
        UpdateImportDialog.ask(window, context, result)


def install(window: Any) -> None:
    """Add the spreadsheet entries to the File menu."""
    menu = window.menu("file")
    menu.addSeparator()
    entries: list[tuple[str, Callable[[Any], None], bool]] = [
        (tr("Import a plan…"), import_plan, False),
        (tr("Save import template…"), save_import_template, False),
        (tr("Partner update workbooks…"), partner_workbooks, True),
        (tr("Import partner updates…"), import_partner_updates, True),
    ]
    needs_plan: list[QAction] = []
    needs_writable: list[QAction] = []
    for text, handler, plan_only in entries:
        action = QAction(text, window)
        action.setObjectName(handler.__name__)
        action.triggered.connect(lambda _checked=False, h=handler: h(window))
        menu.addAction(action)
        if plan_only:
            needs_plan.append(action)
        if handler is import_partner_updates:
            needs_writable.append(action)

    def refresh() -> None:
        context = window.context
        for action in needs_plan:
            action.setEnabled(context is not None)
        for action in needs_writable:
            action.setEnabled(context is not None and not context.read_only)

    menu.aboutToShow.connect(refresh)
    refresh()
